package attendance

import (
	"fmt"
	"math"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// maxWeeks bounds Recurring so a typo (520 instead of 52) cannot build ten
// years of lessons.
const maxWeeks = 104

// Recurring builds a timetable: a lesson from start to end (HH:MM) on every
// listed weekday, from the day `from` for `weeks` weeks. Lessons are
// numbered 1… in date order and get fresh ids; a caller appending to an
// existing timetable renumbers them.
func Recurring(classID string, from time.Time, weeks int, days []time.Weekday, start, end, topic string, r Rules) ([]training.Lesson, error) {
	if from.IsZero() {
		return nil, errs.Errorf(errs.Invalid, FieldFrom, "请填写第一周的开始日期")
	}
	if weeks < 1 || weeks > maxWeeks {
		return nil, errs.Errorf(errs.Invalid, FieldWeeks, "周数须在 1–%d 之间，当前为 %d", maxWeeks, weeks)
	}
	if len(days) == 0 {
		return nil, errs.Errorf(errs.Invalid, FieldWeekdays, "请至少选择一个上课日（星期几）")
	}
	hours, err := LessonHours(start, end, r)
	if err != nil {
		return nil, err
	}
	want := map[time.Weekday]bool{}
	for _, d := range days {
		want[d] = true
	}
	y, m, d := from.Date()
	var out []training.Lesson
	for i := 0; i < weeks*7; i++ {
		day := time.Date(y, m, d+i, 0, 0, 0, 0, from.Location())
		if !want[day.Weekday()] {
			continue
		}
		out = append(out, training.Lesson{
			ID: training.NewID(), ClassID: classID, No: len(out) + 1,
			Date: day, Start: start, End: end, Hours: hours, Topic: topic,
		})
	}
	return out, nil
}

// CheckTotal compares the timetable's 学时 to the class's. It returns ""
// when they agree (or the class has no 学时 yet), else a warning for the
// clerk, e.g. 课程表合计 56 学时，与开班学时 60 不符.
func CheckTotal(classHours float64, lessons []training.Lesson) string {
	if classHours <= 0 {
		return ""
	}
	sum := 0.0
	for _, l := range lessons {
		sum += l.Hours
	}
	if math.Abs(sum-classHours) < 0.01 {
		return ""
	}
	return fmt.Sprintf("课程表合计 %s 学时，与开班学时 %s 不符：请增减课程或修改开班学时", fmtHours(sum), fmtHours(classHours))
}
