//go:build unix

package main

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the process has used so far (user and
// system), or 0 when unknown. With one core (eval clean -procs 1) the
// difference around a page is that page's CPU cost, which other programs
// on a loaded machine do not inflate the way they inflate wall time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
