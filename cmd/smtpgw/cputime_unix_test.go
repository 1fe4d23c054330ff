//go:build unix

package main

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user and system, all threads) this process
// has used: on a shared machine it counts what the benchmark itself costs,
// whatever else runs.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
