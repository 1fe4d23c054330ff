package explain

import "strings"

// Rules of held-out batch 15-dash (session 10): kinds found on the batch's
// first run, each tested in new wording in dash15_kinds_test.go.
//
// Held-out batch 15-dash (heldout15-dash.tsv: the status words and short
// reasons that products' dashboards, reports and logs show without a reply
// code - message traces and delivery reports, sending platforms' response
// and reply categories, help desks' conversation banners, suppression and
// subscriber states, log-summary reports). Its first run (30 of 61) showed
// these kinds:
//
//   - codeless path, a delivery report's states: moderation (a message
//     waiting for a moderator, or rejected by one) and an organization's
//     transport (mail flow) rules stopping a message were no outcome the
//     rules knew; the delivery report's "Pending" and "Unsuccessful", and a
//     trace's "Expanded" (a group's members, no failure), were no status
//     (outcomeValue, rules_esp14.go);
//   - vocabulary, a complaint: a recipient (customer, subscriber, contact)
//     who reported or marked the mail as spam, an abuse report, stops the
//     sending platform from sending - the platform's policy, not a verdict
//     on content;
//   - vocabulary, a platform's own hold after earlier failures: an address
//     on a drop-list, over a bounce threshold, held after repeated bounces,
//     not sent because of a previous delivery failure;
//   - vocabulary: an automatic response (autoresponder) is a delivery; a
//     deleted recipient or account does not exist; a delay "due to high
//     volume" is a rate; an IP blocked for "suspicious activity" is the
//     sender's reputation; a threat verdict "Phish" is the content; a
//     mailbox whose sending needs an administrator's approval is a policy;
//     a local sendmail that cannot reach its queue directory (permission,
//     privileges) is a server error; a "DNS query failed" whose error is a
//     nonexistent domain is an unknown host;
//   - parser: a count or an identifier read as a reply code - the count
//     column of a log-summary report ("     279   Reject RBL   36.57%") and
//     the number of a category ("Reply category: 250 Recipient Abuse
//     Report"): reportCountLine and categoryNumberAt below.

// dash15Pri lifts the vocabulary rules of this batch over the generic
// one-word rules ("blocked", "suspicious", "deactivated").
const dash15Pri = conceptPri + 10

var dash15Rules = []rule{
	// ---- a delivery report's moderation and transport rules ----
	// a message a moderator rejected, or one still waiting for a moderator
	// (Exchange's delivery report events FailedModeration and
	// PendingModeration, a list's "held for moderation")
	{ID: "dash15.moderation", Any: []string{"moderation", "moderator", "moderators"},
		With: []string{"failed", "rejected", "declined", "denied", "refused", "waiting", "awaiting", "pending", "held", "approval", "not approved"},
		// (a group that could "enable moderation instead of bouncing" names
		// moderation as a remedy, not as what happened)
		Not: []string{"enable", "instead of", "spam"},
		Cat: Policy, Pri: dash15Pri,
		Summary: "The message was sent to a moderated recipient (a group or list): a moderator must approve it, and either has not yet or rejected it.",
		Fix: []string{"If it is waiting, nothing to resend: it is delivered once a moderator approves it (or expires if nobody does).",
			"If a moderator rejected it, ask the group's owner why, or send to the people directly."}},
	// an organization's transport (mail flow) rule stopped the message
	// (Exchange's FailedTransportRules; "a mail flow rule rejected it")
	{ID: "dash15.transport-rule", Any: []string{"transport rule", "transport rules", "mail flow rule", "mail flow rules", "mailflow rule"},
		With: []string{"failed", "stopped", "rejected", "blocked", "deleted", "dropped", "prevented", "refused", "redirected", "quarantined"},
		Cat:  Policy, Pri: dash15Pri,
		Summary: "A mail flow rule (transport rule) of the recipient's (or sender's) organization stopped the message.",
		Fix:     []string{"Ask the organization's mail administrator which rule acted and why; resending the same message meets the same rule."}},

	// ---- a complaint: the recipient reported the mail as spam ----
	// the person (customer, recipient, subscriber, contact) who reported or
	// marked the mail as spam, an abuse report: the platform stops sending
	{ID: "dash15.recipient-complaint", Any: []string{"customer", "customers", "recipient", "recipients", "subscriber", "subscribers", "contact", "contacts", "the user", "a user", "this user"},
		With: []string{"reported your email as spam", "reported your message as spam", "reported your mail as spam", "reported the email as spam", "reported the message as spam",
			"reported it as spam", "reported this email as spam", "reported your emails as spam", "reported as spam", "marked your email as spam", "marked your message as spam",
			"marked the email as spam", "marked it as spam", "marked your emails as spam", "marked as junk", "reported as junk", "abuse report", "spam report", "spam complaint",
			"complained"},
		Not: []string{"server", "filter", "complaint rate", "complaints rate", "rate of complaints", "too many", "high number", "volume", "your ip", "ip address",
			// a server's refusal ("Recipient address rejected: ... looks like SPAM or has been reported as SPAM"): a verdict on the content, not a person's complaint (held-out batch 16-form c)
			"recipient address rejected", "looks like spam"},
		Cat: Policy, Pri: dash15Pri,
		Summary: "The recipient reported your mail as spam (a complaint): the sending platform stops sending to the address to protect your reputation.",
		Fix: []string{"Do not send to the address again unless the person asks for your mail (a new opt-in).",
			"Keep complaints low: send only to people who asked, make unsubscribing easy."}},

	// ---- a platform's hold of an address after earlier failures ----
	// "not sent ... because there was a previous delivery failure", "has
	// exceeded the hard bounce threshold and receives no further mailings",
	// "Held: three or more sequential message attempts bounced"
	// (an address dropped because it "bounced before" / "PREVIOUSLY_BOUNCED"
	// is read by the corpus as the hard bounce it had, user-unknown: those
	// words are not listed here)
	{ID: "dash15.held-after-failures", Any: []string{"previous delivery failure", "previous failure", "previously failed", "earlier delivery failure",
		"bounce threshold", "attempts bounced", "sequential bounces", "consecutive bounces", "repeated bounces", "repeatedly bounced", "bounced repeatedly", "bounce count"},
		With: []string{"not sent", "did not send", "didn't send", "not send", "no further", "held", "dropped", "blocked", "suppressed", "excluded", "skipped",
			"will not be sent", "stop sending", "stopped sending", "deactivated", "status: held", "state: blocked"},
		Cat: Policy, Pri: dash15Pri,
		Summary: "The sending platform did not send: it holds (suppresses) the address after its earlier delivery failures.",
		Fix: []string{"Find the earlier failure in the platform's records; if the address was invalid, remove it.",
			"If the cause is gone (a full mailbox emptied, a block lifted), reactivate the address at the platform, then send again."}},
	// a suppression list by other names ("on the drop-list"), and an error
	// constant that says every recipient was suppressed
	{ID: "dash15.drop-list", Any: []string{"drop-list", "drop list", "droplist", "do-not-send list", "do not send list", "all recipients suppressed"},
		Cat: Policy, Pri: dash15Pri,
		Summary: "The sending platform did not send: the address is on its drop (suppression) list after an earlier permanent failure, complaint or unsubscribe.",
		Fix:     []string{"Check why the address is on the list; have it removed (by the platform's admin) only when the cause is gone."}},

	// ---- an automatic response is a delivery ----
	{ID: "dash15.auto-response", Any: []string{"autoresponder", "auto-responder", "auto responder", "auto-response", "auto response", "autoresponse",
		"automatic response", "automated response", "automatic answer"},
		Not:   []string{"reject", "refuse", "denied", "blocked", "not accepted", "not allowed", "loop", "failed", "undeliver", "not delivered", "not found", "forward"},
		Codes: []int{0, 250, 251, 252},
		Cat:   Success, Weak: true, Pri: conceptPri,
		Summary: "An automatic response (autoresponder, out of office) came back: the message was delivered and the recipient's system answered it.",
		Fix:     []string{"Nothing to do: do not count it as a bounce, and do not remove the address."}},

	// ---- a recipient that was deleted ----
	{ID: "dash15.recipient-deleted", Any: []string{"recipient deleted", "recipients deleted", "recipient was deleted", "recipients were deleted", "recipient has been deleted",
		"account deleted", "account was deleted", "account has been deleted", "mailbox deleted", "mailbox was deleted", "mailbox has been deleted", "user deleted",
		"user was deleted", "user has been deleted", "address was deleted", "address has been deleted"},
		Not: []string{"without being read", "your account", "sender"},
		Cat: UserUnknown, Pri: conceptPri,
		Summary: "The recipient's account or mailbox was deleted: the address no longer exists.",
		Fix:     []string{"Remove the address from your lists; ask the person for a current address by another channel."}},

	// ---- an address a dashboard calls non-deliverable ----
	// (Gladly's "Non-deliverable email address": the address does not exist
	// or was mistyped)
	{ID: "dash15.non-deliverable-address", Any: []string{"non-deliverable email address", "non-deliverable address", "nondeliverable address",
		"non-deliverable recipient", "non-deliverable e-mail address", "address is non-deliverable"},
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address could not be delivered to: it usually does not exist or was mistyped."},

	// ---- a delay for volume ----
	{ID: "dash15.volume-delay", Any: []string{"high volume", "high email volume", "high mail volume", "volume of email", "volume of mail", "unusual volume", "unexpected volume", "sudden volume"},
		With: []string{"delay", "delayed", "delaying", "deferred", "deferring", "temporar", "throttl", "slow", "limited"},
		Cat:  RateLimited, Pri: conceptPri,
		Summary: "The receiving provider delays (throttles) the mail because of the volume arriving from you; it is accepted later.",
		Fix:     []string{"Let it retry; spread large sendings over time and warm up new senders gradually."}},

	// ---- an IP blocked for its activity ----
	{ID: "dash15.ip-suspicious-activity", Any: []string{"your ip", "your ip address", "the ip address", "sending ip", "this ip", "your server", "your network"},
		With: []string{"suspicious activity", "abusive activity", "unusual activity", "automated block", "block triggered"},
		Cat:  Reputation, Pri: dash15Pri,
		Summary: "The receiver blocked the sending IP address for the activity it saw from it (an automated block): the source's reputation, not this message's content.",
		Fix: []string{"Check what the IP has been sending (a compromised account, a burst of bulk mail), stop it,",
			"then ask the receiver's postmaster to lift the block, as the reply says."}},

	// ---- a threat verdict that names phishing ----
	// (the word itself, as a threat's name: "Threats: Phish"; the field's
	// name is not read, withoutJSONKeys)
	{ID: "dash15.threat-phish", Any: []string{"phish", "phish threat", "threat phish", "phish detected"},
		Not: []string{"malware", "virus"},
		Cat: SpamContent, Weak: true, Pri: dash15Pri,
		Summary: "The receiver's filter classified the message as phishing and blocked it.",
		Fix:     []string{"Check the message's links, sender name and authentication (SPF, DKIM, DMARC alignment); anything that impersonates a brand or asks for credentials looks like phishing."}},

	// ---- a mailbox that may not send until an administrator approves it ----
	{ID: "dash15.mailbox-needs-approval", Any: []string{"requires an approval", "requires approval", "require an approval", "needs approval", "needs an approval", "must be approved"},
		With: []string{"mailbox", "email address", "account", "sending"},
		Cat:  Policy, Pri: dash15Pri + 10, // over "disabled for sending" (gw14.sender-blocked-for-sending): the cause is the approval
		Summary: "The mailbox (or account) may not send until an administrator approves it.",
		Fix:     []string{"Ask the administrator to approve the mailbox's email address for sending, then send again."}},

	// ---- a local sendmail that cannot use its queue ----
	{ID: "dash15.local-queue-permission", Any: []string{"chdir", "clientmqueue", "/var/spool", "mqueue", "queue directory", "special privileges", "trusteduser"},
		With: []string{"permission denied", "not permitted", "requires special privileges", "special privileges", "can not", "cannot", "can't"},
		Cat:  ServerError, Pri: dash15Pri,
		Summary: "The local mail program (sendmail) could not write to its queue directory: a permission or privilege problem of the machine that sends, not a refusal by a receiver.",
		Fix:     []string{"Run the program as a user that may submit mail (check the set-group-id bit and the queue directory's owner and mode), or submit by SMTP to the local MTA instead."}},

	// ---- a DNS query whose error is a nonexistent domain ----
	{ID: "dash15.dns-nonexistent-domain", All: []string{"dns query failed"}, Any: []string{"nonexistentdomain", "nonexistent domain", "non-existent domain", "nxdomain"},
		Cat: HostUnknown, Pri: 24,
		Summary: "The recipient's domain does not exist in DNS (the lookup answered that the domain is nonexistent).",
		Fix:     []string{"Check the recipient's domain for typos; a domain that does not exist receives no mail."}},

	// ---- a challenge-response system ----
	// the receiver holds the message until the sender answers a challenge
	// (Postmark's ChallengeVerification, a reply category "Challenge
	// Response"); its class is the category's, permanent, as the corpus
	// reads Postmark's ChallengeVerification (esp13_kinds_test.go)
	{ID: "dash15.challenge-response", Any: []string{"challenge response", "challenge-response", "challengeresponse", "challenge verification", "challengeverification"},
		Cat: Policy, Pri: conceptPri,
		Summary: "The recipient uses a challenge-response filter: it holds the message until the sender answers a verification request.",
		Fix:     []string{"Answer the challenge message the recipient's system sent to the sender address (or have it allow-list you); automated senders usually cannot."}},

	// ---- batch 15-dash b ----
	// a sender's reputation as a postmaster dashboard shows it (Microsoft
	// SNDS's filter result and trap hits, an ESP's alert about it, Google
	// Postmaster Tools' IP and domain reputation)
	{ID: "dash15.reputation-dashboard", Any: []string{"filter result: red", "filter result: yellow", "filter result red", "filter result yellow", "trap hits",
		"spam trap hits", "snds", "msn problem alert", "ip reputation: bad", "ip reputation: low", "domain reputation: bad", "domain reputation: low"},
		Cat: Reputation, Pri: conceptPri,
		Summary: "The receiver's postmaster data rates the sending IP (or domain) badly: much of its mail is filtered as spam, or it hits spam traps.",
		Fix: []string{"Find and stop what sends the spam-like mail (a compromised account, purchased lists, mail to stale addresses).",
			"Watch the dashboard (SNDS, Postmaster Tools) until the rating recovers; ask for mitigation only after the cause is gone."}},
	// a device's or client's connection timer that ran out ("Connection
	// Timeout Interval expired") is a timeout, not a queue lifetime
	{ID: "dash15.connection-timeout-interval", Any: []string{"timeout interval expired", "timeout interval", "connection timeout expired", "timeout period expired", "timeout period elapsed"},
		Cat: Network, Pri: dash15Pri,
		Summary: "The connection to the mail server timed out: it did not answer within the time the client allows."},
	// a host name that cannot be found, said by the client that tried to
	// connect ("The host specified in [Host name] cannot be found")
	// (the mail server's name said so is lib11.outgoing-server-unknown's;
	// this one names the host and outranks "connecting ... failed")
	{ID: "dash15.host-cannot-be-found", Any: []string{"host", "host name", "hostname", "host specified"},
		With: []string{"cannot be found", "could not be found", "can't be found", "cannot be resolved", "could not be resolved", "does not resolve"},
		// (a HELO name that does not resolve is the client's HELO: concept.helo)
		Not: []string{"try again", "temporar", "at this time", "timeout", "timed out", "servfail", "recipient", "mailbox", "user", "helo", "ehlo", "sender", "mail from", "client"},
		Cat: HostUnknown, Pri: dash15Pri,
		Summary: "The host name of the mail server could not be found (it does not resolve): a wrong host name in the settings, or a domain that does not exist."},
	// an application's report that sending failed, without a cause
	// ("Sending Test Mail Failed", "Notification sent (email) => Failed");
	// its class stays unknown, as the corpus reads an application's bare
	// "Sending failed" (heldout11-libb, heldout12)
	{ID: "dash15.app-send-failed", Any: []string{"sending test mail failed", "test mail failed", "test email failed", "notification sent (email)", "email notification failed",
		"mail notification failed", "sending email failed", "sending mail failed", "email sending failed", "mail sending failed"},
		Cat:     Unknown,
		Summary: "The application reports that sending the mail failed, without the mail server's answer: the cause is in the application's log or the server's reply."},
	// a report's counts of messages with a failed or a delayed address
	// (WHM's mail statistics, eximstats: "At least one addr Failed: 23")
	{ID: "dash15.report-outcome-counts", Any: []string{"at least one addr failed", "at least one addr delayed", "at least one address failed", "at least one address delayed"},
		Cat:     Unknown,
		Summary: "A mail statistics report counts messages whose delivery failed (or was delayed) for at least one address; it does not say why."},
	// a send refused because the address bounced before (Salesforce's
	// EMAIL_ADDRESS_BOUNCED): the corpus reads it as the hard bounce it had
	{ID: "dash15.address-bounced", Any: []string{"email address bounced", "address has bounced", "email address has bounced", "emailaddressbounced", "email_address_bounced"},
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The platform refused to send: the address bounced before (usually because it does not exist)."},

	// ---- a log-summary report's reject lines ----
	// postfix-logwatch's categories ("Reject sender address", "Reject HELO/EHLO"):
	// the refusal by smtpd's restriction for that subject
	{ID: "dash15.report-reject-sender", Any: []string{"reject sender address", "rejected sender address", "reject unknown sender"},
		Cat: SenderInvalid, Pri: conceptPri,
		Summary: "Messages were refused at MAIL FROM by the server's sender restrictions (an unknown or invalid sender domain or address)."},
	{ID: "dash15.report-reject-helo", Any: []string{"reject helo", "reject ehlo", "rejected helo", "rejected ehlo"},
		Cat: RFCNoncompliant, Pri: conceptPri,
		Summary: "Clients were refused for the HELO/EHLO name they gave (not fully qualified, not resolving, invalid)."},
}

// reportCountLine reports a line of a log-summary report (postfix-logwatch,
// pflogsumm): a count, a run of spaces and a label, often with a
// percentage after ("     279   Reject RBL      36.57%"). The count is no
// reply code (held-out batch 15-dash). line is the line as given (its
// indent counts), body the trimmed line that starts with the count.
func reportCountLine(line, body string) bool {
	i := 0
	for i < len(body) && isDigit(body[i]) {
		i++
	}
	if i == 0 || i+3 > len(body) || body[i] != ' ' || body[i+1] != ' ' || body[i+2] != ' ' {
		return false // a reply's code is followed by one space
	}
	rest := strings.TrimSpace(body[i:])
	if rest == "" || isDigit(rest[0]) {
		return false // "550   5.1.1 ..." is still a reply
	}
	indented := len(line) > 0 && (line[0] == ' ' || line[0] == '\t')
	return indented || strings.HasSuffix(rest, "%")
}

// categoryNumberAt reports a number at s[i] that is the identifier of a
// platform's category or class ("Reply category: 250 Recipient Abuse
// Report", "Bounce class 25") rather than a reply code: the word before it
// names a category, and no enhanced code follows it.
func categoryNumberAt(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == ':' || s[j-1] == '=' || s[j-1] == '#') {
		j--
	}
	if j == i {
		return false
	}
	before := strings.ToLower(s[max(0, j-12):j])
	if !strings.HasSuffix(before, "category") && !strings.HasSuffix(before, "class") && !strings.HasSuffix(before, "category id") {
		return false
	}
	return !(i+4 < len(s) && isEnhancedAt(s, i+4))
}

// snakeJoins counts the underscores in w that join two letters: an error
// constant written in snake case in free text ("email failed:
// all_recipients_suppressed") names its cause in words, as a camel-case
// name does (textIdentifierWords, rules_mta7.go; held-out batch 15-dash).
func snakeJoins(w string) int {
	n := 0
	for i := 1; i+1 < len(w); i++ {
		if w[i] == '_' && isAlpha(w[i-1]) && isAlpha(w[i+1]) {
			n++
		}
	}
	return n
}
