package bounce

import "strings"

// Mail.ru (and its corporate mail, VK WorkMail): Exim, with a Russian
// preamble ("Это письмо создано автоматически почтовым сервером Mail.Ru",
// Windows-1251, KOI8-R or UTF-8, decoded first) before Exim's
// "The following address(es) failed:" blocks and delay warnings, from
// mailer-daemon@*.mail.ru.

func detectMailRu(m *msg) bool {
	return m.fromHas("mail.ru") && m.fromHas("mailer-daemon", "postmaster") || strings.Contains(m.text, "сервером Mail.Ru") && looksLikeBounce(m)
}

func parseMailRu(m *msg) []Recipient {
	if rs := parseExim(m); len(rs) > 0 {
		return rs
	}
	return parseAny(m, actionFromText(m))
}
