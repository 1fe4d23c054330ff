package main

import "testing"

// The labelling conventions common23 settled and batch 23-common's kinds,
// through the command (new wording, not rows of the corpus): each text piped
// whole gives exactly one explanation, the same as the text given as the
// argument.
//
//   - a sender address the logged-in account may not use: sender-invalid;
//   - relaying refused without authentication: relay-denied;
//   - a bare lockout after failed logins: auth-failed, transient;
//   - Postfix's SASL login refused with 535: auth-failed, transient;
//   - a receiver's content policy on HTML parts: policy.
func TestExplainCommon23StdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"SmtpCommandException: 550 Sender address is not allowed for this login", "sender-invalid", "permanent", 550},
		{"550 Relaying not permitted for 203.0.113.9 without authentication", "relay-denied", "permanent", 550},
		{"Account locked: too many failed logins, wait 30 minutes", "auth-failed", "transient", 0},
		{"postfix/smtp[88]: 9C1D2E: SASL authentication failed; server mail.isp.example[198.51.100.4] said: 535 5.7.3 Authentication unsuccessful", "auth-failed", "transient", 535},
		{"550 5.7.1 Content policy: HTML mail is not accepted here, use plain text", "policy", "permanent", 550},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
