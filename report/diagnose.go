package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// Diagnosis is what smtpgw diagnose renders: the verdict first, then the
// ranked findings.
type Diagnosis struct {
	Recipient string
	From      string
	Reply     string   // the pasted reply, when one was diagnosed
	Cause     string   // the verdict's one line: the most likely cause
	Side      string   // whose side acts: sender, recipient, network, none
	Evidence  []string // the reply, the record, the list
	Fix       []string
	Untested  []string // what the run could not look at
	Findings  []Finding
	ElapsedMS int64
}

var sideWords = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		"sender":    "you (the sender) must act",
		"recipient": "the recipient's side must act",
		"network":   "your network or hosting provider must act",
		"none":      "nothing to fix was found",
	}
}}

// WriteDiagnosis renders a diagnosis for a person. Its first line is the
// verdict: the most likely cause.
func WriteDiagnosis(w io.Writer, d Diagnosis, o TextOptions) error {
	st := o.styles(w)
	var b strings.Builder
	status := Fail
	if d.Side == "none" {
		status = Pass
	}
	width := o.Width
	b.WriteString(wrapWords(st.Status(status)+" "+st.Bold.Render(d.Cause), width, 5) + "\n")
	who := sideWords.Get()[d.Side]
	if who == "" {
		who = d.Side
	}
	b.WriteString(wrapWords("     "+st.Label.Render("who:")+" "+who, width, 10) + "\n")
	for _, e := range d.Evidence {
		fmt.Fprintf(&b, "     %s %s\n", st.Dim.Render("|"), e)
	}
	for i, f := range d.Fix {
		n := fmt.Sprintf("fix %d.", i+1)
		b.WriteString(wrapWords("     "+st.Label.Render(n)+" "+f, width, 6+len(n)) + "\n")
	}
	for _, u := range d.Untested {
		b.WriteString(wrapWords("     "+st.Dim.Render("not tested:")+" "+st.Dim.Render(u), width, 17) + "\n")
	}
	subject := "<" + d.Recipient + ">"
	if d.From != "" {
		subject = "<" + d.From + "> → " + subject
	}
	if d.Recipient == "" {
		subject = "the pasted reply"
	}
	fmt.Fprintf(&b, "\n%s %s\n", st.Title.Render("Findings"), st.Dim.Render(fmt.Sprintf("%s, %d ms", subject, d.ElapsedMS)))
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return WriteText(w, d.Findings, o)
}
