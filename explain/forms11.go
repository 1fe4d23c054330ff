package explain

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// Input forms of held-out batch 11-forms (issue 10): what people paste into
// `smtpgw explain` beyond a single reply line.
//
//   - a session whose last reply succeeded, followed by the client's own
//     words of what failed, without a code: swaks' "<-  220 2.0.0 Ready to
//     start TLS" then "*** TLS startup failed (...certificate verify
//     failed)", posttls-finger's "< 220 ..." then "certificate verification
//     failed for ...", curl's "< 250 SIZE ..." then "curl: (64) Requested
//     SSL level failed". The words after the last reply decide; the reply is
//     context (trailingFailure).

// maxTail bounds the lines kept after the last reply of a paste.
const maxTail = 16

// trailingFailure is the text of the lines after c, the last reply of a
// paste, when c succeeded and those lines say what failed; "" otherwise.
// A closing 221 and a message accepted after DATA are final: nothing said
// after them undoes the delivery ("Connection closed by foreign host.").
func trailingFailure(c candidate, tail []string) string {
	if len(tail) == 0 || c.code < 200 || c.code >= 400 || c.code == 221 || c.stage == "END OF DATA" {
		return ""
	}
	if l := lowerASCII(c.joinedText()); strings.Contains(l, "queued as") || strings.Contains(l, "queued for delivery") || strings.Contains(l, "message accepted") {
		return "" // the reply that accepted the message, its stage not shown (apps11)
	}
	parts := make([]string, 0, len(tail))
	for _, ln := range tail {
		if t := strings.TrimSpace(stripTranscriptPrefix(strings.TrimSpace(ln))); t != "" {
			parts = append(parts, t)
		}
	}
	text := cleanReplyText(strings.Join(parts, " "))
	if text == "" || !recognisedWording(text) {
		return ""
	}
	return text
}

// markupText turns a reply that a mail client or a web page rendered as
// HTML back into text: the tags of text markup are dropped (a block tag,
// <br> or </p>, ends a line) and character references are decoded ("550
// 5.1.1 &lt;a@b.example&gt;", "Remote Server returned &#39;554 5.4.14
// ...&#39;", Gmail's old "<p>Technical details of permanent
// failure:<br>DNS Error: ...</p>"). An address in angle brackets
// ("<a@b.example>") is no tag: only the names of HTML's text tags are.
func markupText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	changed := false
	for i := 0; i < len(s); i++ {
		if n, block := markupTagAt(s, i); n > 0 {
			if block {
				b.WriteByte('\n')
			}
			i += n - 1
			changed = true
			continue
		}
		if s[i] == '&' {
			if r, n := entityAt(s, i); n > 0 {
				b.WriteString(r)
				i += n - 1
				changed = true
				continue
			}
		}
		b.WriteByte(s[i])
	}
	if !changed {
		return s
	}
	return b.String()
}

// markupTagAt is the length of the markup tag at s[i] (0: none) and whether
// it ends a line: an HTML text tag at '<', or a web forum's BBCode tag at
// '[' around a pasted report ("[COLOR=#000000][FONT=dejavu sans
// mono]Action: failed[/FONT][/COLOR]"; held-out batch 24-common b).
func markupTagAt(s string, i int) (int, bool) {
	switch s[i] {
	case '<':
		return htmlTagAt(s, i)
	case '[':
		return bbcodeTagAt(s, i)
	}
	return 0, false
}

// htmlTagAt is the length of the HTML text tag at s[i] ("<br>", "</p>",
// `<font color="red">`) and whether it ends a line; 0 when there is none.
func htmlTagAt(s string, i int) (int, bool) {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	k := j
	for k < len(s) && (isAlpha(s[k]) || k > j && isDigit(s[k])) {
		k++
	}
	if k == j || k >= len(s) || !(s[k] == '>' || s[k] == ' ' || s[k] == '/') {
		return 0, false
	}
	name := lowerASCII(s[j:k])
	block := false
	switch name {
	case "br", "p", "div", "tr", "li", "pre", "blockquote", "hr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol":
		block = true
	case "span", "b", "i", "u", "font", "strong", "em", "td", "th", "tbody", "thead", "html", "body", "head", "tt", "code", "a", "center", "small", "big":
	default:
		return 0, false
	}
	end := strings.IndexByte(s[k:], '>')
	if end < 0 || strings.IndexByte(s[k:k+end], '<') >= 0 || strings.IndexByte(s[k:k+end], '@') >= 0 {
		return 0, false
	}
	return k + end + 1 - i, block
}

// bbcodeTagAt is the length of the BBCode tag at s[i] ("[b]", "[/FONT]",
// "[COLOR=#000000]", "[FONT=dejavu sans mono]") and whether it ends a line;
// 0 when there is none. Only BBCode's own names count, so "[192.0.2.1]",
// "[TSS04]" or "[CS01]" in a reply are never tags.
func bbcodeTagAt(s string, i int) (int, bool) {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	k := j
	for k < len(s) && isAlpha(s[k]) {
		k++
	}
	if k == j || k >= len(s) || !(s[k] == ']' || s[k] == '=') {
		return 0, false
	}
	block := false
	switch lowerASCII(s[j:k]) {
	case "quote", "code", "list", "php", "html":
		block = true
	case "b", "i", "u", "s", "color", "font", "size", "url", "email", "center", "left", "right", "highlight", "noparse", "tt", "sub", "sup":
	default:
		return 0, false
	}
	end := strings.IndexByte(s[k:], ']')
	if end < 0 || end > 80 || strings.IndexByte(s[k:k+end], '[') >= 0 || strings.IndexByte(s[k:k+end], '\n') >= 0 {
		return 0, false
	}
	return k + end + 1 - i, block
}

// entityAt decodes the character reference at s[i] ("&lt;", "&#39;",
// "&#x27;", "&nbsp;" as a space): the text and the length it replaces, or
// 0 when there is none.
func entityAt(s string, i int) (string, int) {
	end := strings.IndexByte(s[i:min(len(s), i+10)], ';')
	if end < 2 {
		return "", 0
	}
	name := s[i+1 : i+end]
	switch lowerASCII(name) {
	case "lt":
		return "<", end + 1
	case "gt":
		return ">", end + 1
	case "quot":
		return `"`, end + 1
	case "apos":
		return "'", end + 1
	case "amp":
		return "&", end + 1
	case "nbsp":
		return " ", end + 1
	}
	if name[0] != '#' {
		return "", 0
	}
	n, base, digits := 0, 10, name[1:]
	if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
		base, digits = 16, digits[1:]
	}
	if digits == "" {
		return "", 0
	}
	for _, c := range []byte(digits) {
		d := -1
		switch {
		case isDigit(c):
			d = int(c - '0')
		case base == 16 && c|0x20 >= 'a' && c|0x20 <= 'f':
			d = int(c|0x20-'a') + 10
		}
		if d < 0 {
			return "", 0
		}
		n = n*base + d
	}
	if n < 0x20 || n > 0x10FFFF {
		return "", 0
	}
	return string(rune(n)), end + 1
}

// quotedPrintable joins the soft line breaks of a part pasted still in
// quoted-printable (RFC 2045 §6.7: "=" at the end of a line continues it:
// "blocked us=\ning bl.spamcop.net") and decodes the escapes such a paste
// carries ("=3D" for "=", "=20", "=09", "=0D"). A line ending in "=" is
// such a break when the paste has those escapes, or when the break falls
// inside a word (a letter on each side); else the "=" is the paste's own
// (base64's padding at the end of a line of a transcript: " -> YWJj=").
func quotedPrintable(s string) string {
	strong := strings.Contains(s, "=3D") || strings.Contains(s, "=20") || strings.Contains(s, "=0D") || strings.Contains(s, "=09")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '=' {
			b.WriteByte(c)
			continue
		}
		rest := s[i+1:]
		nl := 0
		switch {
		case strings.HasPrefix(rest, "\n"):
			nl = 1
		case strings.HasPrefix(rest, "\r\n"):
			nl = 2
		}
		if nl > 0 {
			inWord := i > 0 && isAlpha(s[i-1]) && i+1+nl < len(s) && s[i+1+nl] >= 'a' && s[i+1+nl] <= 'z' ||
				i > 0 && i+1+nl < len(s) && qpCodeBreak(s[i-1], s[i+1+nl]) // forms27.go
			if strong || inWord {
				i += nl
				continue
			}
		}
		if strong && len(rest) >= 2 {
			switch rest[:2] {
			case "3D":
				b.WriteByte('=')
				i += 2
				continue
			case "20", "09":
				b.WriteByte(' ')
				i += 2
				continue
			case "0D":
				i += 2
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// rspamd's task log ("rspamd_task_write_log: ..., (default: T (reject):
// [17.42/15.00] [BAYES_SPAM(5.10){99.8%;},ABUSE_SURBL(5.50){...}]), ...")
// says the filter's verdict as its action and the symbols that made it, in
// a form no word rule reads (the symbol names are glued to their scores).
// rspamdLogLine rewrites the verdict of a refused message (reject, soft
// reject, greylist) into words: "rspamd: action reject (score 17.42,
// threshold 15.00); symbols: bayes spam, abuse surbl". A message the filter let
// through (no action, add header, rewrite subject) is left as it is.
// https://rspamd.com/doc/configuration/logging.html
var (
	rspamdVerdict = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp {
		return regexp.MustCompile(`\(([A-Za-z0-9_-]+): [TF] \((reject|soft reject|greylist)\): \[(-?[0-9.]+)/(-?[0-9.]+)\] \[([^\]]*)\]\)`)
	}}
	rspamdSymbol = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp {
		return regexp.MustCompile(`([A-Z][A-Z0-9_]+)\(-?[0-9.]+\)`)
	}}
)

func rspamdLogLine(s string) string {
	return rspamdVerdict.Get().ReplaceAllStringFunc(s, func(m string) string {
		p := rspamdVerdict.Get().FindStringSubmatch(m)
		var syms []string
		for _, sm := range rspamdSymbol.Get().FindAllStringSubmatch(p[5], 32) {
			// the symbol's name in words ("BAYES_SPAM" says "bayes spam"):
			// a word glued into an identifier is no word of the reply
			syms = append(syms, strings.ToLower(strings.ReplaceAll(sm[1], "_", " ")))
		}
		return "rspamd: action " + p[2] + " (score " + p[3] + ", threshold " + p[4] + "); symbols: " + strings.Join(syms, ", ")
	})
}

// esaBounceLines rewrites the reason line of Cisco Secure Email's (IronPort
// AsyncOS) bounce notice, "5.3.0 - Other mail system problem 571-'Delivery
// not authorized, message refused'", into the remote reply it quotes ("571
// Delivery not authorized, message refused"): the leading status and its
// words are the appliance's coarse class of the failure, the quoted reply
// the receiver's own reason. A reason without a quoted reply ("5.4.7 -
// Delivery expired (message too old) 'Connection timed out'") stays: there
// the appliance's status is the outcome.
func esaBounceLines(s string) string {
	lines := strings.Split(s, "\n")
	changed := false
	for i, ln := range lines {
		t := strings.TrimSpace(ln)
		if _, ok := leadingEnhanced(t); !ok {
			continue
		}
		dash := strings.Index(t, " - ")
		if dash < 0 || dash > 12 || !strings.HasSuffix(t, "'") {
			continue
		}
		q := strings.Index(t[dash:], "-'")
		if q < 0 {
			continue
		}
		q += dash
		if q < 3 || !isReplyCodeAt(t, q-3) || (q > 3 && t[q-4] != ' ') || q+2 > len(t)-1 {
			continue // (the last test: "-'" is the closing quote itself, no quoted reply)
		}
		lines[i] = t[q-3:q] + " " + t[q+2:len(t)-1]
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(lines, "\n")
}

// markupLine reports a line of standard input that carries HTML markup
// (markupText): a character reference or a text tag.
func markupLine(t string) bool {
	if strings.IndexByte(t, '&') >= 0 {
		for _, e := range []string{"&lt;", "&gt;", "&quot;", "&#", "&nbsp;", "&amp;", "&apos;"} {
			if strings.Contains(t, e) {
				return true
			}
		}
	}
	return strings.Contains(t, "<br") || strings.Contains(t, "</")
}

// filterVerdictLine reports a content filter's log line that states its
// verdict on a message without a reply code, read as its words: rspamd's
// task log with a refusing action (rspamdLogLine), amavis's "Blocked
// INFECTED", "Blocked BANNED", "Blocked SPAM" (amavisd-new's log_templ).
func filterVerdictLine(t string) bool {
	if spamdykeVerdictLine(t) { // rules_sec11.go
		return true
	}
	if (containsAt(t, ": T (", 2) || containsAt(t, ": F (", 2)) && strings.Contains(t, "rspamd") {
		return rspamdLogLine(t) != t
	}
	if i := strings.Index(t, ") Blocked "); i >= 0 && indexFold(t[:i], "amavis") >= 0 {
		w := t[i+len(") Blocked "):]
		return len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z'
	}
	return false
}

// mayBeFilterVerdict is the Scanner's quick test for a line that may be a
// content filter's verdict (filterVerdictLine decides): amavis's
// ") Blocked " or rspamd's "(action): [score". (The Scanner runs it in
// mayCarryReply's pass: mayCarryOrVerdict, which TestQuickTestsAgree holds
// to this.)
func mayBeFilterVerdict(t []byte) bool {
	return bytes.Contains(t, []byte(") Blocked ")) || bytes.Contains(t, []byte("): [")) || containsAt(t, ": DENIED_", 8)
}

// Standard input (held-out batch 11-forms): what a test tool prints for one
// session is one paste, however many replies it holds; the replies' order
// and the tool's own words after the last one decide, as for an argument.
// toolSessionStart reports the first line of such a session: swaks' "===
// Trying host:port...", telnet's "Trying 192.0.2.1...", curl -v's "*
// Trying", "* Connected to" or "* Host ... was resolved", openssl
// s_client's "CONNECTED(00000003)", posttls-finger's "posttls-finger: ".
func toolSessionStart[T ~string | ~[]byte](t T) bool {
	switch {
	case len(t) == 0:
		return false
	case hasPrefixOf(t, "=== Trying "), hasPrefixOf(t, "CONNECTED("), hasPrefixOf(t, "posttls-finger: "),
		hasPrefixOf(t, "* Connected to "), hasPrefixOf(t, "* Host "), hasPrefixOf(t, "* Rebuilt URL"),
		hasPrefixOf(t, "Log Name:"), // Event Viewer's "Copy details as text" of one event (rules_engine12.go)
		sendmailVerboseStart(t),     // sendmail -v (forms_engine14.go)
		phpMailerDebugStart(t),      // PHPMailer's SMTPDebug output (rules_final17.go)
		shellToolStart(t):           // a tool's command line behind a shell prompt (forms22.go)
		return true
	case hasPrefixOf(t, "Trying "), hasPrefixOf(t, "* Trying "), hasPrefixOf(t, "*   Trying "):
		// (a host or address and "...", not words: "Trying again later")
		rest := t[indexByte(t, 'T')+len("Trying "):]
		return len(rest) > 3 && string(rest[len(rest)-3:]) == "..." && indexByte(rest, ' ') < 0
	}
	return false
}

func hasPrefixOf[T ~string | ~[]byte](t T, p string) bool {
	return len(t) >= len(p) && string(t[:len(p)]) == p
}

// idle reports a Scanner with nothing pending.
func (s *Scanner) idle() bool {
	return len(s.group) == 0 && len(s.sess) == 0 && s.held == "" && len(s.fold) == 0 && len(s.dsn) == 0 && s.intro == "" && s.rep == nil
}

// csvHeaderLine reports the header row of a CSV export ("date-time,
// client-ip,...,recipient-status"): three or more fields, each one
// identifier, no spaces. Its words are column names, not delivery wording.
func csvHeaderLine(t string) bool {
	if strings.Count(t, ",") < 2 || strings.IndexByte(t, ' ') >= 0 {
		return false
	}
	for _, f := range strings.Split(t, ",") {
		f = strings.Trim(f, `"`)
		if f == "" {
			return false
		}
		for i := 0; i < len(f); i++ {
			if c := f[i]; !(isAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.') {
				return false
			}
		}
	}
	return true
}

// toolChatter reports a line a test tool prints inside a session that is
// neither a command nor a reply: swaks' "*** error" and "=== info" lines and
// the message lines it sends ("-> Subject: x", "~> ."), curl -v's "* info"
// and "} [5 bytes data]", and what a client sends that is no command behind
// its marker ("C: AGFsZXgA...=", an AUTH response).
func toolChatter(t string) bool {
	for _, p := range []string{"*** ", "=== ", "-> ", "~> ", "* ", "} [", "{ [",
		// what any client sends that is no command: an AUTH response, a message line
		"C: ", "> ", ">>> "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return t == "->" || t == "~>"
}

// foldContinues reports a line t that continues the pending reply of a
// paste: t starts with the reply's code, and the reply's last line so far
// was a continuation line of that code ("550-...").
func foldContinues(fold []string, code int, t string) bool {
	if code == 0 || len(fold) == 0 || len(t) < 4 {
		return false
	}
	c := itoa(code)
	if !strings.HasPrefix(t, c) || t[3] != '-' && t[3] != ' ' {
		return false
	}
	last := strings.TrimSpace(fold[len(fold)-1])
	if strings.HasPrefix(last, c+"-") {
		return true
	}
	if len(fold) == 1 {
		return strings.Contains(last, " "+c+"-")
	}
	// a folded line of the reply that ends inside it, its last code still
	// "c-" (a bounce wrapped "554-No SMTP service 554-IP\n    address is
	// black listed." and the closing "554 ..." starts the next line; held-out
	// batch 20-common)
	open := strings.LastIndex(last, " "+c+"-")
	return open >= 0 && open > strings.LastIndex(last, " "+c+" ")
}

// foldQuoteOpen reports a pending reply quoted after "returned '" whose
// closing quote has not come yet (Exchange's "Remote Server returned '552
// 5.3.4 Message size exceeds fixed maximum" wrapped before "message
// size'").
func foldQuoteOpen(fold []string) bool {
	j := strings.Join(fold, " ")
	i := strings.Index(j, "returned '")
	return i >= 0 && strings.IndexByte(j[i+len("returned '"):], '\'') < 0 || quotedReplyOpen(j) // (forms22.go)
}

// quotedPrintableLine reads a line of standard input that may belong to a
// part pasted still in quoted-printable (RFC 2045 §6.7): a line that ends
// in a soft break inside prose ("... blocked us=") is held and joined with
// the next when that one goes on with the word (or the part carries QP
// escapes), and the escapes of a joined line, and the "=0D" a CRLF left at
// a line's end, are decoded. ok is false while a line is held.
func (s *Scanner) quotedPrintableLine(line []byte) (out []byte, ok bool) {
	if s.msg {
		// a pasted message is read whole; Parse undoes QP (preparePaste)
		if s.qp != "" {
			line = append([]byte(s.qp+"\n"), line...)
			s.qp = ""
		}
		return line, true
	}
	if held := s.qp; held != "" {
		s.qp = ""
		strong := qpEscaped(held) || qpEscaped(string(line))
		if len(line) > 0 && (strong || line[0] >= 'a' && line[0] <= 'z' || len(held) >= 2 && qpCodeBreak(held[len(held)-2], line[0])) && len(held)+len(line) < MaxLine {
			line = []byte(held[:len(held)-1] + string(line))
			if softBreak(line) {
				s.qp = string(line)
				return nil, false
			}
			return []byte(quotedPrintable(string(line))), true
		}
		s.feedLine([]byte(held)) // no soft break after all: the held line stands alone
	}
	if softBreak(line) {
		s.qp = string(line)
		return nil, false
	}
	if n := len(line); n > 3 && string(line[n-3:]) == "=0D" {
		line = line[:n-3]
	}
	return line, true
}

// softBreak reports a line of prose that ends in a quoted-printable soft
// break: "=" after a letter, in a line with words; not base64's padding on
// a transcript's line (" -> YWJj=") nor "==".
func softBreak(line []byte) bool {
	n := len(line)
	if n < 8 || line[n-1] != '=' || !isAlpha(line[n-2]) && !qpCodeEnd(line[n-2]) || bytes.IndexByte(line, ' ') < 0 {
		return false
	}
	t := bytes.TrimLeft(line, " \t")
	return !(bytes.HasPrefix(t, []byte("->")) || bytes.HasPrefix(t, []byte("~>")) || bytes.HasPrefix(t, []byte("<-")) || bytes.HasPrefix(t, []byte("<~")))
}

func qpEscaped(s string) bool {
	return strings.Contains(s, "=3D") || strings.Contains(s, "=20") || strings.Contains(s, "=0D") || strings.Contains(s, "=09")
}
