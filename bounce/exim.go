package bounce

import "strings"

// Exim (src/deliver.c, the bounce_message_text and warn_message_file
// defaults): "This message was created automatically by mail delivery
// software." then "The following address(es) failed:" and, per recipient,
// the address indented two spaces with the reason indented four. Exim 3 put
// a colon after the address; delay warnings say "has not yet been delivered"
// and give "Delay reason:". X-Failed-Recipients: lists the failed addresses.

func detectExim(m *msg) bool {
	return m.has("this message was created automatically by mail delivery software", "the following address(es) failed", "has not yet been delivered to one or more of its") ||
		m.get("X-Failed-Recipients") != "" && !m.has("this is the mail system at host")
}

func parseExim(m *msg) []Recipient {
	action := ActionFailed
	if m.has("has not yet been delivered", "delay reason:", "this is a warning only") || m.subjectHas("warning: message") {
		action = ActionDelayed
	}
	return parseIndentedBlocks(m.reportLines(), action)
}

// parseIndentedBlocks reads the Exim layout: an address alone on a line
// indented by less than four columns, the reason on the lines indented
// deeper. "(generated from alias@x)" gives the original recipient.
func parseIndentedBlocks(lines []string, action string) []Recipient {
	var out []Recipient
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		ind := indentOf(ln)
		t := strings.TrimSpace(ln)
		if ind == 0 || ind >= 4 || !isAddr(strings.Trim(strings.TrimSuffix(t, ":"), "<>")) {
			continue
		}
		rcpt := strings.Trim(strings.TrimSuffix(t, ":"), "<>")
		var parts []string
		orig := ""
		for i+1 < len(lines) && indentOf(lines[i+1]) > ind && strings.TrimSpace(lines[i+1]) != "" {
			i++
			p := strings.TrimSpace(lines[i])
			low := lowerASCII(p)
			if strings.HasPrefix(low, "(generated from ") {
				orig = strings.TrimSuffix(p[len("(generated from "):], ")")
				continue
			}
			p = strings.TrimPrefix(strings.TrimPrefix(p, "Delay reason: "), "delay reason: ")
			parts = append(parts, p)
		}
		if len(parts) == 0 {
			continue
		}
		out = append(out, Recipient{Recipient: rcpt, OriginalRecipient: orig, Action: action, Diagnostic: strings.Join(parts, " ")})
	}
	return out
}
