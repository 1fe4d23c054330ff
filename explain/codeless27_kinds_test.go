package explain

import (
	"errors"
	"testing"
)

// The kinds of held-out batch 27-codeless, in new wording (not the batch's
// rows).

// An application's note that the mail was sent, in other languages: a word
// of success with a verb of sending, or the verb's stated perfective with a
// word of mail (codeless27.l10n-sent-successfully, .l10n-mail-sent). A
// failure, a refusal or an SMS in the same text is no such note, and a
// cause in the same text decides over it.
func TestKindCodeless27SentNote(t *testing.T) {
	checkKinds(t, []kindCase{
		{"確認メールを送信しました。", Success, ClassSuccess},
		{"邮件已发送至 li@shop.example", Success, ClassSuccess},
		{"Nachricht erfolgreich verschickt an kunde@shop.example", Success, ClassSuccess},
		{"El mensaje ha sido enviado.", Success, ClassSuccess},
		{"Mesaj başarılı bir şekilde iletildi.", Success, ClassSuccess},
		{"Votre courriel a bien été envoyé.", Success, ClassSuccess},
		{"Bericht is verstuurd.", Success, ClassSuccess},
		// a cause decides over the sent verb
		{"Письмо отправлено на адрес, которого не существует.", UserUnknown, ClassPermanent},
	})
	for _, in := range []string{
		"Письмо не отправлено: ошибка сервера.",
		"メールを送信できませんでした。",
		"邮件发送失败",
		"Il messaggio è stato rifiutato dal server.",
	} {
		if e, err := explainOne(in); err == nil && e.Category == Success {
			t.Errorf("%q: read as a success (%s)", in, e.Rule)
		}
	}
	if e, err := explainOne("SMS успешно отправлено"); err == nil && e.Category == Success {
		t.Errorf("an SMS read as a mail sent (%s)", e.Rule)
	}
}

// A refusal of the message in another language without its cause: a
// permanent outcome, category unknown, as the English "The server rejected
// the message" (codeless27Refused at the gate). A refusal of something
// that is no mail, or a negated one, is refused.
func TestKindCodeless27LocalizedRefusal(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Der Server hat die Nachricht abgelehnt.", Unknown, ClassPermanent},
		{"Le serveur a refusé le message.", Unknown, ClassPermanent},
		{"O servidor recusou a mensagem.", Unknown, ClassPermanent},
		{"Сервер отклонил сообщение.", Unknown, ClassPermanent},
		{"服务器拒绝了该邮件。", Unknown, ClassPermanent},
		{"Serwer odrzucił wiadomość.", Unknown, ClassPermanent},
	})
	for _, in := range []string{"Die Bewerbung wurde abgelehnt.", "Сервер не отклонил письмо, оно в очереди."} {
		if _, err := explainOne(in); !errors.Is(err, ErrNoCode) {
			t.Errorf("%q: %v, want ErrNoCode", in, err)
		}
	}
}

// A resolver's failure named by Node's DNS codes after any query: the
// network's; the not-found codes stay host-unknown.
func TestKindCodeless27NodeResolver(t *testing.T) {
	checkKinds(t, []kindCase{
		{"queryA ETIMEOUT mx.far.example", Network, ClassTransient},
		{"Error: querySrv ESERVFAIL _submission._tcp.far.example", Network, ClassTransient},
		{"queryTxt EREFUSED far.example", Network, ClassTransient},
		{"Error: queryMx ENOTFOUND gone.example", HostUnknown, ClassPermanent},
	})
}

// The causes of the batch in new wording: a sending cap reached in Chinese
// (not a mailbox's capacity), reachable negated with words between, Uzbek
// "could not connect", Exchange's failover error (transient), a delivered
// status with advice after it.
func TestKindCodeless27Causes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"发送邮件数量达到上限", RateLimited, ClassTransient},
		{"邮箱容量已达上限", MailboxFull, ""},
		{"Le serveur de messagerie n'est pas joignable.", Network, ClassTransient},
		{"El servidor de correo no es accesible.", Network, ClassTransient},
		{"Pochta serveriga ulanib bo'lmadi", Network, ClassTransient},
		{"Unable to connect. Attempted failover to alternate host, but that did not succeed; delivery failed to all alternate hosts.", Network, ClassTransient},
		{"Sent. Tip: warm up a new IP slowly to avoid spam filters.", Success, ClassSuccess},
		{"Status: delivered. Hint: a DMARC record helps the next campaign reach the inbox.", Success, ClassSuccess},
	})
	// advice after a failure is no delivery
	if e, err := explainOne("Not delivered. Tip: check the SPF record."); err == nil && e.Category == Success {
		t.Errorf("a failure with a tip read as delivered (%s)", e.Rule)
	}
}

// Batch b's kinds in new wording: SES's delay texts as apps translate them
// (a temporary problem of the recipient's server, unsolicited mail from the
// account, a communication failure, a block or a throttling, a later send
// that may succeed), an attachment rejected, a message blocked by a server
// (no mailbox's state), a success note with advice about the spam folder,
// check_smtp's slow answer, an unsubscribe, a Vietnamese send error.
func TestKindCodeless27BatchBKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Un problème temporaire avec le serveur du destinataire empêche la remise du message.", ServerError, ClassTransient},
		{"Il server di posta del destinatario ha un problema temporaneo.", ServerError, ClassTransient},
		{"El servidor del destinatario detectó muchos correos no solicitados de su cuenta.", Reputation, ""},
		{"Erreur temporaire de communication avec le serveur SMTP du destinataire.", Network, ClassTransient},
		{"La dirección IP de envío está bloqueada o limitada por el proveedor del destinatario: el proveedor bloquea o limita la dirección IP.", Reputation, ClassTransient},
		{"Recebemos um retorno de caixa cheia; talvez você consiga enviar com sucesso no futuro.", MailboxFull, ClassTransient},
		{"La pièce jointe rejetée par le serveur: le message n'a pas été remis.", Policy, ""},
		{"Лист успішно надіслано. Якщо його немає у вхідних, перевірте папку спам.", Success, ClassSuccess},
		{"SMTP WARNING - 4.201 sec. response time", Network, ClassTransient},
		{"Contact unsubscribed from all marketing email", Policy, ClassPermanent},
		{"Đã xảy ra lỗi khi gửi email.", Unknown, ClassUnknown},
	})
	// a message blocked by the server is no blocked mailbox
	if e, err := explainOne("Le message a été bloqué par le serveur du destinataire."); err == nil && e.Category == MailboxDisabled {
		t.Errorf("a message blocked by a server read as a disabled mailbox (%s)", e.Rule)
	}
	// an unsubscribe done by the platform after failed deliveries names no cause
	if e, err := explainOne("Member unsubscribed automatically: delivery failed five times"); err == nil && e.Rule == "codeless27.unsubscribed" {
		t.Errorf("a platform's unsubscribe after failures read as the owner's (%s/%s)", e.Category, e.Class)
	}
}

// The probe after batch b: a status line of the mail's noun and its
// participle ("Mensaje enviado", "Nachricht gesendet") is a mail sent (the
// plural folder names stay refused), and the Italian and Danish refusals
// with their words of mail ("la mail", "meddelelsen").
func TestKindCodeless27ProbeKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Correo enviado", Success, ClassSuccess},
		{"E-Mail gesendet", Success, ClassSuccess},
		{"Courriel envoyé", Success, ClassSuccess},
		{"訊息已發送", Success, ClassSuccess},
		{"Il server di destinazione ha respinto la mail.", Unknown, ClassPermanent},
		{"Modtagerens server afviste meddelelsen.", Unknown, ClassPermanent},
	})
	for _, in := range []string{"Mensajes enviados", "Posta inviata", "Verzonden items"} {
		if _, err := explainOne(in); !errors.Is(err, ErrNoCode) {
			t.Errorf("%q: %v, want ErrNoCode (a folder)", in, err)
		}
	}
}
