package explain

import (
	"strings"
	"testing"
)

// Session 20's parser kinds (parse25; docs/heldout/heldout25-parse.md),
// each in new wording.

// jsonMemberList is every member jsonMembers finds in s, as "name=value"
// with the value cut to the scalar jsonScalar reads (skipped when skip).
func jsonMemberList(s string, skip bool) []string {
	var out []string
	for m := (jsonMembers{s: s}); ; {
		name, v, ok := m.next()
		if !ok {
			return out
		}
		val, n := jsonScalar(v)
		if skip {
			m.skip(n)
		}
		out = append(out, name+"="+val)
	}
}

// The one member walk both JSON readers share: a quoted name that a ':'
// follows, blanks around the ':' skipped; a value is no name; an escaped
// body's \"name\" is its name; a reader that skips a string value does not
// read its words as names; a cut body ends the walk without a panic.
func TestKindParse25JSONMembers(t *testing.T) {
	for _, c := range []struct {
		in   string
		skip bool
		want string
	}{
		{`{"a":1, "bee" :  "two","c":[ "x", "y" ],"d":{"e":"f"}}`, true, "a=1 bee=two c= d= e=f"},
		{"{\n  \"code\":\n    550,\n  \"note\": \"ok\"\n}", true, "code=550 note=ok"},
		{`log: "{\"statusCode\":503,\"reason\":\"busy\"}"`, false, `statusCode=503 reason=`},
		{`{"message":"said \"key\": no","n":2}`, true, `message=said \"key\": no n=2`},
		{`{"message":"said \"key\": no","n":2}`, false, `message=said \"key\": no key= n=2`},
		{`{"cut":"never ends`, true, "cut="},
		{`{"a"`, true, ""},
		{`"`, false, ""},
	} {
		if got := strings.Join(jsonMemberList(c.in, c.skip), " "); got != c.want {
			t.Errorf("%q (skip %v): %q, want %q", c.in, c.skip, got, c.want)
		}
	}
}

// FuzzJSONMembers: the member walk never panics, always ends, and every
// name it gives is text of the input.
func FuzzJSONMembers(f *testing.F) {
	for _, s := range []string{`{"a":1}`, `{"a":"b\"c","d":[1,"e"]}`, `x "{\"statusCode\":503}"`, `"a\":`, `{"":`, `"""::"`, "{\"a\"\t:\r\n\"b\"}", `\"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, skip := range []bool{false, true} {
			m := jsonMembers{s: s}
			for steps := 0; ; steps++ {
				if steps > len(s) {
					t.Fatalf("%q: more members than bytes", s)
				}
				name, v, ok := m.next()
				if !ok {
					break
				}
				if !strings.Contains(s, name) || !strings.HasSuffix(s, v) {
					t.Fatalf("%q: member %q=%q is not the input's", s, name, v)
				}
				if skip {
					_, n := jsonScalar(v)
					m.skip(n)
				}
			}
		}
	})
}

// Standard input reads a pasted text whose lines a wrap cut as the
// argument reads it, one entry: a line that ends in a flowed soft break
// (a blank after its last word) or inside a quoted reply goes on in the
// next line when that one starts with a word. A log of one reply a line,
// lines that each start a record, and a list of outcomes stay lists.
func TestKindParse25WrappedLines(t *testing.T) {
	for _, c := range []struct {
		in  string
		n   int
		cat Category
	}{
		// flowed soft breaks in a library's message
		{"Mailer failed: could not log in to the relay \nas ops@lab.example: server said \"535 5.7.8 credentials \nrejected\" after AUTH PLAIN.", 1, AuthFailed},
		// a reply quoted in prose, cut inside its quote
		{"Our notices to Dana still come back (\"550 5.1.1 <dana@far.example>: no such\nuser here\"), please update the list.", 1, UserUnknown},
		{"The relay keeps answering \"452 4.2.2 The mailbox of kim is\nFull, try again later\" since Monday.", 1, MailboxFull},
		// lists stay lists: a log, a trailing blank before a log line, a code line
		{"Dec  7 05:00:02 mx postfix/smtp[12]: C3: to=<ab@far.example>, relay=mx.far.example[192.0.2.10]:25, dsn=5.1.1, status=bounced (host mx.far.example[192.0.2.10] said: 550 5.1.1 no such user (in reply to RCPT TO command)) \n" +
			"Dec  7 05:00:03 mx postfix/smtp[12]: C4: to=<cd@far.example>, relay=mx.far.example[192.0.2.10]:25, dsn=4.2.2, status=deferred (host mx.far.example[192.0.2.10] said: 452 4.2.2 mailbox full (in reply to RCPT TO command))", 2, MailboxFull},
		{"550 5.1.1 <ab@far.example>: no such user \n452 4.2.2 <cd@far.example>: mailbox full", 2, MailboxFull},
		{"Envelope expired \nmailbox full \n550 5.1.1 <ab@far.example>: no such user", 3, UserUnknown},
	} {
		got, _ := scanAll(t, c.in+"\n", true)
		if len(got) != c.n || Explain(got[len(got)-1]).Category != c.cat {
			var cats []Category
			for _, r := range got {
				cats = append(cats, Explain(r).Category)
			}
			t.Errorf("%.70q: %v, want %d explanations, the last %s", c.in, cats, c.n, c.cat)
		}
	}
	for _, line := range []string{"a short one ", "ends with two blanks  ", `no quote open "550 x" here`, `quote "opens on words, not a code`} {
		if wrapOpens([]byte(line)) {
			t.Errorf("wrapOpens(%q)", line)
		}
	}
}

// The server's side of a transcript pasted without its commands is one
// paste on standard input: its positive replies lead to the one that
// failed, which decides, as in the argument. A reply that ended a
// transaction ("queued as") is an outcome of its own.
func TestKindParse25RepliesOnlyTranscript(t *testing.T) {
	for _, c := range []struct {
		in    string
		codes []int
	}{
		{"250 2.1.0 Sender ok\n250 2.1.5 Recipient ok\n354 Send data\n554 5.7.1 Message refused: spam", []int{554}},
		{"235 2.7.0 Authentication successful\n550 5.7.60 Client does not have permission to send as this sender", []int{550}},
		{"250-mx.far.example\n250-SIZE 1000\n250 8BITMIME\n530 5.7.0 Must issue a STARTTLS command first", []int{530}},
		{"250 2.0.0 Ok: queued as 7D1E2\n452 4.3.1 Insufficient system storage", []int{250, 452}},
		{"221 2.0.0 Bye\n421 4.4.2 Timeout", []int{221, 421}},
	} {
		got, _ := scanAll(t, c.in+"\n", true)
		var codes []int
		for _, r := range got {
			codes = append(codes, r.Code)
		}
		if !equalInts(codes, c.codes) {
			t.Errorf("%.60q: codes %v, want %v", c.in, codes, c.codes)
		}
	}
}

// A paste whose every line is quoted with '>' (a reply's quote, a forum's)
// is read as the quoted text: a DSN's folded Diagnostic-Code whose
// continuation lost its indentation behind the marks still goes on. A
// paste with unquoted lines keeps its marks.
func TestKindParse25QuotedBlock(t *testing.T) {
	checkKinds(t, []kindCase{
		{"> Final-Recipient: rfc822; lee@far.example\n> Action: failed\n> Status: 5.7.1\n> Diagnostic-Code: smtp; 550-5.7.1 [198.51.100.9] The IP you are using to send\n> mail is not authorized 550-5.7.1 to send email directly to our servers.", Reputation, ClassPermanent},
		{">> Status: 5.2.2\n>> Diagnostic-Code: smtp; 552 5.2.2 <lee@far.example>: Recipient\n>> rejected: quota exceeded", MailboxFull, ClassPermanent},
	})
	for in, want := range map[string]string{
		"> a\n>   b\n> > c":                       "a\n  b\nc",
		"> MAIL FROM:<a@b.example>\n550 5.7.1 no": "> MAIL FROM:<a@b.example>\n550 5.7.1 no",
		"> only one line":                         "> only one line",
	} {
		if got := quotedBlock(in); got != want {
			t.Errorf("quotedBlock(%q) = %q, want %q", in, got, want)
		}
	}
}

// The outcome a report states for the message as a whole decides the
// class over the quoted reply's code, as a DSN's Action does (common25's
// report-level class convention): a report that gave up is permanent over
// a 4xx, one that keeps the message and retries is transient over a 5xx,
// the retry deciding when it says both; advice is no outcome. A JSON
// event's hard_bounce / soft_bounce flag (a boolean: the name is the
// meaning) states the same.
func TestKindParse25ReportOutcome(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery has failed to these recipients or groups:\n\nkim@far.example\nRemote server returned '452 4.2.2 The mailbox of kim is full'", MailboxFull, ClassPermanent},
		{"Undelivered Mail Returned to Sender\n\n<kim@far.example>: host mx.far.example[192.0.2.4] said: 450 4.7.1 Try again later, you are greylisted", Greylisted, ClassPermanent},
		{"Delivery is delayed to these recipients or groups:\n\nkim@far.example\nThe server will keep trying to deliver this message.\nRemote server returned '554 5.4.4 Unable to route'", HostUnknown, ClassTransient},
		{`{"event": "bounce", "email": "kim@far.example", "soft_bounce": true, "reason": "552 5.2.2 Mailbox over quota"}`, MailboxFull, ClassTransient},
		{`{"event": "bounce", "email": "kim@far.example", "isHardBounce": 1, "reason": "452 4.2.2 Mailbox over quota"}`, MailboxFull, ClassPermanent},
		// advice, and a flag that is false, change nothing
		{"550 5.1.1 <kim@far.example>: no such user here. Please try again later.", UserUnknown, ClassPermanent},
		{`{"event": "bounce", "email": "kim@far.example", "soft_bounce": false, "reason": "550 5.1.1 No such user"}`, UserUnknown, ClassPermanent},
	})
	for in, want := range map[string]string{
		"This is a permanent error; I've given up. ... 451 4.3.0 busy":  "failed",
		"THIS IS A WARNING ONLY ... it will be retried ... 550 5.1.1 x": "delayed",
		"Delivery has failed ... Exchange will retry delivery ... 451":  "delayed",
		"550 5.1.1 nobody here, try again later":                        "",
	} {
		if got := reportOutcome(in); got != want {
			t.Errorf("reportOutcome(%q) = %q, want %q", in, got, want)
		}
	}
}

// A client's line that repeats the reply just explained (smtplib's
// "reply: retcode", PHPMailer's "SMTP -> ERROR: ... not accepted from
// server: 5xx ...", an exception's "whole response: 5xx ...") is part of
// that paste on standard input, not a second explanation; a mail log's
// lines with the same reply stay one explanation each.
func TestKindParse25RestatedReply(t *testing.T) {
	for _, c := range []struct {
		in string
		n  int
	}{
		{"send: 'rcpt TO:<kim@far.example>'\nreply: b'452 4.2.2 Mailbox of kim is over quota'\nreply: retcode (452); Msg: b'4.2.2 Mailbox of kim is over quota'", 1},
		{"RCPT TO:<kim@far.example>\n550 5.1.1 Recipient unknown here\nSMTP -> ERROR: RCPT not accepted from server: 550 5.1.1 Recipient unknown here", 1},
		{"2026-12-07 10:00:01 1abc-0001 ** kim@far.example R=dnslookup T=remote_smtp H=mx.far.example [192.0.2.4]: SMTP error from remote mail server after RCPT TO:<kim@far.example>: 550 5.1.1 Recipient unknown here\n" +
			"2026-12-07 10:00:02 1abc-0002 ** kim@far.example R=dnslookup T=remote_smtp H=mx.far.example [192.0.2.4]: SMTP error from remote mail server after RCPT TO:<kim@far.example>: 550 5.1.1 Recipient unknown here", 2},
	} {
		if got, _ := scanAll(t, c.in+"\n", true); len(got) != c.n {
			t.Errorf("%.60q: %d explanations, want %d", c.in, len(got), c.n)
		}
	}
	// Exchange Online's message-rate refusal, in words (vocabulary)
	checkKinds(t, []kindCase{
		{"4.5.127 Message rejected. Excessive message rate from sender.", RateLimited, ClassTransient},
	})
}

// A JSON flag whose value is a boolean has no words of its own: its
// member's name is its meaning, read when it is true ("mailbox_full": 1,
// "isSpam": true, "hard_bounce": true) and not when it is false; a
// record's other flags ("tls": true) say nothing.
func TestKindParse25JSONFlagNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"address": "kim@far.example", "inbox_full": 1, "checked_at": "2026-12-07"}`, MailboxFull, ClassPermanent},
		{`{"address": "kim@far.example", "isSpamComplaint": true}`, Policy, ClassPermanent},
		{`{"address": "kim@far.example", "tls": true, "soft_bounce": true, "reason": "452 4.2.2 over quota"}`, MailboxFull, ClassTransient},
	})
	for in, want := range map[string]string{
		`{"hard_bounce": true, "mailbox_full": 0, "tls": true}`: "hard bounce. ",
		`{"isHardBounce": 1, "is_spam": false}`:                 "hard bounce. ",
		`{"quota_exceeded": true}`:                              "mailbox full. ",
		`{"tls": true, "is-authenticated": true}`:               "",
	} {
		if got := jsonFlagWords(in); got != want {
			t.Errorf("jsonFlagWords(%s) = %q, want %q", in, got, want)
		}
	}
}

// A dialog or client summary that repeats the code alone after the reply
// it quoted does not decide over that reply: Outlook Express's send error
// wrapped at 80 columns is read by its "Server Response: '550 ...'".
func TestKindParse25WordedSameCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The message could not be sent because one of the recipients was rejected by\nthe server. The rejected e-mail address was 'kim@far.example', Account: 'mail.isp.example',\nServer Response: '550 5.7.1 kim@far.example: relaying denied, authenticate first', Port 25,\nSecure (SSL): no, Server Error: 550, Error Number: 0x800CCC79.", RelayDenied, ClassPermanent},
	})
}
