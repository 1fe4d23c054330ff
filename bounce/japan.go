package bounce

import "strings"

// The Japanese mobile carriers (NTT docomo, au/KDDI, SoftBank) and other
// Japanese-language bounces: the body (ISO-2022-JP or Shift_JIS, decoded
// before matching) names the address and gives the reason in Japanese,
// often with an English line beside it. The Japanese reasons are given an
// English gloss so that explain's rules read them.

var japanCarriers = []string{"docomo", "ezweb", "au.com", "kddi", "softbank", "vodafone", "disney.ne"}

func detectJapan(m *msg) bool {
	for _, k := range japanReasons {
		if strings.Contains(m.text, k.ja) {
			return true
		}
	}
	return m.fromHas(japanCarriers...) && looksLikeBounce(m)
}

var japanReasons = []struct{ ja, en string }{
	{"宛先不明", "550 5.1.1 user unknown"},
	{"存在しない", "550 5.1.1 user unknown"},
	{"存在しません", "550 5.1.1 user unknown"},
	{"見つかりません", "550 5.1.1 user unknown"},
	{"受信拒否", "550 5.7.1 rejected by the recipient's filter (receiving refused)"},
	{"拒否", "550 5.7.1 rejected by the recipient's filter (receiving refused)"},
	{"容量", "552 5.2.2 mailbox full"},
	{"いっぱい", "552 5.2.2 mailbox full"},
	{"サイズ", "552 5.3.4 message too big"},
	{"送信できませんでした", "550 5.0.0 the message could not be delivered"},
	{"配信できませんでした", "550 5.0.0 the message could not be delivered"},
	{"届けることができませんでした", "550 5.0.0 the message could not be delivered"},
}

func parseJapan(m *msg) []Recipient {
	lines := m.reportLines()
	// first a layout with a reply, as written beside the Japanese text
	for _, f := range []func([]string, string) []Recipient{parseColonBlocks, parseAddrReason} {
		if rs := f(lines, ActionFailed); len(rs) > 0 {
			for i := range rs {
				rs[i].Diagnostic = japanGloss(rs[i].Diagnostic)
			}
			return rs
		}
	}
	// else every address on its own line gets the report's reason
	reason := japanGloss(m.text)
	var out []Recipient
	seen := map[string]bool{}
	for _, ln := range lines {
		t := strings.Trim(strings.TrimSpace(ln), "<>:")
		if isAddr(t) && !m.isOwnAddress(t) && !seen[lowerASCII(t)] {
			seen[lowerASCII(t)] = true
			out = append(out, Recipient{Recipient: t, Action: ActionFailed, Diagnostic: reason})
		}
	}
	return out
}

// japanGloss returns s with the English reply its Japanese reason means
// put in front, when s has no reply code of its own.
func japanGloss(s string) string {
	if startsWithReplyCode(strings.TrimSpace(s)) {
		return s
	}
	for _, k := range japanReasons {
		if strings.Contains(s, k.ja) {
			return k.en + " (" + collapseSpace(firstLine(strings.TrimSpace(s))) + ")"
		}
	}
	return s
}
