package explain

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestParseForms(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, in                        string
		code                            int
		enh, stage, host, rcpt, textHas string
		lines                           int
	}{
		{name: "bare code", in: "421", code: 421, lines: 1},
		{name: "enhanced only", in: "5.7.26", enh: "5.7.26"},
		{name: "enhanced with text", in: "5.1.1 User unknown", enh: "5.1.1", textHas: "User unknown"},
		{name: "reply", in: "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in local recipient table", code: 550, enh: "5.1.1", textHas: "User unknown in local", lines: 1},
		{name: "reply without enhanced", in: "550 No such user here", code: 550, textHas: "No such user", lines: 1},
		{name: "multi-line, last enhanced wins", in: "550-5.7.1 first line\r\n550-5.7.1 second line\r\n550 5.7.26 last line", code: 550, enh: "5.7.26", textHas: "first line second line last line", lines: 3},
		{name: "multi-line without enhanced on last", in: "421-4.7.0 busy\n421 try later", code: 421, enh: "4.7.0", textHas: "busy try later", lines: 2},
		{name: "postfix log", in: "Nov 28 18:00:00 mx postfix/smtp[123]: ABC: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.7.1, status=bounced (host mx.b.example[192.0.2.1] said: 550 5.7.1 blocked (in reply to RCPT TO command))",
			code: 550, enh: "5.7.1", stage: "RCPT TO", host: "mx.b.example", rcpt: "a@b.example", textHas: "blocked"},
		{name: "postfix status= fragment", in: "status=bounced (host mx.example[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to end of DATA command))", code: 552, enh: "5.2.2", stage: "END OF DATA", host: "mx.example", textHas: "Mailbox full"},
		{name: "postfix deferred without reply", in: "Nov 28 mx postfix/smtp[1]: X: to=<a@b.example>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.b.example[192.0.2.1]:25: Connection timed out)",
			enh: "4.4.1", host: "mx.b.example", rcpt: "a@b.example", textHas: "Connection timed out"},
		{name: "postfix smtpd reject", in: "Nov 28 mx postfix/smtpd[9]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <x@c.example>: Relay access denied; from=<s@d.example> to=<x@c.example> proto=ESMTP helo=<h>",
			code: 554, enh: "5.7.1", stage: "RCPT TO", rcpt: "x@c.example", textHas: "Relay access denied"},
		{name: "exim log", in: "2026-11-28 18:00:00 1tFzAB-000Abc-3Q ** a@b.example R=dnslookup T=remote_smtp H=mx.b.example [192.0.2.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<a@b.example>: 550 5.1.1 <a@b.example>: Recipient address rejected",
			code: 550, enh: "5.1.1", stage: "RCPT TO", host: "mx.b.example", rcpt: "a@b.example", textHas: "Recipient address rejected"},
		{name: "exim after end of data", in: "** a@b.example R=dnslookup T=remote_smtp H=mx.b.example [192.0.2.1]: SMTP error from remote mail server after end of data: 554 5.7.1 spam",
			code: 554, enh: "5.7.1", stage: "END OF DATA", host: "mx.b.example", rcpt: "a@b.example"},
		{name: "exim pipelined mail from", in: "SMTP error from remote mail server after pipelined MAIL FROM:<s@d.example> SIZE=1655: 550 5.7.1 nope", code: 550, enh: "5.7.1", stage: "MAIL FROM"},
		{name: "dsn diagnostic-code", in: "Diagnostic-Code: smtp; 550 5.1.1 <a@b.example>: User unknown", code: 550, enh: "5.1.1", textHas: "User unknown"},
		{name: "dsn status", in: "Status: 5.1.1", enh: "5.1.1"},
		{name: "dsn block", in: "Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.0.0\nRemote-MTA: dns; mx.b.example\nDiagnostic-Code: smtp; 550 5.7.606 Access denied, banned\n sending IP [192.0.2.1]",
			code: 550, enh: "5.7.606", host: "mx.b.example", rcpt: "a@b.example", textHas: "banned sending IP"},
		{name: "microsoft ndr", in: "Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'", code: 550, enh: "5.7.708", textHas: "traffic not accepted"},
		{name: "old exchange ndr", in: "Remote Server returned '<#5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>'", code: 550, enh: "5.1.1", textHas: "RecipNotFound"},
		{name: "hash ndr", in: "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", code: 550, enh: "5.1.1", textHas: "RecipNotFound"},
		{name: "sendmail log", in: "Nov 28 mx sm-mta[1]: x: to=<a@b.example>, delay=00:00:01, mailer=esmtp, pri=1, relay=mx.b.example. [192.0.2.1], dsn=5.1.1, stat=User unknown",
			enh: "5.1.1", host: "mx.b.example", rcpt: "a@b.example", textHas: "User unknown"},
		{name: "swaks transcript", in: "<** 550 5.7.1 Relaying denied", code: 550, enh: "5.7.1", textHas: "Relaying denied"},
		{name: "S: prefix", in: "S: 421 4.7.0 Too many connections", code: 421, enh: "4.7.0"},
		{name: "ip is not an enhanced code", in: "550 rejected 192.0.2.1 listed", code: 550, textHas: "192.0.2.1"},
		{name: "hash enhanced", in: "550 #5.1.0 Address rejected", code: 550, enh: "5.1.0"},
		{name: "postfix greeting refused", in: "host mx.b.example[192.0.2.1] refused to talk to me: 554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked",
			code: 554, enh: "5.7.1", stage: "CONNECT", host: "mx.b.example", textHas: "Client host"},
	}
	for _, c := range cases {
		r, err := Parse(c.in)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if r.Code != c.code || r.Enhanced != c.enh || r.Stage != c.stage || r.RemoteHost != c.host || r.Recipient != c.rcpt ||
			!strings.Contains(r.Text, c.textHas) || (c.lines > 0 && len(r.Lines) != c.lines) {
			t.Errorf("%s:\n got  code=%d enh=%q stage=%q host=%q rcpt=%q text=%q lines=%d\n want code=%d enh=%q stage=%q host=%q rcpt=%q text~%q lines=%d",
				c.name, r.Code, r.Enhanced, r.Stage, r.RemoteHost, r.Recipient, r.Text, len(r.Lines), c.code, c.enh, c.stage, c.host, c.rcpt, c.textHas, c.lines)
		}
		if r.Input != c.in {
			t.Errorf("%s: Input %q, want the input as given", c.name, r.Input)
		}
	}
}

func TestScannerLogFile(t *testing.T) {
	t.Parallel()
	log := strings.Join([]string{
		"Nov 28 18:00:00 mx postfix/qmgr[1]: ABC: from=<s@d.example>, size=1234, nrcpt=1 (queue active)",
		"Nov 28 18:00:01 mx postfix/smtp[2]: ABC: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))",
		"I have 250 apples and 3 pears", // running text: not a reply in log mode
		"550-5.7.26 This mail is unauthenticated, which poses a security risk to the",
		"550-5.7.26 sender and Gmail users, and has been blocked. gsmtp",
		"550 5.7.26 authenticate with at least one of SPF or DKIM. gsmtp",
		"421 4.7.0 Too many connections",
		"",
		"Final-Recipient: rfc822; c@d.example",
		"Action: delayed",
		"Status: 4.4.7",
		"Diagnostic-Code: smtp; 451 4.4.7 delivery",
		"  time expired",
		"",
		"\x00\x01binary\x02",
		"just some words",
	}, "\n")
	sc := NewScanner(strings.NewReader(log))
	var got []Reply
	for sc.Scan() {
		got = append(got, sc.Reply())
	}
	if sc.Err() != nil {
		t.Fatal(sc.Err())
	}
	if len(got) != 4 {
		for _, r := range got {
			t.Logf("%+v", r)
		}
		t.Fatalf("%d replies, want 4", len(got))
	}
	if got[0].Code != 550 || got[0].Recipient != "a@b.example" || got[0].Stage != "RCPT TO" {
		t.Errorf("postfix line: %+v", got[0])
	}
	if got[1].Code != 550 || got[1].Enhanced != "5.7.26" || len(got[1].Lines) != 3 {
		t.Errorf("multi-line reply: %+v", got[1])
	}
	if got[2].Code != 421 || Explain(got[2]).Category != RateLimited {
		t.Errorf("421: %+v", got[2])
	}
	if got[3].Code != 451 || got[3].Recipient != "c@d.example" || got[3].Action != "delayed" || !strings.Contains(got[3].Text, "time expired") {
		t.Errorf("dsn block: %+v", got[3])
	}
	if sc.Skipped < 3 {
		t.Errorf("skipped %d lines, want at least 3", sc.Skipped)
	}
}

// A 10 MB line in the middle of the input is skipped without aborting the
// run and without being held in memory.
func TestScannerHugeLine(t *testing.T) {
	t.Parallel()
	huge := io.MultiReader(
		strings.NewReader("421 4.7.0 first\n"),
		io.LimitReader(repeatReader('x'), 10<<20),
		strings.NewReader("\n550 5.1.1 last\n"),
	)
	sc := NewScanner(huge)
	var codes []int
	for sc.Scan() {
		codes = append(codes, sc.Reply().Code)
	}
	if sc.Err() != nil || len(codes) != 2 || codes[0] != 421 || codes[1] != 550 || sc.TooLong != 1 {
		t.Fatalf("codes %v, too long %d, err %v", codes, sc.TooLong, sc.Err())
	}
}

type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestScannerReadError(t *testing.T) {
	t.Parallel()
	sc := NewScanner(io.MultiReader(strings.NewReader("550 5.1.1 x\n"), errReader{}))
	n := 0
	for sc.Scan() {
		n++
	}
	if n != 1 || sc.Err() == nil {
		t.Fatalf("n=%d err=%v", n, sc.Err())
	}
}

// Endless DSN continuation lines and endless multi-line replies neither hang
// the scanner nor grow its buffers beyond MaxInput.
func TestScannerBoundedGroups(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("Diagnostic-Code: smtp; 550 5.1.1 user unknown\n")
	for i := 0; i < 100000; i++ {
		b.WriteString("  and more text\n")
	}
	b.WriteString("\n")
	for i := 0; i < 100000; i++ {
		b.WriteString("550-5.7.1 line\n")
	}
	b.WriteString("550 5.7.1 end\n")
	sc := NewScanner(strings.NewReader(b.String()))
	n := 0
	for sc.Scan() {
		r := sc.Reply()
		if len(r.Input) > MaxInput {
			t.Fatalf("reply input of %d bytes", len(r.Input))
		}
		n++
	}
	if n < 2 {
		t.Fatalf("%d replies", n)
	}
}

// Long folded inputs parse in linear time (no quadratic string building).
func TestParseManyContinuationLines(t *testing.T) {
	t.Parallel()
	s := "550 5.1.1 x" + strings.Repeat("\n y", 20000)
	r, err := Parse(s)
	if err != nil || r.Code != 550 || len(r.Text) < 40000 {
		t.Fatalf("code %d, text %d bytes, err %v", r.Code, len(r.Text), err)
	}
}

func TestEnhancedInsideText(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"550 Rejected: 5.7.1 relay denied":              "5.7.1",
		"421 mx.example ESMTP Exim 4.94.2 busy":         "",
		"550 host 192.0.2.1 said 4.7.1 no":              "",
		"550 Address 5.1.1.1 listed":                    "",
		"451 Temporary failure (#4.3.0)":                "4.3.0",
		"554 Error 5.9.1 unknown subject is not a code": "",
	} {
		r, err := Parse(in)
		if err != nil || r.Enhanced != want {
			t.Errorf("%q: enhanced %q, want %q (err %v)", in, r.Enhanced, want, err)
		}
		if e := Explain(Reply{Code: r.Code, Text: r.Text}); e.Enhanced != want {
			t.Errorf("%q: Explain derived %q, want %q", in, e.Enhanced, want)
		}
	}
}

// TestContextAroundReply: the words before a reply on its line and the
// other lines that are neither replies, commands nor DSN fields are kept as
// the reply's Context; the reply's own text is unchanged.
func TestContextAroundReply(t *testing.T) {
	for _, c := range []struct{ in, text, ctx string }{
		{"Delivery has expired. Last error: 451 4.7.1 Please try again later", "Please try again later", "Delivery has expired. Last error"},
		{"Message could not be delivered for 5 days\nMessage will be deleted from queue\n451 4.7.1 Please try again later", "Please try again later",
			"Message could not be delivered for 5 days Message will be deleted from queue"},
		{"Action: failed\nStatus: 4.7.1\nDiagnostic-Code: smtp; 451 4.7.1 Please try again later", "Please try again later", ""},
		{"550 5.1.1 User unknown", "User unknown", ""},
	} {
		r, err := Parse(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if r.Text != c.text || r.Context != c.ctx {
			t.Errorf("%q:\n text %q, want %q\n context %q, want %q", c.in, r.Text, c.text, r.Context, c.ctx)
		}
	}
}

// indexFold finds what strings.Index finds in the lower-cased text.
func TestIndexFold(t *testing.T) {
	texts := []string{"", "a", "Host MX said: 550", "IN REPLY TO RCPT TO COMMAND", "(In Reply To end of DATA command)", "sasl_username=Bob", "xX smtp; 550", "héllo SAID: ok", "ＳＡＩＤ said: "}
	subs := []string{"", " said: ", "(in reply to ", " command", "sasl_username=", "smtp;", "x", "é"}
	for _, s := range texts {
		for _, sub := range subs {
			if got, want := indexFold(s, sub), strings.Index(lowerASCII(s), sub); got != want {
				t.Errorf("indexFold(%q, %q) = %d, want %d", s, sub, got, want)
			}
		}
	}
}

// A reply quoted inside a parenthesis ends before the parenthesis closes;
// a parenthesis the reply opened itself stays in its text.
func TestReplyTextEndsWithItsParenthesis(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, text string }{
		{"----- Transcript of session follows -----\n<c@d.example>\n    (reason: 552 5.2.2 Mailbox over quota)", "Mailbox over quota"},
		{"SMTP error from remote mail server for RCPT TO command, reason: 550 unknown mailbox c@d.example)", "unknown mailbox c@d.example"},
		{"status=bounced (host mx.d.example[192.0.2.7] said: 550 No such person at this address (in reply to RCPT TO command))", "No such person at this address"},
		{"554 5.7.1 Rejected as spam (score 9.1 (limit 5))", "Rejected as spam (score 9.1 (limit 5))"},
		{"550 5.1.1 unknown user (see https://help.d.example/bounce)", "unknown user (see https://help.d.example/bounce)"},
	}
	for _, c := range cases {
		r, err := Parse(c.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", c.in, err)
		}
		if r.Text != c.text {
			t.Errorf("Parse(%q).Text = %q, want %q", c.in, r.Text, c.text)
		}
	}
}
