package explain

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// verdict explains one input and fails the test when it does not parse.
func verdict(t *testing.T, in string) Explanation {
	t.Helper()
	e, err := ExplainText(in)
	if err != nil {
		t.Fatalf("%q: %v", in, err)
	}
	checkExplanation(t, e)
	return e
}

// Reply forms that are not "550 5.1.1 text": a code followed by a colon or
// a dash, a code glued to the word before, qmail's (#5.1.1) trailer as the
// only enhanced code, non-standard codes (class from the first digit,
// meaning from the wording).
func TestReplyForms(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in       string
		code     int
		enh      string
		cat      Category
		class    Class
		textHead string
	}{
		{"550: <a@b.example>: User unknown", 550, "", UserUnknown, ClassPermanent, "<a@b.example>: User unknown"},
		{"550 - Requested action not taken: mailbox unavailable. User unknown", 550, "", UserUnknown, ClassPermanent, "Requested action"},
		{"The mail server said below:550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in virtual mailbox table", 550, "5.1.1", UserUnknown, ClassPermanent, "<a@b.example>: Recipient address rejected"},
		{"Sorry, no mailbox here by that name. (#5.1.1)", 0, "5.1.1", UserUnknown, ClassPermanent, "Sorry, no mailbox here by that name."},
		{"Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)", 0, "5.4.6", ServerError, ClassPermanent, "Sorry. Although"},
		{"571 Delivery not authorized, message refused", 571, "", Policy, ClassPermanent, "Delivery not authorized"},
		{"571 5.7.1 Message refused by the recipient's content filter: spam", 571, "5.7.1", SpamContent, ClassPermanent, "Message refused"},
		{"525 5.7.13 User account disabled", 525, "5.7.13", MailboxDisabled, ClassPermanent, "User account disabled"},
		{"451: Temporary local problem - please try later", 451, "", ServerError, ClassTransient, "Temporary local problem"},
	} {
		e := verdict(t, c.in)
		if codeOf(e) != c.code || e.Enhanced != c.enh || e.Category != c.cat || e.Class != c.class || !strings.HasPrefix(e.Text, c.textHead) {
			t.Errorf("%q:\n  got  %d %q %s %s text %q (rule %s)\n  want %d %q %s %s text %q…", c.in, codeOf(e), e.Enhanced, e.Category, e.Class, e.Text, e.Rule, c.code, c.enh, c.cat, c.class, c.textHead)
		}
	}
	// a number in running text is still not a code
	if _, err := Parse("Sorry, the 571 messages were all read"); err == nil {
		t.Errorf("a number in running text was taken for a code")
	}
}

// DSN fields: a Diagnostic-Code in the Postfix "host X said:" form, and a
// Status whose Diagnostic-Code text has no code: the status, the text and
// the code each count for what they know.
func TestDSNFieldsEachCount(t *testing.T) {
	t.Parallel()
	e := verdict(t, "Diagnostic-Code: smtp; host mx.b.example[192.0.2.1] said: 550 5.1.1 <bob@b.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)")
	if codeOf(e) != 550 || e.Enhanced != "5.1.1" || e.Category != UserUnknown || e.RemoteHost != "mx.b.example" || e.Stage != "RCPT TO" {
		t.Errorf("said form: %d %q %s host %q stage %q", codeOf(e), e.Enhanced, e.Category, e.RemoteHost, e.Stage)
	}
	e = verdict(t, "Action: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; Unknown user")
	if e.Enhanced != "5.0.0" || e.Category != UserUnknown || e.Class != ClassPermanent || e.Text != "Unknown user" {
		t.Errorf("status + text: %q %s %s %q", e.Enhanced, e.Category, e.Class, e.Text)
	}
	e = verdict(t, "Status: 4.0.0\nDiagnostic-Code: X-Postfix; delivery temporarily suspended: connect to mx.b.example[192.0.2.1]:25: Connection timed out")
	if e.Enhanced != "4.0.0" || e.Category != Network || e.Class != ClassTransient {
		t.Errorf("X-Postfix: %q %s %s", e.Enhanced, e.Category, e.Class)
	}
	// the code of the diagnostic text, the enhanced code of the status
	e = verdict(t, "Status: 5.2.2\nDiagnostic-Code: smtp; 552 Requested mail action aborted: exceeded storage allocation")
	if codeOf(e) != 552 || e.Enhanced != "5.2.2" || e.Category != MailboxFull {
		t.Errorf("status + code: %d %q %s", codeOf(e), e.Enhanced, e.Category)
	}
}

// A pasted transcript is judged by the reply that failed; the others are
// context, and the note says so.
func TestTranscriptJudgedByFailure(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in    string
		code  int
		cat   Category
		stage string
	}{
		{"354 End data with <CR><LF>.<CR><LF>\n451 4.3.0 Error: queue file write error", 451, ServerError, "END OF DATA"},
		{"220 mx.b.example ESMTP\n421 4.7.0 mx.b.example Error: too many connections from 192.0.2.1", 421, RateLimited, ""},
		{"S: 220 mx.b.example ESMTP Postfix\nC: EHLO client.example\nS: 250-mx.b.example\nS: 250 PIPELINING\nC: MAIL FROM:<a@client.example>\nS: 250 2.1.0 Ok\nC: RCPT TO:<nobody@b.example>\nS: 550 5.1.1 <nobody@b.example>: Recipient address rejected: User unknown in local recipient table\nC: QUIT\nS: 221 2.0.0 Bye", 550, UserUnknown, "RCPT TO"},
		{"> MAIL FROM:<a@nodomain.example>\n< 553 5.1.8 <a@nodomain.example>: Sender address rejected: Domain not found", 553, SenderInvalid, "MAIL FROM"},
		{"250 2.1.0 Ok\n250 2.1.5 Ok\n354 End data with <CR><LF>.<CR><LF>\n250 2.0.0 Ok: queued as 4Xyz", 250, Success, "END OF DATA"},
	} {
		e := verdict(t, c.in)
		if codeOf(e) != c.code || e.Category != c.cat || e.Stage != c.stage || !strings.HasPrefix(c.in, ">") && !strings.Contains(e.Note, "are context") {
			t.Errorf("%.50q: %d %s stage %q note %q; want %d %s %q", c.in, codeOf(e), e.Category, e.Stage, e.Note, c.code, c.cat, c.stage)
		}
	}
	// a multi-line reply is one reply, not a transcript
	e := verdict(t, "550-5.7.1 [192.0.2.9] Our system has detected that this message is\n550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n550 5.7.1 this message has been blocked. a1b2 - gsmtp")
	if e.Note != "" || e.Category != SpamContent {
		t.Errorf("multi-line: %s note %q", e.Category, e.Note)
	}
}

// The stage is used in the verdict: a refusal at MAIL FROM, or worded as one
// of the sender, is about the sender, not the recipient.
func TestStageInVerdict(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in    string
		cat   Category
		stage string
	}{
		{"host mx.b.example[192.0.2.1] said: 550 5.1.1 <a@client.example>... User unknown (in reply to MAIL FROM command)", SenderInvalid, "MAIL FROM"},
		{"host mx.b.example[192.0.2.1] said: 550 Access denied (in reply to MAIL FROM command)", Policy, "MAIL FROM"},
		{"host mx.b.example[192.0.2.1] said: 550 Requested action not taken (in reply to MAIL FROM command)", Unknown, "MAIL FROM"},
		{"SMTP error from remote mail server after MAIL FROM:<a@client.example> SIZE=1234: 550 Unknown user", SenderInvalid, "MAIL FROM"},
		{"550 5.1.0 Sender address rejected: User unknown in relay recipient table", SenderInvalid, ""},
		{"550 The sender was rejected: domain does not exist", SenderInvalid, ""},
		{"host mx.b.example[192.0.2.1] said: 550 Requested action not taken (in reply to RCPT TO command)", Unknown, "RCPT TO"},
		{"host mx.b.example[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)", UserUnknown, "RCPT TO"},
	} {
		e := verdict(t, c.in)
		if e.Category != c.cat || e.Stage != c.stage {
			t.Errorf("%q: %s stage %q (rule %s); want %s %q", c.in, e.Category, e.Stage, e.Rule, c.cat, c.stage)
		}
		if c.cat == SenderInvalid && !strings.Contains(e.Summary, "sender") {
			t.Errorf("%q: summary %q does not speak of the sender", c.in, e.Summary)
		}
	}
}

// Full replies as providers send them (multi-line, wrapped, inside the log
// line or bounce that carries them): the verdict must come from the whole
// reply, not from the first rule a part of it matches.
func TestFullProviderReplies(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, in string
		cat      Category
		rule     string
	}{
		{"gmail 5.7.26 DKIM and SPF", "550-5.7.26 Unauthenticated email from client.example is not accepted due to the\n" +
			"550-5.7.26 sender domain's DMARC policy: DKIM checks did not pass and SPF check for\n" +
			"550-5.7.26 [client.example] did not pass with ip: [192.0.2.1]. The sender should\n" +
			"550-5.7.26 visit https://support.google.com/mail/answer/81126#authentication\n" +
			"550 5.7.26 for instructions on setting up authentication. a1b2c3d4 - gsmtp", SenderAuth, "gmail.dkim-and-spf"},
		{"gmail 4.7.0 both do not pass, in a Postfix log line", "Jan 11 02:21:49 mx postfix/smtp[2755]: A16D218A1FD9: to=<bob@gmail.example>, relay=gmail-smtp-in.l.google.com[192.0.2.27]:25, delay=1, dsn=4.7.0, status=deferred (host gmail-smtp-in.l.google.com[192.0.2.27] said: 421-4.7.0 This message does not pass authentication checks (SPF and DKIM both do 421-4.7.0 not pass). SPF check for [client.example] does not pass with ip: 421-4.7.0 [192.0.2.1].To best protect our users from spam, the message has 421-4.7.0 been blocked. Please visit 421-4.7.0  https://support.google.com/mail/answer/81126#authentication for more 421 4.7.0 information. g206si15421136ybb.469 - gsmtp (in reply to end of DATA command))", SenderAuth, "gmail.dkim-and-spf"},
		{"gmail 5.7.26 authentication results, in an Exim bounce", "  bob@gmail.example\n    host gmail-smtp-in.l.google.com [192.0.2.26]\n    SMTP error from remote mail server after pipelined end of data:\n" +
			"    550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n    550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n    550-5.7.26\n    550-5.7.26  Authentication results:\n    550-5.7.26  DKIM = did not pass\n    550-5.7.26  SPF [client.example] with ip: [192.0.2.1] = did not pass\n    550-5.7.26\n" +
			"    550-5.7.26  To mitigate this issue, please visit Gmail's authentication guide\n    550-5.7.26 for instructions on setting up authentication:\n    550 5.7.26  https://support.google.com/mail/answer/81126#authentication f18si1069648ljf.488 - gsmtp", SenderAuth, "gmail.unauthenticated"},
		{"gmail 5.7.26 wrapped in a Postfix bounce", "<bob@gmail.example>: host gmail-smtp-in.l.google.com[192.0.2.26] said:\n    550-5.7.26 This message does not have authentication information or fails\n    to 550-5.7.26 pass authentication checks. To best protect our users from\n    spam, the 550-5.7.26 message has been blocked. Please visit 550-5.7.26\n    https://support.google.com/mail/answer/81126#authentication for more 550\n    5.7.26 information. t17si19162202pgh.400 - gsmtp (in reply to end of DATA\n    command)", SenderAuth, "gmail.unauthenticated"},
		{"gmail 4.7.30 DKIM only", "421-4.7.30 Your email has been rate limited because DKIM authentication didn't\n421-4.7.30 pass for this message. To best protect our users from spam, the\n421-4.7.30 message has been rate limited. For instructions on setting up\n421 4.7.30 authentication, go to https://support.google.com/mail/answer/81126 a1b2 - gsmtp", SenderAuth, "gmail.dkim"},
	} {
		e := verdict(t, c.in)
		if e.Category != c.cat || e.Rule != c.rule || e.Provider != ProvGmail {
			t.Errorf("%s: %s rule %s provider %q; want %s %s Gmail (text %q)", c.name, e.Category, e.Rule, e.Provider, c.cat, c.rule, e.Text)
		}
	}
}

// The category order that breaks ties between rules of equal evidence names
// every category exactly once, so no tie between categories is left to the
// table order.
func TestCategoryPrecedenceIsTotal(t *testing.T) {
	t.Parallel()
	seen := map[Category]int{}
	for _, c := range categoryPrecedence {
		seen[c]++
	}
	for _, c := range Categories {
		if seen[c] != 1 {
			t.Errorf("category %s appears %d times in categoryPrecedence", c, seen[c])
		}
	}
	if len(categoryPrecedence) != len(Categories) {
		t.Errorf("categoryPrecedence has %d entries, the vocabulary %d", len(categoryPrecedence), len(Categories))
	}
}

// ruleSample builds a reply that satisfies rule r through its keyword kw:
// the keyword, every All keyword, a code, enhanced code, stage and provider
// host that fit the rule.
func ruleSample(r *rule, kw string) Reply {
	text := kw
	for _, a := range r.All {
		text += " ; " + a
	}
	rp := Reply{Text: text, Code: 550}
	if len(r.Enh) > 0 {
		e := enhFirst(r.Enh[0])
		if e[0] == 'X' {
			e = "5" + e[1:]
		}
		rp.Enhanced = e
		rp.Code = int(e[0]-'0') * 100
		if rp.Code == 400 {
			rp.Code = 450
		} else {
			rp.Code = 550
		}
	}
	if len(r.Codes) > 0 {
		rp.Code = r.Codes[0]
	}
	if len(r.Stages) > 0 {
		rp.Stage = r.Stages[0]
	} else if r.AtRcpt {
		rp.Stage = "RCPT TO"
	}
	for _, ph := range providerHosts {
		if ph.Provider == r.Prov && r.Prov != "" {
			rp.RemoteHost = "mx." + ph.Suffix
			break
		}
	}
	return rp
}

// For every pair of rules where one rule's keyword contains the other's (so
// whatever matches the first matches the second too) the more specific
// rule must win when it matches: the table order cannot hide it. Generic
// (weak) rules yield by design, and so are skipped as the specific side.
func TestSpecificRuleWinsForEveryContainedPair(t *testing.T) {
	t.Parallel()
	e := theEngine()
	rules := ruleTable()
	byID := map[string]*rule{}
	for _, r := range rules {
		byID[r.ID] = r
	}
	checked := 0
	for i := range rules {
		b := rules[i]
		if b.Weak || b.Cat == Unknown {
			continue
		}
		for _, kb := range b.Any {
			lkb := lowerASCII(kb)
			for j := range rules {
				a := rules[j]
				if j == i || a.Cat == b.Cat {
					continue
				}
				contained := false
				for _, ka := range a.Any {
					if lka := lowerASCII(ka); len(lka) < len(lkb) && strings.Contains(lkb, lka) {
						contained = true
						break
					}
				}
				if !contained {
					continue
				}
				rp := ruleSample(b, kb)
				ex := ExplainWhy(rp)
				matchedB, matchedA := false, false
				for _, m := range ex.Why.Rules {
					matchedA = matchedA || m.Rule == a.ID
					matchedB = matchedB || m.Rule == b.ID
				}
				if !matchedA || !matchedB {
					continue // the sample does not make both match (codes, Not words)
				}
				checked++
				if ex.Rule == a.ID {
					t.Errorf("rule %s (%q) hides the more specific %s (%q): %s", a.ID, a.Cat, b.ID, kb, ex.Why.Rules[0].Lost+" / "+ex.Why.Decided)
				}
			}
		}
	}
	_ = e
	if checked < 50 {
		t.Errorf("only %d contained pairs were checked", checked)
	}
	t.Logf("%d contained rule pairs checked", checked)
}

// The verdict does not depend on where a rule stands in the table: the
// replies of testdata/replies.tsv get the same category with the rules in
// reverse and in a shuffled order.
func TestVerdictIndependentOfTableOrder(t *testing.T) {
	cases := loadReplies(t)
	base := make([]Category, len(cases))
	for i, c := range cases {
		e, err := ExplainText(c.input)
		if err != nil {
			t.Fatal(err)
		}
		base[i] = e.Category
	}
	orig := append([]*rule(nil), ruleTable()...)
	defer func() { rules = orig; eng = buildEngine() }()
	rng := rand.New(rand.NewSource(10))
	for round := 0; round < 3; round++ {
		perm := append([]*rule(nil), orig...)
		if round == 0 {
			for i, j := 0, len(perm)-1; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
		} else {
			rng.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		}
		rules = perm
		eng = buildEngine()
		for i, c := range cases {
			r, err := Parse(c.input)
			if err != nil {
				t.Fatal(err)
			}
			if got := Explain(r).Category; got != base[i] {
				t.Errorf("round %d: replies.tsv:%d %.60q: %s with the table reordered, %s in table order", round, c.line, c.input, got, base[i])
			}
		}
	}
}

// The scanner's quick pre-test never drops a line that carries a reply: every
// line of the real logs, the corpus and replies.tsv that parseLineInfo takes
// passes mayCarryReply.
func TestMayCarryReplyKeepsEveryReply(t *testing.T) {
	t.Parallel()
	var lines []string
	for _, c := range loadReplies(t) {
		lines = append(lines, strings.Split(c.input, "\n")...)
	}
	real, _ := filepath.Glob(filepath.Join("..", "testdata", "real", "*", "*.txt"))
	for _, name := range real {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*.tsv"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range strings.Split(string(b), "\n") {
			in, _, _ := strings.Cut(row, "\t")
			lines = append(lines, strings.Split(strings.ReplaceAll(in, `\n`, "\n"), "\n")...)
		}
	}
	n := 0
	for _, ln := range lines {
		ln = strings.TrimSpace(ln)
		if ln == "" || !parseLineInfo(ln, true).reply {
			continue
		}
		n++
		if !mayCarryReply([]byte(ln)) && !queueOutcomeLine([]byte(ln)) { // (skip tests both: scan.go, forms22.go)
			t.Errorf("mayCarryReply drops a line that carries a reply: %q", ln)
		}
	}
	if n < 1000 {
		t.Errorf("only %d lines with a reply checked", n)
	}
}

// Keywords with non-ASCII letters match in their usual cases too (the
// automaton folds ASCII only; the other spellings are entered with them).
func TestNonASCIIKeywordCases(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"550 Empfänger unbekannt", "550 EMPFÄNGER UNBEKANNT", "550 empfänger unbekannt", "550 Empfänger Unbekannt", "550 Boîte pleine"} {
		e := verdict(t, in)
		if e.Category != UserUnknown && e.Category != MailboxFull {
			t.Errorf("%q: %s", in, e.Category)
		}
	}
	if m := newMatcher(); true {
		id := m.id("Empfänger unbekannt")
		m.id("empfänger unbekannt")
		if len(m.patterns) != 1 || m.patterns[id] != "empfänger unbekannt" || len(m.variants) != 3 {
			t.Errorf("patterns %q variants %v", m.patterns, m.variants)
		}
	}
}

// A short one-word keyword must start a word: "virus" is not in
// "antivirus", "score" not in "underscore".
func TestShortKeywordsStartAWord(t *testing.T) {
	t.Parallel()
	if e := verdict(t, "451 4.3.0 Antivirus scanner temporarily unavailable, try again later"); e.Category == Virus {
		t.Errorf("antivirus: %s (rule %s)", e.Category, e.Rule)
	}
	if e := verdict(t, "554 5.7.1 Rejected: message contains a virus (Eicar-Signature)"); e.Category != Virus {
		t.Errorf("virus: %s (rule %s)", e.Category, e.Rule)
	}
	m := newMatcher()
	v, sc := m.id("virus"), m.id("antivirus scanner")
	var set patternSet
	m.scan("Antivirus scanner down", &set, nil)
	if set.has(v) || !set.has(sc) {
		t.Errorf("virus %v, antivirus scanner %v", set.has(v), set.has(sc))
	}
}
