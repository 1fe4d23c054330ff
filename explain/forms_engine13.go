package explain

import "strings"

// Input forms on standard input (held-out batch 12-engine b, left open in
// session 7; helper engine13): what the Scanner joins and what it keeps
// apart.

// logPrefixCovers reports the log prefix of a multi-line reply's next line
// that the first line repeats with more words before its code: a
// platform's log splits one exception over lines with the same prefix
// (Heroku's "<time> app[worker.1]: Net::SMTPAuthenticationError
// (535-5.7.8 ...", then "<time> app[worker.1]: 535 5.7.8 ..."). The next
// line's prefix must be the first line's start but for digits and white
// space, up to a separator.
func logPrefixCovers(first, next string) bool {
	p := strings.TrimRight(next, " \t")
	if len(p) < 8 || len(first) <= len(p) {
		return false
	}
	i, j := prefixWalk(first, p)
	// (the prefix ends where the first line goes on with its own words: a
	// separator, as leadOf trims it, or white space)
	return j == len(p) && i < len(first) && (isSpace(first[i]) || strings.ContainsAny(first[i:i+1], ":]>")) &&
		(isSpace(first[i]) || first[i] == ':' || strings.ContainsAny(p[len(p)-1:], ":]>"))
}

// logwContinues takes the next line of a held log line of wording without
// a code (freeLine): an indented line without a code and without a log
// prefix of its own is part of the same record (a Java exception's
// "  nested exception is:" and its cause, a stack frame), read together as
// Parse reads the same lines.
func (s *Scanner) logwContinues(line, t, raw string) bool {
	if line[0] != ' ' && line[0] != '\t' || startsWithCode(t) || logPrefixed(t) || s.logwSize+len(raw) >= MaxInput {
		return false
	}
	s.logw = append(s.logw, raw)
	s.logwSize += len(raw) + 1
	return true
}

// logwIntroduces reports a held log line of wording without a code that
// the next line, with the same log prefix, completes with the server's
// reply: an application logs its exception's name, then the reply it
// wrapped (Zammad's "E, [time#pid] ERROR -- : Can't use
// Channel::Driver::Smtp: #<Net::SMTPFatalError: ...>", then "E, [time#pid]
// ERROR -- : 550 5.1.1 ..."). The held line is the reply's introduction,
// read with it as Parse reads both lines.
func (s *Scanner) logwIntroduces(t string) bool {
	if len(s.logw) != 1 {
		return false
	}
	li := parseLineInfo(t, true)
	return li.reply && li.code >= 400 && li.lead != "" && logPrefixCovers(strings.TrimSpace(s.logw[0]), li.lead)
}

// flushLogged reads the held log line with its indented lines.
func (s *Scanner) flushLogged() {
	if len(s.logw) == 0 {
		return
	}
	lines := s.logw
	s.logw, s.logwSize = nil, 0
	if len(lines) == 1 {
		s.wordingLine(strings.TrimSpace(lines[0]))
		return
	}
	r, err := parse(strings.Join(lines, "\n"), false)
	if err == nil {
		s.queue = append(s.queue, r)
		return
	}
	s.Skipped += len(lines)
}

// proseIsRecords reports free text that is a list of log records, not one
// pasted text: two or more lines, each starting with the same word and
// carrying a time of day ("hh:mm:ss") among its first fields (FirstClass's
// "Spam <id> <date> <time> <host> <ip> <sender> <reason>"). Each record is
// explained on its own.
func proseIsRecords(lines []string) bool {
	first, n := "", 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		w, _, _ := strings.Cut(l, " ")
		switch {
		case n == 0:
			first = w
		case w != first:
			return false
		}
		if !timeNearStart(l) {
			return false
		}
		n++
	}
	return n >= 2
}

// timeNearStart: a time of day "hh:mm:ss" within the first 48 bytes.
func timeNearStart(l string) bool {
	l = l[:min(len(l), 48)]
	for i := 0; i+8 <= len(l); i++ {
		if isDigit(l[i]) && isDigit(l[i+1]) && l[i+2] == ':' && isDigit(l[i+3]) && isDigit(l[i+4]) && l[i+5] == ':' && isDigit(l[i+6]) && isDigit(l[i+7]) &&
			(i == 0 || !isDigit(l[i-1])) {
			return true
		}
	}
	return false
}

// libraryMessageAt reports the reply that a library quotes after its own
// words 'with message "' (SwiftMailer's and Symfony Mailer's `Expected
// response code 250 but got code "550", with message "550 User ...
// exceeded ..."`): a reply by that frame even without an enhanced code,
// so that a log read line by line (strict) reads its words as the argument
// does.
func libraryMessageAt(s string, i int) bool {
	const frame = `with message "`
	j := i
	for j > 0 && (s[j-1] == '\\' || s[j-1] == '"') { // (the quote, escaped in JSON)
		j--
	}
	n := len(frame) - 1 // (without its quote)
	return j >= n && strings.EqualFold(s[j-n:j], frame[:n])
}

// newLogRecord reports a line that starts a log record as the paste's
// first line did (both log-prefixed, their first four bytes alike but for
// digits): the next record, not a wrapped line of the reply before it.
func newLogRecord(first, t string) bool {
	first = strings.TrimSpace(first)
	if len(first) < 4 || len(t) < 4 || !logPrefixed(first) || !logPrefixed(t) {
		return false
	}
	for i := 0; i < 4; i++ {
		if first[i] != t[i] && !(isDigit(first[i]) && isDigit(t[i])) {
			return false
		}
	}
	return true
}
