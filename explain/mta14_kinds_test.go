package explain

import "testing"

// The kinds that held-out batch 14-mta (commercial and less common mail
// servers, groupware and list servers) found on its first run, each in new
// wording (not the batch's rows).

// The receiving system's own storage (a disk, a spool that has no space
// left, "mail system full"), and a service of the server that is not
// active: the server's trouble, not the recipient's quota or an inactive
// recipient.
func TestKindMta14ServerOwnState(t *testing.T) {
	checkKinds(t, []kindCase{
		{"452 4.3.1 Insufficient disk: no space left for incoming mail", ServerError, ClassTransient},
		{"451 4.3.0 Unable to create queue file: disk is full", ServerError, ClassTransient},
		{"spooler: could not write temporary file: No space left on device", ServerError, ClassTransient},
		{"421 4.3.2 Transport service is not running on this node", ServerError, ClassTransient},
		{"LastError: 451 4.4.0 Remote host 203.0.113.8 said \"421 4.3.2 Service is inactive\"", ServerError, ClassTransient},
	})
	// the recipient's storage stays a full mailbox
	checkKinds(t, []kindCase{
		{"452 4.2.2 Mailbox of ann@lab.example is out of space", MailboxFull, ClassTransient},
		{"552 5.2.2 User quota exceeded: no space left in mailbox", MailboxFull, ClassPermanent},
	})
}

// A command refused because it is not allowed at this point of the session
// (503) is the client's command order; an address in a single-label domain
// is the address's form, whatever X.1.6 would mean; an address that could not
// be interpreted is its syntax, the sender's at MAIL FROM.
func TestKindMta14CommandOrderAndAddressForm(t *testing.T) {
	checkKinds(t, []kindCase{
		{"503 5.5.1 STARTTLS not allowed now", Syntax, ClassPermanent},
		{"503 Command not permitted during a mail transaction", Syntax, ClassPermanent},
		{"550 5.1.6 Single-label sender domains are refused here", Syntax, ClassPermanent},
		{"553 Recipient address in a single label domain", Syntax, ClassPermanent},
		{"The recipient address cannot be parsed: missing closing bracket", Syntax, ClassPermanent},
		{"Rejected at MAIL FROM: the sender address could not be parsed", SenderInvalid, ClassPermanent},
	})
	// "not permitted" alone under 550 stays a refusal by policy
	checkKinds(t, []kindCase{
		{"550 5.7.1 Sending to this address is not permitted", Policy, ClassPermanent},
	})
}

// The destination whose name does not resolve, or that the MTA calls an
// illegal host: the destination is unknown, not the client's PTR, also when
// "your server" stands in the text.
func TestKindMta14DestinationUnresolvable(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Relay attempt through your server refused: the destination domain does not resolve", HostUnknown, ClassPermanent},
		{"illegal domain name found: mx.nosuch.example", HostUnknown, ClassPermanent},
		{"554 5.4.4 Illegal host name nosuch..example", HostUnknown, ClassPermanent},
	})
	// the client's own name that does not resolve stays a PTR refusal
	checkKinds(t, []kindCase{
		{"450 4.7.1 Client host rejected: your server's IP does not resolve to a hostname", PTRRequired, ClassTransient},
	})
}

// An MTA whose queue to a destination is stuck, and one that reports the
// attempts it made and failed: the destination cannot be reached, for now in
// the first case, for good (the message came back) in the second.
func TestKindMta14StuckAndFailedAttempts(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Outbound queue is stuck: the server has been trying to deliver to mx.lab.example since 09:10", Network, ClassTransient},
		{"Delivery failed: failed all attempts to reach mx.lab.example", Network, ClassPermanent},
		{"Failed three attempts to connect to the destination mail server", Network, ClassPermanent},
	})
}

// A list server that refuses a posting: the list's policy.
func TestKindMta14ListPosting(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your message cannot post to the FRIENDS-L list: you are not subscribed", Policy, ClassPermanent},
		{"The sender had been served out of the list by its owner", Policy, ClassPermanent},
	})
}

// An MTA's own text for a remote host's TLS failure (Exchange's queue and
// send-connector log, Stalwart's report line) is a deferral that the MTA
// retries: transient; a client library's TLS failure stays permanent.
func TestKindMta14MTATLSClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"TLS negotiation failed with error IllegalMessage", TLSRequired, ClassTransient},
		{"<ann@lab.example> (TLS error from 'mx2.lab.example': Handshake failed: received fatal alert: HandshakeFailure)", TLSRequired, ClassTransient},
		{"ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate", TLSRequired, ClassPermanent},
	})
}
