package explain

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// scanAll reads every reply of s with a Scanner (Wording as given).
func scanAll(t *testing.T, s string, wording bool) ([]Reply, *Scanner) {
	t.Helper()
	sc := NewScanner(strings.NewReader(s))
	sc.Wording = wording
	var got []Reply
	for sc.Scan() {
		got = append(got, sc.Reply())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return got, sc
}

// pastes reads the samples of pastes that are one reply spread over lines,
// testdata/pastes/NAME.txt, each written for the project from the log
// format it stands for (cmd/smtpgw's tests pipe the same files to the
// command):
//   - client-log-ticking-timestamps: a client's log with a timestamp on
//     every line of one multi-line reply (the seconds tick between lines)
//   - ERROR-prefix: an application log with a level and a timestamp on each line
//   - postfix-verbose-session: Postfix's verbose SMTP client log
//     (smtp_chat.c: "> host: command", "< host: reply"), one session
//   - phpmailer-debug: PHPMailer's debug output (SMTPDebug 2: a timestamp,
//     the direction, continuation lines of a multi-line reply indented)
//   - bare-transcript: a bare transcript
//   - postfix-bounce-text-folded: the text part of a Postfix bounce
//     (bounce.c wraps the reply and indents the continuation lines)
//   - expiry-with-the-last-error-below: a queue expiry that quotes the last
//     error on the next line
//   - exim-bounce-text: the text of an Exim bounce (its default
//     bounce_message_text, the reply quoted under the failed address)
//   - greeting-then-refusal: a greeting and the reply that closed the connection
func pastes(tb testing.TB) map[string]string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "pastes", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no paste samples in testdata/pastes: %v", err)
	}
	m := make(map[string]string, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		m[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
	}
	return m
}

// TestScannerOnePaste: the pastes in testdata/pastes are one reply on standard input,
// the same reply Parse reads from the same text (stdin and an argument
// agree).
func TestScannerOnePaste(t *testing.T) {
	t.Parallel()
	onePaste := pastes(t)
	for name, in := range onePaste {
		for _, wording := range []bool{false, true} {
			got, _ := scanAll(t, in, wording)
			if len(got) != 1 {
				for _, r := range got {
					t.Logf("  %d %s %q", r.Code, r.Enhanced, r.Text)
				}
				t.Errorf("%s: %d replies, want 1", name, len(got))
				continue
			}
			want, err := Parse(strings.TrimSuffix(in, "\n"))
			if err != nil {
				t.Fatalf("%s: Parse: %v", name, err)
			}
			g, w := Explain(got[0]), Explain(want)
			if got[0].Code != want.Code || g.Enhanced != w.Enhanced || g.Text != w.Text || g.Category != w.Category || g.Class != w.Class || g.Stage != w.Stage {
				t.Errorf("%s: stdin %d %s %s %s %q (stage %q)\n  argument %d %s %s %s %q (stage %q)", name,
					got[0].Code, g.Enhanced, g.Category, g.Class, g.Text, g.Stage, want.Code, w.Enhanced, w.Category, w.Class, w.Text, w.Stage)
			}
		}
	}
	// what each one is
	for name, want := range map[string]struct {
		code  int
		stage string
		cat   Category
	}{
		"postfix-verbose-session":          {550, "RCPT TO", UserUnknown},
		"phpmailer-debug":                  {550, "RCPT TO", Reputation},
		"bare-transcript":                  {451, "END OF DATA", ServerError},
		"greeting-then-refusal":            {421, "", RateLimited},
		"postfix-bounce-text-folded":       {550, "RCPT TO", UserUnknown},
		"expiry-with-the-last-error-below": {451, "", Expired},
		"exim-bounce-text":                 {550, "RCPT TO", UserUnknown},
		"client-log-ticking-timestamps":    {550, "", SenderAuth},
	} {
		in, ok := onePaste[name]
		if !ok {
			t.Errorf("no sample testdata/pastes/%s.txt", name)
			continue
		}
		got, _ := scanAll(t, in, true)
		if len(got) != 1 {
			continue
		}
		e := Explain(got[0])
		if got[0].Code != want.code || e.Stage != want.stage || e.Category != want.cat {
			t.Errorf("%s: %d stage %q %s, want %d stage %q %s", name, got[0].Code, e.Stage, e.Category, want.code, want.stage, want.cat)
		}
	}
}

// TestScannerIndependentReplies: a log or list of independent replies,
// also behind a prefix that every line repeats, stays one reply per line;
// two multi-line replies in a row stay two; a blank line ends a paste.
func TestScannerIndependentReplies(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, in string
		codes    []int
	}{
		{"complete replies behind one prefix", "[ERROR] 2026-12-06T10:00:01Z mailer: 550 5.1.1 <a@b.example>: User unknown\n" +
			"[ERROR] 2026-12-06T10:00:02Z mailer: 552 5.2.2 <c@b.example>: Mailbox full\n" +
			"[ERROR] 2026-12-06T10:00:03Z mailer: 421 4.7.0 Try again later\n", []int{550, 552, 421}},
		{"two multi-line replies behind one prefix", "2026-12-06 10:00:01 recv>550-5.7.26 first line\n2026-12-06 10:00:01 recv>550 5.7.26 last line\n" +
			"2026-12-06 10:00:05 recv>421-4.7.0 first line\n2026-12-06 10:00:05 recv>421 4.7.0 last line\n", []int{550, 421}},
		{"different prefixes", "2026-12-06 10:00:01 recv mx1>550-5.7.1 one\n2026-12-06 10:00:01 send mx2>550 5.7.1 two\n", []int{550, 550}},
		{"a multi-line reply joined into one log line, twice", "Dec  6 10:00:01 mx app[1]: error: 550-5.7.26 a 550-5.7.26 b 550 5.7.26 c\n" +
			"Dec  6 10:00:02 mx app[1]: error: 550-5.7.26 d 550-5.7.26 e 550 5.7.26 f\n", []int{550, 550}},
		{"positive replies in a list", "250 2.0.0 Ok: queued as 4F2A1\n550 5.1.1 User unknown\n", []int{250, 550}},
		{"blank line between two transcripts", "MAIL FROM:<a@a.example>\n250 2.1.0 Ok\nRCPT TO:<b@b.example>\n550 5.1.1 User unknown\n\n" +
			"MAIL FROM:<a@a.example>\n452 4.3.1 Insufficient system storage\n", []int{550, 452}},
		{"postfix log", "Dec  6 10:00:01 mx postfix/smtp[1]: 4F2A1: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, dsn=5.7.26, status=bounced (host mx.b.example[192.0.2.1] said: 550-5.7.26 a 550 5.7.26 b (in reply to end of DATA command))\n" +
			"Dec  6 10:00:01 mx postfix/qmgr[2]: 4F2A1: removed\n" +
			"Dec  6 10:05:01 mx postfix/smtp[1]: 4F2A1: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, dsn=5.7.26, status=bounced (host mx.b.example[192.0.2.1] said: 550-5.7.26 a 550 5.7.26 b (in reply to end of DATA command))\n", []int{550, 550}},
	} {
		got, _ := scanAll(t, c.in, true)
		var codes []int
		for _, r := range got {
			codes = append(codes, r.Code)
		}
		if !equalInts(codes, c.codes) {
			t.Errorf("%s: codes %v, want %v", c.name, codes, c.codes)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestScannerWording: in a mixed list, a line without a code whose wording
// says what happened to a delivery is an entry of its own (Code 0, the
// class from the wording), as the same line given to Parse is; log noise
// of a mail daemon and words that say nothing stay out, counted.
func TestScannerWording(t *testing.T) {
	t.Parallel()
	in := "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\n" +
		"Envelope expired\n" +
		"2026-12-06 10:00:03,481 ERROR [mailer] delivery to c@d.example failed: mailbox full\n" +
		"hello, is this thing on?\n" +
		"Dec  6 10:00:04 mx postfix/qmgr[812]: 4F2A1: removed\n" +
		"Dec  6 10:00:04 mx postfix/smtpd[901]: connect from unknown[192.0.2.7]\n" +
		"Dec  6 10:00:04 mx postfix/smtpd[901]: lost connection after CONNECT from unknown[192.0.2.7]\n" +
		"Dec  6 10:00:04 mx postfix/smtpd[901]: Anonymous TLS connection established from unknown[192.0.2.7]: TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n" +
		"Dec  6 10:00:04 mx postfix/cleanup[77]: 4F2A1: message-id=<1@a.example>\n" +
		"2026-12-06 10:00:05 1xXOCd-0003x0-10 H=mx.b.example [192.0.2.1] TLS error on connection (recv): Error in the pull function.\n" +
		"\n" +
		"421 4.7.0 Try again later\n"
	got, sc := scanAll(t, in, true)
	type entry struct {
		code int
		cat  Category
		cls  Class
	}
	want := []entry{{550, UserUnknown, ClassPermanent}, {0, Expired, ClassPermanent}, {0, MailboxFull, ClassPermanent}, {421, "", ClassTransient}}
	if len(got) != len(want) {
		for _, r := range got {
			t.Logf("  %d %q", r.Code, r.Input)
		}
		t.Fatalf("%d replies, want %d", len(got), len(want))
	}
	for i, w := range want {
		e := Explain(got[i])
		if got[i].Code != w.code || w.cat != "" && e.Category != w.cat || e.Class != w.cls {
			t.Errorf("entry %d (%q): %d %s %s, want %d %s %s", i, got[i].Input, got[i].Code, e.Category, e.Class, w.code, w.cat, w.cls)
		}
		if w.code == 0 {
			p, err := Parse(got[i].Input)
			if err != nil || Explain(p).Category != e.Category || Explain(p).Class != e.Class {
				t.Errorf("entry %d: as an argument %v %s %s, on stdin %s %s", i, err, Explain(p).Category, Explain(p).Class, e.Category, e.Class)
			}
		}
	}
	if sc.Lines != 12 || sc.Skipped != 7 || sc.TooLong != 0 {
		t.Errorf("lines %d skipped %d too long %d, want 12, 7, 0", sc.Lines, sc.Skipped, sc.TooLong)
	}
	// without Wording (the summary's reading) codeless lines are skipped
	got, sc = scanAll(t, in, false)
	if len(got) != 2 || sc.Skipped != 9 {
		t.Errorf("without Wording: %d replies, %d skipped; want 2, 9", len(got), sc.Skipped)
	}
}

// TestMailDaemonLine: the lines of a mail daemon's own log, not an
// application's.
func TestMailDaemonLine(t *testing.T) {
	t.Parallel()
	for line, want := range map[string]bool{
		"Dec  6 10:00:04 mx postfix/qmgr[812]: 4F2A1: removed":                                       true,
		"2026-12-06T10:00:04.123456+00:00 mx postfix/submission/smtpd[5]: connect from x[192.0.2.1]": true,
		"Dec  6 10:00:04 mx sm-mta[4410]: 623B5e4f004410: from=<a@a.example>, size=5012":             true,
		"Dec  6 10:00:04 mx opendkim[33]: 4F2A1: DKIM-Signature field added (s=s1, d=a.example)":     true,
		"2026-12-06 10:00:05 1xXOCd-0003x0-10 Completed":                                             true,
		"2026-12-06 10:00:05 1xXOCd-000000000Ab-1234 <= a@a.example H=x [192.0.2.1]":                 true,
		"2026-12-06 10:00:05 [4711] H=(x) [192.0.2.1] F=<a@a.example> rejected RCPT <b@b.example>":   true,
		"2026-12-06 10:00:05 SMTP connection from [192.0.2.1]:53066 (TCP/IP connection count = 1)":   true,
		"Envelope expired": false,
		"2026-12-06 10:00:03,481 ERROR [mailer] delivery failed: mailbox full": false,
		"Dec  6 10:00:04 web1 myapp[12]: send failed: mailbox full":            false,
		"[ERROR] 2026-12-06T10:00:01Z mailer: Envelope expired":                false,
	} {
		if got := mailDaemonLine([]byte(line)); got != want {
			t.Errorf("mailDaemonLine(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestScannerChunking: the Scanner decides by structure, never by what a
// read happened to return: reading the input a byte at a time yields the
// same replies.
func TestScannerChunking(t *testing.T) {
	t.Parallel()
	for name, in := range pastes(t) {
		whole, _ := scanAll(t, in+"\n550 5.1.1 x\nEnvelope expired\n", true)
		sc := NewScanner(iotest.OneByteReader(strings.NewReader(in + "\n550 5.1.1 x\nEnvelope expired\n")))
		sc.Wording = true
		var bytewise []Reply
		for sc.Scan() {
			bytewise = append(bytewise, sc.Reply())
		}
		if len(whole) != len(bytewise) {
			t.Fatalf("%s: %d replies read whole, %d byte by byte", name, len(whole), len(bytewise))
		}
		for i := range whole {
			if whole[i].Input != bytewise[i].Input {
				t.Errorf("%s: reply %d differs: %q / %q", name, i, whole[i].Input, bytewise[i].Input)
			}
		}
	}
}

// Commands named inside a reply or a log line are not a transcript's.
func TestCommandStageBehindPrefix(t *testing.T) {
	t.Parallel()
	for line, want := range map[string]string{
		"2026-12-06 10:00:01\tCLIENT -> SERVER: RCPT TO:<bob@b.example>":                                    "RCPT TO",
		"Dec  6 10:00:01 mx postfix/smtp[1]: > mx.b.example[192.0.2.1]:25: MAIL FROM:<a@a.example> SIZE=10": "MAIL FROM",
		"C: DATA":  "DATA",
		">>> QUIT": "QUIT",
		"504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname": "",
		"501 5.5.4 Syntax: MAIL FROM:<address>":                                       "",
		"Dec  6 10:00:01 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from x[192.0.2.1]: 554 5.7.1 denied; from=<a@a.example> to=<b@b.example> proto=ESMTP helo=<x>": "",
		"SMTP ERROR: RCPT TO command failed: 550 5.1.1 User unknown":          "",
		"warning: Helo command rejected: Host not found":                      "",
		"2026-12-06 H=x [192.0.2.1] SMTP timeout after RCPT TO:<b@b.example>": "",
	} {
		if got := commandStage(line); got != want {
			t.Errorf("commandStage(%q) = %q, want %q", line, got, want)
		}
	}
}

// A pasted message (free text, then a blank line, before any reply) is
// read whole, as an argument; past MaxInput it was no paste: its lines are
// read as a list. A list that starts with a reply stays a list across
// blank lines.
func TestScannerMessage(t *testing.T) {
	t.Parallel()
	got, _ := scanAll(t, "550 5.1.1 a\n\nEnvelope expired\n\n421 4.7.0 b\n", true)
	if len(got) != 3 {
		t.Errorf("a list with blank lines: %d replies, want 3", len(got))
	}
	long := "Some words about a delivery.\n\n" + strings.Repeat("padding without any meaning at all\n", MaxInput/30) + "550 5.1.1 a\nEnvelope expired\n"
	got, sc := scanAll(t, long, true)
	if len(got) != 2 || got[0].Code != 550 || got[1].Code != 0 {
		t.Errorf("an over-long message: %d replies, want the 550 and the expiry line", len(got))
	}
	if sc.Lines != strings.Count(long, "\n") || sc.Skipped != sc.Lines-3 {
		t.Errorf("an over-long message: %d lines, %d skipped", sc.Lines, sc.Skipped)
	}
}
