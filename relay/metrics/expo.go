package metrics

// A small writer of the Prometheus text exposition format (version 0.0.4,
// https://prometheus.io/docs/instrumenting/exposition_formats/): counters,
// gauges and histograms with labels, written as client_golang writes
// them (families sorted by name, series by label values, HELP and TYPE
// lines, escaped HELP text and label values, floats in Go's shortest
// form). TestExpositionParses reads the output with Prometheus's own
// parser (github.com/prometheus/common/expfmt, a test-only import).

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Metric types (the word of the TYPE line).
const (
	typeCounter   = "counter"
	typeGauge     = "gauge"
	typeHistogram = "histogram"
	typeSummary   = "summary"
)

// series is one labelled time series of a family: an integer value (a
// counter's count or an integer gauge) or a histogram.
type series struct {
	labels []string // values, in the order of the family's label names
	n      atomic.Int64
	h      *histogram
}

// Inc adds one; Dec subtracts one (integer gauges).
func (s *series) Inc() { s.n.Add(1) }
func (s *series) Dec() { s.n.Add(-1) }

// Observe records v in the series' histogram.
func (s *series) Observe(v float64) { s.h.observe(v) }

// histogram counts observations in cumulative buckets (as Prometheus
// reads them: le="X" counts the observations ≤ X).
type histogram struct {
	upper  []float64       // the buckets' upper bounds, ascending, without +Inf
	counts []atomic.Uint64 // per bucket (not cumulative); the last is +Inf
	sum    atomic.Uint64   // float64 bits
}

func newHistogram(upper []float64) *histogram {
	return &histogram{upper: upper, counts: make([]atomic.Uint64, len(upper)+1)}
}

func (h *histogram) observe(v float64) {
	i, _ := slices.BinarySearch(h.upper, v) // first bound ≥ v: le is inclusive
	h.counts[i].Add(1)
	for {
		old := h.sum.Load()
		if h.sum.CompareAndSwap(old, math.Float64bits(math.Float64frombits(old)+v)) {
			break
		}
	}
}

// family is one metric name with its HELP text, type, label names and
// series. A family without label names has its one series from the start
// (exported at 0 before anything happened, as client_golang does);
// labelled series appear on first use.
type family struct {
	name, help, typ string
	labelNames      []string  // sorted, as the exposition writes them
	buckets         []float64 // histograms

	mu     sync.RWMutex
	series map[string]*series // key: the label values joined by 0xff
}

func newFamily(name, help, typ string, buckets []float64, labelNames ...string) *family {
	if !slices.IsSorted(labelNames) {
		panic("metrics: label names of " + name + " must be sorted")
	}
	f := &family{name: name, help: help, typ: typ, labelNames: labelNames, buckets: buckets, series: map[string]*series{}}
	if len(labelNames) == 0 {
		f.with()
	}
	return f
}

// with returns the series of the label values (in the order of the label
// names), making it on first use.
func (f *family) with(values ...string) *series {
	if len(values) != len(f.labelNames) {
		panic("metrics: " + f.name + " takes " + strconv.Itoa(len(f.labelNames)) + " label values")
	}
	key := strings.Join(values, "\xff")
	f.mu.RLock()
	s := f.series[key]
	f.mu.RUnlock()
	if s != nil {
		return s
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if s = f.series[key]; s == nil {
		s = &series{labels: slices.Clone(values)}
		if f.typ == typeHistogram {
			s.h = newHistogram(f.buckets)
		}
		f.series[key] = s
	}
	return s
}

// write appends the family to w (nothing for a labelled family without
// series yet).
func (f *family) write(w *expoWriter) {
	f.mu.RLock()
	all := make([]*series, 0, len(f.series))
	for _, s := range f.series {
		all = append(all, s)
	}
	f.mu.RUnlock()
	if len(all) == 0 {
		return
	}
	slices.SortFunc(all, func(a, b *series) int { return slices.Compare(a.labels, b.labels) })
	w.header(f.name, f.help, f.typ)
	for _, s := range all {
		if s.h == nil {
			w.sample(f.name, f.labelNames, s.labels, "", "", float64(s.n.Load()))
			continue
		}
		cum := uint64(0)
		for i := range s.h.counts {
			cum += s.h.counts[i].Load()
			le := math.Inf(1)
			if i < len(s.h.upper) {
				le = s.h.upper[i]
			}
			w.sample(f.name+"_bucket", f.labelNames, s.labels, "le", formatFloat(le), float64(cum))
		}
		// _count is the +Inf bucket: read together, they cannot disagree
		// when an observation lands between the two reads
		w.sample(f.name+"_sum", f.labelNames, s.labels, "", "", math.Float64frombits(s.h.sum.Load()))
		w.sample(f.name+"_count", f.labelNames, s.labels, "", "", float64(cum))
	}
}

// gaugeFamily is a family of gauges read at scrape time.
type gaugeFamily struct {
	name, help string
	labelNames []string
	values     []gaugeValue
}

type gaugeValue struct {
	labels []string
	v      float64
}

// expoWriter builds one exposition.
type expoWriter struct {
	b bytes.Buffer
}

// header writes the HELP and TYPE lines of a family.
func (w *expoWriter) header(name, help, typ string) {
	w.b.WriteString("# HELP ")
	w.b.WriteString(name)
	w.b.WriteByte(' ')
	escape(&w.b, help, false)
	w.b.WriteString("\n# TYPE ")
	w.b.WriteString(name)
	w.b.WriteByte(' ')
	w.b.WriteString(typ)
	w.b.WriteByte('\n')
}

// sample writes one sample line: name{label="value",...} v, with an extra
// label (le, quantile) after the others when extraName is set.
func (w *expoWriter) sample(name string, labelNames, labelValues []string, extraName, extraValue string, v float64) {
	w.b.WriteString(name)
	if len(labelNames) > 0 || extraName != "" {
		w.b.WriteByte('{')
		for i, n := range labelNames {
			if i > 0 {
				w.b.WriteByte(',')
			}
			w.label(n, labelValues[i])
		}
		if extraName != "" {
			if len(labelNames) > 0 {
				w.b.WriteByte(',')
			}
			w.label(extraName, extraValue)
		}
		w.b.WriteByte('}')
	}
	w.b.WriteByte(' ')
	w.b.WriteString(formatFloat(v))
	w.b.WriteByte('\n')
}

func (w *expoWriter) label(name, value string) {
	w.b.WriteString(name)
	w.b.WriteString(`="`)
	escape(&w.b, value, true)
	w.b.WriteByte('"')
}

// gauges writes a family of gauges read at scrape time (nothing when it
// has no values).
func (w *expoWriter) gauges(g gaugeFamily) {
	if len(g.values) == 0 {
		return
	}
	slices.SortFunc(g.values, func(a, b gaugeValue) int { return slices.Compare(a.labels, b.labels) })
	w.header(g.name, g.help, typeGauge)
	for i, v := range g.values {
		if i > 0 && slices.Equal(v.labels, g.values[i-1].labels) {
			continue // one series per label set: the first source's
		}
		w.sample(g.name, g.labelNames, v.labels, "", "", v.v)
	}
}

// escape writes s as the text format wants it: backslash and newline
// escaped in HELP text, and double quote too in label values.
func escape(b *bytes.Buffer, s string, quote bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '"' && quote:
			b.WriteString(`\"`)
		default:
			b.WriteByte(c)
		}
	}
}

// formatFloat writes a sample value as client_golang does: Go's shortest
// representation, and +Inf, -Inf, NaN.
func formatFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}
