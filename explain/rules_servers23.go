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
//
// Batch 23-servers b's first run, by kind:
//
//   - the sending MTA's own configuration named in its failure (KumoMTA's
//     "MX consisted solely of hosts on the skip_hosts list", "an unplumbed
//     source address. Are the network interfaces configured?"), read by
//     its 5.4.4 code or as the network (servers23.sender-own-config);
//   - a bounce refused because the server cannot match it to mail it sent
//     (Haraka's bounce plugin: "bounce without Message-ID in headers,
//     unable to verify that I sent it", "I didn't send it"), read as a
//     malformed message by "Message-ID" (servers23.unverified-bounce);
//   - the receiving server's own user lookup (Dovecot's LMTP proxy:
//     "Redirect lookup unexpectedly failed: passdb lookup timed out"), read
//     as the network by "timed out" (servers23.own-user-lookup);
//   - amavisd-new's log verdict ("Blocked SPAM", "Blocked INFECTED",
//     "Blocked BANNED", "Blocked BAD-HEADER") outranked by the log line's
//     "Message-ID:" field (servers23.amavis-blocked-*).
//
// amavisLogWords: the words of amavisd-new's log line around its verdict
// (the program, its mail_id field, the action taken), so that a service's
// event name such as "ip_blocked_spam" is not read as amavis' verdict.
var amavisLogWords = []string{"amavis", "mail_id", "rejectedinbound", "rejectedoutbound", "discardedinbound", "discardedoutbound",
	"bouncedinbound", "bouncedoutbound", "passedinbound", "quarantined", "tempfailedinbound"}

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
		"allowed-senders list", "accepted senders list", "externalsendersnotallowed",
		// a list that takes posts from its subscribers only (CommuniGate Pro's
		// LIST module "does not accept messages from non-subscribers"; probe
		// after batch b)
		"from non-subscribers", "non-subscriber"},
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
		Cat: Expired, Pri: 10, // below ms.expired-conn (its 5.4.316/5.4.300 explanation is Exchange Online's own), above wording.dns-try-again
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

	// The sending MTA's own configuration named in its failure: KumoMTA's
	// skip_hosts ("MX consisted solely of hosts on the skip_hosts list",
	// 451 4.4.4 since the dev release, 550 5.4.4 before) and its egress
	// source not configured on the host ("All failures are related to having
	// an unplumbed source address. Are the network interfaces configured?").
	// The sender's set-up, as mta22.relay-own-lookup reads OpenSMTPD's own
	// tables.
	{ID: "servers23.sender-own-config", Any: []string{"skip_hosts list", "unplumbed source address", "are the network interfaces configured"},
		Cat: ServerError, Pri: 30, Actor: ActorSenderAdmin,
		Summary: "The sending MTA could not deliver because of its own configuration (every MX host of the destination is on its skip list, or its source address is not configured on the host): nothing was refused by the receiving side.",
		Fix: []string{"On the sending MTA: check the egress path and source settings the message uses (KumoMTA: skip_hosts of make_egress_path or shaping.toml; the source address of the egress source must be configured on a local interface).",
			"Then release the queued messages; a permanent failure from an older release must be resent."}},

	// A bounce refused because the receiving server cannot match it to a
	// message it sent (backscatter protection; Haraka's bounce plugin,
	// non_local_msgid: "bounce without Message-ID in headers, unable to
	// verify that I sent it", "bounce with invalid Message-ID, I didn't send
	// it."): the receiver's rule for bounces, not a malformed message.
	{ID: "servers23.unverified-bounce", Any: []string{"bounce"},
		With: []string{"i didn't send it", "i did not send it", "verify that i sent it", "i never sent it", "not sent by me", "not sent from here"},
		Cat:  Policy, Pri: 30, Actor: ActorRecipientAdmin,
		Summary: "The receiving server refused a bounce (a message with an empty sender) because it cannot match it to a message it sent: a rule against backscatter, the bounces of forged mail.",
		Fix: []string{"If this bounce answers mail the receiving site really sent: its outbound mail must carry a Message-ID in its own domain (the check looks for it in the quoted headers).",
			"Otherwise nothing to do: the bounce was for a message forged in that site's name."}},

	// The receiving server's own user or redirect lookup that failed
	// (Dovecot's LMTP proxy: "Redirect lookup unexpectedly failed: passdb
	// lookup timed out", "Redirect lookup yielded invalid result"; a userdb
	// or passdb lookup that failed): its directory, not the network between
	// the two servers nor the address.
	{ID: "servers23.own-user-lookup", Any: []string{"redirect lookup", "passdb lookup", "userdb lookup", "user lookup failure", "user lookup failed"},
		Not: []string{"doesn't exist", "does not exist", "unknown user", "user unknown", "no such user"},
		Cat: ServerError, Pri: 20, Actor: ActorRecipientAdmin,
		Summary: "The receiving server could not look the recipient up in its own user directory (its passdb/userdb, an LDAP or SQL backend, a proxy redirect): its own fault; the message is retried.",
		Fix: []string{"Receiving administrator: check the user database the lookup uses (the auth service's log, the LDAP/SQL server it asks, its timeouts).",
			"Sender: nothing to do for a temporary refusal; it is retried."}},

	// amavisd-new's log verdict ("Blocked SPAM {RejectedInbound}, ...,
	// Message-ID: <...>, mail_id: ..., Hits: 18.2"): the contents category
	// it blocked decides; the "Message-ID:" field of the line is not a
	// header complaint (mta.rfc read it so).
	{ID: "servers23.amavis-blocked-spam", Any: []string{"blocked spam", "blocked spammy"}, With: amavisLogWords,
		Cat: SpamContent, Pri: 30,
		Summary: "The receiving (or sending) host's content filter, amavisd-new, blocked the message as spam (its score passed the kill level).",
		Fix: []string{"Check the message against the filter's spam tests (the Hits score in the line; SpamAssassin's report in amavis' log), fix what made it look like spam, and resend.",
			"For outbound mail (ORIGINATING/RejectedOutbound): the account may be compromised or sending bulk mail; check it before releasing anything."}},
	{ID: "servers23.amavis-blocked-infected", Any: []string{"blocked infected"}, With: amavisLogWords,
		Cat: Virus, Pri: 30,
		Summary: "The content filter amavisd-new blocked the message: its virus scanner found malware (named in parentheses).",
		Fix:     []string{"Clean the sending computer and resend without the infected attachment."}},
	{ID: "servers23.amavis-blocked-banned", Any: []string{"blocked banned"}, With: amavisLogWords,
		Cat: Policy, Pri: 30,
		Summary: "The content filter amavisd-new blocked the message for a banned attachment type or name (listed in parentheses).",
		Fix:     []string{"Send the file another way (a link, an archive type the receiver allows), or ask the receiving site to allow it."}},
	{ID: "servers23.amavis-blocked-bad-header", Any: []string{"blocked bad-header"}, With: amavisLogWords,
		Cat: RFCNoncompliant, Pri: 30,
		Summary: "The content filter amavisd-new blocked the message for a malformed header (8-bit characters, a missing or invalid header field).",
		Fix:     []string{"Fix the sending software so that its headers follow RFC 5322 (encoded words for non-ASCII text, one From, a valid Date)."}},

	// An anti-spam engine's refusal with its score ("550 5.7.1 Sender
	// rejected by <product> Antispam (score 12.0)"): the message's spam
	// score, not a sender address (mta.sender-domain-not-found read
	// "sender rejected"); an anti-spam reputation or block list stays
	// reputation. Probe after batch b.
	{ID: "servers23.antispam-score", Any: []string{"antispam", "anti-spam", "anti spam"},
		With: []string{"score"},
		Not:  []string{"reputation", "blacklist", "blocklist", "block list", "listed", "rbl", "dnsbl"},
		Cat:  SpamContent, Pri: 20,
		Summary: "The receiving server's anti-spam engine scored the message as spam and refused it.",
		Fix: []string{"Find what made the message score as spam (content, links, missing authentication: SPF, DKIM, DMARC) and resend a corrected message.",
			"If it is a false positive, ask the recipient to have the sender allowed by their administrator."}},
}
