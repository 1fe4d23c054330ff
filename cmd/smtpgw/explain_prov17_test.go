package main

import "testing"

// The forms held-out batch 17-prov found, through the command (new
// wording, not rows of the batch): each paste piped whole gives exactly one
// explanation, the same as the text given as the argument.
//
//   - an Erlang gen_smtp failure term whose reason is an atom of two words
//     and carries no reply code;
//   - a Java mail exception chain naming a refused login;
//   - a codeless provider notice that an application password is required;
//   - (batch b) a Postfix bounce of a refusal by the sending IP's country,
//     wrapped over two lines, and an Exim defer line of a receiving service
//     that is unavailable for now.
func TestExplainProv17FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{`** (exit) {:error, :retries_exceeded, {:permanent_failure, "smtp.host.example", :auth_failed}}`, "auth-failed", "permanent", 0},
		{"org.springframework.mail.MailAuthenticationException: Authentication failed;\n  nested exception is javax.mail.AuthenticationFailedException: 535 Incorrect login", "auth-failed", "permanent", 535},
		{"Cannot log in to smtp.mail.example\nServer said: app password is required for mail clients", "auth-failed", "permanent", 0},
		{"<ann@mail.example>: host mx.mail.example[192.0.2.9] said: 554 5.7.1 Mail from\n    203.0.113.8 refused: geographic region not accepted (in reply to RCPT TO command)", "policy", "permanent", 554},
		{"2026-03-04 11:03:10 1sXYZb-000124-AC == ann@mail.example R=dnslookup T=remote_smtp defer (-44) H=mx.mail.example [192.0.2.9]: SMTP error from remote mail server after RCPT TO:<ann@mail.example>: 451 4.7.1 The service is temporarily unavailable, try again later", "server-error", "transient", 451},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
