package explain

import "testing"

// The kinds held-out batch 18-gw (security gateways and further MTAs from
// their own source and documentation) found on its first run, in new
// wording (not the batch's rows).

// A reply that states the command's correct form, or asks for a valid
// address at RCPT, is a command or address that does not parse (syntax);
// a syntax error named as the sender address's is the sender address
// (sender-invalid), the recipient's stays syntax.
func TestKindGw18CommandAndAddressSyntax(t *testing.T) {
	checkKinds(t, []kindCase{
		{"501 Invalid syntax. Syntax should be HELO <hostname>", Syntax, ClassPermanent},
		{"<li@far.example>: host mx.far.example[192.0.2.70] said: 550 Syntax should be RCPT TO:<address> (in reply to RCPT TO command)", Syntax, ClassPermanent},
		{"553 A valid e-mail address is required for every recipient", Syntax, ClassPermanent},
		{"501 5.1.7 Invalid sender address syntax", SenderInvalid, ClassPermanent},
		{"WARN smtp-in: error parsing sender address \"bo@@far.example\"", SenderInvalid, ClassPermanent},
		{"DEBUG smtp-in: error parsing recipient address \"li at far.example\"", Syntax, ClassPermanent},
		// the generic "syntax error in" still reads a command's syntax
		{"501 5.5.4 Syntax error in parameters or arguments", Syntax, ClassPermanent},
	})
}

// An authenticated user sending as an address not theirs is the sender
// address (sender-invalid), not a failed login.
func TestKindGw18SenderNotAuthenticatedUsers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.7.1 Sender address does not match the authenticated user", SenderInvalid, ClassPermanent},
		{"530 5.7.1 Incorrect authentication for specified sender", SenderInvalid, ClassPermanent},
		// a failed login keeps its category
		{"535 5.7.8 Incorrect authentication data", AuthFailed, ClassPermanent},
	})
}

// A gateway that does not protect the recipient's domain does not take
// mail for it (relay-denied), with or without a code.
func TestKindGw18DomainNotProtected(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Recipient domain is not a protected domain on this gateway", RelayDenied, ClassPermanent},
		{"Rejected: corp.example isn't a Shield protected domain", RelayDenied, ClassPermanent},
	})
}

// A gateway's log reason that names its filter layer decides over the
// generic "Blocked": URL intent (spam-content), the attachment sandbox
// (virus).
func TestKindGw18FilterLayers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message blocked by Intent Analysis (URL in body: promo.example)", SpamContent, ClassPermanent},
		{"Status: Blocked\nReason: Advanced Threat Protection (invoice.docm)", Virus, ClassPermanent},
	})
}

// A header check rule is the site's content rule (policy), whatever X.5.x
// code carries it; the site's header_checks table that cannot be read is
// its own fault (server-error).
func TestKindGw18HeaderChecks(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.5.5 Header Checks Reject", Policy, ClassPermanent},
		{"451 4.7.1 Message deferred by header checks, try again later", Policy, ClassTransient},
		{"Dec  7 10:00:01 mx postfix/cleanup[700]: warning: 0A1B2C3D4E: header_checks map lookup problem -- message not accepted, try again later", ServerError, ClassTransient},
	})
}

// UUCP (bang path) addressing refused is a relay attempt.
func TestKindGw18UUCPRoute(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 <far!li@relay.example>: bang path addresses are not accepted", RelayDenied, ClassPermanent},
		{"553 UUCP address not allowed here", RelayDenied, ClassPermanent},
	})
}

// Batch 18-gw b: the sending service's own server suspended is the
// sender's account (policy), not a suspended recipient mailbox; an address
// set to refuse incoming mail is the receiving site's rule (policy).
func TestKindGw18bSuspendedServerAndRefusingAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Your SMTP server has been suspended by the administrator", Policy, ClassPermanent},
		{"<noreply@shop.example>: host mx.shop.example[192.0.2.91] said: 550 This address doesn't accept incoming mail (in reply to RCPT TO command)", Policy, ClassPermanent},
		// a recipient mailbox that is suspended keeps its category
		{"550 5.2.1 Mailbox has been suspended", MailboxDisabled, ClassPermanent},
	})
}

// A mail server's log of a failed login, without a code, is auth-failed.
func TestKindGw18bAuthFailureLog(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-12-07 11:00:01 smtpd[211]: auth failed for user bo from 198.51.100.44", AuthFailed, ClassPermanent},
		{"WARN smtp-in: AUTH failure from [203.0.113.45]: bad key", AuthFailed, ClassPermanent},
	})
}

// Message data that did not end is a connection cut before the final dot
// (network), not a failed local delivery.
func TestKindGw18bDataUnfinished(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.3.0 Incomplete data: connection closed before end of message", Network, ClassTransient},
		{"Dec  7 11:01:02 filter smtp[300]: message data incomplete from [192.0.2.92]", Network, ClassTransient},
	})
}

// A BCC or CC recipient the gateway does not know is an unknown recipient;
// a bounce to more than one address is policy; a sender address that could
// not be verified is sender-invalid — each also without a code.
func TestKindGw18bGatewayDescriptions(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Invalid CC recipient", UserUnknown, ClassPermanent},
		{"Rejected: unknown BCC recipient li@corp.example", UserUnknown, ClassPermanent},
		{"554 Refused: bounce sent to more than one address", Policy, ClassPermanent},
		{"550 Your sender address cannot be verified", SenderInvalid, ClassPermanent},
		{"The sender's address could not be verified by call-back", SenderInvalid, ClassPermanent},
	})
}

// Batch 18-gw c: a policy server's log line is read by the module that
// decided (a quota: rate-limited; access control: policy), not by the word
// "policy" among its fields; its action field gives the class.
func TestKindGw18cPolicyServerLog(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dec  8 10:00:01 relay cbpolicyd[501]: module=Quotas, action=reject, host=192.0.2.40, helo=srv.corp.example, from=bulk@corp.example, to=li@far.example, reason=quota_match, policy=2, quota=1, limit=1, track=SenderIP:192.0.2.40, counter=MessageCount, quota=501.00/500 (100.2%)", RateLimited, ClassPermanent},
		{"Dec  8 10:00:02 relay cbpolicyd[502]: module=Quotas, action=defer, host=192.0.2.41, helo=srv2.corp.example, from=bo@corp.example, to=li@far.example, reason=quota_match, policy=2, quota=4, limit=6, track=Recipient:@far.example, counter=MessageCount, quota=61.00/60 (101.7%)", RateLimited, ClassTransient},
		{"Dec  8 10:00:03 mx cbpolicyd[503]: module=AccessControl, action=reject, host=203.0.113.90, helo=mail.bad.example, from=x@bad.example, to=hr@corp.example, reason=verdict", Policy, ClassPermanent},
	})
}
