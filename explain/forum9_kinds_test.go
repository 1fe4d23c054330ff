package explain

import (
	"strings"
	"testing"
)

// The kinds held-out batch 9-forum (heldout9-forum.tsv: replies pasted in the
// threads of people who run mail servers or send mail from applications)
// showed, each in new wording that is not a row of the batch.

// Exim's debug output writes a process-id column before its SMTP<< and
// SMTP>> markers, so each line is indented: the lines are replies and
// commands of their own, not folded continuation lines of the first one,
// and the reply that failed decides.
func TestKind9ForumEximDebugTranscript(t *testing.T) {
	checkKinds(t, []kindCase{
		{"  4121   SMTP>> MAIL FROM:<> SIZE=2048\n  4121   SMTP<< 250 2.1.0 Sender OK\n  4121   SMTP>> RCPT TO:<kai@far.example>\n  4121   SMTP<< 550 5.1.1 <kai@far.example>: Recipient address rejected: User unknown in virtual mailbox table\n  4121   SMTP>> QUIT", UserUnknown, ClassPermanent},
		{"28812   SMTP<< 220 mx.far.example ESMTP\n28812   SMTP>> EHLO box.lab.example\n28812   SMTP<< 421 4.7.0 mx.far.example Error: too many connections from 192.0.2.44", RateLimited, ClassTransient},
		// the digits alone, without Exim's marker, stay the reply code
		{"552 5.2.2 <ola@far.example>: Mailbox full", MailboxFull, ClassPermanent},
	})
	r, err := Parse("  77   SMTP>> RCPT TO:<li@far.example>\n  77   SMTP<< 452 4.2.2 Over quota")
	if err != nil || r.Code != 452 || r.Stage != "RCPT TO" {
		t.Errorf("stage of a debug transcript: got code %d stage %q err %v, want 452 at RCPT TO", r.Code, r.Stage, err)
	}
}

// Postfix's delay notice ("THIS IS A WARNING ONLY. YOU DO NOT NEED TO
// RESEND YOUR MESSAGE.") states that the message is still queued: its
// preamble's "could not be delivered" does not make the quoted reason
// permanent.
func TestKind9ForumDelayNoticeClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"This is the mail system at host relay.lab.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 12 hour(s).\nIt will be retried until it is 3 day(s) old.\n\n<nia@far.example>: connect to mx2.far.example[192.0.2.71]:25: No route to host", Network, ClassTransient},
		// the notice alone: a delay warning, the reason is elsewhere
		{"Your message could not be delivered for more than 6 hour(s).\nIt will be retried until it is 5 day(s) old.", Unknown, ClassTransient},
		{"# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\nYour message could not be delivered for more than 1 hour(s).\n\n<bo@far.example>: Host or domain name not found. Name service error for name=far.example type=MX: Host not found, try again", Network, ClassTransient},
	})
}

// A client library's wrapper without the server's words (PHPMailer's "data
// not accepted") is no policy verdict: the cause and the class are unknown;
// a cause the paste does carry still decides.
func TestKind9ForumLibraryWrapper(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailer Error: SMTP Error: data not accepted.", Unknown, ClassUnknown},
		{"2024-03-02 10:11:12 SMTP Error: data not accepted.", Unknown, ClassUnknown},
		// the server's reason behind the wrapper wins
		{"SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: Message size exceeds fixed limit SMTP code: 552 Additional SMTP info: 5.3.4", MessageTooBig, ClassPermanent},
	})
}

// Batch 9-forum b: a multi-line reply quoted with only its enhanced code on
// each line (the basic code dropped) is one reply when its lines run on in
// one sentence; lines that each end their sentence stay replies of their
// own.
func TestKind9ForumEnhancedOnlyLines(t *testing.T) {
	checkKinds(t, []kindCase{
		{"5.7.0 Your message carries an attachment that is a\n5.7.0 potential security issue and was not\n5.7.0 delivered. Learn more at\n5.7.0  https://support.google.com/mail/?p=BlockedMessage q1sm77 - gsmtp", Virus, ClassPermanent},
		{"4.2.2 The mailbox of the recipient is over its storage\n4.2.2 allowance and cannot take new mail at\n4.2.2 the moment", MailboxFull, ClassTransient},
	})
	r, err := Parse("5.1.1 <a@far.example>: Mailbox unknown.\n5.1.1 <b@far.example>: Mailbox unknown.")
	if err != nil || r.Enhanced != "5.1.1" {
		t.Fatalf("got %+v, %v", r, err)
	}
	if strings.Contains(r.Text, "<a@far.example>") && strings.Contains(r.Text, "<b@far.example>") {
		t.Errorf("two replies that each end their sentence were joined: %q", r.Text)
	}
}

// Batch 9-forum b: a sender the authenticated login may not use, in other
// words than "not owned by user", also under "Recipient address rejected:".
func TestKind9ForumSenderLoginMismatch(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.7.1 <ops@lab.example>: Sender address does not match the authenticated user", SenderInvalid, ClassPermanent},
		{"554 5.7.1 <kim@far.example>: Recipient address rejected: sender is not the same as the SASL login name", SenderInvalid, ClassPermanent},
	})
}

// Batch 9-forum b: a TLS session the receiver could not set up, over the
// generic "access denied" that follows it.
func TestKind9ForumTLSNotEstablished(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 4.7.0 Could not establish a TLS session with this client: access denied", TLSRequired, ClassTransient},
		{"530 5.7.0 TLS negotiation failed, connection refused", TLSRequired, ClassPermanent},
	})
}
