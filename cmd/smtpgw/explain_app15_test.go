package main

import "testing"

// The input forms held-out batch 15-app found, through the command (new
// wording, not rows of the batch): each paste piped whole gives exactly
// one explanation, the same as the text given as the argument.
//
//   - an application's JSON error that quotes SwiftMailer's exception for a
//     reply without a code, its quotes escaped;
//   - an Elixir exception whose last line is a network_failure tuple;
//   - a Python log line with "[Errno -3] Try again";
//   - a Node stack under "can not connect to any SMTP server";
//   - a password reset notice whose mail could not be sent.
func TestExplainApp15FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
	}{
		{`{"error":{"code":null,"message":"Expected response code 250 but got code \"\", with message \"\"","class":"Swift_TransportException"}}`, "network", "transient"},
		{"** (Bamboo.SMTPAdapter.SMTPError) There was a problem sending the email through SMTP.\n\nThe error is :retries_exceeded\n\nMore detail below:\n\n{:network_failure, 'relay.lab.example', {:error, :closed}}", "network", "transient"},
		{"2024-02-03 08:15:00,101 [WARNING] notify.mail:77 send_digest [Errno -3] Try again", "network", "transient"},
		{"Error: can not connect to any SMTP server\n    at tryConnect (/srv/app/node_modules/sendmail/sendmail.js:88:49)", "network", "transient"},
		{"Password reset for jo@lab.example done, but failed to send the notification email.", "unknown", "unknown"},
	} {
		ms := explainStdinLines(t, []string{c.in}) // (one input of many lines: exactly one explanation)
		arg := explainJSON(t, c.in)
		if ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || arg["code"] != nil {
			t.Errorf("%.50q: stdin %v/%v, argument %v/%v code %v, want %s/%s without a code", c.in, ms[0]["category"], ms[0]["class"], arg["category"], arg["class"], arg["code"], c.cat, c.class)
		}
	}
}
