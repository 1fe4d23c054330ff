package explain

import (
	"fmt"
	"strings"
)

// MaxInput is the longest input Parse accepts. SMTP reply lines are at most
// 512 octets (RFC 5321 §4.5.3.1.5); a pasted bounce excerpt or log line is
// far below this. Longer input is not an SMTP reply.
const MaxInput = 64 << 10

// Parse extracts one reply from s: a bare code ("421"), an enhanced code
// ("5.7.26"), a reply ("550 5.1.1 ..."), a multi-line reply ("550-5.7.26 ..."
// lines), a Postfix or Exim log line, DSN fields (Diagnostic-Code, Status,
// Remote-MTA, Final-Recipient) or Microsoft NDR text. It returns an error
// wrapping ErrNoCode when s carries neither a basic nor an enhanced code,
// except for the log lines known to report a refusal or failure without one
// (Exim's "rejected RCPT <x>: TEXT", "temporarily rejected ...", and its
// "** a@b: TEXT" / "== a@b ...: TEXT" delivery failures): those come back
// with Code 0, the text, and the class in Action ("failed" or "delayed").
func Parse(s string) (Reply, error) {
	return parse(s, false)
}

// ParseLine is Parse for one line of a log or of piped input: a bare number
// in running text is not taken for a reply code unless it starts the line,
// is followed by an enhanced code, or sits in a known log form.
func ParseLine(s string) (Reply, error) {
	return parse(s, true)
}

func parse(s string, strict bool) (Reply, error) { return parseKnown(s, strict, nil) }

// parseKnown is parse for a caller that has already read s as one line
// (known, from parseLineInfo(s, strict)): the Scanner does not read every
// reply line twice.
func parseKnown(s string, strict bool, known *lineInfo) (Reply, error) {
	r := Reply{Input: s}
	if len(s) > MaxInput {
		return r, fmt.Errorf("%w: the input is %d bytes, longer than any SMTP reply (limit %d)", ErrNoCode, len(s), MaxInput)
	}
	if isBinary(s) {
		return r, fmt.Errorf("%w: the input is binary data", ErrNoCode)
	}
	lines := splitLines(s)
	var (
		replyLines []string
		replyTexts []string
		replyCode  int
		replyEnh   string
		statusEnh  string
		other      *lineInfo
	)
	for _, ln := range lines {
		var li lineInfo
		if known != nil && len(lines) == 1 && known.line == ln {
			li = *known
		} else {
			li = parseLineInfo(ln, strict)
		}
		first(&r.RemoteHost, li.host)
		first(&r.Recipient, li.rcpt)
		first(&r.OriginalRecipient, li.origRcpt)
		first(&r.Sender, li.sender)
		first(&r.Client, li.client)
		first(&r.User, li.user)
		first(&r.Note, li.note)
		first(&r.Stage, li.stage)
		first(&r.Action, li.action)
		if li.status != "" {
			statusEnh = li.status
		}
		if !li.reply {
			continue
		}
		if li.bare && li.code != 0 && (replyCode == 0 || replyCode == li.code) && other == nil {
			// a (part of a) multi-line reply
			replyCode = li.code
			replyLines = append(replyLines, li.line)
			if li.enh != "" {
				replyEnh = li.enh // the last line's enhanced code wins
			}
			if li.text != "" {
				replyTexts = append(replyTexts, li.text)
			}
			continue
		}
		if replyCode == 0 && (other == nil || other.code == 0 && li.code != 0) {
			l := li
			other = &l
		}
	}
	switch {
	case replyCode != 0:
		r.Code, r.Enhanced, r.Lines = replyCode, replyEnh, replyLines
		r.Text = strings.Join(replyTexts, " ")
	case other != nil:
		r.Code, r.Enhanced, r.Text = other.code, other.enh, other.text
		if other.code != 0 {
			r.Lines = []string{other.replyLine}
		}
	}
	if r.Recipient == "" {
		r.Recipient, r.OriginalRecipient = r.OriginalRecipient, ""
	}
	if strings.EqualFold(r.Recipient, r.OriginalRecipient) {
		r.OriginalRecipient = ""
	}
	if r.Enhanced == "" {
		r.Enhanced = statusEnh
	}
	if r.Enhanced == "" && r.Code != 0 {
		r.Enhanced = enhancedInText(r.Text, r.Code)
	}
	if r.Code == 0 && r.Enhanced == "" && (other == nil || !other.refusal || r.Text == "") {
		return r, fmt.Errorf("%w", ErrNoCode)
	}
	return r, nil
}

// isBinary reports control bytes other than tab, CR, LF and ESC.
func isBinary(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != 0x1b || c == 0x7f {
			return true
		}
	}
	return false
}

// splitLines splits s into lines, dropping CRs and empty lines, and joins
// folded continuation lines (leading white space) to the line before.
func splitLines(s string) []string {
	var groups [][]string // each line with its folded continuation lines
	for _, ln := range strings.Split(s, "\n") {
		ln = strings.TrimRight(ln, "\r")
		if strings.TrimSpace(ln) == "" {
			continue
		}
		if len(groups) > 0 && (ln[0] == ' ' || ln[0] == '\t') && !startsWithCode(strings.TrimSpace(ln)) {
			groups[len(groups)-1] = append(groups[len(groups)-1], strings.TrimSpace(ln))
			continue
		}
		groups = append(groups, []string{strings.TrimRight(ln, " \t")})
	}
	out := make([]string, len(groups))
	for i, g := range groups {
		out[i] = strings.Join(g, " ")
	}
	return out
}

func startsWithCode(s string) bool {
	return len(s) >= 3 && isCodeAt(s, 0) && (len(s) == 3 || s[3] == ' ' || s[3] == '-')
}

// lineInfo is what one line says.
type lineInfo struct {
	line      string // the line as given
	replyLine string // the reply part of the line ("550 5.1.1 ...")
	reply     bool   // carries a code or enhanced code
	bare      bool   // the line is a reply line itself (can be part of a multi-line reply)
	code      int
	sep       byte // ' ' or '-' after the code (multi-line marker), 0 when none
	enh       string
	text      string
	stage     string
	host      string
	rcpt      string
	origRcpt  string // the address the sender used (orig_to=, Original-Recipient:)
	sender    string
	client    string
	user      string
	note      string
	refusal   bool // a log line known to report a refusal or failure that carries no code (Exim)
	action    string
	status    string // DSN Status: / dsn= enhanced code
}

func parseLineInfo(line string, strict bool) lineInfo {
	li := lineInfo{line: line}
	t := strings.TrimSpace(line)
	low := lowerASCII(t)

	// DSN fields (RFC 3464 §2.3).
	if f, v, ok := dsnField(t, low); ok {
		switch f {
		case "diagnostic-code":
			if i := strings.IndexByte(v, ';'); i >= 0 {
				v = strings.TrimSpace(v[i+1:])
			}
			li.fromReply(v, false)
			li.bare = false
		case "status":
			if e, ok := leadingEnhanced(v); ok {
				li.status = e
			}
		case "remote-mta":
			li.host = hostPart(afterSemicolon(v))
		case "final-recipient":
			li.rcpt = strings.Trim(afterSemicolon(v), "<>")
		case "original-recipient":
			li.origRcpt = strings.Trim(afterSemicolon(v), "<>")
		case "action":
			li.action = lowerASCII(strings.TrimSpace(v))
		}
		return li
	}

	// The reply itself, possibly behind a transcript prefix ("<** ", "S: ", "<<< ").
	body := stripTranscriptPrefix(t)
	if len(body) >= 3 && isCodeAt(body, 0) && (len(body) == 3 || body[3] == ' ' || body[3] == '-' || body[3] == '\t') {
		li.fromReply(body, true)
		return li
	}
	// Postfix delivery log fields: to=<...>, relay=host[ip]:port, dsn=X.Y.Z, status=bounced (...)
	if strings.Contains(low, "dsn=") || strings.Contains(low, " status=") || strings.Contains(low, ", stat=") {
		if v := fieldValue(t, low, "to=<"); v != "" {
			li.rcpt = strings.TrimSuffix(v, ">")
			if i := strings.IndexByte(li.rcpt, '>'); i >= 0 {
				li.rcpt = li.rcpt[:i]
			}
		}
		if v := fieldValue(t, low, "orig_to=<"); v != "" {
			li.origRcpt = strings.TrimSuffix(v, ">")
		}
		if v := fieldValue(t, low, "relay="); v != "" && v != "none" && !strings.HasPrefix(v, "local") {
			li.host = hostPart(v)
		}
		if v := fieldValue(t, low, "dsn="); v != "" {
			if e, ok := leadingEnhanced(strings.TrimSuffix(v, ",")); ok {
				li.status = e
			}
		}
		for _, key := range []string{" status=", ", stat="} {
			if i := strings.Index(low, key); i >= 0 {
				v := t[i+len(key):]
				if j := strings.IndexByte(v, ' '); j > 0 {
					li.action = postfixAction(v[:j])
				}
				if j := strings.IndexByte(v, '('); j >= 0 && key == " status=" {
					v = v[j+1:]
					v = strings.TrimSuffix(strings.TrimSpace(v), ")")
				} else if key == ", stat=" {
					v = strings.TrimSpace(v)
				}
				li.parsePostfixText(v)
				if !li.reply && li.status != "" {
					li.reply, li.enh, li.text = true, li.status, v
				}
				return li
			}
		}
	}

	// Postfix bounce body / said form: "host mx.example[192.0.2.1] said: 550 ..."
	if i := strings.Index(low, " said: "); i >= 0 {
		li.parsePostfixText(t)
		if li.reply {
			return li
		}
	}

	// Postfix smtpd reject: "NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 554 5.7.1 ...; from=<> to=<> proto=ESMTP helo=<x>"
	if i := strings.Index(low, "reject: "); i >= 0 {
		rest := t[i+len("reject: "):]
		lrest := low[i+len("reject: "):]
		if j := strings.Index(lrest, " from "); j > 0 {
			li.stage = normalizeStage(rest[:j])
			if k := strings.Index(rest[j:], "]: "); k >= 0 {
				li.client = strings.TrimSpace(rest[j+len(" from ") : j+k+1])
			}
		}
		if j := strings.Index(rest, "]: "); j >= 0 {
			v := rest[j+3:]
			if k := strings.Index(v, "; from=<"); k >= 0 {
				tail := v[k:]
				ltail := lowerASCII(tail)
				if to := fieldValue(tail, ltail, "to=<"); to != "" {
					li.rcpt = strings.TrimSuffix(to, ">")
				}
				if from := fieldValue(tail, ltail, " from=<"); from != "" || strings.HasPrefix(ltail, "; from=<>") {
					li.sender = strings.TrimSuffix(from, ">")
					if li.sender == "" {
						li.sender = "<>"
					}
				}
				v = v[:k]
			}
			li.fromReply(v, false)
			li.bare = false
			if li.reply {
				return li
			}
		}
	}

	if li.postfixSASL(t, low) || li.postfixAnvil(t, low) || li.eximAuthenticator(t, low) || li.eximRejection(t, low) {
		return li
	}

	// Exim: "SMTP error from remote mail server after RCPT TO:<a@b.example>: 550 ..."
	if i := strings.Index(low, "smtp error from remote"); i >= 0 {
		li.eximFields(t, low)
		rest := t[i:]
		lrest := low[i:]
		if j := strings.Index(lrest, " after "); j >= 0 {
			after := rest[j+len(" after "):]
			if k := findCode(after, false); k >= 0 {
				li.stage = normalizeStage(strings.TrimRight(strings.TrimSpace(after[:k]), ":"))
				li.fromReply(after[k:], false)
			}
		} else if j := strings.Index(lrest, " for "); j >= 0 {
			after := rest[j+len(" for "):]
			if k := strings.Index(lowerASCII(after), " command"); k > 0 {
				li.stage = normalizeStage(after[:k])
			}
			if k := strings.Index(lowerASCII(after), "reason: "); k >= 0 {
				li.fromReply(after[k+len("reason: "):], false)
			} else if k := findCode(after, true); k >= 0 {
				li.fromReply(after[k:], false)
			}
			if k := strings.Index(lowerASCII(after), "host: "); k >= 0 {
				li.host = firstWord(after[k+len("host: "):])
			}
		}
		li.bare = false
		if li.reply {
			return li
		}
	}
	if strings.Contains(t, " ** ") || strings.Contains(t, " == ") || strings.HasPrefix(t, "** ") || strings.HasPrefix(t, "== ") {
		li.eximFields(t, low)
	}

	// Microsoft NDR: Remote Server returned '550 5.7.708 ...' or '<#5.1.1 smtp;550 ...>'
	if i := strings.Index(low, "remote server returned '"); i >= 0 {
		v := t[i+len("remote server returned '"):]
		if j := strings.LastIndexByte(v, '\''); j >= 0 {
			v = v[:j]
		}
		li.parseNDR(v)
		if li.reply {
			return li
		}
	}

	body = stripTranscriptPrefix(t)
	if e, ok := leadingEnhanced(body); ok {
		// "5.7.26" or "5.1.1 User unknown" without a basic code
		li.reply, li.enh = true, e
		li.text = strings.TrimSpace(body[len(e):])
		li.replyLine = body
		return li
	}
	if strings.HasPrefix(body, "#") {
		li.parseNDR(body)
		if li.reply {
			return li
		}
	}
	// A code somewhere in the line.
	if k := findCode(t, strict); k >= 0 {
		li.fromReply(t[k:], false)
		if li.reply {
			return li
		}
	}
	if !strict {
		if k := findEnhanced(t); k >= 0 {
			e, _ := leadingEnhanced(t[k:])
			li.reply, li.enh, li.text, li.replyLine = true, e, strings.TrimSpace(t[k+len(e):]), t[k:]
			return li
		}
	}
	li.eximDeliveryFailure(t)
	return li
}

// fromReply parses "550-5.7.26 text" / "550 5.1.1 text" / "421" at the start of v.
func (li *lineInfo) fromReply(v string, bare bool) {
	v = strings.TrimSpace(v)
	v = strings.TrimPrefix(v, "#")
	if len(v) < 3 || !isCodeAt(v, 0) || (len(v) > 3 && v[3] != ' ' && v[3] != '-' && v[3] != '\t') {
		if e, ok := leadingEnhanced(v); ok {
			li.reply, li.enh, li.text, li.replyLine = true, e, strings.TrimSpace(v[len(e):]), v
		}
		return
	}
	li.reply, li.bare = true, bare
	li.code = int(v[0]-'0')*100 + int(v[1]-'0')*10 + int(v[2]-'0')
	li.replyLine = v
	rest := ""
	if len(v) > 3 {
		li.sep = v[3]
		rest = strings.TrimSpace(v[4:])
	} else {
		li.sep = ' '
	}
	if e, ok := leadingEnhanced(strings.TrimPrefix(rest, "#")); ok {
		li.enh = e
		rest = strings.TrimSpace(strings.TrimPrefix(rest, "#")[len(e):])
	}
	if i := strings.Index(lowerASCII(rest), "(in reply to "); i >= 0 {
		st := rest[i+len("(in reply to "):]
		if j := strings.Index(lowerASCII(st), " command"); j > 0 {
			if stg := normalizeStage(st[:j]); stg != "" {
				li.stage = stg
				rest = strings.TrimSpace(rest[:i])
			}
		}
	}
	li.text = rest
}

// parsePostfixText reads "host X[ip] said: 550 ... (in reply to RCPT TO command)"
// or a Postfix status text without a remote reply ("connect to ...: Connection timed out").
func (li *lineInfo) parsePostfixText(v string) {
	low := lowerASCII(v)
	if i := strings.Index(low, "(in reply to "); i >= 0 {
		st := v[i+len("(in reply to "):]
		if j := strings.Index(lowerASCII(st), " command"); j > 0 {
			li.stage = normalizeStage(st[:j])
		}
		v = strings.TrimSpace(v[:i])
		low = lowerASCII(v)
	}
	if i := strings.Index(low, " said: "); i >= 0 {
		head := v[:i]
		if j := strings.LastIndex(lowerASCII(head), "host "); j >= 0 {
			li.host = hostPart(head[j+len("host "):])
		}
		li.fromReply(v[i+len(" said: "):], false)
		li.bare = false
		return
	}
	if strings.HasPrefix(low, "host ") || strings.HasPrefix(low, "connect to ") {
		w := v[strings.IndexByte(v, ' ')+1:]
		if strings.HasPrefix(low, "connect to ") {
			w = v[len("connect to "):]
		}
		if h := hostPart(w); h != "" && li.host == "" {
			li.host = h
		}
	}
	li.text = v
	if li.status != "" {
		li.reply, li.enh = true, li.status
	}
}

// parseNDR reads Exchange forms: "550 5.7.708 ...", "<#5.1.1 smtp;550 5.1.1 ...>", "#550 5.1.1 ... ##".
func (li *lineInfo) parseNDR(v string) {
	v = strings.TrimSpace(v)
	v = strings.TrimPrefix(v, "<")
	v = strings.TrimSuffix(v, ">")
	v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(v, "#SMTP#")), "##"))
	v = strings.TrimSuffix(strings.TrimSpace(v), ">")
	v = strings.TrimLeft(v, "<# ")
	if i := strings.Index(lowerASCII(v), "smtp;"); i >= 0 {
		v = v[i+len("smtp;"):]
	}
	li.fromReply(v, false)
	li.bare = false
	if !li.reply {
		if k := findCode(v, false); k >= 0 {
			li.fromReply(v[k:], false)
			li.bare = false
		}
	}
}

// eximFields reads Exim's "** a@b.example R=router T=transport H=host [ip]".
func (li *lineInfo) eximFields(t, low string) {
	for _, m := range []string{"** ", "== "} {
		i := strings.Index(t, m)
		if i < 0 || (i > 0 && t[i-1] != ' ') {
			continue
		}
		w := firstWord(t[i+3:])
		w = strings.TrimSuffix(w, ":")
		if strings.Contains(w, "@") {
			li.rcpt = strings.Trim(w, "<>")
		}
		if m == "** " {
			li.action = "failed"
		} else {
			li.action = "delayed"
		}
		break
	}
	if i := strings.Index(t, " H="); i >= 0 {
		li.host = firstWord(t[i+3:])
	} else if i := strings.Index(low, "host "); i >= 0 && li.host == "" {
		li.host = hostPart(t[i+5:])
	}
}

func firstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i]
	}
	return s
}

// hostPart turns "mx.example[192.0.2.1]:25 ..." / "mx.example [192.0.2.1]" into "mx.example".
func hostPart(s string) string {
	s = firstWord(s)
	if i := strings.IndexAny(s, "[(:,"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSuffix(s, ".")
	if s == "" || !strings.ContainsAny(s, ".") && s != "localhost" {
		return ""
	}
	return s
}

func afterSemicolon(v string) string {
	if i := strings.IndexByte(v, ';'); i >= 0 {
		v = v[i+1:]
	}
	return strings.TrimSpace(v)
}

var dsnFields = []string{"diagnostic-code", "status", "remote-mta", "final-recipient", "original-recipient", "action",
	// known fields without a meaning here (RFC 3464 §2.2, §2.3; Postfix, Exchange)
	"reporting-mta", "received-from-mta", "arrival-date", "last-attempt-date", "will-retry-until", "final-log-id", "original-envelope-id", "dsn-gateway", "x-postfix-queue-id", "x-postfix-sender", "x-actual-final-recipient", "x-display-name", "x-supplementary-info"}

// dsnFirst are the first letters of dsnFields: most log lines are rejected
// by one look-up instead of a comparison with every field name.
var dsnFirst = func() (set [256]bool) {
	for _, f := range dsnFields {
		set[f[0]] = true
	}
	return set
}()

func dsnField(t, low string) (field, value string, ok bool) {
	if low == "" || !dsnFirst[low[0]] {
		return "", "", false
	}
	for _, f := range dsnFields {
		if strings.HasPrefix(low, f) && len(low) > len(f) && low[len(f)] == ':' {
			return f, strings.TrimSpace(t[len(f)+1:]), true
		}
	}
	return "", "", false
}

// fieldValue returns the value after key up to ", " or a space.
func fieldValue(t, low, key string) string {
	i := strings.Index(low, key)
	if i < 0 || (i > 0 && low[i-1] != ' ' && low[i-1] != ',' && low[i-1] != ';' && key[0] != ' ') {
		return ""
	}
	v := t[i+len(key):]
	if j := strings.IndexAny(v, ", "); j >= 0 {
		v = v[:j]
	}
	return v
}

func postfixAction(s string) string {
	switch lowerASCII(strings.TrimRight(s, ",")) {
	case "bounced", "undeliverable", "expired":
		return "failed"
	case "deferred", "deferral":
		return "delayed"
	case "sent":
		return "delivered"
	}
	return ""
}

// normalizeStage turns "RCPT TO:<a@b>", "pipelined RCPT TO", "end of DATA",
// "MAIL FROM:<x> SIZE=12", "initial connection" into a stage name.
func normalizeStage(s string) string {
	u := strings.ToUpper(strings.TrimSpace(s))
	u = strings.TrimPrefix(u, "PIPELINED ")
	switch {
	case strings.HasPrefix(u, "RCPT"):
		return "RCPT TO"
	case strings.HasPrefix(u, "MAIL"):
		return "MAIL FROM"
	case strings.HasPrefix(u, "END OF DATA"), strings.HasPrefix(u, "END OF MESSAGE"), u == "." || strings.HasPrefix(u, "DATA TERMINATION"):
		return "END OF DATA"
	case strings.HasPrefix(u, "DATA"), strings.HasPrefix(u, "BDAT"):
		return "DATA"
	case strings.HasPrefix(u, "EHLO"):
		return "EHLO"
	case strings.HasPrefix(u, "HELO"):
		return "HELO"
	case strings.HasPrefix(u, "STARTTLS"):
		return "STARTTLS"
	case strings.HasPrefix(u, "AUTH"):
		return "AUTH"
	case strings.HasPrefix(u, "INITIAL CONNECTION"), strings.HasPrefix(u, "CONNECT"), strings.Contains(u, "GREETING"):
		return "CONNECT"
	case strings.HasPrefix(u, "QUIT"):
		return "QUIT"
	}
	return ""
}

func isCodeAt(s string, i int) bool {
	return i+3 <= len(s) && s[i] >= '2' && s[i] <= '5' && isDigit(s[i+1]) && isDigit(s[i+2]) && s[i+1] <= '5'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// findCode finds a reply code in running text: three digits [2-5][0-5][0-9]
// standing alone (start or after space, ';', quote, '#', '(' or '<'), followed
// by space, '-' or the end, not part of a number, address or time. In strict
// mode the code must also be followed by an enhanced code.
func findCode(s string, strict bool) int {
	for i := 0; i+3 <= len(s); i++ {
		if !isCodeAt(s, i) {
			continue
		}
		if i > 0 {
			switch s[i-1] {
			case ' ', '\t', ';', '\'', '"', '#', '(', '<':
			default:
				continue
			}
		}
		if i+3 < len(s) {
			switch s[i+3] {
			case ' ', '-', '\t':
			default:
				continue
			}
			if i+4 < len(s) && isDigit(s[i+4]) && s[i+3] == ' ' && !isEnhancedAt(s, i+4) {
				continue // "250 1000" - a number list, not a reply
			}
		}
		if strict {
			rest := ""
			if i+4 < len(s) {
				rest = strings.TrimPrefix(s[i+4:], "#")
			}
			if _, ok := leadingEnhanced(rest); !ok {
				continue
			}
		}
		return i
	}
	return -1
}

func isEnhancedAt(s string, i int) bool {
	_, ok := leadingEnhanced(s[i:])
	return ok
}

// findEnhanced finds a standalone enhanced status code in s.
func findEnhanced(s string) int {
	for i := 0; i+5 <= len(s); i++ {
		if s[i] != '2' && s[i] != '4' && s[i] != '5' {
			continue
		}
		if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || isAlpha(s[i-1])) {
			continue
		}
		if _, ok := leadingEnhanced(s[i:]); ok {
			return i
		}
	}
	return -1
}

// enhancedInText finds an enhanced status code inside a reply text that does
// not start with one ("550 Rejected: 5.7.1 relay denied"): it must stand
// alone, have the class of the basic code and a registered subject (0-7), so
// that version numbers ("Exim 4.94.2") and addresses are not taken for one.
func enhancedInText(text string, code int) string {
	for off := 0; off < len(text); {
		k := findEnhanced(text[off:])
		if k < 0 {
			return ""
		}
		k += off
		e, _ := leadingEnhanced(text[k:])
		if ec, ok := parseEnh(e); ok && int(ec.class-'0') == code/100 && ec.subject <= 7 {
			return e
		}
		off = k + 1
	}
	return ""
}

func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// leadingEnhanced reads an enhanced status code "c.sss.ddd" at the start of s
// (RFC 3463 §2), followed by the end, white space or punctuation other than
// '.' + digit (which would make it an IP address or version number).
func leadingEnhanced(s string) (string, bool) {
	if len(s) < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5') || s[1] != '.' {
		return "", false
	}
	i := 2
	n := 0
	for i < len(s) && isDigit(s[i]) && n < 4 {
		i++
		n++
	}
	if n == 0 || n > 3 || i >= len(s) || s[i] != '.' {
		return "", false
	}
	i++
	n = 0
	for i < len(s) && isDigit(s[i]) && n < 4 {
		i++
		n++
	}
	if n == 0 || n > 3 {
		return "", false
	}
	if i < len(s) {
		c := s[i]
		if isDigit(c) || isAlpha(c) || c == '_' || c == '@' {
			return "", false
		}
		if (c == '.' || c == '-') && i+1 < len(s) && isDigit(s[i+1]) {
			return "", false
		}
	}
	return s[:i], true
}

// stripTranscriptPrefix removes transcript markers such as swaks' "<** ",
// "<~ ", "<- ", or "S: ", "<<< ", "server: ".
func stripTranscriptPrefix(t string) string {
	for {
		orig := t
		t = strings.TrimLeft(t, "<>*~|- \t")
		low := lowerASCII(t[:min(len(t), 9)]) // the longest prefix below is 9 bytes
		for _, p := range []string{"s:", "server:", "recv:", "received:", "response:", "reply:", "error:", "smtp;", "smtp:"} {
			if strings.HasPrefix(low, p) {
				t = strings.TrimSpace(t[len(p):])
				break
			}
		}
		if t == orig {
			return t
		}
	}
}

// summarizeLines derives code, enhanced code (last line that has one) and
// text from raw reply lines, as a live client receives them.
func summarizeLines(lines []string) (code int, enh, text string) {
	var b strings.Builder
	for _, ln := range lines {
		var li lineInfo
		li.fromReply(strings.TrimRight(ln, "\r\n"), true)
		if !li.reply {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strings.TrimSpace(ln))
			continue
		}
		if code == 0 {
			code = li.code
		}
		if li.enh != "" {
			enh = li.enh
		}
		if li.text != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(li.text)
		}
	}
	return code, enh, b.String()
}

// first sets *dst to v unless it is already set: across the lines of one
// input, the first line that names a field decides it.
func first(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}
