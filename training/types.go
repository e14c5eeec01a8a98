package training

import "time"

// DateLayout is how dates travel on the command line, in files and on the wire.
const DateLayout = "2006-01-02"

// Training types (培训类型) known everywhere; a region may add its own.
var TrainingTypes = []string{"就业技能培训", "岗位技能提升培训", "创业培训", "项目制培训", "以工代训", "新型学徒制培训"}

// Institution is the training school itself (定点培训机构).
type Institution struct {
	Name      string `json:"name"`
	USCC      string `json:"uscc"`       // 统一社会信用代码
	LicenceNo string `json:"licence_no"` // 办学许可证号
	Address   string `json:"address"`
	Contact   string `json:"contact"`
	Phone     string `json:"phone"`
	// Code is the short institution code used in certificate numbers.
	Code string `json:"code"`
}

// Class is one filed training class (开班).
type Class struct {
	ID             string    `json:"id"` // generated on the device, never changes
	Code           string    `json:"code"`
	Name           string    `json:"name"`
	Occupation     string    `json:"occupation"`
	OccupationCode string    `json:"occupation_code"` // 职业分类大典 code, e.g. 4-03-02-01
	Trade          string    `json:"trade,omitempty"` // 工种 under the occupation, free text or the region's list
	Level          Level     `json:"level"`
	Type           string    `json:"type"`
	Start          time.Time `json:"start"`
	End            time.Time `json:"end"`
	Hours          float64   `json:"hours"`                 // 学时
	Teachers       []string  `json:"teachers"`              // names, as printed (old classes: free text only)
	TeacherIDs     []string  `json:"teacher_ids,omitempty"` // the register's teachers (师资)
	Site           string    `json:"site"`
	Assessment     string    `json:"assessment,omitempty"`  // AssessBoth/AssessTheory/AssessPractice; "" = the institution's setting
	FilingNo       string    `json:"filing_no"`             // 备案号, from the bureau's receipt
	SubsidyFen     int64     `json:"subsidy_fen,omitempty"` // 补贴标准 元/人, in 分
	Version        int       `json:"version"`
	UpdatedAt      time.Time `json:"updated_at"`
}

// How a class is assessed (考核方式), when it differs from the institution's setting.
const (
	AssessBoth     = "theory+practice"
	AssessTheory   = "theory"
	AssessPractice = "practice"
)

// AssessmentLabel is the Chinese name of an assessment mode.
func AssessmentLabel(mode string) string {
	switch mode {
	case AssessBoth:
		return "理论+实操"
	case AssessTheory:
		return "仅理论"
	case AssessPractice:
		return "仅实操"
	}
	return "按机构设置"
}

// Person is who a trainee is. IDNumber is the normalized 18-character
// number; it is held in clear only in memory and is encrypted by the store.
type Person struct {
	Name      string    `json:"name"`
	IDType    string    `json:"id_type"` // 居民身份证, 港澳台居民居住证, 外国人永久居留身份证
	IDNumber  string    `json:"id_number"`
	Sex       string    `json:"sex"` // 男 / 女, derived from the number
	Birth     time.Time `json:"birth"`
	Ethnicity string    `json:"ethnicity"` // 民族, GB/T 3304
	Education string    `json:"education"` // 文化程度
	Phone     string    `json:"phone"`
	Address   string    `json:"address"` // 户籍地址
}

// Trainee is one person's enrolment in one class (学员报名).
type Trainee struct {
	ID       string `json:"id"`
	ClassID  string `json:"class_id"`
	Person   Person `json:"person"`
	Category string `json:"category"` // 人员类别
	// Withdrawn is set when the trainee left the class (退学): the record,
	// attendance and results stay; the trainee counts as enrolled, not completed.
	Withdrawn *Withdrawal `json:"withdrawn,omitempty"`
	Version   int         `json:"version"`
	UpdatedAt time.Time   `json:"updated_at"`
}

// Withdrawal is when and why a trainee left a class.
type Withdrawal struct {
	Date   time.Time `json:"date"`
	Reason string    `json:"reason"`
}

// Lesson is one entry of a class's timetable (课程表).
type Lesson struct {
	ID        string    `json:"id"`
	ClassID   string    `json:"class_id"`
	No        int       `json:"no"` // 1-based position in the timetable
	Date      time.Time `json:"date"`
	Start     string    `json:"start"` // HH:MM
	End       string    `json:"end"`
	Hours     float64   `json:"hours"`
	Topic     string    `json:"topic"`
	Teacher   string    `json:"teacher"`
	TeacherID string    `json:"teacher_id"`
	Room      string    `json:"room"`
	Version   int       `json:"version"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Attendance statuses, as the contract's report prints them.
const (
	Present    = "present"
	Late       = "late"
	EarlyLeave = "early_leave"
	Excused    = "excused"
	Absent     = "absent"
)

// Statuses lists every attendance status.
var Statuses = []string{Present, Late, EarlyLeave, Excused, Absent}

// StatusLabel is the Chinese word a clerk sees for a status.
func StatusLabel(s string) string {
	switch s {
	case Present:
		return "出勤"
	case Late:
		return "迟到"
	case EarlyLeave:
		return "早退"
	case Excused:
		return "请假"
	case Absent:
		return "缺勤"
	}
	return "未记录"
}

// Mark is one trainee's attendance at one lesson (签到/签退).
type Mark struct {
	ID        string    `json:"id"` // MarkID(lesson, trainee)
	ClassID   string    `json:"class_id"`
	LessonID  string    `json:"lesson_id"`
	TraineeID string    `json:"trainee_id"`
	Status    string    `json:"status"`
	SignIn    time.Time `json:"sign_in,omitempty"`
	SignOut   time.Time `json:"sign_out,omitempty"`
	Source    string    `json:"source"`           // manual, scan, terminal
	Reason    string    `json:"reason,omitempty"` // required for a correction (补录)
	// Correction: the status was set by hand against what the times say.
	Correction bool      `json:"correction,omitempty"`
	Version    int       `json:"version"`
	UpdatedAt  time.Time `json:"updated_at"`
}

// MarkID is the stable id of the mark of one trainee at one lesson.
func MarkID(lessonID, traineeID string) string { return lessonID + "." + traineeID }

// Attempt is one sitting of the assessment; a re-sit (补考) adds another.
type Attempt struct {
	Theory   *float64  `json:"theory,omitempty"`
	Practice *float64  `json:"practice,omitempty"`
	Passed   bool      `json:"passed"`
	At       time.Time `json:"at"`
	// Correction is the reason this attempt replaced a mistyped one.
	Correction string `json:"correction,omitempty"`
}

// Result is a trainee's assessment (考核) with every attempt kept.
type Result struct {
	ID        string    `json:"id"` // the trainee's id: one result per enrolment
	ClassID   string    `json:"class_id"`
	TraineeID string    `json:"trainee_id"`
	Attempts  []Attempt `json:"attempts"`
	// SkillCert is the 职业技能等级证书 obtained after passing, if any.
	SkillCert *SkillCertificate `json:"skill_cert,omitempty"`
	Version   int               `json:"version"`
	UpdatedAt time.Time         `json:"updated_at"`
}

// Passed reports whether the latest attempt passed.
func (r Result) Passed() bool {
	return len(r.Attempts) > 0 && r.Attempts[len(r.Attempts)-1].Passed
}

// Certificate statuses.
const (
	CertProvisional = "provisional" // issued here, bureau has not confirmed
	CertRegistered  = "registered"  // the bureau's receipt arrived
	CertRevoked     = "revoked"
)

// Certificate is a 培训合格证书.
type Certificate struct {
	ID           string    `json:"id"` // equals Number
	Number       string    `json:"number"`
	ClassID      string    `json:"class_id"`
	TraineeID    string    `json:"trainee_id"`
	Name         string    `json:"name"`
	IssuedAt     time.Time `json:"issued_at"`
	Status       string    `json:"status"`
	RegNo        string    `json:"reg_no,omitempty"` // bureau registration number
	RevokeReason string    `json:"revoke_reason,omitempty"`
	Replacement  int       `json:"replacement,omitempty"` // 补发 count; the number stays
	Version      int       `json:"version"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// Name is the trainee's name, for messages.
func (t Trainee) Name() string { return t.Person.Name }
