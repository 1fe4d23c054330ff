package main

import "testing"

// The kinds helper common21 fixed, through the command (new wording, not rows
// of a batch): each paste piped whole gives exactly one explanation, the same
// as the text given as the argument.
//
//   - a Postfix log line of a recipient verification whose probe could not
//     connect to the next hop: network, transient;
//   - Postfix's SASL client refused with a 501 for its login data: auth-failed;
//   - a multi-line delay notice whose server answer was malformed: network,
//     transient (the notice says the message is retried);
//   - qmail-remote's no-MX refusal under the sender's local policy: host-unknown;
//   - a provider's delivery attempt history, newest first: the latest attempt;
//   - Exim's main-log line of a client its connect ACL denied without a
//     message: policy, permanent.
func TestExplainCommon21FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"Mar  3 08:12:40 relay postfix/smtpd[2201]: NOQUEUE: reject: RCPT from mta.near.example[198.51.100.7]: 450 4.1.1 <kim@far.example>: Recipient address rejected: unverified address: connect to store.far.example[private/lmtp]: Connection refused; from=<ops@near.example> to=<kim@far.example> proto=ESMTP helo=<mta.near.example>", "network", "transient", 450},
		{"Mar  3 08:15:02 relay postfix/smtp[2290]: 2C4D1A0F11: to=<kim@far.example>, relay=smtp.far.example[198.51.100.9]:587, delay=0.8, delays=0.1/0/0.7/0, dsn=4.7.0, status=deferred (SASL authentication failed; server smtp.far.example[198.51.100.9] said: 501 5.5.124 Invalid XOAUTH2 auth data)", "auth-failed", "transient", 501},
		{"Delivery attempt history for your mail:\n\nTue, 03 Mar 2026 11:00:00 +0000 (GMT)\nTemporary error from SMTP partner: smtp;421 4.4.2 mx.far.example Error: timeout exceeded\n\nTue, 03 Mar 2026 07:00:00 +0000 (GMT)\nkim@far.example: smtp;451 4.3.0 <kim@far.example>: Temporary lookup failure", "network", "transient", 421},
		{"Sorry, the host named far.example does not have any MX records, and delivery without MX records prohibited by local policy. (#5.1.0)", "host-unknown", "permanent", 0},
		{`2024-05-02 08:11:40 H=relay.north.example [2001:db8:7::25]:52110 I=[2001:db8:9::1]:25 rejected connection in "connect" ACL`, "policy", "permanent", 0},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
