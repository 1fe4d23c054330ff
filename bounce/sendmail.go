package bounce

import "strings"

// Sendmail (8.x, and V5): "The original message was received at ..." /
// "----- The following addresses had permanent fatal errors -----" (or
// "transient non-fatal errors" for delay warnings) with "<a@b>" and
// "(reason: 550 5.1.1 User unknown)", then "----- Transcript of session
// follows -----" with "... while talking to mx.example.:", ">>> RCPT
// To:<a@b>", "<<< 550 5.1.1 <a@b>... User unknown". V5 sendmail has only
// the transcript, "550 <a@b>... User unknown", and "----- Unsent message
// follows -----".

func detectSendmail(m *msg) bool {
	return m.has("----- transcript of session follows -----", "----- the following addresses had permanent fatal errors -----",
		"----- the following addresses had transient non-fatal errors -----", "----- unsent message follows -----", "the original message was received at")
}

func parseSendmail(m *msg) []Recipient {
	action := ActionFailed
	if m.has("transient non-fatal errors", "warning: could not send message", "this is a warning message only") {
		action = ActionDelayed
	}
	lines := m.reportLines()
	byAddr := map[string]int{}
	var out []Recipient
	// the transcript: replies per recipient with the stage and the host
	for _, r := range parseTranscript(lines, action) {
		byAddr[lowerASCII(r.Recipient)] = len(out)
		out = append(out, r)
	}
	// the address list with "(reason: ...)", and V5's "550 <a@b>... reason"
	inList := false
	last, host := "", ""
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		low := lowerASCII(t)
		if i := strings.Index(low, "while talking to "); i >= 0 && !inList {
			// the transcript's host, for its summary lines below
			host = strings.TrimSuffix(hostOnly(strings.TrimSuffix(strings.TrimSpace(t[i+len("while talking to "):]), ":")), ".")
		}
		switch {
		case strings.HasPrefix(low, "----- the following addresses had"):
			inList = true
			continue
		case strings.HasPrefix(low, "-----"):
			inList = false
			continue
		}
		if inList {
			if a := strings.Trim(t, "<>"); isAddr(a) {
				last = a
				if _, ok := byAddr[lowerASCII(a)]; !ok {
					byAddr[lowerASCII(a)] = len(out)
					out = append(out, Recipient{Recipient: a, Action: action})
				}
				continue
			}
			if strings.HasPrefix(low, "(reason: ") && last != "" {
				k := byAddr[lowerASCII(last)]
				if out[k].Diagnostic == "" {
					out[k].Diagnostic = strings.TrimSuffix(strings.TrimPrefix(t, "(reason: "), ")")
				}
				if i := strings.Index(low, "while talking to "); i >= 0 && out[k].RemoteMTA == "" {
					out[k].RemoteMTA = strings.TrimSuffix(hostOnly(t[i+len("while talking to "):]), ".")
				}
			}
			continue
		}
		// "550 <a@b>... User unknown" (V5 and the transcript's summary lines)
		if startsWithReplyCode(t) {
			if i := strings.Index(t, "... "); i > 0 {
				if a := addrIn(t[:i]); a != "" {
					if k, ok := byAddr[lowerASCII(a)]; ok {
						if out[k].Diagnostic == "" {
							out[k].Diagnostic = t
						}
						if out[k].RemoteMTA == "" {
							out[k].RemoteMTA = host
						}
					} else {
						byAddr[lowerASCII(a)] = len(out)
						out = append(out, Recipient{Recipient: a, Action: action, Diagnostic: t, RemoteMTA: host})
					}
				}
			}
		}
	}
	var kept []Recipient
	for _, r := range out {
		if r.Diagnostic != "" {
			kept = append(kept, r)
		}
	}
	return kept
}
