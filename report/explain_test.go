package report

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/smtpgw/smtpgw/explain"
)

func TestWrap(t *testing.T) {
	t.Parallel()
	s := wrap(strings.Repeat("word ", 50), 30, 4)
	for i, l := range strings.Split(s, "\n") {
		if i > 0 && !strings.HasPrefix(l, "    ") {
			t.Errorf("continuation line %q not indented", l)
		}
		if len(strings.TrimLeft(l, " ")) > 30 {
			t.Errorf("line %q longer than 30", l)
		}
	}
	if got := wrap("", 30, 0); got != "" {
		t.Errorf("wrap of nothing: %q", got)
	}
}

func TestExplanationCardPlainAndColor(t *testing.T) {
	t.Parallel()
	e, err := explain.ExplainText("550-5.7.26 This mail has been blocked because the sender is\n550 5.7.26 unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. gsmtp")
	if err != nil {
		t.Fatal(err)
	}
	var plain, color bytes.Buffer
	if err := WriteExplanations(&plain, []explain.Explanation{e}, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteExplanations(&color, []explain.Explanation{e}, TextOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	p := plain.String()
	if strings.Contains(p, "\x1b[") || strings.Contains(p, "╭") {
		t.Errorf("plain card has escapes or borders:\n%s", p)
	}
	for _, want := range []string{"550 5.7.26", "PERMANENT", "sender-auth", "Gmail", "Enhanced  5.7.26 Multiple authentication checks failed", "Who acts  the sender's mail administrator", "  1. ", "support.google.com"} {
		if !strings.Contains(p, want) {
			t.Errorf("plain card lacks %q:\n%s", want, p)
		}
	}
	c := color.String()
	if !strings.Contains(c, "\x1b[") || !strings.Contains(c, "╭") || !strings.Contains(c, "╯") {
		t.Errorf("color card lacks colors or border:\n%s", c)
	}
}

func TestRetryAndActorWords(t *testing.T) {
	t.Parallel()
	for _, c := range []explain.Class{explain.ClassSuccess, explain.ClassTransient, explain.ClassPermanent, explain.ClassUnknown} {
		if !strings.HasPrefix(RetryMeaning(c), map[explain.Class]string{explain.ClassSuccess: "success", explain.ClassTransient: "temporary", explain.ClassPermanent: "permanent", explain.ClassUnknown: "unknown"}[c]) {
			t.Errorf("%s: %q", c, RetryMeaning(c))
		}
	}
	if ActorMeaning(explain.ActorRecipientAdmin) != "the recipient's mail administrator" || !strings.HasPrefix(ActorMeaning(explain.ActorNone), "nobody") {
		t.Error("actor words")
	}
	if !namesProvider("Google: the account exceeded its quota", "Gmail") || namesProvider("The recipient is unknown", "Yahoo/AOL") || !namesProvider("Yahoo/AOL defer mail", "Yahoo/AOL") {
		t.Error("namesProvider")
	}
}

func TestWriteListPlain(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := WriteList(&b, explain.List(), TextOptions{}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{"Reply codes (RFC 5321 and extensions)", "Enhanced status codes (IANA registry)", "Provider-specific codes and texts", "  X.7.30 ", "\"[TSS04]\""} {
		if !strings.Contains(s, want) {
			t.Errorf("list lacks %q", want)
		}
	}
	if strings.Contains(s, "\x1b[") {
		t.Error("escapes in plain list")
	}
}

// A card is ExplainWidth wide at most and fits a narrower terminal.
func TestExplanationCardFitsTerminal(t *testing.T) {
	t.Parallel()
	e, err := explain.ExplainText("550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ width, max int }{{0, ExplainWidth}, {200, ExplainWidth}, {50, 48}} {
		for _, color := range []bool{false, true} {
			var b strings.Builder
			if err := WriteExplanations(&b, []explain.Explanation{e}, TextOptions{Color: color, Width: tc.width}); err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(b.String(), "\n") {
				if w := ansi.StringWidth(l); w > tc.max+2 || (!color && w > tc.max) {
					t.Errorf("width %d color %v: line of %d columns: %q", tc.width, color, w, l)
				}
			}
		}
	}
}

// A plain card (plainStyles: no lipgloss) is byte for byte the card that
// lipgloss renders with colour off, for every entry the explainer knows,
// with and without --explain-why, at every width; and for texts with the
// characters lipgloss changes (tabs, "\r\n", several lines, wide runes).
func TestPlainCardIsLipglossCard(t *testing.T) {
	t.Parallel()
	var es []explain.Explanation
	for _, en := range explain.List() {
		in := strings.Trim(en.Key, `"`)
		if en.Code == 0 && !strings.ContainsAny(in[:1], "0123456789X") {
			in = "550 " + in
		}
		r, err := explain.Parse(strings.ReplaceAll(in, "X.", "4."))
		if err != nil {
			continue
		}
		es = append(es, explain.Explain(r), explain.ExplainWhy(r))
	}
	if len(es) < 200 {
		t.Fatalf("only %d explanations to compare", len(es))
	}
	odd := explain.Explain(explain.Reply{Text: "user\tunknown"})
	odd.Provider = "Some\tProvider\r\nsecond line"
	odd.Category = "wide\t字符"
	odd.Text = "a\r\nb\tc"
	odd.References = []string{"ref\twith tab\nand a line", "plain", "x\r\ny"}
	odd.Remediation = []string{"one\ttab", "two\nlines\r\nthree"}
	es = append(es, odd)
	for _, width := range []int{0, 40, 63, 80, 200} {
		full := NewStyles(io.Discard, false)
		full.Width = width
		plain := plainStyles(width)
		for _, e := range es {
			want := ExplanationCard(full, e)
			if got := ExplanationCard(plain, e); got != want {
				t.Fatalf("width %d, %q: plain card differs from lipgloss's\ngot:\n%s\nwant:\n%s", width, e.Text, got, want)
			}
		}
	}
	full := NewStyles(io.Discard, false)
	plain := plainStyles(0)
	for _, s := range []string{"", "x", " a ", "\t", "a\tb", "a\r\nbb", "a\nbbb\n", "\n", "字\tx\ny", "a\rb", "é\n\tz  "} {
		for _, l := range []lipgloss.Style{full.Title, full.Label, full.Dim, full.Bold} {
			if got, want := plain.paint(&l, s), l.Render(s); got != want {
				t.Errorf("paint(%q) = %q, lipgloss %q", s, got, want)
			}
			if got, want := plain.paintLines(&l, s), renderLines(l, s); got != want {
				t.Errorf("paintLines(%q) = %q, lipgloss %q", s, got, want)
			}
		}
	}
}

// The Retry line of a sending service's API failure speaks of the
// application that resends the request, not of a sending MTA; an SMTP
// reply's keeps the MTA (issue 10, helper engine13).
func TestRetryMeaningOfAPI(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
		not  string
	}{
		{"HTTP/1.1 503 Service Unavailable", "resends the same API request", "sending MTA"},
		{"HTTP/1.1 429 Too Many Requests", "resends the same API request", "sending MTA"},
		{"HTTP/1.1 422 Unprocessable Entity {\"message\":\"invalid recipient\"}", "4xx status other than 408 and 429 is not retried", "sending MTA"},
		{"451 4.3.0 Local error in processing", "sending MTA keeps the message queued", "API"},
	} {
		e, err := explain.ExplainText(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		got := RetryMeaningOf(&e)
		if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%q: %q", c.in, got)
		}
	}
}
