package bureau

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"

	"trainingdesk/eligibility"
	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// verdict is a rejection: code, wire field, Chinese message.
type verdict struct{ code, field, message string }

func reject(code, field, message string) *verdict { return &verdict{code, field, message} }

// parentRef is a record another must have been accepted after.
type parentRef struct {
	kind  training.Kind
	id    string
	field string
}

// checkData validates an upsert's data as a provincial platform would and
// names the parents that must already be on file.
func checkData(r tdsync.BatchRecord) ([]parentRef, *verdict) {
	if len(r.Data) == 0 || string(r.Data) == "null" {
		return nil, reject(tdsync.CodeMissingField, "data", "缺少记录数据")
	}
	var head struct {
		ID *string `json:"id"`
	}
	if err := json.Unmarshal(r.Data, &head); err != nil {
		return nil, badData(err)
	}
	if head.ID != nil && *head.ID != "" && *head.ID != r.ID {
		return nil, reject(tdsync.CodeBadData, "id", "数据中的 id 与记录 id 不一致")
	}
	switch r.Kind {
	case training.KindTeacher:
		var tc training.Teacher
		if err := json.Unmarshal(r.Data, &tc); err != nil {
			return nil, badData(err)
		}
		switch {
		case tc.Name == "":
			return nil, missing("name", "缺少教师姓名")
		case tc.IDNumber == "":
			return nil, missing("id_number", "缺少教师证件号码")
		case !validIDNumber(tc.IDNumber):
			return nil, reject(tdsync.CodeInvalidID, "id_number", "教师证件号码校验未通过")
		}
		return nil, nil
	case training.KindClass:
		var c training.Class
		if err := json.Unmarshal(r.Data, &c); err != nil {
			return nil, badData(err)
		}
		if v := checkClass(c); v != nil {
			return nil, v
		}
		var refs []parentRef
		for _, id := range c.TeacherIDs {
			refs = append(refs, parentRef{training.KindTeacher, id, "teacher_ids"})
		}
		return refs, nil
	case training.KindTrainee:
		var t training.Trainee
		if err := json.Unmarshal(r.Data, &t); err != nil {
			return nil, badData(err)
		}
		switch {
		case t.ClassID == "":
			return nil, missing("class_id", "缺少所属班级")
		case t.Person.Name == "":
			return nil, missing("person.name", "缺少学员姓名")
		case t.Person.IDNumber == "":
			return nil, missing("person.id_number", "缺少证件号码")
		case !validIDNumber(t.Person.IDNumber):
			return nil, reject(tdsync.CodeInvalidID, "person.id_number", "证件号码校验未通过（长度、出生日期或校验位不符）")
		}
		return []parentRef{{training.KindClass, t.ClassID, "class_id"}}, nil
	case training.KindLesson:
		var l training.Lesson
		if err := json.Unmarshal(r.Data, &l); err != nil {
			return nil, badData(err)
		}
		switch {
		case l.ClassID == "":
			return nil, missing("class_id", "缺少所属班级")
		case l.Date.IsZero():
			return nil, missing("date", "缺少上课日期")
		case l.Start == "":
			return nil, missing("start", "缺少开始时间")
		case l.End == "":
			return nil, missing("end", "缺少结束时间")
		case !validClock(l.Start):
			return nil, invalid("start", "开始时间须为 HH:MM")
		case !validClock(l.End):
			return nil, invalid("end", "结束时间须为 HH:MM")
		case l.End <= l.Start:
			return nil, invalid("end", "结束时间须晚于开始时间")
		}
		refs := []parentRef{{training.KindClass, l.ClassID, "class_id"}}
		if l.TeacherID != "" {
			refs = append(refs, parentRef{training.KindTeacher, l.TeacherID, "teacher_id"})
		}
		return refs, nil
	case training.KindAttendance:
		var m training.Mark
		if err := json.Unmarshal(r.Data, &m); err != nil {
			return nil, badData(err)
		}
		switch {
		case m.LessonID == "":
			return nil, missing("lesson_id", "缺少课程")
		case m.TraineeID == "":
			return nil, missing("trainee_id", "缺少学员")
		case m.Status == "":
			return nil, missing("status", "缺少考勤状态")
		case !slices.Contains(training.Statuses, m.Status):
			return nil, invalid("status", "考勤状态须为 present、late、early_leave、excused 或 absent")
		}
		return []parentRef{{training.KindLesson, m.LessonID, "lesson_id"}, {training.KindTrainee, m.TraineeID, "trainee_id"}}, nil
	case training.KindResult:
		var res training.Result
		if err := json.Unmarshal(r.Data, &res); err != nil {
			return nil, badData(err)
		}
		if res.TraineeID == "" {
			return nil, missing("trainee_id", "缺少学员")
		}
		if res.SkillCert != nil {
			if err := eligibility.CheckSkillRecord(*res.SkillCert, res); err != nil {
				return nil, invalid("skill_cert", strings.ReplaceAll(err.Error(), "\n", "；"))
			}
		}
		return []parentRef{{training.KindTrainee, res.TraineeID, "trainee_id"}}, nil
	case training.KindCertificate:
		var c training.Certificate
		if err := json.Unmarshal(r.Data, &c); err != nil {
			return nil, badData(err)
		}
		switch {
		case c.Number == "":
			return nil, missing("number", "缺少证书编号")
		case c.TraineeID == "":
			return nil, missing("trainee_id", "缺少学员")
		}
		return []parentRef{{training.KindTrainee, c.TraineeID, "trainee_id"}}, nil
	case training.KindFollowUp:
		return checkFollowUp(r)
	case training.KindClaim:
		return checkClaim(r)
	}
	return nil, reject(tdsync.CodeUnknownKind, "kind", "未知的记录类型")
}

func checkClass(c training.Class) *verdict {
	switch {
	case c.Code == "":
		return missing("code", "缺少班级编号")
	case c.Name == "":
		return missing("name", "缺少班级名称")
	case c.Occupation == "":
		return missing("occupation", "缺少职业（工种）")
	case c.Level == 0:
		return missing("level", "缺少职业技能等级")
	case !c.Level.Valid():
		return invalid("level", "职业技能等级须为 1-5")
	case c.Start.IsZero():
		return missing("start", "缺少开班日期")
	case c.End.IsZero():
		return missing("end", "缺少结业日期")
	case c.End.Before(c.Start):
		return invalid("end", "结业日期早于开班日期")
	case c.Hours <= 0:
		return invalid("hours", "学时须大于 0")
	}
	return nil
}

func missing(field, msg string) *verdict { return reject(tdsync.CodeMissingField, field, msg) }
func invalid(field, msg string) *verdict { return reject(tdsync.CodeInvalidValue, field, msg) }

// badData names the field a type mismatch is in, when JSON says which.
func badData(err error) *verdict {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return reject(tdsync.CodeBadData, te.Field, "字段类型不对")
	}
	var pe *time.ParseError
	if errors.As(err, &pe) {
		return reject(tdsync.CodeBadData, "", "日期时间须为 RFC 3339 格式")
	}
	return reject(tdsync.CodeBadData, "", "数据不是有效的 JSON 对象")
}

func validClock(s string) bool {
	_, err := time.Parse("15:04", s)
	return err == nil && len(s) == 5
}
