package send

import (
	"regexp"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// queueIDPatterns recognise the queue id in the 250 reply to the end of
// data, in the forms of common MTAs. Compiled on first use, not at process
// start.
var queueIDPatterns = lazy.Value[[]*regexp.Regexp]{New: func() []*regexp.Regexp {
	return []*regexp.Regexp{
		regexp.MustCompile(`(?i)\bqueued as ([A-Za-z0-9][A-Za-z0-9._-]*)`),                                   // Postfix: "250 2.0.0 Ok: queued as 4Xyz12"
		regexp.MustCompile(`(?i)\bid=([A-Za-z0-9][A-Za-z0-9-]*)`),                                            // Exim: "250 OK id=1rAbCd-000123-Xy"
		regexp.MustCompile(`(?i)\[InternalId=([0-9]+)`),                                                      // Exchange: "250 2.6.0 <...> [InternalId=123, Hostname=...] Queued mail for delivery"
		regexp.MustCompile(`(?i)\bOK\s+[0-9]+\s+([A-Za-z0-9._-]+)\s+-\s+gsmtp`),                              // Gmail: "250 2.0.0 OK  1700000000 a1b2c3si123.45 - gsmtp"
		regexp.MustCompile(`(?i)\bqp\s+([0-9]+)`),                                                            // qmail: "250 ok 1700000000 qp 12345"
		regexp.MustCompile(`(?i)message queued \(([^)\s]+)\)`),                                               // Haraka: "250 Message Queued (F1E2...)"
		regexp.MustCompile(`(?i)^(?:[245]\.[0-9]{1,3}\.[0-9]{1,3}\s+)?([A-Za-z0-9]{8,20}) Message accepted`), // Sendmail: "250 2.0.0 4ABC123xyz Message accepted for delivery"
		regexp.MustCompile(`(?i)\bqueued with id ([A-Za-z0-9._-]+)`),                                         // various
	}
}}

// QueueID extracts the queue id from the text of a 250 reply to the end of
// data (without the reply code), or "" when the server gives none.
func QueueID(text string) string {
	text = strings.TrimSpace(text)
	for _, re := range queueIDPatterns.Get() {
		if m := re.FindStringSubmatch(text); m != nil {
			id := strings.TrimRight(m[1], ".,;")
			if id != "" {
				return id
			}
		}
	}
	return ""
}
