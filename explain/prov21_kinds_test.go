package explain

import "testing"

// Held-out batch 21-prov's kinds, each in new wording (not the batch's rows),
// with the neighbours that must keep their verdicts.

// The sender's own account locked, blocked or disabled for spam (English,
// Russian, Spanish) is policy; a recipient's account locked for abuse, an IP
// blocked for spam, a failed-login lockout and a message blocked as spam stay
// what they were.
func TestKindProv21AccountBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailbox notice: account blocked after spam was sent from it. Contact support to restore sending.", Policy, ClassPermanent},
		{"We have disabled this account: it sent harmful messages to many people.", Policy, ClassPermanent},
		{"Your provider blocked outgoing mail for the address; reason: spam detected in recent messages.", Policy, ClassPermanent},
		{"Ваша учетная запись заблокирована за массовую рассылку спама.", Policy, ClassPermanent},
		{"Tu cuenta ha sido bloqueada por enviar correo no deseado.", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"550 ACCOUNT LOCKED - THE ACCOUNT <ann@lab.example> HAS BEEN LOCKED FOR ABUSE", MailboxDisabled, ClassPermanent},
		{"554 5.7.1 Your IP address 203.0.113.9 has been blocked from sending: spam detected", Reputation, ClassPermanent},
		{"550 5.7.1 Message blocked: spam content detected", SpamContent, ClassPermanent},
	})
}

// The sender's domain or address: a From domain that is invalid or has no
// DNS records (English, Japanese), a From address other than the signed-in
// account; a DMARC alignment failure of the From domain stays sender-auth.
func TestKindProv21FromDomain(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Rejected: the From domain shop.example does not exist", SenderInvalid, ClassPermanent},
		{"451 4.1.8 From-domain is invalid (no MX and no A record), try later", SenderInvalid, ClassTransient},
		{"送信元ドメインが存在しないため受信できません。", SenderInvalid, ClassPermanent},
		{"553 Your From address does not match the account you authenticated as", SenderInvalid, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"550 5.7.1 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy", SenderAuth, ClassPermanent},
		{"550 5.1.2 The recipient domain does not exist", HostUnknown, ClassPermanent},
	})
}

// Alibaba Cloud mail's behavioural anti-spam names a sending rate; its
// refusal of an unknown recipient keeps user-unknown.
func TestKindProv21AliyunFrequency(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 Transient reject by behaviour spam at RCPT State ANTISPAM_BAT[01201311R77, r12]: abnormal sending frequency", RateLimited, ClassTransient},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"550 Mail rejected by behaviour spam: sending behaviour of this IP looks like spam", Reputation, ClassPermanent},
	})
}

// Limits per message, per send, per connection and per period (Japanese,
// Korean, English); the class of a per-message limit is permanent, of a
// period's transient.
func TestKindProv21Limits(t *testing.T) {
	checkKinds(t, []kindCase{
		{"1通あたりのメールサイズが上限(10MB)を超過しています。", MessageTooBig, ClassPermanent},
		{"1通あたりのあて先数が上限を超えています。", RateLimited, ClassPermanent},
		{"本日のメールの送信が制限されています。明日以降に再度お試しください。", RateLimited, ClassTransient},
		{"한 번에 50명 이상에게는 발송할 수 없습니다.", RateLimited, ClassTransient},
		{"Limit reached: over 30 recipients per minute from this client", RateLimited, ClassTransient},
		{"Too many recipients per message (max 50)", RateLimited, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"Das Versenden des Berichts per E-Mail ist fehlgeschlagen.", Unknown, ClassUnknown},
		{"452 4.5.3 Too many recipients", RateLimited, ClassTransient},
	})
}

// Headers, filters and lists: a blank or missing header in Japanese, the
// recipient's spoofing filter (なりすまし規制), too many MIME parts, a message
// without a subject, an empty mailing list, a refusal due to restrictions
// (Russian), an IP blocked for a while (Polish).
func TestKindProv21Wordings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message-IDヘッダが欠落しているメールは受け付けません。", RFCNoncompliant, ClassPermanent},
		{"受信者のなりすまし規制によりメールが届きませんでした。", Policy, ClassPermanent},
		{"554 5.6.0 Message has too many MIME parts (limit 100)", Policy, ClassPermanent},
		{"Rejected: message without subject", Policy, ClassPermanent},
		{"The mailing list staff@lab.example is empty; nothing was delivered.", ServerError, ClassTransient},
		{"Почтовый сервер отклонил письмо из-за ограничений администратора.", Policy, ClassPermanent},
		{"Wysyłka z adresu IP 203.0.113.5 została zablokowana na 30 minut.", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"550 Messages should have one or no Subject headers, not 3.", RFCNoncompliant, ClassPermanent},
		{"javax.net.ssl.SSLHandshakeException: No subject alternative DNS name matching mx.lab.example found.", TLSRequired, ClassPermanent},
	})
}

// The class of a block said to end by itself, of a block for an hour and of
// an account that will be able to send again: transient, even beside the
// outcome words of its cause.
func TestKindProv21ClassWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your IP was listed for one hour after hitting a spam trap.", Reputation, ClassTransient},
		{"Sending from this IP is blocked because most of its mail was undeliverable; the block will be lifted automatically after 30 minutes.", Reputation, ClassTransient},
		{"Your account is restricted for sending spam; you will be able to send again within 24 hours.", Policy, ClassTransient},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"Your message could not be delivered for 24 hours and has been returned.", Expired, ClassPermanent},
	})
}

// Batch 21-prov b's kinds: a count over a limit in a period after a generic
// "Mail blocked:" headline, recipients per message (en, sk, id), sending
// paused for its volume, a connection blocked after complaints, a share of
// failed or deferred mail, a sender domain that failed verification, a
// Chinese sending volume, the sender's service or a hosting account
// suspended or disabled for bulk mail or spam, an account blocked in Polish;
// a login that failed more than three times in a row stays auth-failed.
func TestKindProv21bWordings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail blocked: more than 20 connections in 10 minutes from your address.", RateLimited, ClassTransient},
		{"You have sent more than 500 emails this hour; new mail is refused until the hour is over.", RateLimited, ClassTransient},
		{"Your message lists more recipients than the 10 allowed per message.", RateLimited, ClassPermanent},
		{"Správu nemožno odoslať: maximálne 50 príjemcov naraz.", RateLimited, ClassPermanent},
		{"Pesan ditolak: melebihi batas 30 penerima per email.", RateLimited, ClassPermanent},
		{"Bulk sending from your mailbox has been paused because of its high volume; try smaller batches later.", RateLimited, ClassTransient},
		{"Your connection has been blocked following spam complaints from our customers.", Reputation, ClassPermanent},
		{"Sending suspended for this domain: over 30% of its messages failed or were deferred in the last hour.", RateLimited, ClassTransient},
		{"554 Rejected: the sender's domain could not be verified", SenderInvalid, ClassPermanent},
		{"您的发送量已超过今日上限,请明天再发送。", RateLimited, ClassTransient},
		{"Your service has been suspended: bulk email is not permitted on shared hosting.", Policy, ClassPermanent},
		{"The hosting account was disabled for sending spam.", Policy, ClassPermanent},
		{"Twoje konto zostało zablokowane za wysyłanie spamu.", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"535 5.7.8 Authentication failed more than 3 times in a row", AuthFailed, ClassPermanent},
		{"550 5.7.1 Client host blocked: the sending host is on our block list", Reputation, ClassPermanent},
		// a pause for the share that bounced is the service's list-quality
		// policy, not a volume limit (heldout21-tail's campaign pause)
		{"Sending has been paused for your account because the bounce rate of recent mail is too high", Policy, ClassPermanent},
	})
}
