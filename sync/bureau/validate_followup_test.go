package bureau_test

import (
	"testing"

	"trainingdesk/outcome"
	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

func followUp(id, traineeID string, edit func(*outcome.Entry)) tdsync.BatchRecord {
	e := outcome.Entry{ID: id, TraineeID: traineeID, Date: day.AddDate(0, 4, 0), Status: outcome.Employed, Employer: "榕城电器",
		EmployerUSCC: "91350100M000100Y43", Version: 1}
	if edit != nil {
		edit(&e)
	}
	return rec(training.KindFollowUp, id, 1, e)
}

func TestBureauValidatesFollowUps(t *testing.T) {
	cases := []struct {
		name              string
		rec               tdsync.BatchRecord
		status, code, fld string
	}{
		{"a good follow-up", followUp("f1", "t1", nil), tdsync.StatusAccepted, "", ""},
		{"a contact before the class end", followUp("f1", "t1", func(e *outcome.Entry) { e.Date = day.AddDate(0, 0, 10) }),
			tdsync.StatusRejected, tdsync.CodeInvalidValue, "date"},
		{"an employer code that fails its check", followUp("f1", "t1", func(e *outcome.Entry) { e.EmployerUSCC = "91350100M000100Y44" }),
			tdsync.StatusRejected, tdsync.CodeInvalidValue, "employer_uscc"},
		{"a business code that fails its check", followUp("f1", "t1", func(e *outcome.Entry) {
			e.Status, e.Business = outcome.SelfEmployed, &outcome.Business{Name: "小店", USCC: "123", Registered: day.AddDate(0, 2, 0)}
		}), tdsync.StatusRejected, tdsync.CodeInvalidValue, "business_uscc"},
		{"an unknown status", followUp("f1", "t1", func(e *outcome.Entry) { e.Status = "hired" }), tdsync.StatusRejected, tdsync.CodeInvalidValue, "status"},
		{"a trainee not on file", followUp("f1", "t9", nil), tdsync.StatusRejected, tdsync.CodeMissingParent, "trainee_id"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ts := newServer(t, bureau.Options{})
			got := send(t, ts.URL, class("c1", nil), trainee("t1", "c1", goodID), c.rec)
			g := got[2]
			if g.Status != c.status || g.Code != c.code || g.Field != c.fld {
				t.Errorf("%s %s %s (%s), want %s %s %s", g.Status, g.Code, g.Field, g.Message, c.status, c.code, c.fld)
			}
		})
	}
}
