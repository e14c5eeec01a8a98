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

// ProfileClassEnv, set beside ProfileEnv, names a class by its code: the GUI
// opens on it and writes screens.txt, one line per screen switched to (by a
// click or xdotool): its index, its name and the milliseconds until it shows
// that class: the part spent on the UI thread before it could draw, and in
// all (a big class is read off the UI thread; then the UI thread answers).
const ProfileClassEnv = "TRAININGDESK_PROFILE_CLASS"

// ProfileSeconds is when the heap is written (and the CPU profile ends;
// with ProfileClassEnv at ProfileScreensSeconds, as the screens are clicked
// through after the start).
const (
	ProfileSeconds        = 10
	ProfileScreensSeconds = 40
)

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
			stopCPU := func() {
				if cpu != nil {
					pprof.StopCPUProfile()
					cpu.Close()
				}
			}
			time.Sleep(time.Until(start.Add(ProfileSeconds * time.Second)))
			if os.Getenv(ProfileClassEnv) != "" { // the screens clicked through too
				time.AfterFunc(time.Until(start.Add(ProfileScreensSeconds*time.Second)), stopCPU)
			} else {
				stopCPU()
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

// profileScreens opens the GUI on ProfileClassEnv's class and times each
// screen switched to, when both variables are set.
func profileScreens(u *UI) {
	dir, code := os.Getenv(ProfileEnv), os.Getenv(ProfileClassEnv)
	if dir == "" || code == "" {
		return
	}
	c, err := u.Store.ClassByCode(code)
	if err != nil {
		return
	}
	u.SelectClass(c.ID)
	f, err := os.Create(filepath.Join(dir, "screens.txt"))
	if err != nil {
		return
	}
	u.screenShown = func(i int, onThread, shown time.Duration) {
		fmt.Fprintf(f, "%d %s %.0f %.0f\n", i, u.Tabs.Items[i].Text, onThread.Seconds()*1000, shown.Seconds()*1000)
	}
}

// timeScreen reports, when profiling, how long the screen just switched to
// took from the click until it showed its class and the UI thread answered.
func (u *UI) timeScreen() {
	if u.screenShown == nil {
		return
	}
	start := u.switchedAt
	i, onThread := u.Tabs.SelectedIndex(), time.Since(start)
	go func() {
		classLoads.Wait() // 考勤, 结业/证书
		u.FollowUp.busy.Wait()
		u.Stats.loading.Wait()
		fyne.Do(func() { u.screenShown(i, onThread, time.Since(start)) })
	}()
}
