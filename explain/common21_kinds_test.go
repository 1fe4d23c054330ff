package explain

import "testing"

// The kinds helper common21 fixed (docs/heldout/heldout21-common.md), in new
// wording (not rows of a batch), with the neighbours that must not change.

// Postfix's recipient verification reports the probe's own result after
// "unverified address:"; a probe that could not connect (a missing LMTP
// socket, a refused or timed-out connection) is the network, a probe the next
// server answered "user unknown" stays an unknown recipient.
func TestKindCommon21VerificationProbeConnectFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"450 4.1.1 <kim@lab.example>: Recipient address rejected: unverified address: connect to store.lab.example[private/lmtp]: Connection refused", Network, ClassTransient},
		{"450 4.1.1 <kim@lab.example>: Recipient address rejected: unverified address: connect to 192.0.2.44[192.0.2.44]:24: Connection timed out", Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"450 4.1.1 <kim@lab.example>: Recipient address rejected: unverified address: host store.lab.example[192.0.2.44] said: 550 5.1.1 <kim@lab.example>: User unknown", UserUnknown, ClassTransient},
		{"550 5.1.1 <kim@lab.example>: Recipient address rejected: undeliverable address: unknown user: \"kim\"", UserUnknown, ClassPermanent},
	})
}

// A login whose data the server refused (an OAuth token, encoded credentials)
// is a failed authentication whatever the reply code (501 included); a 501
// about a command's syntax stays syntax.
func TestKindCommon21AuthDataInvalid(t *testing.T) {
	checkKinds(t, []kindCase{
		{"501 5.5.124 Invalid XOAUTH2 auth data [BN9PR03CA0001.namprd03.prod.outlook.example]", AuthFailed, ClassPermanent},
		{"SASL authentication failed; server smtp.far.example[198.51.100.4] said: 501 Invalid authentication data", AuthFailed, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"501 5.5.4 Syntax error in parameters or arguments", Syntax, ClassPermanent},
	})
}

// A quota that names the recipient's maildir under a security code is the
// mailbox's storage; a sending quota under X.7.x stays a rate limit.
func TestKindCommon21MaildirQuotaUnderSecurityCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.0 maildrop: maildir over quota.", MailboxFull, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.7.0 Sending quota exceeded for this account, try tomorrow", RateLimited, ClassPermanent},
	})
}

// qmail-remote's "does not have any MX records" is the recipient domain
// without MX, also when the sender's own policy forbids the A-record
// fallback; a refusal by local policy that names no MX stays policy.
func TestKindCommon21NoMXByLocalPolicy(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Sorry, the host named mail.nowhere.example does not have any MX records, and delivery without MX records prohibited by local policy. (#5.1.0)", HostUnknown, ClassPermanent},
		{"The host named shop.example doesn't have any MX records.", HostUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 Message refused by local policy", Policy, ClassPermanent},
	})
}

// A remote server's malformed answer is a failed exchange (network); a
// message refused as malformed stays the message's fault.
func TestKindCommon21MalformedAnswer(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery to mx.far.example failed: Malformed answer from server; the message will be retried", Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"554 5.6.0 Malformed MIME header in the message", RFCNoncompliant, ClassPermanent},
	})
}

// "No user found" is an unknown recipient; "no user found" with a sender
// word stays the sender's.
func TestKindCommon21NoUserFound(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.1 <kim@far.example>: no user found", UserUnknown, ClassPermanent},
	})
}

// Exchange's NDR headline for a security policy's refusal is policy,
// without its diagnostic text too; Spectrum's refusal for the sender
// domain's own policies (SPF/DKIM/DMARC) keeps its category.
func TestKindCommon21SecurityPolicies(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your message to ops@far.example couldn't be delivered because of security policies.", Policy, ClassPermanent},
		{"554 5.7.1 Message blocked due to security policies of the recipient organization", Policy, ClassPermanent},
	})
}

// "Too much mail data" is the message's size, bare or with RFC 5321's words;
// the same words that name the account or the mailbox are its storage.
func TestKindCommon21TooMuchMailData(t *testing.T) {
	checkKinds(t, []kindCase{
		{"552 5.3.4 Too much mail data, limit is 10485760 bytes", MessageTooBig, ClassPermanent},
		{"552 Too much mail data", MessageTooBig, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"552 Too much mail data in the mailbox of kim@far.example", MailboxFull, ClassPermanent},
	})
}

// A ban of the client's IP after failed logins, stated without a reply code,
// lifts by itself (a firewall's or fail2ban's ban time): transient; with a
// code the code decides; an account's lockout without a code lifts too.
func TestKindCommon21LoginBanClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your IP address has been banned by the firewall after too many failed login attempts.", AuthFailed, ClassTransient},
		{"Your address was banned by fail2ban for 10 minutes after too many authentication failures", AuthFailed, ClassTransient},
		// an account's lockout without a code lifts after its period too
		// (docs/explain.md "Labelling conventions", codeless21)
		{"Account locked out after too many failed login attempts", AuthFailed, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"535 5.7.8 Too many failed login attempts, your IP is banned", AuthFailed, ClassPermanent},
	})
}

// A "Delivery attempt history" lists its dated attempts newest first: the
// first failed attempt decides; a transcript keeps its last failure.
func TestKindCommon21AttemptHistoryNewestFirst(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery attempt history for your mail:\n\nMon, 02 Mar 2026 10:00:00 +0000 (GMT)\nTemporary error from SMTP partner: smtp;452 4.2.2 Mailbox full\n\nMon, 02 Mar 2026 08:00:00 +0000 (GMT)\nTemporary error from SMTP partner: smtp;421 4.4.2 timeout exceeded", MailboxFull, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"220 mx.far.example ESMTP\n250 mx.far.example\n452 4.5.3 Too many recipients\n550 5.7.1 Message rejected as spam", SpamContent, ClassPermanent},
	})
}

// Exim's log line for a client its connect ACL denied without a message is
// the receiver's policy (permanent: Exim answered 550 Administrative
// prohibition); a reason the ACL gave after the colon keeps its own kind.
func TestKindCommon21EximConnectACL(t *testing.T) {
	checkKinds(t, []kindCase{
		{`2024-05-02 08:11:40 H=relay.north.example [2001:db8:7::25] rejected connection in "connect" ACL`, Policy, ClassPermanent},
		{`H=(mx.shop.example) [198.51.100.70]:41022 rejected connection in "connect" ACL`, Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{`H=relay.north.example [192.0.2.81] rejected connection in "connect" ACL: 192.0.2.81 is listed at zen.spamhaus.org`, Reputation, ClassPermanent},
	})
}
