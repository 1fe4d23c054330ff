package explain

import "testing"

// Held-out batch 20-prov's kinds, each in new wording (not the batch's rows),
// with the neighbours that must keep their verdicts.

// The sender's own account, mailbox or address blocked from sending for spam
// or too much mail is policy; a recipient's locked account, a blocked IP and
// a host blocked from sending stay what they were.
func TestKindProv20AccountSendingBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your account is locked: it was used to send spam. Reset your password to unlock it.", Policy, ClassPermanent},
		{"We have blocked your mailbox for 24 hours after an excessive number of e-mails was sent from it.", Policy, ClassPermanent},
		{"This sender has been blocked from sending messages because of spam reports.", Policy, ClassPermanent},
		{"Der Mailversand Ihres Kontos wurde wegen Verdacht auf Missbrauch gesperrt.", Policy, ClassPermanent},
		{"스팸 발송으로 인해 메일 발송정지 되었습니다.", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"550 ACCOUNT LOCKED - THE ACCOUNT <ann@lab.example> HAS BEEN LOCKED FOR ABUSE", MailboxDisabled, ClassPermanent},
		{"554 5.7.1 Your IP address 203.0.113.9 has been blocked from sending: spam detected", Reputation, ClassPermanent},
		{"The sending host is blocked from sending to our network.", Reputation, ClassPermanent},
	})
}

// A recipient's own block list is policy; a reputation service named beside
// it keeps reputation.
func TestKindProv20RecipientOwnList(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Delivery refused: the recipient has blocked this sender", Policy, ClassPermanent},
		{"Your address is on the recipient's block list.", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.7.1 Blocked by the recipient or by our Email Reputation Service", Reputation, ClassPermanent},
	})
}

// Wordings without a code: a reputation throttle with deferrals, a bounce
// rate rule against a sender's lists, a blocked attachment type under an
// anti-spam policy's name, a tenant over Microsoft's threshold, a refusal
// without transport encryption (German), a Scandinavian address that does
// not exist (verb-final clause), credentials refused with "try again".
func TestKindProv20Wordings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail from new IPs without history is throttled with 4xx deferrals until their reputation is known.", RateLimited, ClassTransient},
		{"We reject mail from senders whose recipient lists have a bounce rate above 8%.", Reputation, ClassPermanent},
		{"Attachment is blocked by the recipient's anti-spam policy: only PDF files are accepted.", Policy, ClassPermanent},
		{"Access denied: the tenant has exceeded threshold for outbound mail.", Reputation, ClassPermanent},
		{"Die E-Mail wurde abgelehnt: Zustellung ohne Transportverschlüsselung ist nicht erlaubt.", TLSRequired, ClassPermanent},
		{"Meddelandet kunde inte levereras eftersom e-postadressen inte finns.", UserUnknown, ClassPermanent},
		{"Sign-in failed. Please try again. Invalid credentials for this mailbox.", AuthFailed, ClassPermanent},
		{"557 The address <ola@lab.example> is not available here", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"Connection timed out, please try again.", Network, ClassTransient},
		{"A link in your message is listed on a URL blocklist.", SpamContent, ClassPermanent},
		{"552 5.3.4 Attachment too large for this mailbox.", MessageTooBig, ClassPermanent},
	})
}

// Provider code family: AOL's CON:B codes block the connecting IP, whatever
// enhanced code they travel with.
func TestKindProv20AOLConnectionCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 4.2.1 : (CON:B2) http://postmaster.aol.example/errors/421conb2.html", Reputation, ClassTransient},
		{"554 5.7.1 (CON:B1) connection blocked", Reputation, ClassPermanent},
	})
}

// Forms: qmail's "Giving up on <host>." after a refusal is no expiry (an
// expiry said in words still is); a client's read error after the server's
// refusal is its consequence; a Postfix queue listing's reason in
// parentheses is queued (transient).
func TestKindProv20Forms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<ann@lab.example>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 5.1.1 <ann@lab.example>... User unknown\nGiving up on 192.0.2.7.", UserUnknown, ClassPermanent},
		{"<ann@lab.example>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 Requested action not taken: mailbox unavailable\nGiving up on 192.0.2.7.", Unknown, ClassPermanent},
		{"<ann@lab.example>:\nI'm not going to try again; this message has been in the queue too long.\nGiving up on 192.0.2.7.", Expired, ClassPermanent},
		{"... while talking to mx.lab.example.:\n>>> RCPT To:<ann@lab.example>\n<<< 550 5.2.1 Mailbox disabled\n451 4.4.1 reply: read error from mx.lab.example.", MailboxDisabled, ClassPermanent},
		{"A1B2C3D4E5     4120 Mon Dec  7 05:00:00  info@shop.example\n(host mx.lab.example[192.0.2.8] refused to talk to me: 554 5.7.1 Service unavailable; Client host [198.51.100.3] blocked using zen.spamhaus.org)\n                                         ann@lab.example", Reputation, ClassTransient},
	})
	checkKinds(t, []kindCase{ // neighbours: a bounce report's own "host X refused to talk to me" is final
		{"<ann@lab.example>: host mx.lab.example[192.0.2.8] refused to talk to me: 554 5.7.1 Service unavailable; Client host [198.51.100.3] blocked using zen.spamhaus.org", Reputation, ClassPermanent},
		{"451 4.4.1 reply: read error from mx.lab.example.", Network, ClassTransient},
	})
}

// Batch 20-prov b's kinds: a hoster's suspension of the sender's service or
// account for spam is policy (one for a complaint keeps panel14's rule); a sender domain
// the account does not own; a limit on incoming size; a limit's amount after
// "limit of" is a count, not a reply code; German recipients per period;
// Japanese dynamic IP addresses and a burst of unknown recipients.
func TestKindProv20bWordings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Our abuse desk had to suspend your account after spam was sent from it.", Policy, ClassPermanent},
		{"Your hosting service has been suspended: bulk spam was sent to purchased lists.", Policy, ClassPermanent},
		{"Blocked: the From address uses a domain you do not own.", SenderInvalid, ClassPermanent},
		{"Please note the size of incoming emails is limited to 5 MB per message.", MessageTooBig, ClassPermanent},
		{"Each mailbox may send to a limit of 300 recipients per hour; wait for the next hour.", RateLimited, ClassTransient},
		{"Innerhalb von 5 Minuten dürfen höchstens 100 Empfänger angeschrieben werden.", RateLimited, ClassTransient},
		{"動的IPアドレスからのメールは拒否しています。", Reputation, ClassPermanent},
		{"大量の宛先不明メールのため、受信を一時的に制限しています。", Reputation, ClassTransient},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"Your account has been suspended due to a spam complaint.", Policy, ClassPermanent},
		{"550 5.1.1 宛先不明のため配送できませんでした。", UserUnknown, ClassPermanent},
		{"552 5.3.4 Message size exceeds fixed maximum message size", MessageTooBig, ClassPermanent},
	})
}
