package explain

import (
	"bytes"
	"strings"
	"unsafe"
)

// Forms of session 20's parser helper (parse25; held-out batches 25-parse).

// jsonMembers walks the members of a JSON object, or of any text that
// holds one, as the readers of a JSON answer need them: each quoted name
// that a ':' follows, with the text after the ':' (blanks skipped). It
// reads no grammar beyond that, so that a body cut short, escaped inside
// a string ("{\"statusCode\":503}") or pasted amid a log line is read as
// far as it goes. A quoted string that no ':' follows is a value, not a
// name: its closing quote may open the next name (a body escaped inside a
// string, where every quote is a \"). A name's trailing '\' (an escaped
// body's \"name\") is not part of it.
//
// Readers: jsonReplyMembers (forms24.go: a record's reply in separate
// members) and jsonHTTPStatus (rules_esp12.go: an API's HTTP status).
type jsonMembers struct {
	s string
	i int
}

// next is the next member's name (as written) and the text after its ':'
// (to the end of s); ok is false when there is none left.
func (m *jsonMembers) next() (name, value string, ok bool) {
	s := m.s
	for m.i < len(s) {
		q := strings.IndexByte(s[m.i:], '"')
		if q < 0 {
			break
		}
		k := m.i + q + 1
		e := strings.IndexByte(s[k:], '"')
		if e < 0 {
			break
		}
		v := strings.TrimLeft(s[k+e+1:], " \t")
		if !strings.HasPrefix(v, ":") {
			m.i = k + e // (a value: its closing quote may open the next name)
			continue
		}
		v = strings.TrimLeft(v[1:], " \t\r\n")
		m.i = len(s) - len(v)
		return strings.TrimSuffix(s[k:k+e], "\\"), v, true
	}
	m.i = len(s)
	return "", "", false
}

// skip steps over n bytes of the value next returned last (a reader that
// has read the value: its words are not names).
func (m *jsonMembers) skip(n int) {
	m.i = min(m.i+n, len(m.s))
}

// A line of a pasted text that a mail client, a forum or a terminal
// wrapped before its end is one line with the next, as the same paste
// given as an argument is one text: standard input otherwise reads its
// halves as two entries of a list (each with half the words), or as a
// reply and a line left unexplained. Two marks say a line was wrapped, not
// ended (wrapOpens):
//   - it ends in a blank after a word: format=flowed's soft line break
//     (RFC 3676 §4.2), which mail clients and mailing-list archives keep
//     when the text is pasted, on a line as long as a wrapped one (40
//     bytes or more: "Failed to authenticate on SMTP server ",
//     then "with username ...");
//   - a double quote opened before a reply code is not closed on it (a
//     reply quoted in prose, cut where the column ended: `bounce ("552
//     5.2.2 The email account that you`, then `tried to reach is over
//     quota").`).
// The next line goes on with it when it starts with a word or closes the
// quote and starts no record of its own (wrapGoesOn): a log line, a DSN
// field, a reply code, a client command, a quoted or indented line (which
// the scanner's folds read) stand alone, so a log of one reply a line is
// read as it was.

// wrapOpens reports a line that a wrap may have cut (above).
func wrapOpens(line []byte) bool {
	n := len(line)
	if n < 12 || n >= MaxLine/2 {
		return false
	}
	if pyBytesOpen(line) {
		return true // smtplib's repr printed over lines (forms26.go)
	}
	if line[n-1] == ' ' {
		// (a blank after a word, not a run of blanks padding a column; on
		// a line as long as a wrapped one is, not a list's short line
		// such as "Envelope expired ")
		return n >= 40 && line[n-2] != ' ' && line[n-2] != '\t' && bytes.IndexByte(line[:n-1], ' ') > 0
	}
	q := bytes.LastIndexByte(line, '"')
	if q < 0 || bytes.Count(line, quoteByte)%2 == 0 {
		return false
	}
	c := q + 1
	if c < n && line[c] == '(' {
		c++
	}
	return n-c > 8 && isReplyCodeAt(string(line[c:c+4]), 0) && line[c+3] == ' '
}

var quoteByte = []byte{'"'}

// wrapGoesOn reports a line (next) that goes on with the wrapped line
// held before it (above).
func wrapGoesOn(held string, next []byte) bool {
	if len(next) == 0 {
		return false
	}
	b := next[0]
	closes := bytes.IndexByte(next, '"') >= 0
	if !isAlpha(b) && b < 0x80 && !(b == '"' && closes) {
		return false // (blank, indented, quoted with '>', a code, a list mark, a bracket)
	}
	t := string(next)
	if startsWithCode(t) || logPrefixed(t) || syslogStamped(t) || b >= 'A' && b <= 'Z' && isDSNFieldStart(next) && bytes.Index(next, colonSpace) < 24 && bytes.IndexByte(next[:bytes.IndexByte(next, ':')], ' ') < 0 {
		// (a field's name is capitalized, "Status: 5.1.1"; a wrapped
		// reply's next word is not, "rejected: cannot find ...")
		return false
	}
	if d, msg := daemonMessage(t); d || mayBeCommandLine(t, d, msg) && commandStage(t) != "" {
		return false
	}
	return true
}

// wrappedLine holds a line that wrapOpens until the next shows whether it
// goes on (wrapGoesOn): then the two are read as one line (a blank between
// them), else the held line is read on its own first. ok is false while a
// line is held. (As quotedPrintableLine, forms11.go.)
func (s *Scanner) wrappedLine(line []byte) (out []byte, ok bool) {
	if held := s.wrap; held != "" {
		s.wrap = ""
		next := line
		if p := commentPrefix(held); p != "" && len(line) > len(p) && string(line[:len(p)]) == p {
			next = line[len(p):] // the same comment marks on every line (forms26.go)
		}
		if (wrapGoesOn(held, next) || pyBytesOpen([]byte(held)) && bytesGoesOn(next)) && len(held)+len(next) < MaxLine {
			j := held
			if !strings.HasSuffix(j, " ") {
				j += " "
			}
			j += string(next)
			if wrapOpens([]byte(j)) {
				s.wrap = j
				return nil, false
			}
			return []byte(j), true
		}
		s.feedLine([]byte(held)) // (not wrapped after all: the held line stands alone)
	}
	if wrapOpens(line) {
		s.wrap = string(line)
		return nil, false
	}
	return line, true
}

// heldBareReply reports a held positive reply (see Scanner.flushGroup)
// that is a bare reply line: the server's side of a transcript pasted
// without its commands ("250 2.1.0 Ok", "354 End data with ...", then the
// reply that failed) is one paste, the failure deciding, as the same text
// given as an argument is; a log of replies behind a prefix is not, nor a
// reply that ended a transaction ("250 2.0.0 Ok: queued as ...", "221
// Bye"): a list of outcomes, each its own.
func heldBareReply(held string) bool {
	if !startsWithCode(held) || strings.HasPrefix(held, "221") {
		return false
	}
	last := held[strings.LastIndexByte(held, '\n')+1:]
	return !strings.Contains(last, " 2.0.0") && !strings.Contains(last, "2.6.0") && indexFold(last, "queued") < 0 && indexFold(last, "accepted") < 0
}

// quotedBlock is s without the quote marks of an e-mail reply or a forum
// quote when every line of it carries them ("> Status: 5.7.1", ">>
// host mx.far.example said:", "> > 550 ..."): the paste is the quoted
// text, read as it would be unquoted, its folded lines' indentation after
// the marks kept (a quoted DSN's "> Diagnostic-Code: ..." then ">
// mail is not authorized ..."). s is returned as it is when a line is not
// quoted (a transcript's "> MAIL FROM:" client lines among the server's).
func quotedBlock(s string) string {
	n := 0
	for rest := s; rest != ""; {
		ln := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			ln, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		t := strings.TrimLeft(ln, " \t")
		if strings.TrimSpace(t) == "" {
			continue
		}
		if t[0] != '>' {
			return s
		}
		n++
	}
	if n < 2 {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		t := strings.TrimLeft(ln, " \t")
		for strings.HasPrefix(t, ">") {
			t = t[1:]
			t = strings.TrimPrefix(t, " ") // (one blank after a mark is the mark's; more are the line's own indentation)
		}
		lines[i] = t
	}
	return strings.Join(lines, "\n")
}

// reportOutcome is the outcome a report or a notice states for the
// message as a whole, around the reply it quotes: "failed" when it says
// the sending side gave up and returned the message (Exchange's "Delivery
// has failed to these recipients or groups", Gmail's "failed permanently",
// Exim's "returning message to sender" and "This is a permanent error",
// Postfix's "Undelivered Mail Returned to Sender", sendmail's "Returned
// mail: see transcript", qmail's "I've given up", a JSON event's
// "hard_bounce": true), "delayed" when it says the message is kept and
// retried (Exchange's "Delivery is delayed to these recipients or
// groups", "will be retried", "will retry", "the server will keep trying",
// Postfix's "THIS IS A WARNING ONLY", a JSON event's "soft_bounce": true);
// "" when it says neither. When a text says both, the retry, the later
// state of the message, decides. The parser reads it as a DSN's Action
// (docs/explain.md, "Report-level class", common25's convention): the
// outcome decides the class over the quoted reply's code, the reply the
// category. Advice ("try again later", "send again later") is no outcome.
func reportOutcome(s string) string {
	if len(s) < 16 {
		return ""
	}
	for _, w := range reportDelayedWords {
		if indexFold(s, w) >= 0 {
			return "delayed"
		}
	}
	if jsonFlagTrue(s, "softbounce") {
		return "delayed"
	}
	for _, w := range reportFailedWords {
		if indexFold(s, w) >= 0 {
			return "failed"
		}
	}
	if jsonFlagTrue(s, "hardbounce") {
		return "failed"
	}
	return ""
}

// jsonFlagOutcome is reportOutcome for one line of a log: a JSON event's
// soft_bounce or hard_bounce flag only.
func jsonFlagOutcome(s string) string {
	switch {
	case jsonFlagTrue(s, "softbounce"):
		return "delayed"
	case jsonFlagTrue(s, "hardbounce"):
		return "failed"
	}
	return ""
}

// reportDelayedWords and reportFailedWords are the statements of a
// report's outcome (reportOutcome).
var (
	reportDelayedWords = [...]string{"delivery is delayed to these recipients", "this is a warning only", "still being retried",
		"will be retried", "will retry", "will keep trying", "will continue to be attempted", "will try to send the message again",
		"will try again to deliver"}
	reportFailedWords = [...]string{"delivery has failed to these recipients", "failed permanently", "returning message to sender",
		"this is a permanent error", "undelivered mail returned to sender", "sorry to have to inform you that your message could not",
		"returned mail: see transcript", "i've given up", "has stopped trying"}
)

// jsonFlagTrue reports a JSON member whose name, folded (jsonKeyName), is
// name and whose value is true (or 1): a flag that states what the record
// is ("soft_bounce": true, "isHardBounce": 1). The member's name is its
// meaning: a boolean has no words of its own.
func jsonFlagTrue(s, name string) bool {
	if !strings.Contains(s, "\":") && !strings.Contains(s, "\" :") {
		return false
	}
	for m := (jsonMembers{s: s}); ; {
		raw, v, ok := m.next()
		if !ok {
			return false
		}
		k := jsonKeyName(raw)
		k = strings.TrimPrefix(k, "is")
		if k == name && (strings.HasPrefix(v, "true") || strings.HasPrefix(v, "1") && (len(v) == 1 || !isDigit(v[1]))) {
			return true
		}
	}
}

// restated reports a line that repeats the reply explained just before it
// (on this line's reading or the one before): a client library's own line
// after the transcript it logged (smtplib's "reply: retcode (550); Msg:
// ..." and "data: (550, b'...')", PHPMailer's "SMTP -> ERROR: RCPT not
// accepted from server: 554 ...", a .NET exception's "whole response: 550
// ..."), which carries the same code and the reply's words. It is part of
// that reply's paste, not an explanation of its own; its line is counted
// with the reply. A mail daemon's log line and a line behind a log's time
// stamp are records of their own, and are never read so (the caller checks
// the daemon; a log of one reply per line stays a list).
func (s *Scanner) restated(t string) bool {
	if s.lastCode == 0 || s.lastOut < s.Lines-1 || s.lastOut == 0 || len(t) < 8 || logPrefixed(t) || syslogStamped(t) {
		return false
	}
	if len(s.lastTextMem) < 8 {
		return false
	}
	last := unsafe.String(unsafe.SliceData(s.lastTextMem), len(s.lastTextMem))
	c := itoa(s.lastCode)
	k := strings.Index(t, c)
	if k < 0 || k > 0 && isDigit(t[k-1]) || k+3 < len(t) && isDigit(t[k+3]) || indexFold(t, last) < 0 {
		return false
	}
	s.lastOut = s.Lines
	return true
}

// appendTextKey appends to b the start of a reply's text that restated
// looks for in the next line: its first 24 bytes, blanks trimmed, in lower
// case (as indexFold wants its needle); no allocation once b has room.
func appendTextKey(b []byte, t string) []byte {
	t = strings.TrimSpace(t)
	if len(t) > 24 {
		t = t[:24]
	}
	n := len(b)
	b = append(b, t...)
	for i := n; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// jsonFlagWords are the words of the names of s's JSON flags that are true
// ("mailbox_full": 1, "is_spam": true, "hardBounce": true read "mailbox
// full. spam. hard bounce."): a boolean has no words of its own, its
// member's name is its meaning, and the rules read it like a
// classification field's value (identifierWords). Only names that state
// what became of a message or why (jsonFlagMeaning) count, not a record's
// other flags ("tls": true, "is-authenticated": true); a false flag says
// nothing. "" when there are none.
func jsonFlagWords(s string) string {
	if len(s) < 10 || !strings.Contains(s, "\":") && !strings.Contains(s, "\" :") || !strings.Contains(s, "true") && !strings.Contains(s, ": 1") && !strings.Contains(s, ":1") {
		return ""
	}
	var b strings.Builder
	for m := (jsonMembers{s: s}); ; {
		raw, v, ok := m.next()
		if !ok {
			break
		}
		if !strings.HasPrefix(v, "true") && !(strings.HasPrefix(v, "1") && (len(v) == 1 || !isDigit(v[1]) && v[1] != '.')) {
			continue
		}
		k := jsonKeyName(raw)
		if w := jsonFlagMeaning(k); w != "" {
			b.WriteString(w)
			b.WriteString(". ")
		}
	}
	return b.String()
}

// jsonFlagMeaning is the words a true flag's folded name (jsonKeyName)
// stands for, "" for a name that states no outcome or cause.
func jsonFlagMeaning(k string) string {
	k = strings.TrimPrefix(strings.TrimPrefix(k, "is"), "has")
	switch k {
	case "hardbounce", "hardbounced":
		return "hard bounce"
	case "softbounce", "softbounced":
		return "soft bounce"
	case "spam", "spamreport", "spamcomplaint", "markedasspam", "complaint", "complained":
		return "spam complaint"
	case "mailboxfull", "quotaexceeded", "overquota", "inboxfull":
		return "mailbox full"
	case "invalidemail", "invalidaddress", "invalidrecipient", "invalid":
		return "invalid address"
	case "unknownuser", "userunknown", "nosuchuser", "mailboxnotfound":
		return "unknown user"
	case "blocked", "blacklisted", "blocklisted":
		return "blocked"
	case "suppressed", "onsuppressionlist":
		return "suppressed"
	case "unsubscribed":
		return "unsubscribed"
	case "bounced":
		return "bounced"
	}
	return ""
}

// wordedSameCode moves the decision off a candidate that carries a code
// and no words of its own onto the last earlier one with the same code
// and the server's words: a dialog or a client's summary that repeats the
// code alone after the reply it quoted (Outlook Express's dialog wrapped
// at 80 columns: "Server Response: '550 not local host x, not a gateway',
// Port 25,", then "Secure (SSL): no, Server Error: 550, Error Number:
// 0x800CCC79."). k is decisive's choice.
func wordedSameCode(cs []candidate, k int) int {
	if k <= 0 || cs[k].code == 0 || strings.TrimSpace(cleanReplyText(cs[k].joinedText())) != "" {
		return k // (a client's labels, "Error Number: 0x800CCC79", are no words of the server's)
	}
	for j := k - 1; j >= 0; j-- {
		if cs[j].code == cs[k].code && strings.TrimSpace(cs[j].joinedText()) != "" {
			return j
		}
	}
	return k
}
