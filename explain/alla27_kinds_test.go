package explain

import "testing"

// Held-out batch 27-alla (categories user-unknown to reputation): the kinds
// its first run found, tested in new wording (not the batch's rows), with
// neighbours that keep their readings.

// Gmail's DNS error for the recipient domain cut before its result code
// (alla27.gmail-dns-lookup-cut): the domain's MX lookup failed.
func TestKindAlla27GmailDNSLookupCut(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Address not found\n\nmaria@shop-gone.example\n\nDNS Error: DNS type 'mx' lookup of shop-gone.example", HostUnknown, ClassPermanent},
		{"The response was: DNS Error: DNS type 'a' lookup of mail.lab-closed.example", HostUnknown, ClassPermanent},
		// neighbours: the result code decides when it is there, and Gmail's
		// card for an unknown mailbox stays user-unknown
		{"DNS Error: DNS type 'mx' lookup of shop-gone.example responded with code NXDOMAIN Domain name not found: shop-gone.example", HostUnknown, ClassPermanent},
		{"Address not found\nYour message wasn't delivered to kim@lab.example because the address couldn't be found, or is unable to receive mail.", UserUnknown, ClassPermanent},
	})
}

// Exchange's receive-connector words for a sender that did not start TLS,
// quoted without their 451 5.7.3 (mtaTLSDeferralWording): transient.
func TestKindAlla27ExchangeStartTLSWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailer error: STARTTLS is required to send mail", TLSRequired, ClassTransient},
		{"Die Zustellung hängt mit \"STARTTLS is required to send mail\" in der Warteschlange", TLSRequired, ClassTransient},
		// neighbours: with its code the code decides, and a client's own
		// TLS refusal without an MTA's words stays permanent
		{"450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]", TLSRequired, ClassTransient},
		{"Mailer error: Must issue a STARTTLS command first", TLSRequired, ClassPermanent},
	})
}

// SMTP AUTH switched off for the account, said in the account's language
// (prov23NotOwnAccountHold): the login's refusal (auth-failed), not the
// provider's hold of the account (policy).
func TestKindAlla27SMTPAuthDisabledNotAccountHeld(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Fehler: SmtpClientAuthentication is disabled for the Mailbox – die SMTP-Authentifizierung ist für Ihr Konto deaktiviert.", AuthFailed, ClassPermanent},
		{"Erro \"SmtpClientAuthentication is disabled for the Tenant\": a autenticação SMTP foi desativada na sua conta.", AuthFailed, ClassPermanent},
		// neighbour: the account itself held stays the provider's policy
		{"Votre compte a été désactivé suite à l'envoi massif de spam.", Policy, ClassPermanent},
	})
}
