package explain

import "testing"

// Held-out batch 25-prov's kinds, each in new wording (not the batch's rows),
// with the neighbours that must keep their verdicts.

// A spam class after Postfix's "Client host rejected:" names the connecting
// host as a spam source (reputation); a content or phishing verdict after it
// keeps the content reading.
func TestKindProv25ClientHostSpamClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 <relay.hoster.example[198.51.100.7]>: Client host rejected: SPAM-SOURCE", Reputation, ClassPermanent},
		{"454 4.7.1 <out2.isp.example[203.0.113.5]>: Client host rejected: classified as spam sender, try later", Reputation, ClassTransient},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"550 5.7.1 Client host rejected: Rejected : Phishing", SpamContent, ClassPermanent},
		{"554 5.7.1 <mx.shop.example[198.51.100.4]>: Client host rejected: Access denied", Policy, ClassPermanent},
	})
}

// United Internet's explanation link ("senderguidelines?...&c=hi",
// "error-messages?ip=...&c=hi") names the group by its path when the paste
// masks the host: its case code reads as it does with the brand.
func TestKindProv25UnitedInternetLinkPath(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Transaction failed Reject due to policy restrictions. For explanation visit https://mail.example/email/senderguidelines?ip=192.0.2.61&c=hi", RFCNoncompliant, ClassPermanent},
		{"554-Transaction failed 554 For explanation visit https://postmaster.example/en/error-messages?ip=192.0.2.61&c=hi", RFCNoncompliant, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbour: a bare policy refusal without the case code
		{"554 Transaction failed Reject due to policy restrictions.", Policy, ClassPermanent},
	})
}
