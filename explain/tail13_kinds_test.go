package explain

import "testing"

// The kinds helper tail13 (session 8, issue 10) closed, each in wording
// none of the corpus rows uses.

// A reply code alone in square brackets after a word that names an error,
// a code or a reply is the reply's code, with words after the bracket too;
// a number in brackets glued to a program name (a process id) or after
// other words is none.
func TestKindTail13CodeInSquareBrackets(t *testing.T) {
	checkKinds(t, []kindCase{
		{"#[mfp(3)]26/11/30 08:15:02 MAILC: got error code. [554] (8002)  ERR:", Unknown, ClassPermanent},
		{"scan2mail: SMTP error [421] (8001) ERR:", ServerError, ClassTransient},
		{"notifier: server reply [452] mailbox full", MailboxFull, ClassTransient},
		{"relay failed, status: [550] see log", Unknown, ClassPermanent},
	})
	for _, c := range []struct {
		in   string
		code int
	}{
		{"MAILC: received error code. [552] (8003) ERR:", 552},
		{"job 7: smtp response [451] ERR", 451},
	} {
		r, err := Parse(c.in)
		if err != nil || r.Code != c.code {
			t.Errorf("%q: code %d (%v), want %d", c.in, r.Code, err, c.code)
		}
	}
	for _, in := range []string{
		"Nov 30 08:15:02 gw postfix/smtpd[421]: connect from client.example[192.0.2.7]",
		"Nov 30 08:15:02 gw qmgr [550]: queue active",
		"worker [451] started at 08:15",
		"connect to [192.0.2.25]:25 failed",
	} {
		if r, err := Parse(in); err == nil && r.Code != 0 {
			t.Errorf("%q: read code %d", in, r.Code)
		}
	}
}

// Exchange's categorizer codes for a recipient's directory entry that
// cannot be routed (RESOLVER.ADR.BadPrimary, RESOLVER.ADR.Ambiguous) are
// a problem of the recipient's organisation, whatever the words after
// them; RESOLVER.ADR.ExRecipNotFound stays an unknown recipient.
func TestKindTail13ExchangeResolverDirectory(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.2.0 RESOLVER.ADR.BadPrimary; recipient object lacks a usable primary address", ServerError, ClassPermanent},
		{"Remote Server returned '550 5.2.0 RESOLVER.ADR.BadPrimary'", ServerError, ClassPermanent},
		{"#550 5.1.4 RESOLVER.ADR.Ambiguous; two objects share this proxy ##", ServerError, ClassPermanent},
		{"550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", UserUnknown, ClassPermanent},
	})
}

// An HTTP status given as a member of an API's JSON answer (statusCode,
// httpStatus, status_code in any case, or a numeric "status" in an object
// without SMTP reply fields) is the answer's HTTP status.
func TestKindTail13JSONStatusField(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{`{"statusCode":504,"message":"Gateway Timeout"}`, 504},
		{`{"message":"slow down","StatusCode" : 429}`, 429},
		{`{"error":{"HttpStatus":"503","detail":"maintenance"}}`, 503},
		{`{"status-code":401}`, 401},
		{`{"status":413,"error":"payload"}`, 413},
		{`send: "{\"statusCode\":502,\"error\":\"upstream\"}"`, 502},
		// a "status" beside the server's SMTP reply is no HTTP status
		{`{"status":421,"smtp_code":421,"message":"later"}`, 0},
		{`{"status":451,"response":"451 4.3.0 try later"}`, 0},
		// a numeric status that is no HTTP status, a service's own code
		{`{"status":550}`, 0},
		{`{"code":406,"message":"inactive recipient"}`, 0},
	} {
		if got := jsonHTTPStatus(c.in); got != c.want {
			t.Errorf("%q: %d, want %d", c.in, got, c.want)
		}
	}
	checkKinds(t, []kindCase{
		{`{"statusCode":504,"message":"Gateway Timeout"}`, ServerError, ClassTransient},
		{`{"message":"too many requests in the window","StatusCode" : 429}`, RateLimited, ClassTransient},
		{`{"HttpStatus":"503","detail":"maintenance"}`, ServerError, ClassTransient},
	})
}
