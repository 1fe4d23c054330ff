package explain

import "testing"

// The kinds helper common19 fixed (docs/heldout/heldout19-common.md), in new
// wording (not rows of a batch), with the neighbours that must not change.

// Gmail's bounce that points only to its help answer 69585 (blocked as spam
// or suspicious content), in other forms than the batches' rows; Gmail's
// other help answers keep their own meanings.
func TestKindCommon19GmailAnswer69585(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message blocked\nYour message to kai@far.example was not delivered. Message rejected. Learn more at https://support.google.example/mail/answer/69585", SpamContent, ClassPermanent},
		{"550 5.7.1 Message rejected. See https://support.google.example/mail/?hl=en&answer=69585 for more information. x12si34 - gsmtp", SpamContent, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550-5.1.1 The email account that you tried to reach does not exist. Learn more at https://support.google.example/mail/answer/6596 - gsmtp", UserUnknown, ClassPermanent},
		{"The recipient server did not accept our requests to connect. Learn more at https://support.google.example/mail/answer/7720 [mx.far.example 192.0.2.9: timed out]", Network, ClassTransient},
	})
}
