package explain

import "testing"

// The kinds of held-out batch 23-codeless, in new wording (not the batch's
// rows): a program that will retry or a mail added to a queue, an English
// status heading its description, a platform that holds an address after a
// hard bounce, a suppression after soft bounces, a domain said to be wrong,
// connectivity as a cause, a network outage, a server overloaded, a German
// server not reachable, a server not connected to, an address not
// formatted correctly, "invalid e-mail address" in Japanese, Chinese and
// Korean, a message undeliverable a period after its first attempt, a
// delivery failure heading its cause, an IP blocked and an automatic reply
// in other languages.
func TestKindCodeless23BatchKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		// a program that will retry; a mail added to a queue
		{"Outlook will try again to send this message", Unknown, ClassTransient},
		{"The notification was added to the mail queue", Unknown, ClassTransient},
		{"Die Nachricht wurde zur Warteschlange hinzugefügt", Unknown, ClassTransient},
		{"La notificación fue añadida a la cola de envío", Unknown, ClassTransient},
		// an English status heading its description
		{"Deferred: the receiving side asked us to come back later", Unknown, ClassTransient},
		{"Retrying — next attempt in 15 minutes", Unknown, ClassTransient},
		// a platform that holds an address after a hard bounce
		{"This contact hard-bounced and is no longer eligible for marketing email", UserUnknown, ClassPermanent},
		{"Empfänger nach Hardbounce gesperrt", UserUnknown, ClassPermanent},
		{"El contacto fue añadido a la lista de supresión tras un rebote duro", UserUnknown, ClassPermanent},
		// a suppression after soft bounces: permanent, no cause
		{"Contact suppressed: soft bounce limit reached (5 in a row)", Unknown, ClassPermanent},
		{"Address flagged as undeliverable after repeated soft bounces", Unknown, ClassPermanent},
		// a domain said to be wrong
		{"Bounce reason: wrong domain", HostUnknown, ClassPermanent},
		{"Rebote: dominio incorrecto", HostUnknown, ClassPermanent},
		{"ドメインが不正なため配信できませんでした", HostUnknown, ClassPermanent},
		// connectivity as a cause; a network outage; a server overloaded
		{"Soft bounce: connectivity issue with the recipient's server", Network, ClassTransient},
		{"Rebote suave: problema de conectividad", Network, ClassTransient},
		{"Deferred because of a network outage", Network, ClassTransient},
		{"Serveur de destination saturé", ServerError, ClassTransient},
		{"Softbounce: Mailserver des Empfängers nicht erreichbar", Network, ClassTransient},
		{"Undeliverable: the destination server could not be connected to", Network, ClassPermanent},
		// an address not formatted correctly; invalid e-mail address in CJK
		{"Error: the recipient's email address is incorrectly formatted", Syntax, ClassPermanent},
		{"无效的邮件地址", Syntax, ClassPermanent},
		{"유효하지 않은 이메일 주소입니다", Syntax, ClassPermanent},
		// undeliverable a period after the first attempt
		{"Message still undeliverable 48 hours after the first attempt", Expired, ClassPermanent},
		// a delivery failure heading a temporary cause
		{"Delivery failure: connectivity problem at the receiving server", Network, ClassPermanent},
		// an IP blocked, an automatic reply, in other languages
		{"El servidor de destino bloquea la IP de envío", Reputation, ClassPermanent},
		{"Automatische Antwort: Ich bin bis Montag nicht im Büro", Success, ClassSuccess},
		// a German address "nicht existent"
		{"Empfängeradresse nicht existent", UserUnknown, ClassPermanent},
	})
}

// Texts near batch 23-codeless's new words that state no delivery outcome,
// or whose reading must not change: an Outlook header "Sent:", an
// application's bare "Failed:", a program's retry setting, a connectivity
// check of the user's own machine, a domain's DKIM setup called incorrect.
func TestKindCodeless23NearMisses(t *testing.T) {
	for _, in := range []string{"Sent: Tuesday, March 3, 2026 10:00 AM", "Retry interval: 15 minutes", "Check your internet connection",
		"Wrong password for the domain admin panel"} {
		if e, err := explainOne(in); err == nil && e.Category != AuthFailed {
			t.Errorf("%q: explained as %s/%s (rule %q), want no outcome", in, e.Category, e.Class, e.Rule)
		}
	}
	checkKinds(t, []kindCase{
		{"DKIM signature domain incorrect", SenderAuth, ClassPermanent},
	})
	for _, in := range codeless22NonOutcomes {
		if e, err := explainOne(in); err == nil {
			t.Errorf("%q: explained as %s/%s (rule %q), want the gate to refuse it", in, e.Category, e.Class, e.Rule)
		}
	}
}

// The kinds of held-out batch 23-codeless b, in new wording: a server that
// may be down, a receiver that blocked the sending server, an address on a
// platform's blacklist after a complaint, the sender's address not
// verified in other languages, a server swamped, a domain that no longer
// exists, a count of messages that opens a text, a localized failure
// heading a temporary cause, and the Japanese and Korean widenings
// (content blocked, a server that does not respond, a server that blocked).
func TestKindCodeless23BatchBKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Soft bounce: the destination mail server may be down", Network, ClassTransient},
		{"Bounce reason: the receiving side is blocking your mail server", Reputation, ClassPermanent},
		{"Contact blocked: address on the blacklist after a spam complaint", Policy, ClassPermanent},
		{"Adresse de l'expéditeur non vérifiée", SenderInvalid, ClassPermanent},
		{"Absenderadresse nicht verifiziert", SenderInvalid, ClassPermanent},
		{"Deferred: the receiving mail server is swamped", ServerError, ClassTransient},
		{"Hard bounce: domain no longer exists", HostUnknown, ClassPermanent},
		{"250 messages are waiting in the queue", Unknown, ClassTransient},
		{"Ошибка доставки: нет ответа от сервера получателя", Network, ClassPermanent},
		{"配信エラー: コンテンツが原因でブロックされました", SpamContent, ClassPermanent},
		{"상대 메일 서버의 응답이 없습니다", Network, ClassTransient},
		{"수신 서버가 메일을 차단했습니다", Policy, ClassPermanent},
	})
}

// A probe after batch 23-codeless b (common client and webmail headlines):
// Outlook's NDR headline, a delivery in progress, Dutch "kan niet worden
// verzonden".
func TestKindCodeless23Probe(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery has failed: your message did not reach some or all of the intended recipients", Unknown, ClassPermanent},
		{"Status: delivery in progress", Unknown, ClassTransient},
		{"De e-mail kan niet worden verzonden", Unknown, ClassUnknown},
	})
}
