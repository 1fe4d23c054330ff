package explain

// Rules of batch 27-alla (issue 10, helper alla27, session 22): the kinds
// the first run of held-out batch 27-alla (categories user-unknown to reputation)
// found; see docs/heldout/heldout27-alla.md.

var alla27Rules = []rule{
	// ---- Gmail's DNS error for the recipient domain, pasted without its
	// result ("DNS Error: DNS type 'mx' lookup of <domain>", the card's last
	// line cut before "responded with code ..."; batch 27-alla): Gmail shows
	// it only when the MX lookup of the recipient's domain failed, under its
	// "Address not found" card (which paste.address-not-found reads as an
	// unknown mailbox). With its result code the result decides
	// (NXDOMAIN, NOERROR: host-unknown; SERVFAIL: the network's) ----
	{ID: "alla27.gmail-dns-lookup-cut", Any: []string{"dns type 'mx' lookup of", "dns type 'a' lookup of", "dns type 'aaaa' lookup of"},
		Not: []string{"responded with code", "servfail", "timed out", "timeout", "try again"},
		Cat: HostUnknown, Pri: conceptPri,
		Summary: "Gmail could not find a mail server for the recipient's domain: the DNS lookup of the domain's MX (or address) records failed.",
		Fix: []string{"Check the domain part of the recipient address for typos.",
			"Look up its mail servers: `dig MX domain` — no answer, NXDOMAIN or no MX and no A record means the domain receives no mail."}},
}

// alla27SMTPAuthFeature names the account's SMTP AUTH (the submission
// login) switched off — Microsoft 365's SmtpClientAuthentication and the
// same words in the languages the own-account rules read ("la
// autenticação SMTP foi desativada na sua conta", "l'authentification SMTP
// est désactivée sur votre compte"; batch 27-alla): the login's refusal
// (ms.smtp-auth-disabled, auth-failed), not the provider's hold of the
// account, so prov23's own-account-held rules yield to it.
var alla27SMTPAuthFeature = []string{"smtpclientauthentication", "smtp client authentication", "authenticated smtp", "smtp auth",
	"authentification smtp", "smtp-authentifizierung", "autenticación smtp", "autenticação smtp", "autenticazione smtp", "smtp-authenticatie"}
