package explain

import "strings"

// Held-out batch 9, isp (issue 10): mailbox providers', ISPs' and hosting
// providers' own documented codes (heldout9-isp.tsv). Its first run showed
// the kinds of the earlier provider batches again:
//
//   - a code family whose number names the cause while the words around it
//     are generic ("421 4.2.1 Connection deferred ELNK_136", "550 5.7.1
//     Connection refused OXSUS0001_105"): Vade Secure's postmaster codes,
//     used by every platform Vade filters (EarthLink's ELNK_, Open-Xchange's
//     OXSUS/OXSEU), share one numbering, so one code reader (vadeCode) gives
//     the token of the cause whatever the platform's prefix; BlueTie's
//     BL000n codes are read the same way (they would otherwise be a prefix
//     of Comcast's BL0001nn); Iridis' mailRelay prefixes (SND-VFY, MSG-EXT,
//     HST-RTE, ...) are one rule per cause;
//   - blocklists named by their operator's product (the Vade Threat List,
//     Validity's and Return Path's reputation lists);
//   - concepts: an IP address literal said to be blocked, spam abuse of
//     the sender, a blacklisted file extension or a refused attachment type
//     (policy, even when malware is named as the motive), the sender's mail
//     server without a valid DNS entry, characters not allowed in an
//     address, a sender that must be the authenticated user.

const (
	refVadeEarthLink = "https://postmaster-earthlink.vadesecure.com/inbound_error_codes (EarthLink postmaster, Vade Secure: ELNK_nnn codes)"
	refVadeOX        = "https://postmaster-oxseu.vadesecure.com/inbound_error_codes (Open-Xchange postmaster, Vade Secure: OXSEU/OXSUS codes)"
	refBlueTie       = "https://mxtoolbox.com/Bouncebacks (BlueTie bouncebacks: BL0001-BL0005)"
	refIridis        = "https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254 (Iridis mailRelay response prefixes)"
	refAOLErrors     = "http://postmaster.info.aol.com/errors/ (AOL postmaster: RTR, HVU, RLY, DYN blocks)"
	refBluehost      = "https://www.bluehost.com/help/article/what-does-my-email-bounce-mean (Bluehost: GL/GL greylisting, GL/BL blacklisted by the recipient)"
	refForpsi        = "https://support.konto.pl/kb/a2765/blad-policy-violation-e-maile-w-kolejce-z-adresu-ip.aspx (Forpsi: policy violation, SMTP blocked for 60 minutes)"
	refYandexBounce  = "https://yandex.com/support/yandex-360/customers/mail/en/bounces/yandex (Yandex: report on non-delivery to Yandex)"
)

// Tokens of the Vade Secure code family (vadeCode) and of BlueTie's codes.
const (
	tokVadeReputation = "vade code reputation"
	tokVadePTR        = "vade code ptr"
	tokVadeLimit      = "vade code limit"
	tokVadeServer     = "vade code server"
	tokVadeAuth       = "vade code auth"
	tokVadeHELO       = "vade code helo"
	tokVadeUser       = "vade code user"
	tokBlueTieBlock   = "bluetie code block"
	tokIPLiteral      = "ip address literal"
	tokAOLReputation  = "aol code reputation"
	tokAOLContent     = "aol code content"
)

// aolCode finds AOL's legacy block codes: three capital letters naming the
// kind of block, a colon and two capitals or digits ("RLY:B1", "(DYN:T1)",
// "554HVU:B4" glued to its reply code). The prefix names the cause: RTR
// (dynamic, residential or compromised sending IP addresses), RLY (member
// complaints over the threshold) and DYN (dynamic IP addresses) are blocks
// of the sending host; HVU blocks a domain named in the message's content.
// CON with a B (CON:B1) blocks the connecting IP. Other prefixes (DNS,
// IPT, CON's other kinds, ...) give no token.
func aolCode(text string) string {
	for from := 0; from < len(text); {
		k := strings.IndexByte(text[from:], ':')
		if k < 0 {
			return ""
		}
		k += from
		from = k + 1
		if k < 3 || k+3 > len(text) {
			continue
		}
		p := text[k-3 : k]
		if k > 3 && isAlpha(text[k-4]) {
			continue // a longer word before the colon
		}
		a, b := text[k+1], text[k+2]
		if !(isUpperOrDigit(a) && isUpperOrDigit(b)) || k+3 < len(text) && isAlnum(text[k+3]) {
			continue
		}
		switch p {
		case "RTR", "RLY", "DYN":
			return tokAOLReputation
		case "HVU":
			return tokAOLContent
		case "CON":
			// CON:B1 and its kind: the connecting IP blocked (AOL's
			// error page 554conb1; held-out batch 20-prov)
			if a == 'B' {
				return tokAOLReputation
			}
		}
	}
	return ""
}

func isUpperOrDigit(c byte) bool { return c >= 'A' && c <= 'Z' || isDigit(c) }

// vadeToken is the token of a documented Vade number (the three digits
// after the underscore), or "".
func vadeToken(n int) string {
	switch n {
	case 101, 102, 111, 130, 134:
		// listed on the Vade Threat Network, Validity or Spamhaus lists; a
		// source of unacceptable messages; part of SMTP AUTH attacks
		return tokVadeReputation
	case 105, 108:
		return tokVadePTR // reverse DNS, forward-confirmed reverse DNS
	case 110, 136, 139, 140:
		return tokVadeLimit // concurrent connections, volume, connections, messages
	case 103:
		return tokVadeServer // the server is temporarily unavailable
	case 200:
		return tokVadeAuth // the authentication method is not supported
	case 201:
		return tokVadeHELO // the HELO/EHLO string is unacceptable
	case 403:
		return tokVadeUser // no such user (or an invalid RCPT TO address)
	}
	return ""
}

// vadePrefixes are the platform prefixes of Vade's postmaster sites. A
// prefix may carry a number ("OXSUS0001_403", "OXSUS001_403").
var vadePrefixes = [...]string{"elnk", "oxsus", "oxseu", "oxs"}

// vadeCode finds a Vade postmaster code: a platform prefix at the start of
// a word, up to four digits, "_" and three digits not followed by another
// letter or digit.
func vadeCode(text string) string {
	for from := 0; from < len(text); {
		k := strings.IndexByte(text[from:], '_')
		if k < 0 {
			return ""
		}
		k += from
		from = k + 1
		j := k
		for j > 0 && k-j < 4 && isDigit(text[j-1]) {
			j--
		}
		var start int = -1
		for _, p := range vadePrefixes {
			if j >= len(p) && strings.EqualFold(text[j-len(p):j], p) {
				start = j - len(p)
				break
			}
		}
		if start < 0 || start > 0 && (isAlnum(text[start-1]) || text[start-1] == '_') {
			continue
		}
		if n, ok := digitsAt(text, k+1, 3); ok && (k+4 == len(text) || !isAlnum(text[k+4])) {
			if tok := vadeToken(n); tok != "" {
				return tok
			}
		}
	}
	return ""
}

// blueTieCode finds BlueTie's "BL0001" to "BL0005" as a word of its own
// (Comcast's six-digit BL000001, BL000100 are not these).
func blueTieCode(text string) string {
	for from := 0; from+6 <= len(text); {
		k := strings.Index(text[from:], "BL000")
		if k < 0 {
			k = strings.Index(text[from:], "bl000")
		}
		if k < 0 {
			return ""
		}
		k += from
		from = k + 1
		if k > 0 && (isAlnum(text[k-1]) || text[k-1] == '_') || k+6 > len(text) {
			continue
		}
		if d := text[k+5]; d >= '1' && d <= '5' && (k+6 == len(text) || !isAlnum(text[k+6])) {
			return tokBlueTieBlock
		}
	}
	return ""
}

// ipLiteral reports "IP" (or "IP address") followed by an IPv4 literal, in
// brackets or not: "IP 198.51.100.12 is blocked", "IP [192.0.2.1]". The
// words around an address literal cannot be a keyword of their own.
func ipLiteral(text string) string {
	for from := 0; from < len(text); {
		k := strings.Index(text[from:], "IP")
		if k < 0 {
			k = strings.Index(text[from:], "ip")
		}
		if k < 0 {
			return ""
		}
		k += from
		from = k + 2
		if k > 0 && isAlnum(text[k-1]) {
			continue
		}
		i := k + 2
		if strings.HasPrefix(text[i:], " address") {
			i += len(" address")
		}
		if i < len(text) && text[i] == ':' {
			i++
		}
		for i < len(text) && (text[i] == ' ' || text[i] == '[' || text[i] == '(') {
			i++
		}
		if i == k+2 {
			continue // "IP" glued to the next word
		}
		if ipv4At(text, i) {
			return tokIPLiteral
		}
	}
	return ""
}

// ipv4At reports four dot-separated decimal groups at text[i:].
func ipv4At(text string, i int) bool {
	for g := 0; g < 4; g++ {
		n := 0
		for i < len(text) && isDigit(text[i]) && n < 3 {
			i++
			n++
		}
		if n == 0 {
			return false
		}
		if g < 3 {
			if i >= len(text) || text[i] != '.' {
				return false
			}
			i++
		}
	}
	return i == len(text) || !isDigit(text[i])
}

// attachmentTypeFix is what to do about an attachment refused by its type.
var attachmentTypeFix = []string{"Do not send the file as an attachment: share it by link, or ask the recipient's admin which types are allowed.",
	"Zipping or renaming the file usually does not help: gateways look inside archives and at the real file type."}

// isp9Rules is built when the rule table is (assembleRules).
var isp9Rules = []rule{
	// ---- Vade Secure postmaster codes (ELNK_, OXSUS, OXSEU) ----
	{ID: "vade.code-reputation", Any: []string{tokVadeReputation}, Cat: Reputation, Provider: "Vade Secure", Pri: codePri,
		Summary: "The receiver (filtered by Vade Secure) refuses the sending IP address: it is on the Vade Threat Network, Validity or Spamhaus lists (101, 102, 111), or it sent unacceptable messages or took part in SMTP AUTH attacks (130, 134).",
		Fix:     delistFix,
		Refs:    []string{refVadeEarthLink, refVadeOX}},
	{ID: "vade.code-ptr", Any: []string{tokVadePTR}, Cat: PTRRequired, Provider: "Vade Secure", Pri: codePri,
		Summary: "The receiver (filtered by Vade Secure) requires reverse DNS for the sending IP address (105), forward-confirmed (108).",
		Refs:    []string{refVadeEarthLink, refVadeOX}},
	{ID: "vade.code-limit", Any: []string{tokVadeLimit}, Cat: RateLimited, Provider: "Vade Secure", Pri: codePri,
		Summary: "The receiver (filtered by Vade Secure) limits this sender: too many connections at once (110) or in a period (139), too much volume (136) or too many messages (140); the MTA retries.",
		Fix:     []string{"Open fewer connections at once and send more slowly; let the MTA retry deferred mail."},
		Refs:    []string{refVadeEarthLink, refVadeOX}},
	{ID: "vade.code-server", Any: []string{tokVadeServer}, Cat: ServerError, Provider: "Vade Secure", Pri: codePri,
		Summary: "The receiving server (filtered by Vade Secure) is temporarily unavailable (103); the MTA retries.",
		Refs:    []string{refVadeEarthLink, refVadeOX}},
	{ID: "vade.code-auth", Any: []string{tokVadeAuth}, Cat: AuthFailed, Provider: "Vade Secure", Pri: codePri,
		Summary: "The submission server refused the login: the authentication method is not supported (200).",
		Fix:     []string{"Use an authentication mechanism the server offers in its EHLO reply, over TLS."},
		Refs:    []string{refVadeEarthLink}},
	{ID: "vade.code-helo", Any: []string{tokVadeHELO}, Cat: RFCNoncompliant, Provider: "Vade Secure", Pri: codePri,
		Summary: "The server refused the HELO/EHLO name the client sent (201): use a fully-qualified name that resolves.",
		Refs:    []string{refVadeEarthLink, refVadeOX}},
	{ID: "vade.code-user", Any: []string{tokVadeUser}, Cat: UserUnknown, Provider: "Vade Secure", Pri: codePri,
		Summary: "The recipient address does not exist at the receiver, or is not a valid address (Vade code 403).",
		Refs:    []string{refVadeOX}},

	// ---- BlueTie BL0001-BL0005 ----
	{ID: "bluetie.code-block", Any: []string{tokBlueTieBlock}, Cat: Reputation, Provider: "BlueTie", Pri: codePri,
		Summary: "BlueTie blocks the sending IP address: listed by Cloudmark CSI (BL0001), SpamCop (BL0002), Return Path (BL0003), BlueTie's own list (BL0004), or blocked for policy violations such as invalid recipients and too many connections (BL0005).",
		Fix:     delistFix,
		Refs:    []string{refBlueTie}},

	// ---- blocklists named by their operator's product ----
	{ID: "bl.vade-validity", Any: []string{"vade threat list", "vade threat network", "blocked by validity", "validity blocklist", "senderscore.org/blocklist", "return path reputation network", "returnpath reputation network"},
		Cat: Reputation, Blocklist: "Vade/Validity", Pri: 20,
		Summary: "The sending IP address is on a reputation blocklist the receiver uses (the Vade Threat List, or Validity's/Return Path's reputation network).",
		Fix:     delistFix, Refs: []string{refVadeOX}},

	// ---- Iridis mailRelay response prefixes ----
	{ID: "iridis.hst-rte", Any: []string{"hst-rte"}, Cat: RateLimited, Provider: "Iridis", Pri: codePri,
		Summary: "The relay limits this account's sending rate per hour or per day (HST-RTE); retry later.", Refs: []string{refIridis}},
	{ID: "iridis.snd-nul", Any: []string{"snd-nul"}, Cat: Reputation, Provider: "Iridis", Pri: codePri,
		Summary: "The relay refuses the sender for a high rate of null-sender (bounce) messages, typical of a compromised host (SND-NUL).",
		Fix:     []string{"Find the source of the bounces (a compromised account or host, a backscatter loop) and stop it."}, Refs: []string{refIridis}},
	{ID: "iridis.snd-vfy", Any: []string{"snd-vfy"}, Cat: SenderInvalid, Provider: "Iridis", Pri: codePri,
		Summary: "The relay refused the sender: its domain does not resolve in DNS (SND-VFY).", Refs: []string{refIridis}},
	{ID: "iridis.msg-dom", Any: []string{"msg-dom"}, Cat: SenderInvalid, Provider: "Iridis", Pri: codePri,
		Summary: "The relay refused the message: its envelope or header From address is not in a domain authorised for this relay (MSG-DOM).",
		Fix:     []string{"Send only as addresses in the domains the relay account is set up for, or add the domain to the account."}, Refs: []string{refIridis}},
	{ID: "iridis.msg-rfc", Any: []string{"msg-rfc"}, Cat: RFCNoncompliant, Provider: "Iridis", Pri: codePri,
		Summary: "The relay refused the message: it does not conform to RFC 2822 (MSG-RFC).", Refs: []string{refIridis}},
	{ID: "iridis.msg-ext", Any: []string{"msg-ext"}, Cat: Policy, Provider: "Iridis", Pri: codePri,
		Summary: "The relay refuses attachments with high-risk file extensions (exe, scr, bat, js, ...) by its policy (MSG-EXT).",
		Actor:   ActorSender, Fix: attachmentTypeFix, Refs: []string{refIridis}},

	// ---- Yandex's documented meaning of a policy phrase ----
	{ID: "yandex.policy-rejection-target", Any: []string{"policy rejection on the target address"}, Cat: MailboxDisabled, Provider: "Yandex", Pri: codePri,
		Summary: "Yandex: the recipient's account is blocked (for a violation of the user agreement) and takes no mail.",
		Fix:     []string{"Contact the recipient by another channel; the account owner can unblock it."}, Refs: []string{refYandexBounce}},

	// ---- AOL's legacy block codes (aolCode) ----
	{ID: "aol.code-block", Any: []string{tokAOLReputation}, Cat: Reputation, Provider: "AOL", Pri: codePri,
		Summary: "AOL blocks the sending IP address: a dynamic or residential address (DYN, RTR:DU/BB), a compromised host (RTR:CH), or member complaints over the threshold (RLY:B1, a block lifted within 24 hours once complaints drop).",
		Fix:     delistFix, Refs: []string{refAOLErrors}},
	{ID: "aol.code-url", Any: []string{tokAOLContent}, Cat: SpamContent, Provider: "AOL", Pri: codePri,
		Summary: "AOL refuses the message for a domain named in its content that draws member complaints (HVU): find the domain and remove it, or ask AOL to unblock it.",
		Refs:    []string{refAOLErrors}},

	// ---- Bluehost's GL/xx filter codes (held-out 9b) ----
	{ID: "bluehost.gl-greylist", Any: []string{"gl/gl"}, Cat: Greylisted, Provider: "Bluehost", Pri: codePri,
		Summary: "The recipient's account uses greylisting (GL/GL): the retry is accepted.", Refs: []string{refBluehost}},
	{ID: "bluehost.gl-blacklist", Any: []string{"gl/bl"}, Cat: Policy, Provider: "Bluehost", Pri: codePri, Actor: ActorRecipient,
		Summary: "The recipient has the sender on its own blacklist (GL/BL): a choice of the recipient, not a DNS blocklist listing.",
		Fix:     []string{"Ask the recipient by another channel to remove the sender from the blacklist."}, Refs: []string{refBluehost}},

	// ---- Forpsi's "policy violation" (its help articles: sending limits) ----
	{ID: "forpsi.policy-violation", Any: []string{"support.forpsi"}, With: []string{"policy violation", "naruszenie zasad", "porušení pravidel"},
		Cat: RateLimited, Provider: "Forpsi", Pri: codePri,
		Summary: "Forpsi blocked SMTP for this account or IP address for about an hour: too many messages, or too many of them undeliverable, in the last hour (a spam-source pattern).",
		Fix:     []string{"Wait for the block to lapse; check the account for a compromised password and the list for invalid addresses."},
		Refs:    []string{refForpsi}},

	// ---- concepts ----
	// a sending limit in words of its own ("max messages per session",
	// "Your mail limit has been reached", "restricted due to heavy
	// usage", "Policy Rejection- Quota Exceeded")
	{ID: "concept.per-session-limit", Any: []string{"messages per session", "messages per connection", "mails per session", "emails per session", "recipients per session"},
		With: []string{"max", "maximum", "limit", "too many", "exceeded", "reached"},
		Cat:  RateLimited, Pri: 10,
		Summary: "The receiver limits the messages (or recipients) per session from this sender; the MTA sends the rest in new sessions."},
	{ID: "concept.send-limit-reached", Any: []string{"mail limit", "send limit", "sending limit", "message limit", "email limit", "e-mail limit", "mailing limit", "outgoing limit",
		// the plural of a platform's limit ("exceeded_emails_limit", Discourse; held-out batch 20-codeless b)
		"emails limit", "messages limit", "mails limit"},
		With: []string{"reached", "exceeded", "hit the", "over the"},
		Not:  []string{"size", "mailbox", "storage"},
		Cat:  RateLimited, Pri: 10,
		Summary: "The sending account has reached its sending limit for the period; sending resumes after it."},
	{ID: "concept.heavy-usage", Any: []string{"heavy usage", "excessive usage", "excessive use", "abnormal usage"},
		Not: []string{"storage", "disk", "mailbox"},
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The server restricts this client for heavy use (too many messages or connections); wait, or authenticate to send."},
	{ID: "concept.policy-quota", Any: []string{"policy rejection", "policy reject"}, With: []string{"quota exceeded", "quota reached", "over quota"},
		Not: []string{"mailbox", "storage", "disk"},
		Cat: RateLimited, Pri: 20,
		Summary: "The submission server refuses the message by its sending policy: the account's outgoing quota is used up."},
	// (held-out 9c) a refusal that says how to get the block lifted
	// ("Please visit ... to request removal", "request delisting") is
	// a block of the sender, whatever generic words it uses
	{ID: "concept.request-removal", Any: []string{"request removal", "request a removal", "request the removal", "request delisting", "request a delisting", "removal request", "delisting request", "request to be delisted", "request to be unblocked", "request unblocking"},
		Not: []string{"mailing list", "unsubscribe", "recipient list"},
		Cat: Reputation, Weak: true, Pri: conceptPri,
		Summary: "The receiver blocks the sender (its IP address or domain) and says where to ask for the block to be lifted."},
	// an IP address literal said to be blocked ("IP 198.51.100.12 is
	// blocked by ..."): the literal stands between subject and verdict
	{ID: "concept.ip-literal-blocked", Any: []string{tokIPLiteral},
		With: []string{"is blocked", "blocked by", "is blacklisted", "is blocklisted", "is banned", "is listed"},
		Not:  []string{"too many", "rate limit", "relay", "authenticat", "reverse", "ptr", "rdns", "helo", "spf", "dkim", "dmarc"},
		Cat:  Reputation, Pri: 10,
		Summary: "The receiver blocks the sending IP address (its reputation, or its own block list of sending hosts)."},
	// spam abuse said of the sender (an investigation of the sender's
	// traffic): reputation, not this message's content
	{ID: "concept.spam-abuse", Any: []string{"spam abuse", "investigation for spam", "investigated for spam", "abuse investigation", "under investigation"},
		Not: []string{"message content", "content filter"},
		Cat: Reputation, Pri: 20,
		Summary: "The receiver blocks the sender while it investigates spam or abuse from it: a reputation block."},
	// a file extension or attachment type on a black list is the
	// receiver's attachment policy, not a DNS blocklist
	{ID: "concept.extension-blacklisted", Any: []string{"file extension", "extension detected", "file type", "attachment type", "attachment extension"},
		With: []string{"blacklisted", "blocklisted", "black listed", "banned", "high risk"},
		Not:  []string{"ip address", "dnsbl", "listed at", "listed in", "listed on"},
		Cat:  Policy, Pri: 20, Actor: ActorSender, Fix: attachmentTypeFix,
		Summary: "The receiver's policy refuses attachments of this file type or extension (executables, scripts), whatever their content."},
	// the type of an attachment refused: malware named as the motive
	// ("for security reasons (e.g. malware)") is not a virus found
	{ID: "concept.attachment-type-refused", Any: []string{"attachment file type", "attachment type", "file type", "file types", "file extension", "filename extension", "type of attachment", "type of the attachment",
		// a sending API's words for the same (concept20: "Invalid attachment type, allowed types are ...", "Attachment format not supported")
		"attachment types", "attachment format", "attachment extension", "attachment's type", "attachment's extension", "attachment content type", "attachment mime type", "filetype"},
		With: []string{"has been rejected", "have been rejected", "was rejected", "were rejected", "is not allowed", "are not allowed", "not permitted", "refused", "blocked",
			"not allowed", "not supported", "unsupported", "forbidden", "prohibited", "disallowed", "banned", "invalid", "allowed types", "not accepted", "restricted"},
		Not: []string{"virus found", "virus detected", "infected with", "contains a virus", "malware detected", "malware found", "too large", "too big", "size"},
		Cat: Policy, Actor: ActorSender, Fix: attachmentTypeFix,
		Summary: "The receiver's policy refuses attachments of this type (executables, scripts), whatever their content."},
	// the sender's mail server without a valid DNS entry
	{ID: "concept.sender-server-dns", Any: []string{"senders mail server", "sender's mail server", "sending mail server", "sending server", "your mail server", "your server", "sender mail server"},
		With: []string{"valid dns entry", "valid dns record", "no dns entry", "no dns record", "dns entry", "reverse dns", "valid hostname"},
		Not:  []string{"recipient", "helo", "ehlo", "spf", "from domain", "sender domain"},
		Cat:  PTRRequired, Pri: 10,
		Summary: "The sending mail server's IP address has no valid DNS entry (reverse DNS, PTR)."},
	// characters not allowed in an address
	{ID: "concept.address-characters", Any: []string{"characters in address", "characters in the address", "characters in email address", "characters in e-mail address", "character in address", "character in the address", "characters in recipient", "characters in the recipient"},
		With: []string{"restricted", "invalid", "illegal", "not allowed", "forbidden", "prohibited", "unsupported", "bad"},
		Cat:  Syntax, Pri: 10,
		Summary: "The address contains characters the server does not accept (RFC 5321/5322 address syntax)."},
	// the sender's domain without the DNS records mail needs, said of
	// the sender ("Sender has no A, AAAA, or MX DNS records", "sender
	// domain has no MX record"): the sender, not the policy code, is
	// what was refused
	{ID: "concept.sender-domain-no-dns", Any: []string{"sender has no", "sender domain has no", "sender's domain has no", "sender address has no", "sending domain has no", "from domain has no", "domain of the sender has no"},
		With: []string{"mx", "dns", "a record", "aaaa", "records"},
		// (batch 27-common: "sender has no reverse DNS" is the sending host's PTR, not the sender domain's records)
		Not: []string{"reverse dns", "rdns", "ptr"},
		Cat: SenderInvalid, Pri: 10,
		Summary: "The sender's domain has no DNS records for mail (no MX, A or AAAA): the receiver refuses senders it could not answer."},
	// the same said of the address as its subject: "Address contains
	// invalid characters", "Local address contains control or whitespace"
	{ID: "concept.address-contains-characters", Any: []string{"address contains", "address has", "local part contains", "local-part contains", "mailbox name contains"},
		With: []string{"character", "whitespace", "control char"},
		Cat:  Syntax, Pri: 10,
		Summary: "The address contains characters the server does not accept (RFC 5321/5322 address syntax)."},
	// the sender must be the authenticated user
	{ID: "concept.sender-is-auth-user", Any: []string{"sender and authenticated user", "sender and the authenticated user", "sender and login", "sender and the login", "sender address and login", "sender and the user you logged in"},
		With: []string{"must be the same", "must be identical", "must match", "have to be the same", "has to be the same", "are not the same", "do not match", "don't match"},
		Cat:  SenderInvalid, Pri: 10,
		Summary: "The submission server sends only as the authenticated account: the sender address must be the address you logged in with."},
}
