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
		{"Contact archived: soft bounce limit exceeded", Unknown, ClassPermanent},
		{"Recipient was suppressed because it soft-bounced too often", Unknown, ClassPermanent},
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
		// (common26's DNS-lookup convention: a failed lookup that names no
		// answer is the lookup's failure, network, transient without a code)
		{"宛先ドメインのDNSルックアップが失敗しました", Network, ClassTransient},
		{"自動応答メッセージが返ってきました", Success, ClassSuccess},
		// a bad mailbox
		{"Bounce type: bad-mailbox", UserUnknown, ClassPermanent},
	})
}

// Batch 24-codeless b's kinds, in new wording: an address held after
// repeated bounces, a hold after soft bounces (English and Spanish), an
// address on a list after a hard bounce, a domain that cannot be resolved,
// a limit on outgoing messages, a recipient address error, a connection
// failure and a temporary error in other languages, a recipient's
// firewall, a domain that accepts no mail, a message size over a limit, a
// spam report holding an address (zh, fr), too many invalid addresses, an
// automatic reply in French, a sending domain gone, a deferral whose
// description says "could not be delivered".
func TestKindCodeless24BatchBKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Subscriber marked as bad email after the third bounce", UserUnknown, ClassPermanent},
		{"Contact suspended after repeated soft bounces", Unknown, ClassPermanent},
		{"Rebote temporal en 4 envíos seguidos: el contacto deja de recibir correos", Unknown, ClassPermanent},
		{"Address held on the suppression list after a hard bounce", UserUnknown, ClassPermanent},
		{"The recipient domain could not be resolved", HostUnknown, ClassPermanent},
		{"Not sending: outgoing message limit reached for this domain", RateLimited, ClassTransient},
		{"Delivery failed: recipient address error", UserUnknown, ClassPermanent},
		{"Soft bounce: échec de connexion au serveur du destinataire", Network, ClassTransient},
		{"Devolução por erro temporário: caixa postal do destinatário cheia", MailboxFull, ClassTransient},
		{"Rejeitado: a firewall do destinatário bloqueia remetentes externos", Policy, ClassPermanent},
		{"Le domaine de l'adresse n'accepte pas de courrier", HostUnknown, ClassPermanent},
		{"Rebote: el tamaño del mensaje excede el límite del servidor", MessageTooBig, ClassPermanent},
		{"发送失败：该地址已被举报，列入黑名单", Policy, ClassPermanent},
		{"Too many invalid addresses in your campaign: sending temporarily blocked", Reputation, ClassTransient},
		{"Message d'absence reçu : votre e-mail a bien été distribué", Success, ClassSuccess},
		{"Error: your sending domain does not exist", SenderInvalid, ClassPermanent},
		{"Deferred - message could not be delivered yet, will be resent in 30 minutes", Unknown, ClassTransient},
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
		// a suspended mailbox under a permanent failure stays the mailbox's
		{"Technical details of permanent failure: Recipient mailbox is suspended", MailboxDisabled, ClassPermanent},
		// a mailbox suspended by its provider stays the mailbox's
		{"Mailbox suspended by the recipient's provider", MailboxDisabled, ClassPermanent},
		// an IP on a block list after a hard bounce heading stays reputation
		{"Hard bounce: your IP address is on our block list", Reputation, ClassPermanent},
		// a message expired after its queue lifetime stays expired
		{"Message expired: the queue lifetime of five days ran out", Expired, ClassPermanent},
	})
}
