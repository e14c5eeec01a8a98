package subsidy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"trainingdesk/assets"
	"trainingdesk/errs"
)

// Payment modes of a rules file.
const (
	ModeSplit  = "split"  // a share at completion, the rest per trainee employed
	ModeTiered = "tiered" // one payment, by the class's 就业率
)

// Claim stages (申领阶段).
const (
	StageCompletion = "completion" // 结业补贴
	StageEmployment = "employment" // 就业补贴
)

// StageLabel is the Chinese name of a stage.
func StageLabel(stage string) string {
	switch stage {
	case StageCompletion:
		return "结业"
	case StageEmployment:
		return "就业"
	}
	return stage
}

// FieldRulesFile is the rules file chosen in 设置.
var FieldRulesFile = errs.NewField("subsidy_rules_file", "补贴规则文件", "Subsidy rules file")

// maxRulesSize bounds a rules file; a real one is a few kilobytes.
const maxRulesSize = 1 << 20

// Rules is a region's subsidy rules (补贴规则): who qualifies, how the
// money is paid and which paper documents go with a claim. The shipped
// default is assets/codes/subsidy_rules.json; a province replaces it with a
// file of the same shape chosen in 设置.
type Rules struct {
	Region string `json:"region"`
	// Categories are the 人员类别 that may be subsidised.
	Categories []string `json:"categories"`
	// MinAttendance is the attendance share needed (0.8); 0 means the
	// attendance threshold in 设置.
	MinAttendance       float64 `json:"min_attendance"`
	CertificateRequired *bool   `json:"certificate_required"` // absent: required
	OneClassPerYear     *bool   `json:"one_class_per_year"`   // absent: yes
	// EmploymentMonths is how long after the class end employment counts;
	// 0 or absent: the N of 设置's 就业跟踪 rules (WithFollowUp).
	EmploymentMonths int `json:"employment_months,omitempty"`
	// FlexibleCounts: 灵活就业 counts as employed; absent: as 设置's
	// 就业跟踪 rules say. 就业 and 自主创业 always count.
	FlexibleCounts *bool      `json:"flexible_counts"`
	Mode           string     `json:"mode"`
	Split          Split      `json:"split"`
	Tiered         Tiered     `json:"tiered"`
	Documents      []Document `json:"documents"`
	// Standards is the region's table of standards by occupation and level;
	// a class filed without a standard takes its entry.
	Standards []Standard `json:"standards,omitempty"`

	source string
}

// Standard is one entry of the region's table: an occupation (by code, or
// by name when the code is empty), a level (0: any) and 元/人 as text
// ("1200.00"), read without floats.
type Standard struct {
	OccupationCode string `json:"occupation_code,omitempty"`
	Occupation     string `json:"occupation,omitempty"`
	Level          int    `json:"level,omitempty"`
	Yuan           string `json:"yuan"`
}

// StandardFor is the table's standard for a class's occupation and level:
// an entry for the exact level wins over one for any level.
func (r *Rules) StandardFor(occupationCode, occupation string, level int) (Fen, bool) {
	best, found, exact := Fen(0), false, false
	for _, s := range r.Standards {
		match := (s.OccupationCode != "" && s.OccupationCode == occupationCode) || (s.OccupationCode == "" && s.Occupation != "" && s.Occupation == occupation)
		if !match || (s.Level != 0 && s.Level != level) {
			continue
		}
		fen, err := ParseYuan(s.Yuan)
		if err != nil {
			continue
		}
		if !found || (s.Level != 0 && !exact) {
			best, found, exact = fen, true, s.Level != 0
		}
	}
	return best, found
}

// Split is the split mode: CompletionPercent of the standard when the class
// ends, the rest per trainee employed within the window.
type Split struct {
	CompletionPercent int `json:"completion_percent"`
}

// Tiered is the tiered mode: the tier whose MinRate the class's 就业率
// reaches decides each qualified trainee's share of the standard.
type Tiered struct {
	Tiers []Tier `json:"tiers"`
}

// Tier is one band of 就业率 (percent, inclusive lower bound).
type Tier struct {
	MinRate              int `json:"min_rate"`
	UnemployedPercent    int `json:"unemployed_percent"`
	EmployedPercent      int `json:"employed_percent"`
	EmployedSkillPercent int `json:"employed_skill_percent"` // with a 职业技能等级证书
}

// Document is a paper document the bureau wants with a claim. Stage ""
// means every stage; Types limits it to some training types (营业执照 for
// 创业培训).
type Document struct {
	Name  string   `json:"name"`
	Stage string   `json:"stage,omitempty"`
	Types []string `json:"types,omitempty"`
}

// DefaultRules is the shipped rules file.
func DefaultRules() *Rules {
	b, err := assets.Codes.ReadFile("codes/subsidy_rules.json")
	if err != nil {
		return &Rules{Mode: ModeSplit}
	}
	r, err := parseRules(b, "默认补贴规则")
	if err != nil {
		return &Rules{Mode: ModeSplit} // the shipped file is tested; never panic for it
	}
	return r
}

// LoadRules reads and checks a province's rules file. Errors name the file
// and what is wrong, in Chinese.
func LoadRules(path string) (*Rules, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errs.E(errs.NotFound, FieldRulesFile, fmt.Sprintf("无法读取补贴规则文件 %s：请检查路径", filepath.Base(path)), err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxRulesSize+1))
	if err != nil {
		return nil, errs.E(errs.Invalid, FieldRulesFile, fmt.Sprintf("无法读取补贴规则文件 %s", filepath.Base(path)), err)
	}
	if len(b) > maxRulesSize {
		return nil, errs.E(errs.Limit, FieldRulesFile, fmt.Sprintf("补贴规则文件 %s 超过 1 MB 上限：请确认选对了文件", filepath.Base(path)))
	}
	r, err := parseRules(b, "补贴规则文件 "+filepath.Base(path))
	if err != nil {
		return nil, err
	}
	r.source = filepath.Base(path)
	return r, nil
}

// Source names where the rules came from.
func (r *Rules) Source() string {
	if r.source == "" {
		return "默认补贴规则"
	}
	return r.source
}

// NeedsCertificate reports whether a 培训合格证书 is required (default yes).
func (r *Rules) NeedsCertificate() bool {
	return r.CertificateRequired == nil || *r.CertificateRequired
}

// OnePerYear reports whether a person is subsidised at most once a year.
func (r *Rules) OnePerYear() bool { return r.OneClassPerYear == nil || *r.OneClassPerYear }

// Subsidised reports whether a 人员类别 may be subsidised.
func (r *Rules) Subsidised(category string) bool {
	return slices.Contains(r.Categories, strings.TrimSpace(category))
}

// FlexibleIsEmployed reports whether 灵活就业 counts as employed.
func (r *Rules) FlexibleIsEmployed() bool { return r.FlexibleCounts == nil || *r.FlexibleCounts }

// WithFollowUp is the rules with what the file leaves open taken from the
// follow-up rules in 设置 (months of the window, whether 灵活就业 counts),
// so a region says these once unless subsidies differ.
func (r *Rules) WithFollowUp(months int, flexibleCounts bool) *Rules {
	c := *r
	if c.EmploymentMonths == 0 {
		c.EmploymentMonths = months
	}
	if c.FlexibleCounts == nil {
		c.FlexibleCounts = &flexibleCounts
	}
	return &c
}

// DocumentsFor lists the paper documents for a stage of a class of a type.
func (r *Rules) DocumentsFor(stage, trainingType string) []string {
	var out []string
	for _, d := range r.Documents {
		if d.Stage != "" && d.Stage != stage {
			continue
		}
		if len(d.Types) > 0 && !slices.Contains(d.Types, trainingType) {
			continue
		}
		out = append(out, d.Name)
	}
	return out
}

func parseRules(b []byte, source string) (*Rules, error) {
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))))
	dec.DisallowUnknownFields()
	var r Rules
	if err := dec.Decode(&r); err != nil {
		return nil, errs.E(errs.Invalid, FieldRulesFile, fmt.Sprintf("%s 不是有效的规则文件（%v）：请对照 assets/codes/subsidy_rules.json 的格式修改", source, err))
	}
	if msg := r.check(); msg != "" {
		return nil, errs.E(errs.Invalid, FieldRulesFile, source+"："+msg)
	}
	return &r, nil
}

// check returns what is wrong with the rules, in Chinese, or "".
func (r *Rules) check() string {
	pct := func(name string, v, max int) string {
		if v < 0 || v > max {
			return fmt.Sprintf("%s须在 0 到 %d 之间，现为 %d", name, max, v)
		}
		return ""
	}
	switch {
	case len(r.Categories) == 0:
		return "categories（可补贴的人员类别）不能为空"
	case r.MinAttendance < 0 || r.MinAttendance > 1:
		return fmt.Sprintf("min_attendance（出勤率要求）须在 0 到 1 之间（如 0.8），现为 %g", r.MinAttendance)
	case r.EmploymentMonths < 0 || r.EmploymentMonths > 36:
		return fmt.Sprintf("employment_months（就业跟踪月数）须在 1 到 36 之间（0 或不填：按设置中的就业跟踪规则），现为 %d", r.EmploymentMonths)
	}
	for i, d := range r.Documents {
		if strings.TrimSpace(d.Name) == "" {
			return fmt.Sprintf("documents 第 %d 项缺少 name（材料名称）", i+1)
		}
		if d.Stage != "" && d.Stage != StageCompletion && d.Stage != StageEmployment {
			return fmt.Sprintf("documents 第 %d 项的 stage 须为 completion、employment 或留空，现为“%s”", i+1, d.Stage)
		}
	}
	for i, st := range r.Standards {
		if _, err := ParseYuan(st.Yuan); err != nil || st.Level < 0 || st.Level > 5 || (st.OccupationCode == "" && st.Occupation == "") {
			return fmt.Sprintf("standards 第 %d 项须有 occupation_code 或 occupation、level 0-5（0 为不限）和 yuan（如 \"1200.00\"）", i+1)
		}
	}
	switch r.Mode {
	case ModeSplit:
		return pct("split.completion_percent（结业时拨付比例）", r.Split.CompletionPercent, 100)
	case ModeTiered:
		if len(r.Tiered.Tiers) == 0 || r.Tiered.Tiers[0].MinRate != 0 {
			return "tiered.tiers（就业率分档）须从 min_rate 0 开始"
		}
		for i, t := range r.Tiered.Tiers {
			if i > 0 && t.MinRate <= r.Tiered.Tiers[i-1].MinRate {
				return fmt.Sprintf("tiered.tiers 第 %d 档的 min_rate 须大于上一档", i+1)
			}
			for _, m := range []string{
				pct(fmt.Sprintf("第 %d 档 min_rate", i+1), t.MinRate, 100),
				pct(fmt.Sprintf("第 %d 档 unemployed_percent", i+1), t.UnemployedPercent, 300),
				pct(fmt.Sprintf("第 %d 档 employed_percent", i+1), t.EmployedPercent, 300),
				pct(fmt.Sprintf("第 %d 档 employed_skill_percent", i+1), t.EmployedSkillPercent, 300),
			} {
				if m != "" {
					return "tiered.tiers " + m
				}
			}
		}
		return ""
	}
	return fmt.Sprintf("mode（拨付方式）须为 split 或 tiered，现为“%s”", r.Mode)
}
