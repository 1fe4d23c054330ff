package explain

import (
	"errors"
	"testing"
)

// The kinds of held-out batch 25-codeless, in new wording (not the batch's
// rows).

// A delivery's outcome said in another language by its concept — a
// delivery that failed, was postponed or will be tried again — is a
// delivery outcome, its class the concept's (codeless25Localized); a
// negated later attempt is none, and a word of delay without a word of
// delivery or mail is no outcome at all.
func TestKindCodeless25LocalizedOutcomeConcepts(t *testing.T) {
	checkKinds(t, []kindCase{
		// postponed or to be tried again: transient
		{"La consegna del messaggio è stata posticipata.", Unknown, ClassTransient},
		{"A entrega da mensagem foi postergada.", Unknown, ClassTransient},
		{"Доставка письма задержана.", Unknown, ClassTransient},
		{"메일 전달이 지연되고 있습니다.", Unknown, ClassTransient},
		{"Leveransen av meddelandet är fördröjd.", Unknown, ClassTransient},
		{"投遞已延後，系統稍後再試。", Unknown, ClassTransient},
		{"Die Zustellung der Nachricht wurde aufgeschoben.", Unknown, ClassTransient},
		// a delivery that failed: permanent
		{"投递到对方服务器失败。", Unknown, ClassPermanent},
		{"メッセージの配達に失敗しました。", Unknown, ClassPermanent},
		{"La entrega del correo falló.", Unknown, ClassPermanent},
		{"Doręczenie wiadomości nie udało się.", Unknown, ClassPermanent},
		// a later attempt negated: the failure decides
		{"La entrega falló y no se volverá a intentar.", Unknown, ClassPermanent},
		// the full-width colon of a Chinese status label
		{"失败：邮件未能送到收件人。", Unknown, ClassPermanent},
		{"延迟：对方服务器繁忙。", ServerError, ClassTransient},
	})
	for _, in := range []string{
		"Das Meeting wurde verschoben.",    // a delay, but of no delivery
		"Die Lieferung wurde verschoben.",  // idem (a parcel's)
		"La réunion est reportée à lundi.", // idem
		"会议延迟到明天。",                         // idem
	} {
		if _, err := explainOne(in); !errors.Is(err, ErrNoCode) {
			t.Errorf("%q: %v, want ErrNoCode (not a delivery outcome)", in, err)
		}
	}
}

// A delivery done, said by a localized delivery event ("邮件已送达",
// "se entregó a"), is a success; the same verb negated is not.
func TestKindCodeless25LocalizedDelivered(t *testing.T) {
	checkKinds(t, []kindCase{
		{"邮件已投递至收件人邮箱。", Success, ClassSuccess},
		{"El correo se entregó al servidor del destinatario.", Success, ClassSuccess},
		{"E-postmeddelandet levererades till mottagaren.", Success, ClassSuccess},
		// negated
		{"Meddelandet levererades inte: mottagaren finns inte.", UserUnknown, ClassPermanent},
	})
}

// A Chinese bounce page's reason ("退信原因：...") and a receiver that
// returned the mail ("对方退信了") state a bounce: permanent; the attempts
// that ran out are an expiry, not the retry their word names; a
// connection the receiving side never answered is the network.
func TestKindCodeless25ChineseBounceReasons(t *testing.T) {
	checkKinds(t, []kindCase{
		{"很遗憾，对方退信了，原因未知。", Unknown, ClassPermanent},
		{"退信原因：我们无法与对方邮件服务器联络上。", Network, ClassPermanent},
		{"发送多次尝试后均失败，邮件已退回。", Expired, ClassPermanent},
		{"退信原因：信头Date字段不合规。", RFCNoncompliant, ClassPermanent},
		{"请求参数有误：收件人为空", Syntax, ClassPermanent},
	})
}

// English failure reasons the batch found unread: a connection that could
// not be made in the contracted and "trouble" forms, a spam filter named
// as the blocker, the recipient's mailbox settings, an address said
// unsubscribed or not in a valid format, a server not accepting mail for a
// domain, an address no longer mailed after bounces, possessive words of
// mail, a notice that says only "not delivered".
func TestKindCodeless25EnglishReasons(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The app couldn't connect to the outgoing mail server.", Network, ClassTransient},
		{"We are having trouble connecting to the recipient's mail server", Network, ClassTransient},
		{"Message stopped by the receiving domain's spam filter", SpamContent, ClassPermanent},
		{"Blocked by the recipient's mailbox settings (sender not allowed)", Policy, ClassPermanent},
		{"This subscriber is unsubscribed", Policy, ClassPermanent},
		{"Recipient address not in a valid format", Syntax, ClassPermanent},
		{"The MX host is not accepting mail for the recipient domain", RelayDenied, ClassPermanent},
		{"Address bounced repeatedly; we will no longer send to it", UserUnknown, ClassPermanent},
		{"Unknown error on the recipients' side", Unknown, ClassUnknown},
		{"Ticket reply not delivered", Unknown, ClassPermanent},
	})
}

// Batch 25-codeless b's kinds, in new wording: a recipient on a localized
// suppression or stop list (policy, over the spam the list may name), a
// person who marked earlier mail as spam (policy; a filter's verdict stays
// spam-content), an address that bounced before (user-unknown), too many
// requests in Spanish and Portuguese, a message that bounced or could not
// be "délivré", a sender that will make no more attempts (permanent), a
// message put back into the queue (transient), Korean "try again later",
// Russian "could not send" with the verb first, a deferred DNS problem
// (network), Japanese "delivered" as a status's note.
func TestKindCodeless25BatchBKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Envío cancelado: el contacto figura en la lista de supresión por spam", Policy, ClassPermanent},
		{"Адрес находится в стоп-листе рассылки", Policy, ClassPermanent},
		{"Le destinataire a signalé un message précédent comme spam", Policy, ClassPermanent},
		{"Il destinatario ha segnalato come spam una email precedente", Policy, ClassPermanent},
		{"La dirección ya rebotó y no se volverá a usar", UserUnknown, ClassPermanent},
		{"Muitas solicitações: o envio foi limitado temporariamente", RateLimited, ClassTransient},
		{"Su mensaje ha rebotado", Unknown, ClassPermanent},
		{"L'e-mail de confirmation n'a pas été délivré.", Unknown, ClassPermanent},
		{"Ошибка доставки, попыток больше не будет", Unknown, ClassPermanent},
		{"Sending failed; no more attempts will be made for this message", Unknown, ClassPermanent},
		{"Отправка не удалась, сообщение возвращено в очередь", Unknown, ClassTransient},
		{"메일 전송에 실패했습니다. 나중에 다시 시도해 주세요.", Unknown, ClassTransient},
		{"Deferred: DNS problem while looking up the recipient domain", Network, ClassTransient},
		{"状態：配信済み", Success, ClassSuccess},
		// neighbours: a filter's verdict stays spam-content; a permanent
		// "host not found" stays host-unknown
		{"E-Mail wurde als Spam markiert", SpamContent, ClassPermanent},
		{"Bounced: host not found, the domain does not exist", HostUnknown, ClassPermanent},
	})
	if _, err := explainOne("Сообщение отправить не удалось"); err != nil {
		t.Errorf("a Russian send failure with the verb first: %v, want an explanation", err)
	}
}

// The probe after batch b: a send that failed said by its noun ("el envío
// falló": an application's send error, class unknown), and delivery
// outcomes in Czech, Hungarian, Greek and Ukrainian, and a Japanese delay
// said "遅れています".
func TestKindCodeless25ProbeLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"El envío del correo falló", Unknown, ClassUnknown},
		{"Der Versand der Nachricht ist fehlgeschlagen", Unknown, ClassUnknown},
		{"Doručení zprávy selhalo", Unknown, ClassPermanent},
		{"A levél kézbesítése nem sikerült", Unknown, ClassPermanent},
		{"Η παράδοση του email απέτυχε", Unknown, ClassPermanent},
		{"Доставку листа відкладено", Unknown, ClassTransient},
		{"メールの配達が遅れています", Unknown, ClassTransient},
	})
}

// The English probe after batch b: a message that did not reach its
// recipient or was returned by the recipient's server (permanent), a
// queue view's next attempt (transient), a domain without a mail server
// (host-unknown), a server that asks for a secure connection
// (tls-required; System.Net.Mail's "... or the client is not
// authenticated" stays auth-required).
func TestKindCodeless25EnglishProbe(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The invitation failed to reach the recipient", Unknown, ClassPermanent},
		{"Your reply was returned by the recipient's server", Unknown, ClassPermanent},
		{"Message queued, next retry at 14:05", Unknown, ClassTransient},
		{"Bounce: the domain has no mail servers", HostUnknown, ClassPermanent},
		{"Sending failed because the outgoing server requires an encrypted connection", TLSRequired, ClassPermanent},
		{"The SMTP server requires a secure connection or the client was not authenticated.", AuthRequired, ClassPermanent},
	})
}
