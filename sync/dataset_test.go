package sync_test

import (
	"fmt"
	"time"

	"trainingdesk/training"
)

// dataset describes generated schools' records.
type dataset struct {
	classes, trainees, lessons int // trainees and lessons per class
	badID                      map[string]bool
	// only, if set, limits which kinds fill adds.
	only map[training.Kind]bool
}

// counts is what the bureau should hold once everything went through.
func (d dataset) counts() map[string]int {
	c, t, l := d.classes, d.classes*d.trainees, d.classes*d.lessons
	return map[string]int{"class": c, "trainee": t, "lesson": l, "attendance": t * d.lessons, "result": t, "certificate": t}
}

func (d dataset) total() int {
	n := 0
	for _, v := range d.counts() {
		n += v
	}
	return n
}

func classID(c int) string      { return fmt.Sprintf("c%03d", c) }
func traineeID(c, t int) string { return fmt.Sprintf("c%03d-t%04d", c, t) }
func lessonID(c, l int) string  { return fmt.Sprintf("c%03d-l%03d", c, l) }
func certNo(c, t int) string    { return fmt.Sprintf("2025-%03d-%04d", c, t) }

// idNumber makes a valid 公民身份号码 for person n (or one with a wrong
// check character when bad).
func idNumber(n int, bad bool) string {
	body := fmt.Sprintf("11010119900101%03d", n%1000)[:17]
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range 17 {
		sum += int(body[i]-'0') * w[i]
	}
	check := "10X98765432"[sum%11]
	if bad {
		check = "10X98765432"[(sum+1)%11]
	}
	return body + string(check)
}

func (d dataset) trainee(c, t, version int, bad bool) training.Trainee {
	return training.Trainee{ID: traineeID(c, t), ClassID: classID(c), Version: version,
		Person: training.Person{Name: fmt.Sprintf("学员%d", t), IDType: "居民身份证", IDNumber: idNumber(c*1000+t, bad)}}
}

// fill queues the dataset in delivery order (kind by kind, as the store does).
func (d dataset) fill(f *fakeOutbox) {
	start := time.Date(2025, 3, 1, 0, 0, 0, 0, time.Local)
	want := func(k training.Kind) bool { return d.only == nil || d.only[k] }
	for c := range d.classes {
		if want(training.KindClass) {
			f.add(training.KindClass, classID(c), 1, training.Class{ID: classID(c), Code: fmt.Sprintf("KB%03d", c),
				Name: "中式烹调师五级班", Occupation: "中式烹调师", Level: 5, Type: "就业技能培训",
				Start: start, End: start.AddDate(0, 1, 0), Hours: 80, Version: 1})
		}
	}
	for c := range d.classes {
		for t := range d.trainees {
			if want(training.KindTrainee) {
				f.add(training.KindTrainee, traineeID(c, t), 1, d.trainee(c, t, 1, d.badID[traineeID(c, t)]), key(training.KindClass, classID(c)))
			}
		}
	}
	for c := range d.classes {
		for l := range d.lessons {
			if want(training.KindLesson) {
				f.add(training.KindLesson, lessonID(c, l), 1, training.Lesson{ID: lessonID(c, l), ClassID: classID(c), No: l + 1,
					Date: start.AddDate(0, 0, l), Start: "08:30", End: "11:30", Hours: 3, Topic: "刀工", Version: 1},
					key(training.KindClass, classID(c)))
			}
		}
	}
	for c := range d.classes {
		for l := range d.lessons {
			for t := range d.trainees {
				if want(training.KindAttendance) {
					id := training.MarkID(lessonID(c, l), traineeID(c, t))
					f.add(training.KindAttendance, id, 1, training.Mark{ID: id, ClassID: classID(c), LessonID: lessonID(c, l),
						TraineeID: traineeID(c, t), Status: training.Present, Source: "manual", Version: 1},
						key(training.KindLesson, lessonID(c, l)), key(training.KindTrainee, traineeID(c, t)))
				}
			}
		}
	}
	for c := range d.classes {
		for t := range d.trainees {
			if want(training.KindResult) {
				th, pr := 80.0, 90.0
				f.add(training.KindResult, traineeID(c, t), 1, training.Result{ID: traineeID(c, t), ClassID: classID(c), TraineeID: traineeID(c, t),
					Attempts: []training.Attempt{{Theory: &th, Practice: &pr, Passed: true, At: start}}, Version: 1},
					key(training.KindTrainee, traineeID(c, t)))
			}
		}
	}
	for c := range d.classes {
		for t := range d.trainees {
			if want(training.KindCertificate) {
				n := certNo(c, t)
				f.add(training.KindCertificate, n, 1, training.Certificate{ID: n, Number: n, ClassID: classID(c), TraineeID: traineeID(c, t),
					Name: fmt.Sprintf("学员%d", t), Status: training.CertProvisional, Version: 1},
					key(training.KindTrainee, traineeID(c, t)))
			}
		}
	}
}
