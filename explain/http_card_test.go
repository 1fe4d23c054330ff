package explain

import (
	"strings"
	"testing"
)

// A web API's own failure is explained as the sending service's: a 5xx is
// no receiving server's problem and its remedy is the API request again;
// a 429 is slowed down in the requests. SMTP replies keep their cards.
func TestHTTPStatusCard(t *testing.T) {
	for _, in := range []string{
		"HTTP/1.1 502 Bad Gateway\nContent-Type: text/html\n\n<html>upstream error</html>",
		"HTTPError: 503 Service Unavailable for url: https://api.relay.example/v1/messages",
		"POST /v3/mail/send -> 504 Gateway Timeout",
	} {
		e, err := explainOne(in)
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		if e.Category != ServerError || e.Actor != ActorSender || !strings.Contains(e.Summary, "sending service's API") ||
			len(e.Remediation) == 0 || !strings.Contains(e.Remediation[0], "API request") {
			t.Errorf("%q: %s/%s actor %q summary %q fix %q", in, e.Category, e.Class, e.Actor, e.Summary, e.Remediation)
		}
	}
	e, err := explainOne("HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\n{\"message\":\"slow down\"}")
	if err != nil || e.Category != RateLimited || len(e.Remediation) == 0 || !strings.Contains(e.Remediation[0], "API requests") {
		t.Errorf("429: %v %s fix %q", err, e.Category, e.Remediation)
	}
	for _, in := range []string{"451 4.3.0 Internal server error", "503 5.5.1 Bad sequence of commands", "452 4.5.3 Too many recipients, slow down"} {
		e, err := explainOne(in)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(e.Summary, "API") || (len(e.Remediation) > 0 && strings.Contains(e.Remediation[0], "API")) {
			t.Errorf("%q (SMTP) got the API card: %q %q", in, e.Summary, e.Remediation)
		}
	}
}
