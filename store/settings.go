package store

import (
	"strings"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/certificate"
	"trainingdesk/eligibility"
	"trainingdesk/outcome"
	"trainingdesk/training"
)

// Settings are the regional and office rules a clerk may change.
type Settings struct {
	MinutesPerHour    int                  `json:"minutes_per_hour"`    // one 学时
	LateToleranceMin  int                  `json:"late_tolerance_min"`  // 迟到容差
	EarlyToleranceMin int                  `json:"early_tolerance_min"` // 早退容差
	DoubleScanSec     int                  `json:"double_scan_sec"`     // a badge scanned again within this counts once
	Threshold         float64              `json:"threshold"`           // attendance share for eligibility
	PassMark          float64              `json:"pass_mark"`
	TheoryRequired    bool                 `json:"theory_required"`
	PracticeRequired  bool                 `json:"practice_required"`
	FilingDaysBefore  int                  `json:"filing_days_before"` // 开班备案提前天数 (0: no rule)
	CertPattern       string               `json:"cert_pattern"`
	VerifyBaseURL     string               `json:"verify_base_url"`
	Demo              bool                 `json:"demo,omitempty"`               // the demo data set: never uploaded to a real bureau
	CertIDStyle       string               `json:"cert_id_style"`                // identity.StyleMasked / StyleTail4 / StyleFull
	CategoriesFile    string               `json:"categories_file"`              // a province's 人员类别 list
	OccupationsFile   string               `json:"occupations_file,omitempty"`   // a region's additions to the 职业分类大典
	SubsidyRulesFile  string               `json:"subsidy_rules_file,omitempty"` // a province's 补贴规则; "" = shipped default
	ClaimIDStyle      string               `json:"claim_id_style,omitempty"`     // 补贴花名册证件号码: identity.StyleMasked / StyleFull
	AssessmentPlan    string               `json:"assessment_plan,omitempty"`    // 考核方案 template; "" = shipped default
	TeacherRule       training.TeacherRule `json:"teacher_rule"`                 // 师资 each class needs (0: no rule)
	Province          string               `json:"province"`
	AutoBackupKeep    int                  `json:"auto_backup_keep"`
	Language          string               `json:"language"` // zh (default) or en
	// Outcomes are the regional rules of follow-up and of the scorecard.
	Outcomes outcome.Settings `json:"outcomes"`
}

// DefaultSettings are the national defaults.
func DefaultSettings() Settings {
	return Settings{MinutesPerHour: 45, LateToleranceMin: 10, EarlyToleranceMin: 10, DoubleScanSec: 60, Threshold: 0.8,
		PassMark: 60, TheoryRequired: true, PracticeRequired: true, FilingDaysBefore: 3,
		CertPattern: "{code}{year}{serial:6}", VerifyBaseURL: certificate.DefaultBaseURL, CertIDStyle: "masked",
		AutoBackupKeep: 7, Language: "zh", Outcomes: outcome.DefaultSettings()}
}

// Settings returns the saved settings over the defaults.
func (s *Store) Settings() (Settings, error) {
	st := DefaultSettings()
	err := s.view(func(t *tx) error {
		_, err := t.getMeta(mSettings, &st)
		return err
	})
	return st, err
}

// SaveSettings saves the settings (audited), refusing what Check refuses:
// the 设置 screen, the command line and a script meet the same rules.
func (s *Store) SaveSettings(st Settings) error {
	st.VerifyBaseURL = strings.TrimSpace(st.VerifyBaseURL)
	if err := st.Check(); err != nil {
		return err
	}
	return s.update(func(t *tx) error { return t.putMeta("修改设置", mSettings, st) })
}

// settings reads the settings inside a transaction.
func (t *tx) settings() (Settings, error) {
	st := DefaultSettings()
	_, err := t.getMeta(mSettings, &st)
	return st, err
}

// Rules are the attendance rules these settings make.
func (st Settings) Rules() attendance.Rules {
	r := attendance.DefaultRules()
	if st.MinutesPerHour > 0 {
		r.MinutesPerHour = st.MinutesPerHour
	}
	r.LateTolerance = time.Duration(st.LateToleranceMin) * time.Minute
	r.EarlyTolerance = time.Duration(st.EarlyToleranceMin) * time.Minute
	if st.Threshold > 0 {
		r.Threshold = st.Threshold
	}
	if st.DoubleScanSec > 0 {
		r.DoubleScan = time.Duration(st.DoubleScanSec) * time.Second
	}
	return r
}

// AssessmentFor is how a class's results are graded: the class's own
// 考核方式 where it has one, else these settings.
func (st Settings) AssessmentFor(c training.Class) eligibility.Assessment {
	a := st.Assessment()
	switch c.Assessment {
	case training.AssessBoth:
		a.TheoryRequired, a.PracticeRequired = true, true
	case training.AssessTheory:
		a.TheoryRequired, a.PracticeRequired = true, false
	case training.AssessPractice:
		a.TheoryRequired, a.PracticeRequired = false, true
	}
	return a
}

// Assessment is how results are graded under these settings.
func (st Settings) Assessment() eligibility.Assessment {
	a := eligibility.DefaultAssessment()
	a.TheoryRequired, a.PracticeRequired = st.TheoryRequired, st.PracticeRequired
	if st.PassMark > 0 {
		a.PassMark = st.PassMark
	}
	return a
}
