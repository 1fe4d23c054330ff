package explain

import "strings"

// Forms of held-out batch 11-lib (testdata/corpus/heldout11-lib.tsv):
// errors as mail client libraries and mail clients print them. A library
// wraps the server's reply in words of its own, and those words must not
// outvote the reply:
//
//   - System.Net.Mail (and PowerShell's Send-MailMessage, built on it)
//     prints the standard text of the reply's code, then "The server
//     response was: " and the reply WITHOUT its basic code (SmtpException:
//     GetMessageForStatus(code) + " " + SR.MailServerResponse):
//     "Exceeded storage allocation. The server response was: 5.3.4 Your
//     message exceeded Google's message size limits". The library's words
//     stand for the code (552) and nothing more; the server's words say why.
//     dotnetServerResponse writes the code back in front of the server's
//     words, on a line of its own, and the library's words stay as context.
//   - .NET and MailKit log the code as the name of their SmtpStatusCode
//     enum ("StatusCode: MailboxBusy", "SmtpStatusCode.TransactionFailed"),
//     MailKit its SASL errors by name ("AuthenticationInvalidCredentials:
//     ..."): the name is the code (statusCodeName), used when the input
//     carries no code of its own.
//   - Outlook Express and Windows Live Mail end their error dialog with
//     fields ("Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error:
//     10061"): "Secure(SSL): No" is a setting, not a TLS failure
//     (outlookDialogFields).

// lib11Forms applies the rewrites above (preparePaste); each looks for its
// marker first, so other input passes untouched.
func lib11Forms(s string) string {
	if at, _ := dotnetResponseAt(s); at >= 0 {
		s = dotnetServerResponse(s)
	}
	if strings.Contains(s, "tatusCode") || strings.Contains(s, "Exception: ") {
		s = statusCodeName(s)
	}
	s = codeless18LibraryNames(s) // a status name anywhere, nodemailer's error codes (rules_codeless18.go)
	s = codeless19Forms(s)        // SES's "Permanent/Suppressed", a PowerShell table's Status column (rules_codeless19.go)
	if strings.Contains(s, "ErrorCode") {
		s = mailKitErrorCode(s)
	}
	for _, f := range outlookSSLFields {
		if strings.Contains(s, f) {
			s = outlookDialogFields(s)
			break
		}
	}
	return s
}

// dotnetStatusTexts are System.Net.Mail's texts of SmtpStatusCode (its
// SR.Smtp* resources), each standing for its code. "Mailbox unavailable."
// is the text of both 450 (MailboxBusy) and 550 (MailboxUnavailable): the
// class of the server's enhanced code tells which.
var dotnetStatusTexts = [...]struct {
	text string
	code int
}{
	{"service not available, closing transmission channel.", 421},
	{"mailbox unavailable.", 550},
	{"error in processing.", 451},
	{"insufficient system storage.", 452},
	{"client does not have permission to submit mail to this server.", 454},
	{"syntax error, command unrecognized.", 500},
	{"syntax error in parameters or arguments.", 501},
	{"command not implemented.", 502},
	{"bad sequence of commands.", 503},
	{"command parameter not implemented.", 504},
	{"the smtp server requires a secure connection or the client was not authenticated.", 530},
	{"user not local; please try a different path.", 551},
	{"exceeded storage allocation.", 552},
	{"mailbox name not allowed.", 553},
	{"transaction failed.", 554},
	// the same texts as localized .NET prints them (batch 24-lang b: "Postfach nicht verfügbar. Die Serverantwort war: ...",
	// "El servidor SMTP requiere una conexión segura o el cliente no se autenticó. La respuesta del servidor fue: ...")
	{"postfach nicht verfügbar.", 550}, {"für den smtp-server ist eine sichere verbindung erforderlich, oder der client wurde nicht authentifiziert.", 530},
	{"buzón no disponible.", 550}, {"el servidor smtp requiere una conexión segura o el cliente no se autenticó.", 530},
	{"boîte aux lettres non disponible.", 550}, {"le serveur smtp requiert une connexion sécurisée ou le client n'était pas authentifié.", 530}, {"le serveur smtp requiert une connexion sécurisée ou le client n’était pas authentifié.", 530},
	{"cassetta postale non disponibile.", 550}, {"il server smtp richiede una connessione protetta oppure il client non è stato autenticato.", 530},
	{"caixa de correio não disponível.", 550}, {"o servidor smtp requer uma conexão segura ou o cliente não foi autenticado.", 530},
	{"почтовый ящик недоступен.", 550}, {"smtp-сервер требует защищенное соединение или клиент не прошел проверку подлинности.", 530},
	{"メールボックスは使用できません。", 550}, {"smtp サーバーには、セキュリティで保護された接続が必要です。 または、クライアントは認証されていません。", 530},
	{"邮箱不可用。", 550}, {"smtp 服务器要求安全连接或客户端未通过身份验证。", 530},
}

// dotnetResponse is System.Net.Mail's SR.MailServerResponse before its
// argument.
const dotnetResponse = "the server response was:"

// dotnetResponses are dotnetResponse as localized .NET prints it (batch
// 24-lang b: "Die Serverantwort war:", "La respuesta del servidor fue:",
// "サーバーの応答は次のとおりでした。"); indexFold folds ASCII only, so a
// Cyrillic marker is listed as printed.
var dotnetResponses = [...]string{dotnetResponse, "die serverantwort war:", "die serverantwort lautete:", "la réponse du serveur était :", "la réponse du serveur était:",
	"la respuesta del servidor fue:", "la risposta del server è stata:", "risposta del server:", "a resposta do servidor foi:", "Ответ сервера:", "ответ сервера:",
	"サーバーの応答は次のとおりでした。", "服务器响应为:", "服务器响应为："}

// dotnetResponseAt finds the first of dotnetResponses in s: where it
// starts and how long it is (-1, 0 without one).
func dotnetResponseAt(s string) (int, int) {
	for _, m := range &dotnetResponses {
		if at := indexFold(s, m); at >= 0 {
			return at, len(m)
		}
	}
	return -1, 0
}

// dotnetServerResponse rewrites "<status text> The server response was:
// <reply without its code>" into the same words followed by a line
// "<code> <reply>". A reply that kept its own code, or words before "The
// server response was:" that are not one of the status texts, leave s as it
// is.
func dotnetServerResponse(s string) string {
	at, n := dotnetResponseAt(s)
	if at < 0 {
		return s
	}
	before := strings.TrimRight(s[:at], " ")
	code, local := 0, -1
	for i, t := range &dotnetStatusTexts {
		if len(before) >= len(t.text) && strings.EqualFold(before[len(before)-len(t.text):], t.text) {
			code = t.code
			if i >= dotnetEnglishTexts {
				local = len(before) - len(t.text)
			}
			break
		}
	}
	if code == 0 || carriesCode(s[:at]) {
		return s // (a server that quotes .NET's words under its own code)
	}
	end := at + n
	// (localized texts quote the reply: „5.7.1 ...“, "5.7.0 ...")
	text := strings.TrimLeft(s[end:], " \"'„“«")
	if isReplyCodeAt(text, 0) && (len(text) == 3 || text[3] == ' ' || text[3] == '-') {
		return s // the server's own code came through
	}
	if code == 500 && len(text) > 1 && text[0] == '4' && text[1] == '.' {
		// "Syntax error, command unrecognized." is also .NET's text for a
		// status code its enum does not name (GetMessageForStatus's
		// default: Exchange Online's 432 4.3.2): before a 4.x.x reply it
		// is no 500, and the enhanced code keeps the class (batch 26-tail)
		return s
	}
	if code == 550 {
		// "Mailbox unavailable." is 450's text and 550's: the enhanced
		// code's class tells which; without one the class stays open
		switch {
		case len(text) > 1 && text[0] == '4' && text[1] == '.':
			code = 450
		case len(text) > 1 && text[0] == '5' && text[1] == '.':
		default:
			return s
		}
	}
	if local >= 0 {
		// a localized status text stands for its code as the English one
		// does: its words ("sichere Verbindung erforderlich") must not
		// vote, so the English text takes its place
		for _, t := range dotnetStatusTexts[:dotnetEnglishTexts] {
			if t.code == code || code == 450 && t.code == 550 {
				return before[:local] + t.text + " " + dotnetResponse + "\n" + itoa(code) + " " + text
			}
		}
	}
	return s[:end] + "\n" + itoa(code) + " " + text
}

// dotnetEnglishTexts is how many of dotnetStatusTexts are .NET's English
// texts (the localized ones follow).
const dotnetEnglishTexts = 15

// smtpStatusNames are the names of SmtpStatusCode in System.Net.Mail and in
// MailKit (the same names for the same codes, MailKit's with its SASL
// codes), and .NET's own names for 451, 454 and 530.
var smtpStatusNames = [...]struct {
	name string
	code int
}{
	{"ServiceNotAvailable", 421}, {"PasswordTransitionNeeded", 432}, {"MailboxBusy", 450}, {"LocalErrorInProcessing", 451},
	{"ErrorInProcessing", 451}, {"InsufficientStorage", 452}, {"ClientNotPermitted", 454}, {"TemporaryAuthenticationFailure", 454},
	{"CommandUnrecognized", 500}, {"SyntaxError", 501}, {"CommandNotImplemented", 502}, {"BadCommandSequence", 503},
	{"CommandParameterNotImplemented", 504}, {"MustIssueStartTlsFirst", 530}, {"AuthenticationRequired", 530},
	{"AuthenticationMechanismTooWeak", 534}, {"AuthenticationInvalidCredentials", 535}, {"EncryptionRequiredForAuthenticationMechanism", 538},
	{"MailboxUnavailable", 550}, {"UserNotLocalTryAlternatePath", 551}, {"ExceededStorageAllocation", 552},
	{"MailboxNameNotAllowed", 553}, {"TransactionFailed", 554}, {"MailFromOrRcptToParametersNotRecognizedOrNotImplemented", 555},
	// Aspose.Email's names of RFC 4954's codes (held-out batch 18-codeless)
	{"AuthenticationMechanismIsToWeak", 534}, {"CredentialsInvalid", 535}, {"EncryptionRequiredRequestedMechanism", 538},
}

// statusCodeName turns a status enum name into its code, for an input that
// carries no reply code and no enhanced code of its own: "StatusCode:
// MailboxBusy", "StatusCode=MailboxBusy", "SmtpStatusCode.MailboxBusy", or
// a name that heads an exception's message ("AuthenticationException:
// AuthenticationInvalidCredentials: ..."). It appends a line "<code>
// <message>", the message being the words after the name on its line, else
// the exception's message.
func statusCodeName(s string) string {
	if carriesCode(s) {
		return s
	}
	code, after := 0, -1
	if i := strings.Index(s, "StatusCode"); i >= 0 {
		j := i + len("StatusCode")
		for j < len(s) && (s[j] == ' ' || s[j] == ':' || s[j] == '=' || s[j] == '.') {
			j++
		}
		if j > i+len("StatusCode") {
			code, after = statusNameAt(s, j)
		}
	}
	if code == 0 {
		if i := strings.Index(s, "Exception: "); i >= 0 {
			code, after = statusNameAt(s, i+len("Exception: "))
			if code != 0 && after < len(s) && s[after] != ':' && s[after] != '\n' {
				code = 0 // a name heads the message only when a colon follows it, or is the whole message
			}
		}
	}
	if code == 0 {
		return s
	}
	msg := restOfLine(s, after)
	msg = strings.TrimLeft(msg, " :,")
	if msg == "" {
		if i := strings.Index(s, "Exception: "); i >= 0 {
			msg = restOfLine(s, i+len("Exception: "))
		}
	}
	if t := statusNameText(code, statusNameAtName(s, after)); msg == "" || statusNameOnly(msg) {
		msg = t // the name alone: its code's documented text (rules_codeless18.go)
	}
	return s + "\n" + itoa(code) + " " + strings.TrimSpace(msg)
}

// statusNameAt returns the code of the enum name that starts at s[i] (a
// whole identifier) and the index after it; 0 when it is none.
func statusNameAt(s string, i int) (int, int) {
	j := i
	for j < len(s) && isAlpha(s[j]) {
		j++
	}
	w := s[i:j]
	for _, n := range &smtpStatusNames {
		if w == n.name {
			return n.code, j
		}
	}
	return 0, i
}

// restOfLine is s from i to the end of its line.
func restOfLine(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	t := s[i:]
	if e := strings.IndexByte(t, '\n'); e >= 0 {
		t = t[:e]
	}
	return t
}

// carriesCode reports a reply code ("550", "421-") or an enhanced code
// ("5.7.1") anywhere in s, outside longer numbers and dotted addresses.
func carriesCode(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.') {
			continue
		}
		if isReplyCodeAt(s, i) && (i+3 == len(s) || !isDigit(s[i+3]) && s[i+3] != '.') {
			return true
		}
	}
	return findEnhanced(s) >= 0
}

// mailKitErrorCodes are the values of MailKit's SmtpCommandException.ErrorCode:
// the command that failed, in words the stage reader knows (libraryStage),
// so that "MessageNotAccepted" is not read as a refusal's reason.
var mailKitErrorCodes = [...]struct{ name, stage string }{
	{"SenderNotAccepted", "MAIL FROM command failed"},
	{"RecipientNotAccepted", "RCPT TO command failed"},
	{"MessageNotAccepted", "DATA END command failed"},
	{"UnexpectedStatusCode", "unexpected reply"},
}

// mailKitErrorCode writes MailKit's "ErrorCode: <name>" as the stage it
// names; the name may also follow "=" or a colon without a space, as
// applications log the exception's properties ("ErrorCode=SenderNotAccepted,
// StatusCode=MailboxNameNotAllowed": held-out batch 23-tail).
func mailKitErrorCode(s string) string {
	i := strings.Index(s, "ErrorCode")
	if i < 0 {
		return s
	}
	j := i + len("ErrorCode")
	sep := false
	for j < len(s) && (s[j] == ' ' || s[j] == ':' || s[j] == '=') {
		sep = sep || s[j] != ' '
		j++
	}
	if !sep {
		return s
	}
	for _, e := range &mailKitErrorCodes {
		if strings.HasPrefix(s[j:], e.name) {
			return s[:j] + e.stage + s[j+len(e.name):]
		}
	}
	return s
}

// libraryEnumName reports a name of the enums above (SmtpStatusCode,
// MailKit's ErrorCode): it stands for a code or a stage, so its words
// ("ExceededStorageAllocation", "RecipientNotAccepted") are not read as the
// reason (textIdentifierWords).
func libraryEnumName(w string) bool {
	for _, n := range smtpStatusNames {
		if w == n.name {
			return true
		}
	}
	for _, e := range mailKitErrorCodes {
		if w == e.name {
			return true
		}
	}
	return false
}

// outlookDialogFields blanks the "Secure(SSL): Yes/No" field (and its
// value) of Outlook Express's and Windows Live Mail's error dialog.
func outlookDialogFields(s string) string {
	for _, f := range outlookSSLFields {
		for {
			i := strings.Index(s, f)
			if i < 0 {
				break
			}
			j := i + len(f)
			for j < len(s) && s[j] != ',' && s[j] != '\n' {
				j++
			}
			s = s[:i] + s[j:]
		}
	}
	return s
}

// outlookSSLFields are the labels of the dialog's SSL setting: English, and
// Outlook Express in Japanese ("セキュリティ (SSL): なし", held-out batch
// 15-prov b).
var outlookSSLFields = []string{"Secure(SSL): ", "Secure (SSL): ", "セキュリティ (SSL): ", "セキュリティ(SSL): "}
