package bounce

import "strings"

// PowerMTA (Port25 / Bird): RFC 3464 reports whose per-recipient fields add
// X-PowerMTA-BounceCategory (bad-mailbox, quota-issues, spam-related,
// policy-related, ...), PowerMTA's own classification of the failure; it is
// kept as the recipient's Hint and read by Explain when the reply alone is
// not recognised ("550 Requested action not taken: mailbox unavailable").

func detectPowerMTA(m *msg) bool {
	for _, d := range m.dsn {
		if strings.Contains(lowerASCII(d), "x-powermta-bouncecategory:") {
			return true
		}
	}
	return strings.Contains(lowerASCII(m.xmailer), "powermta") || m.has("delivery status notification from powermta")
}

// parsePowerMTA: the DSN part (read for every message) has it all; the
// family names the format.
func parsePowerMTA(m *msg) []Recipient {
	rs, _ := parseDSN(m)
	return rs
}
