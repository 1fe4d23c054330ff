package explain

import "testing"

// The labelling conventions common27 settled (docs/explain.md "Labelling
// conventions") in new wording (not rows of the corpus), each with the
// neighbours the convention keeps on the other side.

// An ESP's own bounce type: a transient type over a 5xx keeps the code's
// class (the bounce event returned the message); a permanent type over a
// 4xx makes it permanent.
func TestKindCommon27ESPBounceType(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Transient MailboxFull smtp; 552 5.2.2 <ivo@far.example>: quota exceeded", MailboxFull, ClassPermanent},
		{"Permanent General smtp; 451 4.4.1 Connection timed out to mx.far.example", Network, ClassPermanent},
		{"bounceType: Permanent, bounceSubType: General, diagnosticCode: smtp; 421 4.4.2 Connection dropped", Network, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"451 4.4.1 Connection timed out to mx.far.example", Network, ClassTransient},
	})
}

// Outlook's "The server rejected the sender address." without the reply is
// the client's summary of any MAIL FROM refusal, in every language; a
// server's own refusal of the sender stays sender-invalid.
func TestKindCommon27ClientSenderRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Sending reported error (0x800CCC78): The server rejected the sender address.", Unknown, ClassUnknown},
		{"Fehler beim Senden: Der Server hat die Absenderadresse abgelehnt.", Unknown, ClassUnknown},
		{"Erreur : le serveur a rejeté l'adresse de l'expéditeur.", Unknown, ClassUnknown},
	})
	checkKinds(t, []kindCase{
		{"The server rejected the sender address. The server response was: 530 5.7.0 Authentication required", AuthRequired, ClassPermanent},
		{"550 5.1.0 Absenderadresse abgelehnt", SenderInvalid, ClassPermanent},
	})
}

// A bare 451 names an error local to the replying server; words after it
// decide.
func TestKindCommon27Bare451(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The mail server replied: 451 4.3.0 Temporary failure", ServerError, ClassTransient},
		{"Got 451 Requested action aborted: local error in processing from mx.lab.example", ServerError, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"451 4.7.1 Greylisted, see https://grey.lab.example/", Greylisted, ClassTransient},
	})
}

// A per-message recipient cap without a code is permanent; with a code the
// code's class, per period the limit's, Postfix's own 452 text transient.
func TestKindCommon27RecipientCap(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Send failed: too many recipients (the limit is 50 per message)", RateLimited, ClassPermanent},
		{"Campaign not sent - maximum number of recipients exceeded for a single email", RateLimited, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"452 4.5.3 Too many recipients in this envelope", RateLimited, ClassTransient},
		{"Too many recipients this hour for your account", RateLimited, ClassTransient},
		{"Error: too many recipients", RateLimited, ClassTransient},
	})
}

// "Invalid address" as a bounce's reason is the recipient the receiver
// refused; a check before sending stays the address's form.
func TestKindCommon27BouncedInvalidAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Status: bounced | Reason: invalid email address", UserUnknown, ClassPermanent},
		{"Hard bounce - the email address is not valid", UserUnknown, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Not sent: invalid email address (missing @)", Syntax, ClassPermanent},
		{"Skipped: invalid email address", Syntax, ClassPermanent},
	})
}

// A sending account suspended or restricted for sending too much is a state
// someone must lift; a limit, or a hold that lifts by itself, is transient.
func TestKindCommon27AccountHeldForVolume(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your mailbox has been suspended for sending too many messages. Contact support.", RateLimited, ClassPermanent},
		{"Alert: the user has been restricted from sending email because the user exceeded the sending limits.", RateLimited, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Your account was temporarily suspended for sending too many messages; it is lifted after 24 hours", RateLimited, ClassTransient},
	})
}
