package explain

import "strings"

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
	refOrangeCodes  = "https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/ (Orange/La Poste OFR and LPN codes: the last three digits name the cause)"
	refFTGate       = "http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/ (FTGate service error reference codes)"
	refIUA          = "http://mail.i.ua/err/ (i.ua mail error pages 1-10)"
	refCoremail     = "https://www.icoremail.vip/support/index.php?cate_id=84 (Coremail bounce texts)"
	refAliyun       = "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html (Alibaba Cloud enterprise mail SMTP/MTA bounce errors)"
	refAliyunDM     = "Alibaba Cloud DirectMail error codes (account status, quotas, recipients)"
	refAAErrors     = "https://support.aa.net.uk/Sending_Email_Errors (Andrews & Arnold: CA1, CA2, CA3 and BO1)"
	refYahooLegacy  = "https://help.yahoo.com/kb/review-xx-smtp-sln26151.html (Yahoo 4xx errors: [#4.16.x] deferrals for traffic patterns or complaints)"
)

// Numbered code families. Some providers number their codes in ranges or
// put a varying prefix before the part that names the cause (Spectrum's
// "AUP#In-1120", "AUP#I-1140", "AUP#O-1530": a range of numbers per cause;
// Orange and La Poste's "OFR006_103", "LPN007_420", "OFR_416": the last three
// digits name the cause, the prefix is internal). A keyword list cannot hold
// every member, so familyTokens reads such a code and adds, as if it had been
// found in the text, the token of its cause ("spectrum aup ptr",
// "orange code 420"); the rules below have the tokens as keywords, and
// --explain-why shows the token as the evidence.
const (
	tokSpectrumBlock      = "spectrum aup block"
	tokSpectrumPTR        = "spectrum aup ptr"
	tokSpectrumIPv6       = "spectrum aup ipv6"
	tokSpectrumLimit      = "spectrum aup limit"
	tokSpectrumSender     = "spectrum aup sender"
	tokSpectrumSize       = "spectrum aup size"
	tokSpectrumProcessing = "spectrum aup processing"
)

// spectrumToken is the token of a Spectrum AUP number's documented range,
// or "" for a number whose meaning other rules or the words decide (1010
// and 1370 have their own rules; 1310 is quoted on a sender refusal).
func spectrumToken(n int) string {
	switch {
	case n == 1000, n >= 1200 && n <= 1250:
		return tokSpectrumBlock
	case n == 1090:
		return tokSpectrumProcessing
	case n >= 1100 && n <= 1150:
		return tokSpectrumPTR
	case n == 1260:
		return tokSpectrumIPv6
	case n == 1310, n == 1370:
		return ""
	case n >= 1300 && n <= 1490, n == 1540, n == 1550, n == 1580:
		return tokSpectrumLimit
	case n == 1500, n == 1520:
		return tokSpectrumSender
	case n == 1530:
		return tokSpectrumSize
	}
	return ""
}

// spectrumAUP finds "AUP#" + I, In, O or Out + an optional dash + four
// digits, in any case.
func spectrumAUP(text string) string {
	for from := 0; from < len(text); {
		k := strings.IndexByte(text[from:], '#')
		if k < 0 {
			return ""
		}
		k += from
		from = k + 1
		if k < 3 || !strings.EqualFold(text[k-3:k], "aup") {
			continue
		}
		i := k + 1
		for i < len(text) && i-k <= 4 && isAlpha(text[i]) {
			i++
		}
		if i == k+1 || text[k+1]|0x20 != 'i' && text[k+1]|0x20 != 'o' {
			continue
		}
		if i < len(text) && text[i] == '-' {
			i++
		}
		if n, ok := digitsAt(text, i, 4); ok && (i+4 == len(text) || !isDigit(text[i+4])) {
			if tok := spectrumToken(n); tok != "" {
				return tok
			}
		}
	}
	return ""
}

// orangeCode finds Orange's and La Poste's codes, in any case: OFR, LPN or
// OUK, then "_" and three digits, or three characters (digits, or LPN's
// "AAA"), "_" or "-", and three digits. The three last digits name the
// cause.
func orangeCode(text string) string {
	if strings.IndexByte(text, '_') < 0 && strings.IndexByte(text, '-') < 0 {
		return ""
	}
	for i := 0; i+7 <= len(text); i++ {
		c := text[i] | 0x20
		if c != 'o' && c != 'l' {
			continue
		}
		p := text[i : i+3]
		if !strings.EqualFold(p, "ofr") && !strings.EqualFold(p, "lpn") && !strings.EqualFold(p, "ouk") {
			continue
		}
		if i > 0 && (isAlnum(text[i-1]) || text[i-1] == '_') {
			continue
		}
		j := i + 3
		if text[j] != '_' {
			if j+4 > len(text) || !(isDigit(text[j]) && isDigit(text[j+1]) && isDigit(text[j+2]) || strings.EqualFold(text[j:j+3], "aaa")) {
				continue
			}
			j += 3
			if text[j] != '_' && text[j] != '-' {
				continue
			}
		}
		j++
		if _, ok := digitsAt(text, j, 3); ok && (j+3 == len(text) || !isAlnum(text[j+3])) {
			if d := text[j : j+3]; strings.Contains(orangeDocumented, " "+d+" ") {
				return "orange code " + d // (allocates only when a code is present)
			}
		}
	}
	return ""
}

// digitsAt reads n decimal digits at text[i:].
func digitsAt(text string, i, n int) (int, bool) {
	if i+n > len(text) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(text[i : i+n]) {
		if !isDigit(c) {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// orangeDocumented are the documented Orange/La Poste codes; another
// number gives no token.
const orangeDocumented = " 101 102 103 104 105 305 401 402 403 405 415 416 417 420 421 426 505 506 510 514 517 630 999 "

// familyTokens adds to set the tokens of the numbered code families found in
// text (see spectrumAUP, orangeCode).
func (e *engine) familyTokens(text string, set *patternSet, found []int32) []int32 {
	for _, tok := range [...]string{spectrumAUP(text), orangeCode(text), vadeCode(text), blueTieCode(text), ipLiteral(text), aolCode(text), lwsCode(text), comcastCode(text), urlReason(text), ipNameLookup(text)} { // (vadeCode, blueTieCode, ipLiteral, aolCode: rules_isp9.go; lwsCode: rules_host9.go; comcastCode, urlReason, ipNameLookup: rules_prov11.go)
		if tok == "" {
			continue
		}
		if id, ok := e.m.lookup(tok); ok && !set.has(id) {
			set.add(id)
			found = append(found, id)
		}
	}
	return found
}

// isp7Rules is built when the rule table is (assembleRules): nothing of the
// table runs at process start.
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
		{ID: "spectrum.aup-block", Any: []string{tokSpectrumBlock}, Cat: Reputation, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum blocks the sending IP address: suspicious activity (1000), flagged by Cloudmark CSI (1200-1210) or listed by Spamhaus (1220-1250).",
			Fix:     delistFix,
			Refs:    []string{refSpectrumAUP}},
		{ID: "spectrum.aup-ptr", Any: []string{tokSpectrumPTR}, Cat: PTRRequired, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum requires full-circle reverse DNS for the sending IP address (1100-1150).",
			Refs:    []string{refSpectrumAUP}},
		{ID: "spectrum.aup-ipv6", Any: []string{tokSpectrumIPv6}, Cat: Policy, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum does not take mail over IPv6 (1260): connect over IPv4.",
			Refs:    []string{refSpectrumAUP}},
		// 1370 keeps its own rule (isp.spectrum-block); 1310 is quoted on a
		// sender refusal ("550 5.1.0 <a@b> sender rejected. AUP#In-1310"), so
		// the words decide there
		{ID: "spectrum.aup-limit", Any: []string{tokSpectrumLimit}, Cat: RateLimited, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum limits this sender: connections (1300-1340), messages and recipients (1350-1490), messages per session (1540), recipients per message (1550) or in a short period (1580).",
			Fix:     []string{"Send fewer messages and recipients per period and per connection to Spectrum; the MTA retries deferred mail."},
			Refs:    []string{refSpectrumAUP}},
		{ID: "spectrum.aup-sender", Any: []string{tokSpectrumSender}, Cat: SenderInvalid, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum refused the sender address: it is not the address the account signed in with, or not in a domain Spectrum hosts (1500, 1520).",
			Refs:    []string{refSpectrumAUP}},
		{ID: "spectrum.aup-size", Any: []string{tokSpectrumSize}, Cat: MessageTooBig, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum refused the message: larger than its 20 MB limit (1530).",
			Refs:    []string{refSpectrumAUP}},
		{ID: "spectrum.aup-processing", Any: []string{tokSpectrumProcessing}, Cat: ServerError, Provider: "Spectrum", Pri: codePri,
			Summary: "Spectrum could not process the message now (1090); try again later.",
			Refs:    []string{refSpectrumAUP}},

		// ---- Orange and La Poste: the last three digits of OFR/LPN/OUK codes ----
		{ID: "orange.code-reputation", Any: []string{"orange code 101", "orange code 102", "orange code 103", "orange code 510", "orange code 999"}, Cat: Reputation, Provider: "Orange", Pri: codePri,
			Summary: "Orange/La Poste block the sending IP address: a blocklist listing (101), spam from it (102, Cloudmark), or a refusal of the sender for now (103, 510, 999).",
			Fix:     delistFix,
			Refs:    []string{refOrangeCodes}},
		{ID: "orange.code-limit", Any: []string{"orange code 104", "orange code 105"}, Cat: RateLimited, Provider: "Orange", Pri: codePri,
			Summary: "Orange/La Poste limit this sender: too many connections (104) or messages (105) for now.",
			Fix:     []string{"Open fewer connections to Orange (a few per IP address) and send more slowly; the MTA retries."},
			Refs:    []string{refOrangeCodes}},
		{ID: "orange.code-auth", Any: []string{"orange code 305"}, Cat: AuthFailed, Provider: "Orange", Pri: codePri,
			Summary: "Orange refused the login: invalid authentication (305).", Refs: []string{refOrangeCodes}},
		{ID: "orange.code-auth-required", Any: []string{"orange code 402"}, Cat: AuthRequired, Provider: "Orange", Pri: codePri,
			Summary: "La Poste requires SMTP authentication (402).", Refs: []string{refOrangeCodes}},
		{ID: "orange.code-sender-auth", Any: []string{"orange code 401", "orange code 517"}, Cat: SenderAuth, Provider: "Orange", Pri: codePri,
			Summary: "Orange/La Poste refused the message for sender authentication: SPF does not allow the IP address (401) or DMARC failed (517).", Refs: []string{refOrangeCodes}},
		{ID: "orange.code-sender", Any: []string{"orange code 403", "orange code 405", "orange code 415", "orange code 421"}, Cat: SenderInvalid, Provider: "Orange", Pri: codePri,
			Summary: "Orange/La Poste refused the sender address: invalid (403, 405, 415) or not owned by the authenticated user (421).", Refs: []string{refOrangeCodes}},
		{ID: "orange.code-user", Any: []string{"orange code 416"}, Cat: UserUnknown, Provider: "Orange", Pri: codePri,
			Summary: "Orange: the recipient address is invalid (416).", Refs: []string{refOrangeCodes}},
		{ID: "orange.code-full", Any: []string{"orange code 417"}, Cat: MailboxFull, Provider: "Orange", Pri: codePri,
			Summary: "Orange: the recipient's mailbox is full (417).", Refs: []string{refOrangeCodes}},
		{ID: "orange.code-disabled", Any: []string{"orange code 420", "orange code 426"}, Cat: MailboxDisabled, Provider: "Orange", Pri: codePri,
			Summary: "Orange/La Poste: the recipient's mailbox is archived (420) or the account blocked (426).", Refs: []string{refOrangeCodes}},
		{ID: "orange.code-server", Any: []string{"orange code 505"}, Cat: ServerError, Provider: "Orange", Pri: codePri,
			Summary: "Orange refused the message for now at the end of DATA (505); the MTA retries.", Refs: []string{refOrangeCodes}},
		{ID: "orange.code-content", Any: []string{"orange code 506"}, Cat: SpamContent, Provider: "Orange", Pri: codePri,
			Summary: "Orange refused the message as spam (506).", Refs: []string{refOrangeCodes}},
		{ID: "orange.code-size", Any: []string{"orange code 514"}, Cat: MessageTooBig, Provider: "Orange", Pri: codePri,
			Summary: "Orange: the message is over the size limit (514).", Refs: []string{refOrangeCodes}},
		{ID: "orange.code-policy", Any: []string{"orange code 630"}, Cat: Policy, Provider: "Orange", Pri: codePri,
			Summary: "La Poste refused the client host by its policy (630).", Refs: []string{refOrangeCodes}},

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

		// ---- FTGate's reference codes "(#n.nn)" (held-out 7b) ----
		{ID: "ftgate.code-block", Any: []string{"(#2.01)", "(#2.02)", "(#2.03)"}, Cat: Reputation, Provider: "FTGate", Pri: codePri,
			Summary: "FTGate refused the sender: its address is (temporarily) blacklisted (#2.01, #2.02) or its IP address is on a DNS blocklist (#2.03).",
			Fix:     delistFix, Refs: []string{refFTGate}},
		{ID: "ftgate.code-disabled", Any: []string{"(#1.00)", "(#1.01)", "(#3.13)"}, Cat: MailboxDisabled, Provider: "FTGate", Pri: codePri,
			Summary: "FTGate: the recipient's mailbox is disabled (#1.00, #1.01, #3.13).", Refs: []string{refFTGate}},
		{ID: "ftgate.code-full", Any: []string{"(#1.02)", "(#3.14)"}, Cat: MailboxFull, Provider: "FTGate", Pri: codePri,
			Summary: "FTGate: the recipient's mailbox is over its storage allocation (#1.02, #3.14).", Refs: []string{refFTGate}},
		{ID: "ftgate.code-disk", Any: []string{"(#1.03)"}, Cat: ServerError, Provider: "FTGate", Pri: codePri,
			Summary: "FTGate: the receiving server is out of disk space (#1.03).", Refs: []string{refFTGate}},
		{ID: "ftgate.code-connections", Any: []string{"(#1.04)"}, Cat: RateLimited, Provider: "FTGate", Pri: codePri,
			Summary: "FTGate: too many connections from the sending address (#1.04).", Refs: []string{refFTGate}},
		{ID: "ftgate.code-ehlo", Any: []string{"(#3.12)"}, Cat: RFCNoncompliant, Provider: "FTGate", Pri: codePri,
			Summary: "FTGate: the client's EHLO name is invalid (#3.12).", Refs: []string{refFTGate}},

		// ---- i.ua error pages (mail.i.ua/err/N) ----
		{ID: "iua.err-relay", Any: []string{"i.ua/err/1", "i.ua/err/6"}, Cat: RelayDenied, Provider: "i.ua", Pri: codePri,
			Summary: "i.ua does not relay: send through your own provider's SMTP server (errors 1, 6).", Refs: []string{refIUA}},
		{ID: "iua.err-user", Any: []string{"i.ua/err/2"}, Cat: UserUnknown, Provider: "i.ua", Pri: codePri,
			Summary: "i.ua: the user is not found (error 2).", Refs: []string{refIUA}},
		{ID: "iua.err-unused", Any: []string{"i.ua/err/3"}, Cat: MailboxDisabled, Provider: "i.ua", Pri: codePri,
			Summary: "i.ua: the mailbox was not used for more than three months and takes no mail (error 3).", Refs: []string{refIUA}},
		{ID: "iua.err-full", Any: []string{"i.ua/err/4"}, Cat: MailboxFull, Provider: "i.ua", Pri: codePri,
			Summary: "i.ua: the mailbox is full (error 4).", Refs: []string{refIUA}},
		{ID: "iua.err-limit", Any: []string{"i.ua/err/5"}, Cat: RateLimited, Provider: "i.ua", Pri: codePri,
			Summary: "i.ua: the sending limit is exceeded (error 5).", Refs: []string{refIUA}},
		{ID: "iua.err-helo", Any: []string{"i.ua/err/7"}, Cat: RFCNoncompliant, Provider: "i.ua", Pri: codePri,
			Summary: "i.ua: the HELO/EHLO name is wrong (error 7).", Refs: []string{refIUA}},
		{ID: "iua.err-sender", Any: []string{"i.ua/err/8"}, Cat: SenderInvalid, Provider: "i.ua", Pri: codePri,
			Summary: "i.ua could not verify the sender address (error 8).", Refs: []string{refIUA}},
		{ID: "iua.err-blacklisted", Any: []string{"i.ua/err/9"}, Cat: Reputation, Provider: "i.ua", Pri: codePri,
			Summary: "i.ua: the sender's IP address is blacklisted (error 9).", Fix: delistFix, Refs: []string{refIUA}},
		{ID: "iua.err-list", Any: []string{"i.ua/err/10"}, Cat: Policy, Provider: "i.ua", Pri: codePri,
			Summary: "i.ua: the sender is not on the recipient's list of allowed addresses (error 10).", Refs: []string{refIUA}},

		// ---- Coremail's bounce texts: "hangup" is a suspension ----
		{ID: "coremail.ip-hangup", Any: []string{"ip is hangup", "ip hangup", "ip is hung up"}, Cat: Reputation, Provider: "Coremail", Pri: codePri,
			Summary: "The receiver (Coremail) has suspended the sending IP address for its sending behaviour.", Fix: delistFix, Refs: []string{refCoremail}},
		{ID: "coremail.user-hangup", Any: []string{"user hangup", "user is hangup", "account hangup", "mailbox hangup"}, Cat: MailboxDisabled, Provider: "Coremail", Pri: codePri,
			Summary: "The recipient's account is suspended (Coremail \"hangup\").", Refs: []string{refCoremail}},

		// ---- held-out 7c: Alibaba Cloud mail, Andrews & Arnold ----
		{ID: "aliyun.local-sender", Any: []string{"mailfrom account is a local account", "mail from account is a local account"}, Cat: AuthRequired, Provider: "Alibaba Mail", Pri: codePri,
			Summary: "Alibaba Mail refuses a sender of its own domain that arrives without authentication: send through its submission server, logged in.",
			Refs:    []string{refAliyun}},
		{ID: "aliyun.main-account", Any: []string{"main account unavailable"}, Cat: Policy, Provider: "Alibaba Cloud DirectMail", Pri: codePri,
			Summary: "DirectMail: the sending account is restricted from sending (see the account status in the console).",
			Refs:    []string{refAliyunDM}},
		{ID: "aa.error-ca", Any: []string{"error ca1", "error ca2", "error ca3"}, Cat: Reputation, Provider: "Andrews & Arnold", Pri: codePri,
			Summary: "Andrews & Arnold block the sending account or IP address for spam or many invalid recipients (CA1 account, CA2 IP address, CA3 mailbox).",
			Fix:     []string{"Change the account's password and look for a compromised machine or a list with invalid addresses, then ask the provider to unblock."},
			Refs:    []string{refAAErrors}},
		{ID: "aa.error-bo", Any: []string{"error bo1"}, Cat: SenderInvalid, Provider: "Andrews & Arnold", Pri: codePri,
			Summary: "Andrews & Arnold do not relay bounce (non-delivery) messages from customer servers (BO1): refuse at SMTP time instead of bouncing.",
			Refs:    []string{refAAErrors}},

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
			// (a reply that names relaying is a relay refusal, whatever it
			// asks the client to turn on: mta9.relay-needs-auth)
			Not: []string{"disabled for the tenant", "smtpclientauthentication", "to relay", "relay through", "not relay", "relaying"},
			Cat: AuthRequired, Pri: 10,
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
		{ID: "concept.server-busy", Any: []string{"server busy", "server is busy", "servers are busy", "server too busy", "server is too busy",
			// the server's load said as load (maddy's "451 4.4.5 High load, try again later"; held-out batch 20-common)
			"high load", "heavy load", "server load", "system load", "load too high", "load is too high", "too much load", "overloaded"},
			Not: []string{"too many", "connections", "rate", "limit", "refused", "blocked"},
			Cat: ServerError, Pri: conceptPri,
			Summary: "The receiving server is busy for now; the MTA retries."},
		// (held-out 7b) a user's own blacklist, worded "user in blacklist"
		{ID: "concept.user-blacklist", Any: []string{"user in blacklist", "in user blacklist", "in user's blacklist", "in the user's blacklist", "in recipient's blacklist", "in the recipient's blacklist", "recipient blacklist"},
			Cat: Policy, Pri: codePri, Actor: ActorRecipient,
			Summary: "The recipient has the sender on its own blacklist: a choice of the receiving side, not a DNS blocklist listing."},
		// a bounce attack (backscatter) from the sender is its reputation
		{ID: "concept.bounce-attack", Any: []string{"bounce attack", "bounce attacks", "backscatter attack", "bounce flood"},
			Cat: Reputation, Pri: 10,
			Summary: "The receiver blocks the sender for sending a flood of bounces (backscatter): its reputation."},
		// a frequency said to be limited
		{ID: "concept.frequency-limited", Any: []string{"frequency"},
			With: []string{"limited", "limit", "exceeded", "too high", "too fast"},
			Cat:  RateLimited, Weak: true, Pri: conceptPri,
			Summary: "The receiver limits how often this sender (or this recipient) gets mail."},
		// a maximum of concurrent sessions or connections
		{ID: "concept.concurrent-limit", Any: []string{"concurrent sessions", "concurrent connections", "simultaneous connections", "simultaneous sessions", "parallel connections", "concurrent smtp"},
			With: []string{"max", "maximum", "limit", "exceeded", "too many", "reached"},
			Cat:  RateLimited, Pri: 10,
			Summary: "The receiver limits the number of connections at once from the sending host; the MTA retries with fewer."},
		// a forged or fake sender address
		{ID: "concept.fake-sender", Any: []string{"fake sender", "forged sender", "fake from", "sender is fake", "sender is forged"},
			Not: []string{"spf", "dkim", "dmarc"},
			Cat: SenderInvalid, Pri: conceptPri + 4,
			Summary: "The receiver took the sender address for forged: the sending host may not use it."},
		// a mailbox unused for a long time
		{ID: "concept.mailbox-unused", Any: mailboxSubjects,
			With: []string{"not used for", "not been used", "unused for", "not accessed for", "not logged in for", "inactive for", "dormant"},
			Cat:  MailboxDisabled, Weak: true, Pri: conceptPri,
			Summary: "The recipient's mailbox has not been used for a long time and takes no mail."},
		// "use your provider's SMTP server": this one is not a relay for you
		{ID: "concept.use-provider-smtp", Any: []string{"smtp of your provider", "your provider's smtp", "smtp server of your provider", "your isp's smtp", "smtp server of your isp", "your provider's mail server", "mail server of your provider"},
			// (batch 25-common b: AOL's refusal of "dynamically assigned IP addresses" that sends them to their ISP's SMTP servers is the dynamic-IP block, mta.dynamic-ip)
			Not: []string{"dynamically assigned", "dynamic ip", "dynamic address", "dial-up", "dialup", "residential"},
			Cat: RelayDenied, Pri: conceptPri + 4,
			Summary: "The server does not take mail for other domains from you: send through your own provider's SMTP server."},
		// (held-out 7c) empty credentials
		{ID: "concept.credentials-empty", Any: []string{"username", "user name", "passwd", "password", "credentials", "login"},
			With: []string{"is null", "is empty", "are empty", "is missing", "are missing", "is blank", "empty password", "empty username"},
			Cat:  AuthFailed, Pri: 10,
			Summary: "The client sent empty or missing credentials: SMTP authentication failed."},
		// AUTH data that is not base64
		{ID: "concept.base64", Any: []string{"base64", "base 64"},
			With: []string{"invalid", "malformed", "incorrect", "not valid", "bad", "cannot decode", "can't decode", "decoding"},
			Not:  []string{"attachment", "body", "message content", "mime"},
			Cat:  Syntax, Pri: 10,
			Summary: "The client sent data the server expects in base64 (AUTH) in another form: a client defect."},
		// the sender address against the authenticated account
		{ID: "concept.sender-vs-auth", Any: []string{"mail from", "mailfrom", "sender", "from address", "envelope from"},
			With: []string{"doesn't conform with authentication", "does not conform with authentication", "not conform with", "does not match the authenticated", "doesn't match the authenticated", "not match authenticated", "differs from the authenticated", "not the authenticated"},
			Cat:  SenderInvalid, Pri: 10,
			Summary: "The sender address is not the authenticated account's: send as the account you logged in with (or one it may use)."},
		// a sender that is not an account of the submission server
		{ID: "concept.non-local-sender", Any: []string{"mail from", "mailfrom", "sender"},
			With: []string{"non-local account", "non-local user", "not a local account", "not a local user", "non local account",
				// "local" said of the sender itself ("550 not local sender over smtp",
				// held-out batch 14-forum)
				"not local sender", "not a local sender", "non-local sender", "nonlocal sender", "non local sender",
				"sender is not local", "sender not local", "sender address is not local", "sender is not a local"},
			Cat: SenderInvalid, Pri: 10,
			Summary: "The submission server sends only as its own accounts, and the sender address is not one of them."},
		// a threshold said of recipients (a rate) or of the size (a size limit)
		{ID: "concept.threshold-recipients", Any: []string{"rcpt", "rcpts", "recipients", "recipient attempts", "number of"},
			With: []string{"maximum threshold", "max threshold", "threshold exceeded", "exceeds the threshold", "over the threshold", "reached the threshold", "is over size", "over the limit"},
			Not:  []string{"attach", "length", "message size"},
			Cat:  RateLimited, Pri: 10,
			Summary: "The sender is over a limit on recipients or recipient attempts."},
		{ID: "concept.threshold-size", Any: []string{"length", "size", "attach", "attachment", "attachments"},
			With: []string{"maximum threshold", "max threshold", "threshold exceeded", "exceeds the threshold", "over the threshold", "reached the threshold"},
			Not:  []string{"rcpt", "recipient"},
			Cat:  MessageTooBig, Pri: 10,
			Summary: "The message (its content or attachments) is over the receiver's size limit."},
		// an account that may not send, or may not receive
		{ID: "concept.account-may-not-send", Any: []string{"account", "user", "mailbox"},
			With: []string{"isn't allowed to send", "is not allowed to send", "not permitted to send", "isn't permitted to send", "may not send"},
			Not:  []string{"spf", "dkim", "dmarc", "host", "ip address", "from domain"},
			Cat:  Policy, Pri: 10,
			Summary: "The sending account is not allowed to send mail (a restriction on the account)."},
		{ID: "concept.account-may-not-receive", Any: []string{"account", "user", "mailbox", "recipient"},
			With: []string{"isn't allowed to receive", "is not allowed to receive", "not permitted to receive", "isn't permitted to receive", "may not receive", "cannot receive mail", "can't receive mail"},
			Cat:  MailboxDisabled, Pri: 10,
			Summary: "The recipient's account may not receive mail (disabled for incoming mail)."},
		// spam said of the sending behaviour is reputation, not content
		{ID: "concept.behaviour-spam", Any: []string{"behaviour spam", "behavior spam", "spam behaviour", "spam behavior", "spamming behaviour", "spamming behavior", "sending behaviour", "sending behavior"},
			Cat: Reputation, Pri: 20,
			Summary: "The receiver refuses the sender for its sending behaviour (a reputation verdict, not this message's content)."},
		{ID: "concept.blocked-from-sending", Any: []string{"blocked from sending", "banned from sending", "barred from sending", "suspended from sending"},
			Cat: Reputation, Pri: 10,
			Summary: "The sending host or account is blocked from sending (spam or abuse from it)."},
		// an invalid recipient in SMTP's own words
		// (not "invalid RCPT TO", which is also said of a malformed command)
		{ID: "concept.invalid-rcpt", Any: []string{"invalid rcptto", "rcptto invalid"},
			Cat: UserUnknown, Pri: 10,
			Summary: "The recipient address is not valid at the receiving server."},
		// misspelt or unspaced "does not exist"
		{ID: "concept.user-not-exist", Any: append(append([]string{}, mailboxSubjects...), "rcpt", "rcpt to"),
			With: []string{"dosn't exist", "dosent exist", "doesnt exist", "dont exist", "don't exist", "not exist", "dose not exist"},
			Not:  []string{"sender", "mail from", "domain", "host"},
			Cat:  UserUnknown, Weak: true, Pri: conceptPri,
			Summary: "The recipient address does not exist at the receiving server."},
		// the sending host's DNS name missing or invalid
		{ID: "concept.sender-dns-name", Any: []string{"dns name"},
			With: []string{"sender smtp", "sending host", "sending server", "your ip", "your server", "client host", "connecting host"},
			Not:  []string{"recipient", "helo", "ehlo", "from domain", "sender domain"},
			Cat:  PTRRequired, Pri: 10,
			Summary: "The sending IP address has no valid DNS name (reverse DNS)."},
		// RFC 7372's SPF codes (X.7.23 validation failed, X.7.24 validation
		// error) name the cause even when the words also mention a rate limit
		{ID: "code.spf-x.7.23-24", Enh: []string{"X.7.23", "X.7.24"}, Any: []string{"spf", "sender policy framework"}, Cat: SenderAuth, Pri: 10,
			Summary: "The sender domain's SPF check failed or could not be evaluated (RFC 7372: X.7.23 validation failed, X.7.24 validation error)."},
	}
}
