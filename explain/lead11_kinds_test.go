package explain

import "testing"

// The kinds of held-out batch 10's misses that the lead fixed in session 6,
// each in new wording (not the batch's rows).

// A delay notice whose words also say "permanently" about a future that has
// not come is temporary; a bounce that says it gave up stays permanent.
func TestKindDelayNoticeMentioningPermanent(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your message to ops@slow.example has not been delivered yet. We will retry for another 20 hours and tell you if it fails permanently.\nThe remote server said: connection timed out", Network, ClassTransient},
		{"Delivery has been delayed. The server will keep trying; if it cannot deliver the message it will be returned to you as undeliverable.", Unknown, ClassTransient},
		// a bounce: permanent wording with no still-queued wording
		{"Delivery to ops@slow.example failed permanently: the server did not answer (connection timed out).", Network, ClassPermanent},
	})
}

// Storage named a folder or a mail store, full; a server that takes mail for
// its local users only; a timeout on a file of the receiver; a Go io.EOF.
func TestKindLead11Wording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"552 Mail folder of the recipient is full", MailboxFull, ClassPermanent},
		{"452 4.2.2 mailstore full, try later", MailboxFull, ClassTransient},
		{"550 Sorry, this server delivers to local users only", RelayDenied, ClassPermanent},
		{"554 We accept mail for local domains only", RelayDenied, ClassPermanent},
		{"451 4.3.0 <kim@lab.example>... timeout reading /export/home/kim/.forward", ServerError, ClassTransient},
		{"451 timed out on /var/spool/mail/kim (NFS server not responding)", ServerError, ClassTransient},
		{`level=error msg="sending mail failed" err=EOF`, Network, ClassTransient},
		{"smtp send: read: EOF", Network, ClassTransient},
		// the SMTP session's own time limit is no queue lifetime nor rate
		{"421 4.4.2 SMTP time limit exceeded, closing connection", Network, ClassTransient},
		{"Connection dropped: session time limit reached", Network, ClassTransient},
		// a network timeout stays a network timeout
		{"421 4.4.2 mx.lab.example Error: timeout exceeded", Network, ClassTransient},
	})
}
