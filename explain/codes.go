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

// basicCodes are the reply codes of RFC 5321 §4.2 and the SMTP extensions.
var basicCodes = lazy.Value[map[int]codeInfo]{New: func() map[int]codeInfo {
	return map[int]codeInfo{
		// RFC 5321 §4.2.2/§4.2.3
		211: {"System status, or system help reply", Success, "RFC 5321 §4.2.3"},
		214: {"Help message (how to use the server, or the meaning of a non-standard command)", Success, "RFC 5321 §4.2.3"},
		220: {"Service ready (the greeting; after STARTTLS: ready to start TLS, RFC 3207)", Success, "RFC 5321 §4.2.3; RFC 3207 §4"},
		221: {"Service closing transmission channel (reply to QUIT)", Success, "RFC 5321 §4.2.3"},
		235: {"Authentication succeeded (SMTP AUTH)", Success, "RFC 4954 §6"},
		250: {"Requested mail action okay, completed", Success, "RFC 5321 §4.2.3"},
		251: {"User not local; will forward to the forward-path", Success, "RFC 5321 §4.2.3"},
		252: {"Cannot VRFY user, but will accept the message and attempt delivery", Success, "RFC 5321 §4.2.3"},
		253: {"OK, messages pending for the requested node have started (ETRN)", Success, "RFC 1985 §5"},
		334: {"Server challenge in an AUTH exchange: send the next base64 response", Success, "RFC 4954 §4"},
		354: {"Start mail input; end with <CRLF>.<CRLF>", Success, "RFC 5321 §4.2.3"},
		421: {"Service not available, closing transmission channel (the server is shutting down, overloaded, or refusing this client for now)", ServerError, "RFC 5321 §4.2.3, §3.8"},
		432: {"A password transition is needed (SMTP AUTH)", AuthFailed, "RFC 4954 §6"},
		450: {"Requested mail action not taken: mailbox unavailable (e.g. mailbox busy or temporarily blocked for policy reasons)", Unknown, "RFC 5321 §4.2.3"},
		451: {"Requested action aborted: local error in processing", ServerError, "RFC 5321 §4.2.3"},
		452: {"Requested action not taken: insufficient system storage (also: too many recipients, RFC 5321 §4.5.3.1.10)", ServerError, "RFC 5321 §4.2.3, §4.5.3.1.10"},
		454: {"Temporary authentication failure (RFC 4954), or TLS not available due to a temporary reason (RFC 3207)", ServerError, "RFC 4954 §6; RFC 3207 §4"},
		455: {"Server unable to accommodate parameters", Syntax, "RFC 5321 §4.2.3"},
		458: {"Unable to queue messages for the requested node (ETRN)", ServerError, "RFC 1985 §5"},
		459: {"Node not allowed (ETRN)", Policy, "RFC 1985 §5"},
		500: {"Syntax error, command unrecognized (also: line too long; RFC 4954: authentication exchange line too long)", Syntax, "RFC 5321 §4.2.3, §4.5.3.1.10; RFC 4954 §6"},
		501: {"Syntax error in parameters or arguments", Syntax, "RFC 5321 §4.2.3"},
		502: {"Command not implemented", Syntax, "RFC 5321 §4.2.3"},
		503: {"Bad sequence of commands", Syntax, "RFC 5321 §4.2.3"},
		504: {"Command parameter not implemented (RFC 4954: unrecognized authentication type)", Syntax, "RFC 5321 §4.2.3; RFC 4954 §6"},
		521: {"Host does not accept mail (the domain or server accepts no mail at all)", HostUnknown, "RFC 7504 §3"},
		523: {"Encryption required for the requested authentication mechanism (historic, RFC 2554)", TLSRequired, "RFC 2554 §6"},
		530: {"Authentication required (RFC 4954); also used for \"must issue a STARTTLS command first\" (RFC 3207)", AuthRequired, "RFC 4954 §6; RFC 3207 §4"},
		534: {"Authentication mechanism is too weak", AuthFailed, "RFC 4954 §6"},
		535: {"Authentication credentials invalid", AuthFailed, "RFC 4954 §6"},
		538: {"Encryption required for the requested authentication mechanism", TLSRequired, "RFC 4954 §6"},
		550: {"Requested action not taken: mailbox unavailable (e.g. mailbox not found, no access, or command rejected for policy reasons)", Unknown, "RFC 5321 §4.2.3"},
		551: {"User not local; please try the forward-path given", Moved, "RFC 5321 §4.2.3, §3.4"},
		552: {"Requested mail action aborted: exceeded storage allocation (RFC 1870: message size exceeds the fixed maximum)", MailboxFull, "RFC 5321 §4.2.3; RFC 1870 §6"},
		553: {"Requested action not taken: mailbox name not allowed (e.g. mailbox syntax incorrect)", Syntax, "RFC 5321 §4.2.3"},
		554: {"Transaction failed (or, as the greeting: no SMTP service here)", Unknown, "RFC 5321 §4.2.3, §3.1"},
		555: {"MAIL FROM/RCPT TO parameters not recognized or not implemented", Syntax, "RFC 5321 §4.2.3"},
		556: {"Domain does not accept mail (found while relaying: the recipient domain has a null MX or refuses all mail)", HostUnknown, "RFC 7504 §3; RFC 7505 §4.2"},
	}
}}

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

// enhancedDetails maps "S.D" to the registry entry.
var enhancedDetails = lazy.Value[map[string]detailInfo]{New: func() map[string]detailInfo {
	return map[string]detailInfo{
		"0.0":  {"Other undefined status", Unknown, "RFC 3463 §3.1"},
		"1.0":  {"Other address status", Unknown, "RFC 3463 §3.2"},
		"1.1":  {"Bad destination mailbox address (the mailbox does not exist)", UserUnknown, "RFC 3463 §3.2"},
		"1.2":  {"Bad destination system address (the domain does not exist or accepts no mail)", HostUnknown, "RFC 3463 §3.2"},
		"1.3":  {"Bad destination mailbox address syntax", Syntax, "RFC 3463 §3.2"},
		"1.4":  {"Destination mailbox address ambiguous", UserUnknown, "RFC 3463 §3.2"},
		"1.5":  {"Destination address valid", Success, "RFC 3463 §3.2"},
		"1.6":  {"Destination mailbox has moved, no forwarding address", Moved, "RFC 3463 §3.2"},
		"1.7":  {"Bad sender's mailbox address syntax", SenderInvalid, "RFC 3463 §3.2"},
		"1.8":  {"Bad sender's system address (the sender's domain does not exist or cannot receive replies)", SenderInvalid, "RFC 3463 §3.2"},
		"1.9":  {"Message relayed to non-compliant mailer", Success, "RFC 3886 §4"},
		"1.10": {"Recipient address has null MX (the domain accepts no mail)", HostUnknown, "RFC 7505 §4.2"},
		"2.0":  {"Other or undefined mailbox status", Unknown, "RFC 3463 §3.3"},
		"2.1":  {"Mailbox disabled, not accepting messages", MailboxDisabled, "RFC 3463 §3.3"},
		"2.2":  {"Mailbox full", MailboxFull, "RFC 3463 §3.3"},
		"2.3":  {"Message length exceeds administrative limit", MessageTooBig, "RFC 3463 §3.3"},
		"2.4":  {"Mailing list expansion problem", ServerError, "RFC 3463 §3.3"},
		"3.0":  {"Other or undefined mail system status", ServerError, "RFC 3463 §3.4"},
		"3.1":  {"Mail system full (out of disk space)", ServerError, "RFC 3463 §3.4"},
		"3.2":  {"System not accepting network messages", ServerError, "RFC 3463 §3.4"},
		"3.3":  {"System not capable of selected features", ServerError, "RFC 3463 §3.4"},
		"3.4":  {"Message too big for system", MessageTooBig, "RFC 3463 §3.4"},
		"3.5":  {"System incorrectly configured", ServerError, "RFC 3463 §3.4"},
		"3.6":  {"Requested priority was changed", Policy, "RFC 6710 §5"},
		"4.0":  {"Other or undefined network or routing status", Network, "RFC 3463 §3.5"},
		"4.1":  {"No answer from host", Network, "RFC 3463 §3.5"},
		"4.2":  {"Bad connection", Network, "RFC 3463 §3.5"},
		"4.3":  {"Directory server failure (DNS lookup failed)", Network, "RFC 3463 §3.5"},
		"4.4":  {"Unable to route (no usable MX or address for the destination)", HostUnknown, "RFC 3463 §3.5"},
		"4.5":  {"Mail system congestion", RateLimited, "RFC 3463 §3.5"},
		"4.6":  {"Routing loop detected", ServerError, "RFC 3463 §3.5"},
		"4.7":  {"Delivery time expired", Expired, "RFC 3463 §3.5"},
		"5.0":  {"Other or undefined protocol status", Syntax, "RFC 3463 §3.6"},
		"5.1":  {"Invalid command", Syntax, "RFC 3463 §3.6"},
		"5.2":  {"Syntax error", Syntax, "RFC 3463 §3.6"},
		"5.3":  {"Too many recipients", RateLimited, "RFC 3463 §3.6"},
		"5.4":  {"Invalid command arguments", Syntax, "RFC 3463 §3.6"},
		"5.5":  {"Wrong protocol version", Syntax, "RFC 3463 §3.6"},
		"5.6":  {"Authentication exchange line is too long", Syntax, "RFC 4954 §6"},
		"6.0":  {"Other or undefined media error", RFCNoncompliant, "RFC 3463 §3.7"},
		"6.1":  {"Media not supported", RFCNoncompliant, "RFC 3463 §3.7"},
		"6.2":  {"Conversion required and prohibited", RFCNoncompliant, "RFC 3463 §3.7"},
		"6.3":  {"Conversion required but not supported", RFCNoncompliant, "RFC 3463 §3.7"},
		"6.4":  {"Conversion with loss performed", RFCNoncompliant, "RFC 3463 §3.7"},
		"6.5":  {"Conversion failed", RFCNoncompliant, "RFC 3463 §3.7"},
		"6.6":  {"Message content not available (BURL)", ServerError, "RFC 4468 §6"},
		"6.7":  {"Non-ASCII addresses not permitted for that sender/recipient", RFCNoncompliant, "RFC 6531 §3.6; RFC 5248"},
		"6.8":  {"UTF-8 string reply is required, but not permitted by the SMTP client", RFCNoncompliant, "RFC 6531 §3.7.4"},
		"6.9":  {"UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected", RFCNoncompliant, "RFC 6531 §3.7.5"},
		"6.10": {"Duplicate of X.6.8 (deprecated)", RFCNoncompliant, "RFC 6531"},
		"7.0":  {"Other or undefined security status", Policy, "RFC 3463 §3.8"},
		"7.1":  {"Delivery not authorized, message refused", Policy, "RFC 3463 §3.8"},
		"7.2":  {"Mailing list expansion prohibited", Policy, "RFC 3463 §3.8"},
		"7.3":  {"Security conversion required but not possible", Policy, "RFC 3463 §3.8"},
		"7.4":  {"Security features not supported", TLSRequired, "RFC 3463 §3.8"},
		"7.5":  {"Cryptographic failure (Postfix also uses 4.7.5 when TLS fails)", TLSRequired, "RFC 3463 §3.8"},
		"7.6":  {"Cryptographic algorithm not supported", TLSRequired, "RFC 3463 §3.8"},
		"7.7":  {"Message integrity failure", Policy, "RFC 3463 §3.8"},
		"7.8":  {"Authentication credentials invalid", AuthFailed, "RFC 4954 §6"},
		"7.9":  {"Authentication mechanism is too weak", AuthFailed, "RFC 4954 §6"},
		"7.10": {"Encryption needed", TLSRequired, "RFC 5248 §2.4"},
		"7.11": {"Encryption required for requested authentication mechanism", TLSRequired, "RFC 4954 §6"},
		"7.12": {"A password transition is needed", AuthFailed, "RFC 4954 §6"},
		"7.13": {"User account disabled", AuthFailed, "RFC 5248 §2.4"},
		"7.14": {"Trust relationship required", Policy, "RFC 5248 §2.4"},
		"7.15": {"Priority level is too low", Policy, "RFC 6710 §5"},
		"7.16": {"Message is too big for the specified priority", MessageTooBig, "RFC 6710 §5"},
		"7.17": {"Mailbox owner has changed (RRVS)", Moved, "RFC 7293 §3.3"},
		"7.18": {"Domain owner has changed (RRVS)", Moved, "RFC 7293 §3.3"},
		"7.19": {"RRVS test cannot be completed", Policy, "RFC 7293 §3.3"},
		"7.20": {"No passing DKIM signature found", SenderAuth, "RFC 7372 §3.1"},
		"7.21": {"No acceptable DKIM signature found", SenderAuth, "RFC 7372 §3.1"},
		"7.22": {"No valid author-matched DKIM signature found", SenderAuth, "RFC 7372 §3.1"},
		"7.23": {"SPF validation failed", SenderAuth, "RFC 7372 §3.2"},
		"7.24": {"SPF validation error", SenderAuth, "RFC 7372 §3.2"},
		"7.25": {"Reverse DNS validation failed", PTRRequired, "RFC 7372 §3.3"},
		"7.26": {"Multiple authentication checks failed", SenderAuth, "RFC 7372 §3.4"},
		"7.27": {"Sender address has null MX", SenderInvalid, "RFC 7505 §4.1"},
		"7.28": {"Mail flood detected", RateLimited, "IANA SMTP Enhanced Status Codes registry (X.7.28)"},
		"7.29": {"ARC validation failure", SenderAuth, "RFC 8617 §7.2.2"},
		"7.30": {"REQUIRETLS support required", TLSRequired, "RFC 8689 §6"},
	}
}}
