package main

import "testing"

// Kinds of helper tail26 (issue 10, session 21; docs/heldout/heldout26-tail.md),
// through the command, in new wording: an envelope sender the relay does
// not allow, a quoted From field called invalid, a server "not relaying"
// for a domain, System.Net.Mail's default status text before a 4.x.x reply,
// a sender domain called invalid beside "misconfigured", a PowerMTA record's
// spam-related bounce category; each as the
// argument and piped (one explanation, the same verdict).
func TestExplainTail26Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"envelope-from-not-allowed", argVerdict{"553 Envelope FROM 'robot@app.example' address is not allowed on this relay", "sender-invalid", "permanent"}},
		{"quoted-from-field-invalid", argVerdict{"Error: Mail command failed: 550 Invalid 'from' field: expected an email address", "sender-invalid", "permanent"}},
		{"not-relaying", argVerdict{"550 5.7.1 Sorry, we are not relaying mail for other.example", "relay-denied", "permanent"}},
		{"dotnet-default-status-text", argVerdict{"Syntax error, command unrecognized. The server response was: 4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending", "rate-limited", "transient"}},
		{"invalid-sender-domain-misconfigured", argVerdict{"421 4.1.8 invalid sender domain (misconfigured DNS records?)", "sender-invalid", "transient"}},
		{"powermta-spam-related", argVerdict{"b,2026-11-30 09:10:00+0000,2026-11-30 09:09:58+0000,a@news.example,b@mx.example,,failed,5.0.0 (undefined status),smtp;550 Message refused,mx.example (203.0.113.41),spam-related,smtp,,smtp,192.0.2.9,203.0.113.41,,3300,pool-b,", "spam-content", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
