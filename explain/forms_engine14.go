package explain

import "strings"

// An error report on standard input (held-out batch 14-engine): what a
// program prints when a send fails is several lines that are one failure —
// an exception and its stack (Java's "\tat ..." and "Caused by: ...",
// .NET's "   at ..." and "--- End of inner exception stack trace ---",
// Node's "    at ..." and the error object's members up to its closing
// brace, PHP's "[stacktrace]" and "#0 ...", Ruby's "/path/x.rb:12:in
// `m'"), a Python traceback (its first line, frames, the exception line,
// "During handling of the above exception ..."), a Go panic ("panic: ...",
// "goroutine 1 [running]:", its frames, "exit status 2"), also behind a
// log prefix that each line repeats, with the log line before it that says
// what failed. The exception and each "Caused by:" may repeat the server's
// reply: the lines are still one failure, read whole as Parse reads the
// same text given as an argument.
//
// It is decided line by line, never by how much has arrived: a line that
// can only continue a report (a frame, a line of an exception chain, a
// closing brace) or can only start one (a traceback's or a panic's first
// line) makes what is pending before it (a held reply line, a log line, free
// text) the report's first lines; indented lines, frames and chain lines
// continue it; a blank line continues it only when a chain line follows
// ("During handling of ...", "goroutine 1 [running]:"); any other line ends
// it and is read as it would be otherwise.

// reportHead reports a line that starts an error report by itself.
func reportHead(t string) bool {
	return t == "Traceback (most recent call last):" || strings.HasPrefix(t, "panic: ") ||
		strings.HasPrefix(t, "{ [Error") || strings.HasPrefix(t, "[Error: ") || strings.HasPrefix(t, "Exception in thread ")
}

// reportChain reports a line that continues an error report and never
// stands alone: a stack frame or a line of an exception chain.
func reportChain(t string) bool {
	switch {
	case t == "":
		return false
	case reportCloser(t):
		return true
	case strings.HasPrefix(t, "at "):
		// a frame (Java, .NET, Node): "at a.B.c(B.java:12)", "at X.Y() in
		// C:\src\Z.cs:line 42", "at listOnTimeout (node:internal/timers:569:17)"
		return strings.HasSuffix(t, ")") || strings.HasSuffix(t, "]") || strings.Contains(t, ":line ") || strings.Contains(t, ".js:")
	case strings.HasPrefix(t, "Caused by:"), strings.HasPrefix(t, "Suppressed:"), strings.HasPrefix(t, "nested exception is"),
		strings.HasPrefix(t, "During handling of the above exception"), strings.HasPrefix(t, "The above exception was the direct cause"),
		t == "Traceback (most recent call last):", strings.HasPrefix(t, "--- End of inner exception stack trace ---"),
		t == "[stacktrace]", strings.HasPrefix(t, "created by "), strings.HasPrefix(t, "[signal "), strings.HasPrefix(t, "from /"):
		return true
	case strings.HasPrefix(t, "... ") && strings.HasSuffix(t, " more"): // Java's "... 12 more"
		return true
	case strings.HasPrefix(t, "goroutine ") && len(t) > 10 && isDigit(t[10]), strings.HasPrefix(t, "exit status ") && len(t) > 12 && isDigit(t[12]):
		return true
	case len(t) > 2 && t[0] == '#' && isDigit(t[1]): // PHP's "#0 /path/File.php(331): Class->method()", "#2 {main}"
		return true
	}
	return rubyFrame(t)
}

// reportCloser reports a line of nothing but closing brackets and quotes
// (a Node error object's "}", Ruby's "):" after a reply's line break, the
// end of a JSON log record's quoted trace, "\"}").
func reportCloser(t string) bool {
	if len(t) > 6 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !strings.ContainsRune("})]\"',:; ", rune(t[i])) {
			return false
		}
	}
	return strings.ContainsAny(t, "})]")
}

// rubyFrame reports a Ruby stack frame: a path to a .rb file, its line
// number and ":in" ("/usr/lib/ruby/3.2.0/net/smtp.rb:1088:in `getok'").
func rubyFrame(t string) bool {
	// (the path stands before any space: ".rb:" is looked for only there,
	// not along a whole log line)
	path := t
	if sp := strings.IndexByte(t, ' '); sp >= 0 {
		path = t[:sp]
	}
	i := strings.Index(path, ".rb:")
	if i < 0 {
		return false
	}
	j := i + 4
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	return j > i+4 && strings.HasPrefix(t[j:], ":in ")
}

// exceptionLine reports a line that starts with a qualified exception name
// ("jakarta.mail.AuthenticationFailedException: 535 ...",
// "smtplib.SMTPDataError: (550, ...)", "Net::SMTPFatalError (550 ...").
func exceptionLine(t string) bool {
	end := strings.IndexAny(t, ": (")
	for end >= 0 && end+1 < len(t) && t[end] == ':' && t[end+1] == ':' { // Ruby's "Net::SMTPFatalError"
		next := strings.IndexAny(t[end+2:], ": (")
		if next < 0 {
			end = -1
			break
		}
		end += 2 + next
	}
	if end < 0 {
		end = len(t)
	}
	name := t[:end]
	if !strings.ContainsAny(name, ".:") {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !isAlpha(c) && !isDigit(c) && c != '.' && c != '_' && c != '$' && c != ':' {
			return false
		}
	}
	last := name[max(strings.LastIndexByte(name, '.'), strings.LastIndexByte(name, ':'))+1:]
	if last == "" || last[0] < 'A' || last[0] > 'Z' {
		return false
	}
	if strings.Contains(name, "::") {
		return true // a Ruby class ("Net::SMTPServerBusy", "Errno::ECONNREFUSED")
	}
	for _, k := range []string{"Exception", "Error", "Refused", "Disconnected", "Failure", "Timeout"} {
		if strings.HasSuffix(last, k) {
			return true
		}
	}
	return false
}

// prefixedRest returns the rest of t after the log prefix it shares with
// first (the same but for digits and white space, up to a space), when the
// prefix is long enough to be one ("E, [2026-12-06T10:00:01 #12] ERROR --
// : ", "Mar 23 18:03:33 host java[31768]: ", pm2's "0|app  | "); indented
// reports that the rest stands further right than first's text (a frame
// or a member of an object the program printed under its first line).
func prefixedRest(first, t string) (rest string, indented, ok bool) {
	i, j := prefixWalk(first, t)
	for j > 0 && t[j-1] != ' ' {
		j--
	}
	for i > 0 && first[i-1] != ' ' {
		i--
	}
	if j < 8 {
		return "", false, false
	}
	return t[j:], trailingSpaces(t[:j]) > trailingSpaces(first[:i]), true
}

func trailingSpaces(s string) int {
	n := 0
	for n < len(s) && s[len(s)-1-n] == ' ' {
		n++
	}
	return n
}

// reportLine reports a line that continues the report whose lines so far
// are rep (see above).
func (s *Scanner) reportLine(line, t string) bool {
	if line[0] == ' ' || line[0] == '\t' || strings.HasPrefix(t, `\t`) || reportChain(t) {
		return true // (an escaped tab: a frame as a logger that escapes its text prints it)
	}
	last := strings.TrimSpace(s.rep[len(s.rep)-1])
	if s.repPy {
		return true // the exception line that ends a Python traceback's frames (whatever its name)
	}
	if s.repGo && strings.HasSuffix(t, ")") {
		if p := strings.IndexByte(t, '('); p > 0 && strings.IndexByte(t[:p], ' ') < 0 {
			return true // a Go frame's function ("main.send({0xc000010000, 0x11})")
		}
	}
	if exceptionLine(t) && (strings.HasSuffix(last, ":") || strings.HasSuffix(last, ";")) {
		return true // the cause a chain line names ("nested exception is:")
	}
	if startsWithCode(t) && strings.Contains(last, t[:3]+"-") {
		return true // the next line of a multi-line reply the report quotes ("535-5.7.8 ... Learn more at", then "535 5.7.8 ...")
	}
	if rest, indented, ok := prefixedRest(s.rep[0], t); ok && rest != "" {
		if indented || reportChain(rest) || exceptionLine(rest) && (strings.HasSuffix(last, ":") || strings.HasSuffix(last, ";")) {
			return true // the same, behind the log prefix that every line of the report repeats
		}
	}
	return false
}

// reportStarts starts an error report at line t when t can only start or
// continue one: the lines pending before it are its first lines.
func (s *Scanner) reportStarts(line, t string) bool {
	head := s.pendingHead()
	tail := false
	switch {
	case reportHead(t):
	case head == "" && s.lastOut == s.Lines-1 && s.lastOut > 0 && reportChain(t):
		// the stack of a failure the line before was explained as at once
		// (a log line that carried its whole reply): its lines belong to it
		tail = true
	case head == "":
		return false
	case reportChain(t):
	case len(s.logw) == 1 && len(s.fold) == 0 && exceptionLine(t):
		// an application's log line that says what failed, then the
		// exception with the reply (Jenkins' "ERROR: SMTP authentication
		// failed.", then "jakarta.mail.AuthenticationFailedException: 535 ...")
	default:
		if rest, _, ok := prefixedRest(head, t); !ok || !reportChain(rest) {
			return false
		}
	}
	if head == "" {
		s.flushAll() // (what is pending is no part of it)
	}
	s.repTail = tail
	s.rep = append(s.takePending(), strings.TrimRight(line, " \t"))
	s.repSize = 0
	for _, l := range s.rep {
		s.repSize += len(l) + 1
	}
	s.reportFlags(line, t)
	return true
}

// pendingHead returns the first line pending that may head a report: a
// held reply line (and its folded lines), a log line of wording, free
// text, an introducing line; "" when nothing such is pending.
func (s *Scanner) pendingHead() string {
	switch {
	case len(s.group) > 0 || len(s.sess) > 0 || len(s.dsn) > 0 || s.held != "":
		return ""
	case len(s.prose) > 0:
		return s.prose[0]
	case len(s.logw) > 0:
		return s.logw[0]
	case s.intro != "":
		return s.intro
	case len(s.fold) > 0:
		return s.fold[0]
	}
	return ""
}

// takePending hands the pending lines of pendingHead over to a report.
func (s *Scanner) takePending() []string {
	var lines []string
	lines = append(lines, s.prose...)
	lines = append(lines, s.logw...)
	if s.intro != "" && (len(s.fold) == 0 || s.fold[0] != s.intro) {
		lines = append(lines, s.intro)
	}
	lines = append(lines, s.fold...)
	s.prose, s.psize = nil, 0
	s.logw, s.logwSize = nil, 0
	s.intro = ""
	s.fold, s.fsize, s.ft, s.fli = nil, 0, "", lineInfo{}
	return lines
}

// reportFlags notes what the line tells of the lines that may follow: a
// Python traceback's frames end in its exception line (the first line not
// indented after them), a Go panic's goroutine dump lists functions
// without indentation.
func (s *Scanner) reportFlags(line, t string) {
	switch {
	case t == "Traceback (most recent call last):":
		s.repPy = true
	case s.repPy && line[0] != ' ' && line[0] != '\t':
		s.repPy = false
	case strings.HasPrefix(t, "goroutine "):
		s.repGo = true
	}
}

// reportContinues takes the next line of a report: it reports false when
// the report ended before the line (the line is then read as usual).
func (s *Scanner) reportContinues(line, t string) bool {
	if t == "" {
		s.repBlank = true // it goes on only if a chain line follows
		return true
	}
	if s.repBlank && !reportChain(t) && !reportHead(t) || !s.reportLine(line, t) {
		s.flushReport()
		return false
	}
	raw := strings.TrimRight(line, " \t")
	if s.repSize+len(raw)+1 < MaxInput {
		if s.repBlank {
			s.rep = append(s.rep, "")
			s.repSize++
		}
		s.rep = append(s.rep, raw)
		s.repSize += len(raw) + 1
	} // (a longer trace goes on being read, its further lines dropped)
	s.repBlank = false
	s.reportFlags(line, t)
	return true
}

// flushReport reads the report as one paste, as Parse reads the same text.
func (s *Scanner) flushReport() {
	if s.rep == nil {
		return
	}
	lines, tail := s.rep, s.repTail
	s.rep, s.repSize, s.repBlank, s.repPy, s.repGo, s.repTail = nil, 0, false, false, false, false
	if tail {
		return // (the failure was explained with the line before the stack)
	}
	r, err := parse(strings.Join(lines, "\n"), false)
	if err == nil && !s.Wording && r.Code == 0 && r.Enhanced == "" && r.Action == "" {
		err = ErrNoCode // (a report explained by its words: wording was not asked for)
	}
	if err != nil {
		for _, l := range lines {
			if l != "" {
				s.Skipped++
			}
		}
		return
	}
	if r.Code != 0 || r.Enhanced != "" {
		s.emit(r)
		return
	}
	s.queue = append(s.queue, r)
}

// sendmailVerboseStart reports the first line of sendmail -v's output
// ("kim@far.example... Connecting to mx.far.example. via esmtp..."): the
// session it prints is read whole, as a test tool's is (forms11.go).
func sendmailVerboseStart[T ~string | ~[]byte](t T) bool {
	const w = "... Connecting to "
	if len(t) < len(w)+3 || string(t[len(t)-3:]) != "..." {
		return false
	}
	for i := 0; i+len(w) <= len(t); i++ {
		if t[i] == '.' && string(t[i:i+len(w)]) == w {
			return true
		}
	}
	return false
}
