package explain

// Held-out batch 7, isp (issue 10): mailbox providers' and security
// gateways' own documented code families. The batch (heldout7-isp.tsv)
// showed the same kind as batches 4 and 4c: a provider's code says the cause
// while the words around it are generic or say another thing ("550 This IP
// has sent too many ... IB607", "554 cmsmtp ... rejected. AUP#In-1120",
// "554 This IP has been temporarily blocked for attempting to send too many
// messages containing content judged to be spam ... IB110"). Each documented
// family is one rule per cause, listing every documented member, with a
// priority over the generic wording (codePri); the code decides.
//
// The other kinds of the batch are concepts: a subject and a verdict the
// table did not know (an address on the recipient's own block list, a
// server "not configured" to be used as a relay, SMTP authentication the
// client must turn on, an address not on the recipient domain's allow list,
// an inactive address, a busy server), and blocklists whose name says the
// cause (SpamRATS' no-PTR and authentication lists).

const (
	refGoDaddyIB    = "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (GoDaddy: fix rejected email with a bounce error, IB codes)"
	refSpectrumAUP  = "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes (Spectrum: understanding email error codes, AUP#I/AUP#O numbers)"
	refCoxAUP       = "https://www.cox.com/business/support/email-error-codes.html (Cox: email error codes)"
	refBroadcomESS  = "https://knowledge.broadcom.com/external/article/165163 (Broadcom Email Security.cloud: bounce messages and what they mean)"
	refMSTechnet    = "https://technet.microsoft.com/en-us/library/bb232118 (Exchange Online status codes)"
	refMimecastCode = "https://community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes (Mimecast SMTP error codes)"
	refHornet       = "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes (Hornetsecurity/antispameurope classification codes)"
	refSpamRATS     = "http://www.spamrats.com/lists.php (SpamRATS lists: RATS-Dyna, RATS-NoPtr, RATS-Spam, RATS-Auth)"
	refInvaluement  = "https://www.invaluement.com (invaluement ivmSIP, ivmSIP/24 and ivmURI lists)"
	refYahooLegacy  = "https://help.yahoo.com/kb/review-xx-smtp-sln26151.html (Yahoo 4xx errors: [#4.16.x] deferrals for traffic patterns or complaints)"
)

// spectrumCodes lists the members of a Spectrum AUP number range as the
// replies write them (inbound "AUP#In-1120" or "AUP#I-1120", outbound
// "AUP#O-1530"), in steps of ten as the documentation numbers them, leaving
// out the numbers another rule already names.
func spectrumCodes(lo, hi int, skip ...int) []string {
	var out []string
	for n := lo; n <= hi; n += 10 {
		if containsInt(skip, n) {
			continue
		}
		s := itoa(n)
		out = append(out, "aup#in-"+s, "aup#i-"+s, "aup#o-"+s)
	}
	return out
}

// isp7Rules is built when the rule table is (assembleRules): the Spectrum
// ranges are generated, and nothing of the table runs at process start.
func isp7Rules() []rule {
	return []rule{
		// ---- GoDaddy (secureserver.net inbound "IBSMTP") IB codes ----
		{ID: "godaddy.ib-limit", Any: []string{"ib007", "ib504", "ib510", "ib605", "ib607"}, Cat: RateLimited, Provider: "GoDaddy", Pri: codePri,
			Summary: "GoDaddy limits this sender: too many sessions from the IP address (IB007), messages per hour (IB504) or per session (IB510), recipients per message (IB605) or per hour (IB607).",
			Fix:     []string{"Send fewer messages and recipients per hour and per connection to GoDaddy, with fewer connections at once; retry later."},
			Refs:    []string{refGoDaddyIB}},
		{ID: "godaddy.ib-reputation", Any: []string{"ib103", "ib104", "ib105", "ib106", "ib110", "ib111", "ib112", "ib113"}, Cat: Reputation, Provider: "GoDaddy", Pri: codePri,
			Summary: "GoDaddy blocks the sending IP address: a poor Cloudmark CSI reputation (IB103), a Spamhaus SBL, XBL or PBL listing (IB104-IB106), or too much spam or too many invalid recipients from it, for an hour or the day (IB110-IB113).",
			Fix:     delistFix,
			Refs:    []string{refGoDaddyIB}},
		{ID: "godaddy.ib-ptr", Any: []string{"ib108"}, Cat: PTRRequired, Provider: "GoDaddy", Pri: codePri,
			Summary: "GoDaddy refused the sending IP address for now: its reverse DNS (PTR) lookup failed (IB108).",
			Refs:    []string{refGoDaddyIB}},
		{ID: "godaddy.ib-header", Any: []string{"ib501", "ib502"}, Cat: RFCNoncompliant, Provider: "GoDaddy", Pri: codePri,
			Summary: "GoDaddy refused the message: its From: header is blank (IB501) or an IP address (IB502).",
			Fix:     []string{"Send with a valid From: address in a real domain."},
			Refs:    []string{refGoDaddyIB}},
		{ID: "godaddy.ib-sender-domain", Any: []string{"ib506"}, Cat: SenderInvalid, Provider: "GoDaddy", Pri: codePri,
			Summary: "GoDaddy refused the sender: its domain has no valid MX or address records, or its DNS lookup failed (IB506).",
			Refs:    []string{refGoDaddyIB}},
		{ID: "godaddy.ib-spf", Any: []string{"ib508"}, Cat: SenderAuth, Provider: "GoDaddy", Pri: codePri,
			Summary: "GoDaddy refused the message: the sender domain's SPF record does not authorize the sending server (IB508).",
			Refs:    []string{refGoDaddyIB}},
		{ID: "godaddy.ib-content", Any: []string{"ib212"}, Cat: SpamContent, Provider: "GoDaddy", Pri: codePri,
			Summary: "GoDaddy refused the message as spam: a link, attachment or pattern its filters know from spam (IB212).",
			Refs:    []string{refGoDaddyIB}},
		{ID: "godaddy.ib-virus", Any: []string{"ib705"}, Cat: Virus, Provider: "GoDaddy", Pri: codePri,
			Summary: "GoDaddy refused the message as possibly infected (IB705).",
			Refs:    []string{refGoDaddyIB}},
		{ID: "godaddy.ib-busy", Any: []string{"ib101"}, Cat: ServerError, Provider: "GoDaddy", Pri: codePri,
			Summary: "GoDaddy's mail queue is busier than usual (IB101); the MTA retries.",
			Refs:    []string{refGoDaddyIB}},
		// IB401 is documented as authentication tried on an inbound server; an
		// older reply put the code on a blocklist refusal, so the wording must
		// name authentication too
		{ID: "godaddy.ib-auth", Any: []string{"ib401"}, All: []string{"authentication"}, Cat: AuthFailed, Provider: "GoDaddy", Pri: codePri,
			Summary: "GoDaddy's inbound servers do not take SMTP authentication (IB401): the client is set to send through the wrong server.",
			Fix:     []string{"Set the mail client's outgoing server to the provider's submission server (for GoDaddy: smtpout.secureserver.net), not the inbound MX."},
			Refs:    []string{refGoDaddyIB}},

		// ---- Spectrum/Charter AUP numbers (ranges of the documentation) ----
		{ID: "spectrum.aup-block", Any: concatStrings(spectrumCodes(1000, 1000), spectrumCodes(1200, 1250)), Cat: Reputation, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum blocks the sending IP address: suspicious activity (1000), flagged by Cloudmark CSI (1200-1210) or listed by Spamhaus (1220-1250).",
			Fix:     delistFix,
			Refs:    []string{refSpectrumAUP}},
		{ID: "spectrum.aup-ptr", Any: spectrumCodes(1100, 1150), Cat: PTRRequired, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum requires full-circle reverse DNS for the sending IP address (1100-1150).",
			Refs:    []string{refSpectrumAUP}},
		{ID: "spectrum.aup-ipv6", Any: spectrumCodes(1260, 1260), Cat: Policy, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum does not take mail over IPv6 (1260): connect over IPv4.",
			Refs:    []string{refSpectrumAUP}},
		// 1370 keeps its own rule (isp.spectrum-block); 1310 is quoted on a
		// sender refusal ("550 5.1.0 <a@b> sender rejected. AUP#In-1310"), so
		// the words decide there
		{ID: "spectrum.aup-limit", Any: concatStrings(spectrumCodes(1300, 1330, 1310), spectrumCodes(1350, 1490, 1370), spectrumCodes(1540, 1550), spectrumCodes(1580, 1580)), Cat: RateLimited, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum limits this sender: connections (1300-1340), messages and recipients (1350-1490), messages per session (1540), recipients per message (1550) or in a short period (1580).",
			Fix:     []string{"Send fewer messages and recipients per period and per connection to Spectrum; the MTA retries deferred mail."},
			Refs:    []string{refSpectrumAUP}},
		{ID: "spectrum.aup-sender", Any: spectrumCodes(1500, 1520), Cat: SenderInvalid, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum refused the sender address: it is not the address the account signed in with, or not in a domain Spectrum hosts (1500, 1520).",
			Refs:    []string{refSpectrumAUP}},
		{ID: "spectrum.aup-size", Any: spectrumCodes(1530, 1530), Cat: MessageTooBig, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum refused the message: larger than its 20 MB limit (1530).",
			Refs:    []string{refSpectrumAUP}},
		{ID: "spectrum.aup-processing", Any: spectrumCodes(1090, 1090), Cat: ServerError, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum could not process the message now (1090); try again later.",
			Refs:    []string{refSpectrumAUP}},

		// ---- Cox codes and texts beyond the blocklist and limit families ----
		{ID: "cox.rdns", Any: []string{"aup#cxdns", "dns check failure", "no rdns"}, Cat: PTRRequired, Provider: "Cox", Pri: codePri,
			Summary: "Cox requires a valid reverse DNS (PTR) record for the sending IP address, and its lookup failed (CXDNS).",
			Refs:    []string{refCoxAUP}},
		{ID: "cox.urlbl", Any: []string{"aup#urlbl"}, Cat: SpamContent, Provider: "Cox", Pri: codePri,
			Summary: "Cox refused the message: a URL in its body is on a URI blocklist (SURBL, Spamhaus DBL, ivmURI).",
			Refs:    []string{refCoxAUP}},

		// ---- Broadcom (Symantec) Email Security.cloud ----
		{ID: "broadcom.filtered", Any: []string{"message filtered", "filtered by outbound scanning"}, Cat: SpamContent, Provider: "Broadcom Email Security.cloud", Pri: 10,
			Summary: "Email Security.cloud's anti-spam service filtered the message as spam.",
			Refs:    []string{refBroadcomESS, "https://knowledge.broadcom.com/external/article/173867"}},
		{ID: "broadcom.mailbox-not-allowed", Any: []string{"recipient mailbox is not allowed", "mailbox is not allowed"}, Cat: UserUnknown, Provider: "Broadcom Email Security.cloud", Pri: 10,
			Summary: "The recipient address is not valid in the recipient's domain (Email Security.cloud's address validation).",
			Refs:    []string{refBroadcomESS, "https://knowledge.broadcom.com/external/article/175710"}},

		// ---- Microsoft Exchange Online codes not in the provider table ----
		{ID: "ms.5.7.51", Enh: []string{"5.7.51"}, Cat: Policy, Provider: ProvMicrosoft,
			Summary: "The recipient's partner connector only accepts this domain's mail from given IP addresses or a given certificate (RestrictDomainsToIPAddresses or RestrictDomainsToCertificate), and the sending server is not one of them.",
			Fix:     []string{"Send from the IP addresses or with the certificate the recipient's connector expects, or ask the recipient's admin to change the connector."},
			Refs:    []string{refMSTechnet, refMSNDR}},
		{ID: "ms.5.7.508", Enh: []string{"5.7.508"}, Cat: RateLimited, Provider: ProvMicrosoft,
			Summary: "Exchange Online refuses the sending IP address: it has exceeded the permitted limits within its range.",
			Refs:    []string{refMSTechnet, refMSNDR}},

		// ---- Yahoo/AOL ----
		{ID: "yahoo.4.16", Any: []string{"[#4.16.", "(#4.16."}, Cat: Reputation, Provider: ProvYahoo, Pri: codePri,
			Summary: "Yahoo deferred mail from this server for its traffic pattern or user complaints (a [#4.16.x] deferral).",
			Fix:     []string{"Slow down and let the MTA retry; remove unengaged recipients and check complaint rates."},
			Refs:    []string{refYahooLegacy, refYahooErrors}},
		{ID: "yahoo.dd-no-longer-valid", Any: []string{"is no longer valid"}, All: []string{"delivery error: dd"}, Cat: MailboxDisabled, Provider: ProvYahoo, Pri: codePri,
			Summary: "Yahoo/AOL: the recipient's account is no longer valid (deactivated).",
			Refs:    []string{refYahooErrors}},

		// ---- Mimecast texts whose cause differs from their words ----
		{ID: "mimecast.ip-temporarily-blacklisted", Any: []string{"ip temporarily blacklisted"}, Cat: RateLimited, Provider: ProvMimecast, Pri: codePri,
			Summary: "Mimecast holds this IP address off for a while: it reached the limit of invalid connections; wait and retry.",
			Refs:    []string{refMimecastCode}},
		{ID: "mimecast.account-disabled", Any: []string{"account inbounds disabled", "account outbounds disabled"}, Cat: ServerError, Provider: ProvMimecast, Pri: codePri,
			Summary: "The Mimecast customer account has inbound (or outbound) mail disabled: the receiving organization must have it enabled.",
			Refs:    []string{refMimecastCode}},
		{ID: "mimecast.ended-early", Any: []string{"message ended early"}, Cat: Network, Provider: ProvMimecast, Pri: codePri,
			Summary: "The message was cut off in transit (a firewall's SMTP inspection or a dropped connection); the MTA retries.",
			Refs:    []string{refMimecastCode}},

		// ---- Sophos Email: a lapsed licence of the recipient's organization ----
		{ID: "sophos.licence", Any: []string{"xgemail_0007"}, Cat: ServerError, Provider: "Sophos", Pri: codePri,
			Summary: "Sophos Email refused the message because the recipient organization's licence has expired (XGEMAIL_0007).",
			Refs:    []string{refSophos}},

		// ---- Hornetsecurity/antispameurope codes beyond the spam verdicts ----
		{ID: "hornet.size", Any: []string{"content filter size"}, Cat: MessageTooBig, Provider: "Hornetsecurity", Pri: codePri,
			Summary: "Hornetsecurity refused the message: over the content filter's size limit.",
			Refs:    []string{refHornet}},
		{ID: "hornet.loop", Any: []string{"loop detection"}, Cat: ServerError, Provider: "Hornetsecurity", Pri: codePri,
			Summary: "Hornetsecurity refused the message: it passed the filter more than ten times (a mail loop).",
			Refs:    []string{refHornet}},

		// ---- blocklists whose name says the cause ----
		{ID: "bl.spamrats-noptr", Any: []string{"noptr.spamrats.com", "rats-noptr"}, Cat: PTRRequired, Blocklist: "SpamRATS", Pri: codePri,
			Summary: "The sending IP address is on SpamRATS' RATS-NoPtr list: abusive traffic from an address without reverse DNS.",
			Fix:     []string{"Set a PTR record for the sending IP address that resolves back to it, then request removal at SpamRATS."},
			Refs:    []string{refSpamRATS}},
		{ID: "bl.spamrats-auth", Any: []string{"auth.spamrats.com", "rats-auth"}, Cat: AuthFailed, Blocklist: "SpamRATS", Pri: codePri,
			Summary: "The client's IP address is on SpamRATS' RATS-Auth list (seen guessing passwords), so its logins are refused.",
			Fix:     []string{"Find the process on that IP address that tries logins (often a compromised machine), stop it, then request removal at SpamRATS."},
			Refs:    []string{refSpamRATS}},
		{ID: "bl.invaluement", Any: []string{"ivmsip", "invaluement.com/lookup"}, Not: []string{"ivmuri"}, Cat: Reputation, Blocklist: "invaluement", Pri: 10,
			Summary: "The sending IP address (or its /24) is on invaluement's ivmSIP list.", Fix: delistFix,
			Refs: []string{refInvaluement}},

		// ---- concepts ----
		// a sender address or domain on the recipient's own black list (not a
		// DNSBL listing of the sending IP address)
		{ID: "concept.address-blacklisted", Any: []string{"your email address has been", "your e-mail address has been", "your address has been", "your domain has been", "your sender address has been", "envelope sender is in my", "badmailfrom"},
			With: []string{"blacklisted", "blocklisted", "blocked", "black list", "badmailfrom"},
			Not:  []string{"ip address", "dnsbl", "rbl", "spamhaus", "blocked using", "listed at", "listed in", "listed on", "reputation"},
			Cat:  Policy, Pri: codePri, Actor: ActorRecipient,
			Summary: "The recipient's side has the sender's address or domain on its own block list: a choice of the receiving side, not a blocklist listing of the sending IP address.",
			Fix: []string{"Ask the recipient by another channel to remove the sender from the block list.",
				"Do not resend until then: the same refusal follows."}},
		// a server that was asked to relay and is not configured to let the
		// client do so ("You are trying to use me [...] as a relay, but I have
		// not been configured to let you do this")
		{ID: "concept.not-configured-relay", Any: []string{"as a relay", "use me as", "to relay through"},
			With: []string{"not been configured", "not configured", "not authorized", "not authorised", "not set up"},
			Cat:  RelayDenied, Pri: conceptPri + 4,
			Summary: "The server refused to relay: it is not configured to take mail from this client for other domains."},
		// SMTP authentication the client must turn on
		{ID: "concept.turn-on-auth", Any: []string{"smtp authentication", "smtp auth", "authentication in your mail client", "authentication in your email client"},
			With: []string{"turn on", "switch on", "please enable", "must enable", "enable smtp", "activate"},
			Not:  []string{"disabled for the tenant", "smtpclientauthentication"},
			Cat:  AuthRequired, Pri: 10,
			Summary: "The server requires SMTP authentication: turn it on in the mail client (the outgoing server needs the account's login)."},
		// a sender not on the recipient domain's allow list
		{ID: "concept.not-allowlisted", Any: []string{"not in whitelist", "not in the whitelist", "not on the whitelist", "not whitelisted", "not in allowlist", "not in the allowlist", "not on the allowlist", "not on the allow list", "not in the allow list", "not allowlisted"},
			Cat: Policy, Pri: 10,
			Summary: "The recipient's side accepts mail only from senders or IP addresses on its allow list, and this one is not on it."},
		// an inactive address, said of the address itself
		{ID: "concept.inactive-address", Any: []string{"inactive email address", "inactive e-mail address", "inactive address", "inactive recipient", "address is inactive", "recipient is inactive"},
			Not: []string{"sender", "your account"},
			Cat: MailboxDisabled, Pri: conceptPri + 4,
			Summary: "The recipient address exists but is inactive, and accepts no mail."},
		// a busy server is the server's own load, not a limit on the sender
		{ID: "concept.server-busy", Any: []string{"server busy", "server is busy", "servers are busy", "server too busy", "server is too busy"},
			Not: []string{"too many", "connections", "rate", "limit", "refused", "blocked"},
			Cat: ServerError, Pri: conceptPri,
			Summary: "The receiving server is busy for now; the MTA retries."},
		// RFC 7372's SPF codes (X.7.23 validation failed, X.7.24 validation
		// error) name the cause even when the words also mention a rate limit
		{ID: "code.spf-x.7.23-24", Enh: []string{"X.7.23", "X.7.24"}, Any: []string{"spf", "sender policy framework"}, Cat: SenderAuth, Pri: 10,
			Summary: "The sender domain's SPF check failed or could not be evaluated (RFC 7372: X.7.23 validation failed, X.7.24 validation error)."},
	}
}

func concatStrings(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
