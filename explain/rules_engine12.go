package explain

import "strings"

// engine12Rules holds the rules of held-out batch 12-engine (testdata/corpus/heldout12-engine*.tsv):
// the kinds its first run showed, each with the reason it generalises.
var engine12Rules = []rule{}

// withoutAddressLead drops the address a reply's text starts with, as
// Sendmail writes it ("<bob@b.example>... Service unavailable",
// "bob@b.example... User unknown") or Postfix ("<bob@b.example>: ..."), so
// that the words after it can be compared: Sendmail's own closing "554
// <addr>... Service unavailable" after the server's "552 <addr>... Mail
// quota exceeded" only sums up the earlier failure (decisive).
func withoutAddressLead(t string) string {
	if t == "" {
		return t
	}
	end := strings.IndexAny(t, " \t")
	if end < 0 {
		end = len(t)
	}
	w := t[:end]
	if strings.IndexByte(w, '@') < 0 && !(strings.HasPrefix(w, "<") && strings.Contains(w, ">")) {
		return t
	}
	rest := strings.TrimLeft(t[end:], " \t")
	switch {
	case strings.HasSuffix(w, "..."), strings.HasSuffix(w, ":"), strings.HasSuffix(w, ">"):
		return rest
	}
	return t
}

// closesReply reports whether the reply line t belongs to the failure
// before it (code, enh, and the words before it on its line, lead) although
// it carries a code of its own:
//
//   - a closing summary without detail after a failure of the same class:
//     no enhanced code or an X.0.0 one, and no words but "Service
//     unavailable" or the code's standard text (bareSummary), as Sendmail
//     closes its transcript ("<<< 550 5.1.1 ... User unknown" then "554
//     5.0.0 Service unavailable"); the failure before it decides (decisive);
//   - the next line of the same multi-line reply that lost its dash: the
//     same code and the same enhanced code, and words that go on with the
//     sentence (a small letter first: "550 5.1.1 ... Please try" then
//     "550 5.1.1 double-checking the recipient's ...").
//
// Any other reply line starts a reply of its own: a list of replies stays
// one explanation a line.
func closesReply(code int, enh, lead, t string) bool {
	if code < 400 || len(t) < 4 {
		return false
	}
	li := parseLineInfo(t, true)
	return li.reply && (li.bare || li.lead == lead) && closesReplyLine(lineInfo{code: code, enh: enh, lead: lead}, li)
}

// closesReplyLine is closesReply of a parsed line li after the failure prev.
func closesReplyLine(prev, li lineInfo) bool {
	if prev.code < 400 || li.code == 0 || li.code/100 != prev.code/100 || li.sep == '-' {
		return false
	}
	if (candidate{code: li.code, enh: li.enh, text: li.text}).bareSummary() {
		return true
	}
	if !li.bare || li.code != prev.code || li.enh == "" || li.enh != prev.enh {
		return false
	}
	w := strings.TrimSpace(li.text)
	return w != "" && 'a' <= w[0] && w[0] <= 'z'
}
