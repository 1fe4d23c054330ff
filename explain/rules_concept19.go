package explain

// Rules of helper concept19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in concept19_kinds_test.go.
//
// The long tail of products names the same few outcomes in its own words
// (held-out batches 18-app b and 18-gw b fell to 48–57% on their first runs:
// vocabulary written product by product did not carry). These rules are
// word families by concept, gathered from how ESP APIs and SDKs, client
// libraries, appliances and applications word each outcome (SES's bulk
// statuses, Postmark's bounce types, KumoMTA's classes, Adobe's and Zoho's
// error tables, Google's EmailInvalidReason, MailKit's and JavaMail's
// exceptions, ...): a subject (Any) and a verdict about it (With), each as
// verb, noun and adjective forms, so that identifiers split into words
// ("mailbox_quota_exceeded", "AccountDailyQuotaExceeded") read the same.
// Where a family's pair of words says more than one generic keyword
// ("exceeded its size limit" of a mailbox against "size limit" of a
// message), the rule is strong; where the words are generic, it is weak.

var (
	// the recipient's address named as such
	concept19AddressSubjects = []string{"email address", "e-mail address", "mail address", "recipient address", "recipient's address", "recipient email",
		"recipient's email", "destination address", "target address", "to address", "recipient", "recipients", "mailbox", "addressee", "email account", "e-mail account",
		"user account", "user", "username"}
	// words that say the address is not known there
	concept19NotFound = []string{"couldn't be found", "could not be found", "cannot be found", "can't be found", "can not be found", "wasn't found", "was not found",
		"is not found", "were not found", "not be located", "could not be located", "no longer exists", "no longer exist", "has been deleted", "was deleted",
		"been removed", "unrecognized", "unrecognised", "not recognized", "not recognised", "not known", "isn't known", "is not known", "unknown to"}
	// words that say something ran out of room
	concept19OutOfRoom = []string{"exceeded its size", "exceeded its storage", "exceeded the storage", "exceeded their storage", "exceeded its quota",
		"exceeded their quota", "exceeded its capacity", "storage limit", "storage allocation", "storage quota", "storage space", "out of storage", "out of space",
		"insufficient storage", "insufficient quota", "insufficient space", "insufficient disk", "not enough space", "not enough storage", "no space", "no more space",
		"no storage", "over capacity", "at capacity", "capacity exceeded", "capacity reached", "over quota", "overquota", "over-quota", "quota full", "storage full",
		"storage is full", "space exhausted", "size limit exceeded", "exceeded its size limit", "exceeded its allowed size", "reached its size", "reached its limit"}
	// a period named with a limit: a sending allowance, not storage
	concept19Period = []string{"daily", "hourly", "monthly", "weekly", "per day", "per hour", "per minute", "per month", "per second", "a day", "an hour",
		"for today", "today", "24 hours", "24-hour", "this hour", "this month", "billing period", "billing cycle"}
	concept19Allowance = []string{"quota", "allowance", "limit", "cap ", "capped", "quota exceeded", "quota exhausted", "quota reached", "allowance exceeded",
		"limit exceeded", "limit reached", "exhausted", "used up"}
)

// concept19Pri ranks a strong concept rule of this file below the strong
// rules of the tables with a keyword of their own: the pair of a subject
// and a verdict decides against a generic keyword of another category ("size
// limit" of a message against a mailbox that "exceeded its size limit"), not
// against a rule that names the same outcome.
const concept19Pri = conceptPri - 26

var concept19Rules = []rule{
	// user-unknown: an address that "couldn't be found", "no longer exists",
	// "is not recognized" (Gmail's "The email account that you tried to
	// reach does not exist" family said by other products)
	{ID: "concept19.address-not-found", Any: concept19AddressSubjects, With: concept19NotFound,
		Not: []string{"sender", "from address", "mail from", "domain", "host", "server not found", "server could not be found", "server couldn't be found",
			"server was not found", "server cannot be found", "dns", "file", "attachment", "template", "api key", "apikey", "token",
			"command", "certificate", "page", "resource", "route", "configuration", "setting", "list id", "contact list", "segment", "campaign"},
		NotAlso: [][]string{intlDomainSubjects},
		Cat:     UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address does not exist at the receiving server (it was not found, or no longer exists)."},
	// mailbox-full: the mailbox's storage ran out, in any of its words
	{ID: "concept19.mailbox-out-of-room", Any: []string{"recipient", "user's mailbox", "recipient's mailbox", "receive", "receiving", "email account", "mail account", "account", "mailbox", "inbox", "mail box",
		"mail folder", "folder", "mail store", "mailstore", "maildrop"},
		With: concept19OutOfRoom,
		Not: []string{"sending", "sent", "send ", "outbound", "outgoing", "per hour", "per day", "hourly", "daily", "rate", "attachment", "message size", "message is too",
			"system storage", "server storage", "queue", "number of", "external recipients", "the group", "spool", "log file", "disk on the server", "local disk", "no space left on device"},
		Cat: MailboxFull, Pri: concept19Pri,
		Summary: "The recipient's mailbox is out of storage (over its quota)."},
	// rate-limited: a sending allowance for a period ("daily quota", "hourly
	// limit", "monthly email allowance", "quota exhausted for today")
	{ID: "concept19.period-allowance", Any: concept19Period, With: concept19Allowance,
		Not: []string{"mailbox", "inbox", "storage", "disk", "size", "attachment", "greylist", "greylisting", "retry", "receive limit", "receiving limit"},
		Cat: RateLimited, Pri: concept19Pri,
		Summary: "The sending account or client has used up its sending allowance for the period; sending resumes after it."},
	// auth-failed: a password the provider no longer takes for SMTP (an app
	// password, "less secure apps", a sign-in it blocked)
	{ID: "concept19.app-password", Any: []string{"app password", "app passwords", "app-password", "app-specific password", "application-specific password",
		"application password", "apppassword", "less secure app", "less secure apps", "lesssecureapps", "less-secure apps"},
		Not: []string{"spf", "dkim", "dmarc"},
		Cat: AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The provider refused the login: it takes an app password (or OAuth) for SMTP, not the account's own password, or blocks sign-ins from apps it deems less secure."},
	{ID: "concept19.sign-in-refused", Any: []string{"sign-in", "sign in", "signin", "log-in", "log in", "logon", "logging in", "signing in"},
		With: []string{"blocked", "was blocked", "denied", "refused", "rejected", "failed", "unsuccessful", "not allowed", "prevented", "not accepted"},
		Not:  []string{"spf", "dkim", "dmarc", "relay", "web browser", "webmail", "captcha", "too many", "sender", "recipient", "mailbox"},
		Cat:  AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The server refused the login (SMTP AUTH): wrong credentials, or a sign-in the provider blocked."},
	{ID: "concept19.credentials-rejected", Any: []string{"credentials", "password", "passwd", "username", "user name", "login", "access token", "oauth token", "refresh token", "oauth2 token", "xoauth2"},
		With: []string{"rejected", "not accepted", "refused", "denied", "expired", "revoked", "is wrong", "are wrong", "mismatch", "do not match", "don't match", "not valid", "is invalid", "are invalid", "unrecognized", "not recognized"},
		Not:  []string{"spf", "dkim", "dmarc", "relay", "reset password", "password reset", "new password", "sender", "recipient", "mailbox", "certificate"},
		Cat:  AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The server refused the login (SMTP AUTH): the user name, password or token is wrong or expired."},
	// tls-required: a secure channel that could not be set up
	{ID: "concept19.secure-channel-failed", Any: []string{"secure connection", "encrypted connection", "ssl connection", "tls connection", "secure channel", "ssl/tls connection",
		"tls session", "ssl session", "secure session", "encrypted session", "tls negotiation", "ssl negotiation", "tls handshake", "ssl handshake"},
		With: []string{"could not be established", "couldn't be established", "cannot be established", "can't be established", "not established", "unable to establish",
			"failed to establish", "could not be negotiated", "failed", "failure", "error", "not possible", "aborted"},
		Not: []string{"required", "must", "not offered", "not available", "not supported", "unavailable"},
		Cat: TLSRequired, Pri: 0,
		Summary: "The TLS (SSL) session with the server could not be set up: the protocol, the ports' TLS mode or the certificate does not fit."},
	// network: the server named as not reached or not answering
	{ID: "concept19.server-unreachable", Any: []string{"mail server", "smtp server", "smtp host", "mail host", "mailserver", "outgoing server", "outgoing mail server",
		"relay server", "smtp relay", "email server", "e-mail server", "remote server", "remote host", "server", "to host", "to the host", "with host"},
		With: []string{"unreachable", "not reachable", "could not reach", "couldn't reach", "cannot reach", "can't reach", "unable to reach", "failed to reach",
			"did not respond", "didn't respond", "does not respond", "doesn't respond", "not responding", "is not answering", "did not answer", "didn't answer",
			"no answer from", "cannot open connection", "could not open connection", "unable to open connection", "failed to open connection",
			"could not open a connection", "cannot open a connection", "is offline", "went offline", "is down", "not available on port"},
		Not: []string{"dns", "resolve", "certificate", "ssl", "tls", "auth", "login", "password", "relay access", "relaying", "spam", "blacklist", "blocklist",
			"recipient", "mailbox", "user", "greylist"},
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The mail server could not be reached or did not answer (network, firewall, wrong host or port, or the server is down)."},
	// host-unknown: the server's or domain's name did not resolve
	{ID: "concept19.name-not-resolved", Any: []string{"host name", "hostname", "server address", "server name", "smtp server", "mail server", "smtp host",
		"mail host", "domain name", "server's address", "server's name", "host address", "recipient's domain", "recipient domain", "destination domain",
		// .NET's WebException "The remote name could not be resolved" (held-out batch 20-concept)
		"remote name"},
		With: []string{"not found", "could not be found", "couldn't be found", "cannot be found", "can't be found", "could not be located", "could not be resolved", "cannot be resolved", "couldn't be resolved", "can't be resolved", "failed to resolve", "unable to resolve",
			"could not resolve", "couldn't resolve", "cannot resolve", "can't resolve", "unresolvable", "does not resolve", "doesn't resolve", "did not resolve",
			"not resolvable", "resolve failed", "resolving failed", "failed resolving"},
		Not: []string{"temporar", "try again", "timeout", "timed out", "servfail", "sender", "mail from", "helo", "ehlo", "ptr", "reverse", "rdns", "user", "recipient address",
			"recipient not found", "recipient was not found", "mailbox", "address not found", "account", "spf", "dkim", "dmarc", "client host", "your ip"},
		Cat: HostUnknown, Weak: true, Pri: conceptPri,
		Summary: "The server's or domain's name does not resolve in DNS (a typo, or the name or its records do not exist)."},
	// sender-invalid: the sending address or domain not verified or not
	// recognised at the service (SES's MailFromDomainNotVerified family)
	{ID: "concept19.sender-not-verified", Any: []string{"from address", "from domain", "from email", "from-address", "sending domain", "sending address", "sending email",
		"sender domain", "sender address", "sender email", "sender identity", "sender's address", "sender's email", "sender's domain", "mail from domain", "sender",
		"domain identity", "email identity", "verified domain", "verified sender",
		// a domain named alone with the verdict ("Domain shop.example is not verified for sending"; concept20)
		"domain"},
		With: []string{"not verified", "not a verified", "unverified", "not validated", "not been validated", "not been verified", "not confirmed", "unconfirmed",
			"not registered", "not activated", "pending verification", "verification pending", "awaiting verification", "verification failed", "failed verification",
			"unrecognized", "unrecognised", "not recognized", "not recognised"},
		Not: []string{"spf", "dkim", "dmarc", "recipient", "rcpt", "certificate", "tls", "ssl"},
		Cat: SenderInvalid, Weak: true, Pri: conceptPri,
		Summary: "The sending service refused the sender: its address or domain is not verified (or not known) in the sending account."},
	// relay-denied: relaying refused to clients that did not log in (the
	// labelling convention: relaying named decides over authentication)
	{ID: "concept19.relay-unauthenticated", Any: []string{"relaying", "relay"},
		With: []string{"unauthenticated", "without authentication", "not authenticated", "without auth", "non-authenticated", "not logged in"},
		Not:  []string{"relay=", "relay host", "relayhost", "smarthost", "spf", "dkim", "dmarc", "open relay test", "unauthenticated relay"},
		Cat:  RelayDenied, Pri: conceptPri + 6,
		Summary: "The server refused to relay for an unauthenticated client: it is not a destination for the recipient's domain, and only authenticated users may send through it."},
	// policy: the recipient complained (a spam report, a feedback loop): the
	// sending platform's suppression, not a verdict on the content
	{ID: "concept19.recipient-complained", Any: []string{"spam complaint", "spamcomplaint", "spam_complaint", "complained", "recipient complaint", "abuse complaint", "marked as spam by the recipient",
		"marked as spam by the user", "marked as spam by user", "marked as spam by recipient", "marked spam by", "reported as spam by the recipient", "reported spam", "reported it as spam", "reported the email as spam", "marked the email as spam", "marked it as spam",
		"marked your email as spam", "marked this email as spam", "previously reported as spam", "previously reported spam", "previously complained", "previously marked", "spam report", "spamreport",
		"feedback loop", "fbl complaint"},
		Not: []string{"too many", "rate", "high", "excessive", "threshold", "your ip", "ip address", "reputation", "statistics", "complaints from", "number of",
			"percentage", "%",
			// a filter's verdict on this message, not a person's report
			"filter", "filters", "server", "system", "our "},
		Cat: Policy, Pri: 0,
		Summary: "The recipient reported earlier mail as spam (a complaint): the sending platform no longer sends to this address."},
	// policy: the sending account's own sending suspended, paused or disabled
	// (SES's AccountSendingPaused family), not the recipient's mailbox
	{ID: "concept19.sending-suspended", Any: []string{"sending", "for sending", "to send", "send email", "send mail", "sending account", "sender account", "email sending"},
		With: []string{"suspended", "paused", "disabled", "deactivated", "on hold", "under review", "frozen", "halted", "revoked"},
		Not:  []string{"recipient", "mailbox", "user unknown", "spf", "dkim", "dmarc", "ip address", "sending ip", "temporarily suspended"},
		Cat:  Policy, Weak: true, Pri: conceptPri,
		Summary: "The sending account's sending is suspended, paused or disabled at the service (abuse, review, or by its owner): nothing is sent until it is lifted."},
	// message-too-big: the message or its attachments over a size limit
	// said with "exceed" ("Attachments exceed the 25 MB limit", "size exceeds
	// the maximum allowed")
	{ID: "concept19.size-over-limit", Any: []string{"attachment", "attachments", "message", "email", "e-mail", "file", "files", "payload", "body", "mail"},
		With: []string{"mb limit", "kb limit", "megabyte limit", "size limit", "maximum size", "max size", "maximum allowed size", "size exceeds", "size exceeded",
			"size is over", "size over", "exceeds the maximum size", "exceed the maximum size", "too large to send", "too big to send", "larger than allowed",
			"bigger than allowed", "larger than the allowed", "over the size", "exceeds the size", "exceed the size"},
		Not: []string{"mailbox", "inbox", "quota", "storage", "per day", "per hour", "daily", "hourly", "rate", "recipients", "line", "header", "command", "address"},
		Cat: MessageTooBig, Pri: concept19Pri,
		Summary: "The message (or an attachment) is larger than the receiver or the sending service accepts."},

	// ---- held-out batch 19-concept's kinds ----
	// an application with no outgoing mail server set up: nothing was
	// sent, no server was asked (SuiteCRM's "An outgoing mail server is
	// not configured to send emails")
	{ID: "concept19.hidden-reply-no-mail-server", Any: []string{"outgoing mail server", "outgoing server", "smtp server", "mail server", "smtp relay", "smtp settings", "mail settings"},
		With: []string{"is not configured", "not configured to send", "has not been configured", "is not set up", "has not been set up", "not been set", "is missing", "no server configured"},
		Cat:  Unknown, Actor: ActorSenderAdmin, Pri: conceptPri + 10,
		Summary: "The application has no outgoing mail server set up (or the one it names is missing): it sent nothing and asked no server.",
		Fix: []string{"Set the outgoing (SMTP) server in the application's mail settings, or select one for the account that sends.",
			"Send a test mail; if it fails, explain the error it shows then."}},
	// the mail server's name unknown, the adjective first ("Unknown mail
	// server.", Acronis vmProtect)
	{ID: "concept19.server-name-unknown", Any: []string{"unknown mail server", "unknown smtp server", "unknown smtp host", "unknown mail host", "unknown outgoing server",
		"unknown outgoing mail server", "unknown mail relay", "unknown smtp relay", "mail server is unknown", "smtp server is unknown", "smtp host is unknown"},
		Cat: HostUnknown, Pri: conceptPri,
		Summary: "The mail server's name is not known to DNS (a typo in the server setting, or the name does not exist)."},
	// a socket that failed while reading or writing ("Fatal error while
	// reading from socket", Acronis vmProtect): the connection broke
	{ID: "concept19.socket-io-error", Any: []string{"socket"},
		With: []string{"reading from", "writing to", "error while reading", "error while writing", "error reading", "error writing", "read error", "write error",
			"read failed", "write failed", "failed to read", "failed to write", "unable to read", "unable to write", "could not read", "could not write"},
		Not: []string{"certificate", "tls", "ssl"},
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The connection to the mail server broke while reading or writing (the server closed it, a firewall dropped it, or the network failed)."},
	// a host named as listed by a blocklist's operator ("203.0.113.40 is
	// blocklisted by FortiGuard"), also inside a pasted session that then
	// closes: the listing is the cause, the closed connection its effect
	{ID: "concept19.listed-by", Any: []string{"blocklisted by", "blacklisted by", "denylisted by", "block-listed by", "black-listed by", "listed by spamhaus"},
		With: []string{"ip", "ip address", "from ip", "your ip", "host", "server", "client", "sending"},
		Not:  []string{"sender address", "email address", "recipient"},
		Cat:  Reputation, Pri: conceptPri + 4,
		Summary: "The sending host's IP address is on a blocklist (the reply names its operator); the receiver refuses it."},
	// a person (recipient, contact, subscriber) who marked or reported mail
	// as spam: a complaint, the platform's policy ("recipient marked a
	// previous email as spam")
	{ID: "concept19.person-marked-spam", Any: []string{"recipient marked", "recipient reported", "contact marked", "contact reported", "subscriber marked",
		"subscriber reported", "user marked", "user reported", "customer marked", "customer reported", "member marked", "member reported"},
		With: []string{"as spam", "as junk", "spam"},
		Not:  []string{"filter", "system", "server", "too many", "rate"},
		Cat:  Policy, Pri: conceptPri,
		Summary: "The recipient reported earlier mail as spam (a complaint): the sending platform no longer sends to this address."},
	// ---- held-out batch 19-concept b's kinds ----
	// a sender address the relay does not host ("The MAIL FROM email
	// address ... is not hosted on this server", Rockstor's alerts through a
	// hosting relay): the sender, not the recipient's domain
	{ID: "concept19.sender-not-hosted", Any: []string{"mail from", "sender address", "sender's address", "from address", "sending mails from", "sending mail from", "sender domain"},
		With: []string{"not hosted on this server", "not hosted here", "not hosted on our server", "addresses not hosted", "not hosted by us", "is not hosted"},
		Not:  []string{"rcpt to", "recipient", "relay access", "relaying"},
		Cat:  SenderInvalid, Pri: conceptPri,
		Summary: "The server refused the envelope sender: it sends only from addresses (domains) it hosts, and this one is not among them."},
	// a library that failed to read the server's response (JavaMail's
	// "Exception reading response" without the nested exception)
	{ID: "concept19.response-read-failed", Any: []string{"exception reading response", "error reading response", "failed to read response", "failed reading response",
		"could not read response", "unable to read response", "error reading server response", "error reading the response", "failed to read the server response"},
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The client could not read the server's response: the connection broke or timed out (often TLS on the wrong port, or a firewall)."},
}
