package main

import "testing"

// Held-out batch 23-prov's kinds through the command: the sender's own
// address barred from sending in Italian and Greek, a provider's Italian
// throttle, a sending domain outside the authenticated account, Alibaba
// Mail's AuthAccount code, Cox's CXSNDR after Cox's generic words, and a
// Portuguese limit whose message was returned.
func TestExplainProv23FormsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Non è più possibile inviare da questa casella: cambia la password per tornare a inviare.", "policy", "permanent"},
		{"Η αποστολή email από τον λογαριασμό σας έχει φραγεί.", "policy", "permanent"},
		{"Invio temporaneamente limitato: troppi messaggi in un breve arco di tempo.", "rate-limited", "transient"},
		{"Envelope sender domain is not on the same account as the authenticated user", "sender-invalid", "permanent"},
		{"AuthAccount: UC_OPER_NO_PERMISSION", "auth-failed", "permanent"},
		{"550 cmsmtp <news@shop.example> message rejected. AUP#CXSNDR", "sender-invalid", "permanent"},
		{"Mensagem devolvida: o destinatário atingiu o limite de recebimento de 2000 mensagens por dia.", "rate-limited", "permanent"},
	})
}

// Batch 23-prov b through the command: the sender's own account held in
// the passive (Spanish), a Portuguese count per day that names the account.
func TestExplainProv23bFormsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Su cuenta de correo ha sido bloqueada por envío masivo de spam.", "policy", "permanent"},
		{"Limite atingido: sua conta de e-mail pode enviar 800 mensagens por dia.", "rate-limited", "transient"},
	})
}
