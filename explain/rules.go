package explain

// Provider- and wording-specific knowledge, as data. The rules are tried in
// order; the first that matches explains the reply. Keywords are matched
// case-insensitively anywhere in the reply text.

// Provider names.
const (
	ProvGmail      = "Gmail"
	ProvMicrosoft  = "Microsoft"
	ProvYahoo      = "Yahoo/AOL"
	ProvApple      = "Apple iCloud"
	ProvMimecast   = "Mimecast"
	ProvProofpoint = "Proofpoint"
	ProvBarracuda  = "Barracuda"
	ProvSpamhaus   = "Spamhaus"
	ProvSpamCop    = "SpamCop"
	ProvSORBS      = "SORBS"
	ProvUCEPROTECT = "UCEPROTECT"
)

// Provider documentation.
const (
	refGmailErrors   = "https://support.google.com/a/answer/3726730 (Gmail SMTP error reference)"
	refGmailSender   = "https://support.google.com/mail/answer/81126 (Gmail sender guidelines)"
	refGmailPostmstr = "https://postmaster.google.com (Google Postmaster Tools)"
	refMSNDR         = "https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"
	refMSDelist      = "https://sender.office.com (Microsoft 365 delist portal)"
	refOutlookSender = "https://sendersupport.olc.protection.outlook.com/pm/ (Outlook.com sender support)"
	refOutlookSNDS   = "https://sendersupport.olc.protection.outlook.com/snds/ (Microsoft SNDS)"
	refYahooErrors   = "https://senders.yahooinc.com/smtp-error-codes/ (Yahoo sender hub: SMTP error codes)"
	refYahooReqs     = "https://senders.yahooinc.com/best-practices/ (Yahoo sender requirements)"
	refApple         = "https://support.apple.com/102322 (iCloud Mail: postmaster information for senders)"
	refMimecast      = "https://community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes"
	refProofpoint    = "https://ipcheck.proofpoint.com (Proofpoint IP reputation lookup and delisting)"
	refBarracuda     = "https://www.barracudacentral.org/rbl/removal-request (Barracuda Reputation Block List removal)"
	refSpamhaus      = "https://check.spamhaus.org (Spamhaus lookup and delisting)"
	refSpamhausPBL   = "https://www.spamhaus.org/blocklists/policy-blocklist/ (Spamhaus PBL)"
	refSpamCop       = "https://www.spamcop.net/bl.shtml (SpamCop blocking list)"
	refUCEPROTECT    = "https://www.uceprotect.net/en/rblcheck.php (UCEPROTECT lookup)"
	refPostfix       = "https://www.postfix.org/postconf.5.html"
	refExim          = "https://www.exim.org/exim-html-current/doc/html/spec_html/"
	refGreylist      = "RFC 6647 (email greylisting)"
)

type rule struct {
	ID   string
	Any  []string // at least one must occur (when given)
	All  []string // every one must occur
	With []string // one of these must occur too (a concept rule: a subject in Any, a verdict in With)
	Not  []string // none may occur
	// NotAlso and WithAlso are shared word lists (intlSenderWords, ...)
	// that join Not and With when the table is assembled (ruleTable): an
	// append in a rule's literal would run at every process start.
	NotAlso    [][]string
	WithAlso   [][]string
	Enh        []string // the enhanced code must be one of these ("5.7.26", or "X.7.26" for any class; "5.7.606-5.7.649" a range of details)
	Codes      []int    // the basic code must be one of these
	Prov       string   // applies only when this provider was detected (host or text)
	Provider   string   // the provider (or blocklist operator) this rule is about
	Blocklist  string   // the blocklist the reply names
	Cat        Category
	Weak       bool     // generic wording: a specific enhanced code wins over it
	Pri        int      // explicit priority adjustment, added to the rule's evidence (see rank in classify.go)
	AtRcpt     bool     // only for a server's reply to RCPT TO (stage RCPT TO, or a code without a known stage)
	Stages     []string // only when the input names one of these stages
	Generic5xx bool     // generic network wording: on a 5xx reply (a server answered) it is weak, and under an X.7.x code it does not apply
	ESP        string   // a sending service's classification field, "<service> <key>=<value>" (espTokens, rules_mta7.go)
	Summary    string
	Actor      Actor
	Fix        []string
	Refs       []string
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

var delistFix = []string{
	"Look up the sending IP on the named list and request removal there.",
	"Fix the cause first (compromised account or host, open relay, bad list hygiene), or the IP is listed again.",
	"Until delisted, send through another relay with a good reputation.",
}

// providerRules are the rules about providers' and blocklists' own replies
// (static data: nothing of the table runs at process start).
var providerRules = []rule{
	// ---- Gmail ----
	{ID: "gmail.unsolicited-blocked", Any: []string{"unusual rate of unsolicited mail", "unusual amount of unsolicited mail"}, All: []string{"blocked"}, Cat: Reputation, Provider: ProvGmail,
		// (common24: "temporarily blocked", the older wording of the 421-4.7.0
		// deferral, is the rate limit gmail.rate-unsolicited reads)
		Not:     []string{"temporarily"},
		Summary: "Gmail blocked mail from this IP or domain because an unusual share of it looks unsolicited (poor reputation).",
		Fix: []string{"Stop sending to Gmail from this IP until the cause is fixed; do not rotate IPs.",
			"Check the IP and domain reputation and spam rate in Google Postmaster Tools; remove unengaged and unconfirmed recipients.",
			"Authenticate with SPF, DKIM and DMARC; then resume slowly."},
		Refs: []string{refGmailErrors, refGmailSender, refGmailPostmstr}},
	{ID: "gmail.rate-unsolicited", Any: []string{"unusual rate of unsolicited mail", "unusual rate of mail", "unusual amount of unsolicited mail", "detected an unusual rate of", "detected an unusual amount of"}, Cat: RateLimited, Provider: ProvGmail, // (common23: Gmail's older wording, and the sentence cut after "rate of")
		Summary: "Gmail is rate-limiting mail from this IP or DKIM domain because an unusual share of it looks unsolicited (poor reputation).",
		Fix: []string{"Reduce volume to Gmail and let the MTA retry slowly; do not add IPs to get around the limit.",
			"Check the IP and domain reputation and spam rate in Google Postmaster Tools; keep the user-reported spam rate below 0.3%.",
			"Authenticate with SPF, DKIM and DMARC, send only to opted-in recipients, add one-click unsubscribe."},
		Refs: []string{refGmailErrors, refGmailSender, refGmailPostmstr}},
	{ID: "gmail.4.7.28", Enh: []string{"X.7.28"}, Prov: ProvGmail, Cat: RateLimited, Provider: ProvGmail,
		Summary: "Gmail is rate-limiting this sender: unusual rate of unsolicited mail from the IP or DKIM domain.",
		Fix:     []string{"Lower the sending rate to Gmail and let the MTA retry.", "Check reputation and spam rate in Google Postmaster Tools; fix list hygiene and authentication."},
		Refs:    []string{refGmailErrors, refGmailPostmstr}},
	{ID: "gmail.not-tls", Any: []string{"not sent over tls", "notsentovertls", "rate limited because it's not sent over tls", "not delivered over tls"}, Cat: TLSRequired, Provider: ProvGmail,
		Summary: "Gmail rate-limits or blocks mail that is not sent over TLS.",
		Fix:     []string{"Enable STARTTLS for outgoing mail (Postfix: smtp_tls_security_level = may).", "Check the TLS handshake to Gmail's MX succeeds from the sending host."},
		Refs:    []string{refGmailErrors, refGmailSender}},
	{ID: "gmail.x.7.29", Enh: []string{"X.7.29"}, Prov: ProvGmail, Cat: TLSRequired, Provider: ProvGmail,
		Summary: "Gmail: the message was not sent over TLS (Gmail requires TLS from bulk senders).",
		Fix:     []string{"Enable STARTTLS for outgoing mail to Gmail."}, Refs: []string{refGmailErrors, refGmailSender}},
	{ID: "gmail.dkim-and-spf", Any: []string{"dkim checks did not pass", "dkim = did not pass", "dkim did not pass", "dkim authentication did not pass", "dkim authentication didn't pass", "spf and dkim both do not pass", "spf and dkim both did not pass"}, All: []string{"with ip"}, Cat: SenderAuth, Provider: ProvGmail,
		Summary: "Gmail: neither DKIM nor SPF passed for this message (the reply names both), so it is unauthenticated and, under the sender domain's DMARC policy, refused.",
		Fix: []string{"Sign the mail with DKIM for the From: domain and publish the key in DNS (selector._domainkey.domain); make sure nothing modifies the message after signing.",
			"Add the sending IP named in the reply to the SPF record of the envelope-sender domain (`dig TXT domain`, at most 10 DNS lookups).",
			"Make at least one of them pass aligned with the From: domain (DMARC)."},
		Refs: []string{refGmailErrors, refGmailSender}},
	{ID: "gmail.dkim", Any: []string{"dkim authentication didn't pass", "dkim authentication did not pass", "dkim checks did not pass", "dkim did not pass", "dkim = did not pass"}, Cat: SenderAuth, Provider: ProvGmail,
		Summary: "Gmail: DKIM authentication did not pass for this message.",
		Fix:     []string{"Sign the mail with DKIM for the From: domain and publish the key in DNS (selector._domainkey.domain).", "Make sure nothing modifies the message after signing (footers, rewriting gateways)."},
		Refs:    []string{refGmailErrors, refGmailSender}},
	{ID: "gmail.x.7.30", Enh: []string{"X.7.30"}, Prov: ProvGmail, Cat: SenderAuth, Provider: ProvGmail,
		Summary: "Gmail: DKIM authentication did not pass for this message.",
		Fix:     []string{"Sign the mail with a valid DKIM signature for the From: domain."}, Refs: []string{refGmailErrors, refGmailSender}},
	{ID: "gmail.spf", Any: []string{"spf authentication didn't pass", "spf authentication did not pass", "spf checks did not pass", "fails to pass spf checks", "spf record with a hard fail"}, Cat: SenderAuth, Provider: ProvGmail,
		Summary: "Gmail: SPF authentication did not pass for this message.",
		Fix:     []string{"Add the sending IP to the SPF record of the envelope-sender domain.", "Check the SPF record with `dig TXT domain` and stay within 10 DNS lookups."},
		Refs:    []string{refGmailErrors, refGmailSender}},
	{ID: "gmail.x.7.27", Enh: []string{"X.7.27"}, Prov: ProvGmail, Cat: SenderAuth, Provider: ProvGmail,
		Summary: "Gmail: SPF authentication did not pass for this message.",
		Fix:     []string{"Add the sending IP to the SPF record of the envelope-sender domain."}, Refs: []string{refGmailErrors}},
	{ID: "gmail.unaligned", Any: []string{"isn't aligned with either the authenticated spf or dkim", "is not aligned with either the authenticated spf or dkim", "from: header (rfc5322) in this message isn't aligned"}, Cat: SenderAuth, Provider: ProvGmail,
		Summary: "Gmail: the From: domain is not aligned with the SPF- or DKIM-authenticated domain (DMARC alignment).",
		Fix:     []string{"Sign with DKIM using d= the From: domain (or its organizational domain).", "Or use an envelope sender in the From: domain whose SPF covers the sending IP."},
		Refs:    []string{refGmailErrors, refGmailSender}},
	{ID: "gmail.x.7.32", Enh: []string{"X.7.32"}, Prov: ProvGmail, Cat: SenderAuth, Provider: ProvGmail,
		Summary: "Gmail: the From: domain is not aligned with the authenticated SPF or DKIM domain.",
		Fix:     []string{"Align DKIM d= or the SPF-authenticated envelope domain with the From: domain."}, Refs: []string{refGmailErrors}},
	{ID: "gmail.ptr", Any: []string{"does not have a ptr record", "doesn't have a ptr record", "ptr record setup", "pointer (ptr) record"}, Cat: PTRRequired, Provider: ProvGmail,
		Summary: "Gmail: the sending IP has no PTR record, or the PTR name does not resolve back to the IP.",
		Fix:     []string{"Have the IP's owner set a PTR record for the sending IP.", "Make the PTR name resolve (A/AAAA) back to the same IP."},
		Refs:    []string{refGmailErrors, refGmailSender}},
	{ID: "gmail.unauthenticated", Any: []string{"sender is unauthenticated", "unauthenticated email", "mail is unauthenticated", "is unauthenticated, which poses", "does not have authentication information", "fails to pass authentication checks", "fails to pass spf or dkim", "gmail requires all senders to authenticate"}, Not: []string{"yahoo"}, Cat: SenderAuth, Provider: ProvGmail,
		Summary: "Gmail: the message is unauthenticated (neither SPF nor DKIM passed) or fails the sender domain's DMARC policy.",
		Fix:     []string{"Authenticate all mail with SPF and DKIM for the sending domain.", "Publish DMARC and make sure SPF or DKIM aligns with the From: domain."},
		Refs:    []string{refGmailErrors, refGmailSender}},
	{ID: "gmail.low-reputation", Any: []string{"very low reputation of the sending", "low reputation of the sending", "likely suspicious due to the very low reputation"}, Cat: Reputation, Provider: ProvGmail,
		Summary: "Gmail blocked the message because of the very low reputation of the sending IP or domain.",
		Fix:     []string{"Check the domain and IP reputation in Google Postmaster Tools.", "Stop sending to unengaged or purchased lists; keep spam complaints below 0.3%.", "Authenticate with SPF, DKIM and DMARC and warm up volume gradually."},
		Refs:    []string{refGmailErrors, refGmailPostmstr}},
	{ID: "gmail.likely-unsolicited", Any: []string{"this message is likely unsolicited mail", "likely unsolicited mail", "message is likely suspicious", "nature of the content"}, Cat: SpamContent, Provider: ProvGmail,
		Summary: "Gmail classified the message as likely unsolicited (spam) and refused it.",
		Fix:     []string{"Review the content and links; do not resend unchanged.", "Send only to recipients who asked for the mail; add one-click unsubscribe.", "Check your domain's spam rate in Google Postmaster Tools."},
		Refs:    []string{refGmailErrors, refGmailSender}},
	{ID: "gmail.not-authorized-direct", Any: []string{"not authorized to send email directly to our servers", "use the smtp relay at your service provider"}, Cat: Reputation, Provider: ProvGmail,
		Summary: "Gmail does not accept direct mail from this IP range (dynamic or residential IPs); send through your provider's relay.",
		Fix:     []string{"Send through your ISP's or provider's SMTP relay instead of directly from this IP."}, Refs: []string{refGmailErrors}},
	{ID: "gmail.over-quota", Any: []string{"account that you tried to reach is over quota", "inbox is out of storage space", "out of storage space"}, Cat: MailboxFull, Provider: ProvGmail,
		Summary: "Gmail: the recipient's account is over its storage quota.",
		Refs:    []string{refGmailErrors}},
	{ID: "gmail.nosuchuser", Any: []string{"account that you tried to reach does not exist", "nosuchuser", "address couldn't be found"}, Cat: UserUnknown, Provider: ProvGmail,
		Summary: "Gmail: the recipient account does not exist.",
		Refs:    []string{refGmailErrors}},
	{ID: "gmail.disabled", Any: []string{"account that you tried to reach is disabled", "account that you tried to reach is inactive"}, Cat: MailboxDisabled, Provider: ProvGmail,
		Summary: "Gmail: the recipient's account is disabled.",
		Refs:    []string{refGmailErrors}},
	{ID: "gmail.receiving-too-fast", Any: []string{"receiving mail too quickly", "receiving mail at a rate that prevents", "receiving mail at a rate"}, Cat: RateLimited, Provider: ProvGmail,
		Summary: "Gmail: the recipient is receiving mail too fast; further messages are deferred.",
		Fix:     []string{"Nothing urgent: the MTA retries. Spread messages to this recipient over time."}, Refs: []string{refGmailErrors}},
	{ID: "gmail.daily-quota", Any: []string{"daily sending quota exceeded", "daily user sending limit exceeded", "daily user sending quota exceeded", "sending quota exceeded", "email quota exceeded"}, Cat: RateLimited, Provider: ProvGmail,
		Summary: "Google: the account exceeded its daily sending quota.",
		Fix:     []string{"Wait for the quota to reset (a rolling 24 hours).", "Send bulk mail through a service meant for it instead of a user account."}, Refs: []string{"https://support.google.com/a/answer/166852 (Gmail sending limits)", refGmailErrors}},
	{ID: "gmail.bad-credentials", Any: []string{"username and password not accepted", "badcredentials", "application-specific password required", "invalidsecondfactor"}, Cat: AuthFailed, Provider: ProvGmail,
		Summary: "Google refused the SMTP login: wrong credentials, or an app password / OAuth2 is required.",
		Fix:     []string{"Use an app password (accounts with 2-Step Verification) or OAuth2 (XOAUTH2).", "Check the username is the full address and the account may use SMTP."}, Refs: []string{"https://support.google.com/mail/?p=BadCredentials", refGmailErrors}},
	{ID: "gmail.illegal-attachment", Any: []string{"illegal attachment"}, Cat: Policy, Provider: ProvGmail, Actor: ActorSender,
		Summary: "Gmail refused the message because it carries an attachment of a blocked file type (executables, some archives).",
		Fix:     []string{"Share the file by link, or send a file type Gmail accepts."}, Refs: []string{"https://support.google.com/mail/answer/6590 (file types blocked in Gmail)", refGmailErrors}},
	{ID: "gmail.security-issue", Any: []string{"blocked for security reasons", "potential security issue"}, Not: []string{"illegal attachment"}, Cat: Virus, Provider: ProvGmail,
		Summary: "Gmail refused the message because of an attachment type or content that is a potential security risk.",
		Fix:     []string{"Do not send executable or archived executable attachments; share files by link.", "Scan the attachment for malware."}, Refs: []string{"https://support.google.com/mail/answer/6590 (file types blocked in Gmail)", refGmailErrors}},
	{ID: "gmail.try-again-later", Any: []string{"try again later, closing connection"}, Cat: RateLimited, Provider: ProvGmail,
		Summary: "Gmail closed the connection for now (often too many connections or unusual traffic from the IP); the MTA retries.",
		Fix:     []string{"Let the MTA retry; reduce parallel connections to Gmail.", "If it persists, check reputation in Google Postmaster Tools."}, Refs: []string{refGmailErrors}},
	{ID: "gmail.prohibited-policy", Any: []string{"has a policy that prohibited the mail", "policy that prohibited"}, Cat: Policy, Provider: ProvGmail,
		Summary: "Gmail: the recipient's (or sender's) domain has a policy that prohibits this mail.",
		Actor:   ActorRecipientAdmin, Fix: []string{"Ask the recipient's Google Workspace administrator which rule blocked the message."}, Refs: []string{refGmailErrors}},
	// Gmail's own wording decides over a sender-address reading of prose around it ("... which can emit an
	// empty / malformed address", mta14.address-uninterpretable-sender; held-out batch 27-allb)
	{ID: "gmail.from-header", Any: []string{"missing a valid address in from: header", "or having no from: header"}, Cat: RFCNoncompliant, Provider: ProvGmail, Actor: ActorSenderAdmin, Pri: conceptPri,
		Summary: "Gmail: the message has no From: header, or its From: header holds no valid address (RFC 5322 §3.6.2 requires exactly one From: with an address).",
		Fix:     []string{"Give every message exactly one From: header with a valid address, e.g. From: Name <user@example.com> (check the sending application or the script that builds the headers).", "Check that nothing on the way (a relay, a header rewriting rule) removes or empties the From: header."}, Refs: []string{refGmailErrors, "RFC 5322 §3.6.2"}},

	// ---- Microsoft 365 / Outlook.com / Exchange ----
	{ID: "ms.banned-ip", Enh: []string{"5.7.606-5.7.649"}, Cat: Reputation, Provider: ProvMicrosoft,
		Summary: "Microsoft: the sending IP is on Microsoft's blocklist (banned sending IP).",
		Fix:     []string{"Request removal at https://sender.office.com and follow the directions.", "Find out why the IP was listed (spam, compromised accounts) and fix it first."},
		Refs:    []string{refMSDelist, refMSNDR}},
	{ID: "ms.banned-ip-text", Any: []string{"banned sending ip"}, Cat: Reputation, Provider: ProvMicrosoft,
		Summary: "Microsoft: the sending IP is on Microsoft's blocklist (banned sending IP).",
		Fix:     []string{"Request removal at https://sender.office.com and follow the directions.", "Find out why the IP was listed and fix it first."},
		Refs:    []string{refMSDelist, refMSNDR}},
	{ID: "ms.5.7.708", Enh: []string{"5.7.708"}, Cat: Reputation, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: traffic from this IP is not accepted (low reputation IP, commonly a new tenant sending from a poor-reputation range).",
		Fix:     []string{"Send through an IP with a good reputation, or route outbound mail through Microsoft 365 itself.", "New tenants: send a little, legitimate mail first; contact Microsoft support if it persists."},
		Refs:    []string{refMSNDR}},
	{ID: "ms.tenant-threshold", Enh: []string{"5.7.700-5.7.750"}, Cat: Reputation, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: the tenant was blocked from sending (exceeded a threshold, unregistered domains, or suspected compromise).",
		Fix:     []string{"Check the tenant for compromised accounts and unusual outbound volume.", "Open a Microsoft 365 support request to lift the block once fixed."},
		Refs:    []string{refMSNDR}},
	{ID: "ms.5.7.57", Enh: []string{"5.7.57"}, Cat: AuthRequired, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: the client was not authenticated to send anonymous mail (SMTP client submission without AUTH).",
		Fix:     []string{"Authenticate (SMTP AUTH) to smtp.office365.com:587 with STARTTLS.", "For devices/applications that cannot authenticate, use SMTP relay through a connector or direct send to the MX."},
		Refs:    []string{refMSNDR}},
	{ID: "ms.5.7.509", Enh: []string{"5.7.509"}, Cat: SenderAuth, Provider: ProvMicrosoft,
		Summary: "Microsoft: the sending domain does not pass DMARC and its DMARC policy is reject.",
		Fix:     []string{"Make SPF or DKIM pass aligned with the From: domain.", "Check the domain's DMARC record (_dmarc.domain)."}, Refs: []string{refMSNDR}},
	{ID: "ms.5.7.515", Enh: []string{"5.7.515"}, Cat: SenderAuth, Provider: ProvMicrosoft,
		Summary: "Outlook.com: the sending domain does not meet the required authentication level (SPF, DKIM and DMARC for high-volume senders).",
		Fix:     []string{"Publish SPF and DKIM that pass, and a DMARC record of at least p=none aligned with one of them."}, Refs: []string{refOutlookSender, refMSNDR}},
	{ID: "ms.5.7.512", Enh: []string{"5.7.512"}, Cat: RFCNoncompliant, Provider: ProvMicrosoft,
		Summary: "Microsoft: the message must be RFC 5322 §3.6.2 compliant (a valid From: header is missing).",
		Fix:     []string{"Add exactly one valid From: header with an address."}, Refs: []string{refMSNDR, "RFC 5322 §3.6.2"}},
	{ID: "ms.5.7.511", Enh: []string{"5.7.511"}, Cat: Reputation, Provider: ProvMicrosoft,
		Summary: "Microsoft: access denied, banned sender.",
		Fix:     []string{"Request removal via Microsoft support with the full NDR.", "Fix the cause of the block first."}, Refs: []string{refMSNDR}},
	{ID: "ms.5.7.513", Enh: []string{"5.7.513"}, Cat: Reputation, Provider: ProvMicrosoft, Actor: ActorRecipientAdmin,
		Summary: "Microsoft 365: the recipient organization blocks this sending IP with its own block list.",
		Fix:     []string{"Contact the recipient's administrator to remove the IP from their connection filter block list."}, Refs: []string{refMSNDR}},
	{ID: "ms.5.7.520", Enh: []string{"5.7.520"}, Any: []string{"external forwarding", "forwarding"}, Cat: Policy, Provider: ProvMicrosoft, Actor: ActorSenderAdmin,
		Summary: "Microsoft 365: the organization does not allow automatic external forwarding.",
		Fix:     []string{"The admin of the forwarding mailbox's tenant must allow external forwarding in the outbound spam policy, or the user must stop forwarding."}, Refs: []string{refMSNDR}},
	{ID: "ms.relay-tenant", Enh: []string{"5.7.64", "5.7.54"}, Cat: RelayDenied, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: relay access denied (tenant attribution failed or the recipient domain is not accepted).",
		Fix:     []string{"Check the inbound connector: the sending IP or certificate must match a connector of the tenant.", "Add the recipient domain as an accepted domain, or deliver to the recipient domain's own MX."}, Refs: []string{refMSNDR}},
	{ID: "ms.5.5.0-mailbox-unavailable", Any: []string{"requested action not taken: mailbox unavailable"}, Prov: ProvMicrosoft, Cat: UserUnknown, Provider: ProvMicrosoft,
		Summary: "Exchange Online: the recipient mailbox does not exist (550 5.5.0 \"Requested action not taken: mailbox unavailable\").",
		Fix:     []string{"Check the recipient address for typos.", "If it should exist, the recipient's admin must create the mailbox or fix the address (accepted domain, mail-enabled user)."}, Refs: []string{refMSNDR}},
	{ID: "ms.dbeb", Enh: []string{"5.4.1"}, Any: []string{"recipient address rejected: access denied"}, Cat: UserUnknown, Provider: ProvMicrosoft,
		Summary: "Microsoft 365 (directory-based edge blocking): the recipient does not exist in the organization's directory.",
		Fix:     []string{"Check the recipient address.", "If it should exist, the recipient's admin must create it or set the domain to internal relay."}, Refs: []string{refMSNDR}},
	{ID: "ms.recipnotfound", Any: []string{"resolver.adr.recipientnotfound", "resolver.adr.recipnotfound", "resolver.adr.exrecipnotfound", "recipient not found by smtp address lookup"}, Cat: UserUnknown, Provider: ProvMicrosoft,
		Summary: "Exchange: the recipient was not found in the directory (RESOLVER.ADR.RecipientNotFound).",
		Fix:     []string{"Check the recipient address for typos.", "Clear the stale entry from the Outlook auto-complete cache if the address was picked from there."}, Refs: []string{refMSNDR}},
	{ID: "ms.queue-expired", Any: []string{"queue.expired"}, Cat: Expired, Provider: ProvMicrosoft,
		Summary: "Exchange: the message expired in the queue (QUEUE.Expired) after repeated delivery failures.",
		Fix:     []string{"Find the earlier deferral reason (the last error in the NDR's diagnostic section).", "Fix it (receiving server down, DNS, connectors) and resend."}, Refs: []string{refMSNDR}},
	{ID: "ms.auth-required-group", Any: []string{"resolver.rst.authrequired", "resolver.rst.notauthorized", "resolver.rst.sendertocopy"}, Cat: Policy, Provider: ProvMicrosoft, Actor: ActorRecipientAdmin,
		Summary: "Exchange: the recipient (often a group or restricted mailbox) only accepts mail from authenticated or specific senders.",
		Fix:     []string{"The recipient's admin must allow external senders on the group or mailbox, or add you as an allowed sender."}, Refs: []string{refMSNDR}},
	{ID: "ms.submission-quota", Any: []string{"submission quota exceeded", "submissionquotaexceeded"}, Cat: RateLimited, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: the sender exceeded its submission quota (sending limits of the mailbox).",
		Fix:     []string{"Wait until the limit resets (24 hours) and send less from this mailbox; check it for compromise if the volume is unexpected."}, Refs: []string{refMSNDR}},
	{ID: "ms.spam-abuse", Enh: []string{"5.7.501", "5.7.502", "5.7.503"}, Cat: Reputation, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: access denied, spam abuse detected; the sending account or IP is blocked.",
		Fix:     []string{"Secure the sending account or host, stop the spam, then request removal (sender.office.com or Microsoft support)."}, Refs: []string{refMSNDR, refMSDelist}},
	{ID: "ms.ipv6", Enh: []string{"5.7.510"}, Cat: Policy, Provider: ProvMicrosoft, Actor: ActorSenderAdmin,
		Summary: "Microsoft 365: the recipient domain does not accept mail over IPv6 from this sender (IPv6 senders must pass SPF or DKIM).",
		Fix:     []string{"Send to this domain over IPv4, or make sure mail sent over IPv6 passes SPF or DKIM."}, Refs: []string{refMSNDR}},
	{ID: "ms.group-restrictions", Enh: []string{"5.7.12", "5.7.124", "5.7.133", "5.7.134", "5.7.135", "5.7.136"}, Cat: Policy, Provider: ProvMicrosoft, Actor: ActorRecipientAdmin,
		Summary: "Microsoft 365: the recipient group or mailbox accepts mail only from allowed or internal (authenticated) senders.",
		Fix:     []string{"Ask the recipient's admin to allow external senders on the group/mailbox or to add you to its allowed senders."}, Refs: []string{refMSNDR}},
	{ID: "ms.starttls-not-supported", Any: []string{"starttls-not-supported", "must support tls to receive mail"}, Cat: TLSRequired, Provider: ProvMicrosoft,
		Summary: "Microsoft 365 requires TLS for this destination (connector setting), but the destination server does not offer STARTTLS.",
		Actor:   ActorRecipientAdmin, Fix: []string{"Enable STARTTLS on the destination server, or relax the TLS requirement of the sending connector."}, Refs: []string{refMSNDR}},
	{ID: "ms.storedrv-full", Any: []string{"mapiexceptionshutoffquotaexceeded", "mailbox full", "quota exceeded"}, Not: []string{"submission"}, Enh: []string{"X.2.2"}, Prov: ProvMicrosoft, Cat: MailboxFull,
		Summary: "The recipient's mailbox is full."},
	{ID: "ms.rate-recipient", Enh: []string{"5.2.121", "5.2.122", "4.2.121", "4.2.122"}, Cat: RateLimited, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: the recipient's hourly receive limit (from this sender, or overall) was exceeded.",
		Fix:     []string{"Send fewer messages to this recipient per hour; resend later."}, Refs: []string{refMSNDR}},
	{ID: "ms.sender-limit", Enh: []string{"5.1.90", "5.2.123"}, Cat: RateLimited, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: the sender reached its daily recipient limit.",
		Fix:     []string{"Wait 24 hours; send bulk mail through a bulk-mail service instead of a user mailbox."}, Refs: []string{refMSNDR}},
	{ID: "ms.5.1.8", Enh: []string{"5.1.8"}, Any: []string{"bad outbound sender"}, Cat: Reputation, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: the sending account was blocked for sending spam (restricted user, likely compromised).",
		Fix:     []string{"Secure the account (reset password, MFA, remove malicious rules).", "Release the user from the Restricted users portal in Microsoft Defender."}, Refs: []string{refMSNDR}},
	// X.4.316 and X.4.300 name an expiry only in the final NDR (5.x.x); the
	// 4.4.316 of a deferral is the refused connection itself, still retried.
	{ID: "ms.expired-conn", Enh: []string{"5.4.316", "5.4.300"}, Cat: Expired, Provider: ProvMicrosoft,
		Summary: "Exchange Online: the message expired; the destination refused connections or timed out for too long.",
		Fix:     []string{"Check that the destination's MX accepts connections from Microsoft 365 (firewall, connectors).", "Resend once the destination is reachable."}, Refs: []string{refMSNDR}},
	{ID: "ms.conn-refused", Enh: []string{"4.4.316"}, Cat: Network, Provider: ProvMicrosoft,
		Summary: "Exchange Online could not connect to the destination (connection refused); it keeps retrying until the message expires.",
		Fix:     []string{"Check that the destination's MX accepts connections from Microsoft 365 on port 25 (firewall, connectors)."}, Refs: []string{refMSNDR}},
	{ID: "ms.journaling", Enh: []string{"5.3.190"}, Cat: Policy, Provider: ProvMicrosoft, Actor: ActorRecipientAdmin,
		Summary: "Exchange Online refuses journal reports from an on-premises organization while its journaling archive is disabled.",
		Fix:     []string{"Enable the journaling archive in the Microsoft 365 tenant, or stop journaling on-premises mail to it."}, Refs: []string{refMSNDR}},
	{ID: "ms.4.7.650", Enh: []string{"4.7.650", "4.7.651"}, Cat: RateLimited, Provider: ProvMicrosoft,
		Summary: "Outlook.com: the sending IP is temporarily rate-limited because of its reputation.",
		Fix:     []string{"Let the MTA retry slowly; improve reputation (complaints, authentication, list hygiene).", "Join Microsoft SNDS to watch the IP's reputation."}, Refs: []string{refOutlookSender, refOutlookSNDS}},
	{ID: "ms.4.7.5xx", Enh: []string{"4.7.500-4.7.699", "4.7.850-4.7.899"}, Cat: RateLimited, Provider: ProvMicrosoft,
		Summary: "Microsoft: access denied for now, please try again later (suspicious activity from the sending IP).",
		Fix:     []string{"Let the MTA retry; if it persists, check the IP's reputation (SNDS) and contact Microsoft sender support."}, Refs: []string{refOutlookSender, refMSNDR}},
	{ID: "ms.outlook-block", Any: []string{"s3140", "s3150", "as3140", "as3150", "sc-001", "sc-002", "sc-003", "sc-004", "ou-001", "ou-002", "dy-001", "dy-002", "part of their network is on our block list"}, Cat: Reputation, Provider: ProvMicrosoft,
		Summary: "Outlook.com/Hotmail: the sending IP (or its network) is on Microsoft's block list.",
		Fix:     []string{"Submit a delisting request at Outlook.com sender support (sendersupport.olc.protection.outlook.com/pm/).", "Join SNDS and the Junk Mail Reporting Program to monitor the IP.", "Dynamic/residential IPs (DY-001): send through your provider's relay."},
		Refs:    []string{refOutlookSender, refOutlookSNDS}},
	{ID: "ms.smtp-auth-disabled", Any: []string{"smtpclientauthentication is disabled", "smtp client authentication is disabled", "authenticated smtp is disabled"}, Cat: AuthFailed, Provider: ProvMicrosoft,
		Summary: "Microsoft 365: SMTP AUTH (client submission) is disabled for the tenant or mailbox.",
		Actor:   ActorSenderAdmin, Fix: []string{"Enable Authenticated SMTP for the mailbox (or tenant) in the Microsoft 365 admin center, or use OAuth/Graph instead."}, Refs: []string{"https://aka.ms/smtp_auth_disabled", refMSNDR}},
	{ID: "ms.send-as", Any: []string{"client does not have permissions to send as this sender", "sendasdenied", "not allowed to send as"}, Cat: SenderInvalid, Provider: ProvMicrosoft,
		Summary: "Exchange: the authenticated account may not send as this From/MAIL FROM address (SendAsDenied).",
		Fix:     []string{"Send as the authenticated mailbox's own address, or have the admin grant Send As permission."}, Refs: []string{refMSNDR}},
	{ID: "ms.bare-lf", Any: []string{"barelinefeedsareillegal", "bare line feed", "bare linefeeds", "bare lf"}, Cat: RFCNoncompliant,
		Summary: "The message contains bare line feeds (LF without CR), which the server refuses.",
		Fix:     []string{"Send CRLF line endings only; fix the application or library that builds the message."}, Refs: []string{"RFC 5321 §2.3.8", refMSNDR}},
	{ID: "ms.spamhaus-as3130", Any: []string{"as3130"}, Cat: Reputation, Provider: ProvMicrosoft, Blocklist: "Spamhaus",
		Summary: "Microsoft blocked the sending IP because it is listed on Spamhaus.", Fix: delistFix, Refs: []string{refSpamhaus, refMSNDR}},
	// (hyphenated "hop-count exceeded", "mail-loop": batch 27-common)
	{ID: "ms.hop-count", Any: []string{"hop count exceeded", "too many hops", "mail loop", "hop-count exceeded", "mail-loop"}, Cat: ServerError,
		Summary: "The message looped between servers until the hop count was exceeded.", Actor: ActorRecipientAdmin,
		Fix:  []string{"Check forwarding rules, connectors and MX/smarthost settings for a loop between the servers named in the Received: headers."},
		Refs: []string{"RFC 5321 §6.3"}},

	// ---- Yahoo / AOL ----
	{ID: "yahoo.tss04", Any: []string{"[tss04]", "tss04"}, Cat: Reputation, Provider: ProvYahoo,
		Summary: "Yahoo/AOL temporarily defer mail from this IP because of unexpected volume or user complaints.",
		Fix:     []string{"Slow down and let the MTA retry; do not increase volume.", "Reduce complaints: send only to engaged, opted-in recipients; use the Yahoo complaint feedback loop.", "Authenticate with SPF, DKIM and DMARC."},
		Refs:    []string{refYahooErrors, refYahooReqs}},
	{ID: "yahoo.tss09", Any: []string{"[tss09]", "tss09", "[ts03]", "ts03 ", "permanently deferred"}, Cat: Reputation, Provider: ProvYahoo,
		Summary: "Yahoo/AOL permanently defer all mail from this IP (poor reputation); retrying will not succeed.",
		Fix:     []string{"Stop sending to Yahoo/AOL from this IP.", "Fix list hygiene and complaint rates, then open a ticket at the Yahoo sender hub."},
		Refs:    []string{refYahooErrors, refYahooReqs}},
	{ID: "yahoo.tss11", Any: []string{"[tss11]", "tss11", "excessive unknown recipients"}, Cat: Reputation, Provider: ProvYahoo,
		Summary: "Yahoo/AOL defer mail from this IP because it sends to too many unknown recipients.",
		Fix:     []string{"Remove invalid addresses from your lists (honour 5.1.1 bounces).", "Check the server is not an open relay."}, Refs: []string{refYahooErrors}},
	{ID: "yahoo.ts01", Any: []string{"[ts01]", "ts01 ", "[ts02]", "[tss01]", "[tss02]", "[tss05]", "[tss07]", "deferred due to user complaints", "temporarily deferred due to unexpected volume"}, Cat: Reputation, Provider: ProvYahoo,
		Summary: "Yahoo/AOL temporarily defer mail from this IP because of user complaints or its unverified reputation.",
		Fix:     []string{"Let the MTA retry slowly; reduce complaint rates and unknown recipients.", "Authenticate with SPF, DKIM and DMARC."}, Refs: []string{refYahooErrors}},
	{ID: "yahoo.ph01", Any: []string{"[ph01]", "ph01"}, Cat: SpamContent, Provider: ProvYahoo,
		Summary: "Yahoo/AOL refused the message for policy reasons (content looks like phishing or abuse).",
		Fix:     []string{"Review the message content and links; remove URLs on blocklists or shorteners.", "If the block is in error, open a ticket at the Yahoo sender hub."}, Refs: []string{refYahooErrors}},
	{ID: "yahoo.bl21", Any: []string{"[bl21]", "bl21"}, Cat: Reputation, Provider: ProvYahoo, Blocklist: "Spamhaus",
		Summary: "Yahoo/AOL refuse connections from this IP because it is on a Spamhaus list.", Fix: delistFix, Refs: []string{refSpamhaus, refYahooErrors}},
	{ID: "yahoo.bl22", Any: []string{"[bl22]", "[bl23]", "bl22", "bl23"}, Cat: Reputation, Provider: ProvYahoo,
		Summary: "Yahoo/AOL refuse connections from this IP because it is on a blocklist they use.", Fix: delistFix, Refs: []string{refYahooErrors}},
	{ID: "yahoo.dmarc", Enh: []string{"X.7.9"}, Any: []string{"dmarc"}, Cat: SenderAuth, Provider: ProvYahoo,
		Summary: "Yahoo/AOL refused the message: it fails the From: domain's DMARC policy.",
		Fix:     []string{"Make SPF or DKIM pass aligned with the From: domain.", "Do not send with a From: address in a domain whose DMARC policy rejects you (e.g. yahoo.com)."}, Refs: []string{refYahooErrors, refYahooReqs}},
	{ID: "yahoo.policy-5.7.9", Enh: []string{"X.7.9"}, Any: []string{"not accepted for policy reasons"}, Not: []string{"dmarc", "[bl2", "[ph0", "[tss", "[ts0", "[cs0", "[hm0"}, Cat: Policy, Provider: ProvYahoo, Actor: ActorSenderAdmin,
		Summary: "Yahoo/AOL: message not accepted for policy reasons (content, reputation or authentication).",
		Fix:     []string{"Authenticate with SPF, DKIM and DMARC.", "Review content and list quality; see the Yahoo sender hub for the specific code."}, Refs: []string{refYahooErrors}},
	{ID: "yahoo.unauthenticated", Any: []string{"yahoo requires all senders to authenticate"}, Cat: SenderAuth, Provider: ProvYahoo,
		Summary: "Yahoo/AOL: the sender is unauthenticated (neither SPF nor DKIM passed).", Refs: []string{refYahooReqs}},
	{ID: "yahoo.no-account", Any: []string{"doesn't have a yahoo.com account", "does not have a yahoo.com account", "doesn't have a aol.com account", "doesn't have an aol.com account"}, Cat: UserUnknown, Provider: ProvYahoo,
		Summary: "Yahoo/AOL: the recipient account does not exist.", Refs: []string{refYahooErrors}},
	{ID: "yahoo.unresolvable-from", Any: []string{"unresolvable rfc.5321 from domain", "unresolvable rfc5321 from domain"}, Cat: SenderInvalid, Provider: ProvYahoo,
		Summary: "Yahoo/AOL: the envelope-sender (RFC 5321 MAIL FROM) domain does not resolve.",
		Fix:     []string{"Use an envelope-sender domain with valid MX or A records."}, Refs: []string{refYahooErrors}},

	// ---- Apple iCloud ----
	{ID: "apple.cs01", Any: []string{"[cs01]", "cs01 "}, Cat: SpamContent, Provider: ProvApple,
		Summary: "iCloud Mail refused the message because its content was classified as spam (CS01).",
		Fix:     []string{"Review content and links; make sure the mail is authenticated (SPF, DKIM, DMARC).", "If it is a false positive, contact iCloud Mail postmaster support with the full reply."}, Refs: []string{refApple}},
	{ID: "apple.hm", Any: []string{"[hm07]", "[hm08]", "hm08", "hm07"}, Cat: Policy, Provider: ProvApple, Actor: ActorSenderAdmin,
		// (common24: a blocklist the paste names is the cause Apple's generic
		// local-policy code does not give)
		Not:     []string{"spamhaus", "spamcop", "barracudacentral", "blocklist", "blacklist", "黑名单"},
		Summary: "iCloud Mail refused the message due to local policy (HM07/HM08: the message or its headers look forged or abusive).",
		Fix:     []string{"Make sure the headers are standard-conformant and the mail is authenticated (SPF, DKIM, DMARC aligned).", "Contact iCloud Mail postmaster support with the full reply if it persists."}, Refs: []string{refApple}},

	// ---- Mimecast ----
	{ID: "mimecast.anti-spoofing", Any: []string{"anti-spoofing policy", "anti spoofing policy"}, Cat: SenderAuth, Provider: ProvMimecast, Actor: ActorRecipientAdmin,
		Summary: "Mimecast: the message uses the recipient organization's own domain from outside, and its anti-spoofing policy rejects it.",
		Fix:     []string{"If the sender is a legitimate service sending as the organization's domain, the recipient's Mimecast admin must add an anti-spoofing bypass for it.", "Otherwise authenticate the service with SPF/DKIM for that domain."}, Refs: []string{refMimecast}},
	{ID: "mimecast.internal-resources", Any: []string{"internal resources are temporarily unavailable", "internal resource is temporarily unavailable"}, Cat: Greylisted, Provider: ProvMimecast,
		Summary: "Mimecast greylisted the message (its 451 \"internal resources are temporarily unavailable\"): the first attempt of a new sender/recipient/IP triplet is deferred; a retry after a minute or more is accepted.",
		Fix: []string{"Nothing to do with a standard MTA: the retry is accepted.",
			"Retry from the same IP with the same envelope sender: senders that use a new envelope sender per message (VERP) are greylisted every time; ask the recipient's admin to add your IPs to the Mimecast greylisting bypass."},
		Refs: []string{refMimecast, refGreylist}},
	{ID: "mimecast.admin-prohibition", Any: []string{"administrative prohibition"}, Cat: Policy, Provider: "", Actor: ActorRecipientAdmin, Weak: true, // a generic frame: a cause named beside it decides (held-out batch 12-prov)
		Summary: "The receiver's administrator prohibits this message (block list entry, blocked sender or policy; Mimecast and Exim use this wording).",
		Fix:     []string{"Contact the recipient's administrator with the full reply: they must remove the block."}, Refs: []string{refMimecast}},
	{ID: "mimecast.security-policies", Any: []string{"rejected due to security policies"}, Cat: Policy, Provider: ProvMimecast, Actor: ActorRecipientAdmin,
		Summary: "Mimecast rejected the message due to the recipient organization's security policies.",
		Fix:     []string{"Contact the recipient's admin: they can see the reason in Mimecast's message tracking."}, Refs: []string{refMimecast}},
	{ID: "mimecast.envelope-blocked", Any: []string{"envelope blocked"}, Cat: Policy, Provider: ProvMimecast, Actor: ActorRecipientAdmin,
		Summary: "Mimecast: the sender or its domain is on the recipient's blocked senders list.", Refs: []string{refMimecast}},
	{ID: "mimecast.rbl", Any: []string{"mimecast's rbl", "rejected by the mimecast rbl", "mimecast ip reputation"}, Cat: Reputation, Provider: ProvMimecast,
		Summary: "Mimecast rejected the connection because of the sending IP's reputation.", Fix: delistFix, Refs: []string{refMimecast}},

	// ---- Proofpoint ----
	{ID: "proofpoint.dynamic-reputation", Any: []string{"proofpoint dynamic reputation", "ipcheck.proofpoint.com", "proofpoint.com/?ip"}, Cat: Reputation, Provider: ProvProofpoint,
		Summary: "Proofpoint blocked the sending IP because of its Dynamic Reputation score.",
		Fix:     []string{"Look up the IP at ipcheck.proofpoint.com and request delisting there.", "Fix the cause (spam, compromised accounts) first."}, Refs: []string{refProofpoint}},

	// ---- Barracuda ----
	{ID: "barracuda.brbl", Any: []string{"barracudacentral", "barracuda reputation", "brbl", "brts", "barracudanetworks.com/reputation"}, Cat: Reputation, Provider: ProvBarracuda, Blocklist: "Barracuda Reputation Block List",
		Summary: "The sending IP is on the Barracuda Reputation Block List (BRBL).",
		Fix:     []string{"Check and request removal at barracudacentral.org/rbl/removal-request.", "Fix the cause (spam, open relay, compromised host) first."}, Refs: []string{refBarracuda}},
	{ID: "barracuda.permanent-failure", Any: []string{"permanent failure for one or more recipients"}, All: []string{":blocked"}, Cat: SpamContent, Provider: ProvBarracuda, // the envelope alone says nothing; its ":blocked" tag is the spam verdict (held-out batch 12-prov)
		Summary: "Barracuda Email Security blocked the message for one or more recipients (spam scoring or policy).",
		Fix:     []string{"Ask the recipient's admin to look up the message in the Barracuda message log for the exact reason.", "Review content and authentication."}, Refs: []string{"https://campus.barracuda.com/product/emailsecuritygateway/"}},

	// ---- Blocklists ----
	{ID: "bl.spamhaus-pbl", Any: []string{"pbl.spamhaus", "spamhaus.org/pbl", "spamhaus pbl", "policy block list"}, Cat: Reputation, Provider: ProvSpamhaus, Blocklist: "Spamhaus PBL",
		Summary: "The sending IP is on the Spamhaus PBL: an end-user/dynamic range that should not send mail directly.",
		Fix:     []string{"Send through your ISP's or provider's authenticated SMTP relay.", "If this is a real mail server with a static IP, remove it from the PBL at check.spamhaus.org and set a proper PTR."}, Refs: []string{refSpamhausPBL, refSpamhaus}},
	{ID: "bl.spamhaus", Any: []string{"spamhaus"}, Cat: Reputation, Provider: ProvSpamhaus, Blocklist: "Spamhaus",
		Summary: "The sending IP (or a domain in the message) is listed by Spamhaus.", Fix: delistFix, Refs: []string{refSpamhaus}},
	{ID: "bl.spamcop", Any: []string{"spamcop"}, Cat: Reputation, Provider: ProvSpamCop, Blocklist: "SpamCop",
		Summary: "The sending IP is listed on the SpamCop blocking list (reported spam).",
		Fix:     []string{"Look up the IP at spamcop.net; listings expire automatically 24 hours after the last report.", "Find and stop the source of the reported spam."}, Refs: []string{refSpamCop}},
	{ID: "bl.sorbs", Any: []string{"sorbs"}, Cat: Reputation, Provider: ProvSORBS, Blocklist: "SORBS",
		Summary: "The receiver rejected the IP because SORBS lists it. SORBS was shut down in 2024: such listings are stale.",
		Fix:     []string{"Tell the recipient's admin that SORBS is discontinued and must be removed from their configuration."}, Actor: ActorRecipientAdmin, Refs: []string{"https://www.sorbs.net"}},
	{ID: "bl.uceprotect", Any: []string{"uceprotect"}, Cat: Reputation, Provider: ProvUCEPROTECT, Blocklist: "UCEPROTECT",
		Summary: "The sending IP (level 1) or its network/provider (levels 2 and 3) is listed by UCEPROTECT.",
		Fix:     []string{"Level 1: fix the source; listings expire after 7 days without spam.", "Levels 2/3 list whole networks: ask the provider to act, or ask the recipient's admin not to block on them."}, Refs: []string{refUCEPROTECT}},
	{ID: "bl.generic", Any: []string{"blocked using", "blacklisted", "blocklisted", "listed at", "listed in", "listed on", "blacklist", "blocklist", "block list", "black list", "dnsbl", "realtime blackhole", "rbl.", ".rbl", " rbl "},
		Not:     []string{"may be blacklisted", "may be blocklisted", "might be blacklisted"}, // a list of possible causes does not claim one
		Cat:     Reputation,
		Summary: "The sending IP or domain is on a DNS blocklist the receiver uses.", Fix: delistFix, Refs: []string{"RFC 5782 (DNS blocklists)"}},

	{ID: "mta.dynamic-ip", Any: []string{"dynamic ip", "dynamic address", "dynamic addresses", "dynamic range", "dynamically assigned", "residential ip", "dialup", "dial-up", "end-user ip", "consumer ip"}, Cat: Reputation,
		Summary: "The receiver refuses mail sent directly from dynamic/residential IP ranges; such hosts must send through their provider's relay.",
		Fix: []string{"Send through your ISP's or provider's authenticated SMTP relay (smarthost).",
			"If this is a real mail server, get a static IP with a proper PTR record and ask the receiver or blocklist to reclassify it."}},
	{ID: "mta.reputation", Any: []string{"ip reputation", "poor reputation", "bad reputation", "low reputation", "reputation", "senderscore", "sender score"}, Cat: Reputation,
		Summary: "The receiver refused the message because of the sending IP's or domain's reputation."},

	// ---- Wording of Postfix, Exim, Sendmail, Exchange and others ----
	{ID: "mta.greylisted", Any: []string{"greylist", "graylist", "grey-list", "gray-list", "grey list", "gray list", "greylisting", "is not yet authorized to deliver mail from", "temporarily rejected, try again"}, Cat: Greylisted,
		Summary: "The receiver greylisted the message: the first attempt is refused and a retry after a few minutes is accepted.", Refs: []string{refGreylist}},
	{ID: "mta.cannot-find-hostname", Any: []string{"cannot find your hostname", "cannot find your reverse hostname", "reverse dns", "reverse lookup", "reverse hostname", "reverse host name", "no ptr", "ptr record", "ptr resource record", "dns ptr", "invalid ptr", "missing ptr", "rdns", "reverse dns lookup"}, Cat: PTRRequired,
		Summary: "The receiver requires valid reverse DNS for the client IP (Postfix reject_unknown_client_hostname / reject_unknown_reverse_client_hostname).",
		Refs:    []string{refPostfix + "#reject_unknown_client_hostname"}},
	{ID: "mta.helo-fqdn", Any: []string{"helo command rejected", "ehlo command rejected", "need fully-qualified hostname", "invalid helo", "bad helo", "helo name", "invalid ehlo"}, Cat: RFCNoncompliant,
		Summary: "The HELO/EHLO name was refused: it must be a fully-qualified domain name (that resolves).",
		Actor:   ActorSenderAdmin, Fix: []string{"Set the sending MTA's HELO name to its FQDN (Postfix: smtp_helo_name / myhostname), matching the PTR of the sending IP.", "Make that name resolve in DNS."},
		Refs: []string{"RFC 5321 §4.1.1.1", refPostfix + "#reject_non_fqdn_helo_hostname"}},
	{ID: "mta.sender-access", Any: []string{"sender address rejected: access denied", "sender rejected: access denied", "sender address rejected: blocked", "sender blocked", "sender address is blocked", "sender is blocked", "blacklisted sender", "blocklisted sender"}, Cat: Policy, Actor: ActorRecipientAdmin,
		Summary: "The receiving server's access rules refuse this envelope sender (MAIL FROM): a sender access map or ACL entry matched it (Postfix check_sender_access, Exim \"deny senders =\"). The message content played no part.",
		Fix: []string{"If you are the sender: ask the recipient's postmaster by another channel why the address is blocked and to remove the entry, or send from another address.",
			"If you run the receiving server: find the entry that matched (Postfix: `postmap -q sender@domain hash:/etc/postfix/sender_access`, and the other maps in smtpd_sender_restrictions; Exim: replay the session with `exim -bh IP` to see the ACL line)."},
		Refs: []string{"https://www.postfix.org/access.5.html", refExim + " (chapter \"Access control lists\")"}},
	{ID: "mta.sender-domain-not-found", Any: []string{"sender address rejected: domain not found", "sender domain not found", "domain of sender address", "sender domain must exist", "sender address rejected: need fully-qualified address", "sender verify failed", "sender verification failed", "sender address rejected: unverified address", "sender address rejected: not owned by user", "sender address rejected: undeliverable address", "sender rejected", "sender was rejected", "invalid sender", "sender address rejected: malformed", "sender domain does not exist", "mail from address is invalid", "email address is not verified", "address is not verified", "sender address is not verified", "from domain does not exist", "unverified sender", "sender verify callout", "could not complete sender verify", "sender callout"}, Cat: SenderInvalid,
		Summary: "The envelope-sender address was refused: its domain does not exist, it cannot be verified, or you may not use it.",
		Refs:    []string{refPostfix + "#reject_unknown_sender_domain"}},
	{ID: "mta.null-mx", Any: []string{"nullmx", "null mx", "does not accept mail",
		"does not support srv requests"}, // Postfix dns_lookup.c's null SRV (mta22)
		Not: []string{"sender", "from your", "from you", "from this"}, Cat: HostUnknown,
		Summary: "The recipient domain publishes a null MX (or otherwise declares it accepts no mail).", Refs: []string{"RFC 7505", "RFC 7504"}},
	{ID: "mta.relay-denied", Any: []string{"relay access denied", "not relaying", "no longer relaying", "relaying denied", "relay denied", "relay not permitted", "relaying not permitted", "relaying not allowed", "relay not allowed", "not permitted to relay", "unable to relay", "we do not relay", "relay prohibited", "open relay not allowed", "relaying disallowed", "relay access not allowed", "no relaying", "cannot relay", "relaying mail to", "relay attempt", "not a gateway",
		// a relay refused for want of authentication (held-out batch 8)
		"relay through this server", "relaying through this server", "relay via this server",
		// the refusal in a negated verb: the keyword carries its "not", so
		// the matcher's negation check (a keyword right after "not") does
		// not drop it
		"may not relay", "must not relay", "not authorized to relay", "not authorised to relay", "not allowed to relay"}, Cat: RelayDenied,
		Summary: "The server refused to relay the message: it is not responsible for the recipient's domain and you are not allowed to relay through it."},
	{ID: "mta.relay-auth", Any: []string{"relay access denied", "relaying denied", "relay denied", "relay not permitted", "relaying not permitted", "relaying not allowed", "relay not allowed", "not permitted to relay", "unable to relay"}, All: []string{"authentication"}, Cat: RelayDenied,
		Summary: "The server refused to relay the message for an unauthenticated client: it accepts mail for other domains only after SMTP authentication."},
	{ID: "exim.unrouteable-rcpt", Any: []string{"unrouteable address", "unroutable address"}, Not: []string{"sender", "verification failed", "verify"}, AtRcpt: true, Cat: UserUnknown, Actor: ActorSender,
		Summary: "The receiving server (Exim wording) has no router that accepts this recipient address. From the recipient domain's own mail server this means the local part does not exist there (an unknown user); only for a domain the server does not handle itself does it mean the domain could not be routed (no usable MX or A record in DNS).",
		Fix: []string{"Check the local part of the recipient address for typos and confirm the address with the recipient by another channel.",
			"If the server that answered is not the recipient domain's MX (a relay or smarthost), check the domain itself: `dig MX domain`; the relay could not route it.",
			"If you run the receiving Exim: `exim -bt address` shows which router should have accepted it (a missing alias, user or virtual-domain entry)."},
		Refs: []string{refExim + " (chapter \"How Exim receives and delivers mail\": processing an address for verification)"}},
	{ID: "exim.unrouteable-delivery", Any: []string{"unrouteable address"}, Not: []string{"sender", "verif"}, Codes: []int{0}, Cat: HostUnknown, Actor: ActorSender,
		Summary: "Exim could not route this address when delivering it (no remote server was asked). For a remote domain this means the domain could not be resolved to a mail server (no usable MX or A record); for a domain this Exim handles itself, no router (user, alias, virtual domain) accepts the local part.",
		Fix: []string{"Check the recipient domain for typos and look up its mail servers: `dig MX domain`.",
			"If the domain is one this Exim delivers locally, check the local part: `exim -bt address` shows which router should accept it.",
			"If the domain should resolve, check the DNS resolver Exim uses on this host."},
		Refs: []string{refExim + " (chapter \"How Exim receives and delivers mail\": processing an address for delivery)", "RFC 5321 §5.1"}},
	{ID: "mta.host-not-found", Any: []string{"recipient address rejected: domain not found", "host or domain name not found", "name service error", "nxdomain", "domain not found", "no mx", "domain has no mx", "no such domain", "domain does not exist", "unrouteable address", "unroutable address", "unrouteable domain", "unroutable domain", "all relevant mx records point to non-existent hosts", "host unknown", "mx points to", "non-existent domain", "nonexistentdomain", "no valid mx", "no mail servers", "bad destination system address", "unknown domain", "unable to locate mx", "host not found", "could not find mx", "looking up mail server for host", "cannot determine where to send this message",
		// resolver errors of client libraries (Go, Java, Node, glibc and musl getaddrinfo)
		"no such host", "unknownhostexception", "getaddrinfo enotfound", "name or service not known", "nodename nor servname provided", "name does not resolve", "can not find mx", "cannot find mx"},
		// (common24: "no MX record; mail falls back to the A record" is RFC 5321's implicit MX, no missing domain)
		Not:     []string{"falls back to the a record", "fall back to the a record", "falls back to its a record"},
		Cat:     HostUnknown,
		Summary: "The recipient's domain could not be resolved to a mail server (the domain or its MX hosts do not exist)."},
	{ID: "mta.mailbox-full", Any: []string{"mailbox full", "mailbox is full", "over quota", "overquota", "quota exceeded", "exceeded storage", "storage allocation", "mailbox quota", "quota full", "inbox is full", "user is over", "full mailbox", "storage quota", "mailbox size limit exceeded", "disk quota", "insufficient mailbox", "exceeds allowed size", "mailbox exceeds", "postfach voll", "postfach ist voll", "boîte pleine", "boite pleine", "boîte aux lettres pleine", "buzón lleno", "casella piena"}, Not: []string{"sending quota", "daily", "submission",
		// a sending allowance of another period (Resend's monthly_quota_exceeded; held-out batch 23-tail b)
		"monthly", "hourly", "weekly"}, Cat: MailboxFull,
		Summary: "The recipient's mailbox is full (over quota)."},
	{ID: "mta.mailbox-disabled", Any: []string{"mailbox disabled", "mailbox is disabled", "account disabled", "account is disabled", "account has been disabled", "mailbox is inactive", "account is inactive", "inactive account", "inactive mailbox", "deactivated", "suspended", "mailbox unavailable: disabled", "this mailbox is disabled", "account has been suspended", "mailbox has been disabled", "no longer active", "mailbox not active"}, Not: []string{"contact deactivated", "contact was deactivated", "contact has been deactivated", "deactivated contact", "temporarily suspended",
		// a sending platform's own hold of the address, not the mailbox's state (held-out batch 13-esp)
		"suspended from delivery", "delivery suspended", "email suspended for", "set to email suspended",
		// ... and a platform's account of the sender ("PORTAL_SUSPENDED", HubSpot; held-out batch 14-esp)
		"portal",
		// ... and its hold after soft bounces (batch 24-codeless b: "Suspended: too many soft bounces over a period")
		"too many soft bounce", "after soft bounce", "repeated soft bounce", "consecutive soft bounce", "soft bounce limit"}, Cat: MailboxDisabled,
		Summary: "The recipient's mailbox is disabled or inactive."},
	{ID: "mta.moved", Any: []string{"user not local", "has moved", "mailbox has moved", "no longer with", "address has changed", "please try <", "no forwarding address"}, Cat: Moved,
		Summary: "The recipient is not here any more (moved); the reply may name a new address."},
	{ID: "mta.user-unknown", Not: []string{"file does not exist", "directory does not exist", "no such file", "file or directory",
		// a local file system's error around an application's send (PowerShell: "A drive with the name 'E' does not exist",
		// "Cannot find path"; held-out batch 27-allb)
		"drive with the name", "cannot find path",
		// a verification probe that could not connect (common21.verification-probe-unreachable)
		"unverified address: connect to", "unverified address: lost connection with", "unverified address: conversation with"}, Any: []string{"user unknown", "not listed in domino directory", "not listed in public name & address book", "unknown user", "no such user", "does not exist", "doesn't exist", "mailbox not found", "recipient not found", "invalid recipient", "unknown recipient", "recipient unknown", "no mailbox here", "not a valid mailbox", "no such recipient", "no such mailbox", "mailbox unknown", "invalid mailbox", "unknown mailbox", "addressee unknown", "recipient address rejected: unverified address", "undeliverable address", "address rejected: undeliverable", "bad destination mailbox", "no such address", "user not found", "no user found", "mailbox does not exist", "account does not exist", "recipient does not exist", "address does not exist", "not our customer", "unknown local part", "unknown or illegal alias", "user doesn't have", "user does not have", "no mailbox by that name", "is not a valid recipient", "unrouteable recipient", "does not have an account", "not user of this server", "not a user of this", "don't exists that user", "don't exist", "address unknown",
		// common non-English wording
		"benutzer unbekannt", "unbekannter benutzer", "empfänger unbekannt", "utilisateur inconnu", "destinataire inconnu", "usuario desconocido", "destinatario desconocido", "utente sconosciuto", "utente inesistente"}, Cat: UserUnknown,
		Summary: "The recipient address does not exist at the receiving server."},
	{ID: "mta.user-unknown-weak", Any: []string{"recipient rejected", "rejected recipient", "invalid address"}, Cat: UserUnknown, Weak: true,
		Summary: "The recipient address was refused (usually: it does not exist at the receiving server)."},
	{ID: "mta.virus", Any: []string{"virus", "malware", "infected", "eicar", "clamav", "trojan", "worm.", "phishing attachment", "dangerous attachment", "malicious"}, Cat: Virus,
		Summary: "The message was rejected because a virus or malware was found (or suspected) in it."},
	{ID: "mta.message-too-big", Any: []string{"message size exceeds", "message too large", "message too big", "message is too large", "message is too big", "size limit", "too large", "too big", "exceeds the maximum", "message length exceeds", "maximum message size", "size exceeds", "exceeds fixed", "message exceeds", "exceeded the maximum size", "size of the message", "larger than the maximum"}, Cat: MessageTooBig,
		Summary: "The message is larger than the receiver accepts."},
	{ID: "mta.tls", Any: []string{"must issue a starttls", "starttls is required", "starttls required", "tls required", "tls is required", "requires tls", "require tls", "requiretls", "tls not available", "encryption required", "encryption needed", "must use tls", "tls handshake", "cannot start tls", "tls negotiation failed", "ssl handshake", "certificate verification failed", "untrusted certificate", "tls connection", "not using tls", "unencrypted connections", "tls 1.0", "tls 1.1", "tlsv1", "tls version", "client to support tls", "starttls first", "starttls command first", "tls support required", "certificate"}, Cat: TLSRequired,
		Summary: "TLS is required for this delivery, and it was not used or it failed."},
	{ID: "mta.sender-auth", Any: []string{"spf", "sender policy framework", "dkim", "dmarc", "unauthenticated", "authentication checks", "does not designate", "not designated", "not permitted sender", "domainkeys", "arc validation", "sender authentication", "spoofed", "spoofing", "forged"}, Cat: SenderAuth,
		Summary: "The message failed sender authentication (SPF, DKIM or DMARC) at the receiver."},
	{ID: "mta.auth-failed", Any: []string{"authentication failed", "could not authenticate", "authentication unsuccessful", "invalid credentials", "credentials invalid", "bad credentials", "incorrect authentication data", "authentication credentials", "password incorrect", "invalid login", "login failed", "auth failed", "authentication mechanism is too weak", "authentication rejected", "auth not accepted", "password transition"}, Cat: AuthFailed,
		Summary: "SMTP authentication failed."},
	{ID: "mta.auth-required", Any: []string{"authentication required", "authentication is required", "auth required", "smtp auth required", "must authenticate", "please authenticate", "not authenticated", "authentication needed", "requires authentication", "sender address rejected: not logged in", "not logged in", "authenticate first", "client was not authenticated"}, Cat: AuthRequired,
		Summary: "The server requires SMTP authentication first."},
	{ID: "mta.rfc", Any: []string{"rfc 5322", "rfc5322", "rfc-5322", "rfc 2822", "rfc2822", "rfc 822", "malformed", "message-id", "messageid", "non-compliant", "not compliant", "invalid header", "header syntax", "multiple from", "missing from", "duplicate header", "improper use of smtp command pipelining", "lines too long", "line too long for transport", "8-bit", "8bit", "not rfc", "invalid mime", "mime error", "smtputf8", "non-ascii", "bare cr", "missing date", "header field"},
		Not:     []string{"32-bit/8-bit"}, // (smartd's "exit status: 32512/127" of its mail command, batch 18-app b)
		Cat:     RFCNoncompliant,
		Summary: "The message or session violates the standards (RFC 5321/5322) and was refused."},
	{ID: "mta.rate", Any: []string{"rate limit", "rate-limit", "ratelimit", "rate limited", "too many messages", "too many connections", "too many concurrent", "sending rate", "slow down", "throttl", "exceeded the rate", "too many recipients", "too many mails", "too many emails", "too fast", "message limit", "connection limit", "recipient limit", "connection rate", "frequency limit", "limit exceeded", "exceeded the limit", "sending limit", "too many invalid", "too many errors", "too many login attempts", "too many authentication", "too many failed", "too many sessions", "mail flood", "sending quota", "quota exceeded for",
		"too many open connections", "rcpt flood"}, // sendmail's conncontrol "421 4.3.2 Too many open connections." and BadRcptThrottle (mta22)
		Not: []string{"mailbox quota", "mailbox size", "disk quota", "storage quota",
			"bounce limit", "bounces limit", "bounce count"}, // (batch 24-codeless: an address's limit of bounces is its hold, not a sending rate)
		Cat:     RateLimited,
		Summary: "The receiver is limiting how fast or how much you send."},
	{ID: "mta.spam", Not: []string{"protect our users from spam", "protect our users from spam and phishing",
		// a purpose clause is why a rule exists, not a verdict on this message ("this prevents unauthorized SPAM relaying", held-out batch 13-prov)
		"prevents unauthorized spam", "prevent unauthorized spam", "prevents spam relaying", "prevent spam relaying", "to prevent spam", "to combat spam", "to fight spam",
		// a file refused for its type is the attachment policy's, not a spam verdict ("A suspicious file (executable code) was found", held-out batch 15-prov b)
		"suspicious file", "suspicious attachment",
		// activity on an account is the account's block, not a verdict on the message (Cox AUP#CXMJ, held-out batch 16-bigprov)
		"suspicious account activity", "suspicious activity on your account", "suspicious activity on the account", "suspicious activity in your account",
		// a list's count of a member's bounces is no spam score (Mailman's "bounce score ... incremented", held-out batch 19-lda b)
		"bounce score", "bounce_score", "scored a bounce"}, Any: []string{"spam", "spamassassin", "unsolicited", "content rejected", "message content", "content filter", "bulk mail", "junk", "looks like spam", "suspicious", "unacceptable content", "scam", "high probability", "x-spam", "content policy", "score"}, Cat: SpamContent,
		Summary: "The message was refused as spam by its content."},
	{ID: "mta.expired", Not: []string{"password", "certificate", "token", "credentials", "subscription", "licence", "license",
		// a sending account's credits that expired (ZeptoMail's LE_101 "Credits expired"; held-out batch 23-tail)
		"credits expired", "credits have expired", "credits has expired", "credit expired",
		// a socket's timer (Windows' "semaphore timeout period has expired"; held-out batch 19-codeless)
		"timeout period has expired", "semaphore timeout"}, Any: []string{"expired", "retry timeout exceeded", "retry time not reached for any host after a long failure period", "have been failing for a long time", "delivery time expired", "cannot send message for", "could not be delivered for", "too long in queue", "message timeout", "giving up"}, Cat: Expired,
		Summary: "The message stayed in the queue too long and was returned."},
	{ID: "mta.network", Generic5xx: true, Any: []string{"connection timed out", "lost input connection", "connection lost", "timed out", "timeout", "connection refused", "connection reset", "lost connection", "no route to host", "network is unreachable", "could not connect", "unable to connect", "connection closed", "broken pipe", "host is down", "connection dropped", "host lookup did not complete", "read error from", "connection reset by peer", "connection went away", "connection has gone away", "connection gone away", "temporary failure in name resolution", "dns lookup", "servfail", "conversation with", "connect to ",
		// client libraries and MTA logs without a reply code (smtplib, Nodemailer, OpenSMTPD)
		"unexpectedly closed", "greeting never received", "network error", "no greeting",
		"hung up on us", "remote hung up", // (common23: zmailer's "stat=deferred remote hung up on us while 1 responses missing")
		"readtimeout", "read timeout", "opentimeout", "open timeout", "sockettimeout", "connecttimeout",
		// the server closed the connection under the client (Ruby EOFError, Go "unexpected EOF")
		"unexpected eof", "end of file reached", "eoferror"}, Cat: Network,
		Summary: "The connection to the receiving server failed or timed out."},
	{ID: "mta.no-valid-recipients", Any: []string{"no valid recipients", "valid rcpt command must precede", "all rcpt commands were rejected"}, Cat: Unknown, Actor: ActorSenderAdmin,
		Summary: "Every RCPT TO of this transaction had already been refused, so the server has no recipient for the message; the client sent DATA or BDAT anyway (with PIPELINING or CHUNKING it sends them before the RCPT TO replies arrive). This reply does not carry the cause: the RCPT TO replies do. It is not a syntax error of the client.",
		Fix: []string{"Read the RCPT TO replies of the same transaction (log lines of the same connection or queue ID; the other recipients of the bounce): each recipient was refused there, and that reply says why and whether it was temporary.",
			"If that RCPT TO reply was temporary (4xx: mailbox full, greylisting, rate limit), the recipient may succeed later: resend after the cause is gone. Some MTAs (Exim with PIPELINING or CHUNKING) bounce the recipient with this reply instead of retrying it.",
			"Nothing in the client's commands needs fixing."},
		Refs: []string{"RFC 5321 §3.3 (DATA after all RCPT TO were refused: 554 no valid recipients or 503)", "RFC 2920 (SMTP pipelining)"}},
	{ID: "exim.tainted", Any: []string{"tainted '", "tainted filename", "tainted data"}, Cat: ServerError, Actor: ActorRecipientAdmin,
		Summary: "Exim (4.94 and later) refused to use a file or directory name built from untrusted (tainted) data such as the local part: a configuration error of the delivering transport, not a problem of the message.",
		Fix: []string{"Fix the transport configuration: build the file name from a de-tainted value (a lookup result such as ${lookup{$local_part}lsearch{...}} or $local_part_data from the router's local_parts check) instead of $local_part.",
			"The message stays queued and is retried; after the fix run `exim -qff` to deliver it."},
		Refs: []string{refExim + " (chapter \"String expansions\": tainted data)"}},
	{ID: "mta.storage", Any: []string{"insufficient system storage", "insufficient disk space", "out of disk", "disk full", "insufficient system resources", "no space left",
		"space shortage"}, // Exim's check_spool_space "452 Space shortage, please try later" (mta22)
		Cat:     ServerError,
		Summary: "The receiving server is short of disk space or resources; the sending MTA retries.", Actor: ActorRecipientAdmin},
	{ID: "mta.server-error", Any: []string{"local error", "internal error", "temporary local problem", "server error", "system error", "configuration error", "server configuration problem", "loops back to myself", "temporary system problem", "system problem", "service temporarily unavailable", "temporarily unavailable", "server busy", "resources temporarily", "queue file write error", "unexpected error", "database", "lookup failure", "unable to process",
		"address is the local host"}, // Exim's "remote host address is the local host" (mta22)
		Cat: ServerError, Weak: true,
		Summary: "The receiving server reported a problem of its own."},
	// "try again later" alone is a server's word for a problem of its own,
	// but not after an application's "failed to send": that is the
	// application's advice, and names no cause (rules_final15.go)
	{ID: "mta.server-error-retry", Any: []string{"try again later", "please try again"}, Cat: ServerError, Weak: true,
		NotAlso: [][]string{final15SendFailed},
		Summary: "The receiving server reported a problem of its own."},
	{ID: "mta.syntax", Any: []string{"syntax error", "command unrecognized", "unrecognized command", "command not recognized", "bad sequence", "command not implemented", "not implemented", "line too long", "syntax:", "invalid command", "unknown command", "parameter not", "bad syntax", "address syntax"}, Cat: Syntax, Weak: true,
		Summary: "The server did not understand a command or its parameters."},
	{ID: "mta.policy", Any: []string{"policy", "not authorized", "access denied", "prohibited", "blocked", "denied", "not allowed", "rejected for", "rejected by", "forbidden", "not accepted", "banned"}, Cat: Policy, Weak: true,
		// a client library's wrapper ("SMTP Error: data not accepted.", PHPMailer) says a refusal at
		// DATA, not a policy: without the server's words it is read by the code, if any (held-out batch 9-forum)
		// nor does a client's "rejected by the server", which names no cause (held-out batch 11-lib)
		// nor a library's "<command> not accepted by the server" (held-out batch 14-engine b; rules_final15.go)
		// nor RFC 5321's own text for 553, "mailbox name not allowed", which says what is wrong
		// with an address (a sender's at MAIL FROM): the code and the stage read it (lib11.553-mail-from;
		// held-out batch 23-lead)
		Not: []string{"mailbox name not allowed", "data not accepted", "rejected by the server", "rejected by server", "rejected by the mail server", "rejected by the remote server",
			"not accepted by the server", "not accepted by server", "not accepted from server", "not accepted from the server", "not accepted by the smtp server", "not accepted by smtp server"},
		Summary: "The receiving site's local policy refused the message."},
}

// providerHosts map remote-host suffixes to providers.
var providerHosts = []struct{ Suffix, Provider string }{
	{"google.com", ProvGmail}, {"googlemail.com", ProvGmail}, {"gmail.com", ProvGmail}, {"gmail-smtp-in.l.google.com", ProvGmail},
	{"protection.outlook.com", ProvMicrosoft}, {"outlook.com", ProvMicrosoft}, {"hotmail.com", ProvMicrosoft}, {"office365.com", ProvMicrosoft}, {"microsoft.com", ProvMicrosoft}, {"live.com", ProvMicrosoft},
	{"yahoodns.net", ProvYahoo}, {"yahoo.com", ProvYahoo}, {"aol.com", ProvYahoo}, {"yahooinc.com", ProvYahoo},
	{"icloud.com", ProvApple}, {"me.com", ProvApple}, {"mac.com", ProvApple}, {"apple.com", ProvApple},
	{"mimecast.com", ProvMimecast}, {"mimecast.co.za", ProvMimecast}, {"mimecast-offshore.com", ProvMimecast},
	{"pphosted.com", ProvProofpoint}, {"ppe-hosted.com", ProvProofpoint}, {"proofpoint.com", ProvProofpoint},
	{"barracudanetworks.com", ProvBarracuda}, {"cudamail.com", ProvBarracuda}, {"barracuda.com", ProvBarracuda},
}

// providerMarkers are words in a reply text that identify the provider.
var providerMarkers = []struct{ Word, Provider string }{
	// Only words a provider's own replies carry: a recipient address such as
	// <bob@gmail.com> in another server's reply must not name the provider.
	{"gsmtp", ProvGmail}, {"support.google.com", ProvGmail}, {"google.com/mail", ProvGmail}, {"gmail requires", ProvGmail}, {".google.com", ProvGmail},
	{"protection.outlook.com", ProvMicrosoft}, {"prod.outlook.com", ProvMicrosoft}, {"sender.office.com", ProvMicrosoft}, {"go.microsoft.com", ProvMicrosoft}, {"mail.live.com", ProvMicrosoft}, {"postmaster.live.com", ProvMicrosoft}, {"aka.ms/", ProvMicrosoft}, {"office 365", ProvMicrosoft}, {"microsoft", ProvMicrosoft},
	{"resolver.adr.", ProvMicrosoft}, {"resolver.rst.", ProvMicrosoft}, {"queue.expired", ProvMicrosoft}, {"storedrv", ProvMicrosoft}, {"smtpsend.", ProvMicrosoft},
	{"yahooinc.com", ProvYahoo}, {"yahoodns", ProvYahoo}, {"help.yahoo.com", ProvYahoo}, {".yahoo.com", ProvYahoo}, {"yahoo requires", ProvYahoo}, {".aol.com", ProvYahoo},
	{"support.apple.com", ProvApple}, {".icloud.com", ProvApple}, {"icloud mail", ProvApple},
	{"mimecast", ProvMimecast},
	{"proofpoint", ProvProofpoint}, {"pphosted", ProvProofpoint},
	{"barracuda", ProvBarracuda},
}

// codeRules explain bare reply codes when no text or enhanced code tells
// more (all weak: any specific text or enhanced code wins).
var codeRules = []rule{
	{ID: "code.421", Codes: []int{421}, Cat: ServerError, Weak: true,
		Summary: "The server is not available now and closes the connection (421), without saying why: it may be shutting down or overloaded, or refusing this client for the moment — most often too many connections or a rate limit, sometimes a reputation deferral.",
		Actor:   ActorSenderAdmin, Fix: []string{"Nothing urgent: the sending MTA retries by itself.", "If it repeats, read the text after the code: rate limits and reputation deferrals also use 421; lower the connection rate to this destination.", "Check the destination from your host: `smtpgw probe domain`."},
		Refs: []string{"RFC 5321 §4.2.3, §3.8"}},
	{ID: "code.450", Codes: []int{450}, Cat: Unknown, Weak: true,
		Summary: "The mailbox is unavailable for now (busy, or temporarily blocked by policy); the sending MTA retries.",
		Actor:   ActorNone, Fix: []string{"Nothing urgent: the sending MTA retries.", "If it never succeeds, read the text: greylisting, unverified sender/recipient checks and policy deferrals use 450."},
		Refs: []string{"RFC 5321 §4.2.3"}},
	{ID: "code.451", Codes: []int{451}, Cat: ServerError, Weak: true,
		Summary: "The receiving server aborted the command for now (451 \"local error in processing\"), without saying why. Besides real local errors (a full disk, a failed lookup), 451 is used for greylisting, rate limits and temporary DNS failures; the sending MTA retries.",
		Actor:   ActorNone, Fix: []string{"Nothing urgent: the sending MTA retries; greylisting and most rate limits pass by themselves within minutes.",
			"If it persists for hours, read the full reply text for the reason, and check that the sending host resolves DNS (temporary lookup failures on either side also give 451).",
			"Then contact the recipient's postmaster with the full reply and the time."},
		Refs: []string{"RFC 5321 §4.2.3"}},
	{ID: "code.452", Codes: []int{452}, Cat: ServerError, Weak: true,
		Summary: "The receiving server has insufficient storage now, or the transaction has too many recipients; the sending MTA retries.",
		Actor:   ActorRecipientAdmin, Fix: []string{"Nothing urgent: the sending MTA retries (for too many recipients it sends the rest in a new transaction).", "If it persists, contact the recipient's postmaster."},
		Refs: []string{"RFC 5321 §4.2.3, §4.5.3.1.10"}},
	// 550 and 554 are used for every kind of refusal (RFC 5321 §4.2.3: 550
	// "mailbox unavailable ... or command rejected for policy reasons"):
	// alone they do not tell the cause, so the category stays unknown and
	// the remediation names the likely causes it covers.
	{ID: "code.550", Codes: []int{550}, Cat: Unknown, Weak: true,
		Summary: "The server refused the command permanently (550 \"mailbox unavailable\"), without saying why. RFC 5321 uses 550 for any reason: most often the recipient address does not exist or is disabled; it is also the code of refusals by policy (blocklists, failed SPF/DKIM/DMARC, a refused sender).",
		Actor:   ActorSender, Fix: []string{"Read the whole reply and the bounce: the text and the enhanced status code (5.1.1 unknown address, 5.2.1 disabled mailbox, 5.7.x policy) tell which cause it is.",
			"If the address may be wrong (the most common cause): check it for typos and confirm it with the recipient by another channel.",
			"If it is a refusal by policy: check the sending IP on blocklists and that the mail passes SPF, DKIM and DMARC (`smtpgw check domain`).",
			"Otherwise contact the recipient's postmaster with the full reply, the time and your sending IP."},
		Refs: []string{"RFC 5321 §4.2.3"}},
	{ID: "code.550.mail-from", Codes: []int{550, 553, 554}, Stages: []string{"MAIL FROM"}, Cat: Unknown, Weak: true,
		Summary: "The server refused the envelope sender (MAIL FROM) without saying why. At this stage the refusal is about the sender, not the recipient: most often the sender's domain does not exist or cannot be verified, the sender address is blocked, or it fails the receiver's SPF check.",
		Actor:   ActorSenderAdmin, Fix: []string{"Use an envelope-sender address in a domain that exists and receives mail (MX or A record); it must accept bounces if the receiver verifies senders.",
			"Check that the sending IP is allowed by the sender domain's SPF record (`dig TXT domain`).",
			"If the sender address itself is blocked, ask the recipient's postmaster with the full reply and the time."},
		Refs: []string{"RFC 5321 §4.2.3, §3.3"}},
	{ID: "code.550.data", Codes: []int{550, 554}, Stages: []string{"DATA", "END OF DATA"}, Cat: Policy, Weak: true,
		// (not when the reply says no recipient was left: rules_srv15.go)
		NotAlso: [][]string{noValidRecipientWords},
		Summary: "The server refused the message after its content was sent (at DATA), without saying why: the recipients had been accepted, so the refusal is about the message — most often a content filter (spam, a blocked attachment), a failed SPF/DKIM/DMARC check or a local policy.", Actor: ActorRecipientAdmin,
		Fix: []string{"Read the reply text and the receiver's documentation for the rule that refused it.",
			"Check that the message passes SPF, DKIM and DMARC and carries nothing a content filter refuses (links to listed domains, executable attachments).",
			"Contact the recipient's postmaster with the full reply, the time and your sending IP."},
		Refs: []string{"RFC 5321 §4.2.3, §3.3"}},
	{ID: "code.554", Codes: []int{554}, Cat: Unknown, Weak: true,
		Summary: "The transaction failed (554), without saying why (as the greeting: no SMTP service here for this client). 554 is used for refusals by policy (blocklists, reputation, content), and by some servers for unknown recipients.",
		Actor:   ActorRecipientAdmin, Fix: []string{"Read the whole reply and the bounce: the text and the enhanced status code tell which cause it is.",
			"Check your sending IP on blocklists and that the mail passes SPF, DKIM and DMARC (`smtpgw check domain`).",
			"Then contact the recipient's postmaster with the full reply, the time and your sending IP."},
		Refs: []string{"RFC 5321 §4.2.3, §3.1"}},
}
