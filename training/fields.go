package training

import "trainingdesk/errs"

// A person's fields, as errors name them (the name's is personname.FieldName).
var (
	FieldIDNumber  = errs.NewField("id_number", "证件号码", "ID number")
	FieldSex       = errs.NewField("sex", "性别", "Sex")
	FieldEthnicity = errs.NewField("ethnicity", "民族", "Ethnicity")
	FieldEducation = errs.NewField("education", "文化程度", "Education")
	FieldCategory  = errs.NewField("category", "人员类别", "Category")
	FieldPhone     = errs.NewField("phone", "联系电话", "Phone")
	FieldAddress   = errs.NewField("address", "户籍地址", "Address")
)

// Which class or trainee an operation is about (the command line's --class).
var (
	FieldClass   = errs.NewField("class", "班级", "Class")
	FieldTrainee = errs.NewField("trainee", "学员", "Trainee")
)

// A class's fields (开班). Keys are the command line's flags.
var (
	FieldClassCode  = errs.NewField("code", "班级编号", "Class code")
	FieldClassName  = errs.NewField("name", "班级名称", "Class name")
	FieldOccupation = errs.NewField("occupation", "职业（工种）", "Occupation")
	FieldLevel      = errs.NewField("level", "职业技能等级", "Skill level")
	FieldType       = errs.NewField("type", "培训类型", "Training type")
	FieldStart      = errs.NewField("start", "开班日期", "Start date")
	FieldEnd        = errs.NewField("end", "结业日期", "End date")
	FieldHours      = errs.NewField("hours", "学时", "Hours") // a class's or a lesson's
	FieldAssessment = errs.NewField("assessment", "考核方式", "Assessment")
)

// A lesson's fields (课程表).
var (
	FieldLessonDate  = errs.NewField("date", "上课日期", "Lesson date")
	FieldLessonStart = errs.NewField("start", "开始时间", "Start time")
	FieldLessonEnd   = errs.NewField("end", "结束时间", "End time")
	FieldTopic       = errs.NewField("topic", "课程内容", "Topic")
	FieldTimetable   = errs.NewField("timetable", "课程表", "Timetable")
)

// The institution's fields (机构信息).
var (
	FieldInstitutionName = errs.NewField("institution_name", "机构名称", "Institution name")
	FieldUSCC            = errs.NewField("uscc", "统一社会信用代码", "USCC")
	FieldInstitutionCode = errs.NewField("institution_code", "机构代码（证书编号用）", "Institution code (certificate numbers)")
)
