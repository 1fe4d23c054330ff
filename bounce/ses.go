package bounce

import "strings"

// Amazon SES: a multipart/report from MAILER-DAEMON@amazonses.com, "An error
// occurred while trying to deliver the mail to the following recipients:"
// and a DSN (Reporting-MTA *.smtp-out.amazonses.com) that carries the
// remote reply, or SES's own reason when it did not send at all (the
// address is on the account's suppression list). The bounce notifications
// SES publishes as JSON (SNS) are read by webhook.go.

func detectSES(m *msg) bool {
	if m.fromHas("amazonses.com") {
		return true
	}
	for _, d := range m.dsn {
		if i := indexFold(d, "reporting-mta:"); i >= 0 && indexFold(firstLine(d[i:]), "amazonses.com") >= 0 {
			return true
		}
	}
	return false
}

func parseSES(m *msg) []Recipient {
	rs, _ := parseDSN(m)
	return rs
}

// indexFold is strings.Index of a lower-case needle in s, ignoring ASCII case.
func indexFold(s, needle string) int {
	return strings.Index(lowerASCII(s), needle)
}
