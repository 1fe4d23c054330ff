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
