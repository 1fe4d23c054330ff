package bounce

// Courier (courier/module.dsn): "This is a delivery status notification from
// HOST, running the Courier mail server, version X." / "UNDELIVERABLE MAIL"
// / "Your message to the following recipients cannot be delivered:" then
// "<a@b>:" with the host and the SMTP transcript (">>> RCPT TO:<a@b>",
// "<<< 550 ..."); delays: "DELAYED MAIL". A message/delivery-status part
// comes with it.

func detectCourier(m *msg) bool {
	return m.has("running the courier mail server", "courier mail server, version")
}

func parseCourier(m *msg) []Recipient {
	action := ActionFailed
	if m.has("delayed mail", "has not been delivered yet", "will continue to try") {
		action = ActionDelayed
	}
	lines := m.reportLines()
	if rs := parseTranscript(lines, action); len(rs) > 0 {
		return rs
	}
	return parseColonBlocks(lines, action)
}
