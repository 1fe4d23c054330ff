package explain

import "testing"

// The kinds helper common20 fixed (docs/heldout/heldout20-common.md), in new
// wording (not rows of a batch), with the neighbours that must not change.

// A reply whose code says the command failed (4xx, 5xx) is no delivery,
// whatever delivery words it quotes; success wording with a 2xx code, or
// without a code, stays a success.
func TestKindCommon20FailureCodeOverDeliveredWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 Message delivered to the spool of ops@far.example; delivery to the mailbox was interrupted, try again later", ServerError, ClassTransient},
		{"550 5.7.1 Message accepted for delivery only from local senders", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"250 2.0.0 Message accepted for delivery", Success, ClassSuccess},
		{"Your message was delivered successfully to kim@far.example", Success, ClassSuccess},
	})
}

// A server's own load said as load ("high load", "overloaded") is the
// server's state (server-error), also under X.4.5 congestion; a limit on
// the sender under X.4.5 stays a rate limit.
func TestKindCommon20ServerLoad(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 4.4.5 Server under heavy load, closing connection", ServerError, ClassTransient},
		{"451 4.3.2 System overloaded, please retry later", ServerError, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"452 4.4.5 Messages per minute limit exceeded for your IP", RateLimited, ClassTransient},
		{"421 4.4.5 Too many concurrent connections from your host", RateLimited, ClassTransient},
	})
}

// The remote server's own malformed reply is a failed exchange with that
// server (network), not the message's violation of the RFCs; a refusal of
// the message as not RFC compliant keeps its category.
func TestKindCommon20RemoteResponseMalformed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.4.0 Remote server response was not RFC conformant while sending RCPT TO", Network, ClassTransient},
		{"Temporary failure: invalid response from remote server mx.far.example (greeting missing)", Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"550 5.7.1 This message is not RFC 5322 compliant: duplicate Date header", RFCNoncompliant, ClassPermanent},
	})
}

// Postfix's "refused to talk to me" pasted from the host's name on, with no
// recipient before it (a bounce's wrapped line cut at "host"), is the
// skipped greeting (transient by the convention); after a recipient, or
// with status=bounced, it is the final reason.
func TestKindCommon20RefusedGreetingWithoutHostWord(t *testing.T) {
	checkKinds(t, []kindCase{
		{"mx2.far.example[198.51.100.20] refused to talk to me: 554 5.7.1 Your IP is listed on our block list", Reputation, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"<kim@far.example>: mx2.far.example[198.51.100.20] refused to talk to me: 554 5.7.1 Your IP is listed on our block list", Reputation, ClassPermanent},
		{"to=<kim@far.example>, relay=none, dsn=5.7.1, status=bounced (mx2.far.example[198.51.100.20] refused to talk to me: 554 5.7.1 Your IP is listed on our block list)", Reputation, ClassPermanent},
	})
}
