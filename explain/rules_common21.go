package explain

import "slices"

// common21Rules: rules added by the common21 work of session 16 (issue 10);
// see docs/heldout/heldout21-common.md. Each is tested in new wording in
// common21_kinds_test.go.
var common21Rules = []rule{
	// The login data itself refused: Microsoft's "501 5.5.124 Invalid XOAUTH2 auth data"
	// to Postfix's SASL client (held-out batch 21-common). The 501 is the reply to the
	// AUTH exchange, not to a malformed command of the sender's MTA: the token or the
	// credentials it carries were not accepted.
	{ID: "common21.auth-data-invalid",
		Any: []string{"invalid xoauth2", "xoauth2 auth data", "invalid oauth2 auth data", "invalid auth data", "invalid authentication data",
			"auth data is invalid", "authentication data is invalid", "auth data invalid"},
		Cat: AuthFailed, Pri: 8,
		Summary: "The server refused the data of the login (an OAuth token or the credentials it carries): the authentication failed.",
		Fix: []string{"Renew the OAuth token (or the password) the client sends and check that the account is allowed to log in with it (SMTP AUTH enabled, the right scope and tenant).",
			"On Postfix with an XOAUTH2 plugin: check the plugin's token file and its refresh."}},

	// Exim's main log line for a connection its "connect" ACL denied without a message
	// ("H=host [ip] rejected connection in \"connect\" ACL"; the client was answered
	// 550 Administrative prohibition): the receiving server's own access rule refused the
	// client (held-out batch 21-common b, MailCleaner's stage-1 Exim). Weak: a message the
	// ACL gave after the colon (a blocklist, an unknown HELO) decides.
	{ID: "common21.exim-connect-acl",
		Any: []string{`rejected connection in "connect" acl`, "rejected connection in connect acl", `in "connect" acl`},
		Cat: Policy, Weak: true, Actor: ActorRecipientAdmin,
		Summary: "The receiving Exim's connect ACL refused the client's connection (its log line states no reason; the client was answered 550 Administrative prohibition).",
		Fix: []string{"If you run the receiving server: replay the session with `exim -bh IP` to see which line of acl_smtp_connect denied it (a host list, a DNS list, an IPv6 test).",
			"If you are the sender: ask the recipient's administrator why their server refuses your IP."}},

	// Exchange's NDR headline "Your message wasn't delivered because of security
	// policies. Microsoft Exchange will not try to redeliver this message for you",
	// pasted without its diagnostic text (held-out batch 21-common): a refusal by the
	// receiving or sending organization's policy, whatever the rule was.
	{ID: "common21.security-policies",
		Any: []string{"because of security policies", "because of security policy", "due to security policies", "due to security policy",
			"blocked by security policies", "blocked by security policy", "violates security policies", "violates security policy"},
		Not: []string{"spf", "dkim", "dmarc", "sender domain's own"},
		Cat: Policy, Pri: 4, Actor: ActorRecipientAdmin,
		Summary: "The message was refused by an organization's security policy (a mail-flow rule, an attachment or content policy); the words do not say which rule.",
		Fix:     []string{"Read the diagnostic text of the report (when there is one) for the rule that matched; otherwise ask the recipient's administrator which policy refused the message."}},
	// Postfix's recipient (or sender) verification reports its probe's own result after
	// "unverified address:". A probe that could not reach the next server ("connect to
	// host[private/dovecot-lmtp]: No such file or directory", a refused or timed-out
	// connection, a lost connection) says nothing about the address: the verification
	// could not be made, and the 450 is retried (held-out batch 21-common). A probe the
	// next server answered ("host X said: 550 5.1.1 ... User unknown") keeps that answer.
	{ID: "common21.verification-probe-unreachable",
		Any: []string{"unverified address: connect to", "unverified address: lost connection with", "unverified address: conversation with",
			"unverified address: delivery temporarily suspended: connect to", "unverified address: delivery temporarily suspended: lost connection",
			"could not complete recipient verify"}, // Exim's recipient callout that could not reach the next server (mta22)
		Cat: Network, Pri: 20,
		Summary: "The server's address verification could not reach the next server to ask about the address (its connection failed), so it deferred the message; nothing is known about the address itself.",
		Fix: []string{"On the verifying server: make the next hop reachable (the LMTP or SMTP service it probes is down, listens elsewhere, or its socket path is wrong).",
			"As the sender: nothing; the sending MTA retries."}},
}

// loginBanWording: a ban of the client's IP address that a failed-login limit set
// (fail2ban, a firewall, cPHulk), in the languages the corpus met it. An account's
// lockout is not in it; codeless21's class rule reads a codeless lockout of the
// account as transient too (docs/explain.md "Labelling conventions").
var loginBanWording = []string{"banned", "bannato", "gebannt", "firewall", "fail2ban", "bantime", "ban time"}

// loginBanLifts reports a text without a reply code that states a ban of the client's
// IP address after failed logins (failedAttemptsWording): it lifts by itself when its
// period ends (fail2ban's ban time, a firewall's block), so a client whose credentials
// are right gets through then: transient (docs/explain.md "Labelling conventions",
// settled by common21). A refusal with a code keeps the code's class.
func loginBanLifts(text string) bool {
	has := func(w string) bool { return indexFold(text, w) >= 0 }
	return slices.ContainsFunc(loginBanWording, has) && slices.ContainsFunc(failedAttemptsWording, has)
}

// failedAttemptsWording: the failed logins a ban counts ("too many failed login
// attempts", "troppi tentativi di accesso errati"); a lockout that names none (an
// API's "Password locked") may need a reset, and keeps the category's class.
var failedAttemptsWording = []string{"attempts", "failed login", "login failures", "authentication failures", "auth failures",
	"tentativi", "fehlversuch", "intentos", "tentatives"}

// attemptHistoryNewestFirst reports a provider's "Delivery attempt history for your
// mail:" notice, which lists its dated attempts newest first (heldout20-common: the
// latest timeout above the oldest 451): the first failed attempt is the message's
// state, not the last one pasted (docs/explain.md "Labelling conventions").
func attemptHistoryNewestFirst(s string) bool {
	return indexFold(s, "delivery attempt history") >= 0
}

// firstFailed is the index of the first candidate that failed, -1 when none did.
func firstFailed(cs []candidate) int {
	for i := range cs {
		if cs[i].failed() {
			return i
		}
	}
	return -1
}
