package explain

import "testing"

// Label conventions the lead settled in session 13 (docs/explain.md
// "Labelling conventions"), in new wording.

// "Sender denied" and its synonyms under X.1.0 are the receiver's access
// decision (policy); words about the address itself stay sender-invalid.
func TestKindLead18SenderDeniedIsPolicy(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.0 Sender not allowed", Policy, ClassPermanent},
		{"<ann@far.example>: host mx.far.example[192.0.2.9] said: 554 5.1.0 <bo@near.example>: sender not permitted (in reply to MAIL FROM command)", Policy, ClassPermanent},
		{"Reason: 550 5.1.0 Sender Denied by the recipient's administrator", Policy, ClassPermanent},
		// the address itself
		{"550 5.1.0 Sender address invalid", SenderInvalid, ClassPermanent},
		{"553 5.1.0 <bo@@near.example>: sender rejected: bad address syntax", SenderInvalid, ClassPermanent},
	})
}
