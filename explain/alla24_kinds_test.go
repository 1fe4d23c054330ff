package explain

import "testing"

// Held-out batch 24-alla (categories user-unknown to reputation): the kinds
// its first run found, tested in new wording (not the batch's rows), with
// neighbours that keep their readings.

// RFC 5321's 551 in Chinese and Japanese (alla24.l10n-user-not-local).
func TestKindAlla24L10nUserNotLocal(t *testing.T) {
	checkKinds(t, []kindCase{
		{"551 用户不在本地，请改投 <li.wei@new.example>", Moved, ClassPermanent},
		{"551 用戶非本地，請嘗試其他地址", Moved, ClassPermanent},
		{"551 ユーザはローカルではありません。<sato@new.example> を試してください", Moved, ClassPermanent},
		// neighbour: the English text keeps its reading
		{"551 User not local; please try <sato@new.example>", Moved, ClassPermanent},
	})
}

// Relaying refused outright, after unknown-user words
// (alla24.relaying-not-supported).
func TestKindAlla24RelayingNotSupported(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Unknown user. Relaying is not supported on this host.", RelayDenied, ClassPermanent},
		{"550 This server does not support relaying for other domains", RelayDenied, ClassPermanent},
		// neighbour: an unknown user without relay words
		{"550 No such user here", UserUnknown, ClassPermanent},
	})
}

// A DKIM signature that did not verify (alla24.dkim-signature-incorrect).
func TestKindAlla24SignatureIncorrect(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.0 Message rejected: DKIM signature incorrect", SenderAuth, ClassPermanent},
		{"554 rejected (signature_incorrect) by the receiving filter", SenderAuth, ClassPermanent},
	})
}

// Gmail's full-inbox card with its volume words (alla24.recipient-inbox-full).
func TestKindAlla24RecipientInboxFull(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Recipient inbox full. Your message couldn't be delivered to ana@gmail.example. Their inbox is full, or it's getting too much mail right now.", MailboxFull, ClassPermanent},
		// neighbour: a sending volume limit without a full inbox
		{"421 4.7.0 You have sent too much mail today, try again tomorrow", RateLimited, ClassTransient},
	})
}

// Indonesian and Malay "requires authentication" (intl12RequiredWords):
// auth-required, not a failed login.
func TestKindAlla24L10nAuthRequired(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Pengiriman email gagal: server SMTP memerlukan autentikasi.", AuthRequired, ClassPermanent},
		// neighbour: a refused login stays auth-failed
		{"Autentikasi SMTP gagal: kata sandi salah.", AuthFailed, ClassPermanent},
	})
}

// A relay refusal told with a receive connector "recently created" is not
// a young sender domain (gw13.domain-too-young Not relay).
func TestKindAlla24RelayNotDomainAge(t *testing.T) {
	checkKinds(t, []kindCase{
		{"We recently created a new connector for the scanners; mail to outside domains fails: Unable to relay recipient in non-accepted domain", RelayDenied, ClassPermanent},
		// neighbour: the sender domain's age
		{"550 Sender domain is too young, registered recently", Reputation, ClassPermanent},
	})
}
