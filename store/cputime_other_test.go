//go:build !unix

package store

func cpuSeconds() float64 { return 0 }
