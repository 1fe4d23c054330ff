//go:build !unix

package summary

import "time"

// cpuTime is not measured here: the benchmark reports wall-clock MB/s only.
func cpuTime() time.Duration { return 0 }
