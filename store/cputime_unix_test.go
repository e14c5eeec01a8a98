//go:build unix

package store

import "syscall"

// cpuSeconds is the CPU time this process has used: a benchmark figure
// that a loaded machine does not inflate the way wall time is.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
