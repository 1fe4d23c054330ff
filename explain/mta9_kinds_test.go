package explain

import (
	"errors"
	"strings"
	"testing"
)

// The kinds that held-out batch 9-mta (mail software and client libraries)
// found after its only run, each in new wording (not the batch's rows).

// A library puts the reply it got in brackets or quotes with nothing but
// the code; the codes it expected ("[250, 251]", "250/251/252") are never
// the reply, and the closing bracket is no word of it.
func TestKindMta9BracketedBareCode(t *testing.T) {
	checkPastes(t, []pasteCase{
		{"Swift_BadResponseException: Expected response code(s) [250, 251] but got response [452]", ServerError, ClassTransient, 452, ""},
		{"Expected response code(s) [250, 251, 252] but got response [421]", ServerError, ClassTransient, 421, ""},
		{`TransportException: Expected response code "250/251/252" but got code "550"`, Unknown, ClassPermanent, 550, ""},
		// the reply with its text after the quoted code still decides
		{`Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <bo@far.example>: Recipient address rejected: User unknown"`, UserUnknown, ClassPermanent, 550, ""},
	})
	r, err := Parse("Swift_BadResponseException: Expected response code(s) [250, 251] but got response [452 4.2.2 <bo@far.example>: Mailbox full]")
	if err != nil || strings.HasSuffix(r.Text, "]") || r.Code != 452 {
		t.Errorf("bracketed reply: code %d, text %q, err %v", r.Code, r.Text, err)
	}
	// the expected list alone holds no reply
	if _, err := Parse("Expected response code(s) [250, 251, 252]"); !errors.Is(err, ErrNoCode) {
		t.Errorf("expected codes read as a reply: %v", err)
	}
	// a JSON member that holds a code is not a quoted reply
	checkPastes(t, []pasteCase{
		{`{"error_code":"554","raw_reason":"554 5.7.1 Relay access denied"}`, RelayDenied, ClassPermanent, 554, ""},
	})
}

// A number between a log line's timestamp and its level is a process id.
func TestKindMta9ProcessIDBeforeLevel(t *testing.T) {
	for _, in := range []string{
		"2024-03-05T08:01:02.003Z 552 TID-ab12cd ERROR: Net::ReadTimeout (Net::ReadTimeout)",
		"2024-03-05T08:01:02Z 421 WARN smtp: dial tcp 198.51.100.9:25: i/o timeout",
	} {
		e, err := explainOne(in)
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if e.Code != nil || e.Category != Network {
			t.Errorf("%q: code %v, %s (rule %q), want no code, network", in, e.Code, e.Category, e.Rule)
		}
	}
}

// A Postfix bounce wraps the remote reply, its continuation codes inline,
// between "said:" and "(in reply to ... command)": one reply.
func TestKindMta9WrappedSaidBlock(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<bo@far.example>: host mx.far.example[198.51.100.3] said: 554-Message\nrefused: your message looks like spam 554-see\nhttp://far.example/why 554 (in reply to end of DATA command)", SpamContent, ClassPermanent},
		{"<kim@far.example>: host mx.far.example[198.51.100.3] said:\n550-Requested action not taken: 550-Sender address rejected: Domain\nnot found (in reply to MAIL FROM command)", SenderInvalid, ClassPermanent},
	})
}

// A delivery agent that says it deferred the delivery keeps the message
// queued: the class is temporary whatever the code.
func TestKindMta9DeliveryDeferred(t *testing.T) {
	checkKinds(t, []kindCase{
		{"dma[2b.9]: remote delivery deferred: failed after RCPT TO: 500 5.5.2 Error: bad syntax", Syntax, ClassTransient},
		{"relay[311]: remote delivery deferred: Authentication failed: 535 5.7.8 bad password for web@lab.example", AuthFailed, ClassTransient},
	})
}

// In a session, the errors that only follow from an earlier refusal (a bad
// sequence, an unrecognized command after it) do not decide.
func TestKindMta9ConsequenceReplies(t *testing.T) {
	checkKinds(t, []kindCase{
		{"S: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6\nS: 503 5.5.1 Error: need MAIL command\nS: 500 5.5.2 Error: bad syntax", AuthFailed, ClassPermanent},
		{"MAIL: 553 5.7.1 <web@lab.example>: Sender address rejected: not owned by user box@lab.example\nRCPT: 503 5.5.1 Error: need MAIL command\nDATA: 503 5.5.1 Error: need RCPT command", SenderInvalid, ClassPermanent},
		// a bad sequence alone still decides
		{"503 5.5.1 Error: need RCPT command", Syntax, ClassPermanent},
	})
}

// A DNS failure the MTA gave up on at once, worded as a name not found, is
// a domain that does not exist; the same words deferred are DNS for now.
func TestKindMta9PermanentNameNotFound(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2024-03-05 10:00:00 1sXa-0001-AB ** bo@gone.example: DNS lookup failed: NXDOMAIN", HostUnknown, ClassPermanent},
		{"relay[311]: remote delivery failed: DNS lookup failure: host gone.example not found", HostUnknown, ClassPermanent},
		{"relay[311]: remote delivery deferred: DNS lookup failure: host slow.example not found", Network, ClassTransient},
	})
}

// Wording kinds (rules_mta9.go), each in new words.
func TestKindMta9Wording(t *testing.T) {
	checkKinds(t, []kindCase{
		// line endings
		{"550 5.6.2 Illegal line endings in message", RFCNoncompliant, ClassPermanent},
		{"451 4.5.0 Line ending must be CRLF", RFCNoncompliant, ClassTransient},
		// an authentication mechanism refused under a security code; under
		// X.5.4 the corpus reads RFC 4954's text as syntax
		{"504 5.7.4 AUTH method DIGEST-MD5 not enabled", AuthFailed, ClassPermanent},
		{"535 5.7.8 Authentication mechanism not supported for this account", AuthFailed, ClassPermanent},
		{"504 5.5.4 Unrecognized authentication type", Syntax, ClassPermanent},
		// a login refused
		{"554 login rejected", AuthFailed, ClassPermanent},
		{"Logon refused for user web@lab.example", AuthFailed, ""},
		// an AUTH-only code under an X.7 detail of another meaning
		{"535 5.7.1 Please sign in with an app password", AuthFailed, ClassPermanent},
		{"534 5.7.14 <https://accounts.far.example/signin> Please verify your account in a browser", AuthFailed, ClassPermanent},
		// the sender must be the logged-in account
		{"553 5.7.1 Envelope sender does not match authenticated user", SenderInvalid, ClassPermanent},
		{"550 Sender domain must match authenticated domain", SenderInvalid, ClassPermanent},
		// a quota said of the mailbox
		{"552 Mailbox quota exceeded for recipient bo@far.example", MailboxFull, ClassPermanent},
		{"452 4.2.2 Mailbox capacity reached", MailboxFull, ClassTransient},
		// a relay refusal that names authentication
		{"554 Authentication required to relay mail", RelayDenied, ClassPermanent},
		{"550 SMTP auth required for relaying", RelayDenied, ClassPermanent},
		// a route back to this server
		{"550 5.4.6 MX for far.example points to localhost", ServerError, ClassPermanent},
		// the server's own lookup failed for now
		{"451 4.3.0 ldap lookup deferred", ServerError, ClassTransient},
		{"451 Temporary error checking recipient", ServerError, ClassTransient},
		// Exchange's store exception for a message over the size limits
		{"554 5.2.0 STOREDRV.Submission.Exception:MessageSubmissionExceededException; Cannot submit message.", MessageTooBig, ClassPermanent},
		// a client that could not reach the server
		{"Net::SMTP: unable to establish SMTP connection to smtp.lab.example port 465", Network, ""},
		{"Could not read from stream while talking to smtp.lab.example", Network, ""},
		// the sender's own mailbox state
		{"553 5.7.1 <ops@lab.example>: Sender address rejected: account suspended", SenderInvalid, ClassPermanent},
	})
}

// The kinds that batch 9-mta b found after its only run, in new wording.
func TestKindMta9bWording(t *testing.T) {
	checkKinds(t, []kindCase{
		// the server's own check of the address did not finish
		{"451 4.4.3 Could not verify recipient right now, please retry", ServerError, ClassTransient},
		{"450 4.3.0 Error looking up mailbox for bo@far.example", ServerError, ClassTransient},
		// the sender's address stays the sender's (not this kind)
		{"450 4.1.8 Unable to verify sender address", SenderInvalid, ClassTransient},
		// a message the server could not parse
		{"554 5.7.7 Error parsing message headers", RFCNoncompliant, ClassPermanent},
		{"550 Unparsable message: malformed MIME structure", RFCNoncompliant, ClassPermanent},
		// a temporary error while a DNS-based check ran
		{"451 4.7.25 Temporary failure validating the PTR record of 198.51.100.4", Network, ClassTransient},
		{"451 4.7.1 DKIM temperror, try again later", Network, ClassTransient},
		// libcurl's refused login
		{"curl: (94) An authentication function returned an error", AuthFailed, ""},
		// SPF named as the reason a sending IP is not allowed
		{"550 5.7.1 198.51.100.4 is not permitted to send for far.example according to its SPF policy", SenderAuth, ClassPermanent},
	})
}
