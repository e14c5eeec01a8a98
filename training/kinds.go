package training

// Kind names a record type as the store, the outbox and the bureau protocol
// know it. The order of Kinds is the order parents must reach the bureau in.
type Kind string

const (
	KindClass       Kind = "class"
	KindTrainee     Kind = "trainee" // one person's enrolment in one class
	KindLesson      Kind = "lesson"
	KindAttendance  Kind = "attendance"
	KindResult      Kind = "result"
	KindCertificate Kind = "certificate"
	KindFollowUp    Kind = "followup" // 就业跟踪: a contact after the class, child of the trainee
	KindClaim       Kind = "claim"    // 补贴申领: after every record it cites
)

// Kinds lists every syncable kind, parents before children.
var Kinds = []Kind{KindTeacher, KindClass, KindTrainee, KindLesson, KindAttendance, KindResult, KindCertificate, KindFollowUp, KindClaim}

// Rank orders kinds for dependency-ordered delivery (lower goes first).
func (k Kind) Rank() int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	return len(Kinds)
}

// Label is the kind's Chinese name for the clerk.
func (k Kind) Label() string {
	switch k {
	case KindTeacher:
		return "教师"
	case KindClass:
		return "班级"
	case KindTrainee:
		return "学员报名"
	case KindLesson:
		return "课程"
	case KindAttendance:
		return "考勤"
	case KindResult:
		return "考核成绩"
	case KindCertificate:
		return "证书"
	case KindFollowUp:
		return "就业跟踪"
	case KindClaim:
		return "补贴申领"
	}
	return string(k)
}
