package explain

import (
	"errors"
	"testing"
)

// The codeless gate (outcome.go): a text without a code that states what
// happened to a delivery, without its cause, is a delivery outcome, not an
// input error. All in new wording (not rows of a batch).

// A delivery that failed, an application that could not send, a message
// queued again: explained as unknown, the class from the words that say
// it (a failed delivery came back, a requeued message is retried, a
// client's "could not send" says neither).
func TestKindOutcomeWithoutCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your e-mail to pat@far.example could not be delivered.", Unknown, ClassPermanent},
		{"Delivery failure: the message to pat@far.example was returned to sender", Unknown, ClassPermanent},
		{"notifier: 2 recipients failed for job 4411", Unknown, ClassPermanent},
		{"Die Nachricht konnte nicht zugestellt werden.", Unknown, ClassPermanent},
		{"[mailer] failed sending the weekly digest to pat@far.example", Unknown, ClassUnknown},
		{"Le courriel n'a pas pu être envoyé.", Unknown, ClassUnknown},
		{"queue: message 7fa1 requeued, next attempt in 10 minutes", Unknown, ClassTransient},
		{"Delivery rescheduled (attempt 3 of 8) for pat@far.example", Unknown, ClassTransient},
	})
}

// Such a text's card says what it states and where the cause is.
func TestKindOutcomeCard(t *testing.T) {
	e, err := explainOne("The invoice to pat@far.example could not be delivered")
	if err != nil || e.Summary != outcomeCard.Summary || e.Actor != ActorSenderAdmin || len(e.Remediation) != len(outcomeCard.Fix) {
		t.Errorf("got %v: %q, actor %q, %d steps", err, e.Summary, e.Actor, len(e.Remediation))
	}
	// a text that names the cause keeps its rule's card
	if e, _ := explainOne("The invoice could not be delivered: mailbox full"); e.Summary == outcomeCard.Summary {
		t.Errorf("a cause named: got the outcome card")
	}
}

// A rule that finds the cause still decides; the outcome words give only
// the class.
func TestKindOutcomeWithCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your e-mail could not be delivered: the recipient's mailbox is full", MailboxFull, ClassPermanent},
		{"failed to send: connection timed out", Network, ClassTransient},
		{"Message could not be delivered: no such user here", UserUnknown, ClassPermanent},
	})
}

// Words that speak of earlier mail as a reason ("too many bounced
// messages") state no outcome of this one; nor do words about anything
// but a delivery: such text stays an input error.
func TestKindNotAnOutcome(t *testing.T) {
	for _, in := range []string{
		"Please review the bounced messages in the shared folder",
		"A summary of bounced emails is attached",
		"Sending statistics for March",
	} {
		if _, err := explainOne(in); !errors.Is(err, ErrNoCode) {
			t.Errorf("%q: %v, want ErrNoCode (not a delivery outcome)", in, err)
		}
	}
}
