package explain

import "testing"

// The kinds held-out batch 15-app found on its first run, in new wording
// (not the batch's rows).

// "can not" and "can't" are spellings of "cannot": the action failed, the
// keyword after them is not negated. A negation that reverses a verdict
// ("is not listed") still does.
func TestKindApp15CanNotIsCannot(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailer: can not connect to mail.relay.example on port 587", Network, ClassTransient},
		{"notify: Can't connect to the outgoing server smtp.lab.example", Network, ClassTransient},
		{"CAN NOT CONNECT TO smtp.lab.example:25", Network, ClassTransient},
	})
	if !negated("the address is not ") || !negated("it isn't ") || !negated("Not ") {
		t.Error("a negation that is not the modal 'can' must still negate")
	}
	if negated("it can not ") || negated("we can't ") || negated("Can not ") {
		t.Error("'can not' and 'can't' are spellings of 'cannot', not negations")
	}
	if !negated("a pecan not ") {
		t.Error("'can' must be a word of its own")
	}
}

// SwiftMailer's exception for a reply that had no code: no greeting or no
// reply, at any stage; a reply with a code stays that reply.
func TestKindApp15SwiftEmptyCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Swift_TransportException: Expected response code 250 but got code "", with message ""`, Network, ClassTransient},
		{`[MAIL ERROR] Expected response code 354 but got code "", with message "" (code: 0) (send)`, Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{`Expected response code 250 but got code "550", with message "550 5.1.1 <kim@lab.example>: Recipient address rejected: User unknown"`, UserUnknown, ClassPermanent},
	})
}

// An Erlang or Elixir network_failure tuple is a network failure; with a
// TLS alert inside it the TLS mode decides.
func TestKindApp15ErlangNetworkFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{:error, :retries_exceeded, {:network_failure, "relay.lab.example", {:error, :econnrefused}}}`, Network, ClassTransient},
		{`[error] mail task crashed: {network_failure,"192.0.2.40",{error,closed}}`, Network, ClassTransient},
	})
	if e, err := explainOne(`{:network_failure, "relay.lab.example", {:error, {:tls_alert, {:bad_certificate, 'TLS client: received SERVER ALERT: Fatal - Bad Certificate'}}}}`); err == nil && e.Rule == "app15.erlang-network-failure" {
		t.Errorf("a TLS alert inside the tuple: rule %q decided", e.Rule)
	}
}

// Python's EAI_AGAIN as "[Errno -3]": a temporary DNS failure of the sending
// host.
func TestKindApp15ErrnoMinus3(t *testing.T) {
	checkKinds(t, []kindCase{
		{"mail.notify ERROR sending digest: [Errno -3] Try again", Network, ClassTransient},
		{"socket.gaierror: [Errno -3] Temporary failure in name resolution", Network, ClassTransient},
	})
}

// A From address that is missing is the sender's fault, whatever the code;
// a missing recipient is not.
func TestKindApp15FromRequired(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 The from address field is required.", SenderInvalid, ClassPermanent},
		{"450 The from address field is required.", SenderInvalid, ClassTransient},
		{"Send failed: sender email must not be empty", SenderInvalid, ClassPermanent},
	})
	if e, err := explainOne("422 The to address field is required."); err == nil && e.Rule == "app15.from-required" {
		t.Errorf("a missing recipient: rule %q decided", e.Rule)
	}
}

// An address a library refuses by the RFC's syntax is a syntax error; a
// message that does not comply with the RFC stays rfc-noncompliant.
func TestKindApp15AddressNotRFCValid(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Swift_RfcComplianceException: Address in mailbox given [admin@] does not comply with RFC 2822, 3.6.2.", Syntax, ClassPermanent},
		{"mailer: e-mail address 'ops at lab.example' is not valid according to RFC 5322", Syntax, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.7.1 This message is not RFC 5322 compliant: duplicate Date header", RFCNoncompliant, ClassPermanent},
	})
}

// .NET's "Failure sending mail." shown alone is an application's report
// that it could not send: a delivery outcome without its cause.
func TestKindApp15FailureSending(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Notification: failure sending mail to the helpdesk queue", Unknown, ClassUnknown},
	})
	// with its inner exception the cause decides
	checkKinds(t, []kindCase{
		{"Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.", Network, ClassTransient},
	})
}

// A password reset or an account's details in the application's own
// message are no failed login; a login that failed still is.
func TestKindApp15PasswordInAppMessage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Password reset for jo@lab.example done; failed to send the notification mail", Unknown, ClassUnknown},
		{"We could not send your welcome mail. Your account details: login jo, password as chosen", Unknown, ClassUnknown},
	})
	checkKinds(t, []kindCase{
		{"Mailer error: login failed for user jo@lab.example", AuthFailed, ClassPermanent},
	})
}
