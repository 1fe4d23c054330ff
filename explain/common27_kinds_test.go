package explain

import "testing"

// The labelling conventions common27 settled (docs/explain.md "Labelling
// conventions") in new wording (not rows of the corpus), each with the
// neighbours the convention keeps on the other side.

// An ESP's own bounce type: a transient type over a 5xx keeps the code's
// class (the bounce event returned the message); a permanent type over a
// 4xx makes it permanent.
func TestKindCommon27ESPBounceType(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Transient MailboxFull smtp; 552 5.2.2 <ivo@far.example>: quota exceeded", MailboxFull, ClassPermanent},
		{"Permanent General smtp; 451 4.4.1 Connection timed out to mx.far.example", Network, ClassPermanent},
		{"bounceType: Permanent, bounceSubType: General, diagnosticCode: smtp; 421 4.4.2 Connection dropped", Network, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"451 4.4.1 Connection timed out to mx.far.example", Network, ClassTransient},
	})
}

// Outlook's "The server rejected the sender address." without the reply is
// the client's summary of any MAIL FROM refusal, in every language; a
// server's own refusal of the sender stays sender-invalid.
func TestKindCommon27ClientSenderRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Sending reported error (0x800CCC78): The server rejected the sender address.", Unknown, ClassUnknown},
		{"Fehler beim Senden: Der Server hat die Absenderadresse abgelehnt.", Unknown, ClassUnknown},
		{"Erreur : le serveur a rejeté l'adresse de l'expéditeur.", Unknown, ClassUnknown},
	})
	checkKinds(t, []kindCase{
		{"The server rejected the sender address. The server response was: 530 5.7.0 Authentication required", AuthRequired, ClassPermanent},
		{"550 5.1.0 Absenderadresse abgelehnt", SenderInvalid, ClassPermanent},
	})
}

// A bare 451 names an error local to the replying server; words after it
// decide.
func TestKindCommon27Bare451(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The mail server replied: 451 4.3.0 Temporary failure", ServerError, ClassTransient},
		{"Got 451 Requested action aborted: local error in processing from mx.lab.example", ServerError, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"451 4.7.1 Greylisted, see https://grey.lab.example/", Greylisted, ClassTransient},
	})
}

// A per-message recipient cap without a code is permanent; with a code the
// code's class, per period the limit's, Postfix's own 452 text transient.
func TestKindCommon27RecipientCap(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Send failed: too many recipients (the limit is 50 per message)", RateLimited, ClassPermanent},
		{"Campaign not sent - maximum number of recipients exceeded for a single email", RateLimited, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"452 4.5.3 Too many recipients in this envelope", RateLimited, ClassTransient},
		{"Too many recipients this hour for your account", RateLimited, ClassTransient},
		{"Error: too many recipients", RateLimited, ClassTransient},
	})
}

// "Invalid address" as a bounce's reason is the recipient the receiver
// refused; a check before sending stays the address's form.
func TestKindCommon27BouncedInvalidAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Status: bounced | Reason: invalid email address", UserUnknown, ClassPermanent},
		{"Hard bounce - the email address is not valid", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Not sent: invalid email address (missing @)", Syntax, ClassPermanent},
		{"Skipped: invalid email address", Syntax, ClassPermanent},
	})
}

// A sending account suspended or restricted for sending too much is a state
// someone must lift; a limit, or a hold that lifts by itself, is transient.
func TestKindCommon27AccountHeldForVolume(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your mailbox has been suspended for sending too many messages. Contact support.", RateLimited, ClassPermanent},
		{"Alert: the user has been restricted from sending email because the user exceeded the sending limits.", RateLimited, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Your account was temporarily suspended for sending too many messages; it is lifted after 24 hours", RateLimited, ClassTransient},
	})
}

// Batch 27-common's kinds. Exchange Online's 5.1.8 "Access denied" in a
// translation that drops "outbound" is still the restricted sender; another
// code keeps its reading.
func TestKindCommon27LocalizedBadOutboundSender(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Der Remoteserver hat \"550 5.1.8 Zugriff verweigert\" zurückgegeben.", Reputation, ClassPermanent},
		{"Le serveur distant a renvoyé « 550 5.1.8 Accès refusé »", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.4.1 Empfängeradresse abgelehnt: Zugriff verweigert", UserUnknown, ClassPermanent},
	})
}

// A sending account's traffic over its limit, said in Chinese, is its
// sending limit, whatever English words it quotes; a full mailbox stays.
func TestKindCommon27ChineseTrafficLimit(t *testing.T) {
	checkKinds(t, []kindCase{
		{"发信失败：账号今日发送流量超出上限", RateLimited, ""},
		{"SMTP 报错 User is over flow，原因是当天流量超限", RateLimited, ""},
	})
	checkKinds(t, []kindCase{
		{"552 User is over quota", MailboxFull, ClassPermanent},
	})
}

// Batch 27-common b's kinds. "Sender has no reverse DNS" is the sending
// host's PTR, not the sender domain's records.
func TestKindCommon27ReverseDNSNotSenderDomain(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Google answered 550-5.7.25 (the sender has no reverse DNS) for mail sent over IPv6", PTRRequired, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.1.8 Rejected: the sender domain has no MX or A records", SenderInvalid, ClassPermanent},
	})
}

// Exchange Online's directory-based edge block shortened to its first words
// under 5.4.1 is the unknown recipient; a domain refusal under the same code
// is not.
func TestKindCommon27ShortenedDBEB(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The invite to sam@corp.example bounced: 550 5.4.1 Recipient address rejected", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.4.1 Recipient address rejected: domain shop.example not accepted", Policy, ClassPermanent},
	})
}

// A "disabled catch-all" is a domain's setting: the 5.1.1 decides; a
// disabled mailbox stays disabled.
func TestKindCommon27DisabledCatchAll(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail to a random address bounced with 550 5.1.1 because the catch-all address is disabled", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.1.1 This mailbox is disabled", MailboxDisabled, ClassPermanent},
	})
}

// A mail loop said with hyphens is the same loop.
func TestKindCommon27HyphenatedHopCount(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Undeliverable: 554 5.4.14 hop-count exceeded, check the connectors", ServerError, ClassPermanent},
	})
}
