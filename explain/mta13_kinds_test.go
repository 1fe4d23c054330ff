package explain

import "testing"

// The kinds that held-out batch 13-mta (commercial and proprietary mail
// servers and groupware) found on its only run, each in new wording (not the
// batch's rows).

// The words name the server's own fault under an address-status code: the
// code's "the mailbox does not exist" does not decide; DATA before any
// accepted recipient is the client's command order, also under X.1.1; an
// address that matches several directory entries is the site's directory
// problem, also when only X.1.4 says so.
func TestKindMta13FaultUnderAddressCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.1 Internal error while resolving the recipient", ServerError, ClassPermanent},
		{"450 4.1.1 Directory lookup failed, try later", ServerError, ClassTransient},
		{"554 5.1.0 Database error during delivery of message", ServerError, ClassPermanent},
		{"503 5.1.1 No recipients specified", Syntax, ClassPermanent},
		{"554 5.1.1 Need RCPT command before DATA", Syntax, ClassPermanent},
		{"550 5.1.4 Address matches more than one directory entry", ServerError, ClassPermanent},
		// the address's own verdict still decides
		{"550 5.1.1 <ann@lab.example>: user unknown (lookup failed for alias)", UserUnknown, ClassPermanent},
	})
}

// The receiver's own back end unavailable (a mailbox database, a store, a
// directory), a mailbox on another server of the cluster, and an internal
// step that failed: the receiver's trouble.
func TestKindMta13Backend(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.3.2 The mailbox database is offline, please retry", ServerError, ClassTransient},
		{"450 4.2.0 Message store unreachable for ann@lab.example", ServerError, ClassTransient},
		{"421 4.3.0 LDAP server not responding", ServerError, ClassTransient},
		{"451 4.2.0 Mailbox for ann@lab.example is on another server", ServerError, ClassTransient},
		{"451 Error writing queue entry", ServerError, ClassTransient},
		{"450 Error passing message to the delivery agent", ServerError, ClassTransient},
	})
	// a full store stays a full mailbox, a network word a network failure
	for _, c := range []kindCase{
		{"452 4.2.2 Mail store is over quota for ann@lab.example", MailboxFull, ClassTransient},
		{"451 4.4.2 Error reading from remote server socket", Network, ClassTransient},
	} {
		e, err := explainOne(c.in)
		if err != nil || e.Category == ServerError {
			t.Errorf("%q: got %v (rule %q, err %v), want not server-error", c.in, e.Category, e.Rule, err)
		}
	}
}

// A refusal by an administrator's rule or agent is policy, whatever X.3.x
// or 4.3.2 would mean alone.
func TestKindMta13AdministrativeAction(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.3.0 Message deleted by administrative action", Policy, ClassPermanent},
		{"451 4.3.1 Quarantined by administrative action, retry later", Policy, ClassTransient},
	})
}

// The sender's own account may not submit; "send on behalf of" denied is
// the sender (SPF's "not permitted to send on behalf of" stays SPF).
func TestKindMta13SenderAccount(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Outbound mail has been disabled for this mailbox", Policy, ClassPermanent},
		{"554 Submission is suspended for user ann@lab.example", Policy, ClassPermanent},
		{"550 5.7.1 You are not allowed to send on behalf of bob@lab.example", SenderInvalid, ClassPermanent},
		{"550 5.7.23 The IP 203.0.113.9 is not permitted to send on behalf of shop.example (SPF fail)", SenderAuth, ClassPermanent},
	})
}

// TLS and authentication wording the table lacked.
func TestKindMta13TLSAndAuth(t *testing.T) {
	checkKinds(t, []kindCase{
		{"454 4.7.0 Failed to initialize the security package, TLS not available", TLSRequired, ClassTransient},
		{"554 SChannel error during negotiation", TLSRequired, ClassPermanent},
		{"530 5.7.0 Requires STARTTLS before MAIL", TLSRequired, ClassPermanent},
		{"501 5.5.4 Authentication aborted by client", AuthFailed, ClassPermanent},
		{"454 4.7.0 Server authentication could not be completed", AuthFailed, ClassTransient},
		// an authentication that is required stays required
		{"530 5.7.0 Authentication required", AuthRequired, ClassPermanent},
	})
}

// A 421 that closes the session at a per-connection limit is a sending
// limit, not a message that is too big; an address whose format is not
// valid is syntax, also without a code.
func TestKindMta13LimitsAndAddressFormat(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 4.7.0 Byte limit for this session exceeded, reconnect", RateLimited, ClassTransient},
		{"421 Maximum messages per connection reached", RateLimited, ClassTransient},
		{"Delivery failed: the format of the email address bob@@lab.example is invalid", Syntax, ClassPermanent},
	})
	// a size verdict on the message itself stays message-too-big
	if e, err := explainOne("552 5.3.4 Message size exceeds fixed maximum for this connection"); err != nil || e.Category != MessageTooBig {
		t.Errorf("552 size verdict: got %v (rule %q, err %v), want message-too-big", e.Category, e.Rule, err)
	}
}

// Input forms: Exchange's SMTP protocol log (CSV, the reply after the
// event field) and PowerShell's {...} list of a property
// (Get-MessageTrackingLog's RecipientStatus) hold the reply code.
func TestKindMta13ExchangeLogForms(t *testing.T) {
	for _, c := range []struct {
		in   string
		code int
		cat  Category
		cls  Class
	}{
		{"2026-07-01T09:00:01.120Z,EX02\\Default Frontend EX02,08DD9B0C55E1F7A2,7,192.0.2.11:25,198.51.100.80:40112,>,452 4.3.1 Insufficient system resources,", 452, ServerError, ClassTransient},
		{"2026-07-01T09:00:02.004Z,EX02\\Internet Send,08DD9B0C55E1F7A3,12,192.0.2.11:41822,203.0.113.70:25,<,550 5.7.1 Relaying denied,", 550, RelayDenied, ClassPermanent},
		{"RecipientStatus : {550 5.2.2 mailbox full}", 550, MailboxFull, ClassPermanent},
	} {
		e, err := explainOne(c.in)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if e.Code == nil || *e.Code != c.code || e.Category != c.cat || e.Class != c.cls {
			t.Errorf("%q: code %v %v/%v (rule %q), want %d %v/%v", c.in, e.Code, e.Category, e.Class, e.Rule, c.code, c.cat, c.cls)
		}
	}
	// a comma before three digits elsewhere is no reply code
	if r, err := Parse("delivered to 3 of 4 recipients,250 bytes left"); err == nil && r.Code == 250 {
		t.Errorf("a number after a comma read as a reply code: %+v", r)
	}
}

// Batch 13-mta b: a sender throttled for its continuous errors is a limit
// on the sender whatever error it names; a sender not allowed to mail a list
// is the list's policy, also wrapped as an invalid recipient; a remote
// system that does not respond (without a code) is the network; the
// server's own shortage of resources is its trouble.
func TestKindMta13bSenderAndList(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.2.250 Mailbox throttled due to repeated quota exceeded errors", RateLimited, ClassPermanent},
		{"451 4.7.1 Sender is throttled due to continuous invalid recipients, try later", RateLimited, ClassTransient},
		{"550 5.7.1 RCPT failed: Invalid recipient team@lab.example: you are not authorized to post to this group", Policy, ClassPermanent},
		{"553 Only members can send to the mailing list staff@lab.example", Policy, ClassPermanent},
	})
}

func TestKindMta13bNetworkAndResources(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Router: Delivery to relay.lab.example failed: remote host not responding", Network, ClassTransient},
		{"Connection to mx.far.example was reset by the remote host", Network, ClassTransient},
		{"The operation did not complete in a reasonable amount of time", Network, ClassTransient},
		{"452 4.3.1 Out of memory, try again later", ServerError, ClassTransient},
		// a directory server that does not respond is the receiver's back end
		{"451 4.3.0 Directory server not responding", ServerError, ClassTransient},
	})
}

// A multi-line reply whose closing line is only its code's standard text
// ("554 Transaction failed") is decided by the specific line before it.
func TestKindMta13bStandardTextCloser(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554-Transaction failed for 2 recipients:\nError:554 5.2.2 mailbox full (ann@lab.example)\n554 Transaction failed", MailboxFull, ClassPermanent},
		{"550-Delivery refused\n550-Error: 550 5.7.1 Message rejected as spam\n550 Requested action not taken: mailbox unavailable", SpamContent, ClassPermanent},
	})
}

// Axigen's protocol log: for SMTP-IN ">>" is Axigen's reply, for SMTP-OUT
// "<<" is the remote server's reply.
func TestKindMta13bAxigenLog(t *testing.T) {
	for _, c := range []struct {
		in   string
		code int
		cat  Category
	}{
		{"SMTP-IN: 0000004B : >> 250 Sender accepted", 250, Success},
		{"SMTP-OUT: 000000A1 : << 421 4.7.0 Too many connections from your IP, try later", 421, RateLimited},
	} {
		e, err := explainOne(c.in)
		if err != nil || e.Code == nil || *e.Code != c.code || e.Category != c.cat {
			t.Errorf("%q: %+v (err %v), want code %d %v", c.in, e, err, c.code, c.cat)
		}
	}
	// the client's command in the same log is no reply
	if r, err := Parse("SMTP-IN: 0000004B : << MAIL FROM: <ann@lab.example>"); err == nil && r.Code != 0 {
		t.Errorf("a command read as a reply: %+v", r)
	}
}
