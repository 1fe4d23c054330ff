package bounce

// iCloud Mail (icloud.com, me.com, mac.com): its outbound MTAs are Postfix,
// so the reports are Postfix's (bounce(8) text, DSN), sent from
// MAILER-DAEMON@icloud.com by hosts named *.icloud-mail-production.*.

func detectICloud(m *msg) bool {
	return m.fromHas("mailer-daemon@icloud.com", "mailer-daemon@me.com", "mailer-daemon@mac.com") || m.has("icloud-mail-production", "icloudmta")
}

// parseProviderPostfix reads a provider's Postfix-built report: the Postfix
// paragraphs, else the shared layouts.
func parseProviderPostfix(m *msg) []Recipient {
	if rs := parsePostfix(m); len(rs) > 0 {
		return rs
	}
	return parseAny(m, actionFromText(m))
}
