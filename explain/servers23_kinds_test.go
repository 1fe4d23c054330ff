package explain

import "testing"

// The kinds helper servers23 fixed (docs/heldout/heldout23-servers.md), in
// new wording (not rows of a batch), with the neighbours that must not
// change.

// A null MX named for the MAIL FROM domain is the sender's domain; a null
// MX of the recipient's domain stays host-unknown.
func TestKindServers23SenderNullMX(t *testing.T) {
	checkKinds(t, []kindCase{
		{"501 5.7.27 Sender domain far.example publishes a null MX and cannot receive replies", SenderInvalid, ClassPermanent},
		{`submission: MAIL FROM error {"check":"require_mx_record","msg_id":"77aa01bc","smtp_code":501,"smtp_enchcode":"5.7.27","smtp_msg":"Domain in MAIL FROM has null MX record"}`, SenderInvalid, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"556 5.1.10 Recipient address has null MX", HostUnknown, ClassPermanent},
		{"<kim@nomail.example>: Domain nomail.example does not accept mail (nullMX)", HostUnknown, ClassPermanent},
	})
}

// An EHLO name that does not resolve to the client (or an address literal
// that is not the client's) is the HELO name refused.
func TestKindServers23EHLONameMismatch(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.0 No A or AAAA record for the HELO hostname matches your address", RFCNoncompliant, ClassPermanent},
		{"550 5.7.0 Address literal: IP in HELO differs from the connecting address", RFCNoncompliant, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"501 5.5.4 HELO requires domain address", Syntax, ClassPermanent},
	})
}

// A receiver's volume limit per client address or network over a period is
// the sender's rate, whatever the code (mox sends 452 4.2.2); a recipient's
// full mailbox stays mailbox-full.
func TestKindServers23PerClientVolume(t *testing.T) {
	checkKinds(t, []kindCase{
		{"452 4.2.2 more than 1500 messages in past 1m0s from your ip/network", RateLimited, ClassTransient},
		{"451 4.7.1 More than 50 MB in the past hour from your IP address, slow down", RateLimited, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"452 4.2.2 Mailbox full", MailboxFull, ClassTransient},
	})
}

// A group that accepts mail only from its organization or its allowed
// senders is the recipient's restriction; a From address the account may not
// use stays sender-invalid.
func TestKindServers23GroupAllowedSenders(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 This distribution list only accepts messages from members; your address isn't on its allowed senders list", Policy, ClassPermanent},
		{"Remote Server returned '550 5.7.193 UnifiedGroups.ExternalSendersNotAllowed'", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.7.60 SMTP; Client does not have permissions to send as this sender", SenderInvalid, ClassPermanent},
	})
}

// Exchange's "Message expired, <last cause>" is the message that expired;
// the same cause in a deferral stays the cause.
func TestKindServers23MessageExpiredWithCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Remote Server returned '550 5.4.310 Message expired, DNS query failed with error ErrorRetry'", Expired, ClassPermanent},
		{"#550 5.4.317 Message expired, cannot connect to remote server ##", Expired, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry", Network, ClassTransient},
	})
}

// A mail gateway's filter log of a message it passed on is a success; its
// block of a message is not.
func TestKindServers23FilterAccept(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mar  3 08:01:02 gw pmg-smtp-filter[1902]: 9A8B7C6D5E4F30A1B2: accept mail to <lu@near.example> (4C5D6E7F8A) (rule: Whitelist)", Success, ClassSuccess},
	})
	checkKinds(t, []kindCase{
		{"Mar  3 08:02:10 gw pmg-smtp-filter[1903]: 0A1B2C3D4E5F607182: virus detected: Eicar-Signature (clamav)", Virus, ClassPermanent},
	})
}

// Kerio Connect's Mail log record of the DSN it sent: a failure without its
// cause (unknown, the class its "Report:" states), or a success report.
func TestKindServers23KerioDSNRecord(t *testing.T) {
	checkKinds(t, []kindCase{
		{"[03/Mar/2026 08:10:11] Recv: Queue-ID: 65e4a1b2-0000c3d4, Service: DSN, From: <>, To: <lu@near.example>, Size: 3120, Report: failed", Unknown, ClassPermanent},
		{"[03/Mar/2026 08:11:12] Recv: Queue-ID: 65e4a1b2-0000c3d5, Service: DSN, From: <>, To: <lu@near.example>, Size: 2988, Report: delayed", Unknown, ClassTransient},
		{"[03/Mar/2026 08:12:13] Recv: Queue-ID: 65e4a1b2-0000c3d6, Service: DSN, From: <>, To: <lu@near.example>, Size: 2410, Report: success", Success, ClassSuccess},
	})
}

// The receiving server that could not store what it received is its own
// trouble.
func TestKindServers23NotSaved(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 Your message could not be saved on this server, please retry", ServerError, ClassTransient},
	})
}

// The sending MTA's own configuration named in its failure is its set-up,
// whatever the code; a receiving server's routing failure stays the network.
func TestKindServers23SenderOwnConfig(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.4.4 MX consisted solely of hosts on the skip_hosts list for far.example", ServerError, ClassPermanent},
		{"400 KumoMTA internal: failed to connect to any candidate hosts: All failures are related to having an unplumbed source address. Are the network interfaces configured?", ServerError, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", HostUnknown, ClassPermanent},
	})
}

// A bounce refused because the server cannot match it to mail it sent is
// its bounce rule; a bounce with a malformed header stays that.
func TestKindServers23UnverifiedBounce(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Bounce refused: its Message-ID is not one of ours, I did not send it", Policy, ClassPermanent},
		{"550 this bounce quotes no Message-ID, so I cannot verify that I sent it", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.6.0 Message-ID header is malformed", RFCNoncompliant, ClassPermanent},
	})
}

// The receiving server's own user or redirect lookup is its own trouble,
// even when it timed out; a user the lookup did not find stays unknown.
func TestKindServers23OwnUserLookup(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.3.0 <lu@near.example> Redirect lookup unexpectedly failed: connect(auth-userdb) timed out", ServerError, ClassTransient},
		{"451 4.3.0 userdb lookup timed out for lu@near.example", ServerError, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"550 5.1.1 <lu@near.example> User doesn't exist: lu@near.example", UserUnknown, ClassPermanent},
	})
}

// amavisd-new's verdict in its log line decides, whatever fields follow it;
// a service's event name with the same words is not amavis.
func TestKindServers23AmavisVerdict(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mar  3 09:10:11 gw amavis[4410]: (04410-02) Blocked SPAM {RejectedInbound}, [198.51.100.9]:41000 [198.51.100.9] <x@far.example> -> <lu@near.example>, Queue-ID: 1A2B3C, Message-ID: <q1@far.example>, mail_id: AbCdEf, Hits: 11.5, size: 3021, 402 ms", SpamContent, ClassPermanent},
		{"Mar  3 09:11:12 gw amavis[4411]: (04411-01) Blocked BAD-HEADER-0 {BouncedInbound,Quarantined}, [198.51.100.9]:41001 [198.51.100.9] <x@far.example> -> <lu@near.example>, Message-ID: <q2@far.example>, mail_id: GhIjKl, Hits: -", RFCNoncompliant, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{`{"date":"2026-03-03T09:12:00Z","type":"ip_blocked_spam","code":421}`, Reputation, ClassTransient},
	})
}

// A list that takes posts from its subscribers only is the recipient's
// restriction; an anti-spam engine's score is the message's spam, while an
// anti-spam reputation list stays reputation (probe after batch b).
func TestKindServers23ListSubscribersAndAntispamScore(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 The list staff@lists.near.example does not accept messages from non-subscribers", Policy, ClassPermanent},
		{"554 5.7.1 Rejected by the anti-spam filter: score 9.4 exceeds 6.0", SpamContent, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"553 Blocked by antispam reputation list: Listed 198.51.100.9", Reputation, ClassPermanent},
		{"553 5.1.8 Sender rejected: sender domain does not exist", SenderInvalid, ClassPermanent},
	})
}
