package explain

// common24Rules: rules of the common24 work of session 19 (issue 10).
//
// The first group follows the labelling conventions common24 settled
// (docs/explain.md "Labelling conventions": a recipient on a sending
// service's own list, a hold after a hard bounce, "Sender address rejected:
// <reason>", a bare "Message rejected").

// common24HoldWords: a sending platform's hold of an address (it no longer
// sends to it), in the words of delivery dashboards and list tools.
var common24HoldWords = []string{"removed from", "cleaned", "deactivated", "unsubscribed", "suppressed", "suppression", "no further", "no longer eligible", "no longer receive", "no longer be sent", "no longer send",
	"ineligible", "not eligible", "drop list", "drop-list", "threshold", "will not be sent", "not be mailed", "do not email", "do not mail", "do-not-mail",
	"unmailable", "set to inactive", "marked as inactive", "marked inactive", "marked as undeliverable", "blocked from", "excluded"}

var common24Rules = []rule{
	// ---- an address the sending platform holds because it hard-bounced
	// (Mailchimp's "Cleaned (hard bounce)", Moosend's "Hard bounce removed
	// from mailing list", StreamSend's address "deactivated" after a hard
	// bounce, Optimizely's "hard bounce threshold", a drop list "after a
	// permanent delivery failure"): the suppression convention reads a hold
	// by its reason, and a hard bounce is the address's (user-unknown). A
	// hold after soft bounces is read below; a report that says only that
	// a message hard-bounced, with no hold, names no cause (unknown) ----
	{ID: "common24.held-after-hard-bounce", Any: []string{"hard bounce", "hard-bounce", "hardbounce", "hard bounced", "hard-bounced", "hardbounced", "hard_bounce",
		"after a permanent delivery failure", "after a permanent failure", "returned a permanent failure", "after permanent delivery failure"},
		With: common24HoldWords,
		Not: []string{"soft bounce", "soft-bounce", "soft_bounce", "softbounce", "soft bounced", "complaint", "complained", "spam", "unsubscribe link",
			"technical details", "said:", "diagnostic-code", "your account", "bounce rate", "try again", "try later", "err_", "delivery_status"},
		Cat: UserUnknown, Pri: dash15Pri + 5,
		Summary: "The sending platform no longer sends to this address: it holds (suppresses, cleans or deactivates) it because an earlier message to it hard-bounced, which marks the address as invalid.",
		Fix:     []string{"Check the address (a typo, a mailbox that was closed); remove it from your lists, or confirm it with the recipient by another channel before reactivating it at the platform."}},

	// ---- an address held after soft bounces (a count of temporary
	// failures: Pardot's "Do Not Email set after five soft bounces", a soft
	// bounce limit reached): the platform's hold names no cause of the
	// failures, unknown and permanent (nothing is sent until the address is
	// reactivated) ----
	{ID: "common24.held-after-soft-bounces", Any: []string{"soft bounces", "soft-bounces", "softbounces", "soft bounce limit", "soft bounced"},
		With: common24HoldWords,
		Not:  []string{"hard bounce", "hard-bounce", "hardbounce", "complaint", "spam", "technical details", "said:", "diagnostic-code", "your account", "bounce rate"},
		Cat:  Unknown, Pri: dash15Pri + 5,
		Summary: "The sending platform no longer sends to this address: it holds it after repeated soft bounces (temporary failures whose cause the text does not give).",
		Fix:     []string{"Find the earlier soft bounces in the platform's records (a full mailbox, a server that was down, a block) and fix their cause; then reactivate the address at the platform."}},

	// ---- a recipient address on a list (a sending service's own blacklist,
	// Tencent Cloud SES's "EmailAddrInBlacklist: 收件人已被拉黑", or a
	// receiver's list of refused recipients): the service or site refuses
	// by its own list, policy, not a DNS blocklist of the sending host ----
	{ID: "common24.recipient-on-list", Any: []string{"addrinblacklist", "address in blacklist", "recipient is blacklisted", "recipient has been blacklisted",
		"recipient blacklisted", "recipient address is blacklisted", "recipient is on the blacklist", "recipient is in the blacklist", "recipient in blacklist",
		"recipient is blocklisted", "recipient address is blocklisted", "recipient is on the blocklist", "收件人已被拉黑", "收件人在黑名单", "收件人地址在黑名单"},
		Not: []string{"ip address", "client host", "dnsbl", "spamhaus", "your ip", "sending ip"},
		Cat: Policy, Pri: 18,
		Summary: "The recipient address is on a list of addresses not to be mailed (the sending service's own blacklist or suppression list, or the receiver's list of refused recipients): nothing is sent to it.",
		Fix:     []string{"Find in the sending service why the address is on its list (an earlier hard bounce, a complaint, an unsubscribe or a manual entry); remove it from your lists, or from the service's list only when the cause is gone."}},

	// ---- a mailing list's rule that the post name the list in To: or Cc:
	// (sourceware's qmail "Mail rejected: List address must be in To: or
	// Cc: headers", ezmlm-reject's "List address must be in To: or Cc:";
	// held-out batch 24-common): the list's posting policy, not the
	// message's form ----
	{ID: "common24.list-address-not-in-to-cc", Any: []string{"must be in to: or cc:", "must be in to or cc", "must be in the to: or cc:", "must be in the to or cc",
		"not in to: or cc:", "not in the to: or cc:", "must appear in to: or cc:", "must appear in the to or cc"},
		Cat: Policy, Pri: conceptPri + 6,
		Summary: "The mailing list refuses posts that do not name its address in To: or Cc: (a Bcc'd post, or a list address hidden behind an alias): its posting policy against spam.",
		Fix:     []string{"Send the post with the list's own address in To: or Cc:, not in Bcc: or through another alias."}},

	// ---- a connection refused by the host's tcp wrappers (hosts.deny):
	// sendmail's "NOQUEUE: tcpwrappers (localhost, 127.0.0.1) rejection"
	// before the submission's "stat=Service unavailable" (held-out batch
	// 24-common b): the site's own access rule for that client, policy ----
	{ID: "common24.tcpwrappers-rejection", Any: []string{"tcpwrappers", "tcp wrappers", "tcp_wrappers", "hosts.deny", "hosts_access"},
		With: []string{"rejection", "rejected", "refused", "denied", "deny"},
		Cat:  Policy, Pri: conceptPri + 6,
		Summary: "The receiving host's tcp wrappers (hosts.allow/hosts.deny) refused the client's connection: an access rule of that host, not a fault of the message.",
		Fix:     []string{"On the receiving host: allow the client in /etc/hosts.allow (or remove the blanket entry in /etc/hosts.deny) for the mail daemon, then resend."}},

	// ---- Postfix's "Sender address rejected: <reason>" whose reason is a
	// site's rule about where the sender comes from (Tuta's "Tutanota
	// sender from external": outside mail that claims the site's own sender
	// domain), not about the address itself: an access-table refusal,
	// policy (convention "Sender address rejected: <reason>") ----
	{ID: "common24.sender-rejected-site-rule", Any: []string{"sender from external", "from external", "external sender", "from outside", "outside sender"},
		With: []string{"sender address rejected", "sender rejected"},
		Not:  []string{"spf", "dkim", "dmarc", "not owned", "does not exist", "domain not found", "unverified"},
		Cat:  Policy, Pri: pastePri + 4,
		Summary: "The server's sender rule refused this sender: mail from outside may not use this sender address or domain (an access-table entry of the site).",
		Fix:     []string{"Send from an address of your own domain; a site refuses outside mail that claims its own sender domain."}},
}
