package explain

import "testing"

// Kinds of helper tail24 (issue 10, session 19; docs/heldout/heldout24-tail.md):
// the long tail's result records, reason keys and wrappers, each in new
// wording (not rows of a batch), with the neighbours that must not change.

// MailerQ's result record: the stage (state) and the result decide when the
// record carries no reply; a reply in the record decides as usual.
func TestKindTail24MailerQResult(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"recipient":"ana@gone.example","results":[{"state": "dns", "result": "error", "time": "2026-01-02 03:04:05"}]}`, HostUnknown, ClassPermanent},
		{`{"envelope":"b@s.example","recipient":"ana@r.example","results":[{"state":"connect","result":"timeout"},{"state":"amqp","result":"timeout","time":"2026-01-05 00:00:00"}]}`, Expired, ClassPermanent},
		// neighbours: a record that quotes the receiver's reply, and a DNS
		// error outside MailerQ's record (a temporary failure: network)
		{`{"recipient":"ana@r.example","results":[{"state":"rcptto","result":"error","code":550,"status":"5.1.1","description":"No such user here"}]}`, UserUnknown, ClassPermanent},
		{"Soft bounce - DNS error while resolving the recipient domain", Network, ClassTransient},
	})
	if got := espOf24(espFieldsOf(`{"state":"dns","result":"error"}`), `{"state":"dns","result":"error"}`); got != "" {
		t.Errorf("espOf24 of a record without results = %q, want none", got)
	}
}

// A service's final state (an expiry field) decides over the last
// attempt's reply the same event quotes.
func TestKindTail24FinalStateField(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"event":"failed","severity":"permanent","reason":"old","recipient":"ana@r.example","delivery-status":{"code":450,"message":"4.4.1 No answer from host","attempt-no":12}}`, Expired, ClassPermanent},
		// neighbour: a generic reason keeps the reply's reading
		{`{"event":"failed","severity":"temporary","reason":"generic","recipient":"ana@r.example","delivery-status":{"code":421,"message":"4.4.2 Connection timed out"}}`, Network, ClassTransient},
	})
}

// Exchange's send-as refusal worded "does not have the right to send mail
// on behalf of" is the From address the account may not use.
func TestKindTail24RightToSendOnBehalf(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Cannot submit message: the account used doesn't have the right to send email on behalf of finance@corp.example.", SenderInvalid, ClassPermanent},
		// neighbour: SPF's own wording stays sender authentication
		{"550 5.7.23 The IP 203.0.113.9 is not permitted to send on behalf of corp.example (SPF fail)", SenderAuth, ClassPermanent},
	})
}

// An address on a block list kept by the sending platform or the site
// (no IP, host or DNS list named) is policy; a host's listing stays
// reputation.
func TestKindTail24AddressBlacklisted(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Not sent: this email address is blacklisted in your workspace", Policy, ClassPermanent},
		{"CRM says: Blacklisted Address", Policy, ClassPermanent},
		{"mailing trace 17: failure_type: mail_bl", Policy, ClassPermanent},
		{`{"event":"blocked","email":"bo@r.example","reason":"blocked: blacklisted contact"}`, Policy, ClassPermanent},
		// neighbours: an IP on a list, a page named mail_blocks
		{"554 5.7.1 Your IP address 203.0.113.5 is blacklisted", Reputation, ClassPermanent},
		{"554 5.7.1 Mail Refused - <203.0.113.8> - See http://security.rr.example/mail_blocks.htm#IP", Reputation, ClassPermanent},
	})
}

// A size limit named by the filter that applies it: the size decides.
func TestKindTail24SizeAtContentFilter(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.6.0 Content filter rejection (message size)", MessageTooBig, ClassPermanent},
		{"Blocked by content filter - reason: message size", MessageTooBig, ClassPermanent},
		// neighbour: a content filter's spam verdict
		{"554 5.7.1 Rejected by content filter: spam score too high", SpamContent, ClassPermanent},
	})
}

// A platform's "Bad user" classification and a gateway's call forward
// (recipient callout) refusal are an unknown recipient; a bad user name
// at login is not.
func TestKindTail24BadUserAndCallForward(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Send result: Failed - Bad user", UserUnknown, ClassPermanent},
		{"Recipient status: bad_user", UserUnknown, ClassPermanent},
		{"Inbound rejected: call-forward verification failed for <li@corp.example>", UserUnknown, ClassPermanent},
		// neighbour: a login's bad user name
		{"535 5.7.8 Authentication failed: bad username or password", AuthFailed, ClassPermanent},
	})
}

// ---- batch 24-tail b's kinds ----

// A mail library's class named "sender" (Email::Sender, JavaMailSender,
// Zimbra's MailSender$) is the program that sends: its word does not make
// spam a sender's; a sender named in the reply still does.
func TestKindTail24LibrarySenderClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Email::Sender::Failure::Permanent: error at after DATA: 5.7.1 Rejected: the spam filter scored this mail 9.8", SpamContent, ClassPermanent},
		// neighbour: the sender itself named as a spam source
		{"554 5.7.1 Service unavailable: your IP address is a known spam sender", Reputation, ClassPermanent},
	})
}

// MailerQ's result "lost" is a connection lost while waiting for an
// answer; a platform's "address was not correct" is the address's form.
func TestKindTail24LostAndAddressNotCorrect(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"recipient":"li@r.example","results":[{"state":"data","result":"lost","mta":"mx.r.example"}]}`, Network, ClassTransient},
		{"Send status: failed (the e-mail address is not correct)", Syntax, ClassPermanent},
		{"Delivery state 13: Failed - Mailaddress not correct", Syntax, ClassPermanent},
		// neighbour: an IP address that is not the one expected
		{"550 5.7.1 Client IP address not correct for this account", Policy, ClassPermanent},
	})
}

// A suppression record's one-word reason as a JSON member (the rules never
// see the key "reason"): a hard bounce is the address's, a complaint the
// recipient's choice; a reason that names neither stays as it was.
func TestKindTail24JSONSuppressionReason(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"address":"ana@r.example","reason":"hardbounce","created":"2026-02-03"}`, UserUnknown, ClassPermanent},
		{`{"address":"bo@r.example","reason":"COMPLAINT","created":"2026-02-03"}`, Policy, ClassPermanent},
		{`{"event":"reject","msg":{"email":"cy@r.example","reject":{"reason":"hard-bounce","detail":"earlier bounce"}}}`, UserUnknown, ClassPermanent},
		{`{"contact":"di@r.example","suppression_reason":"HARD_BOUNCE","since":"2026-01-01"}`, UserUnknown, ClassPermanent},
		// neighbour: the line form tail23 reads
		{"suppressed, reason: HARDBOUNCE", UserUnknown, ClassPermanent},
	})
}

// MailerQ's connect stage and a delivery agent that could not set up the
// recipient's user (probes after batch 24-tail b).
func TestKindTail24ConnectStageAndUserSetup(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"recipient":"li@r.example","results":[{"state":"connect","result":"timeout","from":"198.51.100.9"}]}`, Network, ClassTransient},
		{`{"recipient":"li@r.example","results":[{"state":"connect","result":"error"}]}`, Network, ClassTransient},
		{"dovecot: lmtp(ana@corp.example): Error: rcpt ana@corp.example: Failed to lookup user ana@corp.example: LDAP server is down", ServerError, ClassTransient},
		// neighbour: a user lookup that found no user is the address
		{"550 5.1.1 <ana@corp.example> User doesn't exist: ana@corp.example", UserUnknown, ClassPermanent},
	})
}

// A client library's authentication error over the server's intermediate
// 3xx challenge is a failed login; the 3xx alone stays an intermediate
// reply.
func TestKindTail24AuthErrorOverIntermediate(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Net::SMTPAuthenticationError (334 UGFzc3dvcmQ6)", AuthFailed, ClassPermanent},
		{"deliver_later failed: Net::SMTPAuthenticationError: 334 VXNlcm5hbWU6", AuthFailed, ClassPermanent},
		// neighbour: the challenge alone
		{"334 VXNlcm5hbWU6", Success, ClassSuccess},
	})
	if libraryAuthErrorOverIntermediate("Net::SMTPAuthenticationError: 535 5.7.8 bad", 535) {
		t.Error("a 5xx under an authentication error is read by its own class")
	}
}

// A message that exceeds the recipient's, the user's or the mailbox's
// quota is the mailbox's storage; a message that exceeds a size limit, or
// a sending quota, is not.
func TestKindTail24MessageExceedsMailboxQuota(t *testing.T) {
	checkKinds(t, []kindCase{
		{"552 5.2.2 This message exceeds the user's quota", MailboxFull, ClassPermanent},
		{"Delivery failed: the message exceeds the mailbox quota of ana@corp.example", MailboxFull, ClassPermanent},
		// neighbours: the size, and a sending quota
		{"552 5.3.4 Message exceeds the maximum size allowed", MessageTooBig, ClassPermanent},
		{"451 4.7.1 Message exceeds the daily sending quota, try again tomorrow", RateLimited, ClassTransient},
	})
}
