package explain

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Batch 22's parser kinds (issue 10, helper final22; docs/heldout/heldout22.md),
// the kinds heldout21's first run left:
//
//   - Cisco AsyncOS's text mail log reports a delivery that failed or was
//     delayed as "Delayed: DCID n MID n to RID n - 4.1.0 - Unknown address
//     error ('466', ['Mailbox temporarily full.'])": the label between the
//     dashes is AsyncOS's own grouping of the enhanced code's subject
//     ("Unknown address error" for any X.1.x), the tuple after it the reply
//     the remote server gave. The reply decides (asyncOSDelivery);
//   - the same log's "Message done DCID n MID n to RID [0]" is a delivery
//     (final22.asyncos-message-done);
//   - a reply code glued to Chinese, Japanese or Korean words, which have no
//     spaces between words: "报错550是什么原因", "出现554错误", "550エラー",
//     "550오류" (cjkGluedCodes).

var final22Rules = []rule{
	// AsyncOS's "Message done DCID 16 MID 4 to RID [0]": the delivery
	// connection handed the message (its recipients' RIDs) to the next hop
	{ID: "final22.asyncos-message-done", Any: []string{"message done dcid"},
		Not: []string{"bounced:", "delayed:", "aborted"},
		Cat: Success, Pri: 12,
		Summary: "Cisco Secure Email (AsyncOS) delivered the message: \"Message done DCID ... to RID\" says the delivery connection handed it to the next server for those recipients."},
	// a log that cuts its line inside the word ("Expected response code 220
	// but got an empty respons", Craft's log; heldout21's first run): the
	// empty greeting, as apps11.connection-never-answered reads it whole
	{ID: "final22.empty-response-cut", Any: []string{"got an empty resp", "got an empty rep"},
		Not: []string{"tls", "ssl", "certificate", "handshake", "failed to authenticate"},
		Cat: Network, Pri: 4,
		Summary: "The client never got a usable reply: the connection to the mail server could not be opened, or it closed before the server's greeting (the log cut the line short)."},
	// an application's mail library refusing a blank sender ("SMTP From
	// address may not be blank: nil", Ruby's mail gem; heldout21's first
	// run): no sender is configured, which the blank-recipient rule
	// (app18.empty-recipient-address) read as a syntax error
	{ID: "final22.blank-sender-address", Any: []string{"from address may not be blank", "from address can't be blank", "from address cannot be blank",
		"sender address may not be blank", "sender address can't be blank", "sender address cannot be blank", "from address is empty", "sender address is empty",
		"from address must not be empty", "from address must not be blank", "no from address given", "no sender address given", "from address is missing", "sender address is missing"},
		Cat: SenderInvalid, Pri: conceptPri + 24,
		Summary: "The application has no sender address: its mail library refused the message before it reached a server, since the From (envelope sender) is blank.",
		Fix: []string{"Set the sender address in the application's mail settings (a From or default sender, a no-reply address of your domain).",
			"Check that the setting is read in the environment that sends (an environment variable unset in production, a job that runs without the configuration)."}},
	// a misspelt connection failure in a client's dialog ("QK SMTP Server:
	// Conection Fail"; heldout21's first run)
	{ID: "final22.conection-misspelt", Any: []string{"conection fail", "conection error", "conection refused", "conection timed out", "conection timeout", "conection lost"},
		With: []string{"smtp", "mail", "server"},
		Cat:  Network, Weak: true, Pri: conceptPri,
		Summary: "The client could not connect to the mail server (the message spells \"connection\" with one n)."},
}

// asyncOSDelivery rewrites AsyncOS's delayed or bounced delivery line into
// the reply it carries: "<code> <enhanced> <reply text>", the enhanced code
// the reply's own when it has one, else X.0.0 of AsyncOS's class. The label before the
// tuple is AsyncOS's name for the enhanced code's subject, no words of the
// remote server, and is dropped. Lines of another form stay as they are.
func asyncOSDelivery(s string) string {
	if !strings.Contains(s, "DCID ") || !strings.Contains(s, "('") {
		return s
	}
	lines := strings.Split(s, "\n")
	changed := false
	for k, ln := range lines {
		if r, ok := asyncOSReplyLine(ln); ok {
			lines[k] = r
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(lines, "\n")
}

// asyncOSReplyLine reads one line of the form above.
func asyncOSReplyLine(ln string) (string, bool) {
	at := -1
	for _, w := range []string{"Delayed: DCID ", "Bounced: DCID ", "Delayed: MID ", "Bounced: MID "} {
		if i := strings.Index(ln, w); i >= 0 {
			at = i
			break
		}
	}
	if at < 0 {
		return "", false
	}
	rest := ln[at:]
	// " - 4.1.0 - Label ('466', [...])"
	d := strings.Index(rest, " - ")
	if d < 0 {
		return "", false
	}
	after := rest[d+3:]
	enh, ok := leadingEnhanced(after)
	if !ok || !strings.HasPrefix(after[len(enh):], " - ") {
		return "", false
	}
	t := strings.Index(after, "('")
	if t < 0 || t+6 > len(after) || after[t+5] != '\'' {
		return "", false
	}
	code := after[t+2 : t+5]
	if !isDigit(code[0]) || !isDigit(code[1]) || !isDigit(code[2]) || code[0] < '2' || code[0] > '5' {
		return "", false
	}
	list := after[t+6:]
	if !strings.HasPrefix(list, ", [") {
		return "", false
	}
	list = list[3:]
	end := strings.Index(list, "])")
	if end < 0 {
		return "", false
	}
	var words []string
	for _, item := range strings.Split(list[:end], "', ") {
		item = strings.Trim(strings.TrimSpace(item), "'\"")
		if item != "" {
			words = append(words, item)
		}
	}
	text := strings.Join(words, " ")
	if own, ok := leadingEnhanced(text); ok && own[0] == code[0] {
		enh, text = own, strings.TrimSpace(text[len(own):])
	} else if enh[0] == code[0] {
		// AsyncOS's own enhanced code for a reply without one names
		// AsyncOS's grouping (X.1.0 for any refusal of an address), no
		// word of the remote server: only its class is kept, which
		// carries a code outside the standard range ('466')
		enh = enh[:1] + ".0.0"
	} else {
		enh = "" // AsyncOS's code of another class than the reply's (not seen): the reply's code alone
	}
	out := code
	if enh != "" {
		out += " " + enh
	}
	if text != "" {
		out += " " + text
	}
	return out, true
}

// cjkGluedCodes puts a space between a reply code and the Chinese,
// Japanese or Korean word it is glued to ("报错550是什么原因", "出现554错误",
// "550エラー"): those languages write no space between words, and a code in
// their running text is only found with one. A number that counts (a unit
// or a counter word after it: "550封", "550秒", "550件", "550개") or orders
// ("第550") is no code and stays as it is.
func cjkGluedCodes(s string) string {
	var b strings.Builder
	changed := false
	last := 0
	for i := 0; i+3 <= len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		if !isReplyCodeAt(s, i) || i+3 < len(s) && isDigit(s[i+3]) {
			continue
		}
		var before, after rune = -1, -1
		if i > 0 {
			before, _ = utf8.DecodeLastRuneInString(s[:i])
		}
		if i+3 < len(s) {
			after, _ = utf8.DecodeRuneInString(s[i+3:])
		}
		gluedBefore, gluedAfter := cjkWordRune(before), cjkWordRune(after)
		if !gluedBefore && !gluedAfter {
			continue
		}
		// the other side: a CJK word, the text's end, or a space or punctuation
		if !gluedBefore && before != -1 && before != ' ' && before != '\t' && before != '\n' && !unicode.IsPunct(before) ||
			!gluedAfter && after != -1 && after != ' ' && after != '\t' && after != '\n' && after != '.' && after != ',' {
			continue
		}
		if gluedAfter && cjkCounterRune(after) || gluedBefore && cjkOrdinalBefore(s[:i]) {
			continue
		}
		if !changed {
			changed = true
			b.Grow(len(s) + 4)
		}
		b.WriteString(s[last:i])
		if gluedBefore {
			b.WriteByte(' ')
		}
		b.WriteString(s[i : i+3])
		if gluedAfter || after == '.' || after == ',' {
			b.WriteByte(' ')
		}
		last = i + 3
		i += 2
	}
	if !changed {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// cjkWordRune: a letter of Chinese, Japanese or Korean text (Han, kana,
// Hangul), or the ideographic punctuation between them.
func cjkWordRune(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF01 && r <= 0xFF0F || r >= 0xFF1A && r <= 0xFF20
}

// cjkCounterRune: a unit or counter word after a number, which makes it a
// count or a measure ("550封邮件", "550秒", "550件", "550개").
func cjkCounterRune(r rune) bool {
	switch r {
	case '封', '条', '條', '个', '個', '件', '通', '次', '回', '秒', '分', '时', '時', '天', '日', '月', '年', '号', '號',
		'元', '円', '人', '名', '位', '台', '行', '字', '页', '頁', '米', '克', '毫', '兆', '万', '萬', '千', '百', '番', '歳', '岁',
		'개', '초', '분', '번', '건', '통', '명', '일', '년', '원':
		return true
	}
	return false
}

// cjkOrdinalBefore: the words before a number that order or count it
// ("第550", "共550", "端口550", "超过550").
func cjkOrdinalBefore(s string) bool {
	for _, w := range []string{"第", "共", "约", "約", "每", "端口", "ポート", "포트", "超过", "超過", "超出", "多于", "多於", "以上", "大约", "大約", "제"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// hasGluedDigits: a cheap test before cjkGluedCodes: a digit next to a byte
// of a multi-byte character.
func hasGluedDigits(s string) bool {
	for i := 1; i < len(s); i++ {
		if isDigit(s[i]) && s[i-1] >= 0x80 || s[i] >= 0x80 && isDigit(s[i-1]) {
			return true
		}
	}
	return false
}
