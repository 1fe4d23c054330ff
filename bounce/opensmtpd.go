package bounce

// OpenSMTPD (smtpd/bounce.c): "Hi!" / "This is the MAILER-DAEMON, please DO
// NOT REPLY to this email." / "An error has occurred while attempting to
// deliver a message for the following list of recipients:" then one
// "user@domain: error line" per recipient; delays: "A message is delayed for
// more than N for the following list of recipients:". Subject "Delivery
// status notification: error|warning".

func detectOpenSMTPD(m *msg) bool {
	return m.has("this is the mailer-daemon, please do not reply to this e", "an error has occurred while attempting to deliver a message for", "a message is delayed for more than")
}

func parseOpenSMTPD(m *msg) []Recipient {
	action := ActionFailed
	if m.has("a message is delayed for more than", "this is only a temporary failure report") {
		action = ActionDelayed
	}
	return parseAddrReason(m.reportLines(), action)
}
