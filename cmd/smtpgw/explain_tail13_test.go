package main

import "testing"

// The kinds helper tail13 closed (issue 10), through the command, each in
// new wording: a reply code alone in square brackets after an error word
// (a device's log, with the line that closed the connection after it),
// Exchange's RESOLVER.ADR directory codes, and an HTTP status given as a
// member of an API's JSON answer.
func TestExplainTail13Kinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"#[mfp(3)]26/11/30 08:15:02 MAILC: got error code. [554] (8002)  ERR:\n#[mfp(3)]26/11/30 08:15:02 MAILC: connection closed. (801)  ERR:", "unknown", "permanent"},
		{"scan2mail: SMTP error [421] (8001) ERR:", "server-error", "transient"},
		{"550 5.2.0 RESOLVER.ADR.BadPrimary; recipient object lacks a usable primary address", "server-error", "permanent"},
		{"#550 5.1.4 RESOLVER.ADR.Ambiguous; two objects share this proxy ##", "server-error", "permanent"},
		{`{"statusCode":504,"message":"Gateway Timeout"}`, "server-error", "transient"},
		{`{"message":"too many requests in the window","StatusCode" : 429}`, "rate-limited", "transient"},
	})
	// the bracketed code is the reply's code; a process id in brackets is none
	if m := explainJSON(t, "scan2mail: SMTP error [421] (8001) ERR:"); m["code"] != float64(421) {
		t.Errorf("code %v, want 421", m["code"])
	}
	out, _, code := runCLI(t, "", "explain", "--json", "Nov 30 08:15:02 gw postfix/smtpd[421]: connect from client.example[192.0.2.7]")
	if code != 2 {
		t.Errorf("exit %d, want 2 (a process id is no reply code): %s", code, out)
	}
}
