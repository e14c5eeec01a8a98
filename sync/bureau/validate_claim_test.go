package bureau_test

import (
	"testing"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

func claim(id, classID string, edit func(*training.Claim)) tdsync.BatchRecord {
	c := training.Claim{ID: id, ClassID: classID, Stage: "completion", State: training.ClaimSubmitted,
		Lines: []training.ClaimLine{{TraineeID: "t1", AmountFen: 74074}}, ClaimedFen: 74074}
	if edit != nil {
		edit(&c)
	}
	return rec(training.KindClaim, id, 1, c)
}

func TestBureauTakesAClaimOnlyAfterWhatItCites(t *testing.T) {
	_, ts := newServer(t, bureau.Options{})
	got := send(t, ts.URL, class("c1", nil), claim("k1", "c1", nil), trainee("t1", "c1", goodID), claim("k2", "c1", nil),
		claim("k3", "c1", func(c *training.Claim) { c.ClaimedFen = 1 }),
		claim("k4", "c1", func(c *training.Claim) { c.Stage = "later" }))
	want := []struct{ status, field string }{
		{tdsync.StatusAccepted, ""},
		{tdsync.StatusRejected, "lines.trainee_id"},
		{tdsync.StatusAccepted, ""},
		{tdsync.StatusAccepted, ""},
		{tdsync.StatusRejected, "claimed_fen"},
		{tdsync.StatusRejected, "stage"},
	}
	for i, w := range want {
		if got[i].Status != w.status || got[i].Field != w.field {
			t.Errorf("record %d: %s %s (%s), want %s %s", i, got[i].Status, got[i].Field, got[i].Message, w.status, w.field)
		}
	}
}
