package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/send"
)

// SendLive renders a send's transcript as it happens: a header line per
// connection attempt, the C:/S:/* lines with millisecond timestamps, and
// under every 4xx/5xx reply its explanation.
type SendLive struct {
	w  io.Writer
	st *Styles
	mu sync.Mutex
}

// NewSendLive returns a live renderer writing to w; on a terminal of width
// columns (0: not a terminal) every line wraps under its own text.
func NewSendLive(w io.Writer, color bool, width int) *SendLive {
	st := NewStyles(w, color)
	st.Width = width
	return &SendLive{w: w, st: st}
}

// Handle renders one event; it is safe for concurrent use.
func (l *SendLive) Handle(ev send.Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var b strings.Builder
	switch ev.Kind {
	case send.EventWarning:
		b.WriteString(fold(ev.Text, l.st.Width, 2, l.st.StatusStyle(Warn).Render))
	case send.EventInfo:
		b.WriteString(fold(ev.Text, l.st.Width, 2, l.st.Label.Render))
	case send.EventAttempt:
		writeAttemptHeader(&b, l.st, ev.Attempt)
	case send.EventLine:
		writeLine(&b, l.st, ev.Line.Format())
	case send.EventStep:
		writeExplanation(&b, l.st, ev.Step)
	}
	io.WriteString(l.w, b.String())
}

func writeAttemptHeader(b *strings.Builder, st *Styles, a *send.Attempt) {
	s := "=== " + a.Target()
	if a.MXPreference != nil {
		s += fmt.Sprintf(" (MX preference %d)", *a.MXPreference)
	}
	b.WriteString(fold(s, st.Width, 4, st.Bold.Render))
}

// writeLine writes one transcript line ("   12ms S: 250 ..."); on a
// terminal a long line continues under the text after "S: ".
func writeLine(b *strings.Builder, st *Styles, line string) {
	indent := 2
	for _, dir := range []string{"ms C: ", "ms S: ", "ms *: "} {
		if i := strings.Index(line, dir); i >= 0 {
			indent = i + len(dir)
			if dir == "ms *: " {
				b.WriteString(fold(line, st.Width, indent, st.Dim.Render))
				return
			}
			break
		}
	}
	b.WriteString(fold(line, st.Width, indent, nil))
}

const explainIndent = "           "

// writeExplanation writes the explanation of a 4xx/5xx step, two lines:
// the class, category and summary, then the first remediation step.
func writeExplanation(b *strings.Builder, st *Styles, s *send.Step) {
	if s == nil || s.Code < 400 || s.Explanation == nil {
		return
	}
	e := s.Explanation
	status := Warn
	if e.Class == explain.ClassPermanent || s.Code >= 500 {
		status = Fail
	}
	head := fmt.Sprintf("^ %s, %s", className(e.Class, s.Code), e.Category)
	if e.Summary != "" {
		head += ": " + e.Summary
	}
	b.WriteString(fold(explainIndent+head, st.Width, len(explainIndent)+2, st.StatusStyle(status).Render))
	if len(e.Remediation) > 0 {
		b.WriteString(wrapWords(explainIndent+st.Label.Render("^ next:")+" "+e.Remediation[0], st.Width, len(explainIndent)+2) + "\n")
	}
}

func className(c explain.Class, code int) string {
	switch c {
	case explain.ClassTransient:
		return "temporary"
	case explain.ClassPermanent:
		return "permanent"
	case explain.ClassSuccess:
		return "success"
	}
	switch code / 100 {
	case 4:
		return "temporary"
	case 5:
		return "permanent"
	}
	return "unknown"
}

func verdictStatus(s send.Status) Status {
	switch s {
	case send.Accepted, send.Stopped:
		return Pass
	case send.Partial, send.Deferred:
		return Warn
	}
	return Fail
}

// WriteSendVerdict writes the final verdict: one line saying accepted
// (with the queue id), stopped, deferred, rejected or failed, at which stage,
// where and why; then the first remediation step and, when there are
// several recipients or not all were accepted, one line per recipient.
func WriteSendVerdict(w io.Writer, v send.Verdict, color bool, width int) error {
	st := NewStyles(w, color)
	var b strings.Builder
	tag := st.StatusStyle(verdictStatus(v.Status)).Render(strings.ToUpper(string(v.Status)))
	accepted := 0
	for _, r := range v.Recipients {
		if r.Status == send.Accepted {
			accepted++
		}
	}
	n := len(v.Recipients)
	var line string
	switch v.Status {
	case send.Accepted:
		line = fmt.Sprintf("by %s for %d/%d recipients", v.Server, accepted, n)
		if v.QueueID != "" {
			line += ", queue id " + v.QueueID
		} else {
			line += " (no queue id in the reply)"
		}
	case send.Partial:
		line = fmt.Sprintf("by %s for %d/%d recipients", v.Server, accepted, n)
		if v.QueueID != "" {
			line += ", queue id " + v.QueueID
		}
		line += "; not accepted at " + v.StageName() + ": " + describe(v)
	case send.Stopped:
		line = fmt.Sprintf("after %s at %s as asked (quit after %s)", v.Stage, v.Server, v.Stage)
		if v.Stage == send.StageRcpt {
			line += fmt.Sprintf(": %d/%d recipients accepted", accepted, n)
		} else {
			line += ": no failure so far"
		}
	default:
		line = "at " + v.StageName()
		if v.Server != "" {
			line += " by " + v.Server
		}
		line += ": " + describe(v)
		if v.Attempts > 1 {
			line += fmt.Sprintf(" (after %d attempts)", v.Attempts)
		}
	}
	b.WriteString(wrapWords(tag+" "+line, width, 2) + "\n")
	if v.Remediation != "" && !v.OK() {
		b.WriteString(wrapWords("  "+st.Label.Render("next:")+" "+v.Remediation, width, 8) + "\n")
	}
	if n > 1 {
		aw := 0
		for _, r := range v.Recipients {
			aw = max(aw, len(r.Address))
		}
		for _, r := range v.Recipients {
			rs := st.StatusStyle(verdictStatus(r.Status)).Render(fmt.Sprintf("%-8s", r.Status))
			detail := strings.TrimSpace(strings.Join(strings.Fields(fmt.Sprintf("%s %s %s", codeStr(r.Code), r.Enhanced, r.Text)), " "))
			if r.Category != "" && r.Status != send.Accepted {
				detail += " [" + string(r.Category) + "]"
			}
			// the detail continues under itself, or under the address when
			// the address column leaves it no room
			indent := 2 + 8 + 1 + aw + 2
			if width > 0 && width-indent < 30 {
				indent = 4
			}
			b.WriteString(wrapWords(fmt.Sprintf("  %s %-*s  %s", rs, aw, r.Address, st.Dim.Render(detail)), width, indent) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func codeStr(c int) string {
	if c == 0 {
		return ""
	}
	return fmt.Sprint(c)
}

// describe renders why: the reason, with the category and class when a
// reply decided.
func describe(v send.Verdict) string {
	s := v.Reason
	var tags []string
	if v.Category != "" {
		tags = append(tags, string(v.Category))
	}
	if v.Code >= 400 {
		tags = append(tags, className(v.Class, v.Code))
	}
	if len(tags) > 0 {
		s += " [" + strings.Join(tags, ", ") + "]"
	}
	return s
}

// WriteLoadSummary renders a --count run: messages per status and per
// category, messages per second, latency, sample failures and the verdict.
func WriteLoadSummary(w io.Writer, r *send.LoadResult, color bool, width int) error {
	st := NewStyles(w, color)
	var b strings.Builder
	for _, wn := range r.Warnings {
		b.WriteString(fold(wn, width, 2, st.StatusStyle(Warn).Render))
	}
	b.WriteString(wrapWords(fmt.Sprintf("%s %d messages over %d connection(s) to %s in %.2f s: %s",
		st.Bold.Render("Sent"), r.Count, r.Connections, orDash(r.Server), r.ElapsedMS/1000, st.Bold.Render(fmt.Sprintf("%.1f msgs/s", r.MsgsPerSec))), width, 2) + "\n")
	for _, s := range []send.Status{send.Accepted, send.Deferred, send.Rejected, send.Failed} {
		fmt.Fprintf(&b, "  %-9s %d\n", s, r.ByStatus[s])
	}
	if len(r.ByCategory) > 0 {
		keys := make([]string, 0, len(r.ByCategory))
		for k := range r.ByCategory {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if r.ByCategory[keys[i]] != r.ByCategory[keys[j]] {
				return r.ByCategory[keys[i]] > r.ByCategory[keys[j]]
			}
			return keys[i] < keys[j]
		})
		fmt.Fprintf(&b, "%s\n", st.Label.Render("not accepted, by category:"))
		for _, k := range keys {
			fmt.Fprintf(&b, "  %-16s %d\n", k, r.ByCategory[k])
		}
	}
	if r.ByStatus[send.Accepted] > 0 {
		fmt.Fprintf(&b, "%s p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n", st.Label.Render("latency ms (MAIL to end of data):"),
			r.Latency.P50, r.Latency.P90, r.Latency.P99, r.Latency.Max)
	}
	for _, s := range r.Samples {
		b.WriteString(wrapWords(fmt.Sprintf("  %s %dx %s at %s: %s", st.StatusStyle(verdictStatus(s.Status)).Render(strings.ToUpper(string(s.Status))), s.Count, orDash(string(s.Category)), send.ExplainStage(s.Stage), s.Reason), width, 4) + "\n")
	}
	tag := st.StatusStyle(verdictStatus(r.Verdict)).Render(strings.ToUpper(string(r.Verdict)))
	fmt.Fprintf(&b, "%s %d/%d messages accepted\n", tag, r.ByStatus[send.Accepted], r.Count)
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// WriteSendStart is the line before a send's live transcript: which
// message, how big, from whom to whom; it wraps on a terminal of width
// columns (0: not a terminal).
func WriteSendStart(w io.Writer, m *send.Message, from send.Address, to []string, width int) error {
	id := "a message"
	if m.MessageID != "" {
		id = "<" + m.MessageID + ">"
	}
	_, err := io.WriteString(w, fold(fmt.Sprintf("Sending %s (%d bytes) from %s to %s", id, len(m.Data), from, strings.Join(to, ", ")), width, 2, nil))
	return err
}

// WriteLoadQuiet is a load test's result in one line (send -q).
func WriteLoadQuiet(w io.Writer, r *send.LoadResult) error {
	_, err := fmt.Fprintf(w, "%s %d/%d messages accepted, %.1f msgs/s\n", strings.ToUpper(string(r.Verdict)), r.ByStatus[send.Accepted], r.Count, r.MsgsPerSec)
	return err
}

// LoadProgress draws a load test's self-overwriting progress line on a
// terminal, at most every 200 ms and once at the end; safe for concurrent
// use.
type LoadProgress struct {
	w    io.Writer
	mu   sync.Mutex
	last time.Time
}

// NewLoadProgress returns a progress line writing to w (a terminal's
// stderr).
func NewLoadProgress(w io.Writer) *LoadProgress { return &LoadProgress{w: w} }

// Update shows done of total messages.
func (p *LoadProgress) Update(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if done != total && time.Since(p.last) <= 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\r%d/%d messages", done, total)
	if done == total {
		fmt.Fprintln(p.w)
	}
}

// WriteNotice writes one of smtpgw's own lines to stderr, such as a
// warning before sending: "smtpgw: " and text.
func WriteNotice(w io.Writer, text string) error {
	_, err := fmt.Fprintf(w, "smtpgw: %s\n", text)
	return err
}
