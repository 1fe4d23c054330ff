package explain

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The log path's quick tests are exact: each agrees with the plain
// definition it stands for on every input (the test here and the fuzz
// targets below compare them).

// mayCarryReplyPlain is mayCarryReply as first written: the code scan, then
// the keywords.
func mayCarryReplyPlain(t []byte) bool {
	n := len(t)
	if n > 9 && isReplyCodeAt(string(t), 0) && t[3] == '.' {
		return true // "550.5.7.0 ..."
	}
	for i := 0; i+2 < n; i++ {
		c := t[i]
		if c < '2' || c > '5' {
			continue
		}
		if i > 0 {
			p := t[i-1]
			if isDigit(p) || isAlpha(p) || p == '.' || p == '_' {
				continue
			}
		}
		if t[i+1] == '.' {
			j := i + 2
			for j < n && j < i+5 && isDigit(t[j]) {
				j++
			}
			if j > i+2 && j+1 < n && t[j] == '.' && isDigit(t[j+1]) {
				return true
			}
			continue
		}
		if !isDigit(t[i+1]) || !isDigit(t[i+2]) {
			continue
		}
		if i+3 == n {
			return true
		}
		switch t[i+3] {
		case ' ', '-', ':', '\t', ',', '\'', ')', ';', '"', ']':
			return true
		}
		if t[i+3] == '.' && (i+4 == n || t[i+4] == ' ' || t[i+4] == '\r') {
			return true // a code ending a sentence: a mail client's "Errore del server: 550." (parse.go labelledCodeAt)
		}
	}
	return bytes.Contains(t, []byte("rejected")) || bytes.Contains(t, []byte("** ")) || bytes.Contains(t, []byte("== ")) || bytes.Contains(t, []byte("=> ")) || bytes.Contains(t, []byte("-> ")) || bytes.Contains(t, []byte("-= ")) ||
		bytes.Contains(t, []byte("authentication failed")) || bytes.Contains(t, []byte("limit exceeded")) ||
		bytes.Contains(t, []byte("severity:")) || bytes.Contains(t, []byte(": failure:")) || bytes.Contains(t, []byte(": deferral:")) ||
		bytes.Contains(t, []byte("TempFail")) || bytes.Contains(t, []byte("PermFail"))
}

// fastPathLines are lines of every kind the tests hold: the real servers'
// logs and transcripts, the corpus and the replies of replies.tsv.
func fastPathLines(t testing.TB) []string {
	var lines []string
	for _, c := range loadReplies(t) {
		lines = append(lines, strings.Split(c.input, "\n")...)
	}
	var files []string
	for _, g := range []string{filepath.Join("..", "testdata", "real", "*", "*.txt"), filepath.Join("..", "testdata", "summary", "*.log"), filepath.Join("testdata", "corpus", "*.tsv")} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range strings.Split(string(b), "\n") {
			if strings.HasSuffix(name, ".tsv") {
				row, _, _ = strings.Cut(row, "\t")
			}
			lines = append(lines, strings.Split(strings.ReplaceAll(row, `\n`, "\n"), "\n")...)
		}
	}
	return lines
}

func TestQuickTestsAgree(t *testing.T) {
	t.Parallel()
	lines := fastPathLines(t)
	// and every keyword and code form cut at every length, at the start,
	// in the middle and at the end of a line
	for _, w := range []string{"rejected", "** a", "== a", "=> a", "x=> y", "==> a", "-> a", "x-> y", "-= a", "authentication failed", "limit exceeded", "550 ", "550-", "550:", "550", "5.1.1", "4.7.0 ", "#5.1.1", "dsn=2.0.0,", "stat=250", "=== x", "*** x", "a==b== c", "xlimit exceeded", "limit exceededx", "\t550\t", "(550)", "=550 ", "_550 ", "[550 ", "severity: ", "xseverity:x", "[550]", "550.5.7.0 x", ": failure: ", ": deferral: ", "x: failure:x", "TempFail", "PermFail", "xTempFailx", ") Blocked ", "(x) Blocked INFECTED", "): [", "(reject): [12.5/15]", ": DENIED_", "x: DENIED_RBL_MATCH", "a\\b", ", b'x'", "SMTP Code: 550", "smtp code: 4", " >> 550 x >> y", " << a << b", " !! a !! b", "Error (550): x", "SMTP Error [421] x",
		"delivery 5: failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550", "failure: a_b", "deferral: a_b", "&lt;x&gt;", "a<br>b", "</p>",
		"spamdyke[1]: DENIED_RBL_MATCH", "rspamd: (default: T (reject): [15.0/15.0]", "amavis[1]: (1) Blocked INFECTED", "The server response was: 5.7.1 x",
		"SmtpStatusCode.MailboxUnavailable", "Secure(SSL): Yes", "550.5.7.1 x y z",
		"/usr/lib/ruby/3.2.0/net/smtp.rb:1088:in `getok'", "smtp.rb:12:in x", "a.rb: 1:in", "x .rb:1:in y", ".rb:1:in ",
		"(in reply to MAIL FROM command)", "After RCPT TO", "in reply to end of DATA command", "after pipelined end of data", "After DATA", "rcpt to command",
		"relay=mx.example[192.0.2.1]:25,", "mx.example.\tx", "localhost:25", "localhost", "a(b.c", "a.b,c", "[192.0.2.1]", " a.b ", "x.\t"} {
		for i := 0; i <= len(w); i++ {
			lines = append(lines, w[:i], "x "+w[:i], w[:i]+" x", "x"+w[:i], "a "+w[:i]+"\x00\x7f\t")
		}
	}
	if len(lines) < 3000 {
		t.Fatalf("only %d lines", len(lines))
	}
	for _, ln := range lines {
		checkQuickTests(t, ln)
	}
}

func checkQuickTests(t *testing.T, ln string) {
	t.Helper()
	if got, want := mayCarryReply([]byte(ln)), mayCarryReplyPlain([]byte(ln)); got != want {
		t.Errorf("mayCarryReply(%q) = %v, the plain test says %v", ln, got, want)
	}
	if got, want := mayCarryOrVerdict([]byte(ln)), mayCarryReplyPlain([]byte(ln)) || mayBeFilterVerdict([]byte(ln)); got != want {
		t.Errorf("mayCarryOrVerdict(%q) = %v, the plain tests say %v", ln, got, want)
	}
	if got, want := needsPaste(ln), needsPastePlain(ln); got != want {
		t.Errorf("needsPaste(%q) = %v, every needle searched for: %v", ln, got, want)
	}
	for _, end := range []string{"", "\n", "\r\n", "\r", "\n\r\n"} {
		if got, want := trimLineEnd([]byte(ln+end)), bytes.TrimRight([]byte(ln+end), "\r\n"); !bytes.Equal(got, want) {
			t.Errorf("trimLineEnd(%q) = %q, bytes.TrimRight %q", ln+end, got, want)
		}
	}
	if got, want := isBinary(ln), isBinaryBytes(ln); got != want {
		t.Errorf("isBinary(%q) = %v, byte by byte %v", ln, got, want)
	}
	var buf [lowBufSize]byte
	if got, want := lowerASCIIInto(buf[:], ln), lowerASCII(ln); got != want {
		t.Errorf("lowerASCIIInto(%q) = %q, lowerASCII %q", ln, got, want)
	}
	if got, want := rubyFrame(ln), rubyFramePlain(ln); got != want {
		t.Errorf("rubyFrame(%q) = %v, searching the whole line %v", ln, got, want)
	}
	if got, want := stageInText(ln), stageInTextPlain(ln); got != want {
		t.Errorf("stageInText(%q) = %q, every phrase searched for: %q", ln, got, want)
	}
	for _, v := range []string{ln, strings.TrimPrefix(ln, "relay="), ln[strings.IndexByte(ln, '=')+1:]} {
		if got, want := hostPart(v), hostPartPlain(v); got != want {
			t.Errorf("hostPart(%q) = %q, with strings.IndexAny %q", v, got, want)
		}
	}
}

// hostPartPlain is hostPart (and firstWord) with strings.IndexAny and
// strings.ContainsAny, as first written.
func hostPartPlain(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexAny(s, "[(:,"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSuffix(s, ".")
	if s == "" || !strings.ContainsAny(s, ".") && s != "localhost" {
		return ""
	}
	return s
}

// rubyFramePlain is rubyFrame as first written: ".rb:" searched for in
// the whole line, then no space before it.
func rubyFramePlain(t string) bool {
	i := strings.Index(t, ".rb:")
	if i < 0 || strings.IndexByte(t[:i], ' ') >= 0 {
		return false
	}
	j := i + 4
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	return j > i+4 && strings.HasPrefix(t[j:], ":in ")
}

// stageInTextPlain is stageInText without its quick test.
func stageInTextPlain(text string) string {
	lt := lowerASCII(text)
	for _, p := range []struct{ w, st string }{
		{"after mail from", "MAIL FROM"}, {"in reply to mail from", "MAIL FROM"}, {"mail from command", "MAIL FROM"},
		{"after rcpt to", "RCPT TO"}, {"in reply to rcpt to", "RCPT TO"}, {"rcpt to command", "RCPT TO"},
		{"after end of data", "END OF DATA"}, {"in reply to end of data", "END OF DATA"}, {"after pipelined end of data", "END OF DATA"},
		{"after data", "DATA"}, {"in reply to data", "DATA"},
	} {
		if strings.Contains(lt, p.w) {
			return p.st
		}
	}
	return ""
}

// Every byte value at every position of a word and around it.
func TestIsBinaryEveryByte(t *testing.T) {
	t.Parallel()
	base := []byte("Nov 28 00:00:01 mx postfix/smtp[3001]")
	for c := 0; c < 256; c++ {
		for i := 0; i < 20; i++ {
			b := append([]byte(nil), base...)
			b[i] = byte(c)
			s := string(b[:i+1+i%7])
			if got, want := isBinary(s), isBinaryBytes(s); got != want {
				t.Fatalf("isBinary(%q) = %v, byte by byte %v", s, got, want)
			}
		}
	}
}

func FuzzQuickTests(f *testing.F) {
	for _, s := range []string{"", "550 5.1.1 x", "Nov 28 mx postfix/smtpd[1]: connect from a[192.0.2.1]", "rejected", "x== y", "\x01\x7f\x1b", "ab authentication failed", "limit exceeded", "try again in 5 minutes", "come bac\u212a in 1 hour"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkQuickTests(t, s)
		if got, want := retryAfter(s), retryAfterExpr(s); got != want {
			t.Errorf("retryAfter(%q) = %d, the expression alone %d", s, got, want)
		}
	})
}

func TestRetryAfterQuickTest(t *testing.T) {
	t.Parallel()
	lines := fastPathLines(t)
	lines = append(lines, "try again in 5 minutes", "TRY AGAIN IN 5 MINUTES", "come bac\u212a in 1 hour", "re\u017fend in 30 \u017fecs", "wait 60s", "Retrying in 10 seconds")
	n := 0
	for _, ln := range lines {
		if got, want := retryAfter(ln), retryAfterExpr(ln); got != want {
			t.Errorf("retryAfter(%q) = %d, the expression alone %d", ln, got, want)
		}
		if retryAfterExpr(ln) > 0 {
			n++
		}
	}
	if n < 10 {
		t.Errorf("only %d lines ask for a wait", n)
	}
}

func TestLowerASCIIIntoEveryByte(t *testing.T) {
	t.Parallel()
	base := "Nov 28 00:00:01 MX Postfix/SMTP[3001]: To=<A@B.Example>"
	var buf [lowBufSize]byte
	for c := 0; c < 256; c++ {
		for i := 0; i < 24; i++ {
			b := []byte(base)
			b[i] = byte(c)
			for _, s := range []string{string(b[:i+1+i%9]), string(b), strings.ToLower(string(b))} {
				if got, want := lowerASCIIInto(buf[:], s), lowerASCII(s); got != want {
					t.Fatalf("lowerASCIIInto(%q) = %q, lowerASCII %q", s, got, want)
				}
			}
		}
	}
	for _, ln := range fastPathLines(t) {
		if got, want := lowerASCIIInto(buf[:], ln), lowerASCII(ln); got != want {
			t.Fatalf("lowerASCIIInto(%q) = %q, lowerASCII %q", ln, got, want)
		}
	}
}
