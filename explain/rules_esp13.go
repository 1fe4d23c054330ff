package explain

import "strings"

// Held-out batch 13-esp (issue 10): what sending platforms say about their
// own sends — their bounce classifications and labels, suppression and
// send-skip reasons, and API errors (testdata/corpus/heldout13-esp*.tsv:
// Constant Contact, Marketo, Mailchimp, SocketLabs, Iterable, Buttondown,
// Kit, GetResponse, AWeber, Engaging Networks, ...). The kinds its first run
// showed, fixed here at their level:
//
//   - a platform's label without a subject: a bounce or undeliverability
//     record whose reason is a bare label ("Non-Existent", "out_of_storage",
//     "ip_blocked", "routing-errors", "SoftBounceTimeOut") speaks of the
//     recipient the record is about; the labels' words join the concepts
//     (the values' identifier words are read by identifierWords);
//   - the sender's own account and request at a platform: a plan that asks
//     for payment, a password locked out, a do-not-mail registry, a
//     suppression for a complaint, a message without subject or content, an
//     invalid From, a length limit in characters;
//   - priority: "suspended" said of the delivery or of a platform's own
//     flag ("suspended from delivery", Marketo's "Email Suspended") is no
//     disabled mailbox; "email authentication" that fails is SPF/DKIM/DMARC,
//     not SMTP AUTH; a message blocked "due to (its) content" is content,
//     not a bare policy;
//   - vocabulary of the receiving side the platforms report in their own
//     words: a server that is down or offline or overloaded, a message that
//     "does not meet" the receiver's policies.

// esp13Rules: the rules of held-out batch 13-esp, each with the reason it
// generalises.
var esp13Rules = []rule{
	// ---- a record's bare label: its subject is the recipient ----
	// ("Bounce type: Non-Existent", Constant Contact's "reported as
	// non-existent": the address, unless the record names the domain)
	{ID: "esp13.non-existent-address", Any: []string{"non-existent", "nonexistent", "non existent", "non-existing", "nonexisting", "non existing"},
		With: []string{"address", "recipient", "mailbox", "user", "email", "contact", "bounce", "account", "subscriber"},
		Not:  []string{"domain", "host", "mx record", "sender", "from address", "file", "template", "resource", "campaign", "api key", "list id"},
		Cat:  UserUnknown, Pri: esp9Pri,
		Summary: "The platform reports the recipient address as non-existent: the receiving server said it does not exist."},
	// an undeliverability or bounce reason that names the recipient's
	// storage ("out_of_storage", "quota-issues")
	{ID: "esp13.out-of-storage", Any: []string{"out of storage", "out of space", "quota issues", "quota issue", "storage full", "no storage left", "storage exhausted", "quota error"},
		Not: []string{"system storage", "server", "disk", "queue", "spool", "our storage", "sending", "send quota", "api", "daily", "per day", "per hour"},
		Cat: MailboxFull, Pri: conceptPri,
		Summary: "The recipient's mailbox is out of storage (over quota)."},
	// an undeliverable subscriber whose mailbox is disabled
	// (undeliverability_reason: disabled)
	{ID: "esp13.undeliverable-disabled", Any: []string{"disabled", "deactivated", "inactive"},
		With: []string{"undeliverable", "undeliverability", "bounce reason", "bounce type"},
		Not:  []string{"api", "key", "token", "sender", "sending", "domain", "webhook", "tracking", "plan", "your account"},
		Cat:  MailboxDisabled, Pri: conceptPri,
		Summary: "The platform marked the recipient undeliverable: the mailbox is disabled or inactive."},
	// the sending IP named as blocked in a label ("ip_blocked", "IP
	// blocked"): the sender's reputation
	{ID: "esp13.ip-blocked-label", Any: []string{"ip blocked", "ip is blocked", "ip was blocked", "ip has been blocked", "ip blacklisted", "ip blocklisted", "ip listed"},
		Not: []string{"too many", "rate", "connections", "relay", "authenticat", "whitelist", "allow list", "reverse", "ptr"},
		Cat: Reputation, Pri: conceptPri,
		Summary: "The receiver blocks the sending IP address (its reputation)."},
	// a routing failure in a label ("routing-errors", "Routing issues")
	{ID: "esp13.routing-errors", Any: []string{"routing error", "routing errors", "routing issue", "routing issues", "routing problem", "routing problems", "routing failure"},
		Not: []string{"loop", "hop"},
		Cat: Network, Pri: conceptPri,
		Summary: "Routing to the receiving server failed."},
	// a timeout in two words ("SoftBounceTimeOut" read as "soft bounce
	// time out", "connection time-out")
	{ID: "esp13.time-out", Any: []string{"time out", "time-out"},
		With: []string{"connection", "bounce", "smtp", "server", "delivery", "session", "host", "soft"},
		Not:  []string{"password", "token", "session expired", "queue"},
		Cat:  Network, Pri: conceptPri,
		Summary: "The connection to the receiving server timed out."},
	// the receiving server is down, offline or overloaded, as platforms
	// word their soft bounces
	{ID: "esp13.server-down", Any: []string{"server is down", "server was down", "server down", "server is offline", "server was offline", "server offline",
		"down or offline", "host is down", "host was down", "host is offline", "mail server is unavailable", "email server is unavailable"},
		Not: []string{"maintenance", "our server", "our servers", "api"},
		Cat: Network, Pri: conceptPri,
		Summary: "The receiving mail server was down or offline: it did not answer."},
	{ID: "esp13.server-overloaded", Any: []string{"overloaded", "over loaded", "overload"},
		Not: []string{"too many", "rate", "recipients", "api"},
		Cat: ServerError, Pri: conceptPri,
		Summary: "The receiving server is overloaded and did not take the message now."},
	// a label with nothing to tell: the record is a bounce all the same
	// ("Bounce type: Other — we could not decipher the bounce message")
	{ID: "esp13.undeciphered-bounce", Any: []string{"could not decipher", "couldn't decipher", "could not be deciphered", "could not classify", "could not be classified",
		"cannot determine the reason", "can't determine the reason", "could not determine the reason", "unable to determine the reason"},
		Cat: Unknown, Pri: conceptPri,
		Summary: "The platform could not tell why the message bounced: read the receiving server's reply if the report has it."},

	// ---- the receiver's refusal in the platforms' words ----
	// "Email message blocked due to content", "blocked because of its
	// content", "content-related": the content, not a bare policy
	{ID: "esp13.blocked-for-content", Any: []string{"due to content", "due to its content", "due to the content", "because of content", "because of its content",
		"because of the content", "based on content", "based on the content", "based on the message's content", "for its content", "content related", "content-related"},
		Not: []string{"attachment", "file type", "executable", "virus", "malware", "dmarc", "spf", "dkim", "size", "too large", "encoding",
			// a content policy or restriction is the receiver's policy ("due to Content Examination
			// Policy", Mimecast; "due to content restrictions")
			"policy", "restriction", "content rule"},
		Cat: SpamContent, Pri: esp9Pri,
		Summary: "The receiver blocked the message for its content (its filters took it for spam)."},
	// "does not meet the recipient server's policies": the receiver's policy
	{ID: "esp13.does-not-meet-policy", Any: []string{"does not meet", "doesn't meet", "did not meet", "didn't meet", "fails to meet", "failed to meet", "not meet"},
		With: []string{"policy", "policies"},
		Not:  []string{"spam", "virus", "dmarc", "spf", "dkim", "authentication", "size"},
		Cat:  Policy, Pri: conceptPri,
		Summary: "The message does not meet the receiving server's policies."},
	// "Failing email authentication", "message authentication failed":
	// SPF, DKIM or DMARC of the message, not SMTP AUTH of a client
	{ID: "esp13.email-authentication", Any: []string{"email authentication", "message authentication", "mail authentication", "e-mail authentication",
		"domain authentication", "authentication of the email", "authentication of the message"},
		With: []string{"fail", "failed", "failing", "failure", "did not pass", "not pass", "missing", "lacks", "required", "requirements"},
		Not:  []string{"smtp authentication", "smtp auth", "login", "password", "credentials"},
		Cat:  SenderAuth, Pri: esp9Pri,
		Summary: "The message failed email authentication (SPF, DKIM or DMARC) at the receiver."},

	// ---- the sender's own account and request at the platform ----
	// a feature or send that needs a paid plan ("The requested feature
	// requires payment", "402 Payment Required")
	{ID: "esp13.payment-required", Any: []string{"requires payment", "payment is required", // not "Payment Required": the phrase of an HTTP 402, which says no more
		"requires a paid plan", "requires a paid account",
		"requires a paid subscription", "needs a paid plan"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The sending platform refused the request: it needs a paid plan or a payment on your account.",
		Fix:     []string{"Check the account's billing and plan in the platform's dashboard: pay the open balance or choose a plan that includes the feature, then resend."},
		Actor:   ActorSender},
	// an account's password locked after failed logins ("PASSWORD_LOCKOUT",
	// "Password locked.", "locked out")
	// (phrases that name what is locked: a phrase now starts a word, so
	// "locked out" is not found in "blocked outside" — final14)
	{ID: "esp13.password-locked", Any: []string{"password locked", "password lockout", "password is locked", "account locked out", "user locked out",
		"is locked out", "been locked out", "was locked out", "account lockout"},
		Not: []string{"recipient", "mailbox", "inbox"},
		Cat: AuthFailed, Pri: esp9Pri,
		Summary: "The login is locked after failed attempts: the platform refuses the credentials until the lockout ends or the password is reset.",
		Fix:     []string{"Reset the password (or wait for the lockout to end), then update the credentials the application uses."}},
	// an API key without the scope the call needs ("API key lacks the
	// required scope", "insufficient_permissions"): the key's right, not a
	// key that is missing
	{ID: "esp13.key-scope", Any: []string{"api key", "api token", "access token", "the key", "this key"},
		With: []string{"required scope", "lacks the required", "insufficient scope", "insufficient permissions", "insufficient_permissions", "missing scope", "lacks scope", "not in scope"},
		Cat:  AuthFailed, Pri: esp9Pri,
		Summary: "The sending platform refused the request: the API key lacks the scope (permission) the call needs.",
		Fix:     []string{"Use a key with the scope the call needs (for sending: a sending scope such as email:send), or add that scope to the key in the platform's dashboard."}},
	// a bounce type that says only that the failure was temporary (Amazon
	// SES SendBounce's TemporaryFailure, its Undefined): a bounce all the
	// same, its cause unknown
	{ID: "esp13.bouncetype-temporaryfailure", ESP: espAny + " bouncetype=temporaryfailure", Cat: Unknown,
		Summary: "The bounce is typed a temporary failure, without its cause."},
	{ID: "esp13.bouncetype-undefined", ESP: espAny + " bouncetype=undefined", Cat: Unknown,
		Summary: "The bounce's type is undefined: the record does not say why."},
	// an HTTP Authorization header that is missing ("No Authorization header
	// sent", "missing_authorization"): the API's credential, not a mail header
	{ID: "esp13.authorization-header-missing", Any: []string{"authorization header", "missing authorization", "no authorization", "authorization missing", "authorization is missing"},
		With: []string{"no ", "missing", "not sent", "not provided", "required", "absent", "empty"},
		Not:  []string{"invalid", "expired", "revoked", "malformed"},
		Cat:  AuthRequired, Pri: esp9Pri,
		Summary: "The sending platform's API refused the request: it carries no credential (no Authorization header).",
		Fix:     []string{"Send the API key with the request (usually Authorization: Bearer <key>), as the platform documents."}},
	// the sender's domain that the platform has not verified ("Domain not
	// verified", "domain_not_verified"), whatever DNS records the fix names
	{ID: "esp13.domain-not-verified", Any: []string{"domain not verified", "domain is not verified", "domain has not been verified", "domain isn't verified", "unverified domain",
		"domain not yet verified", "domain verification pending", "domain is unverified",
		// the same in es/pt/fr/it/de (batch 26-parse: a Spanish note on Brevo's refusal)
		"dominio no verificado", "domínio não verificado", "domaine non vérifié", "dominio non verificato", "domain nicht verifiziert"},
		Not: []string{"recipient", "dkim signature", "tls"},
		Cat: SenderInvalid, Pri: esp9Pri,
		Summary: "The sending platform refused the message: the sending domain is not verified on the account.",
		Fix:     []string{"Add the DNS records the platform shows for the domain and verify it, or send from a domain that is verified."}},
	// a usage limit that was hit ("Rate or usage limit hit")
	{ID: "esp13.usage-limit", Any: []string{"usage limit", "limit hit", "limit was hit", "limit has been hit", "quota hit"},
		Not: []string{"mailbox", "storage", "disk", "size"},
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The platform's rate or usage limit was hit: it takes more requests after the limit resets."},
	// the platform's own service down ("Downstream outage", "partial outage")
	{ID: "esp13.outage", Any: []string{"outage", "outages"},
		Cat: ServerError, Pri: conceptPri,
		Summary: "The sending service (or a service it depends on) has an outage: the request usually succeeds when it is retried later."},
	// a provider's block of the sender's mail as a suppression reason
	// ("Mail block", Momentum's class 50): the receiver's policy
	{ID: "esp13.mail-block", Any: []string{"mail block", "mailblock", "mail blocker", "mail blockers"},
		Not: []string{"spam", "virus", "reputation", "blacklist", "blocklist", "email block", "e-mail block"},
		Cat: Policy, Pri: conceptPri,
		Summary: "The recipient's provider blocks the sender's mail (a mail block): it does not process it."},
	// an account's state in a web API's answer ("Account suspended. Contact
	// support.", {"error":"The account has been disabled"}): the API's
	// caller's account, the sender's, not a recipient's mailbox. Its words
	// decide when the answer names the platform's side (support, billing, a
	// dashboard, a workspace); any web API answer without a reply code gets
	// it over a disabled mailbox (apiAccountAnswer, classify.go).
	{ID: esp13APIAccountState, Any: []string{"account has been disabled", "account is disabled", "account disabled", "account has been suspended", "account is suspended",
		"account suspended", "account has been deactivated", "account is deactivated", "account deactivated", "account has been blocked", "account is blocked", "account is inactive"},
		With: []string{"contact support", "contact our support", "support team", "reinstate", "billing", "dashboard", "workspace", "organization", "organisation", "api key", "api"},
		Not:  []string{"recipient", "mailbox", "you tried to reach", "addressee", "spam", "abuse", "abusive", "unsolicited", "complaints"},
		Cat:  Policy, Pri: esp9Pri + 4, // over the recipient's disabled mailbox (winmta11.recipient-inactive, mta.mailbox-disabled)
		Actor:   ActorSender,
		Summary: "The sending platform refused the request: your account there is disabled or suspended.",
		Fix: []string{"Read the platform's notice or dashboard for why the account is disabled or suspended (billing, a compliance review, a policy breach) and what it asks you to do.",
			"Contact the platform's support to have it reinstated, then resend."}},
	// a platform that blocked the send before delivery ("preblocked":
	// Bloomreach's status for a provider's block or suppression list)
	{ID: "esp13.preblocked", Any: []string{"preblocked", "pre-blocked", "pre blocked"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The send was blocked before delivery: the recipient's provider blocks it or the address is on a suppression list."},
	// a connection error named as such ("Connection error while enqueuing
	// the email to the provider")
	{ID: "esp13.connection-error", Any: []string{"connection error", "connection errors"},
		Not: []string{"tls", "ssl", "certificate", "authentication", "login"},
		Cat: Network, Pri: conceptPri,
		Summary: "The connection failed."},
	// a recipient who marked earlier mail as spam, as a platform's drop or
	// suppression reason ("Spam Reports - the recipient marked your email as
	// spam"): the platform's suppression, policy (as mta7.suppressed's
	// "marked your messages as spam")
	{ID: "esp13.spam-report", Any: []string{"marked your email as spam", "marked your emails as spam", "marked the email as spam", "marked your message as spam",
		"marked this email as spam", "spam reports", "spam report"},
		Not: []string{"sender reputation", "your ip", "complaint rate", "too many"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The platform does not send: the recipient marked earlier mail as spam (a spam report), and the address is suppressed."},
	// a recipient who unsubscribed, as a platform's drop reason ("Dropped:
	// Group Unsubscribes", "opted out")
	{ID: "esp13.unsubscribed", Any: []string{"unsubscribes", "unsubscribed", "group unsubscribe", "global unsubscribe", "opted out", "opted-out"},
		With: []string{"dropped", "suppress", "skipped", "not sent", "did not send", "group", "global", "recipient", "contact", "subscriber", "reason", "status"},
		Not:  []string{"list-unsubscribe", "unsubscribe header", "one-click", "unsubscribe link"},
		Cat:  Policy, Pri: esp9Pri,
		Summary: "The platform does not send: the recipient unsubscribed (or opted out)."},
	// an address that bounced before, on the platform's bounce list ("Repeat
	// bounce - this address bounced before"): the address does not exist (as
	// mta7.suppressed-bounced)
	{ID: "esp13.bounced-before", Any: []string{"bounced before", "repeat bounce", "bounce suppression list", "on the bounce list", "in the bounce list"},
		Not: []string{"spam", "complaint", "unsubscribe"},
		Cat: UserUnknown, Pri: 18, // over the suppression list in general (mta7.suppressed)
		Summary: "The platform did not send: the address bounced as invalid before and is on its bounce list."},
	// a recipient on a do-not-mail list or registry: the platform will not
	// send ("Lead is in Do-Not-Mail registry")
	{ID: "esp13.do-not-mail", Any: []string{"do-not-mail", "do not mail", "do-not-email", "do not email", "do-not-contact", "do not contact", "donotmail", "dnc list"},
		// (a hold after soft bounces is read by common24.held-after-soft-bounces:
		// the platform's hold names no cause, unknown; convention of common24)
		Not: []string{"soft bounces", "soft-bounces", "softbounces"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The platform did not send: the recipient is on a do-not-mail list (a suppression)."},
	// a suppression whose reason is a complaint, an unsubscribe or the
	// message service's own list ("reason=COMPLAINT",
	// "SuppressedByMessageService")
	{ID: "esp13.suppressed-reason", Any: []string{"suppression", "suppressed", "suppressions"},
		With: []string{"complaint", "complained", "spam report", "unsubscribe", "unsubscribed", "manual", "manually", "message service", "by the provider", "service provider",
			"by you", "by the user", "by a user", "by an admin", "by the account"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The platform did not send: the address is suppressed (a complaint, an unsubscribe or the sending service's own suppression list)."},
	// a message without subject or content ("No subject was found in the
	// message", Iterable's "EmptyContent")
	{ID: "esp13.no-subject-or-content", Any: []string{"no subject was found", "no subject found", "subject is missing", "missing a subject", "without a subject",
		"empty content", "has no content", "no content at all", "content is empty", "no message body was found", "no body was found", "no valid body"},
		Cat: RFCNoncompliant, Pri: esp9Pri,
		Summary: "The platform refused the message: it has no subject or no content.",
		Fix:     []string{"Give the message a subject and a body (text or HTML) before sending it."}},
	// an invalid From in the platforms' words ("InvalidFrom", "From email
	// address in the message in invalid")
	{ID: "esp13.invalid-from", Any: []string{"invalid from", "from invalid", "from email address", "from address", "from e-mail address"},
		With: []string{"invalid", "validation", "is missing", "missing from", "not valid"},
		// (nor go-smtp's "invalid FROM parameter": the MAIL FROM command's syntax, held-out batch 15)
		Not: []string{"recipient", "spf", "dmarc", "dkim", "reply-to", "reply to", "verified", "verify", "from parameter", "syntax error in parameters"},
		Cat: SenderInvalid, Pri: esp9Pri,
		Summary: "The platform refused the From address: it is missing or not a valid address."},
	// a length limit in characters or bytes ("Campaign content cannot
	// exceed 300000 characters")
	{ID: "esp13.cannot-exceed-length", Any: []string{"cannot exceed", "can't exceed", "must not exceed", "may not exceed", "should not exceed", "exceeds the maximum", "exceeded the maximum"},
		With: []string{"characters", "bytes", "kb", "mb", "size", "length"},
		Not:  []string{"recipient", "requests", "per hour", "per day", "messages per", "emails per", "connections", "attempts", "subject"},
		Cat:  MessageTooBig, Pri: conceptPri,
		Summary: "The message (or its content) is longer than the platform accepts."},
	// an address typed wrong ("the email address was entered incorrectly",
	// Mailchimp's syntax bounce)
	{ID: "esp13.address-entered-incorrectly", Any: []string{"entered incorrectly", "typed incorrectly", "was mistyped", "is mistyped", "typo in the address", "syntax bounce"},
		Cat: Syntax, Pri: esp9Pri,
		Summary: "The recipient address was entered incorrectly: it is not a valid address."},
	// Marketo's person field "Email Invalid" (its cause is the receiver's
	// reply): Marketo set it for an address that does not exist
	{ID: "esp13.marketo-email-invalid", Any: []string{"email invalid cause", "email invalid: true", "email invalid = true", "marked email invalid", "set to email invalid"},
		Cat: UserUnknown, Pri: conceptPri, Provider: "Marketo",
		Summary: "Marketo marked the person Email Invalid: the receiving server said the address does not exist (a category 2 hard bounce)."},
}

// espSocketLabs: SocketLabs' Injection API, whose answer names its
// result in ErrorCode ({"ErrorCode":"AccountDisabled","MessageResults":
// [...],"TransactionReceipt":null}): a documented code family, every value
// decides, not only the ones seen.
const espSocketLabs = "SocketLabs"

// espOf13 names the service of an answer by the fields batch 13-esp added
// ("" when none says): SocketLabs' ErrorCode beside its MessageResults or
// TransactionReceipt.
func espOf13(kvs []espKV, s string) string {
	for _, kv := range kvs {
		if kv.key == "errorcode" && (indexFold(s, "transactionreceipt") >= 0 || indexFold(s, "messageresults") >= 0 || indexFold(s, "addressresults") >= 0) {
			return espSocketLabs
		}
	}
	return ""
}

// espFields13: SocketLabs' SendResult values (the Injection API's
// ErrorCode): the sender's account, credentials and request, and the
// message the request carried.
var espFields13 = []espField{
	{espSocketLabs, "errorcode", "accountdisabled", Policy, "SocketLabs AccountDisabled: your SocketLabs account has been disabled; it sends nothing until it is reinstated."},
	{espSocketLabs, "errorcode", "overquota", RateLimited, "SocketLabs OverQuota: the account is over its send quota (rate limit exceeded)."},
	{espSocketLabs, "errorcode", "toomanymessages", RateLimited, "SocketLabs TooManyMessages: the request carries more messages than one call may."},
	{espSocketLabs, "errorcode", "toomanyrecipients", RateLimited, "SocketLabs TooManyRecipients: the message has more recipients than one message may."},
	{espSocketLabs, "errorcode", "recipientvalidationmaxexceeded", RateLimited, "SocketLabs RecipientValidationMaxExceeded: the message has more recipients than one message may."},
	{espSocketLabs, "errorcode", "invalidauthentication", AuthFailed, "SocketLabs InvalidAuthentication: the ServerId and API key do not match."},
	{espSocketLabs, "errorcode", "authenticationvalidationfailed", AuthFailed, "SocketLabs AuthenticationValidationFailed: the ServerId or API key is missing or invalid."},
	{espSocketLabs, "errorcode", "messagetoolarge", MessageTooBig, "SocketLabs MessageTooLarge: the message is larger than the API accepts."},
	{espSocketLabs, "errorcode", "invalidfrom", SenderInvalid, "SocketLabs InvalidFrom: the From address is not valid."},
	{espSocketLabs, "errorcode", "emailaddressvalidationmissingfrom", SenderInvalid, "SocketLabs EmailAddressValidationMissingFrom: the message has no From address."},
	{espSocketLabs, "errorcode", "emailaddressvalidationinvalidfrom", SenderInvalid, "SocketLabs EmailAddressValidationInvalidFrom: the From address is not valid."},
	{espSocketLabs, "errorcode", "emptysubject", RFCNoncompliant, "SocketLabs EmptySubject: the message has no subject."},
	{espSocketLabs, "errorcode", "messagevalidationemptysubject", RFCNoncompliant, "SocketLabs MessageValidationEmptySubject: the message has no subject."},
	{espSocketLabs, "errorcode", "emptymessage", RFCNoncompliant, "SocketLabs EmptyMessage: the message has no body."},
	{espSocketLabs, "errorcode", "messagevalidationemptymessage", RFCNoncompliant, "SocketLabs MessageValidationEmptyMessage: the message has no body."},
	{espSocketLabs, "errorcode", "novalidbodyparts", RFCNoncompliant, "SocketLabs NoValidBodyParts: the message has no valid body part."},
	{espSocketLabs, "errorcode", "templatehasnocontent", RFCNoncompliant, "SocketLabs TemplateHasNoContent: the template the message names has no content."},
	{espSocketLabs, "errorcode", "messagevalidationinvalidcustomheaders", RFCNoncompliant, "SocketLabs MessageValidationInvalidCustomHeaders: the message's custom headers are not valid."},
	{espSocketLabs, "errorcode", "invalidattachment", Policy, "SocketLabs InvalidAttachment: an attachment of the message is not accepted."},
	{espSocketLabs, "errorcode", "novalidrecipients", Syntax, "SocketLabs NoValidRecipients: no recipient of the message is a valid address."},
	{espSocketLabs, "errorcode", "invalidaddress", Syntax, "SocketLabs InvalidAddress: a recipient address is not valid."},
	{espSocketLabs, "errorcode", "recipientvalidationinvalidrecipients", Syntax, "SocketLabs RecipientValidationInvalidRecipients: recipient addresses are not valid."},
	{espSocketLabs, "errorcode", "recipientvalidationnoneinmessage", Syntax, "SocketLabs RecipientValidationNoneInMessage: the message has no recipient."},
	{espSocketLabs, "errorcode", "recipientvalidationmissingto", Syntax, "SocketLabs RecipientValidationMissingTo: the message has no To address."},
	{espSocketLabs, "errorcode", "emptytoaddress", Syntax, "SocketLabs EmptyToAddress: the message has no To address."},
	{espSocketLabs, "errorcode", "recipientvalidationinvalidreplyto", Syntax, "SocketLabs RecipientValidationInvalidReplyTo: the Reply-To address is not valid."},
	{espSocketLabs, "errorcode", "invaliddata", Syntax, "SocketLabs InvalidData: the request has invalid data."},
	{espSocketLabs, "errorcode", "invalidmergedata", Syntax, "SocketLabs InvalidMergeData: the message's merge data is not valid."},
	{espSocketLabs, "errorcode", "invalidtemplateid", Syntax, "SocketLabs InvalidTemplateId: the template id is not valid."},
	{espSocketLabs, "errorcode", "messagebodyconflict", Syntax, "SocketLabs MessageBodyConflict: the message's body parts conflict (a template and a body)."},
	{espSocketLabs, "errorcode", "nomessages", Syntax, "SocketLabs NoMessages: the request carries no message."},
	{espSocketLabs, "errorcode", "timeout", Network, "SocketLabs Timeout: sending the request to the API timed out."},
	{espSocketLabs, "errorcode", "internalerror", ServerError, "SocketLabs InternalError: the API failed on its own side."},
	{espSocketLabs, "errorcode", "unknownerror", Unknown, "SocketLabs UnknownError: an error SocketLabs did not foresee."},
	// Postmark's bounce types the table of batch 7 did not list (held-out batch 13-esp b)
	{espPostmark, "type", "unconfirmed", Policy, "Postmark bounce type Unconfirmed: the subscriber has not confirmed the registration (double opt-in); Postmark does not send to it."},
	{espPostmark, "type", "addresschange", Moved, "Postmark bounce type AddressChange: the recipient asked for an address change."},
	{espPostmark, "type", "challengeverification", Policy, "Postmark bounce type ChallengeVerification: the receiver's challenge-response filter asks the sender to verify before it delivers."},
	{espPostmark, "type", "smtpapierror", Unknown, "Postmark bounce type SMTPApiError: an error while Postmark accepted the message through its SMTP API."},
	{espPostmark, "type", "templaterenderingfailed", Syntax, "Postmark bounce type TemplateRenderingFailed: the message's template could not be rendered with the model sent."},
}

// espClassHints13: SocketLabs' results that a retry of the same request
// may overcome, and the recipient caps that it does not.
var espClassHints13 = []espClassHint{
	// Amazon SES SendBounce's BounceType TemporaryFailure (held-out batch 13-esp b)
	{espAny, "bouncetype", "temporaryfailure", ClassTransient},
	{espSocketLabs, "errorcode", "overquota", ClassTransient},
	{espSocketLabs, "errorcode", "timeout", ClassTransient},
	{espSocketLabs, "errorcode", "internalerror", ClassTransient},
	{espSocketLabs, "errorcode", "toomanymessages", ClassPermanent},
	{espSocketLabs, "errorcode", "toomanyrecipients", ClassPermanent},
	{espSocketLabs, "errorcode", "recipientvalidationmaxexceeded", ClassPermanent},
}

// parenStatusAt reports a web API's status that a client appends to its
// message in parentheses ("Your application has been rate limited (403
// error)", "API Temporarily unavailable (503 error)"): the words before it
// are the answer's, the number is its HTTP status. The parser leaves "error"
// as the text after the number and the words before the parenthesis as its
// context, which must name an API ("API", "AWeberAPIException", a URL or
// JSON): a mail client's "mailbox unavailable (550 error)" stays SMTP.
func parenStatusAt(text, context string) bool {
	if t := strings.Trim(text, " ()"); !strings.EqualFold(t, "error") || strings.TrimSpace(context) == "" {
		return false
	}
	// "API" or "Api" inside an identifier ("AWeberAPIException",
	// "ListApiClient"), not the letters inside a word ("rapid", "capital")
	return webAPIWords(context) || strings.Contains(context, "API") || strings.Contains(context, "Api") || indexFold(context, "apierror") >= 0 || indexFold(context, "apiexception") >= 0
}

// esp13APIAccountState names the rule for an account's state in a web
// API's answer.
const esp13APIAccountState = "esp13.api-account-state"

// apiAccountAnswer reports a web API's answer (JSON, the words API or HTTP,
// a URL) whose account is disabled or suspended and that names no recipient
// or mailbox: without a reply code, the account is the API caller's.
func apiAccountAnswer(s string) bool {
	if !webAPIWords(s) || indexFold(s, "account") < 0 {
		return false
	}
	for _, w := range [...]string{"recipient", "mailbox", "you tried to reach", "addressee", "user account", "spam", "abuse", "unsolicited", "complaints"} {
		if indexFold(s, w) >= 0 {
			return false
		}
	}
	return true
}

// ruleNamed is the engine's rule with the id (nil when there is none): a
// rule that a fix of the classification picks by name.
func (e *engine) ruleNamed(id string) *crule {
	for i := range e.rules {
		if e.rules[i].ID() == id {
			return &e.rules[i]
		}
	}
	return nil
}
