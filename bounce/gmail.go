package bounce

import "strings"

// Gmail and Google Workspace: "Delivery to the following recipient failed
// permanently:" (older) or "Address not found" / "Your message wasn't
// delivered to X because ..." then "The response from the remote server
// was:" / "The response was:" / "Technical details of permanent failure:"
// and the reply on the following lines. Delays: "Delivery incomplete",
// "There was a temporary problem delivering your message", "has been
// delayed". A multipart/report DSN part often comes with it.

func detectGmail(m *msg) bool {
	return m.fromHas("googlemail.com", "@google.com", "gmail.com") && m.fromHas("mailer-daemon") ||
		m.has("technical details of permanent failure:", "technical details of temporary failure:", "the response from the remote server was:", "google tried to deliver your message") ||
		m.has("delivery to the following recipient failed permanently", "delivery to the following recipient has been delayed")
}

func parseGmail(m *msg) []Recipient {
	lines := m.reportLines()
	action := ActionFailed
	if m.has("delivery incomplete", "there was a temporary problem delivering", "has been delayed", "will retry for", "technical details of temporary failure") {
		action = ActionDelayed
	}
	var out []Recipient
	last := ""
	var group []string // "... delivering your message to a@x, b@y." names several
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		low := lowerASCII(t)
		if strings.HasPrefix(low, "the response from the remote server was:") || strings.HasPrefix(low, "the response was:") ||
			strings.HasPrefix(low, "technical details of permanent failure:") || strings.HasPrefix(low, "technical details of temporary failure:") ||
			strings.HasPrefix(low, "the error that the other server returned was:") {
			var parts []string
			for i+1 < len(lines) {
				nt := strings.TrimSpace(lines[i+1])
				if nt == "" && len(parts) > 0 {
					break
				}
				i++
				if nt != "" {
					parts = append(parts, nt)
				}
				if len(parts) >= 12 {
					break
				}
			}
			a := action
			if strings.HasPrefix(low, "technical details of temporary failure:") {
				a = ActionDelayed
			}
			if last == "" || len(parts) == 0 {
				continue
			}
			r := Recipient{Recipient: last, Action: a, Diagnostic: strings.Join(parts, "\n")}
			// "Google tried to deliver your message, but it was rejected by
			// the server for the recipient domain d by mx.d. [ip]."
			if lp := lowerASCII(parts[0]); strings.HasPrefix(lp, "google tried to deliver") {
				if k := strings.LastIndex(lp, " by "); k >= 0 {
					r.RemoteMTA = hostOnly(parts[0][k+4:])
				}
			}
			if len(group) > 1 && equalFold(group[0], last) {
				for _, g := range group {
					rg := r
					rg.Recipient = g
					out = append(out, rg)
				}
				group = nil
				continue
			}
			if n := len(out); n > 0 && equalFold(out[n-1].Recipient, last) {
				if r.RemoteMTA == "" {
					r.RemoteMTA = out[n-1].RemoteMTA
				}
				out[n-1] = r // the later, more technical block wins
				continue
			}
			out = append(out, r)
			continue
		}
		if a := recipientOnLine(t, low); a != "" {
			last = a
			group = gmailRecipientList(t, low)
		}
	}
	return out
}

// gmailRecipientList reads the addresses of "There was a problem delivering
// your message to a@x, b@y. See the technical details below." (one reply
// for them all).
func gmailRecipientList(t, low string) []string {
	for _, p := range []string{"delivering your message to ", "wasn't delivered to "} {
		i := strings.Index(low, p)
		if i < 0 {
			continue
		}
		rest := t[i+len(p):]
		if j := strings.Index(rest, ". "); j >= 0 {
			rest = rest[:j]
		}
		if j := strings.Index(lowerASCII(rest), " because"); j >= 0 {
			rest = rest[:j]
		}
		var out []string
		for _, w := range strings.Split(rest, ",") {
			if a := addrIn(w); a != "" {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}
