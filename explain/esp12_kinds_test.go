package explain

import (
	"strings"
	"testing"
)

// The kinds of error held-out batch 12-esp (testdata/corpus/heldout12-esp.tsv:
// what sending platforms say about their own sends) found, each shown with
// wording that is in no corpus file: the fix is for the kind, not the rows.

// An HTTP API's status is no SMTP reply code, a server error (5xx) as much
// as a client error: recognised after an HTTP lead or by its reason phrase,
// its class follows HTTP (a 5xx is retried, a 4xx is final until the request
// changes, except 408 and 429), its body after the status line is the
// answer's text, and when no words tell more the status names the category.
func TestKindESP12HTTPStatus(t *testing.T) {
	checkKinds(t, []kindCase{
		// server errors: the service failed, a retry usually succeeds
		{"HTTP/2 502 Bad Gateway", ServerError, ClassTransient},
		{"MailerError: Request failed with status code 500", ServerError, ClassTransient},
		{"requests.exceptions.HTTPError: 504 Server Error: Gateway Time-out for url: https://api.mail.example/v1/send", ServerError, ClassTransient},
		{"HTTP/1.1 503 Service Temporarily Unavailable\nContent-Type: text/plain\n\nThe API is down for maintenance", ServerError, ClassTransient},
		{"httperror 501: Not Implemented", ServerError, ClassPermanent},
		// the status after more leads, its phrase in parentheses
		{"Status: 413 (Payload Too Large)", MessageTooBig, ClassPermanent},
		{"status: 422 Unprocessable Entity", Syntax, ClassPermanent},
		{"GET /v3/suppressions -> 429", RateLimited, ClassTransient},
		{"client: HTTPError: 403 Forbidden", Policy, ClassPermanent},
		// the body after the status line tells the cause; the response's
		// header lines do not
		{"HTTP/1.1 403 Forbidden\nServer: nginx\nX-Request-Id: 7f3a\n\n{\"message\":\"Your account has been suspended pending review\"}", Policy, ClassPermanent},
		{"PUT /v1/messages -> 402\n{\"error\":\"out of credits for this billing period\"}", RateLimited, ClassPermanent},
		{"HTTP/1.1 401 Unauthorized\n{\"error\":\"The access token expired at 09:00 UTC\"}", AuthFailed, ClassPermanent},
	})
	// the status is explained as one, not as an SMTP code
	e, err := explainOne("HTTP/1.1 503 Service Unavailable")
	if err != nil || !strings.Contains(e.CodeMeaning, "HTTP status") || e.Class != ClassTransient {
		t.Errorf("HTTP 503: code meaning %q class %s (%v), want an HTTP status, transient", e.CodeMeaning, e.Class, err)
	}
}

// The same numbers from a mail server stay SMTP codes: a 500 with its HTTP
// phrase but no word of a web API around it (a bounce that quotes a mail
// server), an enhanced code, or "returned" after an SMTP server.
func TestKindESP12SMTPNotHTTP(t *testing.T) {
	for _, in := range []string{
		"The remote server returned:\n500 Internal Server Error",
		"503 5.5.1 Error: need RCPT command",
		"smtp server returned 503 bad sequence of commands",
		"500 5.5.2 Syntax error, command unrecognized",
	} {
		e, err := explainOne(in)
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if strings.Contains(e.CodeMeaning, "HTTP") || e.Class != ClassPermanent {
			t.Errorf("%q: code meaning %q class %s, want an SMTP code, permanent", in, e.CodeMeaning, e.Class)
		}
	}
}

// A sending platform's bounce report states its outcome ("Bounce type:
// Soft", "hard bounce") even when the reason it gives is a label no rule
// knows, or none: the input is recognised, the stated type is the class.
func TestKindESP12StatedBounceType(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Bounce type: Hard | Bounce reason: Undetermined", Unknown, ClassPermanent},
		{"soft bounce (unclassified)", Unknown, ClassTransient},
		{"Bounce type: Soft | Bounce reason: Message length exceeded", MessageTooBig, ClassTransient},
		{"Contact status is undeliverable", Unknown, ClassPermanent},
		{"Soft bounce: a technical problem at the receiving server", ServerError, ClassTransient},
	})
}

// Momentum's numbered bounce classes under Adobe Journey Optimizer's name
// ("technical value"), and Plain's bounce reasons, are provider code
// families: every documented member decides, not only the ones seen.
func TestKindESP12ClassificationFamilies(t *testing.T) {
	checkKinds(t, []kindCase{
		{"technicalValue: 52, errorLabel: Spam Content", SpamContent, ClassPermanent},
		{"Error label: Mailbox Full | Error type: Soft Bounce | Technical value: 22", MailboxFull, ClassTransient},
		{"technical value = 54", RelayDenied, ClassPermanent},
		{"Error label: Admin Failure, Technical value: 25", Policy, ClassPermanent},
		{`"bounceReason": "UNDELIVERABLE"`, Unknown, ClassPermanent},
	})
}

// The platforms' own subjects, each a subject and a verdict (concept
// rules): the sender not verified or confirmed at the service, the API
// key's permission, a suppressed or unsubscribed recipient, a trial mode,
// an account or plan that may not send, a required field, a throttle on bad
// requests, a size limit of attachments, a domain that did not authorize
// the platform.
func TestKindESP12PlatformVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"message":"The from address ops@shop.example is unverified; verify it first"}`, SenderInvalid, ClassPermanent},
		{"550 Sender identity must be verified before sending", SenderInvalid, ClassPermanent},
		{"Invalid request: the sender address has no local part", SenderInvalid, ClassPermanent},
		{"This API key does not have permission to send mail", AuthFailed, ClassPermanent},
		{"HTTP/1.1 403 Forbidden\n{\"error\":\"insufficient permissions for this endpoint\"}", AuthFailed, ClassPermanent},
		{"Not sent: the contact is suppressed in this workspace", Policy, ClassPermanent},
		{"The subscriber has unsubscribed and cannot be resubscribed through the API", Policy, ClassPermanent},
		{"Service in trial mode: you cannot send to this recipient", Policy, ClassPermanent},
		{"Your workspace is not yet approved for sending", Policy, ClassPermanent},
		{"No active subscription for transactional email on this account", Policy, ClassPermanent},
		{"Request blocked: we found a security issue with the request", Policy, ClassPermanent},
		{`{"error":"subject is a required property"}`, RFCNoncompliant, ClassPermanent},
		{"ValidationError: required field 'to' is missing", Syntax, ClassPermanent},
		{"Too many failed requests from this key, try again later", RateLimited, ClassTransient},
		{"HTTP 403 {\"error\":\"account resources depleted for this month\"}", RateLimited, ClassPermanent},
		{"The size of the attachments exceeds the 10 MB limit", MessageTooBig, ClassPermanent},
		{"The domain owner has not authorized this platform to send emails on your behalf", SenderAuth, ClassPermanent},
	})
}

// An HTTP request's header named in an API's refusal is no header field of
// the message: the request is malformed (syntax), not the message.
func TestKindESP12HTTPRequestHeader(t *testing.T) {
	checkKinds(t, []kindCase{
		{"HTTP/1.1 415 Unsupported Media Type: the Content-Type header must be application/json", Syntax, ClassPermanent},
		{"status code 406: the request header Accept is missing", Syntax, ClassPermanent},
	})
}

// Batch 12-esp b's kinds: an HTTP status before a JSON body on the same
// line ("403 {...}") or carried in the body ({"statusCode": 429}) is HTTP
// and gives the class; a gateway's 502/503/504 phrase is HTTP without
// other words; SES's DeliveryDelay types are a documented family; and the
// platforms' words for a key never sent, an organization without an
// active plan, too many recipients in one call, a plan's request limit,
// maintenance, a body that is not JSON, a From address that cannot be
// parsed.
func TestKindESP12APIAnswersB(t *testing.T) {
	checkKinds(t, []kindCase{
		{`403 {"message":"The API key is invalid"}`, AuthFailed, ClassPermanent},
		{`{"statusCode":429,"error":"slow down","message":"Please wait before the next call"}`, RateLimited, ClassTransient},
		{`{"status":503,"message":"The service is being upgraded"}`, ServerError, ClassTransient},
		{"503 Service Unavailable - back in five minutes", ServerError, ClassTransient},
		{`{"eventType":"DeliveryDelay","deliveryDelay":{"delayType":"IPFailure"}}`, Reputation, ClassTransient},
		{`{"eventType":"DeliveryDelay","deliveryDelay":{"delayType":"RecipientServerError"}}`, ServerError, ClassTransient},
		{`{"error":"The access token was not sent with the request"}`, AuthRequired, ClassPermanent},
		{`{"error":"This workspace does not have an active plan"}`, Policy, ClassPermanent},
		{`{"error":"number of recipients exceeds the maximum of 100 per call"}`, RateLimited, ClassPermanent},
		{`{"error":"API limit reached for the current billing period"}`, RateLimited, ""},
		{`{"Message":"The API is under maintenance"}`, ServerError, ClassTransient},
		{`{"error":"Malformed JSON in the request body"}`, Syntax, ClassPermanent},
		{`{"error":"The from address could not be parsed"}`, SenderInvalid, ClassPermanent},
	})
}
