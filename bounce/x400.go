package bounce

import "strings"

// X.400 gateways (and the MTAs that write X.400-style non-delivery reports,
// e.g. Exchange's X.400 connector or MTA gateways to ADMDs): "Non-delivery
// report" / "Your message was not delivered to the following recipients" /
// "Recipient:" or "Originally-To:", "Reason: Unable to transfer",
// "Diagnostic: Unrecognised O/R name" / "MTS identifier".

func detectX400(m *msg) bool {
	return m.has("mts identifier", "mts-id:", "non-delivery report", "unable to transfer", "o/r name", "x.400") && m.has("reason", "diagnostic")
}

var x400Labels = labels{
	rcpt:   []string{"recipient:", "originally-to:", "intended recipient:", "rcpt:"},
	reason: []string{"diagnostic:", "supplementary info:", "reason:", "non-delivery reason:", "non-delivery diagnostic:"},
	host:   []string{"mta:", "reporting mta:"},
}

func parseX400(m *msg) []Recipient {
	rs := parseLabelled(m.reportLines(), ActionFailed, x400Labels)
	for i := range rs {
		rs[i].Diagnostic = x400Diagnostic(rs[i].Diagnostic)
	}
	return rs
}

// x400Diagnostic adds the meaning of the X.400 non-delivery diagnostic codes
// (X.411) explain knows under other words.
func x400Diagnostic(d string) string {
	low := lowerASCII(d)
	for k, v := range map[string]string{
		"unrecognised o/r name": "user unknown", "unrecognized o/r name": "user unknown", "ambiguous o/r name": "user unknown",
		"recipient unavailable": "mailbox unavailable", "content too long": "message too big", "maximum time expired": "expired, delivery time expired",
		"mts congestion": "temporary congestion", "loop detected": "mail loop detected", "recipient reassignment prohibited": "relay denied",
	} {
		if strings.Contains(low, k) {
			return d + " (" + v + ")"
		}
	}
	return d
}
