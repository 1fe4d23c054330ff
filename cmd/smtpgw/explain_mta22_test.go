package main

import "testing"

// The kinds helper mta22 fixed, through the command (new wording, not rows of
// a batch): each line piped gives exactly one explanation, the same as the
// text given as the argument.
//
//   - Exim's deferral that quotes the EHLO answer it fell back from: the
//     closed connection (network), not the quoted 5xx;
//   - qmail-queue's exit text under qmail-smtpd: the receiving server;
//   - postscreen's pre-queue limit, logged without a code: server-error,
//     transient;
//   - sendmail's per-client connection limit under 4.3.2: rate-limited;
//   - OpenSMTPD's relay that could not read its credentials table: the
//     relay's own set-up;
//   - Postfix's milter HOLD: policy, held (transient); sendmail's failed
//     milter: the receiving server;
//   - Postfix's bounce daemon's line for a non-delivery report: the outcome
//     (unknown, permanent); qmail-send's success line: a delivery.
func TestExplainMta22FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"2026-04-09 07:15:02 1wZz9A-0004Lm-Qq == ops@far.example R=dnslookup T=remote_smtp defer (-18) H=mx2.far.example [203.0.113.48]: Remote host mx2.far.example [203.0.113.48] closed connection in response to HELO gw.near.example (EHLO response was: 421 4.7.0 Try again later)", "network", "transient", 0},
		{"451 qq unable to read configuration (#4.3.0)", "server-error", "transient", 451},
		{"Apr  9 07:16:40 edge postfix/postscreen[7411]: NOQUEUE: reject: CONNECT from [198.51.100.201]:60233: all server ports busy", "server-error", "transient", 0},
		{"Apr  9 07:17:05 gw sm-mta[2210]: ruleset=check_relay, arg1=client9.near.example, arg2=192.0.2.190, relay=client9.near.example [192.0.2.190], reject=421 4.3.2 Too many open connections.", "rate-limited", "transient", 421},
		{`Apr  9 07:18:30 gw smtpd[5120]: 6f5e4d3c2b1a0f9e mta delivery evpid=0f1e2d3c4b5a6978 from=<ops@near.example> to=<li@far.example> rcpt=<-> source="-" relay="relay.isp.example" delay=1h result="TempFail" stat="Could not retrieve credentials"`, "server-error", "transient", 0},
		{"Apr  9 07:19:44 edge postfix/cleanup[7502]: 1D2E3F4A5B: milter-hold: END-OF-MESSAGE from out.far.example[203.0.113.49]: milter triggers HOLD action; from=<ops@far.example> to=<kim@near.example> proto=ESMTP helo=<out.far.example>", "policy", "transient", 0},
		{"Apr  9 07:20:10 gw sm-mta[2230]: 13AB24CD002230: Milter (clamav): to error state", "server-error", "transient", 0},
		{"Apr  9 07:21:00 edge postfix/bounce[7510]: 1D2E3F4A5C: sender non-delivery notification: 2E3F4A5B6C", "unknown", "permanent", 0},
		{"@4000000069570a1b2c3d4e61 delivery 915: success: 203.0.113.48_accepted_message./Remote_host_said:_250_2.0.0_Ok:_queued_as_4F5A6B7C8D/", "success", "success", 250},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
