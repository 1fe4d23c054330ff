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
