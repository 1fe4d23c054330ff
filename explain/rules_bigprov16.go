package explain

// Rules of session 11's held-out batches heldout16-bigprov* (issue 10): kinds
// found on their first runs, each tested in new wording in bigprov16_kinds_test.go.
//
//   - A refusal that names the sending IP as what is not accepted
//     ("traffic not accepted from this IP", Exchange Online's 5.7.708 words
//     without the code): the source's reputation, not a local policy on
//     the message.
//   - The words of Outlook.com's 2025 high-volume-sender refusal (5.7.515)
//     without the code: the sending domain "does not meet the required
//     authentication level" (SPF, DKIM, DMARC): sender-auth.
//   - A content verdict that the message is mostly links ("consists mainly
//     of URLs", Namecheap's Jellyfish): spam-content.
//   - United Internet's (GMX, WEB.DE, 1&1, IONOS) case codes read as a
//     family: the r07xx cases are faults of the message header (r0701 a
//     missing Date:, r0735 an empty To:), as the "hi" case is
//     (apps11.unitedinternet-hi): rfc-noncompliant whatever "Reject due to
//     policy restrictions" says.
//   - An account's sending blocked after suspicious activity on the account
//     (Cox's AUP#CXMJ): concept.sending-blocked (rules_host9.go) knows the
//     words, and mta.spam no longer takes "suspicious" from them.
//   - Codeless "has been rate limited" is temporary wording (classify.go).
//
// Batch 16-bigprov b:
//   - A quota counted in recipients (Google Groups' "has exceeded its quota
//     for total number of external recipients") limits sending: rate-limited;
//     concept.mailbox-quota no longer reads it as a full mailbox.
//   - A reply flattened into one line whose continuation lines kept only
//     the enhanced code ("a potential 5.7.0 security issue"): the code is
//     removed from the words (parse.go stripRepeatedEnhanced).
//   - A connection that "went away" is a lost connection (mta.network).

// unitedInternetHosts are the host and brand names that make a "c=" case
// code United Internet's (apps11.unitedinternet-hi uses the same).
var unitedInternetHosts = []string{"gmx", "web.de", "1und1", "ionos", "mail.com",
	// the explanation link's own path names the group when a paste masks the
	// host ("https://web.example/email/senderguidelines?ip=...&c=hi", held-out batch 25-prov)
	"/senderguidelines?", "/error-messages?ip=", "/case?c="}

var bigprov16Rules = []rule{
	{ID: "bigprov16.traffic-from-ip", Any: []string{"traffic not accepted from this ip", "traffic not accepted from your ip", "traffic is not accepted from this ip",
		"mail not accepted from this ip", "mail is not accepted from this ip", "mail not accepted from your ip", "connections not accepted from this ip",
		"not accepting traffic from this ip", "not accepting traffic from your ip"},
		Not: []string{"rate", "too many", "authenticat", "relay", "reverse", "ptr", "rdns"},
		Cat: Reputation, Pri: conceptPri,
		Summary: "The receiver does not accept traffic from the sending IP address: a block of the source (its reputation, a blocklist or the receiver's own record of the IP), not of this message.",
		Fix: []string{"Check the sending IP on the common blocklists and at the receiver's delisting portal (Microsoft: sender.office.com), fix what made it listed, then ask for removal.",
			"Until then, send through a relay with a good reputation."}},
	{ID: "bigprov16.authentication-level", Any: []string{"not meet the required authentication level", "doesn't meet the required authentication level",
		"not meet the authentication requirements", "doesn't meet the authentication requirements", "does not meet authentication requirements",
		"doesn't meet authentication requirements", "fails the required authentication level"},
		Cat: SenderAuth, Pri: conceptPri,
		Summary: "The receiver refused the message because the sending domain does not meet its authentication requirements (SPF, DKIM and DMARC aligned with the From: domain; Outlook.com requires them of high-volume senders since May 2025).",
		Fix: []string{"Publish SPF for the envelope domain, sign with DKIM for the From: domain and publish a DMARC record (at least p=none), with SPF or DKIM aligned to the From: domain.",
			"Check the Authentication-Results header of a test message to an Outlook.com or Gmail mailbox."},
		Refs: []string{"https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730"}},
	{ID: "bigprov16.mostly-links", Any: []string{"consists mainly of urls", "consists mainly of links", "consists mostly of urls", "consists mostly of links",
		"mainly of urls", "mostly of urls", "mostly links", "too many urls", "too many links", "too many hyperlinks"},
		Cat: SpamContent, Pri: conceptPri,
		Summary: "The receiver's content filter refused the message because it is made up mostly of links, as much spam and phishing is.",
		Fix: []string{"Give the message real text around the link (who sends it, why, what to do), and fewer links.",
			"Avoid URL shorteners and links to domains other than your own."}},
	{ID: "bigprov16.recipient-count-quota", Any: []string{"quota for total number of", "quota for the number of", "quota for number of",
		"quota of recipients", "recipient quota", "recipients quota", "quota for recipients", "quota of external recipients"},
		Not: []string{"mailbox", "storage", "disk", "messages stored"},
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The sender (an account, a group or list) has used up its quota of recipients for the period; mail to more recipients is refused until the quota renews.",
		Fix: []string{"Wait for the period to end, or send to fewer recipients at a time (a group's external recipients count too).",
			"For regular mailings to many recipients use a service made for bulk mail."}},
	{ID: "bigprov16.unitedinternet-header-case", Any: []string{"?c=r07", "&c=r07"}, WithAlso: [][]string{unitedInternetHosts},
		Cat: RFCNoncompliant, Provider: "GMX/WEB.DE (United Internet)", Pri: conceptPri,
		Summary: "GMX/WEB.DE (United Internet, a case r07xx): the message header is not RFC 5322 compliant (a missing Date:, an empty or repeated header); the reply's words say only 'Reject due to policy restrictions', the case code names the header.",
		Fix: []string{"Open the case URL in the reply: it names the header at fault.",
			"Check the headers the application writes: one Date:, From:, Subject: and a non-empty To:, each syntactically valid."},
		Refs: []string{refUnitedInternetHI, "RFC 5322 §3.6"}},
}
