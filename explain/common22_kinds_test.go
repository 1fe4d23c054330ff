package explain

import "testing"

// The labelling conventions common22 settled (docs/explain.md "Labelling
// conventions"), in new wording (not rows of the corpus), each with the
// neighbours the convention keeps on the other side.

// An address held for its bounces is read by that reason (user-unknown); the
// sender's account or campaign held for its bounce rate is the service's
// hold (policy); a receiver's "too many bounces, try again" is its rate limit.
func TestKindCommon22TooManyBounces(t *testing.T) {
	checkKinds(t, []kindCase{
		{"subscriber_status: too_many_bounces", UserUnknown, ClassPermanent},
		{"Not delivered to ana@shop.example: recipient quarantined (reason: too many bounces)", UserUnknown, ClassPermanent},
		{"Skipped: the address is listed in Bounced Email Addresses", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Sending was stopped automatically: too many bounces in this campaign", Policy, ClassPermanent},
		{"451 4.7.1 too many bounces from your server, try again later", RateLimited, ClassTransient},
	})
}

// Outlook's 5.7.57 that quotes the 535 of the login is a refused login; the
// 5.7.57 alone (no AUTH tried) stays authentication required.
func TestKindCommon22QuotedLoginRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SmtpException: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful [PA7P264CA0001.FRAP264.PROD.OUTLOOK.EXAMPLE]", AuthFailed, ClassPermanent},
		{"530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.", AuthFailed, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM [DB8PR09CA0001.eurprd09.prod.outlook.example]", AuthRequired, ClassPermanent},
	})
}

// The sender's own account in a held state for spam is the provider's hold
// (policy); spam named without an account state, or an IP blocked, stays
// reputation.
func TestKindCommon22AccountHeldForSpam(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailbox deactivated for spam: contact the helpdesk to reactivate it", Policy, ""},
		{"550 Your mail account has been frozen for sending unsolicited bulk mail", Policy, ClassPermanent},
		{"Outgoing mail disabled for sending spam; change the password and open a ticket", Policy, ""},
	})
	checkKinds(t, []kindCase{
		{"554 5.7.1 Your IP address has been suspended for sending spam", Reputation, ClassPermanent},
		{"550 The sender was blacklisted for sending spam to our users", Reputation, ClassPermanent},
	})
}

// "No permission to send through a server between you and the recipient" is
// relaying, in the NDR's languages; "no permission to send to this
// recipient" stays policy, "send as this sender" sender-invalid.
func TestKindCommon22PermissionThroughServer(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 You don't have permission to send email through an email server that's between you and the recipient.", RelayDenied, ClassPermanent},
		{"Sie haben keine Berechtigung, E-Mails über einen E-Mail-Server zu senden, der sich zwischen Ihnen und dem Empfänger befindet.", RelayDenied, ""},
		{"Vous n'avez pas l'autorisation d'envoyer du courrier via un serveur qui se trouve entre vous et le destinataire.", RelayDenied, ""},
	})
	checkKinds(t, []kindCase{
		{"550 5.7.1 You do not have permission to send to this distribution list.", Policy, ClassPermanent},
		{"550 5.7.60 SMTP; Client does not have permissions to send as this sender", SenderInvalid, ClassPermanent},
	})
}

// "Invalid e-mail address" reads as the address's form in every language, as
// in English; the recipient named, or an address that does not exist, stays
// user-unknown.
func TestKindCommon22LocalizedInvalidEmailAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Fehler: Die E-Mail-Adresse ist ungültig.", Syntax, ""},
		{"Errore: indirizzo e-mail non valido", Syntax, ""},
		{"Erro: o endereço de e-mail é inválido", Syntax, ""},
		{"Błąd: nieprawidłowy adres e-mail odbiorcy", UserUnknown, ""},
		{"Dit e-mailadres is ongeldig", Syntax, ""},
	})
	checkKinds(t, []kindCase{
		{"Ungültige Empfängeradresse", UserUnknown, ""},
		{"E-posta adresi geçersiz veya mevcut değil", UserUnknown, ""},
	})
}

// Yahoo's deferral of an IP's messages is its reputation; its [GL01] code is
// greylisting.
func TestKindCommon22YahooIPDeferred(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 Messages from 203.0.113.40 temporarily deferred", Reputation, ClassTransient},
		{"host mta5.am0.yahoodns.example[192.0.2.9] said: 421 Message from (203.0.113.40) temporarily deferred (in reply to MAIL FROM command)", Reputation, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"421 4.7.0 [GL01] Message from (203.0.113.40) temporarily deferred - 4.16.50", Greylisted, ClassTransient},
	})
}

// Held-out batch 22-common's kinds, in new wording: Postal's "No SMTP
// servers were available" is the MX hosts unreachable (network), with "No
// hosts to try" the domain without a mail host (host-unknown); Gmail's
// pointer to its bulk senders guidelines, pasted without the sentence
// before it, is the IP's reputation under a 5xx and a rate limit under a
// 4xx; Exchange's message-tracking event names a deferral.
func TestKindCommon22PostalAndGmailPointer(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery failed: No SMTP servers were available for corp.example. Tried mx1.corp.example and mx2.corp.example", Network, ""},
		{"SOFT FAIL No SMTP servers were available for lab.example. No hosts to try.", HostUnknown, ""},
		{"Reason: Remote host said: 554 5.7.1 please review our Bulk Email Senders Guidelines. x12si99 - gsmtp", Reputation, ClassPermanent},
		{"451 4.7.0 see our Bulk Email Senders Guidelines", RateLimited, ClassTransient},
		{"EventId : SUBMITDEFER Source : SMTP EventData : [DiagnosticInfo, Error: RetrySmtp] 421 4.4.2 Connection dropped due to SocketError", Network, ClassTransient},
	})
	// neighbours: the full Gmail sentence keeps its own rule
	checkKinds(t, []kindCase{
		{"550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked. Please visit https://support.google.example/mail/?p=UnsolicitedIPError to review our Bulk Email Senders Guidelines.", Reputation, ClassPermanent},
		{"550 5.1.1 The email account that you tried to reach does not exist", UserUnknown, ClassPermanent},
	})
}
