package store

import (
	"strings"
	"testing"
	"time"

	"trainingdesk/eligibility"
	"trainingdesk/errs"
)

// A mistyped score is corrected (reason, audited, attempt replaced); a 补考
// adds an attempt; a pass is never changed without a reason.
func TestACorrectionIsToldFromAResit(t *testing.T) {
	s, _ := openCertStore(t, time.Date(2026, 3, 30, 10, 0, 0, 0, time.UTC))
	_, roster := finishedClass(t, s, "R", 0, 2) // both passed 80/80
	id := roster[0].ID
	th, low := 85.0, 45.0
	if _, err := s.SetResult(id, &th, &th); errs.FieldOf(err) != eligibility.FieldReason {
		t.Fatalf("changing a pass without a reason: %v", err)
	}
	// Typed 45 for 85: a correction, not a failed sitting.
	r, err := s.SetResult(id, &th, &low, "实操成绩录入错误")
	if err != nil || len(r.Attempts) != 1 || r.Passed() || r.Attempts[0].Correction != "实操成绩录入错误" {
		t.Fatalf("correction: %+v %v", r, err)
	}
	log, _ := s.AuditLog(1)
	if !strings.Contains(log[0].Action, "更正考核成绩：实操成绩录入错误") {
		t.Fatalf("audit: %q", log[0].Action)
	}
	// Now it failed: new scores without a reason are a 补考, both kept.
	if r, err = s.SetResult(id, &th, &th); err != nil || len(r.Attempts) != 2 || !r.Passed() {
		t.Fatalf("补考: %+v %v", r, err)
	}
	if log, _ := s.AuditLog(1); !strings.Contains(log[0].Action, "补考") {
		t.Fatalf("audit: %q", log[0].Action)
	}
}
