package explain

import (
	"errors"
	"testing"
)

// The kinds of held-out batch 26-codeless, in new wording (not the batch's
// rows).

// Concept words the languages lacked at the gate (codeless25Langs): Dutch
// "levering"/"mislukking"/"tijdelijk", Russian "неудачн" and attempts that
// go on, Italian "insuccesso" and "temporaneo", Portuguese "não foi
// entregue", Korean "반송", Chinese "重新尝试".
func TestKindCodeless26GateConcepts(t *testing.T) {
	checkKinds(t, []kindCase{
		{"De levering van het bericht is mislukt.", Unknown, ClassPermanent},
		{"Tijdelijke leveringsproblemen: het bericht wordt later bezorgd.", Unknown, ClassTransient},
		{"Доставка письма была неудачной.", Unknown, ClassPermanent},
		{"Письмо не доставлено с первого раза, попытки продолжаются.", Unknown, ClassTransient},
		{"Insuccesso nella consegna dell'email.", Unknown, ClassPermanent},
		{"A mensagem não foi entregue ao destinatário.", Unknown, ClassPermanent},
		{"보내신 메일이 반송되었습니다.", Unknown, ClassPermanent},
		{"系统正在重新尝试投递该邮件。", Unknown, ClassTransient},
	})
	for _, in := range []string{
		"De levering van het pakket is morgen.", // a parcel's delivery, no failure and no mail
		"Доставка пиццы сегодня.",               // idem
	} {
		if _, err := explainOne(in); !errors.Is(err, ErrNoCode) {
			t.Errorf("%q: %v, want ErrNoCode (not a mail delivery outcome)", in, err)
		}
	}
}

// Causes said in other languages that no rule read: a spam source, a
// validity or retry period that ran out, retries used up, a DNS record
// missing, an unreachable domain, a delivery into the spam folder, an
// encryption type not supported, content rejected, a recipient who wants
// no mail, the restricted sender's NDR, a Russian disabled address.
func TestKindCodeless26Causes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Geweigerd: het IP-adres van de afzender is een bekende spambron.", Reputation, ""},
		{"La entrega falló: el servidor considera su dominio una fuente de spam.", Reputation, ""},
		{"Die Zustellung wurde abgebrochen: die Gültigkeitsdauer der Nachricht wurde überschritten.", Expired, ClassPermanent},
		{"Письмо не доставлено: срок доставки истёк.", Expired, ClassPermanent},
		{"The message was dropped after too many retries.", Expired, ClassPermanent},
		{"Почта не доставлена: отсутствует запись в DNS для домена получателя.", HostUnknown, ClassPermanent},
		{"No se pudo entregar: el registro DNS del dominio no existe.", HostUnknown, ClassPermanent},
		{"Le serveur du destinataire est injoignable pour le moment.", Network, ClassTransient},
		{"Il messaggio è stato consegnato nella cartella spam del destinatario.", Success, ClassSuccess},
		{"El servidor no admite el tipo de cifrado que ha especificado.", TLSRequired, ClassPermanent},
		{"E-Mail abgewiesen: Inhalt abgelehnt vom Empfängerserver.", SpamContent, ""},
		{"Le destinataire ne souhaite plus recevoir vos messages.", Policy, ClassPermanent},
		{"Su mensaje no se pudo entregar porque no se le reconoció como remitente válido: su dirección podría estar enviando spam.", Reputation, ClassPermanent},
		{"Почтовый ящик получателя отключен.", MailboxDisabled, ClassPermanent},
	})
	// too many attempts at a login are no retries of a message
	if e, err := explainOne("Sending failed: you attempted to sign in too many times."); err == nil && e.Category == Expired {
		t.Errorf("a login's attempts read as an expiry (%s)", e.Rule)
	}
}

// "Temporary" as an adjective gives a codeless text its class
// (codeless26TemporaryWording).
func TestKindCodeless26TemporaryAdjective(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Errore temporaneo: casella del destinatario piena.", MailboxFull, ClassTransient},
		{"Временная ошибка: почтовый ящик получателя переполнен.", MailboxFull, ClassTransient},
	})
}

// Batch 26-codeless b's kinds in new wording: "unreachable" in German and
// Spanish, a table row's soft or hard category cell as its class, a DNS
// error as a German compound, relaying refused in German, a complaint with
// the person after the participle, a localized hard bounce with the hold
// after it, a dead address, a localized invalid domain over the wrong
// address, a domain not set up for mail, an address format said wrong, a
// localized soft bounce.
func TestKindCodeless26BatchBKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Der Mailserver des Empfängers ist derzeit unerreichbar.", Network, ClassTransient},
		{"Servidor de correo del destinatario inaccesible.", Network, ClassTransient},
		{"Greylisting | Die Nachricht wurde vorläufig abgewiesen. | Soft", Greylisted, ClassTransient},
		{"Quota dépassé | La boîte du destinataire est pleine. | Dur", MailboxFull, ClassPermanent},
		{"Zustellung fehlgeschlagen wegen DNS-Fehler beim Empfänger.", Network, ""},
		{"Die Weiterleitung ist nicht erlaubt für diese Domain.", RelayDenied, ""},
		{"Nachricht vom Empfänger als Spam gekennzeichnet, Adresse gesperrt.", Policy, ClassPermanent},
		{"Rebote permanente: dirección dada de baja de la lista.", UserUnknown, ClassPermanent},
		{"Fehler: tote Adresse.", UserUnknown, ClassPermanent},
		{"Erreur : domaine invalide, le domaine de l'adresse n'existe pas.", HostUnknown, ClassPermanent},
		{"Not sent: the recipient's domain is not configured to receive mail.", HostUnknown, ClassPermanent},
		{"Rejected recipient: the email address format is invalid.", Syntax, ClassPermanent},
		{"Rimbalzo temporaneo: riproveremo più tardi.", Unknown, ClassTransient},
	})
	// the German word for an automatic forwarding a tenant blocks is no relay refusal
	if e, err := explainOne("Automatische Weiterleitung nicht erlaubt: Nachricht wurde blockiert."); err == nil && e.Category == RelayDenied {
		t.Errorf("an automatic forwarding read as a relay refusal (%s)", e.Rule)
	}
}

// A probe after batch b, outcome sentences invented in the languages the
// concept table lacked (ro, hr/sr/bs/sl, bg, id/ms, th, he, fa, ar, fi,
// vi), in new wording: a delivery that failed, delayed or retried; a
// message quarantined by the antivirus in French.
func TestKindCodeless26ProbeLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Livrarea e-mailului către destinatar a eșuat.", Unknown, ClassPermanent},
		{"Isporuka e-pošte nije uspjela.", Unknown, ClassPermanent},
		{"Доставката на писмото беше неуспешна.", Unknown, ClassPermanent},
		{"Pengiriman email ke penerima gagal.", Unknown, ClassPermanent},
		{"מסירת הדואר נכשלה.", Unknown, ClassPermanent},
		{"تحویل ایمیل ناموفق بود.", Unknown, ClassPermanent},
		{"تعذر تسليم البريد.", Unknown, ClassPermanent},
		{"Sähköpostin toimitus epäonnistui.", Unknown, ClassPermanent},
		{"Email tertunda dan akan dicoba lagi.", Unknown, ClassTransient},
		{"La pièce jointe a été placée en quarantaine par l'antivirus du destinataire.", Virus, ClassPermanent},
	})
	for _, in := range []string{
		"Livrarea coletului este mâine.", // a parcel's delivery, no failure
		"Pengiriman paket sedang berjalan.",
	} {
		if _, err := explainOne(in); !errors.Is(err, ErrNoCode) {
			t.Errorf("%q: %v, want ErrNoCode (not a mail delivery outcome)", in, err)
		}
	}
}

// A status field named in another language, its value a localized status
// label (codeless26LocalizedStatusField), and the Nordic, Finnish, Czech,
// Hungarian and Romanian status labels.
func TestKindCodeless26LocalizedStatusField(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Estado del envío: rechazado", Unknown, ClassPermanent},
		{"Stato del messaggio: consegnato", Success, ClassSuccess},
		{"Statut de l'e-mail : en file d'attente", Unknown, ClassTransient},
		{"邮件状态：投递失败", Unknown, ClassPermanent},
		{"Leveransstatus: försenad", Unknown, ClassTransient},
		{"Lähetyksen tila: hylätty", Unknown, ClassPermanent},
		{"Stav zprávy: odesláno", Success, ClassSuccess},
	})
	if _, err := explainOne("Estado civil: casado"); !errors.Is(err, ErrNoCode) {
		t.Errorf("a status that is no delivery's was read as an outcome: %v", err)
	}
}
