//go:build !windows

package main

// attachConsole: elsewhere a program started from a terminal already has it.
func attachConsole() {}
