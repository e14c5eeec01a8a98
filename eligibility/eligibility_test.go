package eligibility

import (
	"reflect"
	"testing"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/training"
)

func f(x float64) *float64 { return &x }

var when = time.Date(2025, 4, 1, 10, 0, 0, 0, time.Local)

func TestGrade(t *testing.T) {
	theoryOnly := Assessment{TheoryRequired: true}
	tests := []struct {
		name             string
		theory, practice *float64
		a                Assessment
		passed           bool
		errField         errs.Field
	}{
		{"both pass", f(60), f(85), DefaultAssessment(), true, errs.Field{}},
		{"59.9 fails", f(59.9), f(85), DefaultAssessment(), false, errs.Field{}},
		{"practice fails", f(90), f(30), DefaultAssessment(), false, errs.Field{}},
		{"missing practice", f(90), nil, DefaultAssessment(), false, FieldPractice},
		{"missing theory", nil, f(90), DefaultAssessment(), false, FieldTheory},
		{"over 100", f(101), f(90), DefaultAssessment(), false, FieldTheory},
		{"negative", f(90), f(-1), DefaultAssessment(), false, FieldPractice},
		{"theory only, no practice", f(70), nil, theoryOnly, true, errs.Field{}},
		{"theory only, low practice ignored", f(70), f(10), theoryOnly, true, errs.Field{}},
		{"own pass mark", f(65), f(65), Assessment{TheoryRequired: true, PracticeRequired: true, PassMark: 70}, false, errs.Field{}},
		{"zero pass mark means 60", f(60), f(60), Assessment{TheoryRequired: true, PracticeRequired: true}, true, errs.Field{}},
		{"nothing required", f(60), f(60), Assessment{}, false, training.FieldAssessment},
	}
	for _, tt := range tests {
		got, err := Grade(tt.theory, tt.practice, tt.a, when)
		if !tt.errField.IsZero() {
			if !errs.Is(errs.Invalid, err) || !hasField(err, tt.errField) {
				t.Errorf("%s: error %v, want one naming %s", tt.name, err, tt.errField.Label())
			}
			continue
		}
		if err != nil || got.Passed != tt.passed || !got.At.Equal(when) {
			t.Errorf("%s: got %+v, %v; want passed=%v", tt.name, got, err, tt.passed)
		}
	}
}

func attempt(passed bool) training.Attempt { return training.Attempt{Passed: passed, At: when} }

func TestCheck(t *testing.T) {
	r := attendance.DefaultRules()
	pass := &training.Result{Attempts: []training.Attempt{attempt(true)}}
	fail := &training.Result{Attempts: []training.Attempt{attempt(false)}}
	resit := &training.Result{Attempts: []training.Attempt{attempt(false), attempt(true)}}
	tests := []struct {
		name    string
		rate    float64
		res     *training.Result
		reasons []string
	}{
		{"rate exactly 0.8", 0.8, pass, nil},
		{"rate 48/60", 48.0 / 60, pass, nil},
		{"rate low", 0.725, pass, []string{"出勤率 72.5% 低于 80%"}},
		{"just under never shows 80%", 0.7999, pass, []string{"出勤率 79.9% 低于 80%"}},
		{"failed", 1, fail, []string{ReasonFailed}},
		{"re-sit passes after a fail", 0.9, resit, nil},
		{"not assessed", 0.9, nil, []string{ReasonNoResult}},
		{"no attempts", 0.9, &training.Result{}, []string{ReasonNoResult}},
		{"everything wrong", 0.5, fail, []string{"出勤率 50% 低于 80%", ReasonFailed}},
	}
	for _, tt := range tests {
		v := Check(tt.rate, r, tt.res)
		if v.Eligible != (len(tt.reasons) == 0) || !reflect.DeepEqual(v.Reasons, tt.reasons) {
			t.Errorf("%s: %+v, want reasons %q", tt.name, v, tt.reasons)
		}
	}
}

func TestCheckOtherThreshold(t *testing.T) {
	r := attendance.DefaultRules()
	r.Threshold = 0.9
	v := Check(0.85, r, &training.Result{Attempts: []training.Attempt{attempt(true)}})
	if v.Eligible || len(v.Reasons) != 1 || v.Reasons[0] != "出勤率 85% 低于 90%" {
		t.Errorf("got %+v", v)
	}
}

func TestResultLabel(t *testing.T) {
	tests := []struct {
		res  *training.Result
		want string
	}{
		{nil, "未考核"},
		{&training.Result{}, "未考核"},
		{&training.Result{Attempts: []training.Attempt{attempt(true)}}, "合格"},
		{&training.Result{Attempts: []training.Attempt{attempt(false)}}, "不合格"},
		{&training.Result{Attempts: []training.Attempt{attempt(false), attempt(true)}}, "合格（补考）"},
		{&training.Result{Attempts: []training.Attempt{attempt(false), attempt(false)}}, "不合格（补考）"},
	}
	for _, tt := range tests {
		if got := ResultLabel(tt.res); got != tt.want {
			t.Errorf("ResultLabel(%+v) = %s, want %s", tt.res, got, tt.want)
		}
	}
}

// hasField reports whether err (or one of the errors it joins) names f.
func hasField(err error, f errs.Field) bool {
	return errs.FieldOf(err) == f || ErrorFor(err, f) != nil
}

func TestGradeNamesEveryWrongFieldAtOnce(t *testing.T) {
	_, err := Grade(f(101), nil, DefaultAssessment(), time.Now())
	if ErrorFor(err, FieldTheory) == nil || ErrorFor(err, FieldPractice) == nil || len(Messages(err)) != 2 {
		t.Fatalf("both wrong: %v", err)
	}
}

func TestSittingTellsACorrectionFromAResit(t *testing.T) {
	failed := training.Result{Attempts: []training.Attempt{{Passed: false}}}
	passed := training.Result{Attempts: []training.Attempt{{Passed: true}}}
	for _, tt := range []struct {
		r      training.Result
		reason string
		want   string
	}{
		{training.Result{}, "", SittingFirst},
		{failed, "", SittingResit},
		{failed, "录入时把 85 打成 45", SittingCorrection},
		{passed, "录入错误", SittingCorrection},
	} {
		if got, err := Sitting(tt.r, tt.reason); err != nil || got != tt.want {
			t.Errorf("Sitting(%+v, %q) = %s %v, want %s", tt.r, tt.reason, got, err, tt.want)
		}
	}
	if _, err := Sitting(passed, ""); errs.FieldOf(err) != FieldReason {
		t.Errorf("changing a pass without a reason: %v", err)
	}
}
