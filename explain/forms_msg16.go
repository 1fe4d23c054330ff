package explain

import (
	"encoding/base64"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Whole bounce messages as people paste them (held-out batch 16-form, issue
// 10). A user pastes the entire notice they received, not the one line that
// matters: the notice's own header fields, the MIME structure of a
// multipart/report (RFC 6522: boundary lines, each part's Content-Type and
// Content-Transfer-Encoding), a human-readable part that may be base64 or
// quoted-printable, the message/delivery-status part (RFC 3464), and the
// returned message or its headers, whose own words (a Subject, a
// Message-ID, Authentication-Results, X-Spam-Status, DKIM-Signature, a
// Received line's "uid 550") are not the reason the delivery failed.
//
// wholeMessage reduces such a paste to what speaks of the delivery:
//
//   - header fields of the message and of its MIME parts are dropped, with
//     their folded continuation lines; the notice's own Subject (in the first
//     block of the input, or in a forwarded notice's header block) is kept,
//     since it often names the outcome ("Delayed Mail (still being
//     retried)", "Returned mail: Host unknown ...");
//   - MIME boundary lines and the preamble ("This is a MIME-encapsulated
//     message") are dropped;
//   - a base64 text part is decoded (its words may be the only reason: a
//     Domino report with Status 5.0.0); a base64 part that is no text (an
//     attachment) is dropped;
//   - the returned message is dropped: a part of type message/rfc822 or
//     text/rfc822-headers, and the text after the markers the MTAs write
//     before their copy ("------ This is a copy of the message, including
//     all the headers. ------", "--- Below this line is a copy of the
//     message.", "----- Original message -----", "Original message
//     headers:", ...) up to the next MIME boundary, if any.
//
// DSN fields (Final-Recipient, Action, Status, Diagnostic-Code, ...) are not
// header fields here and stay.
func wholeMessage(s string) string {
	if !mayBeWholeMessage(s) {
		return s
	}
	lines := strings.Split(s, "\n")
	bounds := mimeBoundaries(lines)
	out := make([]string, 0, len(lines))
	var (
		para       = 0     // the paragraph (blocks between blank lines) of the current line
		paraStart  = true  // the current line starts a paragraph
		headerPara = false // the current paragraph started with a message header field
		dropping   = false // continuation lines of a dropped field are dropped too
		partHead   = false // inside a MIME part's header block
		skipPart   = false // inside a part (or the tail of one) that is no wording of the notice
		partB64    = false // the body of the current part is base64
		partText   = true  // the current part is text
		b64        []string
	)
	flushB64 := func() {
		if len(b64) == 0 {
			return
		}
		if t, ok := decodeTextBase64(b64); ok && partText {
			out = append(out, strings.Split(t, "\n")...)
		}
		b64 = b64[:0]
	}
	for _, raw := range lines {
		ln := strings.TrimRight(raw, "\r")
		t, _ := quotedRest(ln)
		if isBoundaryLine(t, bounds) {
			flushB64()
			partHead, skipPart, partB64, partText, dropping = true, false, false, true, false
			paraStart, headerPara = true, false
			continue
		}
		if strings.TrimSpace(t) == "" {
			if partHead {
				partHead = false // the part's body follows
			} else if partB64 && len(b64) > 0 {
				flushB64()
				partB64 = false
			}
			dropping = false
			if !paraStart {
				para++
			}
			paraStart, headerPara = true, false
			if !skipPart {
				out = append(out, ln)
			}
			continue
		}
		first := paraStart
		paraStart = false
		if skipPart {
			continue
		}
		if dropping && (t[0] == ' ' || t[0] == '\t') {
			continue
		}
		dropping = false
		if partHead {
			if name, v, ok := headerField(t); ok {
				switch name {
				case "content-type":
					lv := lowerASCII(v)
					partText = strings.HasPrefix(lv, "text/plain") || strings.HasPrefix(lv, "text/html") || strings.HasPrefix(lv, "message/delivery-status") || strings.HasPrefix(lv, "multipart/")
					if strings.HasPrefix(lv, "message/rfc822") || strings.HasPrefix(lv, "text/rfc822-headers") || strings.HasPrefix(lv, "message/rfc822-headers") || strings.HasPrefix(lv, "message/global") {
						skipPart = true
					}
				case "content-transfer-encoding":
					partB64 = strings.EqualFold(strings.TrimSpace(v), "base64")
				}
				dropping = true
				continue
			}
			partHead = false
		}
		if partB64 && base64Line(t) {
			b64 = append(b64, strings.TrimSpace(t))
			continue
		}
		if returnedCopyMarker(t) {
			skipPart = true // up to the next boundary, or the end
			continue
		}
		if name, v, ok := headerField(t); ok {
			if first {
				headerPara = messageHeaderName(name) && name != "subject" && name != "from" && name != "to" && name != "date"
			}
			switch {
			case name == "content-transfer-encoding":
				partB64 = strings.EqualFold(strings.TrimSpace(v), "base64")
				partHead = false
				dropping = true
				continue
			case name == "subject" && !(headerPara && para > 0):
				out = append(out, ln) // the notice's own subject
				continue
			case messageHeaderName(name):
				dropping = true
				continue
			}
		}
		if mimePreamble(t) {
			continue
		}
		out = append(out, ln)
	}
	flushB64()
	return strings.Join(out, "\n")
}

// mayBeWholeMessage tells a paste that holds a message's header block (two
// header fields of a message on consecutive lines), a MIME part's
// Content-Type or Content-Transfer-Encoding, or a returned copy's marker: a
// one-line record that happens to start with "From:" is no message.
func mayBeWholeMessage(s string) bool {
	if strings.IndexByte(s, '\n') < 0 || indexFold(s, ": ") < 0 && indexFold(s, "copy of") < 0 && indexFold(s, "original message") < 0 {
		return false
	}
	prev := false
	for _, ln := range strings.Split(s, "\n") {
		t, _ := quotedRest(strings.TrimRight(ln, "\r"))
		if returnedCopyMarker(t) {
			return true
		}
		name, _, ok := headerField(t)
		if ok && (name == "content-type" || name == "content-transfer-encoding") {
			return true
		}
		hdr := ok && messageHeaderName(name)
		if hdr && prev {
			return true
		}
		prev = hdr || prev && t != "" && (t[0] == ' ' || t[0] == '\t')
	}
	return false
}

// quotedRest is a line without the quote marks ("> ", ">> ") a mail client
// put before it, and those marks.
func quotedRest(ln string) (rest, quote string) {
	i := 0
	for i < len(ln) && (ln[i] == '>' || ln[i] == ' ' && i > 0 && ln[i-1] == '>') {
		i++
	}
	if i == 0 {
		return ln, ""
	}
	return ln[i:], ln[:i]
}

// headerField splits an RFC 5322 header field ("Name: value"), the name in
// lower case. The name is a token of letters, digits and dashes that starts
// the line.
func headerField(t string) (name, value string, ok bool) {
	c := strings.IndexByte(t, ':')
	if c < 2 || c > 40 || !isAlpha(t[0]) {
		return "", "", false
	}
	for i := 1; i < c; i++ {
		if ch := t[i]; !isAlpha(ch) && !isDigit(ch) && ch != '-' {
			return "", "", false
		}
	}
	if c+1 < len(t) && t[c+1] != ' ' && t[c+1] != '\t' {
		return "", "", false
	}
	return lowerASCII(t[:c]), strings.TrimSpace(t[c+1:]), true
}

// messageHeaderPrefixes are the prefixes of the extension fields that carry
// no delivery's reason either ("X-Spam-Status", "X-MS-Exchange-Organization-SCL",
// "ARC-Seal").
var messageHeaderPrefixes = []string{"arc-", "x-spam", "x-virus", "x-ms-", "x-microsoft-", "x-forefront-", "x-google-", "x-gm-",
	"x-ymail-", "x-yahoo-", "x-sonic-", "x-ovh-", "x-vr-", "x-mailer", "x-originating-", "x-received", "x-originalarrivaltime",
	"x-mimeole", "x-msmail-", "x-priority", "x-apparently-", "x-original-to", "x-envelope-", "x-mail-", "x-proofpoint-",
	"x-ironport-", "x-mimecast-", "x-ses-", "x-mailgun-", "x-sg-", "x-report-abuse", "x-abuse", "x-campaign", "list-"}

// messageHeaderName: name is a header field of a message (RFC 5322, MIME,
// trace and the fields mail systems add) that never carries the reason a
// delivery failed: its words are the message's (a Subject, a Message-ID) or
// a filter's verdict on it, not on its delivery.
func messageHeaderName(name string) bool {
	switch name {
	case "return-path", "received", "from", "to", "cc", "bcc", "date", "subject", "message-id", "in-reply-to", "references",
		"reply-to", "sender", "mime-version", "content-type", "content-transfer-encoding", "content-description",
		"content-disposition", "content-id", "content-language", "auto-submitted", "delivered-to", "envelope-to",
		"dkim-signature", "domainkey-signature", "authentication-results", "received-spf", "user-agent", "precedence",
		"importance", "thread-index", "thread-topic", "accept-language", "organization", "feedback-id", "return-receipt-to",
		"disposition-notification-to", "sent", "list-id", "list-unsubscribe":
		return true
	}
	for _, p := range messageHeaderPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// mimeBoundaries collects the boundary parameters a paste declares
// (boundary="..." in a Content-Type), and the boundary lines of a part
// pasted without its message's header ("--" and a token alone on a line,
// followed by a Content- field).
func mimeBoundaries(lines []string) map[string]bool {
	var bs map[string]bool
	add := func(b string) {
		if b == "" {
			return
		}
		if bs == nil {
			bs = map[string]bool{}
		}
		bs[b] = true
	}
	for i, ln := range lines {
		t, _ := quotedRest(strings.TrimRight(ln, "\r"))
		if k := indexFold(t, "boundary="); k >= 0 {
			v := t[k+len("boundary="):]
			if strings.HasPrefix(v, "\"") {
				if e := strings.IndexByte(v[1:], '"'); e >= 0 {
					add(v[1 : 1+e])
				}
			} else {
				if e := strings.IndexAny(v, "; \t"); e >= 0 {
					v = v[:e]
				}
				add(v)
			}
			continue
		}
		tt := strings.TrimSpace(t)
		if len(tt) >= 12 && strings.HasPrefix(tt, "--") && !strings.ContainsAny(tt, " \t") && tt[2] != '-' && i+1 < len(lines) {
			next, _ := quotedRest(strings.TrimSpace(lines[i+1]))
			if len(next) > 8 && strings.EqualFold(next[:8], "content-") {
				add(strings.TrimSuffix(tt[2:], "--"))
			}
		}
	}
	return bs
}

func isBoundaryLine(t string, bs map[string]bool) bool {
	if len(bs) == 0 || !strings.HasPrefix(t, "--") {
		return false
	}
	b := strings.TrimSpace(t[2:])
	return bs[b] || bs[strings.TrimSuffix(b, "--")]
}

// returnedCopyMarker: a line with which a notice introduces the returned
// message or its headers (Exim, qmail and Yahoo, Gmail, Exchange,
// OpenSMTPD, Postfix's text-only form and other servers' templates).
func returnedCopyMarker(t string) bool {
	t = strings.TrimSpace(t)
	if t == "----- Original message -----" { // Gmail (an Outlook reply's "----- Original Message -----" is no copy)
		return true
	}
	l := lowerASCII(t)
	for _, m := range []string{"------ this is a copy of the message", "--- below this line is a copy of the message", "original message headers",
		"below is a copy of the original message", "your original message headers are attached", "--- the header of the original message is following",
		"------ this is a copy of your message", "----- original message headers -----"} {
		if strings.HasPrefix(l, m) {
			return true
		}
	}
	return false
}

// mimePreamble is the text a MIME message carries before its first part for
// readers that do not know MIME.
func mimePreamble(t string) bool {
	l := lowerASCII(strings.TrimSpace(t))
	return strings.HasPrefix(l, "this is a mime-encapsulated message") || strings.HasPrefix(l, "this is a multi-part message in mime format") ||
		strings.HasPrefix(l, "this is a multipart message in mime format")
}

// base64Line: a line of a base64 body (RFC 2045 §6.8): the alphabet only,
// padding at its end.
func base64Line(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 4 {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !(isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=' && i >= len(t)-2) {
			return false
		}
	}
	return true
}

// decodeTextBase64 decodes the lines of a base64 part into text; ok is
// false for what is no text (binary data, invalid encoding).
func decodeTextBase64(lines []string) (string, bool) {
	b, err := base64.StdEncoding.DecodeString(strings.Join(lines, ""))
	if err != nil || len(b) == 0 || !utf8.Valid(b) || isBinary(string(b)) {
		return "", false
	}
	return strings.ReplaceAll(string(b), "\r\n", "\n"), true
}

// A report about several recipients (RFC 3464 §2.3: one group of
// per-recipient fields each, and in the text part one paragraph each) is
// explained by one of them, chosen by its Action: a recipient that failed
// decides over one whose delivery is delayed, and a delayed one over one
// that was delivered, relayed or expanded (the report was sent because of
// it); among recipients of the same action the first listed decides. Two
// notices about one message pasted one after the other (a delay warning,
// then the bounce) are read the same way: the failure decides.
//
// recipientGroup is one group: its lines (indexes into the paste's lines),
// its recipient and its action's rank.
type recipientGroup struct {
	from, to int // lines [from, to)
	rcpt     string
	final    bool // the group has its Final-Recipient
	orig     bool // ... its Original-Recipient
	action   string
	rank     int
}

// chooseRecipient keeps, of a paste that reports on several recipients with
// different outcomes, what speaks of the recipient that decides, and says so
// in a note. The recipient is chosen by the delivery-status groups' actions
// when the paste has them, else, in a notice's text alone (Exim's and
// Postfix's text-only bounces, sendmail's, qmail's, an Exchange NDR), it is
// the first recipient listed with a reply. The other groups, the text
// sections that start with another recipient's address ("<b@x>: host ...
// said:", Exim's "  b@x" and the lines under it, sendmail's "<b@x>" and
// its "(reason: ...)"), and the lines elsewhere that quote a reply about
// another recipient only (a transcript's "<<< 550 5.1.1 <b@x>... User
// unknown") are dropped. A paste about one recipient, or whose recipients
// all got the same reply, is returned as it is.
func chooseRecipient(s string) (string, string) {
	if strings.Count(s, "\n") < 2 || strings.IndexByte(s, '@') < 0 {
		return s, ""
	}
	lines := strings.Split(s, "\n")
	drop := make([]bool, len(lines))
	others := map[string]bool{}
	chosen, note := "", ""
	if gs := dsnGroups(lines); len(gs) >= 2 {
		best, same, ok := 0, true, true
		for k := range gs {
			if gs[k].action == "" {
				ok = false // a group without its outcome: nothing to choose by
				break
			}
			if gs[k].rank > gs[best].rank {
				best = k
			}
			if k > 0 && !sameGroupText(lines, gs[0], gs[k]) {
				same = false
			}
		}
		if ok && !same {
			for k, g := range gs {
				if k == best {
					continue
				}
				for i := g.from; i < g.to; i++ {
					drop[i] = true
				}
				if g.rcpt != "" && !strings.EqualFold(g.rcpt, gs[best].rcpt) {
					others[lowerASCII(g.rcpt)] = true
				}
			}
			chosen = gs[best].rcpt
			who := chosen
			if who == "" {
				who = "the one that " + gs[best].action
			}
			note = "The report covers " + strconv.Itoa(len(gs)) + " recipients with different outcomes; " + who +
				" (" + gs[best].action + ") is explained: a failed recipient decides over a delayed one, a delayed one over one delivered, and the first listed among equals."
		}
	}
	secs := recipientSections(lines)
	if note == "" {
		// a notice's text alone: the first recipient listed with a reply
		var first recipientSection
		for _, sc := range secs {
			if !sc.reply {
				continue
			}
			switch {
			case first.rcpt == "":
				first = sc
			case !strings.EqualFold(sc.rcpt, first.rcpt) && !sameSectionText(lines, first, sc):
				others[lowerASCII(sc.rcpt)] = true
			}
		}
		if len(others) == 0 {
			return s, ""
		}
		chosen = first.rcpt
		note = "The notice lists " + strconv.Itoa(len(others)+1) + " recipients with different replies; " + chosen +
			", the first listed, is explained."
	}
	for _, sc := range secs {
		if others[lowerASCII(sc.rcpt)] {
			for i := sc.from; i < sc.to; i++ {
				drop[i] = true
			}
		}
	}
	lowChosen := lowerASCII(chosen)
	for i, ln := range lines {
		if drop[i] || len(others) == 0 {
			continue
		}
		low := lowerASCII(ln)
		if chosen != "" && strings.Contains(low, lowChosen) || findCode(ln, false) < 0 {
			continue
		}
		for o := range others {
			if strings.Contains(low, o) {
				drop[i] = true // a reply quoted about another recipient only
				break
			}
		}
	}
	kept := make([]string, 0, len(lines))
	for i, ln := range lines {
		if !drop[i] {
			kept = append(kept, ln)
		}
	}
	return strings.Join(kept, "\n"), note
}

// dsnGroups finds the per-recipient groups of DSN fields in lines: a group
// starts at a Final-Recipient, Original-Recipient or Action field when the
// group before has that field already or a blank line came between (the
// fields of a group may come in any order); per-message fields
// (Reporting-MTA, Arrival-Date) belong to no group.
func dsnGroups(lines []string) []recipientGroup {
	var gs []recipientGroup
	cur := -1
	for i, raw := range lines {
		t := strings.TrimSpace(unquoted(raw))
		if t == "" {
			cur = -1
			continue
		}
		f, v, ok := dsnField(t)
		if !ok {
			if cur >= 0 && (raw[0] == ' ' || raw[0] == '\t' || strings.HasPrefix(strings.TrimLeft(raw, "> "), " ")) {
				gs[cur].to = i + 1 // a folded field value
			}
			continue
		}
		if cur >= 0 && (f == "final-recipient" && gs[cur].final || f == "original-recipient" && (gs[cur].final || gs[cur].orig) || f == "action" && gs[cur].action != "") {
			cur = -1 // the next recipient's group
		}
		if cur < 0 {
			if f != "final-recipient" && f != "original-recipient" && f != "action" {
				continue
			}
			gs = append(gs, recipientGroup{from: i, to: i + 1})
			cur = len(gs) - 1
		}
		g := &gs[cur]
		g.to = i + 1
		switch f {
		case "final-recipient":
			g.rcpt, g.final = dsnAddress(v), true
		case "original-recipient":
			g.orig = true
			if g.rcpt == "" {
				g.rcpt = dsnAddress(v)
			}
		case "action":
			g.action = lowerASCII(firstWord(v))
			g.rank = actionRank(g.action)
		}
	}
	return gs
}

// recipientSection is the part of a notice's text about one recipient: a
// line that starts with its address, and the lines under it up to the next
// such line or a blank line; reply tells that a reply code is among them.
type recipientSection struct {
	from, to int
	rcpt     string
	reply    bool
}

func recipientSections(lines []string) []recipientSection {
	var secs []recipientSection
	cur := -1
	for i, raw := range lines {
		t := strings.TrimSpace(unquoted(raw))
		if t == "" {
			cur = -1
			continue
		}
		if a := sectionAddress(t); a != "" {
			secs = append(secs, recipientSection{from: i, to: i + 1, rcpt: a})
			cur = len(secs) - 1
		} else if cur < 0 {
			continue
		}
		sc := &secs[cur]
		sc.to = i + 1
		if !sc.reply && (findCode(t, false) >= 0 || findEnhanced(t) >= 0) {
			sc.reply = true
		}
	}
	return secs
}

// sectionAddress is the address a recipient's section of a notice starts
// with: alone on its line ("  b@x.example", "<b@x.example>") or before a
// colon ("<b@x.example>: host ... said:", "b@x.example: 550 ..."); an
// address inside a reply ("<x@y.example> 550 (rejected)") starts none.
func sectionAddress(t string) string {
	a := leadingAddress(t)
	if a == "" {
		return ""
	}
	rest := t[strings.Index(t, a)+len(a):]
	rest = strings.TrimPrefix(rest, ">")
	if rest == "" || rest == ":" || strings.HasPrefix(rest, ": ") {
		return a
	}
	return ""
}

// sameSectionText: two recipients' sections say the same but for the
// address (one reply for all).
func sameSectionText(lines []string, a, b recipientSection) bool {
	text := func(sc recipientSection) string {
		return strings.ReplaceAll(lowerASCII(strings.Join(lines[sc.from:sc.to], " ")), lowerASCII(sc.rcpt), "")
	}
	return strings.Join(strings.Fields(text(a)), " ") == strings.Join(strings.Fields(text(b)), " ")
}

func actionRank(a string) int {
	switch a {
	case "failed":
		return 3
	case "delayed":
		return 2
	case "delivered", "relayed", "expanded":
		return 1
	}
	return 0
}

// dsnAddress is the address of a recipient field's value ("rfc822;
// a@b.example", "RFC822; <a@b.example>").
func dsnAddress(v string) string {
	if i := strings.IndexByte(v, ';'); i >= 0 {
		v = v[i+1:]
	}
	return strings.Trim(strings.TrimSpace(v), "<>")
}

// leadingAddress is the address a line of a notice's text starts with
// ("<a@b.example>: host ...", "a@b.example: 550 ...", Exim's "a@b.example"
// alone), or "".
func leadingAddress(t string) string {
	t = strings.TrimPrefix(t, "<")
	end := strings.IndexAny(t, ">: \t")
	if end < 0 {
		end = len(t)
	}
	a := t[:end]
	if at := strings.IndexByte(a, '@'); at <= 0 || at == len(a)-1 {
		return ""
	}
	return a
}

// sameGroupText: two groups say the same but for the recipient (the same
// action, status and diagnostic).
func sameGroupText(lines []string, a, b recipientGroup) bool {
	text := func(g recipientGroup) string {
		var parts []string
		for i := g.from; i < g.to; i++ {
			t := strings.TrimSpace(unquoted(lines[i]))
			if f, _, ok := dsnField(t); ok && (f == "final-recipient" || f == "original-recipient") {
				continue
			}
			parts = append(parts, t)
		}
		return strings.Join(parts, " ")
	}
	return a.action == b.action && strings.EqualFold(strings.ReplaceAll(text(a), a.rcpt, ""), strings.ReplaceAll(text(b), b.rcpt, ""))
}

// On standard input (Scanner), a report's blocks of DSN fields are one
// report: the per-message fields, a blank line, then one group per
// recipient, each after a blank line (RFC 3464 §2.1). After a blank line the
// pending fields wait for the next line: a recipient's group (Final- or
// Original-Recipient, Action) goes on with them, anything else (a new
// report's Reporting-MTA, a reply, text) flushes them first.
func (s *Scanner) dsnContinues(t string) {
	s.dsnGap = false
	if f, _, ok := dsnField(unquoted(t)); ok && (f == "final-recipient" || f == "original-recipient" || f == "action") {
		s.dsn = append(s.dsn, "")
		return
	}
	s.flushDSN()
}

// dsnTextWrapped: t continues the pending fields' last Diagnostic-Code
// although it lost its indentation (a mail client re-wrapped the part at 72
// columns, or quoted it): the field's text is open, and t is neither a
// field, nor a reply, nor a log line of its own.
func dsnTextWrapped(dsn []string, t string) bool {
	last := ""
	for i := len(dsn) - 1; i >= 0; i-- {
		if dsn[i] != "" && !strings.HasPrefix(dsn[i], " ") {
			last = dsn[i]
			break
		}
	}
	if f, _, ok := dsnField(last); !ok || f != "diagnostic-code" {
		return false
	}
	u := unquoted(t)
	if u == "" || startsWithCode(u) || logPrefixed(u) && !bracketedIP(u) || isDSNFieldStart([]byte(u)) && !strings.Contains(u, "://") && !(u[0] >= 'a' && u[0] <= 'z') { // (a field's name is capitalized; "rejected: User unknown ..." is the text's next line: held-out batch 25-parse)
		return false
	}
	return true
}

// bracketedIP: t starts with an IP address in brackets ("[203.0.113.66]
// blocked using ..."), which is no log line's bracketed time or level.
func bracketedIP(t string) bool {
	if len(t) < 8 || t[0] != '[' {
		return false
	}
	e := strings.IndexByte(t, ']')
	if e < 8 {
		return false
	}
	dots := 0
	for i := 1; i < e; i++ {
		switch c := t[i]; {
		case c == '.':
			dots++
		case c == ':' || isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f':
		default:
			return false
		}
	}
	return dots == 3 || strings.Count(t[:e], ":") >= 2
}

// replyRecipient is the recipient a reply is about: the one it names, or the
// address its text starts with (a bounce's "<a@b.example>: host ... said:").
func replyRecipient(r Reply) string {
	if r.Recipient != "" {
		return r.Recipient
	}
	first := r.Input
	if i := strings.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	return leadingAddress(strings.TrimSpace(unquoted(first)))
}

// repeatsLast: the DSN fields just read report the failure the reply
// before them explained (a bounce's text names the recipient and the
// server's reply, its delivery-status part says the same): no second
// explanation.
func (s *Scanner) repeatsLast(r Reply) bool {
	return s.lastRcpt != "" && r.Recipient != "" && strings.EqualFold(r.Recipient, s.lastRcpt) && r.Code != 0 && r.Code == s.lastCode &&
		s.lastOut > 0
}

// timestampLead: t starts with a date and a time of day ("Sun 2026-12-06
// 10:30:02:", "2026/12/06 10:30"), maybe after a weekday: a record of a
// session transcript that a notice indents (MDaemon's "--- Session
// Transcript ---"), a line of its own and not the folded continuation of
// the line before.
func timestampLead(t string) bool {
	if len(t) > 4 && isAlpha(t[0]) && isAlpha(t[1]) && isAlpha(t[2]) && (t[3] == ' ' || t[3] == ',') {
		t = strings.TrimLeft(t[4:], " ")
	}
	if len(t) < 16 || !isDigit(t[0]) || !isDigit(t[1]) || !isDigit(t[2]) || !isDigit(t[3]) || t[4] != '-' && t[4] != '/' ||
		!isDigit(t[5]) || !isDigit(t[6]) || t[7] != t[4] || !isDigit(t[8]) || !isDigit(t[9]) {
		return false
	}
	t = strings.TrimLeft(t[10:], " T")
	return len(t) >= 5 && isDigit(t[0]) && isDigit(t[1]) && t[2] == ':' && isDigit(t[3]) && isDigit(t[4])
}

// messageStart: the first line of standard input starts a whole notice, to
// be read as one paste (as the argument is) and not as a list of lines: a
// header field a message starts with, an mbox separator, a forwarded or
// replied message's marker, an HTML document or text with markup, or the
// opening line of an MTA's bounce text.
func messageStart(t string) bool {
	if t == "" {
		return false
	}
	if name, _, ok := headerField(t); ok {
		switch name {
		case "return-path", "received", "delivered-to", "envelope-to", "from", "subject", "date", "message-id", "mime-version", "content-type", "x-failed-recipients":
			return true
		}
		return false
	}
	if (strings.HasPrefix(t, "&lt;") || len(t) > 2 && t[0] == '<' && isAlpha(t[1])) && markupLine(t) {
		return true // a text with markup (a web archive's copy, an HTML part's source)
	}
	l := lowerASCII(t)
	for _, p := range []string{"from mailer-daemon ", "<html", "<!doctype html", "-------- forwarded message --------", "---------- forwarded message ---------",
		"begin forwarded message:", "-----original message-----", "this is the mail system at host", "this message was created automatically by mail delivery software",
		"hi. this is the qmail-send program", "delivery has failed to these recipients or groups", "----- the following addresses had permanent fatal errors -----",
		"this is an automatically generated delivery status notification", "this is a delivery status notification from"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// atStart: no line with anything in it has been read yet (blank lines
// aside).
func (s *Scanner) atStart() bool {
	return s.Skipped == 0 && s.lastOut == 0 && len(s.queue) == 0 && !s.coded && len(s.prose) == 0 && s.idle()
}

// signature reports a line that belongs to a signature pasted after a
// reply (RFC 3676 §4.3: "-- " on a line of its own, often without its
// space): the delimiter, and after it the lines of prose (a name, a phone
// number, a disclaimer that "scans all e-mail for viruses"), which are no
// delivery wording. A log line, a reply or a DSN field after the delimiter
// ends the signature: grep's "--" between groups of log lines is no
// signature. The lines are counted as lines not explained.
func (s *Scanner) signature(t string) bool {
	if t == "--" && s.coded && !s.msg {
		s.flushAll()
		s.inSig = true
		s.Skipped++
		return true
	}
	if !s.inSig || t == "" {
		return false
	}
	if logPrefixed(t) || startsWithCode(t) || isDSNFieldStart([]byte(t)) && strings.Contains(t, ": ") && dsnFieldLine(t) {
		s.inSig = false
		return false
	}
	s.Skipped++
	return true
}

func dsnFieldLine(t string) bool {
	_, _, ok := dsnField(t)
	return ok
}
