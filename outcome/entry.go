package outcome

import (
	"strings"
	"time"
	"unicode/utf8"

	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/training"
)

// Limits of a follow-up entry; messages name them.
const (
	MaxText           = 100           // employer, business, job (characters)
	MaxNote           = 500           // note (characters)
	MaxEvidence       = 10            // evidence items per entry
	MaxRef            = 100           // evidence reference (characters)
	MaxScanBytes      = 10 << 20      // one scanned file
	MaxContractMonths = 120           // 10 years
	MaxWageFen        = 100_000 * 100 // 100,000 元 a month, in 分
	MaxEmployees      = 10_000
)

// Entry is one follow-up contact with a trainee who completed a class. It is
// synced to the bureau as its own kind, a child of the trainee.
type Entry struct {
	ID        string    `json:"id"`
	ClassID   string    `json:"class_id"`
	TraineeID string    `json:"trainee_id"`
	Date      time.Time `json:"date"` // the day of the contact
	Status    Status    `json:"status"`

	Employer       string    `json:"employer,omitempty"`
	EmployerUSCC   string    `json:"employer_uscc,omitempty"`
	Start          time.Time `json:"start,omitempty"` // first day of the job or of flexible work
	Job            string    `json:"job,omitempty"`
	ContractMonths int       `json:"contract_months,omitempty"`
	MonthlyWageFen int64     `json:"monthly_wage_fen,omitempty"` // 0: not given

	Evidence []Evidence `json:"evidence,omitempty"`
	Business *Business  `json:"business,omitempty"`
	Note     string     `json:"note,omitempty"`

	Version   int       `json:"version"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Evidence is one proof behind a status; a scanned copy may be attached
// (kept encrypted by the store, described here by name, size and digest).
type Evidence struct {
	Kind EvidenceKind `json:"kind"`
	Ref  string       `json:"ref,omitempty"` // contract number, account, licence number…
	Scan *Scan        `json:"scan,omitempty"`
}

// Scan describes an attached file; its bytes live sealed in the store.
type Scan struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Business is a business a trainee started (开业), and what later checks
// found: whether it still operates and how many people it employs.
type Business struct {
	Name       string    `json:"name"`
	USCC       string    `json:"uscc,omitempty"`
	Registered time.Time `json:"registered"`
	Operating  *bool     `json:"operating,omitempty"` // nil: not asked at this contact
	Employees  *int      `json:"employees,omitempty"` // people employed besides the founder
}

// HasEvidenceFor reports whether the entry carries a proof of its status.
func (e Entry) HasEvidenceFor() bool {
	for _, ev := range e.Evidence {
		if ev.Kind.Proves(e.Status) {
			return true
		}
	}
	return false
}

// From is the first day the entry says its status held: the job's start
// date (or the business's registration) where given, else the contact day.
func (e Entry) From() time.Time {
	switch {
	case e.Status == SelfEmployed && e.Business != nil && !e.Business.Registered.IsZero():
		return e.Business.Registered
	case !e.Start.IsZero() && e.Status != SelfEmployed:
		return e.Start
	}
	return e.Date
}

// Check validates and normalizes an entry for a class that ended at
// class.End, as of today: the contact is on or after the class end and not
// in the future, each status has what it needs, codes pass their check.
func Check(e *Entry, class training.Class, today time.Time) error {
	if !e.Status.Valid() {
		_, err := ParseStatus(string(e.Status))
		return err
	}
	if e.Date.IsZero() {
		return errs.E(errs.Invalid, FieldDate, "请填写跟踪（联系）日期")
	}
	if !class.End.IsZero() && training.Day(e.Date).Before(training.Day(class.End)) {
		return errs.E(errs.Invalid, FieldDate, "跟踪日期 "+e.Date.Format(training.DateLayout)+" 早于结业日期 "+class.End.Format(training.DateLayout)+"：就业跟踪从结业后开始")
	}
	if !today.IsZero() && training.Day(e.Date).After(training.Day(today)) {
		return errs.E(errs.Invalid, FieldDate, "跟踪日期不能晚于今天")
	}
	if err := checkTexts(e); err != nil {
		return err
	}
	if e.EmployerUSCC != "" {
		v, err := identity.ValidateUSCC(e.EmployerUSCC)
		if err != nil {
			return errs.E(errs.Invalid, FieldEmployerUSCC, err.Error())
		}
		e.EmployerUSCC = v
	}
	if !e.Start.IsZero() && training.Day(e.Start).After(training.Day(e.Date)) {
		return errs.E(errs.Invalid, FieldStart, "入职日期不能晚于跟踪日期：尚未入职的请记为未就业，入职后再跟踪")
	}
	switch {
	case e.ContractMonths < 0 || e.ContractMonths > MaxContractMonths:
		return errs.Errorf(errs.Invalid, FieldContractMonths, "合同期限须在 0 到 %d 个月之间", MaxContractMonths)
	case e.MonthlyWageFen < 0 || e.MonthlyWageFen > MaxWageFen:
		return errs.Errorf(errs.Invalid, FieldWage, "月工资须在 0 到 %d 元之间", MaxWageFen/100)
	}
	if e.Status == Employed && e.Employer == "" {
		return errs.E(errs.Invalid, FieldEmployer, "就业须填写就业单位名称")
	}
	if err := checkEvidence(e); err != nil {
		return err
	}
	return checkBusiness(e)
}

func checkTexts(e *Entry) error {
	for _, f := range []struct {
		v     *string
		field errs.Field
		max   int
	}{{&e.Employer, FieldEmployer, MaxText}, {&e.Job, FieldJob, MaxText}, {&e.Note, FieldNote, MaxNote}} {
		*f.v = strings.TrimSpace(*f.v)
		if n := utf8.RuneCountInString(*f.v); n > f.max {
			return errs.Errorf(errs.Limit, f.field, "最多 %d 个字（现有 %d 个）", f.max, n)
		}
		if strings.ContainsAny(*f.v, "\x00\r\n\t") {
			return errs.E(errs.Invalid, f.field, "不能含有换行或控制字符")
		}
	}
	return nil
}

func checkEvidence(e *Entry) error {
	if len(e.Evidence) > MaxEvidence {
		return errs.Errorf(errs.Limit, FieldEvidence, "每条跟踪最多 %d 项证明材料", MaxEvidence)
	}
	for i := range e.Evidence {
		ev := &e.Evidence[i]
		k, err := ParseEvidenceKind(string(ev.Kind))
		if err != nil {
			return err
		}
		ev.Kind = k
		ev.Ref = strings.TrimSpace(ev.Ref)
		if n := utf8.RuneCountInString(ev.Ref); n > MaxRef {
			return errs.Errorf(errs.Limit, FieldEvidenceRef, "证明编号最多 %d 个字（现有 %d 个）", MaxRef, n)
		}
		if ev.Scan != nil && ev.Scan.Size > MaxScanBytes {
			return errs.Errorf(errs.Limit, FieldScan, "扫描件最大 %d MB", MaxScanBytes>>20)
		}
	}
	return nil
}

func checkBusiness(e *Entry) error {
	b := e.Business
	if b == nil {
		if e.Status == SelfEmployed {
			return errs.E(errs.Invalid, FieldBusinessName, "自主创业须填写所办企业（个体工商户）的名称和登记日期")
		}
		return nil
	}
	b.Name = strings.TrimSpace(b.Name)
	switch n := utf8.RuneCountInString(b.Name); {
	case n == 0:
		return errs.E(errs.Invalid, FieldBusinessName, "请填写企业（个体工商户）名称")
	case n > MaxText:
		return errs.Errorf(errs.Limit, FieldBusinessName, "最多 %d 个字（现有 %d 个）", MaxText, n)
	}
	if b.USCC != "" {
		v, err := identity.ValidateUSCC(b.USCC)
		if err != nil {
			return errs.E(errs.Invalid, FieldBusinessUSCC, err.Error())
		}
		b.USCC = v
	}
	if b.Registered.IsZero() {
		return errs.E(errs.Invalid, FieldRegistered, "请填写营业执照上的登记（成立）日期")
	}
	if training.Day(b.Registered).After(training.Day(e.Date)) {
		return errs.E(errs.Invalid, FieldRegistered, "登记日期不能晚于跟踪日期")
	}
	if b.Employees != nil && (*b.Employees < 0 || *b.Employees > MaxEmployees) {
		return errs.Errorf(errs.Invalid, FieldEmployees, "带动就业人数须在 0 到 %d 之间", MaxEmployees)
	}
	return nil
}

// AddMonths is the same day n months later, clamped to the month's end
// (31 August + 6 months = 28 or 29 February), as a clerk counts months.
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return time.Date(first.Year(), first.Month(), d, 0, 0, 0, 0, time.UTC)
}

// ParseDay reads a date as clerks write it (2026-03-01, 2026/3/1) for field.
func ParseDay(field errs.Field, s string) (time.Time, error) {
	return training.ParseDate(field, s)
}

// ParseYuan reads a monthly wage in 元 (up to two decimals) as 分.
func ParseYuan(s string) (int64, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "元"))
	s = strings.ReplaceAll(s, ",", "")
	if s == "" {
		return 0, nil
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 || whole == "" {
		return 0, errs.E(errs.Invalid, FieldWage, "月工资“"+s+"”须为元，最多两位小数，例如 4500 或 4500.50")
	}
	frac += strings.Repeat("0", 2-len(frac))
	var fen int64
	for _, r := range whole + frac {
		if r < '0' || r > '9' {
			return 0, errs.E(errs.Invalid, FieldWage, "月工资“"+s+"”须为元，最多两位小数，例如 4500 或 4500.50")
		}
		fen = fen*10 + int64(r-'0')
		if fen > MaxWageFen {
			return 0, errs.Errorf(errs.Invalid, FieldWage, "月工资须在 0 到 %d 元之间", MaxWageFen/100)
		}
	}
	return fen, nil
}

// ParseYesNo reads 是/否, yes/no, y/n, 1/0 for field.
func ParseYesNo(field errs.Field, s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "y", "true", "1", "是", "在营", "经营":
		return true, nil
	case "no", "n", "false", "0", "否", "注销", "停业":
		return false, nil
	}
	return false, errs.E(errs.Invalid, field, "“"+s+"”须为 是 或 否（yes/no）")
}
