package explain

import "testing"

// The kinds held-out batch 15-srv found on its first run, in new wording
// (not the batch's rows).

// A small server's own faults: its backend down or slow, go-smtp's
// internal-error wording, a file it could not create. Without a reply code
// a timed-out transaction is the client's connection, not the server.
func TestKindSrv15ServerFaults(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.3.0 Storage backend is unavailable, try again", ServerError, ClassTransient},
		{"554 5.3.0 Error: backend timed out while saving the message", ServerError, ClassPermanent},
		{"451 4.3.0 Transaction timed out in the delivery agent", ServerError, ClassTransient},
		{"554 5.0.0 Error: transaction failed, blame it on the weather", ServerError, ClassPermanent},
		{"Delivery deferred: unable to create the queue file for this message, will retry", ServerError, ClassTransient},
		// the error after go-smtp's wording decides when it names a cause
		{"554 5.0.0 Error: transaction failed, blame it on the weather: mailbox is full", MailboxFull, ClassPermanent},
		// a client's words: its own connection timed out
		{"Transaction timed out", Network, ClassTransient},
	})
}

// The message's form: a data line over the limit and 8-bit data to an
// ASCII-only server; a command line too long stays a command's syntax.
func TestKindSrv15MessageForm(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.6.0 Message rejected: line too long in message body", RFCNoncompliant, ClassPermanent},
		{"550 Too long line in the data stream (limit 998)", RFCNoncompliant, ClassPermanent},
		{"554 5.6.1 8-bit data not accepted by this server", RFCNoncompliant, ClassPermanent},
		{"500 5.5.1 Line too long", Syntax, ClassPermanent},
	})
}

// Addresses: a part over its length limit is the address's syntax (not a
// message size); a recipient the server cannot receive for; a gateway's
// recipient verification that refused it (but not one that could not
// run); DATA refused because no recipient was left tells no cause.
func TestKindSrv15Addresses(t *testing.T) {
	checkKinds(t, []kindCase{
		{"501 5.1.3 Domain name too long (255 characters at most)", Syntax, ClassPermanent},
		{"553 The local-part exceeds 64 characters", Syntax, ClassPermanent},
		// a message over a size still is one
		{"552 5.3.4 Message size cannot exceed 10485760 characters", MessageTooBig, ClassPermanent},
		{"550 5.1.1 Unable to receive for this mailbox", UserUnknown, ClassPermanent},
		{"Action: reject (recipient verification failed for kim@corp.example)", UserUnknown, ClassPermanent},
		{"451 4.4.3 Recipient verification temporarily unavailable", ServerError, ClassTransient},
		{"<ops@corp.example>: host mx.corp.example[192.0.2.9] said: 554 5.5.1 Error: need valid recipients before DATA (in reply to DATA command)", Unknown, ClassPermanent},
	})
}

// What a refusal is about: SPF told in words, a HELO that is an IP
// address, a queue lifetime told as an expiry time, an IP-based anti-spam
// check (the sender's reputation).
func TestKindSrv15Vocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 This server is not authorized to send mail for shop.example", SenderAuth, ClassPermanent},
		// relaying stays relaying
		{"550 5.7.1 Client is not authorized to send mail for other domains (relaying denied)", RelayDenied, ClassPermanent},
		{"504 5.5.2 Numeric HELO not accepted: [192.0.2.7]", RFCNoncompliant, ClassPermanent},
		{"Message returned: it was still queued past its expiry time", Expired, ClassPermanent},
		{"554 5.7.1 Rejected by Spam-IP check for 203.0.113.50", Reputation, ClassPermanent},
	})
}

// Form: a key=value record's field with an empty value names nothing
// (virus="" is no virus); a field with a value still counts.
func TestKindSrv15EmptyFields(t *testing.T) {
	checkKinds(t, []kindCase{
		{`type=event status="blocked" virus="" spam="" reason="SPF fail"`, SenderAuth, ClassPermanent},
		{`type=event status="blocked" virus="W32/Test.A" reason=""`, Virus, ClassPermanent},
	})
}

// Priority: a filter's verdict tag before a reply with generic words
// decides ("REJECT: <cause> <code> <generic text>"); words before a reply
// that name no cause leave it to the reply.
func TestKindSrv15VerdictTag(t *testing.T) {
	checkKinds(t, []kindCase{
		{"REJECT: SPF fail 550 not allowed", SenderAuth, ClassPermanent},
		{"TEMPFAIL: greylisted 451 try later", Greylisted, ClassTransient},
		{"error sending message to list Weekly - 450 Too many recipient attempts", RateLimited, ClassTransient},
	})
}

// Batch b: malware named by its kind; a message that could not be scanned
// is held by policy (a scanner that is down stays the server's fault); a
// rate told as "too many new" things; a filter's statuses: a delivery with
// a banner, a release requested from the quarantine (not one refused), a
// geo filter, a captcha the sender has to answer.
func TestKindSrv15bVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Quarantined: e-mail worm W32/Mydoom found in attachment", Virus, ClassPermanent},
		{"Threat: adware bundle in setup.zip - message blocked", Virus, ClassPermanent},
		{"Held: the archive could not be scanned (nested too deep)", Policy, ClassPermanent},
		{"451 4.7.1 Virus scanner unavailable, please try again later", ServerError, ClassTransient},
		{"450 4.7.1 Too many new senders from your network, retry later", RateLimited, ClassTransient},
		{"Result: Deliver + Banner (external sender warning)", Success, ClassSuccess},
		{"Status: release requested by kim@corp.example - awaiting the administrator", Policy, ClassTransient},
		{"Quarantined: spoofed sender. Release requests for such messages are not approved.", SenderAuth, ClassPermanent},
		{"Blocked by the geo filter: mail from this country is not accepted", Policy, ClassPermanent},
		{"Your message is waiting: please complete the captcha at the link below to have it delivered", Policy, ClassTransient},
	})
}

// Batch c: a gateway's dead letter and an unpacking error are its own
// fault (a cause it names decides); a bare spoof verdict is sender
// authentication (a virus with a forged sender stays a virus); a message
// delivered with a banner, or a banner saying no threat was found, was
// delivered; Postfix's temporary lookup failure of an address is its own.
func TestKindSrv15cVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message moved to the dead letter folder by the gateway engine", ServerError, ClassTransient},
		{"Quarantine: deadletter - the attachment could not be unpacked", ServerError, ClassTransient},
		{"Dead letter: message has malformed MIME headers", RFCNoncompliant, ClassTransient},
		{"Threat type: Spoofing (display name matches an executive)", SenderAuth, ClassPermanent},
		{"554 5.7.1 Rejected: W32/Netsky virus (spoofed sender)", Virus, ClassPermanent},
		{"Delivered with a yellow caution banner (external sender)", Success, ClassSuccess},
		{"Banner: no threats found", Success, ClassSuccess},
		{"450 4.1.1 <ops@corp.example>: Sender address rejected: Temporary lookup failure", ServerError, ClassTransient},
	})
}
