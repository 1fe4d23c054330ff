package explain

import (
	"github.com/smtpgw/smtpgw/internal/lazy"
)

// The standards knowledge: every basic reply code of RFC 5321 and its
// extensions, and every class, subject and enumerated detail code of the IANA
// "SMTP Enhanced Status Codes" registry (RFC 3463, RFC 5248 and the later
// registrations up to X.7.30). Written as data; classify.go reads it.

// codeInfo is what a basic reply code means.
type codeInfo struct {
	Meaning  string
	Category Category // the category when nothing more specific tells
	Ref      string
}

// basicCodeTable are the reply codes of RFC 5321 §4.2 and the SMTP
// extensions, sorted by code: static data, looked up by binary search
// (basicCode).
var basicCodeTable = [...]codeEntry{
	// RFC 5321 §4.2.2/§4.2.3
	{211, codeInfo{"System status, or system help reply", Success, "RFC 5321 §4.2.3"}},
	{214, codeInfo{"Help message (how to use the server, or the meaning of a non-standard command)", Success, "RFC 5321 §4.2.3"}},
	{220, codeInfo{"Service ready (the greeting; after STARTTLS: ready to start TLS, RFC 3207)", Success, "RFC 5321 §4.2.3; RFC 3207 §4"}},
	{221, codeInfo{"Service closing transmission channel (reply to QUIT)", Success, "RFC 5321 §4.2.3"}},
	{235, codeInfo{"Authentication succeeded (SMTP AUTH)", Success, "RFC 4954 §6"}},
	{250, codeInfo{"Requested mail action okay, completed", Success, "RFC 5321 §4.2.3"}},
	{251, codeInfo{"User not local; will forward to the forward-path", Success, "RFC 5321 §4.2.3"}},
	{252, codeInfo{"Cannot VRFY user, but will accept the message and attempt delivery", Success, "RFC 5321 §4.2.3"}},
	{253, codeInfo{"OK, messages pending for the requested node have started (ETRN)", Success, "RFC 1985 §5"}},
	{334, codeInfo{"Server challenge in an AUTH exchange: send the next base64 response", Success, "RFC 4954 §4"}},
	{354, codeInfo{"Start mail input; end with <CRLF>.<CRLF>", Success, "RFC 5321 §4.2.3"}},
	{421, codeInfo{"Service not available, closing transmission channel (the server is shutting down, overloaded, or refusing this client for now)", ServerError, "RFC 5321 §4.2.3, §3.8"}},
	{432, codeInfo{"A password transition is needed (SMTP AUTH)", AuthFailed, "RFC 4954 §6"}},
	{450, codeInfo{"Requested mail action not taken: mailbox unavailable (e.g. mailbox busy or temporarily blocked for policy reasons)", Unknown, "RFC 5321 §4.2.3"}},
	{451, codeInfo{"Requested action aborted: local error in processing", ServerError, "RFC 5321 §4.2.3"}},
	{452, codeInfo{"Requested action not taken: insufficient system storage (also: too many recipients, RFC 5321 §4.5.3.1.10)", ServerError, "RFC 5321 §4.2.3, §4.5.3.1.10"}},
	{454, codeInfo{"Temporary authentication failure (RFC 4954), or TLS not available due to a temporary reason (RFC 3207)", ServerError, "RFC 4954 §6; RFC 3207 §4"}},
	{455, codeInfo{"Server unable to accommodate parameters", Syntax, "RFC 5321 §4.2.3"}},
	{458, codeInfo{"Unable to queue messages for the requested node (ETRN)", ServerError, "RFC 1985 §5"}},
	{459, codeInfo{"Node not allowed (ETRN)", Policy, "RFC 1985 §5"}},
	{500, codeInfo{"Syntax error, command unrecognized (also: line too long; RFC 4954: authentication exchange line too long)", Syntax, "RFC 5321 §4.2.3, §4.5.3.1.10; RFC 4954 §6"}},
	{501, codeInfo{"Syntax error in parameters or arguments", Syntax, "RFC 5321 §4.2.3"}},
	{502, codeInfo{"Command not implemented", Syntax, "RFC 5321 §4.2.3"}},
	{503, codeInfo{"Bad sequence of commands", Syntax, "RFC 5321 §4.2.3"}},
	{504, codeInfo{"Command parameter not implemented (RFC 4954: unrecognized authentication type)", Syntax, "RFC 5321 §4.2.3; RFC 4954 §6"}},
	{521, codeInfo{"Host does not accept mail (the domain or server accepts no mail at all)", HostUnknown, "RFC 7504 §3"}},
	{523, codeInfo{"Encryption required for the requested authentication mechanism (historic, RFC 2554)", TLSRequired, "RFC 2554 §6"}},
	{530, codeInfo{"Authentication required (RFC 4954); also used for \"must issue a STARTTLS command first\" (RFC 3207)", AuthRequired, "RFC 4954 §6; RFC 3207 §4"}},
	{534, codeInfo{"Authentication mechanism is too weak", AuthFailed, "RFC 4954 §6"}},
	{535, codeInfo{"Authentication credentials invalid", AuthFailed, "RFC 4954 §6"}},
	{538, codeInfo{"Encryption required for the requested authentication mechanism", TLSRequired, "RFC 4954 §6"}},
	{550, codeInfo{"Requested action not taken: mailbox unavailable (e.g. mailbox not found, no access, or command rejected for policy reasons)", Unknown, "RFC 5321 §4.2.3"}},
	{551, codeInfo{"User not local; please try the forward-path given (the recipient is not hosted by this server; also used for refused relaying)", Unknown, "RFC 5321 §4.2.3, §3.4"}},
	{552, codeInfo{"Requested mail action aborted: exceeded storage allocation (RFC 1870: message size exceeds the fixed maximum)", MailboxFull, "RFC 5321 §4.2.3; RFC 1870 §6"}},
	{553, codeInfo{"Requested action not taken: mailbox name not allowed (e.g. mailbox syntax incorrect)", Syntax, "RFC 5321 §4.2.3"}},
	{554, codeInfo{"Transaction failed (or, as the greeting: no SMTP service here)", Unknown, "RFC 5321 §4.2.3, §3.1"}},
	{555, codeInfo{"MAIL FROM/RCPT TO parameters not recognized or not implemented", Syntax, "RFC 5321 §4.2.3"}},
	{556, codeInfo{"Domain does not accept mail (found while relaying: the recipient domain has a null MX or refuses all mail)", HostUnknown, "RFC 7504 §3; RFC 7505 §4.2"}},
}

type codeEntry struct {
	code int
	info codeInfo
}

// basicCode returns what a basic reply code means.
func basicCode(code int) (codeInfo, bool) {
	lo, hi := 0, len(basicCodeTable)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if basicCodeTable[m].code < code {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(basicCodeTable) && basicCodeTable[lo].code == code {
		return basicCodeTable[lo].info, true
	}
	return codeInfo{}, false
}

// classInfo describes the class sub-code of an enhanced status code.
var enhancedClasses = lazy.Value[map[byte]string]{New: func() map[byte]string {
	return map[byte]string{
		'2': "Success",
		'4': "Persistent transient failure",
		'5': "Permanent failure",
	}
}}

// enhancedSubjects are the subject sub-codes (RFC 3463 §3).
var enhancedSubjects = []string{
	0: "Other or undefined status",
	1: "Addressing status",
	2: "Mailbox status",
	3: "Mail system status",
	4: "Network and routing status",
	5: "Mail delivery protocol status",
	6: "Message content or media status",
	7: "Security or policy status",
}

// detailInfo is one enumerated status code "X.S.D" of the IANA registry.
type detailInfo struct {
	Meaning  string
	Category Category // Unknown: generic, let the basic code or text decide
	Ref      string
}

// enhancedDetailTable is the registry, sorted by subject and detail: static
// data, looked up by binary search (detailOf), so that explaining a code
// builds no map.
var enhancedDetailTable = [...]detailEntry{
	{0, 0, detailInfo{"Other undefined status", Unknown, "RFC 3463 §3.1"}},
	{1, 0, detailInfo{"Other address status", Unknown, "RFC 3463 §3.2"}},
	{1, 1, detailInfo{"Bad destination mailbox address (the mailbox does not exist)", UserUnknown, "RFC 3463 §3.2"}},
	{1, 2, detailInfo{"Bad destination system address (the domain does not exist or accepts no mail)", HostUnknown, "RFC 3463 §3.2"}},
	{1, 3, detailInfo{"Bad destination mailbox address syntax", Syntax, "RFC 3463 §3.2"}},
	{1, 4, detailInfo{"Destination mailbox address ambiguous", ServerError, "RFC 3463 §3.2"}},
	{1, 5, detailInfo{"Destination address valid", Success, "RFC 3463 §3.2"}},
	{1, 6, detailInfo{"Destination mailbox has moved, no forwarding address", Moved, "RFC 3463 §3.2"}},
	{1, 7, detailInfo{"Bad sender's mailbox address syntax", SenderInvalid, "RFC 3463 §3.2"}},
	{1, 8, detailInfo{"Bad sender's system address (the sender's domain does not exist or cannot receive replies)", SenderInvalid, "RFC 3463 §3.2"}},
	{1, 9, detailInfo{"Message relayed to non-compliant mailer", Success, "RFC 3886 §4"}},
	{1, 10, detailInfo{"Recipient address has null MX (the domain accepts no mail)", HostUnknown, "RFC 7505 §4.2"}},
	{2, 0, detailInfo{"Other or undefined mailbox status", Unknown, "RFC 3463 §3.3"}},
	{2, 1, detailInfo{"Mailbox disabled, not accepting messages", MailboxDisabled, "RFC 3463 §3.3"}},
	{2, 2, detailInfo{"Mailbox full", MailboxFull, "RFC 3463 §3.3"}},
	{2, 3, detailInfo{"Message length exceeds administrative limit", MessageTooBig, "RFC 3463 §3.3"}},
	{2, 4, detailInfo{"Mailing list expansion problem", ServerError, "RFC 3463 §3.3"}},
	{3, 0, detailInfo{"Other or undefined mail system status", ServerError, "RFC 3463 §3.4"}},
	{3, 1, detailInfo{"Mail system full (out of disk space)", ServerError, "RFC 3463 §3.4"}},
	{3, 2, detailInfo{"System not accepting network messages", ServerError, "RFC 3463 §3.4"}},
	{3, 3, detailInfo{"System not capable of selected features", ServerError, "RFC 3463 §3.4"}},
	{3, 4, detailInfo{"Message too big for system", MessageTooBig, "RFC 3463 §3.4"}},
	{3, 5, detailInfo{"System incorrectly configured", ServerError, "RFC 3463 §3.4"}},
	{3, 6, detailInfo{"Requested priority was changed", Policy, "RFC 6710 §5"}},
	{4, 0, detailInfo{"Other or undefined network or routing status", Network, "RFC 3463 §3.5"}},
	{4, 1, detailInfo{"No answer from host", Network, "RFC 3463 §3.5"}},
	{4, 2, detailInfo{"Bad connection", Network, "RFC 3463 §3.5"}},
	{4, 3, detailInfo{"Directory server failure (DNS lookup failed)", Network, "RFC 3463 §3.5"}},
	{4, 4, detailInfo{"Unable to route (no usable MX or address for the destination)", HostUnknown, "RFC 3463 §3.5"}},
	{4, 5, detailInfo{"Mail system congestion", RateLimited, "RFC 3463 §3.5"}},
	{4, 6, detailInfo{"Routing loop detected", ServerError, "RFC 3463 §3.5"}},
	{4, 7, detailInfo{"Delivery time expired", Expired, "RFC 3463 §3.5"}},
	{5, 0, detailInfo{"Other or undefined protocol status", Unknown, "RFC 3463 §3.6"}},
	{5, 1, detailInfo{"Invalid command", Syntax, "RFC 3463 §3.6"}},
	{5, 2, detailInfo{"Syntax error", Syntax, "RFC 3463 §3.6"}},
	{5, 3, detailInfo{"Too many recipients", RateLimited, "RFC 3463 §3.6"}},
	{5, 4, detailInfo{"Invalid command arguments", Syntax, "RFC 3463 §3.6"}},
	{5, 5, detailInfo{"Wrong protocol version", Syntax, "RFC 3463 §3.6"}},
	{5, 6, detailInfo{"Authentication exchange line is too long", Syntax, "RFC 4954 §6"}},
	{6, 0, detailInfo{"Other or undefined media error", RFCNoncompliant, "RFC 3463 §3.7"}},
	{6, 1, detailInfo{"Media not supported", RFCNoncompliant, "RFC 3463 §3.7"}},
	{6, 2, detailInfo{"Conversion required and prohibited", RFCNoncompliant, "RFC 3463 §3.7"}},
	{6, 3, detailInfo{"Conversion required but not supported", RFCNoncompliant, "RFC 3463 §3.7"}},
	{6, 4, detailInfo{"Conversion with loss performed", RFCNoncompliant, "RFC 3463 §3.7"}},
	{6, 5, detailInfo{"Conversion failed", RFCNoncompliant, "RFC 3463 §3.7"}},
	{6, 6, detailInfo{"Message content not available (BURL)", ServerError, "RFC 4468 §6"}},
	{6, 7, detailInfo{"Non-ASCII addresses not permitted for that sender/recipient", RFCNoncompliant, "RFC 6531 §3.6; RFC 5248"}},
	{6, 8, detailInfo{"UTF-8 string reply is required, but not permitted by the SMTP client", RFCNoncompliant, "RFC 6531 §3.7.4"}},
	{6, 9, detailInfo{"UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected", RFCNoncompliant, "RFC 6531 §3.7.5"}},
	{6, 10, detailInfo{"Duplicate of X.6.8 (deprecated)", RFCNoncompliant, "RFC 6531"}},
	{7, 0, detailInfo{"Other or undefined security status", Policy, "RFC 3463 §3.8"}},
	{7, 1, detailInfo{"Delivery not authorized, message refused", Policy, "RFC 3463 §3.8"}},
	{7, 2, detailInfo{"Mailing list expansion prohibited", Policy, "RFC 3463 §3.8"}},
	{7, 3, detailInfo{"Security conversion required but not possible", Policy, "RFC 3463 §3.8"}},
	{7, 4, detailInfo{"Security features not supported", TLSRequired, "RFC 3463 §3.8"}},
	{7, 5, detailInfo{"Cryptographic failure (Postfix also uses 4.7.5 when TLS fails)", TLSRequired, "RFC 3463 §3.8"}},
	{7, 6, detailInfo{"Cryptographic algorithm not supported", TLSRequired, "RFC 3463 §3.8"}},
	{7, 7, detailInfo{"Message integrity failure", Policy, "RFC 3463 §3.8"}},
	{7, 8, detailInfo{"Authentication credentials invalid", AuthFailed, "RFC 4954 §6"}},
	{7, 9, detailInfo{"Authentication mechanism is too weak", AuthFailed, "RFC 4954 §6"}},
	{7, 10, detailInfo{"Encryption needed", TLSRequired, "RFC 5248 §2.4"}},
	{7, 11, detailInfo{"Encryption required for requested authentication mechanism", TLSRequired, "RFC 4954 §6"}},
	{7, 12, detailInfo{"A password transition is needed", AuthFailed, "RFC 4954 §6"}},
	{7, 13, detailInfo{"User account disabled", AuthFailed, "RFC 5248 §2.4"}},
	{7, 14, detailInfo{"Trust relationship required", Policy, "RFC 5248 §2.4"}},
	{7, 15, detailInfo{"Priority level is too low", Policy, "RFC 6710 §5"}},
	{7, 16, detailInfo{"Message is too big for the specified priority", MessageTooBig, "RFC 6710 §5"}},
	{7, 17, detailInfo{"Mailbox owner has changed (RRVS)", Moved, "RFC 7293 §3.3"}},
	{7, 18, detailInfo{"Domain owner has changed (RRVS)", Moved, "RFC 7293 §3.3"}},
	{7, 19, detailInfo{"RRVS test cannot be completed", Policy, "RFC 7293 §3.3"}},
	{7, 20, detailInfo{"No passing DKIM signature found", SenderAuth, "RFC 7372 §3.1"}},
	{7, 21, detailInfo{"No acceptable DKIM signature found", SenderAuth, "RFC 7372 §3.1"}},
	{7, 22, detailInfo{"No valid author-matched DKIM signature found", SenderAuth, "RFC 7372 §3.1"}},
	{7, 23, detailInfo{"SPF validation failed", SenderAuth, "RFC 7372 §3.2"}},
	{7, 24, detailInfo{"SPF validation error", SenderAuth, "RFC 7372 §3.2"}},
	{7, 25, detailInfo{"Reverse DNS validation failed", PTRRequired, "RFC 7372 §3.3"}},
	{7, 26, detailInfo{"Multiple authentication checks failed", SenderAuth, "RFC 7372 §3.4"}},
	{7, 27, detailInfo{"Sender address has null MX", SenderInvalid, "RFC 7505 §4.1"}},
	{7, 28, detailInfo{"Mail flood detected", RateLimited, "IANA SMTP Enhanced Status Codes registry (X.7.28)"}},
	{7, 29, detailInfo{"ARC validation failure", SenderAuth, "RFC 8617 §7.2.2"}},
	{7, 30, detailInfo{"REQUIRETLS support required", TLSRequired, "RFC 8689 §6"}},
}

type detailEntry struct {
	subject, detail int
	info            detailInfo
}

// detailOf returns the registry entry of X.subject.detail.
func detailOf(subject, detail int) (detailInfo, bool) {
	lo, hi := 0, len(enhancedDetailTable)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		e := &enhancedDetailTable[m]
		if e.subject < subject || e.subject == subject && e.detail < detail {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(enhancedDetailTable) && enhancedDetailTable[lo].subject == subject && enhancedDetailTable[lo].detail == detail {
		return enhancedDetailTable[lo].info, true
	}
	return detailInfo{}, false
}

// enhancedDetails maps "S.D" to the registry entry (for tests and tools;
// explaining uses detailOf).
var enhancedDetails = lazy.Value[map[string]detailInfo]{New: func() map[string]detailInfo {
	m := make(map[string]detailInfo, len(enhancedDetailTable))
	for _, e := range enhancedDetailTable {
		m[itoa(e.subject)+"."+itoa(e.detail)] = e.info
	}
	return m
}}
