package explain

import "strings"

// phpMailerDetail reads PHPMailer's error form, which puts the server's text
// before its code: "SMTP Error: data not accepted. SMTP server error: DATA
// END command failed Detail: Message rejected: spam score exceeded SMTP
// code: 550 Additional SMTP info: 5.7.1". before is the line up to the code;
// the reply (code and the text after it) is already in li. The detail is the
// reply's text, "Additional SMTP info" its enhanced code.
func (li *lineInfo) phpMailerDetail(before string) {
	b := strings.TrimSpace(before)
	if !strings.HasSuffix(lowerASCII(b), "smtp code:") {
		return
	}
	i := indexFold(b, "detail:")
	if i < 0 {
		return
	}
	detail := strings.TrimSpace(b[i+len("detail:") : len(b)-len("smtp code:")])
	if detail == "" {
		return
	}
	if j := indexFold(li.text, "additional smtp info:"); j >= 0 {
		if e, ok := leadingEnhanced(strings.TrimSpace(li.text[j+len("additional smtp info:"):])); ok && li.enh == "" {
			li.enh = e
		}
		li.text = strings.TrimSpace(li.text[:j])
	}
	if li.text == "" {
		li.text = detail
	} else {
		li.text = detail + " " + li.text
	}
}
