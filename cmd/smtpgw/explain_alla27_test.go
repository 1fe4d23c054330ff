package main

import "testing"

// Batch 27-alla's kinds through the command (new wording, not rows of the
// corpus): each text piped whole gives exactly one explanation, the same as
// the text given as the argument.
//
//   - Gmail's "DNS Error: DNS type 'mx' lookup of <domain>" cut before its
//     result: host-unknown;
//   - Exchange's "STARTTLS is required to send mail" without its code:
//     tls-required, transient;
//   - the account's SMTP AUTH switched off, in the account's language:
//     auth-failed, not the provider's hold of the account.
func TestExplainAlla27StdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"DNS Error: DNS type 'mx' lookup of shop-closed.example", "host-unknown", "permanent", 0},
		{"Send failed: STARTTLS is required to send mail", "tls-required", "transient", 0},
		{"Erreur : SmtpClientAuthentication is disabled for the Mailbox, l'authentification SMTP est désactivée sur votre compte.", "auth-failed", "permanent", 0},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
