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

// Postfix's default text for a milter's tempfail logged at END-OF-MESSAGE
// (the filter read the content and failed or deferred it without a reason)
// is the filter's failure; the same text before the content, a milter's own
// greylisting text, and the gateway's reply alone stay greylisting.
func TestKindCommon20MilterDefaultTempfailAfterContent(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mar  2 08:14:09 mx postfix/cleanup[4411]: 9A1B2C3D4E: milter-reject: END-OF-MESSAGE from mail.far.example[198.51.100.7]: 4.7.1 Service unavailable - try again later; from=<ann@far.example> to=<bo@near.example> proto=ESMTP helo=<mail.far.example>", ServerError, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"Mar  2 08:14:09 mx postfix/smtpd[4410]: NOQUEUE: milter-reject: RCPT from mail.far.example[198.51.100.7]: 451 4.7.1 Service unavailable - try again later; from=<ann@far.example> to=<bo@near.example> proto=ESMTP helo=<mail.far.example>", Greylisted, ClassTransient},
		{"Mar  2 08:14:09 mx postfix/cleanup[4411]: 9A1B2C3D4E: milter-reject: END-OF-MESSAGE from mail.far.example[198.51.100.7]: 4.7.1 Try again later; from=<ann@far.example> to=<bo@near.example> proto=ESMTP helo=<mail.far.example>", Greylisted, ClassTransient},
		{"451 4.7.1 Service unavailable - try again later", Greylisted, ClassTransient},
	})
}

// A Postfix bounce pasted without its indentation, whose "said:" line ends
// at the reply's code, goes on with the line that starts with the address
// the reply is about: the HELO verdict decides over the host-not-found
// words, and the non-delivery report (the message came back) is permanent
// although the reply is a 450; Postfix's delay notice stays transient, and
// a next recipient's line is not joined to the reply before it.
func TestKindCommon20PostfixBounceHeloUnwrapped(t *testing.T) {
	checkKinds(t, []kindCase{
		{"This is the mail system at host relay.near.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<ops@far.example>: host mx.far.example[192.0.2.61] said: 450 4.7.1\n<build-7f3a9c.internal>: Helo\ncommand rejected: Host not found (in reply to RCPT TO command)", RFCNoncompliant, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"This is the mail system at host relay.near.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n<ops@far.example>: host mx.far.example[192.0.2.61] said: 450 4.7.1\n<build-7f3a9c.internal>: Helo command rejected: Host not found (in reply to RCPT TO command)", RFCNoncompliant, ClassTransient},
		{"<ops@far.example>: host mx.far.example[192.0.2.61] said: 550 5.1.1\n<ops@far.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)", UserUnknown, ClassPermanent},
	})
}

// Exchange Online's 4.4.62 "wrong Office 365 region" is a routing deferral
// (network), not the receiver's server error; Exchange Online's other
// temporary server errors keep theirs.
func TestKindCommon20M365WrongRegion(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Remote server returned '451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35. [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.example]'", Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"451 4.4.4 Temporary server error. Please try again later ATTR2", ServerError, ClassTransient},
	})
}
