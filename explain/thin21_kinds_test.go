package explain

import "testing"

// Kinds of helper thin21 (issue 10, session 16; docs/heldout/heldout21-thin.md):
// the thin categories' word families, each in new wording (not rows of
// held-out batch 21-thin), with the neighbours that must not change.

// The reverse-DNS record named in other words and languages is the
// receiver's PTR check, with or without a code, and decides over a
// localized "the sending server ... has no" read as a sender refusal.
func TestKindThin21PTRWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Correo rechazado: el servidor de envío carece de registro PTR", PTRRequired, ClassPermanent},
		{"Mail abgewiesen: Reverse-DNS für 198.51.100.9 fehlt", PTRRequired, ClassPermanent},
		{"メール送信元の逆引きが設定されていないため拒否されました", PTRRequired, ClassPermanent},
		{"Le serveur 198.51.100.9 n'a pas de DNS inverse : message refusé", PTRRequired, ClassPermanent},
		{"550 5.7.1 rejected: 198.51.100.9 fails the FCrDNS check", PTRRequired, ClassPermanent},
		{"Письмо отклонено: для IP 198.51.100.9 нет записи в обратной зоны DNS", PTRRequired, ClassPermanent},
		// neighbours: a HELO name that does not resolve, a DNS blocklist
		{"504 5.5.2 <mx>: Helo command rejected: need fully-qualified hostname", RFCNoncompliant, ClassPermanent},
		{"554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.org", Reputation, ClassPermanent},
		// a localized refusal of the sender that names no reverse DNS stays the sender
		{"Rechazado: el servidor no acepta la dirección del remitente", SenderInvalid, ClassPermanent},
	})
}

// Greylisting named in other languages is greylisting, without a code too.
func TestKindThin21GreylistWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Ihre Nachricht steht auf der grauen Liste und wird später angenommen", Greylisted, ClassTransient},
		{"Message retardé : expéditeur en liste grise, nouvel essai dans 5 minutes", Greylisted, ClassTransient},
		{"该邮件被灰名单暂时拒收，稍后将自动重试", Greylisted, ClassTransient},
		{"451 4.7.1 Письмо временно отклонено: серый список", Greylisted, ClassTransient},
		// neighbour: a rate limit in the same kind of words
		{"421 4.7.0 Too many connections from 198.51.100.9, slow down", RateLimited, ClassTransient},
	})
}

// A mailbox that moved, in words that are no 551, and a text that names the
// address the recipient uses now, are moved; "no longer in use" without a
// new address stays a disabled mailbox, a mailbox being migrated stays the
// server's state, and an address limit stays a rate limit.
func TestKindThin21Moved(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Mitarbeiterin ist umgezogen: bitte künftig an lea@branch.example schreiben", Moved, ClassPermanent},
		{"メールアドレスが変更されました。今後は新しいメールアドレスへお送りください", Moved, ClassPermanent},
		{"This mailbox has been relocated to support@help.example", Moved, ClassPermanent},
		{"Our accounts team can now be reached at billing@finance.example; this inbox is not monitored", Moved, ClassPermanent},
		{"Notre adresse a changé : nouvelle adresse contact@nouveau.example", Moved, ClassPermanent},
		{"550 5.1.6 The mailbox was migrated to another organization", Moved, ClassPermanent},
		// neighbours
		{"This e-mail address is no longer in use.", MailboxDisabled, ClassPermanent},
		{"451 4.2.0 Mailbox is being migrated, please try again later", ServerError, ClassTransient},
		{"451 4.7.1 Too many new addresses from 198.51.100.9, try again later", RateLimited, ClassTransient},
	})
}

// A receiving account turned off (receiving disabled, frozen, on hold,
// closed) is a disabled mailbox, also where a localized invalid-address
// verdict would take the words; the sender's own account is no recipient.
func TestKindThin21Disabled(t *testing.T) {
	checkKinds(t, []kindCase{
		{"宛先アカウントは停止されています（利用停止中）", MailboxDisabled, ClassPermanent},
		{"收件人账号已冻结，无法接收邮件", MailboxDisabled, ClassPermanent},
		{"550 5.2.1 Recipient mailbox is frozen after a chargeback", MailboxDisabled, ClassPermanent},
		{"Delivery failed: the recipient's incoming mail is disabled by the administrator", MailboxDisabled, ClassPermanent},
		// neighbours: an address that does not exist, the sender's own account
		{"550 5.1.1 <ghost@corp.example>: Recipient address rejected: User unknown", UserUnknown, ClassPermanent},
		{"535 5.7.8 Your account is on hold: authentication refused", AuthFailed, ClassPermanent},
	})
}

// The receiving mail server's internal error in other languages is
// server-error, without a code too; a client application's own internal
// error is no receiver's.
func TestKindThin21InternalError(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Interner Fehler des Mailservers: die Nachricht wird später erneut zugestellt", ServerError, ClassTransient},
		{"Error interno del servidor de correo; el mensaje se reintentará", ServerError, ClassTransient},
		{"メールサーバの内部エラーのため、後ほど再送します", ServerError, ClassTransient},
	})
}

// Exim's "Temporary local problem" is the receiving server's own failure,
// also beside a generic "temporarily rejected ... try later" that alone is
// greylisting; that generic text alone stays greylisting.
func TestKindThin21TemporaryLocalProblem(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 Your message was temporarily rejected: Temporary local problem - please try later", ServerError, ClassTransient},
		{"450 4.7.1 Temporarily rejected: local problem, please try later", ServerError, ClassTransient},
		// neighbour
		{"451 4.7.1 Temporarily rejected, please try again later", Greylisted, ClassTransient},
	})
}

// The message or an attachment "too big" in other languages is the
// message's size, without a code too; a full mailbox in the same languages
// stays mailbox-full (held-out batch 21-thin b).
func TestKindThin21SizeWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Die Nachricht ist zu groß für den Empfängerserver (max. 20 MB)", MessageTooBig, ClassPermanent},
		{"Envoi impossible : pièce jointe trop volumineuse", MessageTooBig, ClassPermanent},
		{"El adjunto es demasiado grande para el servidor de destino", MessageTooBig, ClassPermanent},
		{"Allegato troppo grande: il messaggio non è stato recapitato", MessageTooBig, ClassPermanent},
		{"添付ファイルが大きすぎるため送信できませんでした", MessageTooBig, ClassPermanent},
		// neighbours: a full mailbox
		{"552 5.2.2 Das Postfach des Empfängers ist voll", MailboxFull, ClassPermanent},
		{"Mailbox size limit exceeded", MailboxFull, ClassPermanent},
	})
}
