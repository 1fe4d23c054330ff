package explain

import "testing"

// The kinds held-out batch 15-dash found on its first run, in new wording (not
// the batch's rows).

// A delivery report's moderation and transport-rule states are outcomes: a
// message a moderator rejected is refused for good, one still waiting for a
// moderator is not; a group that only names moderation as a remedy is not
// moderated.
func TestKindDash15ModerationAndTransportRules(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Event: FailedModeration\nRecipient: sales@corp.example", Policy, ClassPermanent},
		{"Delivery status: the moderator rejected the post to owners@corp.example", Policy, ClassPermanent},
		{"Event: PendingModeration\nRecipient: owners@corp.example\nThis message is held: it needs approval from a moderator.", Policy, ClassTransient},
		{"Event: FailedTransportRules\nRecipient: cfo@corp.example", Policy, ClassPermanent},
		// moderation as a remedy, not as what happened: the spam verdict decides
		{"550 5.7.1 Your email to group dev@list.example was rejected as spam; the owner can enable moderation instead of bounces.", SpamContent, ClassPermanent},
	})
}

// A trace's or an event's own bare status: pending is temporary,
// unsuccessful permanent, delivered or expanded a success.
func TestKindDash15BareStatuses(t *testing.T) {
	checkKinds(t, []kindCase{
		{"RecipientAddress : ops@lab.example\nStatus           : Pending", Unknown, ClassTransient},
		{"recipient=ops@lab.example status=unsuccessful", Unknown, ClassPermanent},
		{"RecipientAddress : team@corp.example\nStatus           : Expanded", Success, ClassSuccess},
		{`{"recipient":"ops@lab.example","status":"delivered"}`, Success, ClassSuccess},
	})
}

// A complaint (the person reported or marked the mail as spam) is the
// platform's policy; a receiver's spam verdict stays the content.
func TestKindDash15Complaint(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Why not delivered: the recipient reported it as spam", Policy, ClassPermanent},
		{"Reply category: 250 Recipient Abuse Report", Policy, ClassPermanent},
		// a receiver's filter, not a person
		{"550 5.7.1 Message marked as spam by the recipient's server filter", SpamContent, ClassPermanent},
	})
}

// A platform's hold after earlier failures, and its drop list, are its
// policy; an address dropped because it bounced before keeps the corpus's
// reading (the hard bounce it had).
func TestKindDash15HeldAfterFailures(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Address ops@lab.example excluded from this send: it reached the bounce threshold", Policy, ClassPermanent},
		{"Member held: five consecutive bounces", Policy, ClassPermanent},
		{"Your reply to ops@lab.example was not sent: the address is on our droplist", Policy, ClassPermanent},
		{"send failed: all_recipients_suppressed", Policy, ClassPermanent},
		{`{"type":"DROPPED","recipient":"ops@lab.example","dropReason":"PREVIOUSLY_BOUNCED"}`, UserUnknown, ClassPermanent},
	})
}

// An automatic response is a delivery; a refusal that mentions one is not.
func TestKindDash15AutoResponse(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Bounce type: Auto Responder", Success, ClassSuccess},
		{"We got an automated response from the recipient's server", Success, ClassSuccess},
		{"550 5.7.1 Auto-response rejected: not accepted here", Policy, ClassPermanent},
	})
}

// Vocabulary of dashboards' short reasons.
func TestKindDash15Vocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Why: the user was deleted from the directory", UserUnknown, ClassPermanent},
		{"Failed - non-deliverable address ops@lab.example", UserUnknown, ClassPermanent},
		{"Response category: Invalid Address (the contact was deactivated)", UserUnknown, ClassPermanent},
		{"Temporary slowdown due to unusual volume from your domain", RateLimited, ClassTransient},
		{"Automated block: suspicious activity seen from this IP, 198.51.100.9", Reputation, ClassPermanent},
		{"Threats: Phish | Action: Blocked", SpamContent, ClassPermanent},
		{"Outgoing mail is off: the shared mailbox needs approval by an administrator before sending", Policy, ClassPermanent},
		{"sendmail: cannot chdir(/var/spool/mqueue): Permission denied", ServerError, ""},
		{"451 4.4.0 DNS query failed. The error was: nxdomain for far.example", HostUnknown, ClassTransient},
		{"Filtered: challenge-response system waiting for the sender", Policy, ClassPermanent},
		{"Unknown error. E-mail not delivered", Unknown, ClassPermanent},
	})
}

// A count or a category's number is no reply code: a log-summary report's
// lines and "category: 250" read by their words.
func TestKindDash15CountsAreNoCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"     412   Reject RBL                                 12.02%", Reputation, ClassPermanent},
		{"     233   Reject HELO/EHLO                            3.50%", RFCNoncompliant, ClassPermanent},
		{"      12   4xx Reject sender address                  0.40%", SenderInvalid, ClassTransient},
		{"Bounce category: 250 Mailbox full", MailboxFull, ClassPermanent},
		// a reply stays a reply
		{"250 2.0.0 Ok: queued as 8C1D2E3F4A", Success, ClassSuccess},
		{"550   5.1.1 <ops@lab.example>: user unknown", UserUnknown, ClassPermanent},
		{"Bounce category: 550 5.1.1 user unknown", UserUnknown, ClassPermanent},
	})
}

// Batch 15-dash b: a postmaster dashboard's reputation; a connection timer
// that ran out; a host name that cannot be found (but a lookup that did not
// complete "at this time" stays temporary DNS); a request without a
// recipient; a queue's retry statuses; an application's bare "sending
// failed" (unknown category, unknown class, as the corpus reads it);
// a report's counts; an address refused because it bounced; a list's hold.
func TestKindDash15bDashboards(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SNDS for 198.51.100.21: Filter result: Yellow, Trap hits: 9", Reputation, ClassPermanent},
		{"Result: the SMTP timeout interval expired before the server answered", Network, ClassTransient},
		{"Connecting to the server failed: host name mail.corp.example could not be resolved", HostUnknown, ClassPermanent},
		{"ops@lab.example cannot be resolved at this time: host lookup did not complete", Network, ClassTransient},
		{"Send operation 12: No recipient address specified.", Syntax, ClassPermanent},
		{"recipient=ops@lab.example queue_status=Retrying", Unknown, ClassTransient},
		{"Alert rule 'cpu high': email notification failed", Unknown, ClassUnknown},
		{"At least one address failed: 7", Unknown, ClassPermanent},
		{"Send refused: email address has bounced (ops@lab.example)", UserUnknown, ClassPermanent},
		{"Your post to 'ops' is being held until a moderator approves it", Policy, ClassTransient},
		{"Settings rejected: The from email does not contain a valid address.", SenderInvalid, ClassPermanent},
	})
}
