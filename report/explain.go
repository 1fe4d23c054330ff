package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/smtpgw/smtpgw/explain"
)

// ExplainWidth is the widest an explanation card gets (a card wider than
// this is hard to read); on a narrower terminal it fits the terminal.
const ExplainWidth = 78

// cardWidth is the width of an explanation card for st.Width.
func cardWidth(st *Styles) int {
	return min(layoutWidth(st.Width)-2, ExplainWidth)
}

// RetryMeaning says what a class means for the sending MTA.
func RetryMeaning(c explain.Class) string {
	switch c {
	case explain.ClassTransient:
		return "temporary: the sending MTA keeps the message queued and retries by itself (usually for up to 5 days); fixing the cause speeds delivery up"
	case explain.ClassPermanent:
		return "permanent: the sending MTA does not retry, the message bounces; fix the cause, then resend"
	case explain.ClassSuccess:
		return "success: nothing to retry"
	}
	return "unknown: nothing in the input says whether this is temporary or permanent"
}

// RetryMeaningOf says what e's class means for whoever retries: the
// sending MTA for an SMTP reply (RetryMeaning); the sender's application for
// a sending service's API failure, which resends the request itself (a 5xx,
// 408 or 429 is worth resending with backoff, another 4xx is not). The JSON
// "retry" member says the same: true exactly when the class is transient.
func RetryMeaningOf(e *explain.Explanation) string {
	if !e.FromAPI() {
		return RetryMeaning(e.Class)
	}
	switch e.Class {
	case explain.ClassTransient:
		return "temporary: the service did not take the message; your application resends the same API request later, with exponential backoff and no sooner than a Retry-After header asks, and keeps the message queued meanwhile"
	case explain.ClassPermanent:
		return "permanent: the API refused the request and the same request fails again (a 4xx status other than 408 and 429 is not retried); fix the request, the key or the account, then send it again"
	}
	return RetryMeaning(e.Class)
}

// ActorMeaning says who must act, in words.
func ActorMeaning(a explain.Actor) string {
	switch a {
	case explain.ActorSender:
		return "the sender (the person or application that sent the message)"
	case explain.ActorSenderAdmin:
		return "the sender's mail administrator"
	case explain.ActorRecipient:
		return "the recipient"
	case explain.ActorRecipientAdmin:
		return "the recipient's mail administrator"
	}
	return "nobody: nothing needs to be done"
}

// WriteExplanations renders explanations as cards: bordered and colored
// with o.Color, plain text with the same information otherwise; a card is
// ExplainWidth wide, or narrower to fit a narrower terminal (o.Width).
func WriteExplanations(w io.Writer, es []explain.Explanation, o TextOptions) error {
	st := plainStyles(o.Width)
	if o.Color {
		st = o.styles(w)
	}
	// (w.Write, not io.WriteString: the io.StringWriter test builds an
	// interface table at run time, three page faults of a one-card answer)
	var b bytes.Buffer
	for i := range es {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(explanationCard(st, &es[i]))
		b.WriteString("\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}

// WriteExplanation is WriteExplanations of one explanation, given by
// pointer: an Explanation is 400 bytes, which a call by value copies into
// the caller's stack frame.
func WriteExplanation(w io.Writer, e *explain.Explanation, o TextOptions) error {
	st := plainStyles(o.Width)
	if o.Color {
		st = o.styles(w)
	}
	var b bytes.Buffer
	b.WriteString(explanationCard(st, e))
	b.WriteString("\n")
	_, err := w.Write(b.Bytes())
	return err
}

func classStyle(st *Styles, c explain.Class) lipgloss.Style {
	switch c {
	case explain.ClassSuccess:
		return st.StatusStyle(Pass)
	case explain.ClassTransient:
		return st.StatusStyle(Warn)
	case explain.ClassPermanent:
		return st.StatusStyle(Fail)
	}
	return st.StatusStyle(Info)
}

// ExplanationCard renders one explanation.
func ExplanationCard(st *Styles, e explain.Explanation) string { return explanationCard(st, &e) }

// explanationCard is ExplanationCard. What only a coloured card needs
// (lipgloss styles, 552 bytes each by value) is in functions of its own, so
// that a plain card is written with a small stack frame.
func explanationCard(st *Styles, e *explain.Explanation) string {
	inner := cardWidth(st) - 4
	if !st.Color {
		inner = cardWidth(st)
	}
	var b strings.Builder
	label := func(s string) string { return st.paint(&st.Label, fmt.Sprintf("%-10s", s)) }
	field := func(name, value string) {
		if value == "" {
			return
		}
		b.WriteString(label(name))
		b.WriteString(wrap(value, inner-10, 10))
		b.WriteString("\n")
	}

	// headline: codes, category, class
	head := []string{}
	if e.Code != nil {
		head = append(head, strconv.Itoa(*e.Code))
	}
	if e.Enhanced != "" {
		head = append(head, e.Enhanced)
	}
	if len(head) == 0 {
		head = append(head, "(no code)")
	}
	cls := strings.ToUpper(string(e.Class))
	if st.Color {
		cls = st.classLabel(e.Class, cls)
	}
	b.WriteString(st.paint(&st.Title, strings.Join(head, " ")) + "  " + cls + "  " + st.paint(&st.Bold, string(e.Category)))
	if e.Provider != "" {
		b.WriteString("  " + st.paint(&st.Dim, e.Provider))
	}
	b.WriteString("\n")
	b.WriteString(wrap(e.Summary, inner, 0))
	b.WriteString("\n\n")
	if e.Text != "" {
		field("Reply", truncate(e.Text, 600))
	}
	if e.Code != nil {
		field("Code", strconv.Itoa(*e.Code)+"  "+e.CodeMeaning)
	}
	if e.Enhanced != "" {
		field("Enhanced", e.Enhanced+"  "+e.EnhancedMeaning)
	}
	field("Note", e.Note)
	field("Category", string(e.Category))
	field("Provider", e.Provider)
	field("Blocklist", e.Blocklist)
	field("Stage", e.Stage)
	field("Host", e.RemoteHost)
	field("Client", e.Client)
	field("SASL user", e.User)
	field("Sender", e.Sender)
	rcpt := e.Recipient
	if e.OriginalRcpt != "" {
		rcpt += " (original recipient " + e.OriginalRcpt + ")"
	}
	field("Recipient", rcpt)
	field("Retry", RetryMeaningOf(e))
	field("Who acts", ActorMeaning(e.Actor))
	if len(e.Remediation) > 0 {
		b.WriteString(st.paint(&st.Label, "What to do") + "\n")
		for i, r := range e.Remediation {
			n := fmt.Sprintf("%d. ", i+1)
			b.WriteString("  " + st.paint(&st.Bold, n) + wrap(r, inner-2-len(n), 2+len(n)) + "\n")
		}
	}
	if len(e.References) > 0 {
		b.WriteString(st.paint(&st.Label, "References") + "\n")
		for _, r := range e.References {
			b.WriteString("  " + st.paintLines(&st.Dim, wrap(r, inner-2, 2)) + "\n")
		}
	}
	if e.Why != nil {
		writeWhy(&b, st, e.Why, inner)
	}
	out := strings.TrimRight(b.String(), "\n")
	if st.Color {
		return st.boxed(out)
	}
	return out
}

// classLabel paints a card's class (label, upper case) in its colour.
//
//go:noinline
func (st *Styles) classLabel(c explain.Class, label string) string {
	return classStyle(st, c).Render(label)
}

// boxed draws a card's border around its text.
//
//go:noinline
func (st *Styles) boxed(text string) string {
	return st.Box.Width(cardWidth(st)).Render(text)
}

// WriteList renders the --list table. On a terminal (o.Width > 0) a long
// meaning wraps under the meaning column (on a narrow one, under the code).
func WriteList(w io.Writer, es []explain.Entry, o TextOptions) error {
	st := o.styles(w)
	width := o.Width
	const meaningCol = 2 + 32 + 1 + 17 + 1
	indent := meaningCol
	if width > 0 && width-meaningCol < 24 {
		indent = 4
	}
	var b strings.Builder
	kind := ""
	titles := map[string]string{
		"reply":            "Reply codes (RFC 5321 and extensions)",
		"enhanced-class":   "Enhanced status code classes (RFC 3463)",
		"enhanced-subject": "Enhanced status code subjects (RFC 3463)",
		"enhanced":         "Enhanced status codes (IANA registry)",
		"provider":         "Provider-specific codes and texts",
		"wording":          "Common MTA wording (Postfix, Exim, Sendmail, Exchange) and blocklists",
	}
	for _, e := range es {
		if e.Kind != kind {
			if kind != "" {
				b.WriteString("\n")
			}
			kind = e.Kind
			title := titles[kind]
			if width > 0 {
				title = wrap(title, width, 0)
			}
			b.WriteString(renderLines(st.Title, title) + "\n")
		}
		code := e.Key
		if len(code) > 32 {
			code = code[:31] + "…"
		}
		meaning := e.Meaning
		if e.Provider != "" && !namesProvider(meaning, e.Provider) {
			meaning = e.Provider + ": " + meaning
		}
		line := fmt.Sprintf("  %-32s %s ", code, st.Dim.Render(fmt.Sprintf("%-17s", e.Category)))
		switch {
		case width == 0: // not a terminal: one line per entry, for grep
			b.WriteString(line + meaning + "\n")
		case indent != meaningCol:
			line = strings.TrimRight(line, " ") + "\n" + strings.Repeat(" ", indent)
			fallthrough
		default:
			b.WriteString(line + wrap(meaning, width-indent, indent) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// namesProvider reports whether a meaning already names its provider.
func namesProvider(meaning, provider string) bool {
	names := strings.FieldsFunc(provider, func(r rune) bool { return r == '/' || r == ' ' })
	switch provider {
	case "Gmail":
		names = append(names, "Google")
	case "Microsoft":
		names = append(names, "Outlook", "Exchange")
	}
	for _, n := range names {
		if strings.Contains(meaning, n) {
			return true
		}
	}
	return false
}

// renderLines styles each line on its own, so lipgloss does not pad a
// multi-line block to its widest line.
func renderLines(style lipgloss.Style, s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return strings.Join(lines, "\n")
}

// paintLines is renderLines through Styles.paint.
func (s *Styles) paintLines(style *lipgloss.Style, text string) string {
	if s.r == nil && !strings.ContainsAny(text, "\t\r") {
		return text // each line as it is (see paint)
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = s.paint(style, l)
	}
	return strings.Join(lines, "\n")
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// wrap breaks s into lines of at most width columns; continuation lines are
// indented by indent spaces.
func wrap(s string, width, indent int) string {
	if width < 20 {
		width = 20
	}
	words := strings.Fields(s)
	var b strings.Builder
	col := 0
	for _, w := range words {
		if col > 0 && col+1+len(w) > width {
			b.WriteString("\n" + strings.Repeat(" ", indent))
			col = 0
		} else if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

// writeWhy renders the --explain-why section: what decided the verdict and
// every rule that matched, best first.
func writeWhy(b *strings.Builder, st *Styles, w *explain.Why, inner int) {
	b.WriteString(st.paint(&st.Label, "Why") + "\n")
	b.WriteString("  " + wrap("Decided by "+w.Decided+".", inner-2, 2) + "\n")
	if len(w.Rules) == 0 {
		b.WriteString("  " + wrap("No rule matched the text.", inner-2, 2) + "\n")
		return
	}
	b.WriteString("  " + wrap(fmt.Sprintf("%d rule(s) matched, best first (rank: tier, then evidence, then the narrower category):", len(w.Rules)), inner-2, 2) + "\n")
	for _, r := range w.Rules {
		mark := "-"
		if r.Won {
			mark = "*"
		}
		line := fmt.Sprintf("%s %s  %s  %s, evidence %d", mark, r.Rule, r.Category, r.Tier, r.Evidence)
		if len(r.Matched) > 0 {
			line += ": " + strings.Join(r.Matched, ", ")
		}
		if r.Lost != "" {
			line += "; lost: " + r.Lost
		}
		b.WriteString("  " + wrap(line, inner-2, 4) + "\n")
	}
}
