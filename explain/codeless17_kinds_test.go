package explain

import "testing"

// Kinds of helper codeless17 (issue 10; docs/heldout/heldout17-codeless.md):
// texts without a reply code, each kind in new wording (not rows of a batch).

// An application that refuses a message without a recipient does so before
// any SMTP (syntax); without a sender or From address it is the sender's
// (sender-invalid). A server's refusal of a missing From header field stays
// a header-syntax refusal.
func TestKindCodeless17MissingAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MailerError: cannot send, recipient is missing", Syntax, ClassPermanent},
		{"ValidationError: recipients are not defined for this notification", Syntax, ClassPermanent},
		{"mailer: no sender specified in configuration, message dropped", SenderInvalid, ClassPermanent},
		{"notify.send(): from address not set, nothing sent", SenderInvalid, ClassPermanent},
		{"550 5.6.0 Message rejected: missing From header", RFCNoncompliant, ClassPermanent},
	})
}

// A library's report that MAIL FROM or RCPT TO failed, without the server's
// reply: unknown, class unknown, and the note says the reply is hidden; with
// a code in the text, the code is that reply.
func TestKindCodeless17HiddenReplyAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailer: failed to add recipient <ana@far.example>", Unknown, ClassUnknown},
		{"net_smtp: could not set sender [ops@near.example]", Unknown, ClassUnknown},
		{"SMTP Error (550): Failed to add recipient \"ana@far.example\" (5.1.1 user unknown)", UserUnknown, ClassPermanent},
	})
	e, err := explainOne("Mailer: failed to add recipient <ana@far.example>")
	if err != nil || e.Note == "" {
		t.Errorf("no note for a hidden reply: %v %q", err, e.Note)
	}
}

// A mail system set up not to send off-site refuses remote recipients:
// relaying refused.
func TestKindCodeless17NoRemoteDelivery(t *testing.T) {
	checkKinds(t, []kindCase{
		{"** bo@far.example: remote delivery is disabled on this host", RelayDenied, ClassPermanent},
		{"Mail to remote domains is not permitted from this relay", RelayDenied, ClassPermanent},
	})
}

// The sending system's own failures: Postfix's bounce/defer/trace services,
// and a domain whose MX is the sending host itself (skipped), are
// server-error, not a network failure.
func TestKindCodeless17SendingSystemOwnFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Jan  3 04:05:06 relay postfix/local[77]: 1A2B3C: to=<ops@near.example>, relay=local, dsn=4.3.0, status=deferred (trace service failure)", ServerError, ClassTransient},
		{"Jan  3 04:05:07 relay postfix/qmgr[70]: 1A2B3C: status=deferred (defer failed)", ServerError, ClassTransient},
		{"outbound: MX 198.51.100.4 is local, skipping\noutbound: temp fail: Tried all MXs", ServerError, ClassTransient},
	})
}

// A temporary problem put at the receiving mail server is the receiver's own
// (server-error, transient); a temporary DNS or connection problem is not.
func TestKindCodeless17ReceiverTemporaryIssue(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Deferred: the receiving mail server reported a temporary problem; retrying later", ServerError, ClassTransient},
		{"There was a temporary issue with the recipient's mail server.", ServerError, ClassTransient},
	})
	e, err := explainOne("The receiving server had a temporary problem: connection timed out")
	if err == nil && e.Category == ServerError {
		t.Errorf("a connection timeout at the receiving server: server-error (rule %s)", e.Rule)
	}
}

// Unsolicited mail said of the sender as a volume is reputation; a provider's
// hold on the sending account is policy, its class from its words; a host
// or IP blocked from sending stays reputation.
func TestKindCodeless17SenderVerdicts(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Deferred: we received a high volume of unsolicited mail from your domain", Reputation, ""},
		{"Your account has been temporarily blocked from sending after unusual activity", Policy, ClassTransient},
		{"Sending paused: suspicious sending activity on this mailbox", Policy, ""},
		{"Our server 203.0.113.5 is blocked from sending", Reputation, ""},
	})
}

// Vocabulary without a code: a limit for sending (rate-limited), a mailbox
// no longer in use (mailbox-disabled; an address that names its successor is
// moved), a domain that accepts no mail (host-unknown, also as a verifier's
// CamelCase result).
func TestKindCodeless17Vocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"You've hit the daily limit for sending messages. Try again tomorrow.", RateLimited, ""},
		{"The mailbox ana@far.example is no longer in use", MailboxDisabled, ClassPermanent},
		{"Recipient address rejected: address no longer in use. Please use ana@new.example", Moved, ClassPermanent},
		{"check result: RecipientDomainAcceptsNoMail", HostUnknown, ClassPermanent},
		{"far.example accepts no mail (null MX)", HostUnknown, ClassPermanent},
	})
}

// The codeless gate: an MTA's log of a temporary refusal and sendmail's
// stat=queued state an outcome (transient) without a cause; Exim's "sender
// verify fail" is about the sender.
func TestKindCodeless17GateAndStage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-01-02 03:04:05 H=mx.near.example [192.0.2.9] F=<x@near.example> temporarily rejected RCPT <y@far.example>", Unknown, ClassTransient},
		{"Jan  9 10:11:12 gw sendmail[401]: 0A1B2C3D: to=<y@far.example>, delay=00:00:01, mailer=esmtp, stat=queued", Unknown, ClassTransient},
		{"H=(box.near.example) [198.51.100.20] sender verify fail for <nobody@near.example>: No such user here", SenderInvalid, ClassPermanent},
	})
	for _, in := range []string{"Jan  9 10:11:12 gw postfix/smtpd[9]: connect from unknown[192.0.2.1]", "the quick brown fox"} {
		if _, err := explainOne(in); err == nil {
			t.Errorf("%q: explained, want the gate to refuse it", in)
		}
	}
}

// Batch 17-codeless b's kinds: the local sendmail program's own refusals (no
// recipient, a usage error: syntax), postdrop unable to reach Postfix's
// pickup service (server-error, transient), an address that is not an
// addr-spec (syntax, not rfc-noncompliant), a sending account without the
// mail service (policy), and an API error object's "code" holding an HTTP
// client status (its HTTP class, not a 4xx SMTP deferral).
func TestKindCodeless17bLocalProgramsAndAPIs(t *testing.T) {
	checkKinds(t, []kindCase{
		{"sendmail: fatal: www-data(33): Recipient addresses must be specified on the command line", Syntax, ClassPermanent},
		{"Oct  2 08:00:01 web postfix/sendmail[4411]: fatal: usage: sendmail [options]", Syntax, ClassPermanent},
		{"postfix/postdrop[9120]: warning: unable to look up public/pickup: Connection refused", ServerError, ClassTransient},
		{"InvalidArgumentException: Email \"noreply at shop\" does not comply with addr-spec of RFC 2822.", Syntax, ClassPermanent},
		{"Mail service is not enabled for this user account", Policy, ClassPermanent},
		{"{\"error\": {\"code\": 403, \"message\": \"Sending is not allowed for this mailbox\", \"status\": \"PERMISSION_DENIED\"}}", Policy, ClassPermanent},
	})
}
