package store

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

const (
	benchKey    = "desk-bench"
	benchSecret = "bench-secret"
	benchUSCC   = "91350100M000100Y43"
)

// seedOutbox fills a store with classes × (trainees + lessons + every mark +
// a result per trainee), all queued for the bureau: 40×50×48 ≈ 102,000
// records. Marks go in one transaction per class to keep seeding quick.
func seedOutbox(tb testing.TB, s *Store, classes, trainees, lessons int) map[string]int {
	tb.Helper()
	want := map[string]int{}
	pass := 80.0
	for ci := range classes {
		c, err := s.FileClass(training.Class{Code: fmt.Sprintf("PUSH-%03d", ci), Name: "推送基准班", Occupation: "电工",
			Level: 5, Type: "就业技能培训", Start: day("2026-03-02"), End: day("2026-06-30"), Hours: 200})
		if err != nil {
			tb.Fatal(err)
		}
		cands := make([]Candidate, trainees)
		for i := range cands {
			cands[i] = Candidate{Row: i + 2, Person: training.Person{Name: "学员", IDNumber: idFor(ci*trainees + i)}}
		}
		roster, rejected, _, err := s.EnrolTrainees(c.ID, cands)
		if err != nil || len(rejected) > 0 {
			tb.Fatal(err, rejected)
		}
		ls := make([]training.Lesson, lessons)
		for i := range ls {
			ls[i] = training.Lesson{Date: day("2026-03-02").AddDate(0, 0, i), Start: "09:00", End: "12:00", Hours: 4, Topic: "实操"}
		}
		if ls, err = s.AddLessons(c.ID, ls); err != nil {
			tb.Fatal(err)
		}
		err = s.update(func(t *tx) error {
			for _, l := range ls {
				for _, tr := range roster {
					if err := t.mark(l, MarkInput{TraineeID: tr.ID, Status: training.Present, Source: "terminal"}, ""); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
		for _, tr := range roster {
			if _, err := s.SetResult(tr.ID, &pass, &pass); err != nil {
				tb.Fatal(err)
			}
		}
	}
	want["class"] = classes
	want["trainee"] = classes * trainees
	want["lesson"] = classes * lessons
	want["attendance"] = classes * trainees * lessons
	want["result"] = classes * trainees
	return want
}

// BenchmarkPushStore10kDefaults pushes ~10,000 records (10 × (25 trainees +
// 38 lessons + marks + results)) with the SHIPPED retry delays, clean and with
// 20% of requests faulted. Target: the faulted run within 3× the clean one.
func BenchmarkPushStore10kDefaults(b *testing.B) {
	benchPush(b, 10, 25, 38, 0, 0, pushClean, pushFaults)
}

// BenchmarkPushStore10kHang is the same push against the bureau's default
// fault: 20% of batches stored and then not answered for 5 s (the client's
// 30 s timeout never fires). Target: within 3× the clean push.
func BenchmarkPushStore10kHang(b *testing.B) {
	benchPush(b, 10, 25, 38, 0, 0, pushClean, pushCase{"faults20hang5s", 0.2, 5 * time.Second})
}

type pushCase struct {
	name string
	rate float64
	hang time.Duration
}

var (
	pushClean  = pushCase{"clean", 0, 0}
	pushFaults = pushCase{"faults20", 0.2, 0}
)

// BenchmarkPushStore100k pushes ~102,000 records from the REAL store (temp
// data directory) to an in-process bureau on loopback, clean and with 20% of
// requests faulted. Target: ≥ 2,000 records/s clean; faulted within 3×.
func BenchmarkPushStore100k(b *testing.B) {
	benchPush(b, 40, 50, 48, time.Millisecond, 20*time.Millisecond, pushClean, pushFaults)
}

// benchPush seeds classes × trainees × lessons and pushes it clean and with
// 20% faults; base and max set the sender's retry delays (0: the shipped ones).
func benchPush(b *testing.B, classes, trainees, lessons int, base, max time.Duration, cases ...pushCase) {
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			var elapsed time.Duration
			total := 0
			for range b.N {
				b.StopTimer()
				s, err := Open(b.TempDir(), Options{Who: "bench"})
				if err != nil {
					b.Fatal(err)
				}
				want := seedOutbox(b, s, classes, trainees, lessons)
				srv, err := bureau.New(bureau.Options{DataDir: b.TempDir(), AppKey: benchKey, Secret: []byte(benchSecret), FailRate: bc.rate, Hang: bc.hang})
				if err != nil {
					b.Fatal(err)
				}
				ts := httptest.NewServer(srv)
				snd, err := tdsync.NewSender(s, tdsync.Config{Endpoint: ts.URL, AppKey: benchKey, Secret: []byte(benchSecret),
					Institution: benchUSCC, Timeout: 10 * time.Second})
				if err != nil {
					b.Fatal(err)
				}
				if base > 0 {
					snd.SetBackoff(base, max)
				}
				b.StartTimer()
				start := time.Now()
				for round := 0; ; round++ {
					_, err := snd.Run(context.Background(), benchTrace(start))
					c, cerr := s.Counts()
					if cerr != nil {
						b.Fatal(cerr)
					}
					if err == nil && c.Pending == 0 {
						break
					}
					if round > 50 {
						b.Fatalf("outbox not drained: %+v (%v)", c, err)
					}
				}
				elapsed += time.Since(start)
				b.StopTimer()
				st, err := srv.Stats()
				if err != nil {
					b.Fatal(err)
				}
				for k, n := range want {
					total += n
					if st.Records[k] != n {
						b.Errorf("bureau holds %d %s records, want %d", st.Records[k], k, n)
					}
				}
				ts.Close()
				srv.Close()
				s.Close()
			}
			b.ReportMetric(float64(total)/elapsed.Seconds(), "records/s")
			b.ReportMetric(elapsed.Seconds()/float64(b.N), "s/push")
		})
	}
}

// benchTrace, with TD_BENCH_TRACE=1, prints each batch that failed, was cut
// short or took over half a second, and each wait for backing-off records.
func benchTrace(start time.Time) func(tdsync.Progress) {
	if os.Getenv("TD_BENCH_TRACE") == "" {
		return nil
	}
	return func(p tdsync.Progress) {
		at := time.Since(start).Seconds()
		switch {
		case p.Batch != nil && (p.Batch.Error != "" || p.Batch.Duration > time.Second/2):
			fmt.Fprintf(os.Stderr, "%6.2fs batch of %d took %.2fs: %s\n", at, p.Batch.Records, p.Batch.Duration.Seconds(), p.Batch.Error)
		case p.Batch == nil:
			fmt.Fprintf(os.Stderr, "%6.2fs waiting %.2fs for retries\n", at, time.Until(p.WaitUntil).Seconds())
		}
	}
}
