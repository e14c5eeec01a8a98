package attendance

import "trainingdesk/errs"

// Fields of the timetable planner and the badge scanner, as errors name them
// (a lesson's own fields are training's; a mark's are in decide.go).
var (
	FieldFrom     = errs.NewField("from", "开始日期", "First week from")
	FieldWeeks    = errs.NewField("weeks", "周数", "Weeks")
	FieldWeekdays = errs.NewField("weekdays", "上课日", "Weekdays")
	FieldBadge    = errs.NewField("badge", "胸卡", "Badge")
)
