package explain

import (
	"strings"
	"testing"
	"testing/iotest"
)

func checkExplanation(t *testing.T, e Explanation) {
	t.Helper()
	ok := false
	for _, c := range Categories {
		if e.Category == c {
			ok = true
		}
	}
	if !ok {
		t.Fatalf("category %q not in the vocabulary", e.Category)
	}
	switch e.Class {
	case ClassSuccess, ClassTransient, ClassPermanent, ClassUnknown:
	default:
		t.Fatalf("class %q", e.Class)
	}
	if e.Retry != (e.Class == ClassTransient) {
		t.Fatalf("retry %v for class %s", e.Retry, e.Class)
	}
	if e.Remediation == nil || e.References == nil || e.Summary == "" {
		t.Fatalf("incomplete explanation %+v", e)
	}
	if e.Code != nil && (*e.Code < 200 || *e.Code > 599) {
		t.Fatalf("code %d", *e.Code)
	}
}

// codelessRefusal: a log line that reports a refusal without a code (Exim)
// must still say whether it was permanent or temporary, and what was said.
func codelessRefusal(r Reply) bool {
	return (r.Action == "failed" || r.Action == "delayed") && r.Text != ""
}

// jsonServiceEvent: a line that opens a JSON object, or an array of objects,
// and that carries a service's classification field (serviceEvent): the
// one kind of codeless reply the scanner yields without Wording.
func jsonServiceEvent(in string) bool {
	j := in
	if strings.HasPrefix(j, "[") {
		j = strings.TrimLeft(j[1:], " \t")
	}
	return strings.HasPrefix(j, "{") && serviceEvent([]byte(in))
}

// FuzzParse: the reply parser never panics, returns ErrNoCode or a reply
// with a code, and Explain accepts whatever Parse returns.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"421", "5.7.26", "550 5.1.1 <a@b.example>: User unknown", "550-5.7.1 a\r\n550 5.7.26 b",
		"Diagnostic-Code: smtp; 550 5.7.606 banned", "Remote Server returned '<#5.1.1 smtp;550 5.1.1 x>'",
		"to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, dsn=4.4.1, status=deferred (connect to x: timeout)",
		"** a@b.example H=mx [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<a@b.example>: 550 x",
		"NOQUEUE: reject: RCPT from x[192.0.2.1]: 554 5.7.1 denied; from=<> to=<a@b>", "#550 5.1.1 x ##", "5.", "550 5.7.", "\xff\xfe",
		"2026-11-28 19:29:49 H=(c.example) [127.0.0.1] F=<a@b.example> temporarily rejected RCPT <g@b.example>: Greylisted",
		"2026-11-28 19:29:49 LOGIN authenticator failed for (c.example) [127.0.0.1]: 535 Incorrect authentication data (set_id=a@b.example)",
		"Nov 28 19:26:11 mx postfix/submissions/smtpd[1]: warning: localhost[127.0.0.1]: SASL LOGIN authentication failed: x, sasl_username=a@b.example",
		"2026-11-28 19:35:22 1xXO7J-0008P8-1D ** a@nowhere.example: Unrouteable address",
		"retry timeout exceeded", "Status: 5.0.0\nDiagnostic-Code: smtp; Unknown user", "550: <a@b.example>: User unknown",
		"Sorry, no mailbox here by that name. (#5.1.1)", "354 End data with <CR><LF>.<CR><LF>\n451 4.3.0 Error: queue file write error",
		"Nov 28 19:33:35 mx postfix/smtpd[7889]: warning: Connection concurrency limit exceeded: 2 from localhost[127.0.0.1] for service 127.0.0.1:10027",
		// pasted wrappers (pastes.go)
		`Expected response code "250/251/252" but got code "550", with message "550 5.1.1 x"`, `x >> MAIL FROM:<a> << 250 Ok !! e << 550 y >> RSET`,
		`{"e":"\"421-4.7.0 a\n421 4.7.0 b\""}`, "{'a': (550, b'x\ny')} (552, 'z", "Detail: x SMTP code: 550 Additional SMTP info: 5.7.1", "SMTP code: 5", `\`,
		`Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Five }, message: ["x"]`, "severity: category: detail: ", "recv a>550-5.7.1 x\nrecv a>550 5.7.1 y",
		// forum pastes (held-out batch 7)
		`SMTP Error (550): Failed to add recipient "a" (5.7.1 (x) y).`, "Error SMTP: [451] x", "SMTP Error (55", "SMTP error: [550]", `SMTP Error (550): Failed to (`,
		"delivery 1: failure: a_b./Remote_host_said:_550_x/", "delivery 2: deferral: /", "delivery : failure: ", "550.5.7.0 x", "550.5.", "│a\n│\n│b",
		"Remote Server returned '<h #4.4.7>'", "Remote Server returned '< #'", "This is a permanent error; I've given up.", "x\nStatus: 5.0.0",
		"250 2.7.0 Ok, discarded, id=1 - INFECTED: x",
		// mail software and libraries (held-out batch 9-mta)
		"Expected response code(s) [250, 251] but got response [550]", "got response [5", "[550", `got code "550`, "x [4]", "[250, 251]",
		"2024-03-05T08:01:02Z 501 TID-a WARN: x", "1 550 TID-", "a said: 550-x\ny 550-z\n(in\nreply to RCPT TO command)", "a said:\n\ncommand)",
		"remote delivery deferred: 550 x", "535 x\n503 y\n500 z",
		// sending services' API errors and events (held-out batch 9-esp)
		`{"statusCode":401,"message":"x","name":"missing_api_key"}`, `{"a" :"b", "messageId":`, `{"":`, `{"flags":["soft_bounce","`, "HTTP 429 Too Many Requests",
		"bounce_bad-mailbox,550 x", `{"error":{"code":"TM_3601","details":[{"code":"SM_133"`, "530 x STARTTLS\n530 Authentication required\n554 5.0.0 Service unavailable",
		// provider code readers and help-link paths (held-out batch 11-prov)
		"550 BL003 http://a.example/faq?x", "452 RL0", "554 ES000001", "BL0010", "xBL001", "554 x - See http://a.example/mail_blocks.htm#IP", "://", "http://",
		"see http://a.example/block-lookup?ip=192.0.2.1", "554 5.7.0 err=daily_limit_reached", "err=", "could not find address for 198.51.100.23", "resolve 1.2.3",
		// localized webmail reports (held-out batch 12-intl)
		"SMTP hiba (535): Sikertelen bejelentkezés", "Σφάλμα SMTP (-1): x", `Eroare SMTP (530): a "b" (5.7.0 c)`, "Помилка SMTP-сервера (55", "SMTP sorunu (",
		"SMTP -", "smtp ([", "postfix/smtpd[503]: 550 x", "SMTP x (550)", "a SMTP: [-1]",
		// whole pastes (held-out batch 22-forms)
		"a: from=<>, status=expired, returned to sender", " status=expired", "status=expired (", "a, dsn=4.4.1, status=deferred (x)\nb, status=expired, y",
		"== a@b.example R=r T=t defer (110): x\n** a@b.example: retry timeout exceeded", "550 <a@b.example>: Recipient\naddress rejected: x", "550 A\nb", "550 x Ab\nc d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Parse(s)
		if err != nil {
			if r.Code != 0 && r.Enhanced != "" {
				t.Fatalf("error %v with a code", err)
			}
			return
		}
		if r.Code == 0 && r.Enhanced == "" && !codelessRefusal(r) && !recognisedWording(r.Text) {
			t.Fatalf("no error, no code and no recognised wording for %q", s)
		}
		if r.Enhanced != "" {
			if _, ok := parseEnh(r.Enhanced); !ok {
				t.Fatalf("enhanced %q does not parse", r.Enhanced)
			}
		}
		checkExplanation(t, Explain(r))
		if _, err := ParseLine(s); err == nil {
			checkExplanation(t, Explain(Reply{Lines: strings.Split(s, "\n")}))
		}
	})
}

// FuzzScanner: the log scanner never panics; it yields only replies with a
// code, a codeless refusal, a sending service's JSON event (explained by its
// classification fields with Wording or without: serviceEvent) or (with
// Wording) codeless delivery wording; every line read is
// counted, explained or not; and it decides by structure, not by how the
// input arrives: read a byte at a time, it yields the same replies.
func FuzzScanner(f *testing.F) {
	f.Add("550-5.7.1 a\n550 5.7.1 b\nxx\n421 4.7.0 c\n\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 x\n")
	f.Add("2026-11-28 19:29:49 H=(c.example) [127.0.0.1] F=<a@b.example> rejected RCPT <g@b.example>: Unrouteable address\n== a@b.example R=r T=t defer (-1): Tainted 'x' not permitted\n")
	f.Add("SMTP Error (550): Failed to add recipient \"a\" (x)\ndelivery 3: failure: Unable_to_run_qmail-remote./\n550.5.7.0 x\nError SMTP: [421] y\n")
	for _, s := range pastes(f) { // scan_paste_test.go
		f.Add(s)
	}
	f.Add("550 5.1.1 x\nEnvelope expired\nDec  6 10:00:04 mx postfix/qmgr[812]: 4F2A1: removed\nmailbox full\nhello\n")
	f.Add("220 mx ESMTP\nMAIL FROM:<a@a.example>\n250 ok\n\n250 ok\n421 4.7.0 x")
	// a tool's command line behind a shell prompt, a queue's expiry line (held-out batch 22-forms)
	f.Add("$ telnet a 25\n220 x\nRCPT TO:<a@b>\n550 5.1.1 y\nQUIT\n221 bye\nConnection closed by foreign host.\n")
	f.Add("PS C:\\x> Send-MailMessage -To a\nSend-MailMessage : x. The server response was: 5.7.60 y\nAt line:1 char:1\n")
	f.Add("[a b]# nc x 25\n$ \n# \nu@h:~$ sudo swaks\n> curl\nDec  1 a postfix/qmgr[1]: A: from=<>, status=expired, returned to sender\n")
	f.Fuzz(func(t *testing.T, s string) {
		for _, wording := range []bool{false, true} {
			sc := NewScanner(strings.NewReader(s))
			sc.Wording = wording
			var inputs []string
			for sc.Scan() {
				r := sc.Reply()
				if r.Code == 0 && r.Enhanced == "" && !codelessRefusal(r) && !jsonServiceEvent(r.Input) && !(wording && recognisedWording(r.Text)) {
					t.Fatalf("reply without a code or delivery wording from %q (wording %v)", s, wording)
				}
				checkExplanation(t, Explain(r))
				inputs = append(inputs, r.Input)
			}
			lines := strings.Count(s, "\n")
			if !strings.HasSuffix(s, "\n") && s != "" {
				lines++
			}
			if sc.Lines != lines || sc.Skipped+sc.TooLong > lines || len(inputs) > lines {
				t.Fatalf("%d lines counted, %d skipped, %d too long, %d replies; the input has %d lines", sc.Lines, sc.Skipped, sc.TooLong, len(inputs), lines)
			}
			if len(s) > 4096 {
				continue // (a byte at a time is slow)
			}
			bw := NewScanner(iotest.OneByteReader(strings.NewReader(s)))
			bw.Wording = wording
			i := 0
			for bw.Scan() {
				if i >= len(inputs) || bw.Reply().Input != inputs[i] {
					t.Fatalf("read a byte at a time, reply %d is %q; read whole: %q", i, bw.Reply().Input, inputs)
				}
				i++
			}
			if i != len(inputs) {
				t.Fatalf("read a byte at a time: %d replies, read whole: %d", i, len(inputs))
			}
		}
	})
}
