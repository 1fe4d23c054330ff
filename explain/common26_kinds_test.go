package explain

import "testing"

// The labelling conventions common26 settled (docs/explain.md "Labelling
// conventions") and the kinds of batches 26-common a and b, in new wording
// (not rows of the corpus), each with the neighbours the convention keeps on
// the other side.

// An attempts limit over a quoted reply: the reply is the cause, the class is
// the report's (the sender gave up); time words keep the expiry, and the
// attempts limit alone is an expiry.
func TestKindCommon26AttemptsLimitOverCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Maximum number of delivery attempts exceeded. Last reply: 450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.9]", PTRRequired, ClassPermanent},
		{"Delivery retry limit reached, giving up: 451 4.7.1 Greylisted, see https://grey.example/", Greylisted, ClassPermanent},
		{"Undeliverable: 5.x.1 - Maximum number of delivery attempts exceeded. [Default] 451-'4.7.1 Service unavailable; Client host [198.51.100.20] blocked using zen.spamhaus.org'", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Message expired after 3 days: 451 4.7.1 Greylisted, please try again later", Expired, ClassPermanent},
		{"Maximum number of delivery attempts reached for this message", Expired, ClassPermanent},
	})
}

// Exim's "syntactically invalid" HELO/EHLO argument is the command's syntax;
// a HELO name refused for what it is stays rfc-noncompliant.
func TestKindCommon26SyntacticallyInvalidHelo(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SMTP error: 501 Syntactically invalid HELO argument(s) (in reply to HELO)", Syntax, ClassPermanent},
		{"H=[198.51.100.4] rejected HELO from [198.51.100.4]: syntactically invalid argument(s): my_pc.local", Syntax, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"504 5.5.2 <my_pc>: Helo command rejected: need fully-qualified hostname", RFCNoncompliant, ClassPermanent},
	})
}

// "invalid domain" naming the domain of the recipient's address is a domain
// that does not exist or receives no mail; the sender's domain stays the
// sender's.
func TestKindCommon26InvalidAddressDomain(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Not sent: the domain of the e-mail address is invalid", HostUnknown, ""},
		{"Delivery failed for ivo@lab-typo.example - recipient domain is invalid", HostUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"553 5.1.8 Sender domain is invalid", SenderInvalid, ClassPermanent},
	})
}

// A DNS lookup that failed, naming no answer, is the lookup's failure in every
// language; NXDOMAIN or "not found" words name a domain that does not exist.
func TestKindCommon26DNSLookupFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Zustellung verzögert: DNS-Suche fehlgeschlagen für lab.example", Network, ""},
		{"投递失败原因：DNS查询失败", Network, ""},
	})
	checkKinds(t, []kindCase{
		{"DNS Error: DNS type 'mx' lookup of nowhere.example responded with code NXDOMAIN", HostUnknown, ClassPermanent},
	})
}

// A complaint named as the recipient's is the service's complaint record
// (policy); the sender marked as spam at the receiver is its reputation.
func TestKindCommon26RecipientComplaint(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Suppressed: the recipient marked this sender as spam", Policy, ClassPermanent},
		{"Not sent - subscriber reported a previous newsletter as spam", Policy, ""},
	})
	checkKinds(t, []kindCase{
		{"550 Your sender address was marked as spam by too many of our users", Reputation, ClassPermanent},
	})
}

// A bare "rejected" at DATA is read by the stage: the message refused by the
// receiver's rules; the same words without a stage stay the bare code.
func TestKindCommon26BareRejectedAtData(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<ann@lab.example>: host mx.lab.example[192.0.2.8] said: 554 Message rejected (in reply to end of DATA command)", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"554 Message rejected", Unknown, ClassPermanent},
	})
}

// A receiver that could not verify the sender or its domain, in any verb of
// failure, refuses the sender; a request to verify a sender identity at a
// sending service stays the service's.
func TestKindCommon26SenderNotVerifiable(t *testing.T) {
	checkKinds(t, []kindCase{
		{"450 4.1.7 Cannot verify sender domain, try later", SenderInvalid, ClassTransient},
		{"550 Unable to verify the envelope sender <www-data@host.lab.example>", SenderInvalid, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"554 Message rejected: Email address is not verified. Please verify your email address first.", SenderInvalid, ClassPermanent},
	})
}

// A setting or account "not yet active/enabled" is a state someone must
// change: without a code the class is permanent, not the transient of a
// delivery "not yet" made.
func TestKindCommon26NotYetEnabled(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SMTP submission is not yet enabled for this mailbox: SmtpClientAuthentication is disabled", AuthFailed, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Your message has not yet been delivered: connection timed out, will retry", Network, ClassTransient},
	})
}

// An attempts count the sender gave up after: alone it is an expiry; with a
// quoted temporary reply, the reply's cause and a permanent class.
func TestKindCommon26GaveUpAfterAttempts(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message returned after 12 delivery attempts", Expired, ClassPermanent},
		{"Delivery failed after 6 retries: 421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to user complaints", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Login failed after 3 attempts: 535 5.7.8 authentication failed", AuthFailed, ClassPermanent},
	})
}

// A DNS answer that the domain does not exist decides over the failed-lookup
// words; the lookup's failure alone stays network.
func TestKindCommon26DNSAnswerNXDomain(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MX lookup failed for shop-typo.example: NXDOMAIN", HostUnknown, ""},
	})
	checkKinds(t, []kindCase{
		{"DNS lookup failed for shop.example: SERVFAIL, will retry", Network, ClassTransient},
	})
}

// A sending quota with an upgrade advice renews with its period; a cap on
// stock does not. The recipient named as a lead or contact in a localized
// invalid-address text is the recipient.
func TestKindCommon26QuotaUpgradeAndLead(t *testing.T) {
	checkKinds(t, []kindCase{
		{"quota_reached: your plan's monthly sending quota is used up. Upgrade your plan for a higher quota.", RateLimited, ClassTransient},
		{"Blocco permanente: l'indirizzo email del contatto non è valido", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Subscriber limit reached: upgrade your plan to add more subscribers", RateLimited, ClassPermanent},
		{"Indirizzo email non valido", Syntax, ClassPermanent},
	})
}
