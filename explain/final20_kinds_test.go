package explain

import "testing"

// Kinds of helper final20 (issue 10, session 15; docs/heldout/heldout20.md),
// in new wording.

// A sending service's or MTA's own result that the message is deferred
// ("Result: delayed", "Status: deferred", a JSON "event": "deferred")
// decides the class over the permanent reply it quotes: the service still
// retries. Its other results leave the reply's class.
func TestKindFinal20ServiceResultDeferred(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<lee@far.example>, Result: delayed, Status: 5.2.2 552 5.2.2 Mailbox full, Remote-Host: mx.far.example", MailboxFull, ClassTransient},
		{`{"event": "deferred", "email": "lee@far.example", "response": "554 5.7.1 Service unavailable; client [192.0.2.7] blocked using zen.spamhaus.org", "attempt": "3"}`, Reputation, ClassTransient},
		{"Recipient: pat@far.example\nStatus: deferred\nResponse: 550 5.7.1 Message rejected as spam by content filter", SpamContent, ClassTransient},
		{"<lee@far.example>, Result: delivered, Status: 2.0.0 250 2.0.0 OK queued as 7F3A", Success, ClassSuccess},
		{"<lee@far.example>, Result: failed, Status: 5.1.1 550 5.1.1 No such user", UserUnknown, ClassPermanent},
	})
}

// Postfix's bounce report ("I'm sorry to have to inform you that your
// message could not be delivered") is the message that came back: failed,
// whatever the class of the reply it quotes. Its delay warning ("THIS IS A
// WARNING ONLY") keeps the reply's temporary class.
func TestKindFinal20PostfixBounceReport(t *testing.T) {
	const report = "This is the mail system at host mx.lab.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
	const warning = "This is the mail system at host mx.lab.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
	const reply = "<kim@far.example>: host mx.far.example[192.0.2.8] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)"
	checkKinds(t, []kindCase{
		{report + reply, MailboxFull, ClassPermanent},
		{warning + reply, MailboxFull, ClassTransient},
	})
}

// An HTTP status followed by a web API's XML error document is the API's
// answer: a 4xx is a refused request (permanent), a 5xx the service's own
// failure (temporary); an SMTP reply without one keeps its class.
func TestKindFinal20XMLAPIStatus(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Class
	}{
		{"MessageRejected: 400 Illegal address\n<ErrorResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><Error><Type>Sender</Type><Code>InvalidParameterValue</Code><Message>Illegal address</Message></Error></ErrorResponse>", ClassPermanent},
		{"SendRawEmail failed: 403 Forbidden\n<ErrorResponse>\n  <Error>\n    <Code>AccessDenied</Code>\n    <Message>User is not authorized to perform ses:SendRawEmail</Message>\n  </Error>\n</ErrorResponse>", ClassPermanent},
		{"ServiceUnavailable: 503 Service is unavailable\n<ErrorResponse><Error><Code>ServiceUnavailable</Code><Message>Service is unavailable. Please try again later.</Message></Error></ErrorResponse>", ClassTransient},
		{"451 4.3.0 Error: queue file write error", ClassTransient},
	} {
		e, err := explainOne(c.in)
		if err != nil || e.Class != c.want {
			t.Errorf("%q: class %s (rule %q, %v), want %s", c.in, e.Class, e.Rule, err, c.want)
		}
	}
}

// The HELO check's "Host not found" is about the client's HELO name, also
// when Postfix's bounce wraps the reply so that "Helo" stays on the line of
// the name; a recipient domain that is not found stays host-unknown.
func TestKindFinal20HeloHostNotFound(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 <gw.corp.internal>: Helo command rejected: Host not found", RFCNoncompliant, ClassPermanent},
		{"<a@b.example>: host mx.b.example[192.0.2.4] said: 450 4.7.1\n<relay.local>: Helo\ncommand rejected: Host not found (in reply to RCPT TO command)", RFCNoncompliant, ClassTransient},
		{"450 4.1.2 <x@nowhere.example>: Recipient address rejected: Domain not found", HostUnknown, ClassTransient},
	})
}

// A DSN's address type ("Reporting-MTA: dns; ...") is no word about DNS: an
// Exchange report whose status says the address is bad is no DNS failure;
// a DNS failure said in words still is one.
func TestKindFinal20DSNAddressType(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery has failed to these recipients or groups:\n\nReporting-MTA: dns;exch01.corp.example\nReceived-From-MTA: dns;exch02.corp.example\n\nFinal-Recipient: rfc822;pat@corp.example\nAction: failed\nStatus: 5.1.1", UserUnknown, ClassPermanent},
		{"The DNS lookup failed: resolver timed out for mx.far.example", Network, ClassTransient},
	})
}

// heldout20's first run, in new wording: a service's or MTA's own words for
// a retry (Stalwart's "rescheduled for delivery", KumoMTA's record type
// TransientFailure, Mailgun's "bounce-type": "soft", SendCloud's soft
// bounce 软退信) decide the class over the permanent reply they carry.
func TestKindFinal20ServiceRetryWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message rescheduled for delivery after: 550 5.7.1 Service unavailable; client [192.0.2.7] blocked using bl.spamcop.net", Reputation, ClassTransient},
		{`{"type":"TransientFailure","response":{"code":550,"enhanced_code":"5.7.1","content":"blocked for spam content"}}`, SpamContent, ClassTransient},
		{`{"delivery-status": {"bounce-type": "soft", "code": 550, "message": "5.2.1 mailbox unavailable, over quota"}}`, MailboxFull, ClassTransient},
		{`{"type":"Bounce","response":{"code":550,"enhanced_code":"5.1.1","content":"no such user"}}`, UserUnknown, ClassPermanent},
	})
}

// A scanner's refusal of an office document whose macro it judged
// malicious is malware (virus), not spam; macros refused because none are
// allowed stay the site's attachment policy.
func TestKindFinal20MaliciousMacro(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.0 Rejected: malicious macro in the attached spreadsheet", Virus, ClassPermanent},
		{"550 5.7.1 Suspicious document macro found, message refused", Virus, ClassPermanent},
	})
	if e, err := explainOne("550 5.7.1 Attachment refused: office macros are not allowed here"); err != nil || e.Category == Virus {
		t.Errorf("macros not allowed: got %s (rule %q, %v), want no virus", e.Category, e.Rule, err)
	}
}
