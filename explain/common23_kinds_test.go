package explain

import "testing"

// The labelling conventions common23 settled (docs/explain.md "Labelling
// conventions"), in new wording (not rows of the corpus), each with the
// neighbours the convention keeps on the other side.

// A sender address or domain the account may not use is the sender address
// (sender-invalid); a refusal of the sender that names no address or domain
// stays the receiver's filter (policy).
func TestKindCommon23SenderNotUsable(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 Sender address is not allowed for this account", SenderInvalid, ClassPermanent},
		{"SMTP Error: 550-\"Your IP: 203.0.113.8 : Your domain shop.example is not allowed in header From\"", SenderInvalid, ClassPermanent},
		{"550 5.7.1 Your domain mail.example is not allowed in 550 header From", SenderInvalid, ClassPermanent},
		{"550 5.7.1 Sending from domain partner.example is not allowed", SenderInvalid, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"554 5.7.1 Sender not allowed", Policy, ClassPermanent},
		{"550 5.1.0 Sender denied by the recipient's block list", Policy, ClassPermanent},
	})
}

// Relaying refused without authentication names relaying: relay-denied,
// whatever it asks the client to turn on; the same ask without relaying is
// auth-required.
func TestKindCommon23RelayWithoutAuth(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 relaying not permitted, authentication required", RelayDenied, ClassPermanent},
		{"550 Turn on SMTP authentication in your mail program: 198.51.100.4 may not relay through this server without authentication", RelayDenied, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"553 Please turn on SMTP Authentication in your mail program.", AuthRequired, ClassPermanent},
	})
}

// A delivery-status report with Action: failed over a 4xx is the message
// that came back (permanent); Action: delayed keeps the 4xx transient.
func TestKindCommon23FailedOverTransient(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Final-Recipient: rfc822; ola@far.example\nAction: failed\nStatus: 4.7.1\nDiagnostic-Code: smtp; 450 4.7.1 Greylisted for 300 seconds", Greylisted, ClassPermanent},
		{"Final-Recipient: rfc822; ola@far.example\nAction: failed\nStatus: 4.4.2\nDiagnostic-Code: smtp; 421 4.7.0 Too many connections from your IP, slow down", RateLimited, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Final-Recipient: rfc822; ola@far.example\nAction: delayed\nStatus: 4.7.1\nDiagnostic-Code: smtp; 450 4.7.1 Greylisted for 300 seconds", Greylisted, ClassTransient},
	})
}

// A lockout after failed logins named alone is the account that logged in
// (auth-failed, transient without a code); a recipient's account locked
// for it, in a refusal of that recipient, is the recipient's mailbox.
func TestKindCommon23FailedLoginLockout(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Account blocked - too many failed logins, try again in an hour", AuthFailed, ClassTransient},
		{"Login blocked: too many failed login attempts from this device", AuthFailed, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"550 5.2.1 recipient rejected: mailbox blocked after too many failed logins", MailboxDisabled, ClassPermanent},
	})
}

// "sender rejected" without a reason is the envelope sender (sender-invalid);
// with only AUP after it, the provider's acceptable use policy (policy).
func TestKindCommon23SenderRejectedBare(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.0 <billing@shop.example> sender rejected", SenderInvalid, ClassPermanent},
		{"SMTP error after MAIL FROM: 550 sender rejected", SenderInvalid, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"553 5.7.1 <news@shop.example> sender rejected AUP", Policy, ClassPermanent},
	})
}
