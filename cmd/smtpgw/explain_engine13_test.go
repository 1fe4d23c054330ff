package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// explainPiped pipes text to `smtpgw explain --json -` and returns its
// explanations (the totals line, printed when lines were left unexplained,
// is not one).
func explainPiped(t *testing.T, text string) []map[string]any {
	t.Helper()
	out, errOut, code := runCLI(t, text, "explain", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q:\n%s", code, errOut, out)
	}
	var ms []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%v: %q", err, l)
		}
		if _, ok := m["totals"]; ok {
			continue
		}
		ms = append(ms, checkJSONLine(t, l))
	}
	return ms
}

// Input forms on standard input left open in session 7 (issue 10, helper
// engine13), each in new wording, given as the argument and piped: the
// pipe gives the same single verdict as the argument.
func TestExplainEngine13PipedForms(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		// one reply split over log lines with the same prefix, the first
		// with the library's words before the code (a platform's log)
		{"split reply", argVerdict{"2026-12-06T09:15:02.114+00:00 app[web.2]: Net::SMTPFatalError (550-5.1.1 The email account that you tried to reach does not exist. Please try\n" +
			"2026-12-06T09:15:02.115+00:00 app[web.2]: 550-5.1.1 double-checking the recipient's email address for typos or\n" +
			"2026-12-06T09:15:02.115+00:00 app[web.2]: 550 5.1.1 unnecessary spaces. q7si - gsmtp", "user-unknown", "permanent"}},
		// a Java exception behind a log prefix with its indented causes
		{"java behind prefix", argVerdict{"2026-12-06 09:15:02.114  WARN 7 --- [   scheduling-1] c.e.n.AlertMailer : Alert not sent: Mail server connection failed. Failed messages: jakarta.mail.MessagingException: Could not connect to SMTP host: relay.lab.example, port: 587;\n" +
			"  nested exception is:\n" +
			"\tjava.net.SocketTimeoutException: Connect timed out", "network", "transient"}},
		// an enhanced code without a basic code inside a JSON value
		{"json enhanced", argVerdict{`{"ts":"2026-12-06T09:15:02Z","level":"error","msg":"delivery failed","dsn":"5.2.2","detail":"Quota exceeded for kim@lab.example"}`, "mailbox-full", "permanent"}},
		// lettre's code in parentheses
		{"lettre", argVerdict{"[2026-12-06T09:15:02Z ERROR mailer] could not send: permanent error (553): 5.7.1 Sender address rejected: not owned by user", "sender-invalid", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}

// checkPipedAsArgument checks the verdict of c.in given as the argument,
// then piped: one explanation with the same verdict.
func checkPipedAsArgument(t *testing.T, name string, c argVerdict) {
	t.Helper()
	checkArgVerdicts(t, []argVerdict{c})
	ms := explainPiped(t, c.in+"\n")
	if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class {
		got := []any{}
		for _, m := range ms {
			got = append(got, m["category"], m["class"])
		}
		t.Errorf("%s piped: %d explanations %v, want one %s/%s", name, len(ms), got, c.cat, c.class)
	}
}

// Several codeless log records piped together (a filter's spam log, one
// record a line) are a list: one explanation each, as each line given as
// the argument; a pasted text of free lines stays one paste.
func TestExplainEngine13PipedRecords(t *testing.T) {
	t.Parallel()
	records := []argVerdict{
		{"Spam 2000000001 12/06/2026 09:15:02 PM mail.far.example 203.0.113.61 ann@far.example RBL bl.far.example", "reputation", "permanent"},
		{"Spam 2000000001 12/06/2026 09:16:40 PM mail.far.example 203.0.113.62 ops@far.example RelayReject kim@other.example", "relay-denied", "permanent"},
	}
	checkArgVerdicts(t, records)
	ms := explainPiped(t, records[0].in+"\n"+records[1].in+"\n")
	if len(ms) != 2 {
		t.Fatalf("%d explanations, want 2: %v", len(ms), ms)
	}
	for i, c := range records {
		if ms[i]["category"] != c.cat || ms[i]["class"] != c.class {
			t.Errorf("record %d: %v/%v, want %s/%s", i+1, ms[i]["category"], ms[i]["class"], c.cat, c.class)
		}
	}
	// free text without times stays one paste
	if ms := explainPiped(t, "Delivery to the following recipient failed permanently:\n\n    kim@far.example\n\nThe recipient's mailbox is full and can't accept messages now.\n"); len(ms) != 1 || ms[0]["category"] != "mailbox-full" {
		t.Errorf("pasted text: %v", ms)
	}
}

// The card of a sending service's API failure says who retries there, in
// the terminal and in JSON alike: the application resends a 5xx, 408 or
// 429 request with backoff ("retry": true); another 4xx is not retried
// ("retry": false); an SMTP reply keeps the sending MTA.
func TestExplainEngine13APIRetryLine(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in    string
		retry bool
		want  string
	}{
		{"HTTP/1.1 504 Gateway Timeout", true, "resends the same API request"},
		{"HTTP/1.1 408 Request Timeout", true, "resends the same API request"},
		{"HTTP/1.1 401 Unauthorized {\"message\":\"invalid API key\"}", false, "not retried"},
		{"451 4.7.1 Try again later", true, "sending MTA keeps the message queued"},
	} {
		out, errOut, code := runCLI(t, "", "explain", c.in)
		if code != 0 || !strings.Contains(strings.Join(strings.Fields(out), " "), c.want) {
			t.Errorf("%q: exit %d %q\n%s", c.in, code, errOut, out)
		}
		m := explainJSON(t, c.in)
		if m["retry"] != c.retry {
			t.Errorf("%q: JSON retry %v, want %v", c.in, m["retry"], c.retry)
		}
	}
}

// A library's reply quoted after 'with message "' (SwiftMailer, Symfony
// Mailer) is read piped as given as the argument, without an enhanced code
// too; an application's log line of an exception's name followed by a line
// with the same log prefix and the reply it wrapped is one explanation,
// and the next record stands alone.
func TestExplainEngine13PipedLibraryFrames(t *testing.T) {
	t.Parallel()
	c := argVerdict{`[2026-12-06 09:15:02] production.ERROR: Expected response code "250" but got code "552", with message "552 Message size exceeds maximum permitted"`, "message-too-big", "permanent"}
	checkArgVerdicts(t, []argVerdict{c})
	if ms := explainPiped(t, c.in+"\n"); len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["code"] != float64(552) {
		t.Errorf("piped: %v", ms)
	}
	log := "W, [2026-12-06T09:15:02.114000 #41] ERROR -- : Delivery failed: #<Net::SMTPFatalError: Net::SMTPFatalError>\n" +
		"W, [2026-12-06T09:15:02.114090 #41] ERROR -- : 552 5.2.2 <kim@lab.example>: Recipient address rejected: mailbox full said: over quota\n" +
		"W, [2026-12-06T09:16:40.000000 #41] ERROR -- : Mail job aborted: #<Net::SMTPServerBusy: Net::SMTPServerBusy>\n"
	ms := explainPiped(t, log)
	if len(ms) != 2 || ms[0]["category"] != "mailbox-full" || ms[1]["category"] != "unknown" || ms[1]["class"] != "transient" {
		got := []any{}
		for _, m := range ms {
			got = append(got, m["category"], m["class"])
		}
		t.Errorf("piped log: %v", got)
	}
}
