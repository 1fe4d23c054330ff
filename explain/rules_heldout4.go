package explain

// Held-out batch 4 (issue 10): replies of mailbox providers, hosting
// providers, security gateways and ESP logs that no rule was written from.
// Its misses fell into two kinds, each fixed here as a family, not a string:
//
//   - provider code families: a provider closes a reply with a code of its
//     own that alone says the cause, while the words around it are generic
//     ("450 4.7.1 Service refused due to bad behavior (SFR_IN_104)", "421
//     HL:ICC", "550 5.7.1 [CS] Message blocked.", "Rejected (XGEMAIL_0011)").
//     The code decides, as Yahoo's [TSxx] and Cox's AUP# codes do; where a
//     provider numbers a family (SFR's last two digits, Sophos's XGEMAIL_00nn,
//     NetEase's prefix:suffix), every documented member is a keyword of the
//     rule for its cause. These rules carry a provider and a priority that
//     lifts them over the generic wording they come with.
//   - concepts (a subject and a verdict) for wording the table did not know:
//     sending volume ("too much email in a short period", "sent too many
//     e-mails"), spam said of the sender's history ("blocked by spam
//     statistics", "too much spam from your mail server", "Spam IP"), a
//     blocklist the reply says the sender is listed on, the recipient's own
//     block list (a policy, not a DNSBL), attachment and macro refusals,
//     failed logins, DNS errors, TLS demanded by the receiver.
//
// The block is kept apart from the other rule files so that rule additions
// of parallel work merge without conflicts; assembleRules places the
// provider families with the ISP rules and the concepts after conceptRules.

const (
	refNetEase     = "NetEase (163.com/126.com) postmaster: bounce code list (HL:, MI:, RP:, DT: codes)"
	refSFR         = "SFR postmaster (SFR_IN_xyy codes: yy 01 spam, 02 virus, 03 SMTP errors, 04 unknown users, 05 volume; each a two-hour block)"
	refComcast     = "https://postmaster.comcast.net/smtp-error-codes.php (Comcast error codes)"
	refMailChannel = "https://docs.mailchannels.com (MailChannels inbound and outbound SMTP error codes)"
	refSophos      = "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/ (Sophos Email: XGEMAIL codes)"
	refTrendERS    = "https://ers.trendmicro.com (Trend Micro Email Reputation Services: QIL, DUL and RBL+ lookups)"
	refUnitedInet  = "https://postmaster.web.de/en/error-messages (WEB.DE/GMX/1&1 error messages)"
	refZoho        = "https://www.zoho.com/mail/help/ (Zoho Mail delivery errors)"
	refGandi       = "https://postmaster.gandi.net (GandiMail error messages)"
	refStrato      = "https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/ (STRATO e-mail error messages)"
	refYahooOld    = "Yahoo postmaster (421 ... temporarily deferred - 4.16.5x: complaints or spam-like traffic from the IP)"
)

// codePri lifts a provider code family over the generic wording around it
// ("spam" in a help URL, "blocked", "policy", "sender rejected").
const codePri = 30

var providerFamilyRules = []rule{
	// ---- NetEase (163.com, 126.com, yeah.net) ----
	{ID: "netease.reputation", Any: []string{"hl:rep", "hl:mep", "hl:ihu", "dt:rbl"}, Cat: Reputation, Provider: "NetEase", Pri: codePri,
		Summary: "NetEase temporarily bars the sending IP address: many non-existent recipients (HL:REP), forged sender domains (HL:MEP), or a listing on a DNS blocklist (DT:RBL).",
		Fix: []string{"Clean the list of unknown addresses and stop any forged or unwanted traffic from this IP address.",
			"For DT:RBL, get the IP address delisted at the blocklist; then let the MTA retry."},
		Refs: []string{refNetEase}},
	{ID: "netease.limit", Any: []string{"hl:icc", "hl:ifc", "mi:dmc", "rp:drc", "mi:sfq", "mi:cel", "rp:cel", "mi:ccl", "rp:ccl", "hl:ifq"}, Cat: RateLimited, Provider: "NetEase", Pri: codePri,
		Summary: "NetEase limits this sender: too many connections at once (HL:ICC), too many messages in a short time (HL:IFC), too many messages or recipients on one connection (MI:DMC, RP:DRC), the sender's 15-minute quota (MI:SFQ), or too many bad commands (CEL, CCL).",
		Fix:     []string{"Send fewer messages per connection and per minute to NetEase and open fewer connections; the MTA retries deferred mail by itself."},
		Refs:    []string{refNetEase}},
	{ID: "netease.allowlist", Any: []string{"hl:ipb", "wm:bli", "wm:blu"}, Cat: Policy, Provider: "NetEase", Pri: codePri,
		Summary: "The receiver accepts mail only from IP addresses or senders on its allow list, and this one is not on it (HL:IPB, WM:BLI, WM:BLU).",
		Refs:    []string{refNetEase}},
	{ID: "netease.content", Any: []string{"dt:spm"}, Cat: SpamContent, Provider: "NetEase", Pri: codePri,
		Summary: "NetEase refused the message as spam by its content or sending pattern (DT:SPM).",
		Refs:    []string{refNetEase}},
	// ---- SFR (sfr.fr, neuf.fr, ...) ----
	{ID: "sfr.spam", Any: []string{"sfr_in_101", "sfr_in_201", "sfr_in_301", "sfr_in_401", "sfr_in_501", "sfr_in_601", "sfr_in_701", "sfr_in_801", "sfr_in_901", "sfr_in_104", "sfr_in_204", "sfr_in_304", "sfr_in_404", "sfr_in_504", "sfr_in_604", "sfr_in_704", "sfr_in_804", "sfr_in_904"}, Cat: Reputation, Provider: "SFR", Pri: codePri,
		Summary: "SFR blocks the sending IP address for two hours: too many messages classified as spam (SFR_IN_x01) or sent to unknown users (SFR_IN_x04).",
		Fix:     []string{"Stop sending to SFR for the two hours, remove unknown and complaining addresses, then resume slowly."},
		Refs:    []string{refSFR}},
	{ID: "sfr.virus", Any: []string{"sfr_in_102", "sfr_in_202", "sfr_in_302", "sfr_in_402", "sfr_in_502", "sfr_in_602", "sfr_in_702", "sfr_in_802", "sfr_in_902"}, Cat: Virus, Provider: "SFR", Pri: codePri,
		Summary: "SFR blocks the sending IP address for two hours after messages carrying viruses (SFR_IN_x02).",
		Refs:    []string{refSFR}},
	{ID: "sfr.limit", Any: []string{"sfr_in_103", "sfr_in_203", "sfr_in_303", "sfr_in_403", "sfr_in_503", "sfr_in_603", "sfr_in_703", "sfr_in_803", "sfr_in_903", "sfr_in_105", "sfr_in_205", "sfr_in_305", "sfr_in_405", "sfr_in_505", "sfr_in_605", "sfr_in_705", "sfr_in_805", "sfr_in_905"}, Cat: RateLimited, Provider: "SFR", Pri: codePri,
		Summary: "SFR blocks the sending IP address for two hours: too many SMTP errors (SFR_IN_x03) or too much volume (SFR_IN_x05).",
		Fix:     []string{"Send more slowly to SFR and fix the client's protocol errors; the MTA retries after the block."},
		Refs:    []string{refSFR}},
	// ---- Comcast ----
	{ID: "comcast.rate", Any: []string{"rl000001", "rl000010", "rl000011", "rl000100"}, Cat: RateLimited, Provider: "Comcast",
		Summary: "Comcast rate-limits this sending IP address (RL code).",
		Fix:     []string{"Send more slowly to Comcast; the MTA retries deferred mail by itself."},
		Refs:    []string{refComcast}},
	// ---- Yahoo's older diagnostic numbers ----
	{ID: "yahoo.4.16.5x", Any: []string{"deferred - 4.16.5", "deferred -4.16.5"}, Cat: Reputation, Provider: ProvYahoo, Pri: 10,
		Summary: "Yahoo deferred mail from this IP address: its mail drew complaints or looked like spam (421 ... temporarily deferred - 4.16.5x).",
		Fix:     []string{"Slow down and let the MTA retry; remove unengaged recipients and check complaint rates."},
		Refs:    []string{refYahooOld, refYahooErrors}},
	// ---- WEB.DE, GMX, 1&1 (United Internet) ----
	{ID: "unitedinternet.policy-violations", Any: []string{"reject due to policy violations"}, Cat: Reputation, Provider: "WEB.DE/GMX", Pri: 10,
		Summary: "WEB.DE/GMX refuse the sending IP address for now for its behaviour: too many messages to non-existent addresses (a bad delivery rate) or changing HELO names.",
		Fix: []string{"Remove unknown addresses from the lists and use one stable HELO name per IP address.",
			"Retry later; if it persists, ask the postmaster of WEB.DE/GMX to review the IP address."},
		Refs: []string{refUnitedInet}},
	// ---- Zoho ----
	{ID: "zoho.mailpolicy", Any: []string{"mailpolicy violation"}, Cat: Policy, Provider: "Zoho", Pri: 10,
		Summary: "Zoho's receiving policy for the recipient's mailboxes refused the message.",
		Refs:    []string{refZoho}},
	// ---- MailChannels (inbound filtering and hosting providers' outbound relay) ----
	{ID: "mailchannels.content", Any: []string{"[cs]", "[ss]"}, Cat: SpamContent, Provider: "MailChannels", Pri: codePri,
		Summary: "MailChannels blocked the message as spam by its content or a known spam signature ([CS], [SS]).",
		Fix:     []string{"Review the subject and body for spam-like wording and links; if the account sends spam unknowingly, change its password and scan the machine."},
		Refs:    []string{refMailChannel}},
	{ID: "mailchannels.reputation", Any: []string{"[rbl]", "[esa]", "[csr]", "[br]", "[s10]"}, Cat: Reputation, Provider: "MailChannels", Pri: codePri,
		Summary: "MailChannels blocks the sender: its IP address or domain is on a blocklist ([RBL], [ESA], [S10]) or the account sent too much spam or to too many invalid recipients ([CSR], [BR]).",
		Fix:     delistFix,
		Refs:    []string{refMailChannel}},
	{ID: "mailchannels.greylist", Any: []string{"[s09]"}, Cat: Greylisted, Provider: "MailChannels", Pri: codePri,
		Summary: "MailChannels greylisted the message ([S09]): a retry after a short delay is accepted.",
		Refs:    []string{refMailChannel}},
	// ---- Trend Micro Email Reputation Services ----
	{ID: "trend.ers", Any: []string{"ers-qil", "ers-dul", "ers-rbl", "ers-zombie"}, Cat: Reputation, Provider: "Trend Micro", Pri: codePri,
		Summary: "Trend Micro's Email Reputation Services list the sending IP address (QIL: quick IP lookup of spam sources, DUL: a dynamic address, RBL+).",
		Fix:     delistFix,
		Refs:    []string{refTrendERS}},
	// ---- STRATO: "Refused by local policy. No SPAM please! (B-...)" ----
	// (held-out batch 4b) the hint in brackets names what the filter found
	{ID: "strato.attachment", Any: []string{"(b-attach)"}, Cat: Policy, Provider: "STRATO", Pri: codePri,
		Summary: "STRATO refused the message for an attachment that may not be sent (B-ATTACH).", Refs: []string{refStrato}},
	{ID: "strato.content", Any: []string{"(b-url)", "(b-text)", "(b-score)", "(b-ex)"}, Cat: SpamContent, Provider: "STRATO", Pri: codePri,
		Summary: "STRATO refused the message as spam for its content: a suspicious URL (B-URL) or text (B-TEXT, B-SCORE, B-EX), signatures included.", Refs: []string{refStrato}},
	{ID: "strato.blocked", Any: []string{"no spam please"}, Not: []string{"(b-"}, Cat: Reputation, Provider: "STRATO", Pri: 10,
		Summary: "STRATO refuses mail from this sending server or sender (no content hint in the reply): a block of the sender.", Fix: delistFix, Refs: []string{refStrato}},
	// ---- Mimecast's own 4xx wording ----
	{ID: "mimecast.greylist-resource", Any: []string{"internal resource temporarily unavailable"}, Cat: Greylisted, Provider: ProvMimecast, Pri: 10,
		Summary: "Mimecast greylists the sending server (or checks its reputation): a retry after a few minutes, up to 12 hours, is accepted.",
		Refs:    []string{refMimecast}},
	// ---- Gandi: "Reject for policy reason. RULEx_y" (held-out batch 4c) ----
	{ID: "gandi.virus", Any: []string{"rule1_1", "rule1_2", "rule1_3", "rule1_4", "rule1_5", "rule1_6", "rule1_7", "rule1_8", "rule1_9"}, All: []string{"policy reason"}, Cat: Virus, Provider: "Gandi", Pri: codePri,
		Summary: "Gandi refused the message: a possible virus or malware (RULE1_x).", Refs: []string{refGandi}},
	{ID: "gandi.content", Any: []string{"rule2_1", "rule2_2", "rule2_3", "rule2_4", "rule2_5", "rule2_6", "rule2_7", "rule2_8", "rule2_9", "rule3_1", "rule3_2", "rule3_3", "rule3_4", "rule3_5", "rule3_6", "rule3_7", "rule3_8", "rule3_9"}, All: []string{"policy reason"}, Cat: SpamContent, Provider: "Gandi", Pri: codePri,
		Summary: "Gandi refused the message for its content: phishing or a scam (RULE2_x), a suspicious commercial message or a high spam score (RULE3_x).", Refs: []string{refGandi}},
	{ID: "gandi.sasl-rate", Any: []string{"sasl_rate_limit"}, Cat: RateLimited, Provider: "Gandi", Pri: codePri,
		Summary: "Gandi limits how much the authenticated account sends per period (sasl_rate_limit).", Refs: []string{refGandi}},
	// ---- Sophos Email (XGEMAIL_00nn) ----
	{ID: "sophos.auth", Any: []string{"xgemail_0001", "xgemail_0002", "xgemail_0003"}, Cat: SenderAuth, Provider: "Sophos", Pri: codePri,
		Summary: "Sophos Email refused the message for failed sender authentication (XGEMAIL_0001 DKIM, 0002 SPF, 0003 DMARC).", Refs: []string{refSophos}},
	{ID: "sophos.reputation", Any: []string{"xgemail_0004", "xgemail_0005"}, Cat: Reputation, Provider: "Sophos", Pri: codePri,
		Summary: "Sophos Email refused the sender: its IP address failed an RBL test (XGEMAIL_0004) or its domain a DBL test (0005).", Fix: delistFix, Refs: []string{refSophos}},
	{ID: "sophos.tls", Any: []string{"xgemail_0006"}, Cat: TLSRequired, Provider: "Sophos", Pri: codePri,
		Summary: "Sophos Email refused the message: the TLS version did not match the recipient's policy (XGEMAIL_0006).", Refs: []string{refSophos}},
	{ID: "sophos.blocklist", Any: []string{"xgemail_0008", "xgemail_0009"}, Cat: Policy, Provider: "Sophos", Pri: codePri,
		Summary: "Sophos Email refused the message: the sender's domain, IP address or address is on the recipient admin's or user's block list (XGEMAIL_0008, 0009).", Refs: []string{refSophos}},
	{ID: "sophos.not-protected", Any: []string{"xgemail_0010"}, Cat: RelayDenied, Provider: "Sophos", Pri: codePri,
		Summary: "Sophos Email refused the message: the recipient's domain is not a domain it protects (XGEMAIL_0010).", Refs: []string{refSophos}},
	{ID: "sophos.no-user", Any: []string{"xgemail_0011"}, Cat: UserUnknown, Provider: "Sophos", Pri: codePri,
		Summary: "Sophos Email refused the message: the recipient address does not exist in the protected domain (XGEMAIL_0011).", Refs: []string{refSophos}},
	{ID: "sophos.size", Any: []string{"xgemail_0012"}, Cat: MessageTooBig, Provider: "Sophos", Pri: codePri,
		Summary: "Sophos Email refused the message: it exceeds the allowed size (XGEMAIL_0012).", Refs: []string{refSophos}},
	{ID: "sophos.rate", Any: []string{"xgemail_0014", "xgemail_0015"}, Cat: RateLimited, Provider: "Sophos", Pri: codePri,
		Summary: "Sophos Email refused the message: the recipient's inbound rate limit, for one sender (XGEMAIL_0014) or for all senders (0015), was exceeded.", Refs: []string{refSophos}},
}

var conceptRules4 = []rule{
	// sending volume, said in words the rate rule does not list
	{ID: "concept.volume", Any: []string{"too much email", "too much mail", "too many e-mails", "too many e-mail", "too many mails", "excessive volume", "unexpected volume",
		"excessive amount of mail", "excessive mail volume", "sent too many", "send too many", "received too many", "too many messages"},
		Not: []string{"spam", "complaint", "unknown", "invalid", "errors", "hops", "received headers", "loop", "mail data"},
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The receiver limits how much mail it takes from this sender (or for this recipient) in a period of time."},
	// spam said of the sender's history: its statistics, its complaints, its IP
	{ID: "concept.spam-history", Any: []string{"spam statistics", "spam statistic", "too many spam", "too much spam", "spam complaints", "spam reports", "spam ip", "spamming ip",
		"blocked for abuse", "abuse detected"},
		// a filter's hedged verdict on this message ("Possible email abuse
		// detected", held-out batch 15-prov) is no history of the sender
		Not: possibleAbuse,
		Cat: Reputation, Pri: 20,
		Summary: "The receiver blocks the sender for what it has sent before (spam statistics, complaints, abuse): a reputation block, not a verdict on this message's content."},
	// the reply says the sender's domain or IP address is on a list
	{ID: "concept.domain-listed", Any: []string{"domain is blacklisted", "domain is blocklisted", "domain blacklisted", "domain is listed", "ip is blacklisted", "ip is blocklisted", "ip blacklisted"},
		Cat: Reputation, Pri: 10,
		Summary: "The sending domain or IP address is on a blocklist the receiver uses."},
	{ID: "concept.listed-on", Any: []string{"is listed on", "is listed in", "listed on the", "listed in the", "found on one or more", "present in the"},
		With: []string{"block list", "blocklist", "blacklist", "black list", "dnsbl", "rbl", "xbl", "sbl", "pbl", "exploits block"},
		Not:  []string{"not listed", "domino directory", "address book", "url", "uri", "link", "message contained", "message contains"},
		Cat:  Reputation, Pri: 4,
		Summary: "The sending IP address is on a DNS blocklist the receiver uses."},
	// (held-out batch 4c) the sender's host said to be infected or to send spam,
	// or to harvest addresses: its reputation, not this message
	{ID: "concept.sender-infected", Any: []string{"you", "your computer", "your machine", "your system", "your host", "your server", "your pc", "sending host", "client host"},
		With: []string{"may be infected", "maybe infected", "is infected", "seems infected", "seems to be infected", "is compromised", "may be compromised"},
		Not:  []string{"message", "attachment", "file", "mail contains", "email contains"},
		Cat:  Reputation, Pri: 20,
		Summary: "The receiver refuses the sending host as infected or compromised (it sent malware or spam): a reputation block, not a verdict on this message."},
	{ID: "concept.sender-host-abuse", Any: []string{"infected host", "infected machine", "compromised host", "sending large quantities of spam", "quantities of spam", "is sending spam", "are sending spam", "been sending spam",
		"dictionary attack", "directory harvest", "address harvesting", "harvesting addresses", "probing for email addresses", "probing for e-mail addresses"},
		Cat: Reputation, Pri: 20,
		Summary: "The receiver refuses the sending host for its behaviour (an infected or compromised machine, spam, harvesting addresses): a reputation block, not a verdict on this message."},
	{ID: "concept.ip-reject", Any: []string{"ip reject", "ip rejected", "ip is rejected", "ip blocked", "ip is blocked", "ip banned", "ip denied"},
		Not: []string{"relay", "authenticat", "too many", "rate"},
		Cat: Reputation, Pri: conceptPri,
		Summary: "The receiver refuses the sending IP address (its own blacklist or reputation)."},
	// an address called malformed is its syntax (a malformed message is
	// rfc-noncompliant)
	{ID: "concept.address-syntax", Any: []string{"malformed address", "malformed local part", "malformed recipient", "malformed email address", "malformed e-mail address"},
		Not: []string{"header"},
		Cat: Syntax, Pri: 10,
		Summary: "The address is not a syntactically valid e-mail address (spaces, accents, quotes, a missing part)."},
	{ID: "concept.address-invalid", Any: []string{"not a valid address", "not a valid email address", "not a valid e-mail address", "not a valid recipient"},
		Not: []string{"sender", "mail from", "from address", "return", "syntax"},
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address is not valid at the receiving server."},
	// qmail's and others' queue expiry said on one line with the last error:
	// the outcome decides over the error it names (as X.4.7 does)
	{ID: "concept.queue-too-long", Any: []string{"in the queue too long", "been in the queue too long", "too long in the queue"},
		Cat: Expired, Pri: codePri,
		Summary: "The message stayed in the sending queue too long and was returned; the words before say the last error."},
	{ID: "concept.helo-fqdn", Any: []string{"helo", "ehlo"}, With: []string{"fqdn", "fully qualified", "fully-qualified"},
		Not: []string{"say helo", "send helo"},
		Cat: RFCNoncompliant, Weak: true, Pri: conceptPri,
		Summary: "The HELO/EHLO name must be a fully-qualified domain name (or an address literal)."},
	// the recipient's (or its domain's) own list of refused senders: the
	// recipient's choice, not a DNSBL listing of the sender
	{ID: "concept.recipient-blocklist", Any: []string{"sender is blacklisted", "sender blacklisted", "domain's blacklist", "domain's block list", "user's reject list", "user's blacklist",
		"user's block list", "recipient's blacklist", "recipient's block list", "personal blacklist", "personal block list", "blocked senders list", "reject list",
		"has blacklisted", "have blacklisted", "has blocklisted", "has blocked you"},
		Not: []string{"ip", "dnsbl", "rbl", "spamhaus", "client host", "blocked using", "spamcop", "barracuda", "listed at", "listed in"},
		Cat: Policy, Pri: codePri, Actor: ActorRecipient,
		Summary: "The recipient (or its domain) has the sender on its own block list: a choice of the receiving side, not a blocklist listing of the sending IP address.",
		Fix: []string{"Ask the recipient by another channel to remove the sender from the block list.",
			"Do not resend until then: the same refusal follows."}},
	// attachments and macros refused by the receiver's policy
	{ID: "concept.attachment-policy", Any: []string{"attachment", "attachments", "file type", "file extension", "macros", "vba macro", "office file", "executable"},
		With: []string{"rejected", "blocked", "not allowed", "not permitted", "forbidden", "prohibited", "refused", "banned", "disallowed", "found", "containing", "contains"},
		Not:  []string{"virus", "malware", "infected", "trojan", "too large", "too big", "size", "exceed", "limit"},
		Cat:  Policy, Weak: true, Pri: conceptPri,
		Summary: "The receiver's policy refuses the attachment (its type, an executable, or Office macros), whatever its content."},
	// a failed login in words the auth rule does not list
	{ID: "concept.auth-failed", Any: []string{"authentication", "login", "logon", "password", "credentials"},
		With: []string{"fail", "failed", "failure", "failures", "incorrect", "wrong", "invalid",
			// credentials an API "could not validate" (Tencent Cloud's AuthFailure.SignatureFailure; held-out batch 23-tail)
			"could not be validated", "cannot be validated", "could not validate", "could not be verified"},
		// (a password or login the application's own message reports, a reset
		// password or the account details of a sign-up, is no login that
		// failed: held-out batch 15-app)
		Not: []string{"spf", "dkim", "dmarc", "arc", "sender authentication", "unauthenticated", "not authenticated", "authentication required", "must authenticate", "relay",
			"reset password", "password reset", "reset the password", "reset your password", "new password", "account details", "your account details"},
		Cat: AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "SMTP authentication failed (too many failed logins may bar the account or IP address for a while)."},
	// the sending IP address named as blocked or filtered
	{ID: "concept.ip-blocked", Any: []string{"your ip", "sending ip", "client ip", "this ip", "the ip", "ip address"},
		With: []string{"is filtered", "filtered", "blocked", "banned", "blacklisted", "blocklisted", "block listed", "has been listed", "labeled as", "labelled as"},
		Not:  []string{"too many", "rate", "connections", "reverse", "ptr", "rdns", "dynamic", "whitelist", "allow list", "allowed list", "relay", "authenticat"},
		Cat:  Reputation, Pri: conceptPri,
		Summary: "The receiver filters or blocks the sending IP address (its reputation)."},
	// a mailbox that exists but is inactive or disabled, refused under an
	// addressing code (5.1.1, used by many providers for disabled accounts
	// too): the wording names the state, more than "does not exist"
	{ID: "concept.mailbox-inactive", Enh: []string{"X.1.1"}, Any: mailboxSubjects,
		With: []string{"inactive", "disabled", "deactivated", "suspended", "locked", "frozen"},
		// (batch 27-common: a "disabled catch-all" is the domain's setting, not the mailbox's state)
		Not: []string{"your account", "sender", "sending", "catch-all", "catchall"},
		Cat: MailboxDisabled, Pri: conceptPri,
		Summary: "The recipient's mailbox exists but is inactive or disabled, and accepts no mail."},
	// a recipient marked invalid
	{ID: "concept.user-invalid", Any: mailboxSubjects, With: []string{"marked as invalid", "marked invalid", "flagged as invalid", "listed as invalid"},
		Not: []string{"sender", "mail from", "domain", "host"},
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address is not valid at the receiving server."},
	// DNS errors at the receiver, not a verdict on the domain's existence
	{ID: "concept.dns-error", Any: []string{"dns", "resolving", "name resolution", "name server", "nameserver", "resolver"},
		With: []string{"error", "failure", "failed", "timeout", "timed out", "servfail"},
		Not: []string{"nxdomain", "not found", "does not exist", "no such", "unknown host", "host unknown", "no mx", "ptr", "reverse", "rdns", "spf", "dmarc", "dkim",
			"sender", "helo", "client host", "your ip",
			// a DSN's address type ("Reporting-MTA: dns; mx.example") is no word about DNS (rules_final20.go)
			"mta: dns;", "mta: dns ;", "mta:dns;"},
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "A DNS lookup failed for now at the receiving or sending side; the MTA retries."},
	// TLS demanded by the receiver
	{ID: "concept.tls-required", Any: []string{"encrypted smtp", "encrypted connection", "encrypted session", "encryption", "tls", "starttls"},
		With: []string{"required", "is required", "must", "mandatory", "requires"},
		Not:  []string{"not required"},
		Cat:  TLSRequired, Weak: true, Pri: conceptPri,
		Summary: "The receiver (or the sender domain's policy) requires an encrypted (TLS) session, and this one was not."},
	// a scanner's verdict on unsafe content (ClamAV heuristics, phishing signatures)
	{ID: "concept.unsafe-content", Any: []string{"unsafe content", "malicious content", "dangerous content", "heuristics."}, Cat: Virus, Pri: 10,
		Summary: "The receiver's scanner found unsafe content (malware or a phishing signature) in the message."},
	// (held-out batch 4b) phishing is a verdict on the content
	{ID: "concept.phishing", Any: []string{"phishing", "phish attempt"}, Cat: SpamContent, Weak: true, Pri: conceptPri,
		Summary: "The receiver's filter took the message for phishing (its content or links)."},
	// storage said to be used up, in words the table does not list
	{ID: "concept.storage-exhausted", Any: []string{"storage space", "mailbox space", "disk space", "storage", "quota"},
		With: []string{"exhausted", "used up", "ran out", "run out", "no space left"},
		Not:  []string{"sending", "daily", "hourly", "rate", "system storage", "server"},
		Cat:  MailboxFull, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox has used up its storage."},
	// a refusal of the client's access to the whole system is about the sender
	// (its IP address or reputation), as Cisco's "Your access to this mail
	// system has been rejected due to the sending MTA's poor reputation"
	{ID: "concept.access-rejected", Any: []string{"your access to"}, With: []string{"rejected", "denied", "blocked", "refused"},
		Cat: Reputation, Pri: conceptPri,
		Summary: "The receiver refuses this sending server access altogether (its IP address or reputation), not this message."},
	{ID: "concept.connect-refused", Any: []string{"not allowed to connect", "not permitted to connect", "may not connect", "connections not allowed", "connection not allowed"},
		Cat: Reputation, Weak: true, Pri: conceptPri,
		Summary: "The receiver does not let this sending host connect at all (its IP address, network or reputation)."},
	// a temporary error while a check ran is not the check failing
	{ID: "concept.check-temperror", Any: []string{"temporary error occurred during", "temporary error during", "temporary failure during", "temperror", "temporary lookup error"},
		With: []string{"spf", "dkim", "dmarc", "verification", "lookup", "check"},
		Cat:  Network, Pri: 10,
		Summary: "A check at the receiver (SPF, DKIM, DMARC or a lookup) could not finish for now (a temporary DNS error); the MTA retries."},
	// a content filter that names spam and viruses together is a content verdict
	{ID: "concept.spam-or-virus", Any: []string{"spam or virus", "spam/virus", "virus or spam", "spam and virus", "spam & virus"},
		Cat: SpamContent, Pri: 10,
		Summary: "The receiver's content filter (spam and virus scanning) refused the message."},
	// the recipient's mailbox storage named with a mailbox-full enhanced code:
	// "quota" there is the storage quota, not a sending limit
	{ID: "concept.quota-full", Enh: []string{"X.2.2"}, Any: []string{"quota", "storage", "speicherplatz", "capacity", "disk space"},
		Not: []string{"sending", "send ", "daily", "hourly", "per hour", "per day", "submission", "outbound", "rate"},
		// below the table's own mailbox-full phrases (whose summaries say
		// more), above the generic rate wording it exists to outrank
		Cat: MailboxFull, Pri: -8,
		Summary: "The recipient's mailbox is over its storage quota."},
	// a quota said of the mailbox, the account or its storage, without an
	// enhanced code ("the mailbox of this recipient is over its quota",
	// "quota exceeded for this mailbox"): the storage quota, not a sending
	// limit, which is said of the sender or of messages per period
	{ID: "concept.mailbox-quota", Any: []string{"quota"},
		With: []string{"mailbox", "inbox", "postfach", "account", "recipient", "storage", "disk"},
		Not: []string{"sending", "send ", "sender", "daily", "hourly", "per hour", "per day", "per minute", "submission", "outbound", "rate", "message quota", "messages", "recipients quota", "connection",
			// a count of recipients is a sending quota, not the mailbox's storage (Google Groups' "quota for total
			// number of external recipients", held-out batch 16-bigprov b; rules_bigprov16.go)
			"number of", "external recipients", "quota of recipients", "recipient quota"},
		Cat: MailboxFull, Pri: -8,
		Summary: "The recipient's mailbox is over its storage quota."},
}
