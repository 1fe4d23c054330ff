package bounce

import "strings"

// Yandex Mail: a Russian preamble ("Это сообщение сгенерировано
// автоматически сервером Яндекс.Почты", in KOI8-R, Windows-1251 or UTF-8,
// decoded first) before Postfix's "<rcpt>: host ... said: ..." paragraphs,
// from mailer-daemon@yandex.ru. Delays say they will keep trying, in
// Russian or English.

func detectYandex(m *msg) bool {
	return m.fromHas("yandex") && m.fromHas("mailer-daemon", "postmaster") || strings.Contains(m.text, "Яндекс") && looksLikeBounce(m)
}

func parseYandex(m *msg) []Recipient {
	rs := parseProviderPostfix(m)
	if strings.Contains(m.text, "продолжим попытки") || strings.Contains(m.text, "пока не доставлено") || strings.Contains(m.text, "не удалось доставить, попытки продолжаются") {
		for i := range rs {
			rs[i].Action = ActionDelayed
		}
	}
	return rs
}
