package main

import "testing"

// Helper parse26's parser kinds through the command, in new wording, as
// the argument and piped on standard input (one explanation each):
//
//   - a reply flattened with its code after its words;
//   - a code in parentheses after a localized word for "error";
//   - an HTTP status before the SMTP reply an API passed on;
//   - the EHLO stage a client's wrapper names;
//   - Exim's pid column behind a container's log prefix.
func TestExplainParse26Forms(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"Mailer error: 5.7.0 Must issue a STARTTLS command first. See 530 5.7.0", "tls-required", "permanent", 530},
		{"Die Nachricht wurde abgelehnt: Postfach voll (Fehler 552)", "mailbox-full", "permanent", 552},
		{"Delivery API error, status 400, detail: 550 5.1.1 recipient does not exist", "user-unknown", "permanent", 550},
		{"EHLO error: 501 5.5.4 Invalid domain name", "rfc-noncompliant", "permanent", 501},
		{"relay_1  | 233   ** ola@far.example R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<ola@far.example>: 550 5.1.1 unknown user", "user-unknown", "permanent", 550},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || arg["code"] != c.code {
			var got []any
			for _, m := range ms {
				got = append(got, m["category"], m["class"], m["code"])
			}
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v (rule %v), want %s/%s %v", c.in, len(ms), got, arg["category"], arg["class"], arg["code"], arg["rule"], c.cat, c.class, c.code)
		}
	}
}

// Helper parse26's standard-input kinds through the command: a failure
// followed by the session's goodbye, a reply whose first line's code was
// cut, a list item translating the reply: one explanation each, the same
// as the argument.
func TestExplainParse26StdinOnePaste(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
	}{
		{"250 2.1.5 Recipient ok\n354 Go ahead\n554 5.7.1 Message refused: spam content\n221 2.0.0 Bye", "spam-content", "permanent"},
		{"The account you tried to reach is over its storage limit and cannot\n452-4.2.2 accept more mail now. Please\n452 4.2.2 try again later.", "mailbox-full", "transient"},
		{"550 5.1.1 <ola@far.example>: Recipient address rejected: User unknown\n- el destinatario no existe", "user-unknown", "permanent"},
	} {
		checkStdinAndArgument(t, c.in, c.cat, c.class)
	}
}
