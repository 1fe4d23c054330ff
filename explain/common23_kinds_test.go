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

// Postfix's SASL login refused with 535 is deferred by default
// (smtp_sasl_auth_soft_bounce): transient; the same words with
// status=bounced, or another code, keep the code's class.
func TestKindCommon23SASLSoftBounce(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Apr  2 08:00:01 relay postfix/smtp[311]: 4F2A1B: SASL authentication failed; server smtp.isp.example[192.0.2.5] said: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", AuthFailed, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"4F2A1B: to=<a@far.example>, relay=smtp.isp.example[192.0.2.5]:587, dsn=5.7.8, status=bounced (SASL authentication failed; server smtp.isp.example[192.0.2.5] said: 535 5.7.8 Error: authentication failed)", AuthFailed, ClassPermanent},
		{"SASL authentication failed; server smtp.isp.example[192.0.2.5] said: 538 5.7.11 Encryption required for requested authentication mechanism", TLSRequired, ClassPermanent},
	})
}

// Batch 23-common's kinds in new wording.
func TestKindCommon23BatchKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		// a notice's frame before a reply whose enhanced code names the
		// cause does not decide over it
		{"Delivery to the following recipient failed permanently:\n\n     ana@far.example\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the recipient domain. The error that the other server returned was: 550 550 5.1.0 <ana@far.example>", UserUnknown, ClassPermanent},
		// Gmail's bulk-guidelines pointer in a notice without a code
		{"Delivery failed permanently: Message blocked by Gmail. Please review our Bulk Email Senders Guidelines.", Reputation, ClassPermanent},
		// a receiver's content policy on the message's form
		{"554 5.7.1 HTML messages are not accepted on this list, please send plain text", Policy, ClassPermanent},
		// a relay's DNS record authorising the sender domain
		{"451 4.7.1 No valid mail-auth DNS record found for shop.example, see the relay's help page", SenderAuth, ClassTransient},
		// a reply line that stops on a function word runs on into a capitalised line
		{"550 5.7.1 Delivery refused for this recipient because of the\nDMARC policy of the sender domain", SenderAuth, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"550 5.7.1 Message content rejected as spam", SpamContent, ClassPermanent},
	})
}

// Batch 23-common b's kinds in new wording.
func TestKindCommon23BatchBKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		// sendmail's stat=Deferred: carries the reply with its own codes
		{"Mar  1 10:00:00 mx sendmail[123]: 12AB34: to=<a@far.example>, delay=00:01:00, mailer=esmtp, pri=1200, relay=mx.far.example. [192.0.2.9], dsn=4.0.0, stat=Deferred: 421 4.3.0 collect: Cannot write ./df12AB34: Permission denied", ServerError, ClassTransient},
		// a peer that hung up
		{"12AB35: to=<b@far.example>, delay=02:00:00, mailer=smtp, stat=Deferred: remote hung up on us during the DATA phase", Network, ClassTransient},
		// Gmail's older wording of its unsolicited-mail limit
		{"421-4.7.0 [203.0.113.9] Our system has detected an unusual amount of unsolicited mail originating from your IP address.", RateLimited, ClassTransient},
		// a callout on the sender's domain quoting the callout's response
		{"550-Postmaster verification failed while checking <news@shop.example>\n550-Response: 550 5.1.1 <postmaster@shop.example>: Recipient address rejected: User unknown\n550 Several RFCs require a postmaster mailbox", SenderInvalid, ClassPermanent},
		// a local delivery program that could not run
		{"554 5.3.0 unknown mailer error 127 (cannot exec /usr/local/bin/ticket-import)", ServerError, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours: Gmail's block of the same words stays reputation
		{"550-5.7.1 Our system has detected an unusual amount of unsolicited mail originating from your IP address. The message has been blocked.", Reputation, ClassPermanent},
	})
}
