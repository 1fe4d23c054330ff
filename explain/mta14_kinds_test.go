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

// Batch 14-mta b: the server's own disk, store, files and configuration,
// and congestion of the mail system: server-error, whatever size or
// "not accepted" word stands near them.
func TestKindMta14bServerOwnTrouble(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Queue manager: cannot accept item, disk storage full on volume MAIL", ServerError, ClassTransient},
		{"Message store error: unable to update the folder index of user/ann", ServerError, ClassTransient},
		{"smtpd: input/output error while spooling message 4471", ServerError, ClassTransient},
		{"deliver(ann): Fatal: Error in configuration file /etc/mail/lda.conf line 12", ServerError, ClassTransient},
		{"Delivery delayed: mail system congestion, the message will be retried", ServerError, ClassTransient},
	})
	// a recipient's full disk quota stays a full mailbox
	checkKinds(t, []kindCase{
		{"Delivery failed: disk quota exceeded for user ann", MailboxFull, ClassPermanent},
	})
}

// No mail server of the destination available: network; a message returned
// when its retries ran out: expired; one put back into the queue: no cause of
// its own, retried.
func TestKindMta14bRetries(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery deferred: no mail servers available for far.example", Network, ClassTransient},
		{"Bouncing message 7F3A2 to sender: maximum number of retries (12) reached", Expired, ClassPermanent},
		{"Message 7F3A2 requeued for retry in 30 minutes", Unknown, ClassTransient},
	})
}

// A list server's answers: a list that does not exist is an unknown
// recipient; a posting the list rejected is its policy; a message over the
// list's maximum size is too big; an address that can't be interpreted is
// its syntax.
func TestKindMta14bListServer(t *testing.T) {
	checkKinds(t, []kindCase{
		{"board-l@lists.lab.example: no such mailing list on this server", UserUnknown, ClassPermanent},
		{"Your posting has been rejected by the list owner of FRIENDS-L", Policy, ClassPermanent},
		{"Your message is over the maximum size accepted by the list (2 MB)", MessageTooBig, ClassPermanent},
		{"The recipient address can't be interpreted: it has no domain part", Syntax, ClassPermanent},
	})
}

// A verdict on the HELO name stays a HELO verdict when the filter that gave
// it is called "Anti-Spam" and the text names an IP address; a block of the
// sender's IP by an anti-spam system stays a reputation block.
func TestKindMta14bHeloNotSpamSource(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Anti-Spam: the HELO name mail.shop.example does not match the IP address 198.51.100.9", RFCNoncompliant, ClassPermanent},
		{"554 Mail from your IP address is blocked by our anti-spam system as a spam source", Reputation, ClassPermanent},
	})
}

// Batch 14-mta c: a destination whose MX has no usable address is an
// unknown host, also when the words say "blocked" or only the bare 550
// stands; a domain given as a malformed IP literal is the address's syntax,
// not a DNS failure.
func TestKindMta14cMXUnusable(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Delivery refused: the MX record points to 127.0.0.1 for shop.example", HostUnknown, ClassPermanent},
		{"550 Cannot resolve any IP address of the MX host mx.nowhere.example", HostUnknown, ClassPermanent},
		{"Recipient domain [999.1.1.1] is not a valid IP literal", Syntax, ClassPermanent},
	})
	// an MX that points back to the sending host is its routing loop
	checkKinds(t, []kindCase{
		{"shop.example: the MX record points to local host (mail loop), message returned", ServerError, ClassPermanent},
	})
}
