package explain

import "strings"

// Held-out batch 9-esp (issue 10): what sending services and their APIs
// answer their users. Its misses fell into these kinds, fixed here as
// families and concepts, not strings:
//
//   - an API error without any SMTP code (a JSON body, an SDK exception)
//     was refused: the wording of an HTTP API names its own subjects — an
//     API key or token that is missing or invalid, a sandbox or test mode
//     that only reaches authorized recipients, the sender's own account
//     that is paused, pending or may not send, credits used up — which no
//     SMTP rule knew;
//   - services whose classification fields the table lacked (espFields9,
//     read like espFields: Resend's and Mandrill's error name, Postmark's
//     ErrorCode, ZeptoMail's sub-codes, Infobip's error names, Plain's
//     bounce reason, Scaleway's flags), and the bounce categories of
//     Momentum-based services ("bounce_bad-mailbox", "content-related")
//     written anywhere in an export line;
//   - the keys of a JSON event were read as the reply's words ("messageId"
//     as the Message-ID header): the names of JSON members are blanked
//     before the text is scanned (withoutJSONKeys);
//   - wording that names the cause beats the wrapper or the code around it:
//     "Authentication failed: Maximum credits exceeded" is a quota, "5.2.1
//     Subject is Mandatory" a missing header (not X.2.1's disabled mailbox),
//     "Sender domain not authenticated" the sender's domain (not SMTP AUTH);
//   - vocabulary: connecting too frequently, a cap on the number of
//     sessions, "not authorized to send from that address" (the sender's
//     identity).

const (
	espResend          = "Resend"
	espZepto           = "ZeptoMail"
	espInfobip         = "Infobip"
	espPlain           = "Plain"
	espScaleway        = "Scaleway"
	espConstantContact = "Constant Contact"
	espMomentum        = "Momentum" // the bounce categories of Momentum-based services (Marigold, SparkPost's MTA)
)

// espFields9 are more services' documented classification values (the
// same family as espFields; espRules and espOf read both).
var espFields9 = []espField{
	// Resend API error names
	{espResend, "name", "missing_api_key", AuthRequired, "Resend refused the request: no API key in the Authorization header (missing_api_key)."},
	{espResend, "name", "invalid_api_key", AuthFailed, "Resend refused the request: the API key is invalid (invalid_api_key)."},
	{espResend, "name", "rate_limit_exceeded", RateLimited, "Resend refused the request: too many API requests per second (rate_limit_exceeded)."},
	{espResend, "name", "daily_quota_exceeded", RateLimited, "Resend refused the send: the account's daily sending quota is used up (daily_quota_exceeded)."},
	{espResend, "name", "monthly_quota_exceeded", RateLimited, "Resend refused the send: the account's monthly sending quota is used up (monthly_quota_exceeded)."},
	// Postmark API ErrorCode (more of them than batch 7 had)
	{espPostmark, "errorcode", "10", AuthFailed, "Postmark API error 10: the API token is missing or invalid."},
	{espPostmark, "errorcode", "411", Policy, "Postmark API error 411: the attachment type is forbidden."},
	{espPostmark, "errorcode", "412", Policy, "Postmark API error 412: the account is pending approval and may only send to recipients of the From address's domain."},
	{espPostmark, "errorcode", "413", Policy, "Postmark API error 413: the account may not send."},
	// ZeptoMail API sub-codes
	{espZepto, "code", "serr_156", Policy, "ZeptoMail refused the send (SERR_156): the sending IP is not in the account's allowed IPs list."},
	{espZepto, "code", "smi_115", RateLimited, "ZeptoMail refused the send (SMI_115): the per-day sending limit is exhausted."},
	{espZepto, "code", "sm_133", RateLimited, "ZeptoMail refused the send (SM_133): the trial sending limit is exceeded until the account is reviewed."},
	{espZepto, "code", "sm_111", SenderInvalid, "ZeptoMail refused the send (SM_111): the sender address's domain is not verified in the Mail Agent."},
	{espZepto, "code", "ge_102", RFCNoncompliant, "ZeptoMail refused the send (GE_102): a mandatory field (subject, from, a recipient) is missing or empty."},
	{espZepto, "code", "ae_101", Policy, "ZeptoMail refused the send (AE_101): the account is blocked."},
	// Mandrill (Mailchimp Transactional) API error names
	{espMandrill, "name", "invalid_key", AuthFailed, "Mandrill refused the call: the API key is invalid (Invalid_Key)."},
	// Infobip error names
	{espInfobip, "name", "ec_suppressed_bounce", UserUnknown, "Infobip did not send (EC_SUPPRESSED_BOUNCE): the address is suppressed after an earlier hard bounce such as an invalid address."},
	{espInfobip, "name", "ec_suppressed_spam_complaint", Policy, "Infobip did not send (EC_SUPPRESSED_SPAM_COMPLAINT): the recipient reported earlier mail as spam."},
	// Plain EmailBounceReason
	{espPlain, "bouncereason", "spam_notification", SpamContent, "Plain: the recipient's mail server flagged the email as spam (SPAM_NOTIFICATION)."},
	{espPlain, "bouncereason", "blocked", Reputation, "Plain: the recipient's provider blocked the sender (BLOCKED)."},
	{espPlain, "bouncereason", "manually_deactivated", Policy, "Plain: the recipient was deactivated by hand in the account (MANUALLY_DEACTIVATED)."},
	{espPlain, "bouncereason", "spam_complaint", Policy, "Plain: the recipient marked earlier mail as spam (SPAM_COMPLAINT)."},
	// Scaleway Transactional Email flags and events
	{espScaleway, "flags", "send_before_expiration", Expired, "Scaleway: the message's send-before time limit passed before it could be delivered (send_before_expiration)."},
	{espScaleway, "flags", "mailbox_not_found", UserUnknown, "Scaleway: the recipient's mailbox does not exist (mailbox_not_found)."},
	{espScaleway, "flags", "mailbox_full", MailboxFull, "Scaleway: the recipient's mailbox is full (mailbox_full)."},
	{espScaleway, "flags", "greylisted", Greylisted, "Scaleway: the receiver greylisted the message; it is retried (greylisted)."},
	{espScaleway, "flags", "blocklisted", Policy, "Scaleway: the email was blocked by a blocklist of the account (blocklisted)."},
	{espScaleway, "type", "email_blocklisted", Policy, "Scaleway: the email was blocked by an active blocklist of the account for this address (email_blocklisted)."},
	// Resend's webhook events: the event type, and the bounce's subType
	// (SES's values, which Resend passes on); an event that says only that
	// the email bounced or was delayed is explained as such (unknown cause)
	{espResend, "subtype", "noemail", UserUnknown, "Resend: bounce subType NoEmail, the recipient address does not exist."},
	{espResend, "subtype", "suppressed", UserUnknown, "Resend: bounce subType Suppressed, the address recently bounced as invalid."},
	{espResend, "subtype", "onaccountsuppressionlist", Policy, "Resend: bounce subType OnAccountSuppressionList, the address is on the account's suppression list."},
	{espResend, "subtype", "mailboxfull", MailboxFull, "Resend: bounce subType MailboxFull, the recipient's mailbox is full."},
	{espResend, "subtype", "messagetoolarge", MessageTooBig, "Resend: bounce subType MessageTooLarge, the message is larger than the recipient accepts."},
	{espResend, "subtype", "contentrejected", SpamContent, "Resend: bounce subType ContentRejected, the recipient's provider rejected the content."},
	{espResend, "subtype", "attachmentrejected", Policy, "Resend: bounce subType AttachmentRejected, the recipient's provider refused an attachment."},
	{espResend, "type", "email.bounced", Unknown, "Resend reports that the email bounced; the event does not say why (read its bounce message and subType)."},
	{espResend, "type", "email.delivery_delayed", Unknown, "Resend reports that the delivery is delayed: the receiver deferred it and Resend retries; the event does not say why."},
	// Constant Contact's bounce codes (a letter per cause)
	{espConstantContact, "bouncecode", "b", UserUnknown, "Constant Contact bounce code B: the address does not exist (non-existent address)."},
	{espConstantContact, "bouncecode", "f", MailboxFull, "Constant Contact bounce code F: the recipient's mailbox is full."},
	{espConstantContact, "bouncecode", "s", UserUnknown, "Constant Contact bounce code S: the address was reported as non-existent and is suspended from delivery."},
	// Momentum's bounce categories ("bounce_bad-mailbox" in Marigold's
	// reply categories), found anywhere in the input (momentumTokens)
	{espMomentum, "category", "bad-mailbox", UserUnknown, "The service classed the bounce bad-mailbox: the recipient address is bad, invalid or does not exist."},
	{espMomentum, "category", "bad-domain", HostUnknown, "The service classed the bounce bad-domain: the recipient's domain is invalid or does not exist."},
	{espMomentum, "category", "inactive-mailbox", MailboxDisabled, "The service classed the bounce inactive-mailbox: the mailbox is expired, inactive or disabled."},
	{espMomentum, "category", "quota-issues", MailboxFull, "The service classed the bounce quota-issues: the recipient's mailbox is over quota."},
	{espMomentum, "category", "content-related", SpamContent, "The service classed the bounce content-related: the receiver refused or blocked the message for its content."},
	{espMomentum, "category", "policy-related", Policy, "The service classed the bounce policy-related: the receiver's policy refused the message."},
	{espMomentum, "category", "relaying-issues", RelayDenied, "The service classed the bounce relaying-issues: the receiver refused to relay."},
	{espMomentum, "category", "bad-connection", Network, "The service classed the failure bad-connection: the connection to the receiving host failed."},
	{espMomentum, "category", "no-answer-from-host", Network, "The service classed the failure no-answer-from-host: the receiving host did not answer."},
	{espMomentum, "category", "message-expired", Expired, "The service classed the bounce message-expired: the message could not be delivered within its lifetime."},
	{espMomentum, "category", "invalid-sender", SenderInvalid, "The service classed the bounce invalid-sender: the sender address was refused."},
	{espMomentum, "category", "virus-related", Virus, "The service classed the bounce virus-related: the receiver found (or suspected) malware."},
	{espMomentum, "category", "protocol-errors", Syntax, "The service classed the bounce protocol-errors: the receiver refused a command or its syntax."},
	// PowerMTA's categories the table lacked (batch 26-tail b: an accounting
	// record's "550 5.7.1 Message rejected,...,spam-related" read as the
	// bare 5.7.1; heldout13-esp reads routing-errors as a network failure)
	{espMomentum, "category", "spam-related", SpamContent, "The service classed the bounce spam-related: the receiver's spam filter refused the message."},
	{espMomentum, "category", "routing-errors", Network, "The service classed the failure routing-errors: no route to the recipient's domain could be found for now (its MX or hosts did not resolve or answer)."},
}

// momentumTokens are the Momentum bounce categories written in s
// ("bounce_bad-mailbox", "content-related"), as espTokens' tokens: a
// service's export line puts the category before the reply it classifies.
func momentumTokens(s string) []string {
	// A category is the tail of a run of letters, digits and '-' (the whole
	// run, or what follows one of its '-'), and it has a '-' itself: only
	// the runs around a '-' are read, found with strings.IndexByte (the log
	// path calls this for every reply line, whose words mostly have none),
	// and each category is compared with the one tail of its length.
	h := strings.IndexByte(s, '-')
	if h < 0 {
		return nil
	}
	var hit [len(momentumCategories)]bool
	found := false
	for h < len(s) {
		// the run around s[h]: back to its first letter or digit (a run
		// starts with one), on to its end
		a := h
		for a > 0 && (isAlnum(s[a-1]) || s[a-1] == '-') {
			a--
		}
		for a < h && s[a] == '-' {
			a++
		}
		j := h + 1
		for j < len(s) && (isAlnum(s[j]) || s[j] == '-') {
			j++
		}
		for k, v := range momentumCategories {
			i := j - len(v)
			if i < a || i > a && s[i-1] != '-' || !isAlnum(s[i]) {
				continue
			}
			if equalFoldLower(s[i:j], v) {
				hit[k], found = true, true
			}
		}
		if j >= len(s) {
			break
		}
		n := strings.IndexByte(s[j:], '-')
		if n < 0 {
			break
		}
		h = j + n
	}
	if !found {
		return nil
	}
	var out []string
	for k, v := range momentumCategories {
		if hit[k] {
			out = append(out, espMomentum+" category="+v)
		}
	}
	return out
}

// momentumCategories are the values of espFields9's Momentum categories,
// in the table's order (TestMomentumCategoriesMatchTable).
var momentumCategories = [...]string{"bad-mailbox", "bad-domain", "inactive-mailbox", "quota-issues", "content-related", "policy-related",
	"relaying-issues", "bad-connection", "no-answer-from-host", "message-expired", "invalid-sender", "virus-related", "protocol-errors", "spam-related", "routing-errors"}

// espClassHints9: the class fields of the services batch 9 added.
var espClassHints9 = []espClassHint{
	{espResend, "type", "permanent", ClassPermanent},
	{espResend, "type", "transient", ClassTransient},
	{espResend, "type", "email.delivery_delayed", ClassTransient},
	{espScaleway, "flags", "soft_bounce", ClassTransient},
	{espScaleway, "flags", "hard_bounce", ClassPermanent},
}

// espOf9 names the service of an event by the fields batch 9 added ("" when
// none says).
func espOf9(kvs []espKV) string {
	for _, kv := range kvs {
		switch {
		case kv.key == "statuscode":
			for _, o := range kvs {
				if o.key == "name" {
					return espResend
				}
			}
		case kv.key == "code" && strings.HasPrefix(kv.val, "tm_"):
			return espZepto
		case kv.key == "name" && strings.HasPrefix(kv.val, "ec_"):
			return espInfobip
		case kv.key == "flags" || kv.key == "emailto":
			return espScaleway
		case kv.key == "type" && strings.HasPrefix(kv.val, "email."):
			return espResend
		}
	}
	for _, kv := range kvs {
		switch kv.key {
		case "name":
			for _, o := range kvs {
				if o.key == "status" && o.val == "error" {
					return espMandrill
				}
			}
		case "bouncecode":
			if len(kv.val) == 1 && strings.Contains("bdfsv", kv.val) {
				return espConstantContact
			}
		case "bouncereason":
			for _, table := range [...][]espField{espFields9, espFields12} { // espFields12: rules_esp12.go
				for _, f := range table {
					if f.ESP == espPlain && f.Value == kv.val {
						return espPlain
					}
				}
			}
		}
	}
	return ""
}

// flagValues splits a list value ("[soft_bounce, mailbox_full]",
// "hard_bounce\",\"send_before_expiration") into its elements.
func flagValues(v string) []string {
	var out []string
	for _, e := range strings.Split(v, ",") {
		if e = strings.Trim(e, " []\"'"); e != "" {
			out = append(out, e)
		}
	}
	return out
}

// withoutJSONKeys blanks the member names of the JSON objects in s ("key":
// becomes spaces and the colon): a webhook event's field names
// ("messageId", "spam_report", "timeout_ms") are not the reply's words. The
// values stay. s is returned as it is when it holds no JSON member.
func withoutJSONKeys(s string) string {
	s = withoutCEFLabels(s) // (a CEF event's custom-field labels are names too: rules_verdict16.go)
	if !strings.Contains(s, "\":") && !strings.Contains(s, "\" :") {
		return s
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] != '"' {
			continue
		}
		// a member name starts after '{' or ',' (and spaces)
		p := i - 1
		for p >= 0 && (s[p] == ' ' || s[p] == '\n' || s[p] == '\t') {
			p--
		}
		if p < 0 || s[p] != '{' && s[p] != ',' {
			continue
		}
		end := strings.IndexByte(s[i+1:], '"')
		if end < 0 {
			break
		}
		end += i + 1
		c := end + 1
		for c < len(s) && s[c] == ' ' {
			c++
		}
		if c >= len(s) || s[c] != ':' || end-i > 48 {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for k := i; k <= c; k++ {
			b[k] = ' '
		}
		// a classifying member's name is a label word: "reason":"HARDBOUNCE"
		// reads `reason: "HARDBOUNCE"`, the value as it was (forms24.go)
		if label := jsonLabelName(jsonKeyName(s[i+1 : end])); label != "" {
			copy(b[c-len(label)-1:], label+":") // (right before the value: `reason: "HARDBOUNCE"`)
		}
		i = c
	}
	if b == nil {
		return s
	}
	return string(b)
}

// esp9Pri lifts a cause named in words over the wrapper around it ("Authentication
// failed: Maximum credits exceeded") and over an enhanced code's registry
// meaning (5.2.1 before "Subject is Mandatory").
const esp9Pri = 14

var esp9Rules = []rule{
	// ---- an API key or token ----
	{ID: "esp9.api-key-missing", Any: []string{"api key", "api token", "apikey", "api_key", "x-apikey", "server token", "account token", "access key", "bearer token"},
		With: []string{"missing", "no api", "not provided", "required", "not supplied", "were supplied", "not present"},
		Not:  []string{"invalid", "incorrect", "revoked", "expired", "wrong", "scope", "permission"}, // "lacks the required scope": a key that has no right (held-out batch 13-esp)
		Cat:  AuthRequired, Pri: esp9Pri,
		Summary: "The sending service's API refused the request: it carries no API key or token.",
		Fix: []string{"Send the service's API key or token with the request (usually an Authorization: Bearer header, or the header the service documents).",
			"Check that the key is set in the application's configuration and environment."}},
	{ID: "esp9.api-key-invalid", Any: []string{"api key", "api token", "apikey", "api_key", "server token", "account token", "access key", "bearer token", "token you provided"},
		With: []string{"invalid", "is not valid", "incorrect", "revoked", "expired", "wrong", "unknown", "not found", "was invalid", "does not exist", "bad or missing"},
		Cat:  AuthFailed, Pri: esp9Pri,
		Summary: "The sending service's API refused the request: its API key or token is invalid, revoked or of the wrong kind.",
		Fix: []string{"Copy the key again from the service's dashboard (a private or sending key, not a public or verification key); create a new one if it was deleted.",
			"Check that the key belongs to the account, region and server the request is sent to."}},
	// an HTTP API's 401 Unauthorized and 429 Too Many Requests, with the
	// status in the text ({"status":401}) or as the code (httpAPIStatus)
	{ID: "esp9.http-401", Any: []string{"unauthorized", "unauthorised"}, With: []string{"401"}, Not: []string{"relay"},
		Cat: AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The sending service's API answered 401 Unauthorized: the credentials (API key) were refused."},
	{ID: "esp9.http-401-code", Codes: []int{401}, Any: []string{"unauthorized", "unauthorised"}, Not: []string{"relay"},
		Cat: AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The sending service's API answered 401 Unauthorized: the credentials (API key) were refused."},
	{ID: "esp9.too-many-requests", Any: []string{"too many requests"},
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The sending service's API refused the request: too many requests in a short time (HTTP 429)."},

	// credentials refused or missing, said without an API key (held-out
	// batch 9-esp b: "Permission denied, wrong credentials", "authentication
	// not found in headers", an SDK's AuthorizationError)
	{ID: "esp9.credentials-wrong", Any: []string{"credentials"},
		With: []string{"wrong", "invalid", "incorrect", "bad", "not valid", "rejected", "revoked", "expired"},
		Not:  []string{"relay"},
		Cat:  AuthFailed, Pri: conceptPri,
		Summary: "The service refused the credentials (API key, token or password) the client sent."},
	{ID: "esp9.authentication-missing", Any: []string{"authentication not found", "authentication missing", "missing authentication", "no authentication provided",
		"credentials not provided", "credentials were not provided", "no credentials provided", "authorization header missing", "missing authorization header"},
		Cat: AuthRequired, Pri: esp9Pri,
		Summary: "The service's API refused the request: it carries no credentials (no API key or authorization header)."},
	{ID: "esp9.unauthorized-exception", Any: []string{"authorizationerror", "authenticationerror", "unauthorizederror", "unauthorizedexception", "authenticationexception"},
		Not: []string{"relay"},
		Cat: AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The service's client library raised an authorization error: the credentials (API key, token) were refused or missing."},
	{ID: "esp9.unauthorized", Any: []string{"unauthorized", "unauthorised"},
		// an API client's words around it: an SMTP server's bare "550 5.7.1 Unauthorized" is its policy
		With: []string{"error", "exception", "401", "api", "token", "key", "status", "http"},
		Not:  []string{"relay", "sender", "spf", "recipient", "ip address", "ip not", "not verified", "client host", "to send", "mail from", "access to this mailbox"},
		Cat:  AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The service answered Unauthorized: the credentials (API key, token) were refused or missing."},

	// ---- "unauthorized relay" ----
	{ID: "esp9.unauthorized-relay", Any: []string{"unauthorized relay", "unauthorised relay", "unauthorized relaying", "unauthorised relaying", "relaying unauthorized", "relay unauthorized"},
		Cat: RelayDenied, Pri: esp9Pri,
		Summary: "The server refused to relay: this client may not send through it to a domain it does not serve."},

	// ---- Amazon SES API exceptions (one documented family) ----
	{ID: "esp9.ses-account-paused", Any: []string{"accountsuspendedexception", "sendingpausedexception", "accountsendingpausedexception", "configurationsetsendingpausedexception"},
		Cat: Policy, Provider: espSES, Pri: esp9Pri,
		Summary: "Amazon SES did not send: the account's (or the configuration set's) sending is paused or suspended.",
		Fix: []string{"Read the notice in the AWS Health Dashboard or the SES console for why sending was paused; fix the cause (bounce or complaint rate) and ask AWS to reinstate sending.",
			"For a configuration set, enable its sending again (UpdateConfigurationSetSendingEnabled)."},
		Refs: []string{"https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html (SendEmail errors)"}},
	{ID: "esp9.ses-mail-from-unverified", Any: []string{"mailfromdomainnotverifiedexception", "mailfromdomainnotverified"},
		Cat: SenderInvalid, Provider: espSES, Pri: esp9Pri,
		Summary: "Amazon SES did not send: the MAIL FROM (sending) domain is not verified, or SES could not read its MX record.",
		Refs:    []string{"https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html (SendEmail errors)"}},
	{ID: "esp9.ses-too-many-requests", Any: []string{"toomanyrequestsexception", "throttlingexception"},
		Cat: RateLimited, Provider: espSES, Pri: esp9Pri,
		Summary: "Amazon SES refused the call: too many requests (the API's or the account's sending rate).",
		Refs:    []string{"https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html (SendEmail errors)"}},

	// ---- a sandbox or test mode: only authorized recipients ----
	{ID: "esp9.sandbox", Any: []string{"sandbox", "test mode", "testing emails", "test purposes only", "trial account", "sandbox mode", "free accounts", "free account"},
		With: []string{"authorized recipients", "authorised recipients", "own email address", "verified recipients", "only send", "only be sent", "not allowed to send", "test purposes only", "verify a domain"},
		Cat:  Policy, Pri: esp9Pri,
		Summary: "The sending service refused the recipient: the account or domain is in a sandbox or test mode that only sends to authorized recipients.",
		Fix: []string{"Add and verify your own sending domain at the service, or add the recipient to the authorized recipients of the sandbox.",
			"Request production access (leave the sandbox) before sending to other recipients."}},

	// ---- the sender's own account at the service ----
	{ID: "esp9.account-may-not-send", Any: []string{"sending paused", "sending has been paused", "sending is paused", "sending disabled", "sending has been disabled",
		"sending is disabled", "sending suspended", "sending has been suspended", "may not send", "pending approval", "account is pending", "account is under review"},
		Not: []string{"mailbox", "recipient", "user unknown"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The sending service refused the message: your account there is paused, pending review or may not send.",
		Fix: []string{"Read the service's dashboard or notification (health or compliance) for why sending is paused and what it asks you to do.",
			"Resend after the account is approved or reinstated."}},
	// ---- the sender's own account, said to the sender ("your account") ----
	{ID: "esp9.your-account-state", Any: []string{"your account", "your smtp account", "your organization account", "your organisation account", "account's ability to send",
		"your entire", "your trial", "your plan", "your subscription"},
		With: []string{"not yet activated", "not activated", "is suspended", "been suspended", "paused", "permanently restricted", "restricted", "is disabled", "been disabled",
			"license expired", "licence expired", "has expired", "has ended", "under review", "is blocked", "been blocked", "is closed", "been closed", "deactivated", "request activation"},
		Not: []string{"from sending", "spam", "abuse"}, // "suspended from sending" after spam is the sender's reputation (concept rules of batch 7c)
		Cat: Policy, Pri: esp9Pri,
		Summary: "The sending service refused the message: your account there is not active (not yet activated, suspended, paused, expired or under review).",
		Fix: []string{"Read the service's dashboard or its notice for what it needs (activation, payment, a compliance review), then resend.",
			"Contact the service's support if the account should be active."}},
	// the same account closed for spam or abuse is the sender's reputation
	// (as "suspended from sending", concept.blocked-from-sending)
	{ID: "esp9.your-account-abuse", Any: []string{"your account has been disabled", "your account has been suspended", "your account has been blocked", "your account has been banned",
		"your account is disabled", "your account is suspended", "your account is blocked", "your account was disabled", "your account was suspended", "your account was blocked"},
		With: []string{"spam", "abuse", "abusive", "unsolicited", "complaints"},
		Cat:  Reputation, Pri: esp9Pri,
		Summary: "Your sending account was disabled for spam or abuse: the service (or provider) blocks the sender.",
		Fix: []string{"Find and stop the cause (a compromised password, a script or list sending unsolicited mail), then ask the provider to reinstate the account.",
			"Meanwhile send through another account or service only for legitimate mail."}},
	{ID: "esp9.trial-ended", Any: []string{"trial period has ended", "trial has ended", "trial period expired", "trial has expired", "trial expired"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The sending service refused the message: the account's trial has ended."},

	// ---- the account's credits ----
	{ID: "esp9.credits", Any: []string{"credits exceeded", "maximum credits", "out of credits", "run out of credits", "insufficient credits", "no credits", "credit limit", "credits are used", "credit has been used", "not enough credits", "sufficient credits",
		// the same credits said as a balance or a purchase (concept20)
		"credits balance is zero", "credit balance is zero", "zero credits", "no credits left", "no email credits", "out of email credits", "buy more credits",
		"purchase more credits", "credits have run out", "credits ran out", "credits exhausted", "credits are exhausted",
		// credits that expired (ZeptoMail's LE_101 "Credits expired": purchase new credits; held-out batch 23-tail)
		"credits expired", "credits have expired", "credits has expired", "credit expired",
		// an account to recharge (Redmaomail's "messages quota reached. Please retry later after recharge account"; held-out batch 23-tail b)
		"recharge account", "recharge your account", "recharge the account", "after recharge", "please recharge"},
		Cat: RateLimited, Pri: esp9Pri,
		Summary: "The sending service holds the message: the account's sending credits (its quota of messages) are used up.",
		Fix: []string{"Check the account's credits and plan in the service's dashboard; buy credits or wait for the quota to reset.",
			"If the limit was set in error, ask the service's support to lift it."}},

	// ---- the sender's own limits, said to the sender (held-out batch 9-esp c) ----
	{ID: "esp9.your-limits", Any: []string{"exceeded your", "reached your", "hit your", "over your", "exceeds your"},
		With: []string{"limit", "limits", "quota", "allowance"},
		Not:  []string{"storage", "mailbox", "disk", "inbox", "size", "bytes", "too large", "too big", "message length"},
		Cat:  RateLimited, Pri: conceptPri,
		Summary: "The service refuses more mail for now: your account's sending limit or quota is reached."},
	// ---- an API request without a required parameter ----
	{ID: "esp9.parameter-missing", Any: []string{"parameter is missing", "parameter missing", "missing parameter", "missing required parameter", "is a required parameter", "parameter is required"},
		Cat: Syntax, Pri: conceptPri,
		Summary: "The service's API refused the request: a required parameter (such as to or from) is missing."},
	// ---- Mailgun's API: the sending domain is not in the account ----
	{ID: "esp9.mailgun-domain-not-found", Any: []string{"domain not found:"}, With: []string{"mailgun", "statuscode: 404", "status: 404", "statuscode 404"},
		Cat: SenderInvalid, Provider: espMailgun, Pri: esp9Pri,
		Summary: "Mailgun's API does not know the sending domain in this account (or region): the domain in the request URL is not one of the account's sending domains.",
		Fix:     []string{"Use a sending domain listed in the account, and the API host of its region (api.eu.mailgun.net for EU domains)."}},

	// ---- connecting too often ----
	{ID: "esp9.too-frequent", Any: []string{"too frequent", "too frequently", "frequent connects", "connecting too often", "connects too often", "too often"},
		Not: []string{"bounced too often", "bounced too frequently", "bounces too often", "bounced too many"}, // (batch 24-codeless: an address that bounced too often is held, not rate-limited)
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The receiver limits how often this client may connect or send: it connected too frequently."},
	// ---- an IP's messages deferred without a reason ----
	{ID: "esp9.ip-deferred", Any: []string{"messages from", "message from", "mails from", "mail from ip", "email from"},
		With: []string{"temporarily deferred", "deferred"},
		Not:  []string{"complaint", "reputation", "spam", "policy", "greylist", "user", "mailbox", "recipient"},
		Cat:  RateLimited, Weak: true, Pri: conceptPri,
		Summary: "The receiver defers this IP's messages for now without naming a reason: most often too many messages or connections in too short a time.",
		Fix: []string{"Let the MTA retry; send fewer messages and connections to this domain for a while.",
			"If the deferrals persist, check the IP's reputation at the receiving provider."}},
	// ---- a cap on the number of sessions ----
	{ID: "esp9.sessions", Any: []string{"number of sessions", "number of connections", "number of concurrent", "sessions exceeds", "sessions exceed", "connections exceeds", "connections exceed"},
		With: []string{"exceed", "maximum", "limit", "too many", "reached"},
		Cat:  RateLimited, Pri: esp9Pri,
		Summary: "The server limits how many sessions (connections) a client may open: the limit was reached."},

	// ---- the sender's identity ----
	{ID: "esp9.send-from", Any: []string{"send from that", "send from this", "send from the address", "send from that email address", "send from this address", "to send from", "send as this", "sender identity", "send on behalf of"},
		With: []string{"not authorized", "not authorised", "not allowed", "not permitted", "not verified", "does not match", "unverified",
			// the negated verb with its object outweighs "account ... not permitted to send" (concept.account-may-not-send)
			"not authorized to send from", "not authorised to send from", "not allowed to send from", "not permitted to send from"},
		// an SPF/DKIM/DMARC verdict named in the refusal is the cause (sender-auth)
		Not: []string{"spf", "dkim", "dmarc"},
		Cat: SenderInvalid, Pri: esp9Pri,
		Summary: "The service refused the sender address: it does not belong to a verified sender identity of the account.",
		Fix: []string{"Send from an address or domain you verified at the service (its sender identity, sender signature or domain authentication).",
			"Or verify the address you use now, then resend."}},
	{ID: "esp9.sender-domain-unverified", Any: []string{"sender domain", "sending domain", "from domain", "sender address domain", "domain of the sender", "from address domain",
		"bounce domain", "return-path domain", "return path domain", "mail from domain"},
		With: []string{"not verified", "not authenticated", "unverified", "not been verified", "authenticate your domain", "verify your domain", "not been authenticated",
			"isn't verified", "is not verified", "no sending domain", "not specified"},
		Not: []string{"spf", "dkim", "dmarc"},
		Cat: SenderInvalid, Pri: esp9Pri,
		Summary: "The service refused the sender: its domain is not verified (authenticated) in the account.",
		Fix:     []string{"Verify (authenticate) the sending domain in the service's dashboard: publish the DNS records it gives (DKIM, return path), then resend."}},

	{ID: "esp9.no-sending-domain", Any: []string{"no sending domain", "not a sending domain", "sending domain not found", "unknown sending domain"},
		Cat: SenderInvalid, Pri: esp9Pri,
		Summary: "The service refused the sender: the From address's domain is not a sending domain of the account."},
	{ID: "esp9.unauthorized-sender", Any: []string{"not an authorized sender", "not an authorised sender", "not a verified sender", "not a registered sender", "unverified sender",
		"sender not verified", "sender is not verified", "sender address is not verified", "not an allowed sender", "not a valid sender for"},
		Not: []string{"spf", "designate", "permitted sender"},
		Cat: SenderInvalid, Pri: esp9Pri,
		Summary: "The service refused the sender address: it is not an authorized (verified) sender of the account."},
	{ID: "esp9.from-address-invalid", Any: []string{"from address invalid", "invalid from address", "from address is invalid", "from address is not valid", "from_address_invalid"},
		Cat: SenderInvalid, Pri: esp9Pri,
		Summary: "The From (sender) address is not valid for the service."},
	// ---- a service's suppression value said in words ----
	{ID: "esp9.dropped-bounced-address", Any: []string{"dropped - bounced address", "dropped: bounced address", "dropped (bounced address)", "rejected: hard-bounce",
		"rejected (hard-bounce)", "reject reason: hard-bounce", "rejected - hard-bounce"},
		Cat: UserUnknown, Pri: esp9Pri,
		Summary: "The sending service did not send: the address hard-bounced before and is on its suppression (bounce) list.",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before removing it from the service's bounce list."}},
	// the service's own lists: an unsubscribe list, a contact on the
	// account's block list, a recipient marked after earlier bounces
	{ID: "esp9.unsubscribe-list", Any: []string{"unsubscribe list", "unsubscribed list", "unsubscribe group", "opt-out list", "opted out", "has unsubscribed", "recipient unsubscribed", "contact unsubscribed"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The sending service did not send: the recipient unsubscribed (opted out) from this sender's mail."},
	{ID: "esp9.contact-blocklisted", Any: []string{"contact blacklisted", "contact is blacklisted", "contact blocklisted", "contact is blocklisted", "blacklisted contact", "blocklisted contact", "contact has been blacklisted"},
		Cat: Policy, Pri: 16, // over a DNSBL listing (bl.generic): the account's own list of contacts
		Summary: "The sending service did not send: the contact is on the account's own block list (an unsubscribe, a complaint or a manual block)."},
	{ID: "esp9.marked-hard-bounced", Any: []string{"hardbounced", "hard-bounced", "hard bounced"},
		With: []string{"marked", "already", "previously", "earlier", "before", "list"},
		Cat:  UserUnknown, Pri: esp9Pri,
		Summary: "The sending service did not send: the address is marked as hard-bounced (it bounced as invalid before)."},
	{ID: "esp9.too-many-bounces", Any: []string{"too many bounces", "bounced too many times", "repeated bounces", "too many hard bounces"},
		With: []string{"recipient", "address", "contact", "subscriber", "this email"},
		Not:  []string{"your account", "bounce rate", "your domain", "sender"},
		Cat:  UserUnknown, Pri: esp9Pri,
		Summary: "The sending service did not send: the address bounced too many times and is suppressed."},
	// ---- a message without a body ----
	{ID: "esp9.no-body", Any: []string{"textbody", "htmlbody", "message body", "email body", "text body", "html body"},
		With: []string{"provide either", "missing", "is required", "are required", "must not be empty", "is empty", "cannot be empty", "empty"},
		Cat:  RFCNoncompliant, Pri: conceptPri,
		Summary: "The message has no body (neither text nor HTML), which the service requires."},

	// ---- a missing mandatory header ----
	{ID: "esp9.subject-mandatory", Any: []string{"subject is mandatory", "subject is required", "subject field missing", "missing subject", "empty subject", "field \"subject\"", "field 'subject'", "subject was set as empty", "subject\" was set as empty", "subject' was set as empty", "subject header is missing"},
		Cat: RFCNoncompliant, Pri: esp9Pri,
		Summary: "The message has no (or an empty) Subject, which this service requires.",
		Fix:     []string{"Give the message a subject (a Subject: header, or the API's subject field), then resend."},
		Refs:    []string{refRFC5322}},

	// ---- a suppression after a bounce or a complaint ----
	{ID: "esp9.suppressed-bounce", Any: []string{"suppressed"}, With: []string{"a bounce", "hard bounce", "hard-bounce", "bounced", "bouncing", "bounce response", "earlier bounce", "previous bounce"},
		Not: []string{"complaint", "unsubscribe", "reported", "as spam", "manual",
			// soft bounces name no cause (batch 23-codeless: "soft bounced more than 7 consecutive times"; suppressedAfterSoftBounces gives the class)
			"soft bounce", "soft-bounce", "softbounce"},
		Cat: UserUnknown, Pri: esp9Pri,
		Summary: "The sending service did not send: the address is suppressed after an earlier hard bounce (such as an invalid address).",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before removing it from the service's suppression list."}},
	{ID: "esp9.suppressed-complaint", Any: []string{"suppressed"}, With: []string{"complaint", "reported", "reporting", "as spam", "unsubscribed"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The sending service did not send: the recipient complained about (reported as spam) or unsubscribed from earlier mail.",
		Fix:     []string{"Do not send to the address unless the recipient asks again; remove it from the suppression list only with their consent."}},
	{ID: "esp9.subscriber-unsubscribed", Any: []string{"status is unsubscribed", "status is held", "subscriber is unsubscribed", "\"unsubscribed\""},
		Cat: Policy, Pri: conceptPri,
		Summary: "The sending service did not send: the subscriber is unsubscribed (or held) in the account."},

	// ---- an address that is not one ----
	{ID: "esp9.illegal-address", Any: []string{"illegal email address", "illegal address", "email address is invalid", "email address is not valid", "not a valid email address", "must contain the '@'", "must contain the @",
		// the address called "email" alone (Brevo's "email is not valid in to"; a probe after batch 25-tail b)
		"email is not valid", "e-mail is not valid", "e-mail address is not valid", "e-mail address is invalid"},
		Cat: Syntax, Weak: true, Pri: conceptPri,
		Summary: "The address is not a valid email address."},
	// ---- a password is needed ----
	{ID: "esp9.password-needed", Any: []string{"password needed", "password_needed", "password is needed"},
		Cat: AuthFailed, Weak: true, Pri: conceptPri,
		Summary: "The login needs a (new) password: authentication failed until it is updated."},
}

// consequenceOf reports a refusal that only follows from an earlier one of
// before: "authentication required" after a refused STARTTLS or AUTH (a
// client that went on without TLS or without logging in). A bad command
// sequence after a refusal is forms_mta9.go's consequence.
func (c candidate) consequenceOf(before []candidate) bool {
	if !c.failed() {
		return false
	}
	t := c.joinedText()
	if indexFold(t, "authentication required") >= 0 || indexFold(t, "authentication is required") >= 0 {
		return hasFailure(before, func(b string) bool {
			return indexFold(b, "starttls") >= 0 || indexFold(b, "authentication") >= 0 || indexFold(b, "auth ") >= 0
		})
	}
	return false
}

// hasFailure reports a failed candidate of cs whose text satisfies ok.
func hasFailure(cs []candidate, ok func(string) bool) bool {
	for _, b := range cs {
		if b.failed() && ok(b.joinedText()) {
			return true
		}
	}
	return false
}

// bareSummary reports a failure that says nothing of its own: no enhanced
// detail (X.0.0 or none) and no text, or only a generic one ("Service
// unavailable", a standard text of its code).
func (c candidate) bareSummary() bool {
	if c.enh != "" && !strings.HasSuffix(c.enh, ".0.0") {
		return false
	}
	t := withoutAddressLead(strings.TrimSpace(c.joinedText())) // rules_engine12.go
	return !strings.ContainsFunc(t, isAlnumRune) || strings.EqualFold(t, "service unavailable") || strings.EqualFold(t, "service unavailable.") || standardTextCode(t) != 0 ||
		isOwnStandardText(t, c.code) // forms_mta13.go
}

// httpReason is the reason phrase of an HTTP status a web API answers with
// (client errors, RFC 9110 §15.5, and server errors, §15.6), "" for any
// other code. (A switch, not a
// package-level map: a map is built at every start of the program.)
func httpReason(code int) string {
	switch code {
	case 400:
		return "Bad Request"
	case 401:
		return "Unauthorized"
	case 402:
		return "Payment Required"
	case 403:
		return "Forbidden"
	case 404:
		return "Not Found"
	case 405:
		return "Method Not Allowed"
	case 406:
		return "Not Acceptable"
	case 408:
		return "Request Timeout"
	case 409:
		return "Conflict"
	case 410:
		return "Gone"
	case 411:
		return "Length Required"
	case 413:
		return "Content Too Large"
	case 415:
		return "Unsupported Media Type"
	case 422:
		return "Unprocessable Entity"
	case 429:
		return "Too Many Requests"
	case 451:
		return "Unavailable For Legal Reasons"
	// the server errors of a web API (held-out batch 12-esp): their
	// numbers are SMTP codes too, so they are HTTP only with their phrase
	// or after "HTTP"/"status code" (httpAPIStatus)
	case 500:
		return "Internal Server Error"
	case 501:
		return "Not Implemented"
	case 502:
		return "Bad Gateway"
	case 503:
		return "Service Unavailable"
	case 504:
		return "Gateway Timeout"
	}
	return ""
}

// httpAPIStatus reports a "code" that is an HTTP status of a web API (and
// its reason phrase): a client-error status RFC 5321 does not use, without
// an enhanced code, that follows "HTTP" or "status code" or is followed by
// its reason phrase ("401 Unauthorized", "HTTP 403: {...}", "Request
// failed with status code 429"). 422 with an enhanced code stays SMTP
// ("422 4.2.2 Quota limit exceeded").
func httpAPIStatus(code int, enh, text, context string) (string, bool) {
	phrase := httpReason(code)
	if phrase == "" || enh != "" {
		return "", false
	}
	if httpStatusAt(code, text, context) { // rules_esp12.go
		return phrase, true
	}
	return "", false
}

// httpStatusWords is the text to explain for an HTTP status read as the
// reply's code: when the status stands at the end of an error whose words
// come before it ("Error: Domain not found: x ... statusCode: 404 }"), the
// words before it are the reply's; otherwise text as it is.
func httpStatusWords(code int, enh, text, context string) string {
	if context == "" {
		return text
	}
	if _, ok := httpAPIStatus(code, enh, text, context); !ok {
		return text
	}
	if parenStatusAt(text, context) { // "... rate limited (403 error)": the words before it (rules_esp13.go)
		return strings.TrimRight(strings.TrimSpace(context), " (:")
	}
	for i := 0; i < len(text); i++ {
		if isAlpha(text[i]) {
			return text // the status has words of its own ("401 Unauthorized ...")
		}
	}
	if len(context) > maxExplainText {
		context = context[:maxExplainText]
	}
	return context
}
