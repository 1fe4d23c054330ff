package explain

import "strings"

// foldWrapped reports a line after the first reply of the input (nothing
// explained yet, the reply line waiting for its folded lines) that goes on
// with the reply's sentence: the reply line stopped in the middle of it (at
// a colon, a function word, a lower-case word or a comma) and this line
// goes on in lower case, without a code. Parse joins such a line to the
// reply (wrapsReply, parse.go), so standard input reads it the same way
// ("550 5.7.509 Access denied, sending domain [X]" then "does not pass
// DMARC verification ..." wrapped by a README; held-out batch 26-common).
func (s *Scanner) foldWrapped(t string) bool {
	if s.coded || s.lineMode || len(s.fold) == 0 || s.fsize+len(t) >= MaxInput || mayBeCommand(t) {
		return false
	}
	if startsWithCode(t) || logPrefixed(t) || mailDaemonLine(t) {
		return false
	}
	if _, _, ok := dsnField(t); ok {
		return false
	}
	return wrappedOn(strings.TrimSpace(unquoted(s.fold[len(s.fold)-1])), unquoted(t))
}
