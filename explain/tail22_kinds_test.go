package explain

import "testing"

// Kinds of helper tail22 (issue 10, session 17; docs/heldout/heldout22-tail.md):
// the long tail's identifiers and reason keys, each in new wording (not rows
// of a batch), with the neighbours that must not change.

// A one-join identifier written as a value (in parentheses, after "=", or
// ending a "Field: " line) is read by its words; the same word in running
// text, a host:port or a key:value stays unread.
func TestKindTail22ValueAtom(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail job 17 failed (AuthFailure)", AuthFailed, ClassPermanent},
		{"smtp result=ConnectFailed", Network, ClassTransient},
		{"Last SMTP status: ConnectFailed", Network, ClassTransient},
	})
	for _, c := range []struct {
		s          string
		start, end int
		want       bool
	}{
		{"x (AuthFailure).", 3, 14, true},
		{"reason=AuthFailure", 7, 18, true},
		{"Reason: AuthFailure", 8, 19, true},
		{"Reason: AuthFailure happened twice", 8, 19, false},
		{"host:MailServer", 5, 15, false},
		{"the AuthFailure counter", 4, 15, false},
	} {
		if got := tail22ValueAtom(c.s, c.start, c.end); got != c.want {
			t.Errorf("tail22ValueAtom(%q, %d, %d) = %v, want %v", c.s, c.start, c.end, got, c.want)
		}
	}
}

// The words of client exit constants: an auth failure, a send refused or
// interrupted (the connection), an unknown outgoing server, an illegal
// local part; a server's own error stays the server's.
func TestKindTail22ClientConstants(t *testing.T) {
	checkKinds(t, []kindCase{
		{"mailer exit: SMTP_AUTH_FAILURE_LOGIN", AuthFailed, ClassPermanent},
		{"queue worker: SEND_FAILED_REFUSED on smtp.shop.example", Network, ClassTransient},
		{"mail queue: ana@shop.example status=SEND_INTERRUPTED", Network, ClassTransient},
		{"Sending failed: unknown SMTP server mail.shop.example", HostUnknown, ClassPermanent},
		{"Recipient has an illegal local part: \"ana smith\"@shop.example", Syntax, ClassPermanent},
		{"The transport error code was 0x80040217.", AuthFailed, ClassPermanent},
		// neighbour
		{"451 4.3.0 Unknown server error, try again", ServerError, ClassTransient},
	})
}

// An address malformed or absent, in an application's or parser's words;
// a server that cannot parse the From: header stays the header's, a
// refused recipient stays the recipient's.
func TestKindTail22AddressMalformed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"mail: unclosed angle-addr", Syntax, ClassPermanent},
		{"Message could not be sent. Invalid address:  (cc): bob@@shop.example", Syntax, ClassPermanent},
		{"notification failed: failure_type=recipient_email_invalid", Syntax, ClassPermanent},
		{"Send skipped - email missing for contact 4411", Syntax, ClassPermanent},
		// neighbours
		{"554 5.6.0 header malformed: mail: missing @ in addr-spec", RFCNoncompliant, ClassPermanent},
		{"550 5.1.1 <ana@shop.example>: Recipient address rejected: User unknown", UserUnknown, ClassPermanent},
	})
}

// An opt-out and a suppression by a user are the suppression convention's
// policy; a hard bounce keeps its reading.
func TestKindTail22SuppressionKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"skipped_reason: optout", Policy, ClassPermanent},
		{"Contact was manually suppressed on 2026-10-04; message not sent", Policy, ClassPermanent},
		// neighbour
		{"Quarantine reason for ana@shop.example: HARD_BOUNCE", UserUnknown, ClassPermanent},
	})
}

// The sender's behaviour and a gateway's reputation score are reputation;
// spam found in the message stays spam-content.
func TestKindTail22SenderReputation(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Relay suspended: spamming activity detected from your server", Reputation, ClassPermanent},
		{"HAT reject: sender group SUSPECTLIST, SBRS -4.2", Reputation, ClassPermanent},
		// neighbour
		{"550 5.7.1 Message rejected as spam by Content Filtering.", SpamContent, ClassPermanent},
	})
}

// A recipient callout that could not complete is the network's, a sending
// identity the service may not use the sender's, a domain that accepts no
// email a null MX; a callout that found the user unknown stays
// user-unknown.
func TestKindTail22VerificationAndStatus(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Gateway note: recipient callout could not be completed (backend timeout)", Network, ClassTransient},
		{"Sending role is not authorized to use the email identity noreply@shop.example", SenderInvalid, ClassPermanent},
		{"Lookup result: the domain shop.example does not accept email (null MX)", HostUnknown, ClassPermanent},
		// neighbour
		{"550 Recipient callout verification failed: 550 5.1.1 User unknown", UserUnknown, ClassPermanent},
	})
}
