package main

import "testing"

// Kinds of helper codeless26 (issue 10; docs/heldout/heldout26-codeless.md)
// through the command, in new wording: Dutch, Italian, Portuguese and
// Korean delivery outcomes the gate lacked words for, a spam source and a
// validity that ran out in other languages, a delivery into the spam
// folder, an encryption type not supported, a recipient who wants no mail.
func TestExplainCodeless26Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Leveringsmislukking: het bericht kon niet worden bezorgd.", "unknown", "permanent"},
		{"Insuccesso temporaneo nella consegna della email.", "unknown", "transient"},
		{"Sua mensagem não foi entregue.", "unknown", "permanent"},
		{"전송하신 메일이 반송되었습니다.", "unknown", "permanent"},
		{"Die Absender-IP gilt als bekannte Spamquelle.", "reputation", "permanent"},
		{"Письмо не доставлено после истечения срока повторных попыток.", "expired", "permanent"},
		{"El correo fue entregado en la carpeta de spam del destinatario.", "success", "success"},
		{"Le serveur ne prend pas en charge le type de chiffrement choisi.", "tls-required", "permanent"},
		{"Il cliente non desidera più ricevere le nostre email.", "policy", "permanent"},
	})
}

// Batch 26-codeless b's kinds through the command, in new wording: a
// German unreachable domain, a soft category cell, a German DNS error, a
// French hard bounce held, a Spanish invalid domain, a domain not set up
// for mail.
func TestExplainCodeless26BatchBKinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Zieldomain zurzeit unerreichbar.", "network", "transient"},
		{"Buzón lleno | El buzón del destinatario no admite más mensajes. | Leve", "mailbox-full", "transient"},
		{"Bounce wegen DNS-Fehler", "network", "transient"},
		{"Rebond permanent : adresse supprimée de la liste d'envoi.", "user-unknown", "permanent"},
		{"Error: dominio no válido, el dominio del destinatario no existe.", "host-unknown", "permanent"},
		{"Email not sent: the recipient domain is not set up to receive email.", "host-unknown", "permanent"},
	})
}

// The probe's kinds through the command: a delivery that failed in a
// language the concept table lacked, a status field named in Spanish.
func TestExplainCodeless26ProbeKinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Pengiriman surel gagal.", "unknown", "permanent"},
		{"Estado de la entrega: en cola", "unknown", "transient"},
	})
}
