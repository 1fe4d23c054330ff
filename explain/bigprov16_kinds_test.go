package explain

import "testing"

// The kinds held-out batch 16-bigprov found on its first run, in new wording
// (not the batch's rows), with the neighbours that must not change.

// A refusal naming the sending IP as what is not accepted is a block of the
// source; a rate or an authentication requirement stays what its rule says.
func TestKindBigprov16TrafficFromIP(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Access denied: mail is not accepted from this IP address.", Reputation, ClassPermanent},
		{"550 We are not accepting traffic from your IP at this time", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"421 Too many connections: traffic not accepted from this IP for now", RateLimited, ClassTransient},
	})
	if e, err := explainOne("530 Mail not accepted from this IP without authentication"); err != nil || e.Rule == "bigprov16.traffic-from-ip" {
		t.Errorf("an authentication requirement: %v, rule %q", err, e.Rule)
	}
}

// The 5.7.515 words without the code are an authentication failure of the
// sending domain, not a local policy.
func TestKindBigprov16AuthenticationLevel(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Rejected: the domain shop.example doesn't meet the authentication requirements for bulk senders (SPF, DKIM, DMARC)", SenderAuth, ClassPermanent},
		{"550 Message refused, sender domain does not meet the required authentication level", SenderAuth, ClassPermanent},
	})
	// the code alone keeps its table entry
	checkKinds(t, []kindCase{
		{"550 5.7.515 Access denied", SenderAuth, ClassPermanent},
	})
}

// A message that is mostly links is refused for its content.
func TestKindBigprov16MostlyLinks(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Message blocked: it consists mostly of links", SpamContent, ClassPermanent},
		{"Rejected by the content filter: too many URLs in the body", SpamContent, ClassPermanent},
	})
}

// United Internet's r07xx cases are header faults whatever the policy words
// say; its block-list case stays a reputation block, the "hi" case stays
// what it was.
func TestKindBigprov16UnitedInternetCases(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit https://postmaster.web.de/en/case?c=r0712&i=ip&v=192.0.2.8", RFCNoncompliant, ClassPermanent},
		{"554 Reject due to policy restrictions. For explanation visit https://postmaster.1und1.de/en/case?c=r0744", RFCNoncompliant, ClassPermanent},
		{"554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://www.gmx.net/mail/senderguidelines?ip=192.0.2.9&c=hi", RFCNoncompliant, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"554-gmx.net (mxgmx117) Nemesis ESMTP Service not available\n554-No SMTP service\n554-IP address is block listed.\n554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.3", Reputation, ClassPermanent},
	})
	// a "c=r07" of another site is no United Internet case
	if e, err := explainOne("554 Rejected, see https://help.isp.example/faq?c=r0701"); err == nil && e.Rule == "bigprov16.unitedinternet-header-case" {
		t.Errorf("another site's c=r07: rule %q", e.Rule)
	}
}

// An account's sending blocked after suspicious activity on the account is
// the provider's block of the account, not a spam verdict; suspicious
// content stays spam.
func TestKindBigprov16SuspiciousAccountActivity(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Mail sending blocked due to suspicious activity on your account. Reset your password to unblock it.", Policy, ClassPermanent},
		{"Outgoing blocked: suspicious account activity was detected, contact support", Policy, ""},
	})
	checkKinds(t, []kindCase{
		{"554 5.7.1 Message rejected: suspicious content", SpamContent, ClassPermanent},
	})
}

// "has been rate limited" without a code is temporary; permanent words
// still win.
func TestKindBigprov16RateLimitedWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your message has been rate limited because DKIM authentication didn't pass", SenderAuth, ClassTransient},
		{"Delivery rate-limited by the recipient's provider", RateLimited, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"Rate limited for 5 days; giving up, the message could not be delivered", RateLimited, ClassPermanent},
	})
}

// Batch 16-bigprov b: a multi-line reply joined into one line whose
// continuation lines kept only the enhanced code reads as its words; a
// code in qmail's "(#5.1.1)" trailer and a different code stay.
func TestKindBigprov16bRepeatedEnhanced(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Our system has detected that this message is 5.7.1 likely unsolicited mail. To reduce the amount of spam 5.7.1 sent to Gmail, this message has been blocked.", SpamContent, ClassPermanent},
		{"5.7.26 This mail is unauthenticated, which poses a security risk 5.7.26 to the sender and Gmail users, and has been blocked. The sender must authenticate 5.7.26 with at least one of SPF or DKIM.", SenderAuth, ClassPermanent},
	})
	if got := stripRepeatedEnhanced("a potential 5.7.0 security issue, see 5.7.0 guidelines (#5.7.0)", "5.7.0"); got != "a potential security issue, see guidelines (#5.7.0)" {
		t.Errorf("stripRepeatedEnhanced: %q", got)
	}
	if got := stripRepeatedEnhanced("rejected: 5.1.1 is not 5.7.1 here", "5.7.0"); got != "rejected: 5.1.1 is not 5.7.1 here" {
		t.Errorf("another code was removed: %q", got)
	}
}

// A quota counted in recipients limits sending; a mailbox's storage quota
// stays a full mailbox.
func TestKindBigprov16bRecipientCountQuota(t *testing.T) {
	checkKinds(t, []kindCase{
		{"452 4.5.3 Your account has used its daily recipient quota, try tomorrow", RateLimited, ClassTransient},
		{"The list has exceeded its quota for the number of recipients this hour", RateLimited, ""},
	})
	checkKinds(t, []kindCase{
		{"552 5.2.2 The recipient's mailbox has exceeded its storage quota", MailboxFull, ClassPermanent},
	})
}

// A connection that went away is a lost connection.
func TestKindBigprov16bConnectionWentAway(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 4.4.2 Connection went away unexpectedly, try again", Network, ClassTransient},
		{"smtp: the connection has gone away while sending DATA", Network, ""},
	})
}
