package sync_test

import (
	"context"
	"errors"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
)

// answering is a bureau that always answers 200 with what answer makes of
// the batch.
type answering func(b tdsync.Batch) tdsync.BatchResponse

func (a answering) Send(_ context.Context, b tdsync.Batch) (tdsync.BatchResponse, error) {
	return a(b), nil
}

// A bureau that says 200 but does not answer for the records sent is at
// fault: the run must end (records stay queued) instead of looping forever.
func TestRunEndsWhenTheBureauAnswersForNothingItWasSent(t *testing.T) {
	cases := map[string]answering{
		"no results": func(b tdsync.Batch) tdsync.BatchResponse { return tdsync.BatchResponse{BatchID: b.BatchID} },
		"results for other ids": func(b tdsync.Batch) tdsync.BatchResponse {
			r := tdsync.BatchResponse{BatchID: b.BatchID}
			for _, rec := range b.Records {
				r.Results = append(r.Results, tdsync.RecordResult{Kind: rec.Kind, ID: rec.ID + "-x", Version: rec.Version, Status: tdsync.StatusAccepted})
			}
			return r
		},
		"results for other versions": func(b tdsync.Batch) tdsync.BatchResponse {
			r := tdsync.BatchResponse{BatchID: b.BatchID}
			for _, rec := range b.Records {
				r.Results = append(r.Results, tdsync.RecordResult{Kind: rec.Kind, ID: rec.ID, Version: rec.Version + 7, Status: tdsync.StatusAccepted})
			}
			return r
		},
		"an unknown status": func(b tdsync.Batch) tdsync.BatchResponse {
			r := tdsync.BatchResponse{BatchID: b.BatchID}
			for _, rec := range b.Records {
				r.Results = append(r.Results, tdsync.RecordResult{Kind: rec.Kind, ID: rec.ID, Version: rec.Version, Status: "ok"})
			}
			return r
		},
	}
	for name, bureau := range cases {
		t.Run(name, func(t *testing.T) {
			d := dataset{classes: 1, trainees: 2, lessons: 1}
			ob := newFakeOutbox()
			d.fill(ob)
			s, err := tdsync.NewSenderWith(ob, bureau, tdsync.Config{Institution: testUSCC})
			if err != nil {
				t.Fatal(err)
			}
			s.SetBackoff(time.Microsecond, time.Millisecond)
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			_, err = s.Run(ctx, nil)
			if !errors.Is(err, tdsync.ErrStalled) {
				t.Fatalf("Run ended with %v, want the bureau-fault stop (ErrStalled)", err)
			}
			if c, _ := ob.Counts(); c.Sent != 0 || c.Pending+c.Failed == 0 {
				t.Fatalf("counts %+v: nothing may count as delivered, everything stays queued", c)
			}
		})
	}
}
