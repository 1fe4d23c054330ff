package bounce

import "strings"

// DragonFly Mail Agent (dma, mail.c bounce()): "This is the DragonFly Mail
// Agent vX at HOST." / "There was an error delivering your mail to <a@b>."
// then the reason paragraph, then "Original message follows." or "Message
// headers follow.". One recipient per bounce.

func detectDMA(m *msg) bool {
	return m.has("this is the dragonfly mail agent", "there was an error delivering your mail to <")
}

func parseDMA(m *msg) []Recipient {
	lines := m.reportLines()
	var out []Recipient
	for i := 0; i < len(lines); i++ {
		low := lowerASCII(lines[i])
		j := strings.Index(low, "there was an error delivering your mail to ")
		if j < 0 {
			continue
		}
		a := addrIn(lines[i][j:])
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
		}
		if a != "" && len(parts) > 0 {
			d := strings.Join(parts, " ")
			action := ActionFailed
			if strings.Contains(lowerASCII(d), "deferred") {
				action = ActionDelayed
			}
			out = append(out, Recipient{Recipient: a, Action: action, Diagnostic: d})
		}
	}
	return out
}
