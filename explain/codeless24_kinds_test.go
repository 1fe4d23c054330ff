package explain

import "testing"

// The kinds of held-out batch 24-codeless, in new wording (not the batch's
// rows): an address held after a hard bounce (opted out, archived,
// barred), an address on a bounce list after a bounce, a suppression or an
// unsubscription after soft bounces, a soft or hard bounce named in
// Portuguese or as a "soft error", a connection refused because the client
// is blacklisted, an address no longer valid, a domain said invalid in a
// European language, a mailbox saturated, too many requests in other
// languages, Japanese send-error titles, a bad mailbox, a failed-mail
// list's "owner" (the recipient, not the sending account).
func TestKindCodeless24BatchKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		// an address held after a hard bounce
		{"Contact archived after a hard bounce", UserUnknown, ClassPermanent},
		{"Lead opted-out by the system: hard-bounced address", UserUnknown, ClassPermanent},
		// an address on a bounce list after a bounce
		{"Your address was added to our bounce list after mail to it bounced", UserUnknown, ClassPermanent},
		// a suppression or an unsubscription after soft bounces
		{"Member unsubscribed by the system after 6 soft bounces", Unknown, ClassPermanent},
		{"Contact archived after repeated soft bounces", Unknown, ClassPermanent},
		{"Recipient was suppressed because it soft-bounced 5 times", Unknown, ClassPermanent},
		// a soft or hard bounce in Portuguese, a "soft error"
		{"Devolução suave: caixa postal lotada", MailboxFull, ClassTransient},
		{"Devolução definitiva: endereço inexistente", UserUnknown, ClassPermanent},
		{"Soft error: mailbox over quota", MailboxFull, ClassTransient},
		// a connection refused because the client is blacklisted
		{"SMTP error: connection refused, 203.0.113.9 is listed in Spamhaus ZEN", Reputation, ClassPermanent},
		// an address no longer valid
		{"Delivery failed: this e-mail address is no longer valid", UserUnknown, ClassPermanent},
		// a domain said invalid in a European language
		{"Rebote duro: el dominio del destinatario es inválido", HostUnknown, ClassPermanent},
		{"Dominio del destinatario non valido", HostUnknown, ClassPermanent},
		// a mailbox saturated
		{"Casella di posta del destinatario saturata", MailboxFull, ClassPermanent},
		// too many requests in other languages
		{"Zu viele Anfragen, bitte später erneut senden", RateLimited, ClassTransient},
		// Japanese send-error titles
		{"このドメインにはアカウントが存在しません", UserUnknown, ClassPermanent},
		{"宛先ドメインのDNSルックアップが失敗しました", HostUnknown, ClassPermanent},
		{"自動応答メッセージが返ってきました", Success, ClassSuccess},
		// a bad mailbox
		{"Bounce type: bad-mailbox", UserUnknown, ClassPermanent},
	})
}

// Near misses the batch's fixes must leave alone: an unsubscription that
// names no bounce, an account owner's unverified address, English "Invalid
// domain name" (syntax, the corpus's reading), Exchange's bad mailbox
// database property, a server (not a mailbox) saturated.
func TestKindCodeless24NearMisses(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Skipped: recipient unsubscribed", Policy, ClassPermanent},
		{"Sending is blocked until the account owner's email is verified", Policy, ClassPermanent},
		{"Invalid domain name", Syntax, ClassPermanent},
		{"Serveur de destination saturé", ServerError, ClassTransient},
	})
}
