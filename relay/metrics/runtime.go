package metrics

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
)

// constFamily is a family whose samples are read at scrape time (the Go
// runtime and process metrics).
type constFamily struct {
	name, help, typ string
	samples         []constSample
}

type constSample struct {
	suffix     string // "_sum", "_count" of a summary
	extraName  string // "quantile", or a label such as go_info's version
	extraValue string
	v          float64
}

func (c constFamily) write(w *expoWriter) {
	w.header(c.name, c.help, c.typ)
	for _, s := range c.samples {
		w.sample(c.name+s.suffix, nil, nil, s.extraName, s.extraValue, s.v)
	}
}

func one(name, help, typ string, v float64) constFamily {
	return constFamily{name: name, help: help, typ: typ, samples: []constSample{{v: v}}}
}

// runtimeMetrics reads the Go runtime's and the process's metrics, under
// the names of client_golang's Go and process collectors (so dashboards
// made for any Go program's go_* and process_* series work unchanged).
// The process metrics come from /proc and are left out where there is
// none.
func runtimeMetrics() []constFamily {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gc := debug.GCStats{PauseQuantiles: make([]time.Duration, 5)}
	debug.ReadGCStats(&gc)
	threads, _ := runtime.ThreadCreateProfile(nil)

	quantiles := constFamily{name: "go_gc_duration_seconds", typ: typeSummary,
		help: "A summary of the wall-time pause (stop-the-world) duration in garbage collection cycles."}
	for i, q := range []string{"0", "0.25", "0.5", "0.75", "1"} {
		quantiles.samples = append(quantiles.samples, constSample{extraName: "quantile", extraValue: q, v: gc.PauseQuantiles[i].Seconds()})
	}
	quantiles.samples = append(quantiles.samples,
		constSample{suffix: "_sum", v: gc.PauseTotal.Seconds()},
		constSample{suffix: "_count", v: float64(gc.NumGC)})

	lastGC := 0.0
	if ms.LastGC > 0 {
		lastGC = float64(ms.LastGC) / 1e9
	}
	g := func(name, help string, v uint64) constFamily {
		return one("go_memstats_"+name, help, typeGauge, float64(v))
	}
	c := func(name, help string, v uint64) constFamily {
		return one("go_memstats_"+name, help, typeCounter, float64(v))
	}
	out := []constFamily{
		quantiles,
		one("go_gc_gomemlimit_bytes", "Go runtime memory limit configured by the user, otherwise math.MaxInt64.", typeGauge, float64(debug.SetMemoryLimit(-1))),
		one("go_goroutines", "Number of goroutines that currently exist.", typeGauge, float64(runtime.NumGoroutine())),
		{name: "go_info", help: "Information about the Go environment.", typ: typeGauge,
			samples: []constSample{{extraName: "version", extraValue: runtime.Version(), v: 1}}},
		g("alloc_bytes", "Number of bytes allocated in heap and currently in use.", ms.Alloc),
		c("alloc_bytes_total", "Total number of bytes allocated in heap until now, even if released already.", ms.TotalAlloc),
		g("buck_hash_sys_bytes", "Number of bytes used by the profiling bucket hash table.", ms.BuckHashSys),
		c("frees_total", "Total number of heap objects frees.", ms.Frees),
		g("gc_sys_bytes", "Number of bytes used for garbage collection system metadata.", ms.GCSys),
		g("heap_alloc_bytes", "Number of heap bytes allocated and currently in use.", ms.HeapAlloc),
		g("heap_idle_bytes", "Number of heap bytes waiting to be used.", ms.HeapIdle),
		g("heap_inuse_bytes", "Number of heap bytes that are in use.", ms.HeapInuse),
		g("heap_objects", "Number of currently allocated objects.", ms.HeapObjects),
		g("heap_released_bytes", "Number of heap bytes released to OS.", ms.HeapReleased),
		g("heap_sys_bytes", "Number of heap bytes obtained from system.", ms.HeapSys),
		one("go_memstats_last_gc_time_seconds", "Number of seconds since 1970 of last garbage collection.", typeGauge, lastGC),
		c("mallocs_total", "Total number of heap objects allocated.", ms.Mallocs),
		g("mcache_inuse_bytes", "Number of bytes in use by mcache structures.", ms.MCacheInuse),
		g("mcache_sys_bytes", "Number of bytes used for mcache structures obtained from system.", ms.MCacheSys),
		g("mspan_inuse_bytes", "Number of bytes in use by mspan structures.", ms.MSpanInuse),
		g("mspan_sys_bytes", "Number of bytes used for mspan structures obtained from system.", ms.MSpanSys),
		g("next_gc_bytes", "Number of heap bytes when next garbage collection will take place.", ms.NextGC),
		g("other_sys_bytes", "Number of bytes used for other system allocations.", ms.OtherSys),
		g("stack_inuse_bytes", "Number of bytes obtained from system for stack allocator.", ms.StackInuse),
		g("stack_sys_bytes", "Number of bytes obtained from system for stack allocator.", ms.StackSys),
		g("sys_bytes", "Number of bytes obtained from system.", ms.Sys),
		one("go_sched_gomaxprocs_threads", "The current runtime.GOMAXPROCS setting, or the number of operating system threads that can execute user-level Go code simultaneously.", typeGauge, float64(runtime.GOMAXPROCS(0))),
		one("go_threads", "Number of OS threads created.", typeGauge, float64(threads)),
	}
	return append(out, processMetrics()...)
}

// processMetrics reads /proc/self (Linux): CPU time, memory, open and
// allowed file descriptors, start time. Nil without /proc.
func processMetrics() []constFamily {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return nil
	}
	// the fields after the command name, which is in parentheses and may
	// hold spaces: state is field 3 of proc(5), here index 0
	i := strings.LastIndexByte(string(stat), ')')
	if i < 0 {
		return nil
	}
	f := strings.Fields(string(stat[i+1:]))
	if len(f) < 22 {
		return nil
	}
	num := func(field int) float64 { // proc(5)'s field number
		v, _ := strconv.ParseFloat(f[field-3], 64)
		return v
	}
	const userHZ = 100 // sysconf(_SC_CLK_TCK) on Linux, as procfs assumes
	out := []constFamily{
		one("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", typeCounter, (num(14)+num(15))/userHZ),
		one("process_resident_memory_bytes", "Resident memory size in bytes.", typeGauge, num(24)*float64(os.Getpagesize())),
		one("process_virtual_memory_bytes", "Virtual memory size in bytes.", typeGauge, num(23)),
	}
	if fds, err := os.ReadDir("/proc/self/fd"); err == nil {
		out = append(out, one("process_open_fds", "Number of open file descriptors.", typeGauge, float64(len(fds))))
	}
	if limits, err := os.ReadFile("/proc/self/limits"); err == nil {
		for line := range strings.Lines(string(limits)) {
			if rest, ok := strings.CutPrefix(line, "Max open files"); ok {
				if soft := strings.Fields(rest); len(soft) > 0 {
					if v, err := strconv.ParseFloat(soft[0], 64); err == nil {
						out = append(out, one("process_max_fds", "Maximum number of open file descriptors.", typeGauge, v))
					}
				}
			}
		}
	}
	if boot := bootTime(); boot > 0 {
		out = append(out, one("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", typeGauge, boot+num(22)/userHZ))
	}
	return out
}

// bootTime is the btime line of /proc/stat: the boot time in seconds
// since 1970 (0 when unknown).
func bootTime() float64 {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, "btime "); ok {
			v, _ := strconv.ParseFloat(strings.TrimSpace(rest), 64)
			return v
		}
	}
	return 0
}
