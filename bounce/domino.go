package bounce

// Lotus / HCL Domino (Notes): "Your message" / "Subject: ..." / "was not
// delivered to:" / the address / "because:" / the reason, e.g. "User
// bob@example (bob@example) not listed in Domino Directory" or "Recipient
// mailbox is full". Subject "DELIVERY FAILURE: User ... not listed in Domino
// Directory" or "Delivery Failure Report".

func detectDomino(m *msg) bool {
	return m.has("was not delivered to:") && m.has("because:") || m.subjectHas("delivery failure:", "delivery failure report") && m.has("domino")
}

var dominoLabels = labels{
	rcpt:   []string{"was not delivered to:"},
	reason: []string{"because:"},
}

func parseDomino(m *msg) []Recipient {
	return parseLabelled(m.reportLines(), ActionFailed, dominoLabels)
}
