package explain

import "strings"

// Rules of held-out batch 14-intl (session 9): kinds found on the batch's first
// run, each tested in new wording in intl14_kinds_test.go.
//
// The batch held localized clients and libraries (Thunderbird in Ukrainian,
// Hungarian, French, Indonesian and Hebrew; PHPMailer's language files in
// twelve languages; SnappyMail; Gmail's Slovak help). The concepts of
// batches 7 to 13 read most of it; what they lacked were words (added to
// their tables in rules_intl12.go and rules_intl13.go: "неможливо",
// "imposible", Turkish "bağlan-", "connect()", Hebrew "אינו מוכר", STARTTLS
// "not advertised" in fifteen languages), the typographic apostrophe of
// French texts (matcher.go) and two concepts no table had:
//
//   - the sender's address that the client calls invalid ("a feladó címe
//     érvénytelen", "כתובת השולח שגויה"): batch 13 had the recipients'
//     invalid addresses and the sender's refused one, not the sender's
//     invalid one;
//   - a server that did not accept the sending server's requests (Gmail's
//     "The recipient server did not accept our requests to connect" as its
//     translations shorten it: "Server príjemcu neprijal naše požiadavky").

var (
	// requests (that a server did not accept; "requêtes": batch 22-lang)
	intl14RequestWords = []string{"požiadavk", "požadavk", "żądań", "żądania", "anfragen", "demandes", "requêtes", "solicitudes", "richieste",
		"solicitações", "pedidos", "verzoeken", "запросы", "запросов", "запити", "запитів", "istekleri", "isteklerimizi", "kéréseinket",
		"kéréseket", "αιτήματα", "solicitările", "pyyntöjä", "pyyntöämme", "förfrågningar", "anmodninger", "forespørsler", "请求", "請求",
		"リクエスト", "요청", "permintaan", "requests",
		// batch 24-lang (probe): the compounds of Gmail's German, Dutch and Scandinavian cards ("hat unsere Verbindungsanfragen nicht angenommen")
		"verbindungsanfragen", "verbindingsverzoeken", "anslutningsförfrågningar", "forbindelsesanmodninger", "tilkoblingsforespørsler"}
)

var intl14Rules = []rule{
	// the sender's address that the client calls invalid
	{ID: "intl14.l10n-sender-invalid", Any: intl13SenderSubjects, WithAlso: [][]string{intl13InvalidVerdicts, intlNotExistVerdicts}, // (does not exist: batch 18-lang)
		// a refused recipient, a password or login data called invalid are other things
		NotAlso: [][]string{intl13RecipientWords, intl12AuthMethodSubjects, intl13CredentialSubjects},
		Cat:     SenderInvalid, Weak: true, Pri: conceptPri + 2,
		Summary: "The sender address (From, or the account's identity) is not valid for this server: it is mistyped, or not one the account may send as.",
		Fix: []string{"Check the sender address in the account (identity) settings: it must be a complete address, usually the one you log in with or a verified alias of it.",
			"Check that its domain exists and receives mail."},
		Refs: []string{"RFC 5321 §3.3"}},
	// a server that did not accept the sending server's requests (to connect)
	{ID: "intl14.l10n-requests-not-accepted", Any: intl14RequestWords, WithAlso: [][]string{intl12NotAcceptedVerdicts},
		// (batch 26-lang probe 2: RFC 5321's "Requested action not taken" translated, "553 请求的操作未执行：邮箱名称不允许", is no request to connect)
		Not: []string{"请求的操作", "請求的操作", "请求的邮件操作", "請求的郵件操作"},
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "The receiving server did not accept the sending server's requests to connect: no SMTP session could be opened with it (it was down, refused connections, or the network failed). The sending server retries.",
		Fix: []string{"Usually nothing: the sending server retries and the problem often clears by itself; send again later if the message came back.",
			"If it persists, check the recipient's address for typos and ask the recipient's provider whether its mail servers are reachable."}},
	// a connection to the server that expired (timed out), in the words a
	// message's expiry uses ("ha caducado la conexión al servidor", "la
	// connexion au serveur ... a expiré"): a network timeout, above
	// wording.expired, which reads the bare verb as the queue lifetime
	{ID: "intl14.l10n-connection-expired", Any: final11ConnSubjects,
		With: []string{"ha caducado", "caducó", "ha expirado", "expiró", "a expiré", "expirou", "è scaduta", "a expirat", "ist abgelaufen"},
		Cat:  Network, Pri: conceptPri,
		Summary: "The connection to the mail server timed out: the server (or the network to it) did not answer in time. The message itself did not expire.",
		Fix:     []string{"Try again later; if it persists, check the server name and port, and that the network (firewall, antivirus, ISP) lets the connection through."}},
}

// namedStage is the stage a webmail's own words before the reply name by
// the address they speak of (batch 14-intl c: Roundcube's "Невозможно
// установить отправителя", "宛先 … を追加できません", "Nie można dodać
// odbiorcy"): the sender's is MAIL FROM, a recipient's RCPT TO; none when
// they name both or neither.
func namedStage(ctx string) string {
	if ctx == "" {
		return ""
	}
	l := strings.ToLower(ctx)
	sender, rcpt := anyIn(l, intl13SenderSubjects), anyIn(l, intl13RecipientWords)
	switch {
	case sender && !rcpt:
		return "MAIL FROM"
	case rcpt && !sender:
		return "RCPT TO"
	}
	return ""
}

func anyIn(l string, words []string) bool {
	for _, w := range words {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// quotedAddress reports a client's words that quote an address ("Failed to
// set sender "a@b.example"", « a@b.example », 「a@b.example」), not a
// server's text (which starts with its enhanced code or an address in
// angle brackets).
func quotedAddress(s string) bool {
	return strings.IndexByte(s, '@') > 0 && strings.ContainsAny(s, "\"«“„「") && !isEnhancedLead(s) && !strings.HasPrefix(s, "<")
}
