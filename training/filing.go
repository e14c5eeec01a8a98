package training

import (
	"fmt"
	"time"
)

// FilingWarning says what is late about filing (开班备案) a class that starts
// on start, on the day today, under a region's rule of filing daysBefore
// days ahead (0: no rule). "" when it is on time. It is a warning, never a
// refusal: old classes must still be entered; the GUI asks for a
// confirmation, the command line prints it and goes on.
func FilingWarning(start, today time.Time, daysBefore int) string {
	start, today = Day(start), Day(today)
	if start.IsZero() {
		return ""
	}
	if start.Before(today) {
		return fmt.Sprintf("开班日期 %s 已过：这是补录已开班的班级，备案已逾期，人社部门可能不予认可或不予补贴。", start.Format(DateLayout))
	}
	if daysBefore > 0 {
		deadline := start.AddDate(0, 0, -daysBefore)
		if today.After(deadline) {
			return fmt.Sprintf("按本地规定须在开班前 %d 天（%s 前）备案，现已过备案期限：人社部门可能不予认可或不予补贴。", daysBefore, deadline.Format(DateLayout))
		}
	}
	return ""
}
