package explain

import "testing"

// codeless22NonOutcomes are texts near batch 22-codeless's new words that
// state no delivery outcome: a settings page named after a junk-mail
// filter, a file too big for an upload, a screen or card lock, an idle
// session closed, a virus scan of the user's own disk. The gate refuses
// them.
var codeless22NonOutcomes = []string{
	"Die Datei ist zu groß für den Upload", "Le fichier est trop volumineux pour être importé",
	"Bloqueo de pantalla", "Blocco schermo attivo", "Блокировка экрана",
	"Session closed due to inactivity", "Sitzung wegen Inaktivität beendet",
	"ウイルススキャンを開始しました", "病毒库已更新",
	"Routing-table", "Bad-request",
}

func TestKindCodeless22NonOutcomesRefused(t *testing.T) {
	for _, in := range codeless22NonOutcomes {
		if e, err := explainOne(in); err == nil {
			t.Errorf("%q: explained as %s/%s (rule %q), want the gate to refuse it", in, e.Category, e.Class, e.Rule)
		}
	}
	// the codeless21 probe is unchanged by this batch's words
	for _, in := range codeless21NonOutcomes {
		if e, err := explainOne(in); err == nil {
			t.Errorf("%q: explained as %s/%s (rule %q), want the gate to refuse it", in, e.Category, e.Class, e.Rule)
		}
	}
}

// The kinds of held-out batch 22-codeless, in new wording (not the batch's
// rows): a bounce's localized title (Outlook's subject prefix, a webmail's
// "undelivered message"), a label written with hyphens, a server's
// temporary error and a server that could not be contacted in the large
// languages, a mailbox closed for inactivity, an attachment too big, a
// virus found, a block said as a noun, a server as the agent of a block,
// the recipient's own junk-mail setting.
func TestKindCodeless22BatchKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		// a bounce's localized title
		{"Non recapitabile: Offerta settimanale", Unknown, ClassPermanent},
		{"No se puede entregar: Factura de noviembre", Unknown, ClassPermanent},
		{"Onbestelbaar: Uitnodiging", Unknown, ClassPermanent},
		{"Недоставлено: Счёт на оплату", Unknown, ClassPermanent},
		{"无法传递: 会议通知", Unknown, ClassPermanent},
		{"Недоставленное письмо", Unknown, ClassPermanent},
		{"Mensaje no entregado", Unknown, ClassPermanent},
		// a label with hyphens for spaces
		{"Bounce category: Mailbox-full", MailboxFull, ClassPermanent},
		{"Routing-failure", Network, ClassTransient},
		// a server's temporary error; a server that could not be contacted
		{"Error temporal del servidor de destino", ServerError, ClassTransient},
		{"Временная ошибка почтового сервера", ServerError, ClassTransient},
		{"Impossibile contattare il server di posta del destinatario", Network, ClassTransient},
		{"Unable to contact the recipient's mail server", Network, ClassTransient},
		// a mailbox closed for inactivity
		{"Cuenta cerrada por inactividad", MailboxDisabled, ClassPermanent},
		{"Postfach wegen Inaktivität gesperrt", MailboxDisabled, ClassPermanent},
		// an attachment too big; a virus found
		{"Der Anhang ist zu groß für das Postfach des Empfängers", MessageTooBig, ClassPermanent},
		{"L'allegato è troppo grande", MessageTooBig, ClassPermanent},
		{"メールからウイルスが検出されました", Virus, ClassPermanent},
		{"邮件中发现病毒", Virus, ClassPermanent},
		// a block said as a noun; a server as the agent of a block
		{"Bloqueo del mensaje por el servidor", Policy, ClassPermanent},
		{"Le serveur du destinataire a bloqué la remise", Policy, ClassPermanent},
		{"O servidor do destinatário bloqueou a entrega", Policy, ClassPermanent},
		{"对方服务器拦截了您的邮件", Policy, ClassPermanent},
		// the recipient's own junk-mail setting
		{"受信者の迷惑メールフィルター設定により受信できません", Policy, ClassPermanent},
	})
}

// Webmail's bounce headline in the perfect tense and a delay notice's
// title (found by probing common codeless summaries after batch a's fixes,
// not from the batch's rows): a failure without its cause, permanent; a
// delivery not yet complete, transient; a Polish address not found.
func TestKindCodeless22Headlines(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Votre e-mail n'a pas été remis", Unknown, ClassPermanent},
		{"El correo no ha sido entregado", Unknown, ClassPermanent},
		{"メールは配達されませんでした", Unknown, ClassPermanent},
		{"Twój e-mail nie został dostarczony", Unknown, ClassPermanent},
		{"Delivery incomplete", Unknown, ClassTransient},
		{"Entrega incompleta", Unknown, ClassTransient},
		{"Odbiorca nie został znaleziony", UserUnknown, ClassPermanent},
	})
}

// The kinds of held-out batch 22-codeless b, in new wording: a typo in the
// address, the recipient's capacity over (Japanese), a receiver that
// returned or intercepted the message (Chinese), a mail service's
// technical failure, a message stuck in the outbox, a temporary word
// ("zeitweise"), a group named "Transient", a localized status heading its
// description, a refusal for the content's reasons, a domain that does not
// exist as the subject, the Polish passive of a block, Turkish "dolmuş",
// Russian "несуществующий".
func TestKindCodeless22BatchBKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Tippfehler in der E-Mail-Adresse des Empfängers", UserUnknown, ClassPermanent},
		{"Faute de frappe dans l'adresse du destinataire", UserUnknown, ClassPermanent},
		{"宛先の受信箱が容量オーバーです", MailboxFull, ClassPermanent},
		{"邮件被收件方主动退信", Unknown, ClassPermanent},
		{"收件服务器拦截了这封邮件", Policy, ClassPermanent},
		{"Технический сбой почтового сервера", ServerError, ClassTransient},
		{"The message is stuck in your outbox", Unknown, ClassTransient},
		{"Zeitweise abgewiesen: das Postfach ist voll", MailboxFull, ClassTransient},
		{"Transient: mailbox full", MailboxFull, ClassTransient},
		{"Pendiente: el servidor todavía no aceptó el mensaje", Unknown, ClassTransient},
		{"Rifiutato: il server ha rifiutato il messaggio", Unknown, ClassPermanent},
		{"Nachricht aus inhaltlichen Gründen abgelehnt", SpamContent, ClassPermanent},
		{"La dominio del destinatario non esiste", HostUnknown, ClassPermanent},
		{"Ta wiadomość została zablokowana przez odbiorcę", Policy, ClassPermanent},
		{"Posta kutusu dolmuş", MailboxFull, ClassPermanent},
		{"Несуществующий адрес получателя", UserUnknown, ClassPermanent},
	})
}

// NDR summaries as Exchange and webmail word them, without the technical
// part (found by probing after batch b, not from a batch's rows): a
// system that could not be reached, a server that is blocking the sender,
// a system that does not accept the sender's organization, a message too
// big for the mailbox.
func TestKindCodeless22NDRSummaries(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The destination mail server could not be reached", Network, ClassTransient},
		{"Delivery failed: the recipient's mail server is blocking messages from you", Policy, ClassPermanent},
		{"Le système de messagerie du destinataire n'accepte pas les messages de votre organisation", Policy, ClassPermanent},
		{"Die Nachricht ist zu groß für das Postfach des Empfängers", MessageTooBig, ClassPermanent},
	})
}

// Localized webmail sentences and labels (the probe after batch b, not a
// batch's rows): an address not found in the perfect tense (es, it, nl), a
// Dutch and a German headline, an unknown recipient in Turkish and Korean,
// a refusal as spam in Korean and Chinese.
func TestKindCodeless22LocalizedProbe(t *testing.T) {
	checkKinds(t, []kindCase{
		{"No se ha encontrado la dirección del destinatario", UserUnknown, ClassPermanent},
		{"L'indirizzo del destinatario non è stato trovato", UserUnknown, ClassPermanent},
		{"Uw e-mail is niet afgeleverd", Unknown, ClassPermanent},
		{"Zustellung ist nicht möglich", Unknown, ClassPermanent},
		{"E-posta adresi bilinmiyor", UserUnknown, ClassPermanent},
		{"받는 사람 주소를 알 수 없습니다", UserUnknown, ClassPermanent},
		{"스팸 메일로 거부되었습니다", SpamContent, ClassPermanent},
		{"被判定为垃圾邮件，已拒收", SpamContent, ClassPermanent},
	})
}
