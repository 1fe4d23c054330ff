package bounce

import "strings"

// Microsoft Exchange and Microsoft 365 / Outlook.com NDRs. Exchange 2003:
// "Your message did not reach some or all of the intended recipients." /
// "The following recipient(s) could not be reached:" then the address and
// "<host #5.1.1 smtp;550 ...>". Exchange 2007-2010: "Delivery has failed to
// these recipients or groups:" and, under "Diagnostic information for
// administrators:", the address then "#550 5.1.1 RESOLVER.ADR.RecipNotFound;
// not found ##". Exchange 2013+ and Microsoft 365: "Your message to X
// couldn't be delivered." and "Remote Server returned '550 5.1.10 ...'".

func detectExchange(m *msg) bool {
	return m.has("remote server returned '", "diagnostic information for administrators", "delivery has failed to these recipients or groups",
		"did not reach some or all of the intended recipients", "the following recipient(s) could not be reached", "couldn't be delivered.",
		"the following recipient(s) cannot be reached", "delivery to the following recipients failed", "the following message to <") ||
		m.hasHeader && m.header.Has("X-MS-Exchange-Message-Is-Ndr") || strings.Contains(lowerASCII(m.xmailer), "exchange") ||
		m.has(exchangeLocalized...) || strings.Contains(m.text, "管理员的诊断信息") || strings.Contains(m.text, "管理者向けの診断情報")
}

// exchangeLocalized: "Diagnostic information for administrators" and
// "Generating server" in the languages of localized NDRs (lower case).
var exchangeLocalized = []string{"diagnoseinformationen für administratoren", "generierender server:", "informations de diagnostic pour les administrateurs",
	"serveur de génération", "información de diagnóstico para administradores", "servidor de generación", "informazioni di diagnostica per gli amministratori",
	"diagnostische gegevens voor beheerders", "informações de diagnóstico para administradores"}

func parseExchange(m *msg) []Recipient {
	action := ActionFailed
	if m.has("delivery has been delayed", "delivery is delayed", "hasn't been delivered yet", "has not been delivered yet", "will keep trying", "delay notification", "server will keep trying") || m.subjectHas("delayed", "delay:") {
		action = ActionDelayed
	}
	return parseAddressThenReason(m.reportLines(), action, exchangeReason)
}

// exchangeReason returns the reply of an Exchange reason line, "" for other lines.
func exchangeReason(t, low string) (diag, host string, ok bool) {
	switch {
	case strings.Contains(low, "remote server returned '"):
		i := strings.Index(low, "remote server returned '")
		v := t[i+len("remote server returned '"):]
		v = strings.TrimSuffix(strings.TrimSpace(v), "'")
		return v, "", true
	case strings.Contains(low, "server at ") && strings.Contains(low, " returned '"):
		// Microsoft 365, newest attempt first: "12/7/2026 1:23:09 PM - Server at H (ip) returned '550 ...'"
		i := strings.Index(low, " returned '")
		v := strings.TrimSuffix(strings.TrimSpace(t[i+len(" returned '"):]), "'")
		j := strings.Index(low, "server at ")
		return v, hostOnly(t[j+len("server at "):]), true
	case strings.HasPrefix(t, "<") && strings.Contains(t, " #") && strings.HasSuffix(t, ">"):
		// Exchange 2003: <host #5.1.1 smtp;550 5.1.1 User unknown>
		v := strings.Trim(t, "<>")
		j := strings.Index(v, " #")
		host := v[:j]
		v = v[j+2:]
		if k := strings.Index(v, "smtp;"); k >= 0 {
			v = v[k+len("smtp;"):]
		}
		return strings.TrimSpace(v), host, true
	case strings.Contains(t, "#") && strings.HasSuffix(t, "##"):
		// Exchange 2007+: [host ]#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##
		j := strings.IndexByte(t, '#')
		host := strings.TrimSpace(t[:j])
		v := strings.TrimSpace(strings.TrimSuffix(t[j+1:], "##"))
		if strings.ContainsAny(host, " \t") {
			host = ""
		}
		return v, host, true
	}
	return "", "", false
}

// parseAddressThenReason reads reports that name a recipient on a line
// (alone, or in "... to a@b ...") and give its reason on later lines that
// reason recognises. Recipients without a recognised reason keep the
// first sentence after them. The last reason given for an address wins
// over earlier human-readable text.
func parseAddressThenReason(lines []string, action string, reason func(t, low string) (string, string, bool)) []Recipient {
	type entry struct {
		r     Recipient
		coded bool
		human string
	}
	var order []string
	by := map[string]*entry{}
	cur := ""
	receiving := ""
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		if t == "" {
			continue
		}
		low := lowerASCII(t)
		if strings.HasPrefix(low, "receiving server:") {
			receiving = hostOnly(strings.TrimSpace(t[len("receiving server:"):]))
			continue
		}
		if d, host, ok := reason(t, low); ok {
			if e := by[lowerASCII(cur)]; e != nil && e.coded && strings.Contains(low, " - server at ") {
				continue // an earlier attempt, listed after the last one
			}
			if cur == "" {
				if a := addrIn(t); a != "" {
					cur = a
				} else {
					continue
				}
			}
			e := by[lowerASCII(cur)]
			if e == nil {
				e = &entry{r: Recipient{Recipient: cur}}
				by[lowerASCII(cur)] = e
				order = append(order, lowerASCII(cur))
			}
			e.r.Diagnostic, e.coded = d, true
			if host != "" {
				e.r.RemoteMTA = hostOnly(host)
			} else if receiving != "" {
				e.r.RemoteMTA = receiving
			}
			continue
		}
		if a := recipientOnLine(t, low); a != "" {
			cur = a
			if by[lowerASCII(a)] == nil {
				by[lowerASCII(a)] = &entry{r: Recipient{Recipient: a}}
				order = append(order, lowerASCII(a))
			}
			continue
		}
		if e := by[lowerASCII(cur)]; e != nil && e.human == "" && !e.coded && len(t) > 12 {
			e.human = t
		}
	}
	var out []Recipient
	for _, k := range order {
		e := by[k]
		if !e.coded {
			if e.human == "" {
				continue
			}
			e.r.Diagnostic = e.human
		}
		e.r.Action = action
		out = append(out, e.r)
	}
	return out
}

// recipientOnLine: a line that is an address (with a display name or
// " on DATE" after it), or a sentence that names the recipient.
func recipientOnLine(t, low string) string {
	for _, p := range []string{"wasn't delivered to ", "was not delivered to ", "problem delivering your message to ", "couldn't be delivered to ", "could not be delivered to ", "your message to ", "delivery to the following recipient failed permanently:", "delivery to the following recipient has been delayed:", "delivery to these recipients or groups is delayed:", "message hasn't been delivered to "} {
		if i := strings.Index(low, p); i >= 0 {
			if a := addrIn(t[i+len(p):]); a != "" {
				return a
			}
		}
	}
	w := t
	if i := strings.Index(low, "<mailto:"); i > 0 {
		w = t[:i]
	}
	if i := strings.Index(low, " on "); i > 0 && i < len(w) {
		w = t[:i]
	}
	w = strings.Trim(w, "'\"")
	if isAddr(strings.Trim(w, "<>:,")) {
		return strings.Trim(w, "<>:,")
	}
	// "Display Name (a@b)" / "Display Name <a@b>"
	if (strings.HasSuffix(w, ")") || strings.HasSuffix(w, ">")) && strings.Count(w, "@") == 1 && len(w) < 200 {
		k := strings.LastIndexAny(w, "(<")
		if k >= 0 && isAddr(w[k+1:len(w)-1]) {
			return w[k+1 : len(w)-1]
		}
	}
	return ""
}

// hostOnly turns "mx.example [192.0.2.1]" / "mx.example(192.0.2.1)" into "mx.example".
func hostOnly(s string) string {
	s = firstWord(s)
	if i := strings.IndexAny(s, "[(:,"); i > 0 {
		s = s[:i]
	}
	return strings.Trim(s, "[]().")
}
