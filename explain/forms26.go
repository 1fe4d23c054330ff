package explain

import (
	"bytes"
	"strings"
)

// Session 21's parser kinds (parse26; docs/heldout/heldout26-parse.md):
//
//   - a reply code after its words: a multi-line reply flattened by an
//     application keeps the words of its first line before the code of
//     its last ("5.7.0 Authentication Required. Learn more at 530 5.7.0"):
//     when nothing but the codes (and a link) follows the code, the words
//     before it are the reply's text (flatLeadText);
//   - a code in parentheses after a word for "error" or "code" in any
//     language ("(Fehler 550)", "(erreur 550)", "(código 554)", "(код
//     550)"): the reply's code, as "(Error 550)" (parenWordCodeAt);
//   - the HELO/EHLO stage named by a wrapper (Python's SMTPHeloError,
//     "EHLO command failed:", "HELO rejected:", "smtp: HELO:"): the stage
//     of the reply after it, and the wrapper line is no client command
//     (heloWrapperStage, heloWrapperLine).

// errorCodeWords are words for "error" and "code" that a client writes
// before a reply code in parentheses, in the languages the corpus meets
// (lower case; Cyrillic, Greek and CJK as written).
var errorCodeWords = [...]string{
	"error", "err", "code", "smtp", "erreur", "fehler", "fehlercode", "errore", "codice", "erro", "código", "codigo",
	"fout", "foutcode", "kod", "kód", "błąd", "chyba", "hata", "fel", "feil", "fejl", "virhe", "hiba", "eroare", "greška",
	"napaka", "lỗi", "mã", "код", "ошибка", "ошибки", "помилка", "грешка", "σφάλμα", "κωδικός", "エラー", "错误", "錯誤", "오류", "코드",
	"错误码", "エラーコード", "خطأ", "שגיאה",
}

// parenWordCodeAt reports a code at s[i] that stands in parentheses after
// a word of errorCodeWords: "(Fehler 550)", "(erreur : 550)", "(Error
// code 421)". s[i+3] is ')'.
func parenWordCodeAt(s string, i int) bool {
	if i < 3 || i+3 >= len(s) || s[i+3] != ')' {
		return false
	}
	open := strings.LastIndexByte(s[:i], '(')
	if open < 0 || i-open > 32 {
		return false
	}
	c := int(s[i]-'0')*100 + int(s[i+1]-'0')*10 + int(s[i+2]-'0')
	if _, ok := basicCode(c); !ok || c >= 500 && c <= 504 {
		// "(code 400)": an HTTP status, no SMTP reply code; and a web
		// server's error is worded the same ("le site n'est pas accessible
		// (erreur 502)", "(Erreur 500)"): 500-504 are read as codes only
		// where the parser reads them otherwise
		return false
	}
	inner := strings.TrimRight(s[open+1:i], " :#")
	if inner == "" || strings.ContainsAny(inner, "()") {
		return false
	}
	words := strings.Fields(strings.ToLower(inner))
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		ok := false
		for _, e := range errorCodeWords {
			if w == e || w == e+":" {
				ok = true
				break
			}
		}
		if !ok && w != "de" && w != "d'erreur" && w != "di" && w != "do" {
			return false
		}
	}
	return true
}

// flatLeadText is the reply text of a candidate whose code came after its
// words: its line's words before the code (lead) when the text after the
// code holds nothing but codes and links ("... Learn more at 530 5.5.1").
// A label before them ("SMTP server error:") and a leading enhanced code
// are dropped; a log prefix (a lead with a field or a time) is no text.
// "" when the lead is no such text.
func flatLeadText(lead, text string) string {
	if strings.Trim(withoutURLs(text), " .,;:!)") != "" || lead == "" {
		return ""
	}
	t := lead
	if k := strings.LastIndex(t, ": "); k >= 0 && strings.Count(withoutURLs(t[k+2:]), " ") >= 1 {
		t = t[k+2:] // a client's label before the reply ("SMTP server error: ...")
	}
	t = strings.TrimSpace(t)
	if e, ok := leadingEnhanced(t); ok {
		t = strings.TrimSpace(t[len(e):])
	}
	if k := strings.LastIndexByte(t, '('); k >= 0 && !strings.ContainsRune(t[k:], ')') {
		t = strings.TrimSpace(t[:k]) // "... (Fehler" before "550)": the parenthesis holds the code (parenWordCodeAt)
	}
	w := strings.TrimSpace(withoutURLs(t))
	if strings.ContainsAny(w, "=[]<>|") || strings.Count(w, ":") > 0 || strings.Count(w, " ") < 1 {
		return "" // a log prefix, a field, or too few words for a reply's text
	}
	if len(w)-strings.Count(w, " ") < 8 {
		return ""
	}
	return t
}

// heloWrapperStage is the HELO or EHLO stage a library's or a client's
// words before the reply name: Python's SMTPHeloError, "EHLO command
// failed", "HELO rejected", Go's "smtp: HELO:" ("" when none).
func heloWrapperStage(ctx string) string {
	l := lowerASCII(ctx)
	if !strings.Contains(l, "helo") && !strings.Contains(l, "ehlo") {
		return ""
	}
	if strings.Contains(l, "smtpheloerror") {
		return "HELO"
	}
	c := strings.TrimRight(l, " :-=>([")
	for _, w := range [...]string{"command failed", "command rejected", "failed", "rejected", "refused", "error", "response", "command"} {
		if strings.HasSuffix(c, w) {
			c = strings.TrimRight(c[:len(c)-len(w)], " :")
			break
		}
	}
	switch {
	case strings.HasSuffix(c, "ehlo") && (len(c) == 4 || !isAlpha(c[len(c)-5])):
		return "EHLO"
	case strings.HasSuffix(c, "helo") && (len(c) == 4 || !isAlpha(c[len(c)-5])):
		return "HELO"
	}
	return ""
}

// heloWrapperLine reports a line that starts with HELO or EHLO as a
// client's report of the command's failure ("EHLO command failed: 550
// ...", "HELO rejected: 554 ..."), not the command itself: the word after
// it says so and a reply code follows.
func heloWrapperLine(t string) bool {
	f := strings.Fields(t)
	if len(f) < 3 {
		return false
	}
	switch strings.TrimRight(lowerASCII(f[1]), ":,") {
	case "command", "failed", "rejected", "refused", "error", "response", "returned":
		return findCode(t, false) >= 0
	}
	return false
}

// smtpReplyAfterStatus is the index of an SMTP reply (a code and its
// enhanced code) after an HTTP status at s[i] that its lead names ("status
// 400, message: 550 5.1.1 ...", "HTTP 502: 421 4.7.0 ..."): the server's
// reply the API passed on is the reply, the status only the API's answer
// (-1 when there is none). The status is one when the word before it is
// "HTTP" (also "HTTP/1.1") or "status" and no enhanced code follows it.
func smtpReplyAfterStatus(s string, i int, strict bool) int {
	if i < 5 || i+4 >= len(s) || isEnhancedAt(s, i+4) {
		return -1
	}
	b := strings.TrimRight(s[:i], " :=\"'")
	w := b[strings.LastIndexAny(b, " ([{,;\"")+1:]
	if !strings.EqualFold(w, "status") && !strings.EqualFold(w, "http") && !(len(w) > 5 && strings.EqualFold(w[:5], "http/")) &&
		!strings.EqualFold(w, "statusCode") && !strings.EqualFold(w, "status_code") {
		return -1
	}
	k := findCode(s[i+4:], strict)
	if k < 0 || i+4+k+4 >= len(s) || !isEnhancedAt(s, i+4+k+4) {
		return -1
	}
	return i + 4 + k
}

// closingAfterFailure reports a line that closes the session whose failed
// reply the scanner explained on the line before (or the lines just
// before, t being the client's QUIT and then the server's goodbye): a
// client's QUIT ("QUIT", "send: 'quit'", "-> QUIT", "CLIENT -> SERVER:
// QUIT") or the server's 221, also as smtplib's debug prints it ("reply:
// b'221 Bye'", "reply: retcode (221); Msg: b'Bye'"). The failure decides
// the paste, as it does given as one argument; the goodbye is no entry of
// its own. (The scanner asks only right after a failure.)
func closingAfterFailure(t string) bool {
	q := indexFold(t, "quit")
	if q < 0 && !strings.Contains(t, "221") {
		return false // (most lines: no allocation, no parse)
	}
	if q >= 0 {
		if commandStage(t) == "QUIT" {
			return true
		}
		// smtplib's "send: 'quit'", PHPMailer's "CLIENT -> SERVER: QUIT"
		rest := strings.TrimRight(t[q+4:], " '\"\\rn")
		return rest == "" && (hasFoldPrefix(t, "send:") || indexFold(t, "client -> server:") >= 0)
	}
	if li := parseLineInfo(t, false); li.reply && li.code == 221 {
		return true
	}
	return strings.Contains(t, "retcode (221)")
}

// replyFirstLineCut reports free text (last, the line before a reply)
// that is the first line of the reply whose code was cut: its sentence
// runs on (a lower-case word, "domain's", "Please try" ending it) and the
// reply's first line is a continuation line ("550-5.7.1 DMARC policy"),
// the way a flattened or re-wrapped multi-line reply is pasted. The two
// are one reply, as given as one argument.
func replyFirstLineCut(last, reply string) bool {
	r := strings.TrimSpace(reply)
	if len(r) < 5 || !startsWithCode(r) || r[3] != '-' {
		return false
	}
	last = strings.TrimRight(strings.TrimSpace(last), "'\u2019")
	return runsOn(last) || strings.HasSuffix(last, "'s")
}

// listItemAnnotates reports a Markdown list item without a reply code of
// its own ("- schránka příjemce je přeplněná", "- **Meaning**: ...") right
// after the reply last explained, whose words name no other cause: a
// translation or a note on that reply, not an entry of its own. (An item
// that names another cause, or a list whose items carry their codes, stays
// a list.)
func listItemAnnotates(t string, last Reply) bool {
	if len(t) < 3 || (t[0] != '-' && t[0] != '*' && t[0] != '+') || t[1] != ' ' {
		return false
	}
	item := strings.TrimSpace(t[2:])
	if findCode(item, false) >= 0 {
		return false
	}
	r, err := parse(item, false)
	if err != nil {
		return true
	}
	c := Explain(r).Category
	return c == Unknown || c == Explain(last).Category
}

// outcomeAfterFailure reports a client library's codeless summary line
// right after the failed reply it explains (PHPMailer's "SMTP Error: data
// not accepted.", "Mailer Error: ..."): its own reading names no cause
// (unknown), so it is that reply's outcome, not an entry of its own. Other
// codeless lines after a reply stay entries of a list (TestExplainOutcome-
// WithoutCause).
func outcomeAfterFailure(t string) bool {
	if !hasFoldPrefix(t, "smtp error:") && !hasFoldPrefix(t, "mailer error:") || findCode(t, false) >= 0 {
		return false // (only a client library's summary label: a list's codeless line stays its own entry)
	}
	r, err := parse(t, false)
	return err == nil && Explain(r).Category == Unknown
}

// markdownLead reports pasted lines before a reply that are only a
// Markdown heading ("### Error: ...", "#### 4. Rate Limiting") and code
// fences: the title of the reply quoted below, one paste with it. (A
// single '#' starts a comment in many files: not a heading here.)
func markdownLead(prose []string) bool {
	heading := false
	for _, p := range prose {
		t := strings.TrimSpace(p)
		switch {
		case t == "":
			return false
		case strings.HasPrefix(t, "```"):
		case strings.HasPrefix(t, "##"):
			h := strings.TrimLeft(t, "#")
			if len(t)-len(h) > 6 || !strings.HasPrefix(h, " ") {
				return false
			}
			heading = true
		default:
			return false
		}
	}
	return heading
}

// commentPrefix is the comment marks a line starts with ("# ", "#     # ",
// "// ", " * ", "-- "), blanks included; "" when none.
func commentPrefix(t string) string {
	i := 0
	for i < len(t) {
		switch {
		case t[i] == ' ' || t[i] == '\t' || t[i] == '#':
			i++
		case strings.HasPrefix(t[i:], "//") || strings.HasPrefix(t[i:], "--"):
			i += 2
		case t[i] == '*' && i+1 < len(t) && t[i+1] == ' ':
			i++
		default:
			p := t[:i]
			if strings.Trim(p, " \t") == "" {
				return ""
			}
			return p
		}
	}
	return ""
}

// pyBytesOpen reports a line that opens a Python bytes literal after a
// reply code and does not close it ("SMTPDataError: (554, b'5.2.0 ...
// with message"): smtplib's repr printed over lines goes on in the next.
func pyBytesOpen(line []byte) bool {
	i := bytes.Index(line, []byte(", b'"))
	if i < 4 || !isDigit(line[i-1]) || !isDigit(line[i-2]) || !isDigit(line[i-3]) {
		return false
	}
	return !bytes.Contains(line[i+4:], []byte("')")) && !bytes.Contains(line[i+4:], []byte("',"))
}

// bytesGoesOn reports a line that goes on with a held line whose Python
// bytes literal is open (pyBytesOpen): any line but a new record (a code,
// a log or syslog line, a mail daemon's line).
func bytesGoesOn(next []byte) bool {
	t := strings.TrimSpace(string(next))
	if t == "" || startsWithCode(t) || syslogStamped(t) || len(t) >= 10 && isDigit(t[0]) && (t[4] == '-' || t[4] == '/') {
		return false // (a bracket may open the literal's next words: "[BeginDiagnosticData]...")
	}
	d, _ := daemonMessage(t)
	return !d
}

// codeFence reports a Markdown code fence line ("```", "```text"): the
// frame of a reply pasted in a fenced block, no line of its own.
func codeFence(t string) bool {
	return strings.HasPrefix(t, "```") && !strings.ContainsAny(t[3:], " `")
}
