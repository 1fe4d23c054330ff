package bounce

import "strings"

// Zoho Mail: from mailer-daemon@*zoho.*, "This message was created
// automatically by mail delivery software." and one line per recipient:
// "a@b, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@b>... reason" (the reply
// code, then the enhanced code with the remote reply), as plain text or
// HTML.

func detectZoho(m *msg) bool {
	return m.fromHas("zoho") && m.fromHas("mailer-daemon", "postmaster") || m.has("error_code :") && looksLikeBounce(m)
}

func parseZoho(m *msg) []Recipient {
	action := actionFromText(m)
	var out []Recipient
	for _, ln := range m.reportLines() {
		t := strings.TrimSpace(ln)
		i := strings.Index(lowerASCII(t), ", error_code :")
		if i <= 0 {
			continue
		}
		a := cleanAddr(t[:i])
		if !isAddr(a) {
			continue
		}
		// "550, ERROR_CODE :5.1.1 text" -> "550 5.1.1 text"
		var parts []string
		for _, p := range strings.Split(t[i+2:], ", ") {
			p = strings.TrimSpace(p)
			if strings.HasPrefix(lowerASCII(p), "error_code :") {
				p = strings.TrimSpace(p[len("error_code :"):])
			}
			parts = append(parts, p)
		}
		out = append(out, Recipient{Recipient: a, Action: action, Diagnostic: strings.Join(parts, " ")})
	}
	if len(out) > 0 {
		return out
	}
	return parseAny(m, action)
}
