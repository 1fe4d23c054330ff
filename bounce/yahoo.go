package bounce

import "strings"

// Yahoo Mail and AOL (a qmail-derived layout): "Sorry, we were unable to
// deliver your message to the following address." then "<a@b>:" and
// "Remote host said: 550 ... [RCPT_TO]" (the bracket names the SMTP
// command), "--- Below this line is a copy of the message.".

func detectYahoo(m *msg) bool {
	return m.has("sorry, we were unable to deliver your message to the following address", "we were unable to deliver your message to the following") ||
		m.fromHas("yahoo", "aol.") && m.fromHas("mailer-daemon")
}

func parseYahoo(m *msg) []Recipient {
	action := ActionFailed
	if m.has("this is a temporary", "will continue to try", "we will keep trying", "has not been delivered yet", "delivery attempts will continue") || m.subjectHas("message delayed", "delivery delayed") {
		action = ActionDelayed
	}
	rs := qmailBlocks(m.reportLines(), action)
	for i := range rs {
		d := rs[i].Diagnostic
		for tag, stage := range map[string]string{"[RCPT_TO]": "RCPT TO", "[MAIL_FROM]": "MAIL FROM", "[DATA]": "DATA", "[END_OF_DATA]": "END OF DATA", "[CONNECT]": "CONNECT"} {
			if strings.Contains(d, tag) {
				rs[i].Stage = stage
				rs[i].Diagnostic = strings.TrimSpace(strings.Replace(d, tag, "", 1))
			}
		}
	}
	return rs
}
