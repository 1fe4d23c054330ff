package explain

// servers23Rules: rules added by the servers23 work of session 18 (issue
// 10); see docs/heldout/heldout23-servers.md. Each is tested in new wording
// in servers23_kinds_test.go.
//
// Held-out batch 23-servers' first run (mail servers and MTAs beyond
// Postfix/Exim/sendmail/qmail, in their own log forms), by kind:
//
//   - stage: a null MX named for the MAIL FROM domain is the sender's
//     domain (maddy's require_mx_record), not the recipient's
//     (servers23.sender-null-mx, above mta.null-mx);
//   - vocabulary of the EHLO name that does not resolve to the client
//     (maddy's "No matching A/AAA records found for the EHLO hostname")
//     (servers23.ehlo-name-mismatch);
//   - a receiver's per-client volume limit worded by its period and
//     "from your ip/network" (mox's "more than N bytes in past 24h0m0s
//     from your ip/network", sent with 452 4.2.2): the sender's rate, not
//     the recipient's mailbox (servers23.per-client-volume);
//   - a group's sender restriction (Exchange Online's 5.7.193 "The group
//     only accepts messages from people in its organization or on its
//     allowed senders list") read as a sender address that is not the
//     client's (servers23.group-allowed-senders);
//   - Exchange's "Message expired, <last cause>" (5.4.3xx) read by its
//     cause: the message expired (servers23.message-expired-with-cause);
//   - a content filter's action log: Proxmox Mail Gateway's "accept mail
//     to <rcpt> (QID) (rule: ...)" (servers23.filter-accept);
//   - Kerio Connect's Mail log record of the DSN it sent ("Service: DSN,
//     ..., Report: failed"): a failure without its cause
//     (servers23.kerio-dsn-report);
//   - the receiving server's own storage: hMailServer's "no mail data has
//     been saved" (servers23.not-saved).
var servers23Rules = []rule{
	// A null MX of the MAIL FROM domain (maddy's require_mx_record: "501
	// 5.7.27 Domain in MAIL FROM has null MX record"; RFC 7505 section 4.2:
	// a sender domain with a null MX cannot receive bounces): the sender's
	// domain, as "Sender address rejected: Domain not found" is.
	{ID: "servers23.sender-null-mx", Any: []string{"null mx", "nullmx"},
		With: []string{"mail from", "sender domain", "sender's domain", "envelope sender", "return-path", "reverse-path"},
		Cat:  SenderInvalid, Pri: 20,
		Summary: "The receiving server refused the envelope sender: its domain publishes a null MX (RFC 7505), so it cannot receive replies or bounces.",
		Fix: []string{"Send with an envelope sender (Return-Path) in a domain that receives mail; a null MX says the domain accepts none.",
			"If the domain should receive mail, replace its null MX (\"0 .\") with real MX records."}},

	// The EHLO name that does not resolve to the connecting client: maddy's
	// require_matching_ehlo ("No matching A/AAA records found for the EHLO
	// hostname", "IP in EHLO is not the same as the actual client IP").
	{ID: "servers23.ehlo-name-mismatch", Any: []string{"for the ehlo hostname", "for the helo hostname", "for the ehlo name", "for the helo name",
		"ip in ehlo", "ip in helo", "ehlo hostname does not match", "helo hostname does not match"},
		Cat: RFCNoncompliant, Pri: 20,
		Summary: "The receiving server refused the HELO/EHLO name: it does not resolve to the connecting client's address (or the address literal is not the client's).",
		Fix:     []string{"Give the sending server a HELO/EHLO name (Postfix: smtp_helo_name, Exim: helo_data) that has an A/AAAA record pointing to its public sending address, and a matching PTR."}},

	// A receiver's per-client volume limit over a period (mox's delivery
	// rate check: "more than 200 messages in past 1m0s from your
	// ip/network", "more than N bytes in past 24h0m0s from your
	// ip/network"), sent under 452 4.2.2: the sender's rate, not the
	// recipient's mailbox.
	{ID: "servers23.per-client-volume", Any: []string{"from your ip/network", "from your ip", "from your network", "from your ip address"},
		With: []string{"messages in past", "bytes in past", "messages in the past", "bytes in the past", "more than"},
		Cat:  RateLimited, Pri: 20,
		Summary: "The receiving server limits how much mail (messages or bytes per period) it takes from one client address or network, and this client went over it.",
		Fix:     []string{"Slow down: spread the sending over time or over more sending addresses; the limit lifts when its period passes and the deferred mail is retried."}},

	// A group or recipient that accepts mail only from its own organization
	// or a list of allowed senders (Exchange Online's 5.7.193
	// "UnifiedGroups.ExternalSendersNotAllowed; The group only accepts
	// messages from people in its organization or on its allowed senders
	// list, and the sender's address isn't on the list"): the recipient's
	// delivery restriction, not a sender address the client may not use.
	{ID: "servers23.group-allowed-senders", Any: []string{"only accepts messages from", "only accepts mail from", "allowed senders list",
		"allowed-senders list", "accepted senders list", "externalsendersnotallowed"},
		Cat: Policy, Pri: 30, Actor: ActorRecipientAdmin,
		Summary: "The recipient (often a group or a distribution list) accepts mail only from senders in its organization or on its allowed senders list, and this sender is not one of them.",
		Fix: []string{"Ask the recipient's administrator to allow external senders for the group, or to add this sender to its allowed senders.",
			"Or reach the people behind the group directly."}},

	// Exchange's "Message expired, <the last attempt's cause>" (5.4.300-
	// 5.4.318: "550 5.4.312 Message expired, DNS query failed", "5.4.316
	// Message expired, connection refused"): the message expired in the
	// queue; the cause is the last attempt's (the corpus reads the 49 rows
	// with "message expired" so).
	{ID: "servers23.message-expired-with-cause", Any: []string{"message expired,", "message expired after", "message expired before"},
		Not: []string{"will expire", "warning"},
		Cat: Expired, Pri: 30,
		Summary: "The message expired in the sending server's queue: it was retried until its lifetime ran out; the words after \"Message expired\" name the last attempt's failure.",
		Fix: []string{"Fix the last attempt's cause (DNS of the recipient domain, a refused or timed-out connection), then resend.",
			"Exchange: the 5.4.3xx code names it (5.4.312 DNS query failed, 5.4.316 connection refused); check the send connector and DNS."}},

	// A content filter's action log for a message it passed on: Proxmox
	// Mail Gateway's pmg-smtp-filter "accept mail to <rcpt> (QID) (rule:
	// default-accept)".
	{ID: "servers23.filter-accept", Any: []string{"accept mail to"},
		With: []string{"(rule:", "pmg-smtp-filter", "proxmox"},
		Cat:  Success, Pri: 20,
		Summary: "The mail gateway's filter accepted the message for this recipient (the rule named) and passed it on to the internal server.",
		Fix:     []string{"Nothing to do: the gateway passed the message on; the internal server's log (the queue id in parentheses) shows the delivery."}},

	// Kerio Connect's Mail log record of a delivery status notification it
	// generated ("Recv: Queue-ID: ..., Service: DSN, From: <>, To: <sender>,
	// Size: N, Report: failed"): a delivery failed, and the line does not
	// say why ("report: failed" is in statedPermanentWording; "report:
	// delayed" in statedTemporaryWording).
	{ID: "servers23.kerio-dsn-report", Any: []string{"report: failed", "report: delayed"},
		With: []string{"service: dsn"},
		Cat:  Unknown, Pri: 10, Actor: ActorSenderAdmin,
		Summary: "Kerio Connect sent the sender a delivery status notification (failed: the message bounced; delayed: it is still being retried); the line does not say why: the Sent lines of the same Queue-ID carry the reply.",
		Fix:     []string{"Find the \"Sent: Queue-ID: ...\" lines of the same message in Kerio's Mail log: their Result and Status give the cause."}},
	{ID: "servers23.kerio-dsn-success", Any: []string{"report: success", "report: delivered"},
		With: []string{"service: dsn"},
		Cat:  Success, Pri: 10,
		Summary: "Kerio Connect sent the sender the delivery report it had asked for: the message was delivered.",
		Fix:     []string{"Nothing to do: the message was delivered."}},

	// The receiving server could not keep the message it took (hMailServer
	// HM5019 "Rejected message because no mail data has been saved in
	// file ...", "Your message was received but it could not be saved"):
	// its own storage, not the message.
	{ID: "servers23.not-saved", Any: []string{"no mail data has been saved", "no data saved", "could not be saved",
		"could not save the message", "failed to save the message", "unable to save the message"},
		Not: []string{"draft", "sent folder", "sent items"},
		Cat: ServerError, Pri: 20, Actor: ActorRecipientAdmin,
		Summary: "The receiving server could not store the message it received (its spool or data directory, disk or database): its own fault, not the message's.",
		Fix: []string{"Receiving administrator: check the server's data directory (free space, permissions, antivirus locking the files) and its error log.",
			"Sender: the message is retried after a temporary refusal; resend if it bounced."}},
}
