package explain

import (
	"strings"
	"testing"
)

// The kinds of error held-out batch 5 (testdata/corpus/heldout5.tsv: MTAs
// and mail software, and the forms people paste) found, each shown with
// wording that is in no corpus file: the fix is for the kind, not the rows.

// A reply that quotes another reply as its reason: the quoted one decides
// when the outer reply does not tell the cause (Exim's summary 503 after
// every RCPT failed), or when an address verification quotes a temporary
// failure of its probe.
func TestKindQuotedReplyDecides(t *testing.T) {
	checkKinds(t, []kindCase{
		{"503-All RCPT commands were rejected with this error:\n503-550 5.1.1 <kim@lab.example>: no mailbox by that name\n503 Valid RCPT command must precede DATA", UserUnknown, ClassPermanent},
		{"503-All RCPT commands were rejected with this error:\n503-501 <kim>: a domain is needed after the local part\n503 Valid RCPT command must precede DATA", Syntax, ClassPermanent},
		{"450 4.1.1 <kim@lab.example>: Recipient address rejected: unverified address: host mx9.lab.example[192.0.2.44] said: 421 4.4.2 mx9.lab.example Error: timeout exceeded", Network, ClassTransient},
		// a permanent probe result: the outer and the quoted reply agree
		{"550 5.1.1 <kim@lab.example>: Recipient address rejected: unverified address: host mx9.lab.example[192.0.2.44] said: 550 5.1.1 mailbox unknown", UserUnknown, ClassPermanent},
		// an outer reply that tells the cause keeps it
		{"550-Verification failed for <post@shop.example>\n550-Response: 550 5.1.1 no such mailbox\n550 Sender verify failed", SenderInvalid, ClassPermanent},
	})
	e, _ := explainOne("450 4.1.1 <kim@lab.example>: Recipient address rejected: unverified address: host mx9.lab.example[192.0.2.44] said: 421 4.4.2 mx9.lab.example Error: timeout exceeded")
	if !strings.Contains(e.Note, "quotes another reply") {
		t.Errorf("note %q: want it to say the quoted reply decided", e.Note)
	}
}

// RFC 5321's standard texts say no more than their code: without a code
// they stand for it; next to an enhanced code of an overloaded code (552:
// storage or size) the enhanced code decides; a one-meaning text (551)
// keeps its meaning.
func TestKindStandardReplyTexts(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery failed: Requested action aborted: local error in processing", ServerError, ClassTransient},
		{"mail rejected - Syntax error in parameters or arguments", Syntax, ClassPermanent},
		{"552 5.3.4 Requested mail action aborted: exceeded storage allocation (limit 10 MB)", MessageTooBig, ClassPermanent},
		{"552 5.2.2 Requested mail action aborted: exceeded storage allocation", MailboxFull, ClassPermanent},
		{"552 Requested mail action aborted: exceeded storage allocation", MailboxFull, ClassPermanent},
		{"551 5.1.1 User not local; please try <kim@new.example>", Moved, ClassPermanent},
	})
	e, _ := explainOne("Delivery failed: Requested action aborted: local error in processing")
	if e.Code != nil || !strings.Contains(e.Note, "standard text of 451") {
		t.Errorf("code %v, note %q: want no code and a note naming 451", e.Code, e.Note)
	}
}

// Words around a cause that are not the cause: Postfix's "delivery
// temporarily suspended:" is no suspended mailbox, a delivery agent's errno
// text ("Permission denied", "File too large") no policy or size verdict,
// a client's "execution expired" no queue expiry, and a temporary X.4.7 in
// a delay notice no expiry either.
func TestKindWrapperWordsAreNotTheCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"status=deferred (delivery temporarily suspended: lost connection with mx2.lab.example[192.0.2.44] while receiving the initial server greeting)", Network, ClassTransient},
		{"status=deferred (delivery temporarily suspended: mail transport unavailable)", ServerError, ClassTransient},
		{"dsn=4.2.0, status=deferred (cannot update mailbox /var/spool/mail/kim for user kim. unable to lock for exclusive access: Permission denied)", ServerError, ClassTransient},
		{"dsn=5.2.2, status=bounced (maildir delivery failed: error writing message: Disk quota exceeded)", MailboxFull, ClassPermanent},
		{"Timeout::Error: execution expired while connecting to smtp.lab.example", Network, ClassTransient},
		{"Action: delayed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 421 4.7.0 Too many concurrent connections from your host", RateLimited, ClassTransient},
		// an expiry is still one; so is a report whose own Status is X.4.7
		// with Action: failed, whatever reply its Diagnostic-Code quotes
		{"Action: failed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 421 4.7.0 Too many concurrent connections from your host", Expired, ClassPermanent},
		{"Action: failed\nStatus: 4.4.7\nDiagnostic-Code: X-Postfix; delivery temporarily suspended: connect to mx2.lab.example[192.0.2.44]:25: Connection refused", Expired, ClassPermanent},
	})
}

// Text without a code in the words of the programs that print it: client
// TLS failures, a dropped connection, a DNS lookup that failed for now,
// delivery programs, a recipient's Sieve rejection, NDR sentences.
func TestKindCodelessProgramWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SSLError: [SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version", TLSRequired, ClassPermanent},
		{"starttls: handshake failed: remote error: tls: bad certificate", TLSRequired, ClassPermanent},
		{"IOException: server disconnected before the greeting", Network, ClassTransient},
		{"dns lookup of mx for lab.example timed out, will retry", Network, ClassTransient},
		{"Child process of address_pipe transport returned 69 from command: /usr/local/bin/deliver-hook", ServerError, ""},
		{"Your message to <kim@lab.example> was automatically rejected: out of office, no mail accepted", Policy, ClassPermanent},
		{"Unable to deliver: delivery to this recipient is restricted to members of the team", Policy, ClassPermanent},
		{"No route found to domain lab.example from server GATE02/ORG", HostUnknown, ClassPermanent},
		{"Delivery gave up: the mail system has stopped trying to deliver this message", Expired, ClassPermanent},
	})
}

// Wording about the sender's form, a client's bad commands, attachment
// types, a domain the server does not serve, a syntax verdict.
func TestKindBatch5Vocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.1.0 empty sender is not accepted here", SenderInvalid, ClassPermanent},
		{"501 5.1.7 <postmaster>: sender address needs a domain", SenderInvalid, ClassPermanent},
		{"421 4.7.0 closing connection: too many bad commands from 192.0.2.77", Syntax, ClassTransient},
		{"550 5.7.1 attachment file type .js is not permitted here", Policy, ClassPermanent},
		{"550 we do not accept mail for lab.example on this host", RelayDenied, ClassPermanent},
		{"501 syntactically invalid argument to MAIL FROM", Syntax, ClassPermanent},
		{"451 4.3.0 <kim@lab.example>: Temporary lookup failure", ServerError, ClassTransient},
		{"451 4.4.3 <kim@lab.example>: Temporary lookup failure", Network, ClassTransient},
	})
}

// PHPMailer puts the server's text before its code ("Detail: ... SMTP
// code: 550 Additional SMTP info: 5.7.1"): the detail is the reply's text.
func TestKindPHPMailerDetailBeforeCode(t *testing.T) {
	r, err := Parse("SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: Attachment type not allowed SMTP code: 554 Additional SMTP info: 5.7.1")
	if err != nil {
		t.Fatal(err)
	}
	if r.Code != 554 || r.Enhanced != "5.7.1" || r.Text != "Attachment type not allowed" {
		t.Fatalf("got %d %q %q, want 554 5.7.1 with the detail as the text", r.Code, r.Enhanced, r.Text)
	}
	if e := Explain(r); e.Category != Policy {
		t.Errorf("got %s (rule %q), want policy", e.Category, e.Rule)
	}
}

// The kinds batch 5b showed, in new words: a delivery agent's system-call
// errors, the TLS cause inside a connection failure, OpenSMTPD's route
// errors, a loop (permanent however it is worded), something other than the
// message that expired, a sender under a TLD that does not exist, a client
// without DNS, a request to get off blocklists, unparsable content, a
// connector that does not let the client submit, and Sendmail's
// "stat=Deferred:" four days into the queue (a delay, not an expiry).
func TestKindBatch5bWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"lmtp(ana): Error: mkdir(/srv/mail/ana/Maildir/tmp) failed: Permission denied (euid=5000(vmail) missing +x perm: /srv/mail/ana)", ServerError, ClassTransient},
		{"Could not connect to smtp.lab.example:465: SSL operation failed with code 1: certificate verify failed", TLSRequired, ClassPermanent},
		{"stat=No valid route to remote MX", Network, ClassTransient},
		{"Delivery aborted: routing loop, the message came back to this server 30 times", ServerError, ClassPermanent},
		{"TLS handshake with smtp.lab.example failed: certificate has expired", TLSRequired, ClassPermanent},
		{"550 5.7.1 sender domain shop.invalid is under an unknown TLD", SenderInvalid, ClassPermanent},
		{"450 4.7.1 Client host rejected: your host has no DNS name, set a PTR record", PTRRequired, ClassTransient},
		{"554 Your score is too high: get removed from DNSBLs and fix your HELO first", Reputation, ClassPermanent},
		{"554 5.6.0 MIME structure is malformed and could not be parsed", RFCNoncompliant, ClassPermanent},
		{"530 5.7.1 Anonymous client is not permitted to submit on this connector", AuthRequired, ClassPermanent},
		{"sm-mta[77]: x1: to=<ana@lab.example>, delay=3+02:00:00, dsn=4.4.7, stat=Deferred: 421 4.7.0 Too many concurrent connections from your host", RateLimited, ClassTransient},
	})
}

// The kinds batch 5c showed, in new words: a refusal of bounces, a client
// that talks before its turn, a cited message-format RFC, a TLS the other
// side does not offer, a lost connection in a mail client's words, and a
// domain named as the sender's by "your FROM address".
func TestKindBatch5cWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 sorry, bounces are not accepted on this host", SenderInvalid, ClassPermanent},
		{"554 5.5.0 client talked before its turn (early talker), goodbye", RFCNoncompliant, ClassPermanent},
		{"554 5.6.0 header encoding violates RFC 2047", RFCNoncompliant, ClassPermanent},
		{"smtp client: STARTTLS requested but TLS is not offered by smtp.lab.example", TLSRequired, ClassPermanent},
		{"Send failed: the connection to smtp.lab.example was interrupted while sending the message", Network, ClassTransient},
		{"550 5.1.2 domain of your FROM address does not exist", SenderInvalid, ClassPermanent},
	})
}
