package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/session"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// SessionWriter renders the items of an smtpgw session as they happen:
// C:/S: lines, an explanation under every reply, EHLO extensions as a table
// with a meaning each, notes with "*". Without color the output is plain,
// stable text (the piped mode's transcript).
type SessionWriter struct {
	w  io.Writer
	st *Styles
}

// NewSessionWriter returns a writer to w; color selects ANSI colors.
func NewSessionWriter(w io.Writer, color bool) *SessionWriter {
	return &SessionWriter{w: w, st: NewStyles(w, color)}
}

// SetWidth sets the terminal's width: long lines wrap under their own text
// and explanation cards fit it; 0 (not a terminal) leaves every line whole
// and lays cards out at DefaultWidth.
func (sw *SessionWriter) SetWidth(n int) { sw.st.Width = n }

// Write renders one item.
func (sw *SessionWriter) Write(it session.Item) error {
	_, err := io.WriteString(sw.w, RenderSessionItem(sw.st, it))
	return err
}

// WriteSessionTranscript renders a whole transcript (":save").
func WriteSessionTranscript(w io.Writer, items []session.Item) error {
	st := NewStyles(w, false)
	var b strings.Builder
	for _, it := range items {
		b.WriteString(RenderSessionItem(st, it))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// replyClass is the class of a reply by its code (explain refines it).
func replyClass(code int) explain.Class {
	switch code / 100 {
	case 2, 3:
		return explain.ClassSuccess
	case 4:
		return explain.ClassTransient
	case 5:
		return explain.ClassPermanent
	}
	return explain.ClassUnknown
}

// RenderSessionItem renders one item as lines ending in "\n".
func RenderSessionItem(st *Styles, it session.Item) string {
	var b strings.Builder
	style := func(s lipgloss.Style, text string) string {
		if !st.Color {
			return text
		}
		return s.Render(text)
	}
	// line wraps on a terminal, continuing under the text after prefix
	line := func(prefix, text string, s lipgloss.Style) {
		indent := len(prefix)
		if strings.HasPrefix(prefix, "!") {
			indent = 2
		}
		b.WriteString(fold(prefix+text, st.Width, indent, func(l ...string) string { return style(s, l[0]) }))
	}
	switch it.Kind {
	case session.KindConnected:
		line("* ", "connected to "+it.Text, st.Dim)
	case session.KindSent:
		line("C: ", it.Text, st.Bold)
	case session.KindNote:
		line("* ", it.Text, st.Dim)
	case session.KindWarning:
		line("! warning: ", it.Text, st.StatusStyle(Warn))
	case session.KindError:
		line("! ", it.Text, st.StatusStyle(Fail))
	case session.KindReply:
		writeReply(&b, st, *it.Reply, it.Explanation, it.For, style)
	case session.KindTLS:
		t := it.TLS
		line("* ", "TLS: "+t.Summary, st.Dim)
		for _, c := range t.Chain {
			line("*   ", c, st.Dim)
		}
		if t.Verified {
			line("* ", "certificate verified", st.StatusStyle(Pass))
		} else {
			line("* ", "certificate NOT verified: "+t.Verify, st.StatusStyle(Warn))
		}
	case session.KindHelp:
		b.WriteString("Type SMTP commands as to telnet, or these meta commands:\n")
		w := 0
		for _, h := range it.Help {
			w = max(w, len(h.Usage))
		}
		for _, h := range it.Help {
			b.WriteString(fold(fmt.Sprintf("  %-*s  %s", w, h.Usage, h.Text), st.Width, hangIndent(2+w+2, st.Width), nil))
		}
	case session.KindExplain:
		b.WriteString("\n" + ExplanationCard(st, *it.Explanation) + "\n\n")
	}
	return b.String()
}

// writeReply renders a reply and its explanation; forCmd, when not "",
// is the command a pipelined reply answers, named on the ↳ line.
func writeReply(b *strings.Builder, st *Styles, rep smtpwire.Reply, e *explain.Explanation, forCmd string, style func(lipgloss.Style, string) string) {
	to := ""
	if forCmd != "" {
		to = "to " + forCmd + ": "
	}
	class := replyClass(rep.Code)
	if e != nil && e.Class != explain.ClassUnknown {
		class = e.Class
	}
	cs := classStyle(st, class)
	// An EHLO reply: the extensions as a table, a meaning beside each.
	var meanings []string
	width := 0
	if rep.Code == 250 && len(rep.Raw) > 1 {
		for i, raw := range rep.Raw {
			m := ""
			if i > 0 {
				kw, params, _ := strings.Cut(strings.TrimSpace(rep.Lines[i]), " ")
				if k, p, ok := strings.Cut(kw, "="); ok {
					kw, params = k, p+" "+params
				}
				m = explain.ExtensionMeaning(kw, params)
			}
			meanings = append(meanings, m)
			if m != "" && len(raw) <= 40 {
				width = max(width, len(raw))
			}
		}
	}
	plain := func(s lipgloss.Style) func(...string) string {
		return func(l ...string) string { return style(s, l[0]) }
	}
	for i, raw := range rep.Raw {
		text := "S: " + raw
		if i < len(meanings) && meanings[i] != "" {
			// the meaning continues under itself (or under the keyword when
			// the keyword column leaves it no room)
			pad := max(width-len(raw), 0) + 2
			b.WriteString(wrapWords(style(cs, text)+strings.Repeat(" ", pad)+style(st.Dim, meanings[i]), st.Width, hangIndent(3+max(width, len(raw))+2, st.Width)) + "\n")
			continue
		}
		b.WriteString(fold(text, st.Width, 3, plain(cs)))
	}
	if e == nil {
		if to != "" {
			b.WriteString(style(st.Dim, "   ↳ "+strings.TrimSuffix(to, ": ")) + "\n")
		}
		return
	}
	if class == explain.ClassSuccess {
		m := e.CodeMeaning
		if m == "" {
			m = e.Summary
		}
		b.WriteString(fold("   ↳ "+to+"success: "+m, st.Width, 5, plain(st.Dim)))
		return
	}
	head := fmt.Sprintf("   ↳ %s%s, %s: %s", to, class, e.Category, e.Summary)
	b.WriteString(fold(head, st.Width, 5, plain(cs)))
	if len(e.Remediation) > 0 {
		b.WriteString(fold("     first step: "+e.Remediation[0], st.Width, 7, plain(st.Dim)))
	}
}

// hangIndent is the indent of a column's continuation lines: the column's
// own start, or 4 when it would leave fewer than 30 columns to the text.
func hangIndent(col, width int) int {
	if width > 0 && width-col < 30 {
		return 4
	}
	return col
}

// SessionLine is one session item in --json output (one object a line;
// docs/schema/session.json).
type SessionLine struct {
	Kind        string               `json:"kind"`
	Text        string               `json:"text,omitempty"`
	For         string               `json:"for,omitempty"`
	Code        int                  `json:"code,omitempty"`
	Lines       []string             `json:"lines,omitempty"`
	Extensions  []SessionExtension   `json:"extensions,omitempty"`
	Explanation *explain.Explanation `json:"explanation,omitempty"`
	TLS         *session.TLSInfo     `json:"tls,omitempty"`
	Help        []session.HelpEntry  `json:"help,omitempty"`
}

// SessionExtension is one EHLO keyword of a reply, with its meaning.
type SessionExtension struct {
	Keyword string `json:"keyword"`
	Params  string `json:"params,omitempty"`
	Meaning string `json:"meaning,omitempty"`
}

// WriteSessionJSON writes one item as a JSON object on one line.
func WriteSessionJSON(w io.Writer, it session.Item) error {
	j := SessionLine{Kind: string(it.Kind), Text: it.Text, For: it.For, Explanation: it.Explanation, TLS: it.TLS, Help: it.Help}
	if it.Reply != nil {
		j.Code, j.Lines = it.Reply.Code, it.Reply.Raw
		if it.Reply.Code == 250 && len(it.Reply.Lines) > 1 {
			for _, l := range it.Reply.Lines[1:] {
				kw, params, _ := strings.Cut(strings.TrimSpace(l), " ")
				j.Extensions = append(j.Extensions, SessionExtension{Keyword: kw, Params: params, Meaning: explain.ExtensionMeaning(kw, params)})
			}
		}
	}
	b, err := json.Marshal(j)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
