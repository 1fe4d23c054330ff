package explain

import "strings"

// Forms of held-out batch 9-mta (mail software and client libraries as
// their users paste them; testdata/corpus/heldout9-mta.tsv):
//
//   - a library that puts the reply it got in brackets or quotes with
//     nothing but the code ("Expected response code(s) [250, 251] but got
//     response [550]", `but got code "550"`): the code is the reply, the
//     codes in the expected list are not, and the closing bracket is no
//     word of the reply;
//   - a daemon's log line whose process id stands between the timestamp
//     and the log level ("2016-12-12T04:14:09.782Z 501 TID-1u5770 WARN:
//     ..."): the number is no reply code;
//   - (a Postfix bounce that wrapped the remote reply over several lines
//     between "said:" and "(in reply to ... command)", its continuation
//     codes inline, is one reply: splitLines does it since batch 9-gw);
//   - a delivery agent's log that says the delivery was deferred ("dma:
//     remote delivery deferred: failed after MAIL FROM: 502 ..."): the
//     message stays queued, so the class is temporary whatever the code.

// bracketedCodeAt reports a reply code standing alone in the brackets or
// quotes a client library put the server's answer in: "[550]", or `code
// "550"`. s[i:i+3] is the code.
func bracketedCodeAt(s string, i int) bool {
	if i < 1 || i+3 >= len(s) {
		return false
	}
	switch {
	case s[i-1] == '[' && s[i+3] == ']':
		// "but got response [550]", a printer's "received error code.
		// [550]", "SMTP error [421]": after a word that names a reply or
		// an error, not a process id ("smtpd[421]:") or a log field
		return replyWordBefore(s[:i-1])
	case s[i-1] == ' ' && s[i+3] == ')':
		// "(Fehler 550)", "(erreur 550)", "(código 554)": a word for error
		// or code before it in the parentheses (forms26.go)
		return parenWordCodeAt(s, i)
	case s[i-1] == '(' && s[i+3] == ')':
		// lettre's and its clients' "permanent error (535)", "transient
		// error (450): 4.7.25 ..." (held-out batch 13-engine): the code in
		// parentheses after an error word; or after a clause that names
		// the server's reply ("Invalid response code received from server
		// (535)", tail17)
		return replyClauseBefore(s[:i-1])
	case s[i-1] == '"' && s[i+3] == '"':
		// `got code "550"` (not a JSON member such as "error_code":"550",
		// whose quote follows a colon)
		b := strings.TrimRight(lowerASCII(s[max(0, i-12):i-1]), " ")
		return strings.HasSuffix(b, "code") || strings.HasSuffix(b, "response")
	}
	return false
}

// replyClauseBefore reports the clause before a parenthesised code naming
// the reply the client got: an error word right before it ("permanent
// error (535)", lettre), or one of replyWords as a whole word within the
// clause, no sentence punctuation between ("Invalid response code received
// from server (535)", tail17); not when a word of the clause makes the
// number something else: an HTTP status, a process id, a count, a line, a
// port or a version.
func replyClauseBefore(b string) bool {
	b = b[max(0, len(b)-48):]
	if k := strings.LastIndexAny(b, ".;:!?,()[]"); k >= 0 {
		b = b[k+1:]
	}
	b = strings.TrimRight(lowerASCII(b), " ")
	found := strings.HasSuffix(b, "error") || strings.HasSuffix(b, "code")
	for _, f := range strings.FieldsFunc(b, func(r rune) bool { return r == ' ' || r == '\t' || r == '-' || r == '_' || r == '/' }) {
		switch f {
		case "http", "https", "pid", "process", "thread", "count", "total", "line", "port", "version", "year", "id", "time", "size", "length":
			return false
		}
		for _, w := range replyWords {
			found = found || f == w
		}
	}
	return found
}

// replyWords name a server's answer or an error right before a code in
// brackets (bracketedCodeAt).
var replyWords = [...]string{"error", "code", "reply", "response", "answer", "replied", "returned", "status", "failed", "failure"}

// replyWordBefore reports b, the words before a bracketed code, ending in
// one of replyWords (a space or sentence punctuation between), the bracket
// not glued to a name as a process id's is ("postfix/smtp[1234]").
func replyWordBefore(b string) bool {
	if b == "" || isAlnum(b[len(b)-1]) {
		return false
	}
	b = strings.TrimRight(lowerASCII(b[max(0, len(b)-24):]), " .:,-=")
	for _, w := range replyWords {
		if strings.HasSuffix(b, w) && (len(b) == len(w) || !isAlpha(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// bracketReplyEnd is the end of a reply that a library put in brackets
// ("but got response [452 4.2.2 Mailbox full]"): its closing bracket, when
// the bracket closes the line; end otherwise.
func bracketReplyEnd(t string, k, end int) int {
	if k >= 1 && k+3 < len(t) && t[k-1] == '"' && t[k+3] == '"' && bracketedCodeAt(t, k) {
		return k + 3 // `got code "550"`
	}
	if k < 1 || t[k-1] != '[' {
		return end
	}
	v := strings.TrimRight(t[k:end], " \t\r")
	if strings.HasSuffix(v, "]") {
		return k + len(v) - 1
	}
	return end
}

// logLevelAfter reports a number that a log line puts before its level
// ("2016-12-12T04:14:09.782Z 501 TID-1u5770 WARN: ...", "... 12345 ERROR
// ..."): a process id, not a reply. s[i:i+3] is the number.
func logLevelAfter(s string, i int) bool {
	if i+4 >= len(s) || s[i+3] != ' ' {
		return false
	}
	rest := s[i+4:]
	if strings.HasPrefix(rest, "TID-") { // Sidekiq's thread id
		if j := strings.IndexByte(rest, ' '); j > 0 {
			rest = rest[j+1:]
		}
	}
	w := rest
	if j := strings.IndexAny(w, " :"); j >= 0 {
		w = w[:j]
	}
	switch w {
	case "INFO", "WARN", "WARNING", "ERROR", "DEBUG", "FATAL", "TRACE", "NOTICE", "CRIT":
		return true
	}
	return false
}

// deliveryOutcome reads a delivery agent's own word for the outcome in a
// log line ("remote delivery deferred: ..." of dma): deferred keeps the
// message queued.
func (li *lineInfo) deliveryOutcome(low string) {
	if li.action != "" || !strings.Contains(low, "delivery deferred") {
		return
	}
	li.action = "delayed"
}

// consequence reports a failed reply that only follows from an earlier
// failure of the same session: "503 valid RCPT command must precede DATA"
// (bad sequence) or "500 unrecognized command" once a command before was
// refused (a library that went on after its AUTH or MAIL FROM failed, as
// CodeIgniter's debugger shows). The earlier failure tells the cause.
func consequence(cs []candidate, i int) bool {
	c := cs[i]
	if closingDisconnect(c) && earlierRefusal(cs[:i]) { // rules_final21.go
		return true
	}
	if c.code/100 == 4 && connectionEnded(c.joinedText()) {
		// the client's own note that the connection broke after the
		// server refused (sendmail's "451 4.4.1 reply: read error from
		// mx" under its transcript's "550 User not found"; held-out batch
		// 20-prov): the refusal is the cause
		for j := i - 1; j >= 0; j-- {
			if cs[j].code/100 == 5 {
				return true
			}
		}
	}
	if c.code != 503 && c.code != 500 && c.code != 502 {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if cs[j].failed() && cs[j].code != 503 && cs[j].code != 500 && cs[j].code != 502 {
			return true
		}
	}
	return false
}

// connectionEnded reports a client's words that the connection broke.
func connectionEnded(text string) bool {
	low := lowerASCII(text)
	return strings.Contains(low, "read error from") || strings.Contains(low, "lost connection with")
}

// permanentNameNotFound reports a DNS failure worded as a name that was not
// found ("DNS lookup failure: host x.example not found", "name lookup failed:
// no such domain"); the caller checks that the failure was permanent.
func permanentNameNotFound(text string) bool {
	low := lowerASCII(text)
	if !strings.Contains(low, "dns") && !strings.Contains(low, "lookup") && !strings.Contains(low, "resolve") {
		return false
	}
	for _, w := range []string{"not found", "nxdomain", "no such domain", "no such host", "does not exist", "non-existent domain", "nonexistent domain"} {
		if strings.Contains(low, w) {
			return !strings.Contains(low, "try again") && !strings.Contains(low, "temporar")
		}
	}
	return false
}
