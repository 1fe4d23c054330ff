package explain

import "strings"

// Held-out batch 12-esp (issue 10): what sending platforms say about their
// own sends — their bounce classifications, suppression reasons, API errors
// and SMTP relay replies (testdata/corpus/heldout12-esp*.tsv). The kinds its
// first run showed, fixed here at their level:
//
//   - an HTTP API's status is no SMTP reply code: the server errors (500,
//     502, 503, 504) and 451 join the client errors of batch 9-esp; the
//     status is recognised after more leads ("HTTPError: 403", "status: 403
//     Forbidden", "POST /v2/emails -> 402", "Status: 400 (Bad Request)",
//     Python requests' "503 Server Error: ... for url"), the body printed
//     after the status line is the reply's text, the class follows HTTP
//     (a 5xx is the service's own failure: retried, it usually succeeds),
//     and when no words tell more the status names the category;

// httpAltPhrases are other reason phrases web servers and clients print for
// code (RFC 7231's names, proxies' spellings).
func httpAltPhrases(code int) []string {
	switch code {
	case 413:
		return []string{"Payload Too Large", "Request Entity Too Large"}
	case 422:
		return []string{"Unprocessable Content"}
	case 503:
		return []string{"Service Not Available", "Service Temporarily Unavailable"}
	case 504:
		return []string{"Gateway Time-out"}
	}
	return nil
}

// httpPhraseLen is the length of the reason phrase of code (or one of its
// other spellings) that text starts with, after an opening parenthesis
// ("400 (Bad Request)"), or Python requests' "Client Error:" and "Server
// Error:" ("503 Server Error: Service Unavailable for url: ..."); 0 when
// text does not start with one.
func httpPhraseLen(code int, text string) int {
	t := strings.TrimLeft(text, "(: ")
	skip := len(text) - len(t)
	at := func(p string) bool {
		if len(t) < len(p) || !strings.EqualFold(t[:len(p)], p) {
			return false
		}
		return len(t) == len(p) || !isAlnum(t[len(p)])
	}
	if p := httpReason(code); p != "" && at(p) {
		return skip + len(p)
	}
	for _, p := range httpAltPhrases(code) {
		if at(p) {
			return skip + len(p)
		}
	}
	if code/100 == 4 && at("Client Error:") || code/100 == 5 && at("Server Error:") {
		return skip + len("Client Error:")
	}
	return 0
}

// httpPhraseAt reports text that starts with the reason phrase of the HTTP
// status code (httpPhraseLen).
func httpPhraseAt(code int, text string) bool {
	return httpReason(code) != "" && httpPhraseLen(code, text) > 0
}

// httpStatusAt reports an HTTP status: after an HTTP lead, or followed by
// its reason phrase. A server error's number is an SMTP code too, and a
// mail server may answer "500 Internal Server Error": followed only by its
// phrase, a 5xx is HTTP when the words around it name a web API ("api",
// "http", a URL or a JSON body), not in a bounce that quotes a mail server.
func httpStatusAt(code int, text, context string) bool {
	if httpLead(context) || parenStatusAt(text, context) { // parenStatusAt: rules_esp13.go
		return true
	}
	if httpReason(code) != "" && strings.HasPrefix(strings.TrimSpace(text), "{") {
		return true // a status before a JSON body ("400 {\"error\":...}"): no SMTP reply carries one (held-out batch 12-esp b)
	}
	if nonSMTPClientStatus(code, text, context) { // forms27.go
		return true
	}
	if !httpPhraseAt(code, text) {
		return false
	}
	// a gateway's phrase ("502 Bad Gateway", "503 Service Unavailable",
	// "504 Gateway Timeout") is no SMTP text; "500 Internal Server Error"
	// may be a mail server's own
	return code/100 == 4 || code >= 502 || webAPIWords(text) || webAPIWords(context)
}

// webAPIWords reports words of a web API's answer: the word "API" or
// "HTTP", a URL, or a JSON object.
func webAPIWords(s string) bool {
	l := lowerASCII(s)
	for _, w := range [...]string{"api", "http"} {
		for i := strings.Index(l, w); i >= 0; {
			end := i + len(w)
			if (i == 0 || !isAlpha(l[i-1])) && (end == len(l) || !isAlpha(l[end])) {
				return true
			}
			n := strings.Index(l[end:], w)
			if n < 0 {
				break
			}
			i = end + n
		}
	}
	return strings.Contains(l, "://") || strings.Contains(l, "{\"")
}

// httpLeads are the words that put an HTTP status before the number
// ("HTTP/1.1 403", "HTTPError: 403", "status_code 429", "API returned 400").
var httpLeads = [...]string{"http", "http/1.1", "http/1.0", "http/2", "status code", "status", "http error", "statuscode",
	"httperror", "http status", "http status code", "status_code", "response status", "api returned", "api responded with",
	"api error", "returned status", "responded with status", "with status", "returned http", "got status",
	// a client's "<service> API 403: ..." (held-out batch 13-esp)
	"api"}

// httpLead reports context (the words before a number) that makes the
// number an HTTP status: one of httpLeads, or an HTTP client's log of a
// request and its status ("POST /v2/emails -> 402").
func httpLead(context string) bool {
	c := strings.TrimRight(lowerASCII(context), " :=")
	if apiClientErrorLead(c) {
		return true
	}
	for _, lead := range httpLeads {
		if strings.HasSuffix(c, lead) && (len(c) == len(lead) || !isAlnum(c[len(c)-len(lead)-1])) {
			return true
		}
	}
	// a request line before the status ("POST /v2/emails -> 402"; the
	// arrow may be taken for a transcript marker and cut off)
	// (a reply's context starts with its lead: the request line stays first
	// when the body printed after the status joins it)
	c = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(c, "->"), "=>"))
	for _, m := range [...]string{"get ", "post ", "put ", "patch ", "delete "} {
		if i := strings.LastIndex(c, m); i >= 0 && (i == 0 || c[i-1] == ' ') {
			target := strings.TrimSpace(c[i+len(m):])
			if target != "" && !strings.Contains(target, " ") && (target[0] == '/' || strings.Contains(target, "://")) {
				return true
			}
		}
		if strings.HasPrefix(c, m) && len(c) > len(m) && c[len(m)] == '/' {
			return true
		}
	}
	return false
}

// apiClientErrorLead reports an API client's exception before "error NNN"
// ("Mailjet::ApiError (error 400 while sending #<RestClient::Resource> to
// https://...)", the mailjet gem through rest-client; held-out batch
// 20-concept): the number is the HTTP status of the API's answer.
func apiClientErrorLead(c string) bool {
	c = strings.TrimRight(c, " (")
	if !strings.HasSuffix(c, "error") {
		return false
	}
	for _, w := range [...]string{"apierror", "api error", "apiexception", "httperror", "restclient"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// httpStatusField reports a "Status:" line whose value is an HTTP status
// with its reason phrase ("status: 403 Forbidden", "Status: 400 (Bad
// Request)"), not a DSN's enhanced status code: it is read as a reply.
//
//go:noinline
func httpStatusField(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 5 || !isDigit(v[0]) || !isDigit(v[1]) || !isDigit(v[2]) || v[3] != ' ' {
		return false
	}
	code := int(v[0]-'0')*100 + int(v[1]-'0')*10 + int(v[2]-'0')
	return httpPhraseAt(code, strings.TrimSpace(v[4:]))
}

// httpStatusText is the text of an HTTP status line that decided a paste:
// the status's reason phrase (written out when the line has none: "POST
// /v2/emails -> 402") and the body printed after it, without the response's
// header lines ("Content-Type: ..."), which tell nothing of the cause. Other
// replies' text is returned as it is.
func httpStatusText(code int, enh, text, lead string, after []string) string {
	phrase, ok := httpAPIStatus(code, enh, text, lead)
	if !ok {
		return text
	}
	var b strings.Builder
	b.WriteString(text)
	if strings.TrimSpace(text) == "" {
		b.Reset()
		b.WriteString(phrase)
	}
	for _, ln := range after {
		ln = strings.TrimSpace(ln)
		if ln == "" || httpHeaderLine(ln) {
			continue
		}
		if b.Len()+len(ln) > maxExplainText {
			break
		}
		b.WriteByte(' ')
		b.WriteString(ln)
	}
	return b.String()
}

// httpHeaderLine reports a header line of an HTTP response ("Content-Type:
// application/json", "X-Request-Id: ..."): its name is a common response
// header's.
func httpHeaderLine(ln string) bool {
	i := strings.IndexByte(ln, ':')
	if i <= 0 || i > 40 {
		return false
	}
	name := lowerASCII(ln[:i])
	if strings.HasPrefix(name, "x-") || strings.HasPrefix(name, "access-control-") || strings.HasPrefix(name, "cf-") {
		return true
	}
	switch name {
	case "content-type", "content-length", "content-encoding", "date", "server", "connection", "cache-control", "vary", "etag",
		"set-cookie", "strict-transport-security", "transfer-encoding", "via", "location", "expires", "pragma", "age", "alt-svc",
		"keep-alive", "accept-ranges", "request-id", "link", "content-security-policy", "referrer-policy":
		return true
	}
	return false
}

// withoutHTTPPhrase is text without the reason phrase of a server-error
// status at its start: "Gateway Timeout", "Service Unavailable" name the
// status (the service failed), not a network failure or a mailbox that is
// unavailable; the words after it decide.
//
//go:noinline
func withoutHTTPPhrase(code int, text string) string {
	if code/100 != 5 {
		return text
	}
	if n := httpPhraseLen(code, text); n > 0 {
		return strings.TrimLeft(text[n:], " )-:")
	}
	return text
}

// httpStatusIn reports a code that is an HTTP status of a web API
// (httpAPIStatus). (Not inlined, like the two below: explainDepth's frame
// must stay small for "explain 421", TestExplainBareCodeFitsFirstStack.)
//
//go:noinline
func httpStatusIn(code int, enh, text, context string) bool {
	_, ok := httpAPIStatus(code, enh, text, context)
	return ok
}

// httpStatusInto sets ex's code meaning and class for an HTTP status code,
// with a note that says why.
//
//go:noinline
func httpStatusInto(ex *Explanation, code int, text string) {
	ex.CodeMeaning = httpReason(code) + " (an HTTP status of a web API's answer, not an SMTP reply code)"
	var why string
	ex.Class, why = httpStatusClass(code, text)
	ex.Note = appendNote(ex.Note, "The code is an HTTP status of the sending service's API, not an SMTP reply; the class is "+string(ex.Class)+" ("+why+").")
}

// httpCardInto words the card of a web API's failure where the categories'
// own cards speak of SMTP delivery: a server error of the sending service is
// no problem of the receiving server and no recipient's administrator can
// act on it, and a rate limit of the API is met by slowing the requests,
// not by Postfix's delivery settings (unless the matched rule gave its own
// remedy: defaultFix is false then).
//
//go:noinline
func httpCardInto(ex *Explanation, code int, defaultFix bool) {
	switch {
	case code/100 == 5 && (ex.Category == ServerError || ex.Category == Unknown):
		ex.Summary = "The sending service's API failed on its own side (HTTP " + itoa(code) + " " + httpReason(code) + "): it did not take the message."
		ex.Actor = ActorSender
		ex.Remediation = httpServerErrorFix
	case ex.Category == RateLimited && defaultFix:
		ex.Remediation = httpRateFix
	}
}

var (
	httpServerErrorFix = []string{
		"Send the same API request again later, with exponential backoff; wait as long as a Retry-After header asks.",
		"Check the sending service's status page; if the error persists, contact its support with the request id and the time.",
		"The message was not accepted: keep it in your application's own queue until a request succeeds instead of dropping it."}
	httpRateFix = []string{
		"Slow down the API requests: wait as long as the Retry-After header asks, back off exponentially and spread sends over time.",
		"Check the plan's request and sending limits in the service's dashboard, and send to several recipients per request where the API allows it."}
)

// httpCategoryInto sets ex's category from an HTTP status when the status
// names one (httpStatusCategory), and what decided it; false when it does not.
//
//go:noinline
func httpCategoryInto(ex *Explanation, code int, decided *string) bool {
	c := httpStatusCategory(code)
	if c == Unknown {
		return false
	}
	ex.Category = c
	*decided = "the HTTP status " + itoa(code) + " (" + httpReason(code) + ") of the service's API"
	return true
}

// jsonHTTPStatus is the HTTP status an API's JSON answer carries in its
// body as a field, 0 when it has none: a member whose name, in any case and
// with or without '_' or '-', is statusCode, httpStatus, httpStatusCode
// or status_code ("statusCode": 429, "StatusCode" : "502",
// "http_status": 413), or "status" when its value is a number and the
// object has no SMTP reply fields ("status": 400, not the "status" of a
// message whose "smtp_code" or "response" carries the server's reply). The
// value is an HTTP status with a reason phrase (httpReason). (Not "code" or
// "ErrorCode": services number their own errors there - Postmark's 406 is an
// inactive recipient, not Not Acceptable. Nor "http_code": an application's
// log gives there the status of its own API's answer to its user.)
func jsonHTTPStatus(s string) int {
	if !strings.Contains(s, "\"") || !strings.Contains(s, ":") {
		return 0
	}
	status := 0 // a bare "status" member's value
	smtpFields := false
	for m := (jsonMembers{s: s}); ; {
		raw, v, ok := m.next()
		if !ok {
			break
		}
		name := jsonKeyName(raw)
		switch name {
		case "smtpcode", "smtpstatus", "smtpresponse", "smtpreply", "smtperror", "enhancedcode", "enhancedstatuscode",
			"diagnosticcode", "bouncecode":
			smtpFields = true
			continue
		case "response", "reply":
			// a server's reply ("response": "421 4.7.0 Try again later"),
			// not a gateway's words ("response": "Bad Gateway")
			smtpFields = smtpFields || jsonStatusValue(v) != 0
			continue
		case "statuscode", "httpstatus", "httpstatuscode", "status":
		default:
			continue
		}
		code := jsonStatusValue(v)
		if code == 0 || httpReason(code) == "" {
			continue
		}
		if name != "status" {
			return code
		}
		if status == 0 {
			status = code
		}
	}
	if smtpFields {
		return 0
	}
	return status
}

// jsonKeyName is a JSON member's name folded for comparison: lower case,
// without '_' and '-' ("status_code", "StatusCode" and "status-code" are
// one name).
func jsonKeyName(k string) string {
	if len(k) > 32 {
		return ""
	}
	var b [32]byte
	n := 0
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c == '_' || c == '-':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

// jsonStatusValue is the three-digit number a JSON value starts with, in
// quotes or not, and ends with ("429", "\"503\""); 0 otherwise.
func jsonStatusValue(v string) int {
	v = strings.TrimPrefix(v, "\\\"") // a JSON body quoted inside a JSON string
	v = strings.TrimPrefix(v, "\"")
	if len(v) < 3 || !isDigit(v[0]) || !isDigit(v[1]) || !isDigit(v[2]) || (len(v) > 3 && isAlnum(v[3])) || (len(v) > 3 && v[3] == '.') {
		return 0
	}
	return int(v[0]-'0')*100 + int(v[1]-'0')*10 + int(v[2]-'0')
}

// jsonStatusInto gives an answer without a reply code the class its JSON
// body's HTTP status says, and, when no words told the category (and no
// rule decided), the category the status names.
//
//go:noinline
func jsonStatusInto(ex *Explanation, input, text string, decided *string, noRule bool) {
	code := jsonHTTPStatus(input)
	if code == 0 {
		code = jsonHTTPStatus(text)
	}
	if code == 0 {
		return
	}
	var why string
	ex.Class, why = httpStatusClass(code, text)
	ex.Note = appendNote(ex.Note, "The answer's body carries the HTTP status "+itoa(code)+" ("+httpReason(code)+"): the class is "+string(ex.Class)+" ("+why+").")
	if ex.Category == Unknown && noRule {
		if c := httpStatusCategory(code); c != Unknown {
			ex.Category = c
			*decided = "the HTTP status " + itoa(code) + " (" + httpReason(code) + ") in the answer's body"
		}
	}
}

// httpStatusCategory is what an HTTP status of a sending service's API says
// by itself, when no words of the answer tell more (RFC 9110 §15).
//
//go:noinline
func httpStatusCategory(code int) Category {
	switch code {
	case 400, 405, 406, 411, 415, 422:
		return Syntax // the request is malformed or its fields are invalid
	case 401:
		return AuthFailed
	case 403, 451:
		return Policy
	case 408:
		return Network
	case 413:
		return MessageTooBig
	case 429:
		return RateLimited
	case 500, 501, 502, 503, 504:
		return ServerError
	}
	return Unknown
}

// httpStatusClass is the class an HTTP status of an API's answer has, and
// why: a client error is final until the request changes, except a rate
// limit, a timeout or an answer that says its block is temporary; a server error is the service's own failure, which a
// retry usually gets past (except 501: the service does not do it).
//
//go:noinline
func httpStatusClass(code int, text string) (Class, string) {
	switch {
	case code/100 == 4 && temporaryBlock(text):
		return ClassTransient, "the answer says the refusal is temporary"
	case code == 408 || code == 429:
		return ClassTransient, "the API throttled the request or timed out: the same request can succeed later"
	case code/100 == 5 && code != 501:
		return ClassTransient, "a server error of the service: the same request usually succeeds when it is retried later"
	case code/100 == 5:
		return ClassPermanent, "the service does not implement the request"
	}
	return ClassPermanent, "a client error: the request must change before it can succeed"
}

// espFields12 are more documented classification values (the same family
// as espFields): Momentum's bounce classes as Adobe Journey Optimizer's
// "technical value" (the classes SparkPost numbers as bounce_class, and
// AJO's own 15), and more of Plain's bounce reasons.
var espFields12 = []espField{
	{espMomentum, "technicalvalue", "10", UserUnknown, "Bounce class 10 (Invalid Recipient): the recipient address is not valid."},
	{espMomentum, "technicalvalue", "15", Policy, "Bounce class 15 (Recipient Refused): the recipient's provider refused the message, and may block the sender if the address is not suppressed."},
	{espMomentum, "technicalvalue", "21", Network, "Bounce class 21 (DNS Failure): a DNS lookup failed during delivery; it may succeed on a retry."},
	{espMomentum, "technicalvalue", "22", MailboxFull, "Bounce class 22 (Mailbox Full): the recipient's mailbox is full."},
	{espMomentum, "technicalvalue", "23", MessageTooBig, "Bounce class 23 (Too Large): the message is larger than the recipient accepts."},
	{espMomentum, "technicalvalue", "24", Expired, "Bounce class 24 (Timeout): the message's validity expired, or it took too long to send to the provider."},
	{espMomentum, "technicalvalue", "25", Policy, "Bounce class 25 (Admin Failure): the sending platform's own policy (a suppression list) failed the message."},
	{espMomentum, "technicalvalue", "30", UserUnknown, "Bounce class 30 (Generic Bounce: No RCPT): no valid recipient could be determined."},
	{espMomentum, "technicalvalue", "50", Policy, "Bounce class 50 (Mail Block): the receiver blocked the message."},
	{espMomentum, "technicalvalue", "51", Reputation, "Bounce class 51 (Spam Block): the receiver blocked the message as coming from a known spam source."},
	{espMomentum, "technicalvalue", "52", SpamContent, "Bounce class 52 (Spam Content): the receiver blocked the message's content as spam."},
	{espMomentum, "technicalvalue", "53", Policy, "Bounce class 53 (Prohibited Attachment): the receiver blocked the message for an attachment."},
	{espMomentum, "technicalvalue", "54", RelayDenied, "Bounce class 54 (Relaying Denied): the receiver does not allow relaying."},
	// Amazon SES's DeliveryDelay event: the type of the delay (held-out batch 12-esp b)
	{espSES, "delaytype", "transientcommunicationfailure", Network, "Amazon SES delays the delivery (TransientCommunicationFailure): a temporary communication failure with the recipient's mail server; SES retries."},
	{espSES, "delaytype", "mailboxfull", MailboxFull, "Amazon SES delays the delivery (MailboxFull): the recipient's mailbox is full; SES retries."},
	{espSES, "delaytype", "spamdetected", Reputation, "Amazon SES delays the delivery (SpamDetected): the recipient's mail server detected a large amount of unsolicited email from your account; SES retries."},
	{espSES, "delaytype", "recipientservererror", ServerError, "Amazon SES delays the delivery (RecipientServerError): the recipient's mail server has a temporary problem; SES retries."},
	{espSES, "delaytype", "ipfailure", Reputation, "Amazon SES delays the delivery (IPFailure): the recipient's provider blocks or throttles the sending IP address; SES retries."},
	{espSES, "delaytype", "internalfailure", ServerError, "Amazon SES delays the delivery (InternalFailure): an internal SES issue; SES retries."},
	{espSES, "delaytype", "byoiphostnamelookupunavailable", Network, "Amazon SES delays the delivery (BYOIPHostNameLookupUnavailable): SES could not look up the DNS host name of your own (BYOIP) sending IP; it retries."},
	{espSES, "delaytype", "sendingdeferral", RateLimited, "Amazon SES defers the delivery itself (SendingDeferral): SES holds the message back for now and retries."},
	{espSES, "delaytype", "general", Unknown, "Amazon SES delays the delivery (General): a generic failure; SES retries."},
	// Plain's EmailBounceReason values batch 9-esp did not list
	{espPlain, "bouncereason", "inactive_recipient", Policy, "Plain: the recipient was on the suppression list at send time (INACTIVE_RECIPIENT)."},
	{espPlain, "bouncereason", "dns_error", HostUnknown, "Plain: the recipient's domain failed DNS resolution (DNS_ERROR)."},
	{espPlain, "bouncereason", "bad_email_address", Syntax, "Plain: the recipient address is malformed or invalid (BAD_EMAIL_ADDRESS)."},
	{espPlain, "bouncereason", "hard_bounce", Unknown, "Plain: a permanent delivery failure (HARD_BOUNCE); the details give the receiver's reply."},
	{espPlain, "bouncereason", "undeliverable", Unknown, "Plain: the recipient was undeliverable for an unspecified reason (UNDELIVERABLE)."},
}

// espClassHints12: the soft classes of Momentum's table (SparkPost's
// bounce classification: 20-23 are soft bounces, retried) for an event
// without a reply code.
var espClassHints12 = []espClassHint{
	// an SES DeliveryDelay event: SES keeps retrying until it expires
	{espSES, "eventtype", "deliverydelay", ClassTransient},
	{espSES, "delaytype", "transientcommunicationfailure", ClassTransient},
	{espSES, "delaytype", "mailboxfull", ClassTransient},
	{espSES, "delaytype", "spamdetected", ClassTransient},
	{espSES, "delaytype", "recipientservererror", ClassTransient},
	{espSES, "delaytype", "ipfailure", ClassTransient},
	{espSES, "delaytype", "internalfailure", ClassTransient},
	{espSES, "delaytype", "byoiphostnamelookupunavailable", ClassTransient},
	{espSES, "delaytype", "sendingdeferral", ClassTransient},
	{espSES, "delaytype", "general", ClassTransient},
	{espMomentum, "technicalvalue", "20", ClassTransient},
	{espMomentum, "technicalvalue", "21", ClassTransient},
	{espMomentum, "technicalvalue", "22", ClassTransient},
	{espMomentum, "technicalvalue", "23", ClassTransient},
	{espMomentum, "technicalvalue", "24", ClassPermanent},
	{espPlain, "bouncereason", "hard_bounce", ClassPermanent},
	{espPlain, "bouncereason", "undeliverable", ClassPermanent},
}

// temporaryBlock reports an API's answer that says its refusal does not
// last ("Too many bad requests. Temporary block", "temporarily blocked",
// "try again later").
func temporaryBlock(text string) bool {
	for _, w := range [...]string{"temporary block", "temporarily blocked", "temporarily block", "try again later", "retry later", "temporarily unavailable",
		// a rate limit under another status than 429 (AWeber's 403: "Your application has been rate limited", held-out batch 13-esp)
		"rate limited", "rate-limited", "rate limit exceeded", "too many requests"} {
		if indexFold(text, w) >= 0 {
			return true
		}
	}
	return false
}

// bounceKeyBefore is the bounce field a generic key belongs to when the
// word before it is "bounce" ("Bounce type: Soft", "Bounce reason:
// Content"): "bouncetype", "bouncereason" (ESP keys whose values the
// tables and class hints know); "" otherwise.
func bounceKeyBefore(before, key string) string {
	if key != "type" && key != "reason" && key != "category" && key != "subtype" {
		return ""
	}
	b := strings.TrimRight(before, " _-")
	// (held-out batch 23-tail: Mandrill's reject_reason written in words,
	// "Emails rejected - reject reason: Unsigned", is "rejectreason")
	for _, q := range [...]string{"bounce", "reject"} {
		if len(b) < len(q) || !strings.EqualFold(b[len(b)-len(q):], q) || len(b) > len(q) && isAlnum(b[len(b)-len(q)-1]) {
			continue
		}
		if k := q + key; isESPKey(k) {
			return k
		}
	}
	return ""
}

// esp12Rules holds the rules of held-out batch 12-esp (testdata/corpus/heldout12-esp*.tsv):
// the kinds its first run showed, each with the reason it generalises.
var esp12Rules = []rule{
	// ---- an HTTP API's 401: the words are about the credential ----
	// ("HTTP/1.1 401 Unauthorized ... The provided authorization grant is
	// invalid, expired, or revoked": the API key expired, not a message)
	{ID: "esp12.http-401-credential", Codes: []int{401}, Any: []string{"expired", "revoked", "invalid", "incorrect", "not valid", "wrong", "deleted", "disabled"},
		Not: []string{"relay"},
		Cat: AuthFailed, Pri: esp9Pri,
		Summary: "The sending service's API answered 401 Unauthorized: its credential (API key, token or OAuth grant) is invalid, expired or revoked.",
		Fix: []string{"Create a new API key or token in the service's dashboard (or renew the OAuth grant) and configure it where the application reads it.",
			"Check that the key belongs to the account and region the request goes to."}},
	// an API's 403 that names a permission: the key's, not the receiver's policy
	{ID: "esp12.http-403-permission", Codes: []int{403}, Any: []string{"permission denied", "insufficient permission", "insufficient permissions", "not have permission",
		"doesn't have permission", "lacks permission", "lacks the required", "not have the required permission", "missing permission", "missing scope", "insufficient scope"},
		Cat: AuthFailed, Pri: esp9Pri,
		Summary: "The sending service's API refused the request (403): the API key or token lacks the permission (scope) for it.",
		Fix:     []string{"Use a key with the permission the call needs (for sending: a sending or full-access key), or give the key that scope in the service's dashboard."}},
	{ID: "esp12.api-key-permission", Any: []string{"api key", "api token", "apikey", "api_key", "access key", "this key", "the key"},
		With: []string{"doesn't have permission", "does not have permission", "not have permission", "lacks permission", "insufficient permission", "insufficient permissions",
			"is restricted to only", "restricted to only send", "only send emails", "not permitted to perform", "has no access", "does not have access", "missing scope"},
		Not: []string{"sending domain", "from/sender", "from address", "sender address"},
		Cat: AuthFailed, Pri: esp9Pri,
		Summary: "The sending service refused the request: the API key has no permission for it (a restricted or sending-only key).",
		Fix:     []string{"Use a key with the permission the call needs, or widen the key's access in the service's dashboard."}},
	{ID: "esp12.oauth-grant", Any: []string{"authorization grant", "authorisation grant", "access grant", "refresh token", "oauth grant", "oauth token", "access token"},
		With: []string{"invalid", "expired", "revoked", "has been revoked", "not valid"},
		Cat:  AuthFailed, Pri: esp9Pri,
		Summary: "The service refused the credential: its OAuth grant or access token is invalid, expired or revoked."},

	// ---- the sender's identity at the service: not verified, not confirmed ----
	// ("\"from\" address domain has not been verified", "The provided sender
	// is unverified", Postmark's "is not a Sender Signature ... add and
	// confirm", "From/Sender address must use this domain")
	{ID: "esp12.sender-unverified", Any: []string{"sender", "from address", "\"from\" address", "'from' address", "from field", "from/sender", "sending address", "sender signature", "sender identity"},
		With: []string{"unverified", "is not verified", "has not been verified", "not been verified", "isn't verified", "needs to get verified", "needs to be verified", "must be verified",
			"not a sender signature", "add and confirm", "not been confirmed", "is not confirmed", "must use this domain", "must use the domain", "restricted to sending domain"},
		Not: []string{"spf", "dkim", "dmarc", "recipient", "owner's email"},
		Cat: SenderInvalid, Pri: 20, // over an account or key "restricted" (mta5.restricted, esp12.api-key-permission)
		Summary: "The sending service refused the sender: the From address (or its domain) is not a verified, confirmed sender of the account, or not the domain the key may send for.",
		Fix: []string{"Send from an address or domain you verified and confirmed at the service (its sender identity, sender signature or authenticated domain).",
			"Or verify the address or domain you use now; with a key restricted to one domain, send from that domain."}},
	{ID: "esp12.sender-address-invalid", Any: []string{"sender address", "from address", "sender email", "from email", "sender's address"},
		With: []string{"no local part", "local part", "is malformed", "malformed", "not a valid", "is not valid", "is invalid", "invalid format",
			"not parseable", "not parsable", "unparseable", "cannot be parsed", "could not be parsed", "can't be parsed",
			// SendGrid's "The from email does not contain a valid address." (held-out batch 15-dash b)
			"does not contain a valid", "not contain a valid"},
		Not: []string{"recipient", "spf", "dmarc"},
		Cat: SenderInvalid, Pri: esp9Pri,
		Summary: "The service refused the sender address: it is not a valid address (no local part, malformed)."},

	// ---- the recipient on the service's suppression list, in words ----
	{ID: "esp12.recipients-suppressed", Any: []string{"recipients were suppressed", "recipient was suppressed", "recipient is suppressed", "recipient email is suppressed",
		"recipients suppressed", "recipient suppressed", "recipient_suppressed", "address is suppressed", "contact is suppressed", "email is suppressed", "recipient has been suppressed"},
		Not: []string{"bounce", "bounced"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The sending service did not send: the recipient is on the account's suppression list (an earlier complaint, unsubscribe, bounce or a manual entry).",
		Fix: []string{"Find why the address is suppressed in the service's suppression list; send to it again only if the reason is gone (and with the recipient's consent for a complaint or unsubscribe).",
			"Remove it from the list only then."}},
	// ---- unsubscribed, in the service's words: over the spam complaint it prevents ----
	{ID: "esp12.unsubscribed", Any: []string{"has unsubscribed", "cannot be resubscribed", "can't be resubscribed", "must re-subscribe", "must resubscribe", "need to resubscribe",
		"needs to resubscribe", "cannot be re-imported", "not subscribed", "partnerunsubscribed", "in a compliance state", "compliance state"},
		Cat: Policy, Pri: 24, // over "false spam complaints" (concept.spam-history): the reason the list refuses
		Summary: "The sending service refused the contact: the address unsubscribed (or was deleted from the list) and only the person can subscribe again.",
		Fix:     []string{"Do not add the address back by API; the recipient must subscribe again through the list's own sign-up form."}},

	// ---- a sandbox of another name: a trial mode, a team-only key ----
	{ID: "esp12.trial-mode", Any: []string{"trial mode", "in trial mode", "team-only api key", "team-only key", "team api key", "test api key", "restricted mode"},
		With: []string{"can't send", "cannot send", "can not send", "not send to", "only send", "this recipient", "recipients"},
		Cat:  Policy, Pri: esp9Pri,
		Summary: "The sending service refused the recipient: the service or key is in a trial (team-only) mode that sends only to its own team's addresses.",
		Fix:     []string{"Send to members of the team only, or use a live key after the service leaves its trial mode."}},

	// ---- the sender's account or plan at the service may not send ----
	{ID: "esp12.account-not-approved", Any: []string{"not yet approved for sending", "not approved for sending", "approved for sending", "no active subscription", "no active transactional",
		"set to \"do not send\"", "set to do not send", "is set to \"do not send", "owner's email address is not confirmed", "owner email address is not confirmed",
		"sending from this domain is paused", "sending for this domain is paused", "domain is paused", "sending is paused for this domain", "noactivesubscription"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The sending service refused the message: your account, plan, workspace or sending domain there may not send now (not approved, no active subscription, paused, or set not to send).",
		Fix: []string{"Read the service's dashboard for what it needs (account verification, an active plan, the owner's confirmed address, the domain's sending resumed) and resend after.",
			"Contact the service's support if the account should be able to send."}},
	// ---- an API's refusal for a security reason (Resend's security_error, HTTP 451) ----
	{ID: "esp12.security-refusal", Any: []string{"security issue with the request", "security_error", "security issue with this request", "flagged for security"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The sending service refused the request for a security reason (its own check of the request or its content)."},

	// ---- an API's request with a required field missing ----
	{ID: "esp12.subject-required", Any: []string{"subject is a required field", "subject is a required property", "subject field is required", "subject is missing",
		"subject must not be empty", "subject cannot be empty", "subject must be provided", "missing the subject"},
		Cat: RFCNoncompliant, Pri: esp9Pri,
		Summary: "The message has no Subject, which this service requires.",
		Refs:    []string{refRFC5322}},
	{ID: "esp12.required-field", Any: []string{"required field", "required fields", "required property", "missing_required_field", "missing email address", "email address is missing", "no email address"},
		With: []string{"missing", "is a required", "are required", "must be provided", "not provided", "is required", "no email"},
		Cat:  Syntax, Pri: conceptPri,
		Summary: "The service's API refused the request: a required field (a recipient's address, a subject, a body) is missing.",
		Fix:     []string{"Send every field the API requires (the error names it), then retry."}},

	// ---- an HTTP request's header is no message header ----
	// ("406 Not Acceptable (missing Accept header ...)": the API wants an
	// Accept or Content-Type header on the request, not a header field in
	// the message)
	{ID: "esp12.http-request-header", Any: []string{"accept header", "content-type header", "request header", "http header", "accept: application/json", "content-type: application/json"},
		With: []string{"missing", "required", "invalid", "not acceptable", "unsupported", "must be", "must send", "expected"},
		Cat:  Syntax, Pri: 20, // over a missing header field of the message (mta12.header-verdict)
		Summary: "The service's API refused the request: an HTTP header of the request (Accept, Content-Type) is missing or not one it accepts.",
		Fix:     []string{"Send the headers the API documents (usually Accept: application/json and Content-Type: application/json), then retry."}},
	// ---- an API key or token that was not sent (batch 12-esp b) ----
	{ID: "esp12.api-key-not-sent", Any: []string{"api key", "apikey", "api_key", "api token", "product token", "access token", "token"},
		With: []string{"not sent", "was not sent", "were not sent", "not included", "is mandatory", "are mandatory", "must be provided", "header was not sent"},
		Not:  []string{"invalid", "incorrect", "revoked", "expired", "wrong"},
		Cat:  AuthRequired, Pri: 20, // over a key "not found" (esp9.api-key-invalid): the key was never sent
		Summary: "The sending service's API refused the request: it carries no API key or token.",
		Fix:     []string{"Send the service's API key or token with every request (the header the service documents)."}},
	// ---- the account's organization or plan may not send ----
	{ID: "esp12.organization-may-not-send", Any: []string{"organization", "organisation", "workspace", "active plan"},
		With: []string{"does not have an active plan", "no active plan", "unable to send emails", "unable to send email", "cannot send emails", "not allowed to send emails", "has been disabled", "is disabled"},
		Not:  []string{"recipient", "mailbox"},
		Cat:  Policy, Pri: esp9Pri,
		Summary: "The sending service refused the message: the organization (account) has no active plan or is disabled.",
		Fix:     []string{"Check the plan and the organization's status in the service's dashboard; contact its support if it should be able to send."}},
	// ---- too many recipients in one request ----
	{ID: "esp12.recipients-per-request", Any: []string{"number of email addresses", "recipients count", "recipient count", "number of recipients", "count of recipients", "addresses in the to field"},
		With: []string{"exceeds", "exceeded", "maximum", "max allowed", "limit", "too many"},
		Cat:  RateLimited, Pri: conceptPri,
		Summary: "The service refused the request: it names more recipients than one message (or one API call) may have.",
		Fix:     []string{"Split the recipients over several messages or calls, within the limit the service documents."}},
	// ---- a request limit of an API plan ----
	{ID: "esp12.request-limit", Any: []string{"request limit", "requests limit", "api limit", "api_limit", "calls allowed", "call limit", "calls limit", "limit_reached"},
		With: []string{"exceeded", "reached", "limit_reached", "maximum number"},
		Cat:  RateLimited, Pri: conceptPri,
		Summary: "The service's API refuses more requests for now: the plan's request limit (per minute or per day) is reached."},
	// ---- the service under maintenance ----
	{ID: "esp12.maintenance", Any: []string{"maintenance", "offline for maintenance", "down for maintenance", "under maintenance"},
		Not: []string{"mailbox", "account maintenance"},
		Cat: ServerError, Weak: true, Pri: conceptPri,
		Summary: "The service (or server) is down for maintenance: a later attempt usually succeeds."},
	// ---- an API request that is not (valid) JSON ----
	{ID: "esp12.json-required", Any: []string{"json required", "json is required", "invalid json", "malformed json", "not valid json", "must be json", "must be json encoded", "incompatible json", "json parse error", "could not parse json"},
		Cat: Syntax, Pri: conceptPri,
		Summary: "The service's API refused the request: its body is not the (valid) JSON the API requires.",
		Fix:     []string{"Send a valid JSON body with Content-Type: application/json, as the API documents."}},
	// ---- an API's throttle on bad requests ----
	{ID: "esp12.too-many-bad-requests", Any: []string{"too many bad requests", "too many failed requests", "too many invalid requests", "too many errors"},
		Cat: RateLimited, Pri: esp9Pri,
		Summary: "The service's API blocks the client for a while: it sent too many bad or failed requests.",
		Fix:     []string{"Fix the requests that fail (their errors say why), then wait for the block to expire before retrying."}},
	// ---- an account's resources (credits) used up, under an HTTP client error ----
	// (an HTTP 4xx says the client's side: "resources are not enough" is the
	// account's quota, not the server's memory)
	{ID: "esp12.account-resources", Codes: []int{400, 402, 403}, Any: []string{"insufficient resources", "insufficientresources", "resources are not enough", "not enough resources", "depleted"},
		Cat: RateLimited, Pri: 20,
		Summary: "The sending service refused the send: the account's resources (credits, sending quota) are used up."},

	// ---- the receiver's own technical trouble, as a platform reports it ----
	{ID: "esp12.technical-issue", Any: []string{"technical issue", "technical problem", "technical failure", "technical error", "technical difficulties", "technical difficulty"},
		Not: []string{"your account", "our service"},
		Cat: ServerError, Weak: true, Pri: conceptPri,
		Summary: "The receiving server had a technical problem (overloaded, timing out, or being reconfigured); a later attempt usually succeeds."},
	// ---- a size limit of attachments or of the message's length ----
	{ID: "esp12.attachments-size", Any: []string{"size of the attachments", "size of attachments", "attachment size", "attachments size", "total size of the attachments", "message length", "per-message length"},
		With: []string{"exceed", "too large", "too big", "limit", "maximum", "length", "size"},
		Not:  []string{"mailbox", "storage", "quota"},
		Cat:  MessageTooBig, Pri: conceptPri,
		Summary: "The message (or its attachments) is larger or longer than the service or the receiver accepts."},
	// ---- DMARC of the sender's domain, said as an authorization ----
	// ("Your IT team has not authorized HubSpot to send emails on your behalf")
	{ID: "esp12.not-authorized-on-behalf", Any: []string{"on your behalf", "on behalf of your domain", "on behalf of the domain", "on your domain's behalf"},
		With: []string{"has not authorized", "have not authorized", "has not authorised", "have not authorised", "not authorized", "not authorised", "not permitted"},
		Not:  []string{"send as", "sendas", "mailbox"},
		Cat:  SenderAuth, Pri: esp9Pri,
		Summary: "The sender's domain has not authorized this platform to send for it: its DMARC (or SPF) policy does not include the platform.",
		Fix: []string{"Add the platform to the domain's SPF record and set up its DKIM signing for the domain (aligned with the From: domain), as its documentation says.",
			"Check the domain's DMARC policy with its administrator."}},
}
