//go:build !unix

package app

// cpuSeconds is not measured here (the scale script runs on Linux).
func cpuSeconds() float64 { return -1 }
