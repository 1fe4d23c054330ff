package explain

// Rules of batch 24 helper prov24 (issue 10); see docs/heldout/heldout24-prov.md.

// prov24SenderRestriction reports Postfix's own prefix of a sender
// restriction's refusal ("Sender address rejected: ...") without a
// recipient restriction's ("Recipient address rejected"): the refusal names
// the sender whatever stage it comes at, since Postfix delays its
// restrictions to RCPT TO (classify.go, the stage; held-out batch 24-prov).
func prov24SenderRestriction(text string) bool {
	return indexFold(text, "sender address rejected:") >= 0 && indexFold(text, "recipient address rejected") < 0
}

var prov24Rules = []rule{
	// ---- held-out batch 24-prov: an authentication refusal listing its causes ----
	// A 535 (or Alibaba Mail's 526) that names the password or the
	// login among the causes it lists ("535 Login fail. Account is
	// abnormal, service is not open, password is incorrect, login frequency
	// limited, or system is busy": QQ Mail) is the login refused: a busy
	// server or a frequency named as one more possibility does not make it
	// server-error or rate-limited.
	{ID: "prov24.auth-code-credential-causes", Codes: []int{535, 526},
		Any: []string{"password is incorrect", "password incorrect", "incorrect password", "wrong password", "password is wrong", "password error",
			"invalid password", "bad password", "password is invalid", "authorization code"},
		Cat: AuthFailed, Pri: conceptPri + 14,
		Summary: "The server refused the login (535): the reply lists the possible causes, and the password or the account's login is among them; a busy server or a frequency it names besides is one more possibility, not the verdict.",
		Fix: []string{"Check the user name and the password; with providers that ask for an app password or an authorization code (QQ, NetEase, Alibaba), use that instead of the web login's password.",
			"Make sure the account's SMTP access is turned on in the provider's settings, then send again."}},
	// ... the same list in the regional providers' languages ("535 Erro de
	// autenticação: senha incorreta ou servidor ocupado"): a credential
	// word and a verdict on it (lang17's word families) under a 535 or 526
	// (a probe after batch 24-prov)
	{ID: "prov24.auth-code-credential-causes-l10n", Codes: []int{535, 526}, Any: lang17CredentialSubjects, With: lang17WrongVerdicts,
		NotAlso: [][]string{intl12RequiredWords, lang17ExpiryVerdicts, intlSenderAddress},
		Cat:     AuthFailed, Pri: conceptPri + 14,
		Summary: "The server refused the login (535): the reply lists the possible causes, and a wrong password or user name is among them; a busy server it names besides is one more possibility, not the verdict.",
		Fix: []string{"Check the user name and the password; with providers that ask for an app password or an authorization code, use that instead of the web login's password.",
			"Make sure the account's SMTP access is turned on in the provider's settings, then send again."}},
	// ---- a probe after batch 24-prov b: sending from the sender's own mailbox barred ----
	// The regional providers say that sending FROM this mailbox or account
	// was blocked or disabled ("Odesílání z této schránky bylo zablokováno",
	// "Der Versand aus diesem Postfach wurde gesperrt", "L'envoi depuis
	// cette boîte aux lettres a été bloqué"): the sender's own mailbox held
	// by its provider, policy (lang16.sending-disabled's reading, common22's
	// convention for the sender's own account held), not a recipient's
	// disabled mailbox. The phrase is the sending noun with its "from"; a
	// sending IP and a limit keep their readings.
	{ID: "prov24.l10n-sending-from-mailbox-barred", Any: prov24SendingFrom, With: prov24BarredStems,
		WithAlso: [][]string{intlDisabledVerdicts, intlBlockedVerdicts},
		Not:      []string{"ip", "ip-adresse", "adresse ip", "indirizzo ip"}, NotAlso: [][]string{intlIPSubjects, intl9LimitSubjects},
		Cat: Policy, Pri: conceptPri + 4,
		Summary: "The provider has blocked or disabled sending from the sender's own mailbox (often after suspected abuse or a compromised password).",
		Fix:     []string{"Log in to the provider's webmail and follow its steps to restore sending (change the password, confirm ownership), or ask its support."}},

	// ---- held-out batch 24-prov b: SFR's GU_EIB code family ----
	// SFR (France) refuses a sending IP it finds abusive with its own
	// GU_EIB codes: GU_EIB_04 for the share of spam, GU_EIB_02 for the
	// share of invalid addresses among what the IP sends. The code names
	// the connecting host's standing, whatever words stand beside it
	// ("Client host rejected", "adresses invalides"): reputation, as the
	// corpus reads the other providers' abuse codes (Orange's OFR, Cox's
	// IPBL).
	{ID: "prov24.sfr-gu-eib", Any: []string{"gu_eib_"}, Cat: Reputation, Provider: "SFR", Pri: conceptPri + 16,
		Summary: "SFR refused the sending IP for abuse (its GU_EIB codes: GU_EIB_04 for the share of spam, GU_EIB_02 for the share of invalid addresses sent from it).",
		Fix: []string{"Clean the list (remove invalid addresses and recipients who do not want the mail) and stop any spam from the IP.",
			"Then ask SFR's postmaster to lift the block, or send through a relay with a good reputation meanwhile."}},
}

// prov24SendingFrom: the sending noun with its "from" in the regional
// providers' languages (the sender's own mailbox or account sends).
var prov24SendingFrom = []string{"odesílání z", "odeslání z", "odosielanie z", "wysyłanie z", "wysyłka z", "küldés erről", "küldés err", "trimiterea din", "trimiterea de pe",
	"slanje s ", "slanje sa ", "slanje iz", "pošiljanje iz", "pošiljanje s ", "изпращането от", "изпращане от", "αποστολή από", "kutusundan gönderim", "hesabından gönderim",
	"lähettäminen tästä", "lähettäminen tililtä", "sändning från", "utskick från", "sending fra", "afsendelse fra", "verzenden vanuit", "verzending vanuit",
	"siuntimas iš", "sūtīšana no", "saatmine sellest", "saatmine kontolt", "надсилання з", "відправлення з", "versand aus", "versand von diesem", "senden von diesem",
	"l'envoi depuis", "envoi depuis", "l'envoi à partir", "l'invio da", "invio da questa", "el envío desde", "envío desde", "o envio a partir", "envio a partir", "envio desde",
	"からの送信", "에서의 발송", "에서 발송", "gửi thư từ", "gửi từ hộp", "pengiriman dari"}

// prov24BarredStems: "blocked", "disabled" in the languages the shared
// verdict lists lack.
var prov24BarredStems = []string{"zablokov", "zablokow", "tiltva", "blocat", "blokiran", "onemogočen", "блокиран", "αποκλε", "engellen", "estetty",
	"blockera", "sperret", "blokeret", "geblokkeerd", "užblokuot", "bloķēt", "blokeeritud", "заблоков", "gesperrt", "bloqué", "bloccat", "bloquead",
	"ブロック", "차단", "bị chặn", "diblokir"}
