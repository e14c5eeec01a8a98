package training

import (
	"strings"
	"time"
)

// Day is the calendar day of t, as class and lesson dates are stored
// (midnight UTC). Every "today" in the program is Day(clock()).
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ClassStatus is where a class stands on a given day.
type ClassStatus int

const (
	Planned  ClassStatus = iota // before its start date: 未开班
	Running                     // from its start to its end date, both included: 进行中
	Finished                    // after its end date: 已结业
)

// ClassStatuses lists the statuses in the order a filter offers them.
var ClassStatuses = []ClassStatus{Planned, Running, Finished}

// StatusOn is the class's status on the calendar day of t.
func (c Class) StatusOn(t time.Time) ClassStatus {
	day := Day(t)
	switch {
	case day.Before(Day(c.Start)):
		return Planned
	case day.After(Day(c.End)):
		return Finished
	}
	return Running
}

// Label is the Chinese word a clerk sees.
func (s ClassStatus) Label() string {
	switch s {
	case Planned:
		return "未开班"
	case Running:
		return "进行中"
	}
	return "已结业"
}

var classStatusKeys = [...]string{"planned", "running", "finished"}

// Key is the English word in --json and on the wire.
func (s ClassStatus) Key() string {
	if s >= 0 && int(s) < len(classStatusKeys) {
		return classStatusKeys[s]
	}
	return "finished"
}

// ParseClassStatus reads a label (未开班/进行中/已结业) or its English key
// (planned/running/finished).
func ParseClassStatus(s string) (ClassStatus, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for i, key := range classStatusKeys {
		st := ClassStatus(i)
		if s == key || s == st.Label() {
			return st, true
		}
	}
	return 0, false
}

// ParseStatus reads an attendance status as a clerk or a script writes it:
// the Chinese label (出勤, 迟到, …) or the English key (present, late, …).
func ParseStatus(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, x := range Statuses {
		if s == x || s == StatusLabel(x) {
			return x, true
		}
	}
	return "", false
}
