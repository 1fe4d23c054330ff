package explain

import "testing"

// A delivery reported in a sentence, a status line or a content filter's
// verdict is a success; the same words negated, deferred or retried are not
// (session 10: success wording refused on held-out first runs).
func TestKindLead15DeliveredWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your e-mail to ana@lab.example was delivered to the recipient's server", Success, ClassSuccess},
		{"notice: the newsletter has been delivered successfully", Success, ClassSuccess},
		{"delivery succeeded for bo@lab.example", Success, ClassSuccess},
		{"filter[812]: (09421-07) Passed CLEAN {RelayedOutbound}, <a@lab.example> -> <b@lab.example>", Success, ClassSuccess},
		{"relayd: message accepted, id 4f1a2b3c", Success, ClassSuccess},
	})
	for _, text := range []string{
		"Your message has not been delivered to ana@lab.example",
		"The message wasn't delivered: the recipient's server did not answer",
		"message queued for delivery, delayed: connection timed out, will retry",
	} {
		if e, err := explainOne(text); err == nil && e.Category == Success {
			t.Errorf("%q: read as a delivery (rule %q)", text, e.Rule)
		}
	}
}

// A delivery "not made yet" is a delay: the class is transient, whatever
// the not-delivered words alone would say.
func TestKindLead15NotDeliveredYetIsDelay(t *testing.T) {
	for _, text := range []string{
		"Your message to ana@lab.example has not been delivered yet.",
		"Status: the newsletter has not yet been delivered to 3 recipients",
	} {
		e, err := explainOne(text)
		if err != nil || e.Class != ClassTransient || e.Category == Success {
			t.Errorf("%q: %v %v/%v, want a transient verdict", text, err, e.Category, e.Class)
		}
	}
}
