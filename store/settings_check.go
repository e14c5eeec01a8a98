package store

import (
	"errors"

	"trainingdesk/certificate"
	"trainingdesk/codes"
	"trainingdesk/errs"
	"trainingdesk/identity"
)

// The settings' fields, as the 设置 screen and the errors name them.
var (
	FieldMinutesPerHour = errs.NewField("minutes_per_hour", "每学时分钟数", "Minutes per hour")
	FieldLateTolerance  = errs.NewField("late_tolerance_min", "迟到容差（分钟）", "Late tolerance (min)")
	FieldEarlyTolerance = errs.NewField("early_tolerance_min", "早退容差（分钟）", "Early-leave tolerance (min)")
	FieldDoubleScan     = errs.NewField("double_scan_sec", "重复刷卡间隔（秒）", "Double-scan interval (s)")
	FieldThreshold      = errs.NewField("threshold", "出勤率要求（%）", "Attendance needed (%)")
	FieldPassMark       = errs.NewField("pass_mark", "合格分数", "Pass mark")
	FieldAssessment     = errs.NewField("assessment", "考核科目", "Assessed parts")
	FieldFilingDays     = errs.NewField("filing_days_before", "开班备案提前天数", "Filing days before start")
	FieldCertPattern    = certificate.FieldPattern
	FieldCertIDStyle    = errs.NewField("cert_id_style", "证书上证件号码", "ID on certificates")
	FieldVerifyURL      = certificate.FieldVerifyURL // the rule is certificate.CheckVerifyURL
	FieldCategoriesFile = errs.NewField("categories_file", "人员类别设置文件", "Category file")
	FieldAutoBackupKeep = errs.NewField("auto_backup_keep", "自动备份保留份数", "Automatic backups kept")
	FieldLanguage       = errs.NewField("language", "界面语言", "Language")
)

// Check is every rule of the settings, in one place: SaveSettings refuses
// what it finds, whichever face asked. It returns every problem (joined),
// each an errs.Invalid naming its field, so a form can show them all.
func (st Settings) Check() error {
	var problems []error
	bad := func(f errs.Field, format string, args ...any) {
		problems = append(problems, errs.Errorf(errs.Invalid, f, format, args...))
	}
	between := func(f errs.Field, v, min, max float64) {
		if v < min || v > max {
			bad(f, "请填写 %g 到 %g 之间的数字", min, max)
		}
	}
	between(FieldMinutesPerHour, float64(st.MinutesPerHour), 1, 240)
	between(FieldLateTolerance, float64(st.LateToleranceMin), 0, 120)
	between(FieldEarlyTolerance, float64(st.EarlyToleranceMin), 0, 120)
	between(FieldDoubleScan, float64(st.DoubleScanSec), 0, 3600)
	if st.Threshold < 0.01-1e-9 || st.Threshold > 1+1e-9 { // stored as a share, shown as a percent
		bad(FieldThreshold, "请填写 1 到 100 之间的数字（百分比）")
	}
	between(FieldPassMark, st.PassMark, 1, 100)
	between(FieldFilingDays, float64(st.FilingDaysBefore), 0, 60)
	between(FieldAutoBackupKeep, float64(st.AutoBackupKeep), 0, 365)
	if !st.TheoryRequired && !st.PracticeRequired {
		bad(FieldAssessment, "理论和实操至少要考一项")
	}
	if err := certificate.ValidatePattern(st.CertPattern); err != nil {
		problems = append(problems, errs.E(errs.Invalid, FieldCertPattern, errs.Message(err)))
	}
	switch st.CertIDStyle {
	case "", identity.StyleMasked, identity.StyleTail4, identity.StyleFull:
	default:
		bad(FieldCertIDStyle, "“%s”不是可选的显示方式（masked、tail4 或 full）", st.CertIDStyle)
	}
	if err := certificate.CheckVerifyURL(st.VerifyBaseURL); err != nil {
		problems = append(problems, err)
	}
	if st.CategoriesFile != "" {
		if _, err := codes.LoadCategories(st.CategoriesFile); err != nil {
			problems = append(problems, errs.E(errs.Invalid, FieldCategoriesFile, err.Error()))
		}
	}
	switch st.Language {
	case "", "zh", "en":
	default:
		bad(FieldLanguage, "界面语言只能是 zh 或 en")
	}
	if err := st.Outcomes.Validate(); err != nil {
		problems = append(problems, err)
	}
	if err := checkClaimSettings(st); err != nil {
		problems = append(problems, err)
	}
	problems = append(problems, checkCatalogueSettings(st)...)
	return errors.Join(problems...)
}
