package explain

import "testing"

// Kinds of held-out batch 19-codeless (docs/heldout/heldout19-codeless.md),
// in new wording: the MTA's own machinery that failed (a delivery agent
// crashed, a transport, a table or a hints database missing, the local
// delivery agent's fatal error) is a server error and temporary, whatever
// generic word the line holds; a routing gap and unreachable relays.
func TestKindCodeless19OwnMachinery(t *testing.T) {
	checkKinds(t, []kindCase{
		{"postfix/master[77]: warning: /usr/lib/postfix/sbin/lmtp: bad command startup -- throttling", ServerError, ClassTransient},
		{"warning: process /usr/lib/postfix/sbin/cleanup pid 4411 killed by signal 6", ServerError, ClassTransient},
		{"postfix/qmgr[12]: warning: private/relay socket: malformed response", ServerError, ClassTransient},
		{"postfix/qmgr[12]: warning: connect to transport private/spamfilter: Connection refused", ServerError, ClassTransient},
		{"postfix/smtpd[88]: warning: hash:/etc/postfix/sender_access is unavailable. open database /etc/postfix/sender_access.db: No such file or directory", ServerError, ClassTransient},
		{"2026-01-02 03:04:05 failed to open hints database /var/spool/exim/db/wait-remote_smtp: Permission denied", ServerError, ClassTransient},
		{"dovecot: lmtp(ana): Fatal: Couldn't drop privileges: User is missing UID (see mail_uid setting)", ServerError, ClassTransient},
		{"dovecot: lda(bo)<4242>: Fatal: Invalid -a parameter: Missing domain", ServerError, ClassTransient},
		{"LastError: No matching connector cannot be found to route the recipient", ServerError, ClassTransient},
		{"relay log: no hosts are reachable for far.example, will retry", Network, ClassTransient},
	})
	// the receiving server's own fatal quota or user errors keep their causes
	checkKinds(t, []kindCase{
		{"dovecot: lda(ana): Fatal: quota exceeded (mailbox for user is full)", MailboxFull, ClassPermanent},
	})
}

// The class of codeless texts: a socket's timer that "has expired" is a
// timeout (network, temporary), not a queue expiry; a message held for a
// moderator or an administrator, a quota warning and a failure its
// reporter calls transient are temporary; Exim's frozen messages are held
// (unknown, temporary); a delivery timeout of the queue stays an expiry.
func TestKindCodeless19Class(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The semaphore timeout period has expired while sending to mx.far.example", Network, ClassTransient},
		{"Your post to staff@lists.example is held for the moderator: the list is moderated", Policy, ClassTransient},
		{"Subject: Quota warning\n\nThe mailbox of ana@far.example is 91% full.", MailboxFull, ClassTransient},
		{"mailer: transient failure talking to the relay, message kept in queue", Unknown, ClassTransient},
		{" 3h  14K 1uAbCd-000Xyz-9Q <bo@near.example> *** frozen ***\n          ana@far.example", Unknown, ClassTransient},
		{"Message 1uAbCd-000Xyz-9Q was frozen on arrival by ACL", Unknown, ClassTransient},
		{"The delivery time has expired for this message", Expired, ClassPermanent},
	})
}

// Status forms: a status value that is an enumeration's qualified constant,
// an Exchange queue's Retry state, SES's bounce type and subtype as one
// value, a PowerShell table with a Status column.
func TestKindCodeless19StatusForms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery state: DeliveryState::Retrying", Unknown, ClassTransient},
		{"queue status: QueueStatus.Held", Unknown, ClassTransient},
		{"Status: Retry", Unknown, ClassTransient},
		{"Transient/MailboxFull", MailboxFull, ClassTransient},
		{"Permanent/NoEmail", UserUnknown, ClassPermanent},
		{"Received             SenderAddress      RecipientAddress  Status\n-------              -------------      ----------------  ------\n1/5/2026 9:01:00 AM  ops@near.example   ana@far.example   Failed", Unknown, ClassPermanent},
	})
	for _, in := range []string{
		"Permanent/Suppressed/Extra",
		"Name        Value       Count\nalpha       beta        3",
	} {
		if _, err := explainOne(in); err == nil {
			t.Errorf("%q: explained, want it refused", in)
		}
	}
}

// Kinds of batch 19-codeless b, in new wording: holds stated by the MTA or
// the platform (Exim's frozen bounce in its log, spool file and notice; a
// platform's held message), an event's name alone, Exchange's tracking
// events and Exchange Online's enhanced summary, the MTA not running (weak:
// the reason quoted after it decides), the poison queue.
func TestKindCodeless19bHoldsAndEvents(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-02-03 04:05:06 1vQwEr-0009Zz-1A Frozen (delivery error message)", Unknown, ClassTransient},
		{"1vQwEr-0009Zz-1A-H\nmailnull 47 47\n<>\n1770000000 0\n-frozen 1770000300\nXX\n1\nbo@far.example", Unknown, ClassTransient},
		{"Message 1vQwEr-0009Zz-1A has been frozen (delivery error message).\nThe following address(es) have yet to be delivered:\n\nbo@far.example: Unrouteable address", HostUnknown, ClassTransient},
		{"Status: Held\nThis message has been held by the server's sending rules. It will be held until 12 March 2026 10:00.", Unknown, ClassTransient},
		{"event: message.rejected", Unknown, ClassPermanent},
		{"EventId: DEFER", Unknown, ClassTransient},
		{"EventId: DELIVER", Success, ClassSuccess},
		{"recipient_status: lee@far.example##Receive, Send, Fail", Unknown, ClassPermanent},
		{"recipient_status: lee@far.example##Receive, Deliver", Success, ClassSuccess},
		{"postsuper: warning: Mail system is down -- accessing queue directly", ServerError, ClassTransient},
		{"postqueue: warning: Mail system is down -- accessing queue directly\n(connect to mx.far.example[198.51.100.9]:25: Connection refused)", Network, ClassTransient},
		{"MSExchangeTransport: message moved to the poison queue after two crashes", ServerError, ClassTransient},
	})
	// a mailbox or an account that is frozen is no held message: it stays permanent
	checkKinds(t, []kindCase{
		{"Your mail account has been frozen after too many bounces; reset the password to unfreeze it.", MailboxDisabled, ClassPermanent},
	})
}
