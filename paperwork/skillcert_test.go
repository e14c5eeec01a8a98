package paperwork

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"trainingdesk/subsidy"
	"trainingdesk/training"
)

// In tiered mode a trainee paid the skilled rate has the 职业技能等级证书
// named on the 补贴花名册, beside the employment proof.
func TestTieredRosterNamesTheSkillCertificate(t *testing.T) {
	s, c := handClass(t)
	shipped, err := os.ReadFile(filepath.Join("..", "assets", "codes", "subsidy_rules.json"))
	if err != nil {
		t.Fatal(err)
	}
	rules := filepath.Join(t.TempDir(), "tiered.json")
	if err := os.WriteFile(rules, []byte(strings.Replace(string(shipped), `"mode": "split"`, `"mode": "tiered"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Settings()
	st.SubsidyRulesFile = rules
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	roster, _ := s.Trainees(c.ID)
	cert := &training.SkillCertificate{Number: "S2026350100000123", Level: 5, Issued: day("2026-03-15"), Issuer: "福州市职业技能鉴定中心"}
	if _, err := s.SetSkillCertificate(roster[0].ID, cert, ""); err != nil {
		t.Fatal(err)
	}
	x, err := ExportClaim(s, c.ID, subsidy.StageEmployment, day("2026-10-01"), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	// 1 of 2 qualified employed (50 %): 张三 at 140 % of 1234.56 元.
	checkFiles(t, x.Export, map[string][]string{
		"就业补贴-补贴花名册.xlsx": {"张三", "职业技能等级证书 五级/初级工 S2026350100000123", "1728.38"},
	})
}
