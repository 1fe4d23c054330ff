// Package finding is smtpgw's findings model: a Finding is one checked fact
// with a verdict (Status), what it is about (Target), evidence and what to
// do. It is a leaf: it imports nothing of smtpgw, so every domain package
// (the mail standards, probe, check, diagnose) can produce findings without
// pulling in a renderer, a terminal library or another command's code.
// Renderers (package report) import it; it never imports them.
package finding

import (
	"encoding/json"
	"fmt"
	"net"
	"sort"
	"strconv"
)

// Status is the verdict of one finding.
type Status string

// Statuses, from best to worst.
const (
	Pass Status = "pass"
	Info Status = "info"
	Warn Status = "warn"
	Fail Status = "fail"
)

// Rank orders statuses: pass < info < warn < fail. Unknown statuses rank as fail.
func (s Status) Rank() int {
	switch s {
	case Pass:
		return 0
	case Info:
		return 1
	case Warn:
		return 2
	default:
		return 3
	}
}

// ParseStatus parses a status name as given to --fail-on.
func ParseStatus(s string) (Status, error) {
	switch Status(s) {
	case Pass, Info, Warn, Fail:
		return Status(s), nil
	}
	return "", fmt.Errorf("unknown status %q: use pass, info, warn or fail", s)
}

// Target is what a finding is about. Empty fields are not applicable.
type Target struct {
	Domain string `json:"domain,omitempty"`
	Host   string `json:"host,omitempty"`
	Addr   string `json:"addr,omitempty"`
	Port   int    `json:"port,omitempty"`
}

// String renders a target compactly: "mx1.example.test[192.0.2.1]:25",
// "[2001:db8::1]:587", or the domain.
func (t Target) String() string {
	port := ""
	if t.Port != 0 {
		port = ":" + strconv.Itoa(t.Port)
	}
	switch {
	case t.Host != "":
		s := t.Host
		if t.Addr != "" && t.Addr != t.Host {
			s += "[" + t.Addr + "]"
		}
		return s + port
	case t.Addr != "":
		if t.Port != 0 {
			return net.JoinHostPort(t.Addr, strconv.Itoa(t.Port))
		}
		return t.Addr
	default:
		return t.Domain + port
	}
}

// Finding is one checked fact with a verdict.
type Finding struct {
	ID          string   `json:"id"`                 // stable id, e.g. "starttls.missing"
	Status      Status   `json:"status"`             // pass, info, warn, fail
	Target      Target   `json:"target"`             // what it is about
	Summary     string   `json:"summary"`            // one line
	Detail      string   `json:"detail,omitempty"`   // more words, when useful
	Remediation []string `json:"remediation"`        // what to do, in order; empty for pass
	Evidence    []string `json:"evidence,omitempty"` // reply lines, records as received
	Category    string   `json:"category,omitempty"` // explain category, for reply-driven findings
}

// MarshalJSON writes the finding with Remediation as [] when there is none
// (a pass), never null: one absent value for every --json array.
func (f Finding) MarshalJSON() ([]byte, error) {
	type plain Finding // without this method
	p := plain(f)
	if p.Remediation == nil {
		p.Remediation = []string{}
	}
	return json.Marshal(p)
}

// Sort orders findings worst first, then by target and id, stably.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Status.Rank() != b.Status.Rank() {
			return a.Status.Rank() > b.Status.Rank()
		}
		if ta, tb := a.Target.String(), b.Target.String(); ta != tb {
			return ta < tb
		}
		return a.ID < b.ID
	})
}

// Worst returns the worst status among fs, or Pass when fs is empty.
func Worst(fs []Finding) Status {
	w := Pass
	for _, f := range fs {
		if f.Status.Rank() > w.Rank() {
			w = f.Status
		}
	}
	return w
}

// Reaches reports whether any finding is at least as bad as failOn.
func Reaches(fs []Finding, failOn Status) bool {
	for _, f := range fs {
		if f.Status.Rank() >= failOn.Rank() {
			return true
		}
	}
	return false
}

// Counts returns how many findings have each status.
func Counts(fs []Finding) map[Status]int {
	m := map[Status]int{}
	for _, f := range fs {
		m[f.Status]++
	}
	return m
}
