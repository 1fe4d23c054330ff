package bounce

// Sun Java System / Oracle Communications Messaging Server (and iPlanet):
// "This report relates to a message you sent with the following header
// fields:" / "Your message cannot be delivered to the following
// recipients:" then per recipient "Recipient address:", "Original
// address:", "Reason:", "Diagnostic code: smtp;550 ...", "Remote system:
// dns;mx.example (TCP|...)". Delays: "Your message has been delayed".

func detectOracle(m *msg) bool {
	return m.has("this report relates to a message you sent with the following header fields") ||
		m.has("recipient address:") && m.has("reason:") && m.has("your message cannot be delivered to the following recipients")
}

var oracleLabels = labels{
	rcpt:   []string{"recipient address:"},
	orig:   []string{"original address:"},
	reason: []string{"reason:", "diagnostic code:"},
	host:   []string{"remote system:"},
}

func parseOracle(m *msg) []Recipient {
	action := ActionFailed
	if m.has("your message has been delayed", "delivery attempts will continue") {
		action = ActionDelayed
	}
	return parseLabelled(m.reportLines(), action, oracleLabels)
}
