package main

import "testing"

// The labelling conventions common22 settled, through the command (new
// wording, not rows of the corpus): each text piped whole gives exactly one
// explanation, the same as the text given as the argument.
//
//   - Outlook's 5.7.57 quoting the 535 of a refused login: auth-failed;
//   - a platform's status for an address held after too many bounces:
//     user-unknown;
//   - the sender's own account suspended for spam: policy;
//   - Exchange's "no permission to send through a server between you and the
//     recipient": relay-denied;
//   - Yahoo's "Message from <IP> temporarily deferred" in a Postfix log line:
//     reputation, transient.
func TestExplainCommon22ConventionsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"smtplib.SMTPSenderRefused: (530, b'5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful [LO4P123CA0001.GBRP123.PROD.OUTLOOK.EXAMPLE]', 'alerts@shop.example')", "auth-failed", "permanent", 530},
		{"recipient_status = too_many_bounces", "user-unknown", "permanent", 0},
		{"Your e-mail account has been suspended for spamming. Reply to this ticket to restore it.", "policy", "permanent", 0},
		{"550 5.7.1 You don't have permission to send email through an email server that's between you and the recipient", "relay-denied", "permanent", 550},
		{"Mar  3 09:01:12 mx postfix/smtp[4410]: 7A1B2C3D4E: to=<kim@yahoo.example>, relay=mta6.am0.yahoodns.example[192.0.2.26]:25, delay=2.1, delays=0.1/0/1.9/0.1, dsn=4.0.0, status=deferred (host mta6.am0.yahoodns.example[192.0.2.26] said: 421 Message from (203.0.113.50) temporarily deferred (in reply to MAIL FROM command))", "reputation", "transient", 421},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}

// Held-out batch 22-common's kinds through the command: Postal's delivery
// failure in words (network; host-unknown with "No hosts to try") and
// Gmail's bulk-guidelines pointer cut from its sentence under a 5xx
// (reputation), each piped whole and given as the argument.
func TestExplainCommon22BatchKindsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"SOFT FAIL\nNo SMTP servers were available for far.example. Tried mx1.far.example and mx2.far.example", "network", "transient", 0},
		{"No SMTP servers were available for nowhere.example. No hosts to try.\nmessage requeued for trying later...", "host-unknown", "transient", 0},
		{"Reason: Remote host said: 550 5.7.1 our Bulk Email Senders Guidelines. a1si2345 - gsmtp", "reputation", "permanent", 550},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
