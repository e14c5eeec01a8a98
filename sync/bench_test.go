package sync_test

import (
	"testing"
	"time"

	"trainingdesk/sync/bureau"
)

// BenchmarkPush100k pushes ~100,000 records (50 classes × 40 trainees × 47
// lessons, with results and certificates) to an in-process bureau on
// 127.0.0.1, clean and with 20% of requests faulted. Target: ≥ 2,000
// records/s clean, and the faulted run within 3× the clean time.
func BenchmarkPush100k(b *testing.B) {
	d := dataset{classes: 50, trainees: 40, lessons: 47}
	for _, bc := range []struct {
		name string
		rate float64
	}{{"clean", 0}, {"faults20", 0.2}} {
		b.Run(bc.name, func(b *testing.B) {
			var elapsed time.Duration
			for range b.N {
				b.StopTimer()
				ob := newFakeOutbox()
				ob.keep = false
				d.fill(ob)
				srv, url := newBureau(b, bureau.Options{FailRate: bc.rate}, nil)
				s := newSender(b, ob, url)
				b.StartTimer()
				start := time.Now()
				runUntilDrained(b, s, ob, 50)
				elapsed += time.Since(start)
				b.StopTimer()
				assertStats(b, srv, d.counts())
			}
			b.ReportMetric(float64(d.total()*b.N)/elapsed.Seconds(), "records/s")
		})
	}
}
