package explain

import (
	"regexp"
	"strconv"
	"strings"
)

// Minimal parser; the explain work replaces it with the full one (log, DSN and NDR forms).
var (
	reCode     = regexp.MustCompile(`\b([245][0-9][0-9])(?:[ -]|$)`)
	reEnhanced = regexp.MustCompile(`\b([245])\.([0-9]{1,3})\.([0-9]{1,3})\b`)
)

// Parse extracts one reply from s. It returns ErrNoCode when s carries
// neither a basic nor an enhanced code.
func Parse(s string) (Reply, error) {
	r := Reply{Input: s}
	if m := reCode.FindStringSubmatch(s); m != nil {
		r.Code, _ = strconv.Atoi(m[1])
	}
	if m := reEnhanced.FindAllString(s, -1); len(m) > 0 {
		r.Enhanced = m[len(m)-1]
	}
	if r.Code == 0 && r.Enhanced == "" {
		return r, ErrNoCode
	}
	r.Lines = strings.Split(strings.TrimRight(s, "\r\n"), "\n")
	r.Text = strings.TrimSpace(s)
	return r, nil
}

// Explain explains r.
func Explain(r Reply) Explanation {
	e := Explanation{Input: r.Input, Enhanced: r.Enhanced, Text: r.Text, Stage: r.Stage, RemoteHost: r.RemoteHost, Recipient: r.Recipient,
		Class: ClassUnknown, Category: Unknown, Remediation: []string{}, References: []string{}}
	if r.Code != 0 {
		c := r.Code
		e.Code = &c
	}
	d := r.Code / 100
	if d == 0 && r.Enhanced != "" {
		d = int(r.Enhanced[0] - '0')
	}
	switch d {
	case 2:
		e.Class, e.Category = ClassSuccess, Success
	case 4:
		e.Class, e.Retry = ClassTransient, true
	case 5:
		e.Class = ClassPermanent
	}
	return e
}

// ExplainText parses s and explains it.
func ExplainText(s string) (Explanation, error) {
	r, err := Parse(s)
	if err != nil {
		return Explanation{}, err
	}
	return Explain(r), nil
}
