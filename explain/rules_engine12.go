package explain

import "strings"

// engine12Rules holds the rules of held-out batch 12-engine (testdata/corpus/heldout12-engine*.tsv):
// the kinds its first run showed, each with the reason it generalises.
var engine12Rules = []rule{
	// A bare 551, or one whose text says nothing more: RFC 5321 §3.4 meant
	// "user not local; please try <forward-path>", a recipient that is not
	// hosted here, with its new address in the reply (mta.moved reads that
	// wording). Servers use 551 at least as often for a recipient they do
	// not serve at all: relaying refused ("551 Relay request denied", "551
	// not our customer", "551 This is not a relay host"), or an address
	// that does not exist ("551 5.1.1 user does not exist"); the category
	// is not known from the code alone.
	{ID: "code.551", Codes: []int{551}, Cat: Unknown, Weak: true,
		Summary: "The server refused the recipient permanently with 551, RFC 5321's \"user not local; please try <forward-path>\", without saying more: the recipient is not hosted by this server. RFC 5321 meant a recipient that moved (the reply names the new address); servers also use 551 when they refuse to relay for a domain they do not serve, or for an address that does not exist.",
		Actor:   ActorSender,
		Fix: []string{"If the reply names another address, send to that address.",
			"Check that you deliver to the recipient domain's own mail servers (`dig MX domain`) and, if you relay through this server, that you authenticate: a server that does not host the domain refuses to relay with 551.",
			"Otherwise confirm the address with the recipient by another channel."},
		Refs: []string{"RFC 5321 §3.4, §4.2.3"}},
	// Microsoft's NDR states an unknown recipient in words before the
	// server's reply: "ann wasn't found at far.example" (the Office 365
	// and Outlook.com NDR's summary line); the quoted reply itself may be
	// only "550 5.5.0 Requested action not taken: mailbox unavailable".
	{ID: "engine12.ndr-not-found-at", Any: []string{"wasn't found at", "was not found at"}, Cat: UserUnknown,
		Summary: "The recipient address does not exist at the receiving domain (the NDR says the recipient \"wasn't found at\" it).",
		Refs:    []string{"https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"}},
}

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

// splitInlineDSN splits a line of DSN fields that lost its line breaks (a
// webmail view of the delivery-status part, "Final-Recipient: rfc822;
// a@b.example Action: failed Status: 5.7.1 ... Diagnostic-Code: smtp; 554
// ...") into one field a line, as the report has them: the line starts
// with a DSN field and names at least one more (" Status: ", " Diagnostic-
// Code: ", ...) after a space.
func splitInlineDSN(lines []string) []string {
	var out []string
	for i, ln := range lines {
		t := strings.TrimSpace(ln)
		if _, _, ok := dsnField(t); !ok || len(t) < 20 {
			if out != nil {
				out = append(out, ln)
			}
			continue
		}
		cuts := inlineDSNCuts(t)
		if len(cuts) == 0 {
			if out != nil {
				out = append(out, ln)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+len(cuts)), lines[:i]...)
		}
		prev := 0
		for _, c := range cuts {
			out = append(out, strings.TrimSpace(t[prev:c]))
			prev = c
		}
		out = append(out, strings.TrimSpace(t[prev:]))
	}
	if out == nil {
		return lines
	}
	return out
}

// inlineDSNCuts returns where DSN field names start after a space in t
// (not at its start).
func inlineDSNCuts(t string) []int {
	var cuts []int
	for i := 1; i < len(t)-1; i++ {
		if t[i-1] != ' ' || !isAlpha(t[i]) {
			continue
		}
		if _, _, ok := dsnField(t[i:]); ok {
			cuts = append(cuts, i)
		}
	}
	return cuts
}

// quoteOnly reports a line of nothing but quote marks (">", ">>", "> >"):
// a blank line of a message a mail client quoted ("> " before every line
// of a forwarded bounce), which ends a paragraph as a blank line does.
func quoteOnly(t string) bool {
	if t == "" || t[0] != '>' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '>' && t[i] != ' ' && t[i] != '\t' {
			return false
		}
	}
	return true
}

// proseWithReply reads the free text before the first reply together with
// it, as one paste, when the reply continues that text: its line is
// indented under it, or the text's last line introduces it (ends in ":").
// A Java exception names its cause on the lines below it ("Exception in
// thread "main" jakarta.mail.SendFailedException: Invalid Addresses;",
// "  nested exception is:", "    ...SMTPAddressFailedException: 553 5.1.3
// ..."): the reply decides, the words above are its context. So is text
// whose lines name no cause of their own (leadProse: a provider bounce's
// lead lines, scan_prov19.go). ok is false when the text and the reply are
// a list's lines.
func (s *Scanner) proseWithReply(r Reply) (Reply, bool) {
	n := len(s.prose)
	if n == 0 || r.Input == "" {
		return r, false
	}
	last := strings.TrimSpace(s.prose[n-1])
	if i := strings.IndexByte(r.Input, '\n'); i > 0 && strings.HasSuffix(strings.TrimSpace(r.Input[:i]), ":") {
		last = r.Input[:i] // the reply's own line that introduces it ("The response from the remote server was:")
	}
	if r.Input[0] != ' ' && r.Input[0] != '\t' && !strings.HasSuffix(last, ":") && !exceptionLine(last) && !leadProse(s.prose, r.Input) && !replyFirstLineCut(last, r.Input) && !markdownLead(s.prose) {
		// (a line that names an exception, then the reply it wrapped: Bugsnag's
		// "Net::SMTPFatalError in MailDeliveryJob" over its message, forms_engine14.go)
		return r, false
	}
	if s.psize+len(r.Input) >= MaxInput {
		return r, false
	}
	for _, p := range s.prose {
		if strings.TrimSpace(p) == "" {
			return r, false // (paragraphs: a pasted message is read whole elsewhere)
		}
	}
	jr, err := parse(strings.Join(append(s.prose, r.Input), "\n"), true)
	if err != nil {
		return r, false
	}
	s.prose, s.psize = s.prose[:0], 0
	return jr, true
}
