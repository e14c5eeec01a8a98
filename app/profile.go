package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"time"

	"fyne.io/fyne/v2"
)

// ProfileEnv names a directory where the GUI writes what scripts/scale.sh
// measures of its start-up: usable.txt (seconds from start until the UI
// thread first runs a queued call, i.e. answers a click, and the CPU
// seconds spent by then), cpu.pprof (the first ProfileSeconds), heap.pprof
// and mem.txt (after them). Unset, nothing runs.
const ProfileEnv = "TRAININGDESK_PROFILE"

// ProfileSeconds is how long the start-up is profiled before the heap is written.
const ProfileSeconds = 10

// startProfile begins profiling when ProfileEnv is set; the returned
// function is called once the window is built and the event loop about to run.
func startProfile(start time.Time) func() {
	dir := os.Getenv(ProfileEnv)
	if dir == "" {
		return func() {}
	}
	_ = os.MkdirAll(dir, 0o755)
	cpu, err := os.Create(filepath.Join(dir, "cpu.pprof"))
	if err == nil && pprof.StartCPUProfile(cpu) != nil {
		cpu.Close()
		cpu = nil
	}
	return func() {
		go func() {
			fyne.Do(func() {
				_ = os.WriteFile(filepath.Join(dir, "usable.txt"), fmt.Appendf(nil, "%.3f %.3f\n", time.Since(start).Seconds(), cpuSeconds()), 0o644)
			})
			time.Sleep(time.Until(start.Add(ProfileSeconds * time.Second)))
			if cpu != nil {
				pprof.StopCPUProfile()
				cpu.Close()
			}
			runtime.GC()
			if f, err := os.Create(filepath.Join(dir, "heap.pprof")); err == nil {
				_ = pprof.WriteHeapProfile(f)
				f.Close()
			}
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			_ = os.WriteFile(filepath.Join(dir, "mem.txt"), fmt.Appendf(nil, "heap_inuse_MB %d\nsys_MB %d\n", m.HeapInuse>>20, m.Sys>>20), 0o644)
		}()
	}
}
