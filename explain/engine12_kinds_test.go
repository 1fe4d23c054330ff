package explain

import (
	"slices"
	"testing"
)

// The design-level kinds of session 7 (helper engine12), in new wording.

// A short keyword is a word: it starts a word of the text and may take an
// ending, but it is not found at the start of a longer word; stems are.
func TestKindEngine12KeywordIsAWord(t *testing.T) {
	m := newMatcher()
	ids := map[string]int32{}
	for _, p := range []string{"konta", "spam", "quota", "block", "auth", "disk", "mime", "tls", "payment required"} {
		ids[p] = m.id(p)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		// an ending of up to three letters
		{"IP blocked for spamming, quotas apply", []string{"block", "spam", "quota"}},
		{"the spammer was blocking", []string{"spam", "block"}},
		// not the start of another word
		{"Bitte kontaktieren Sie uns", nil},
		{"refused by spamassassin, see Spamhaus", nil},
		// a capital letter after a small one starts a word of a CamelCase name
		{"QuotaExceededException from SpamAssassin", []string{"quota", "spam"}},
		{"scanned by mimesweeper", nil},
		{"blockchain", nil},
		// a stem runs on into any word it begins
		{"authentication failed, diskspace low", []string{"auth", "disk"}},
		// a Latin keyword inside Chinese text has no space after it
		{"需要TLS，正在断开连接", []string{"tls"}},
		// phrases and longer keywords match anywhere, as before
		{"402paymentrequiredx", nil},
		{"HTTP 402 payment required", []string{"payment required"}},
		// still a word when it is one
		{"Konta nie ma (konta)", []string{"konta"}},
	} {
		var set patternSet
		found := m.scan(tc.text, &set, nil)
		var got []string
		for _, id := range found {
			got = append(got, m.pattern(id))
		}
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: found %q, want %q", tc.text, got, want)
		}
	}
}

func TestKindEngine12KeywordIsAWordVerdicts(t *testing.T) {
	checkKinds(t, []kindCase{
		// German "kontaktieren" is not the Polish mailbox word "konta":
		// a blocked connection is not a disabled mailbox
		{"554 5.7.1 Verbindung gesperrt - bitte kontaktieren Sie den Postmaster", Policy, ClassPermanent},
		// a product whose name begins with a keyword names it whole
		{"550 5.7.1 Message refused: SPAMASSASSIN verdict", SpamContent, ClassPermanent},
		// a stem still runs on
		{"452 4.2.2 user's diskquota has been exceeded", MailboxFull, ClassTransient},
		{"535 5.7.8 Authentication credentials invalid", AuthFailed, ClassPermanent},
	})
}

// A word inside an identifier is not a word of the reply: a label of a
// dotted name or a part of a file path is left out, unless it is a name (a
// provider, a product or a blocklist); a help link (a URL) is read whole.
func TestKindEngine12IdentifierWords(t *testing.T) {
	e := buildEngineOf(true)
	m := e.m
	for _, tc := range []struct {
		text, kw string
		want     bool
	}{
		{"mailing the output of /etc/cron.daily/report", "daily", false},
		{"job cron.hourly failed", "hourly", false},
		{"Error writing /var/spool/quota/tmp/df1", "quota", false},
		{"Connection to spam.filter.example lost", "spam", false},
		{"relay full.lab.example", "full", false},
		// names are read in host names
		{"blocked using dnsbl.lab.example", "dnsbl", true},
		{"listed at zen.spamhaus.example", "spamhaus", true},
		{"from mta5.am0.yahoodns.example", "yahoodns", true},
		// help links are read whole
		{"see https://help.example/blocked.html", "blocked", true},
		// Exchange's identifiers, and a sentence without its space
		{"SMTPSEND.DNS.NonExistentDomain", "dns", true},
		{"Mailbox over quota.Please try later", "quota", true},
		{"Mailbox full.", "full", true},
	} {
		id, ok := m.lookup(tc.kw)
		if !ok {
			t.Fatalf("%q is not a keyword of the table", tc.kw)
		}
		var set patternSet
		m.scan(tc.text, &set, nil)
		if set.has(id) != tc.want {
			t.Errorf("%q: %q found %v, want %v", tc.text, tc.kw, set.has(id), tc.want)
		}
	}
}

func TestKindEngine12IdentifierWordsVerdicts(t *testing.T) {
	checkKinds(t, []kindCase{
		// "daily" in a cron path is no daily limit, and no permanent failure
		{"msmtp: cannot connect to smtp.isp.example, port 587: Network is unreachable (while mailing the output of /etc/cron.daily/report)", Network, ClassTransient},
		// "spam" in a host name is no spam verdict
		{"451 4.4.1 No answer from spam.filter.example", Network, ClassTransient},
		{"421 4.4.2 Connection to spam.filter.example lost", Network, ClassTransient},
		// a domain named like a resolver's answer is no answer; the
		// resolver's own words are (musl's getaddrinfo)
		{"smtp: getaddrinfo(mx.gone.example): Name does not resolve", HostUnknown, ""},
		// a blocklist zone still names the blocklist
		{"550 5.7.1 Client host [192.0.2.8] rejected: listed at dnsbl.lab.example", Reputation, ClassPermanent},
	})
}

// Which reply decides: a closing summary without detail after a specific
// failure (Sendmail's "554 <addr>... Service unavailable") is context, as
// an argument and on standard input; a bare list of replies is read one
// reply a line, except a closing summary and the next line of the same
// reply that lost its dash.
func TestKindEngine12ClosingSummary(t *testing.T) {
	checkKinds(t, []kindCase{
		{">>> RCPT To:<kim@lab.example>\n<<< 550 <kim@lab.example>... Mailbox disabled for this recipient\n554 <kim@lab.example>... Service unavailable", MailboxDisabled, ClassPermanent},
		{"<<< 552 5.2.2 kim@lab.example... Mailbox full\n554 5.0.0 Service unavailable", MailboxFull, ClassPermanent},
	})
	for _, c := range []struct {
		name, in string
		codes    []int
		cats     []Category
	}{
		{"a closing summary after a bare failure", "550 5.2.1 <kim@lab.example>: mailbox disabled\n554 5.0.0 Service unavailable\n",
			[]int{550}, []Category{MailboxDisabled}},
		{"Sendmail's closing after a transcript line", "<<< 550 5.7.1 <kim@lab.example>... Relaying denied\n554 5.0.0 <kim@lab.example>... Service unavailable\n",
			[]int{550}, []Category{RelayDenied}},
		// (explained as its first line arrives: the lines after it are
		// absorbed, not read; the streaming reader cannot wait for them)
		{"a multi-line reply without its dashes", "421 4.7.0 Too many messages from your IP in the last hour; to protect\n421 4.7.0 our users, mail from it is deferred. See\n421 4.7.0 https://help.example/rate for details\n",
			[]int{421}, []Category{RateLimited}},
		// independent replies stay one explanation a line
		{"a list of failures", "550 5.1.1 <a@lab.example>: User unknown\n550 5.1.1 <b@lab.example>: User unknown\n554 5.7.1 <c@lab.example>: Relay access denied\n452 4.2.2 Mailbox full\n",
			[]int{550, 550, 554, 452}, []Category{UserUnknown, UserUnknown, RelayDenied, MailboxFull}},
		{"a summary of another class", "452 4.2.2 Mailbox full\n554 5.0.0 Service unavailable\n",
			[]int{452, 554}, []Category{MailboxFull, Unknown}},
	} {
		got, _ := scanAll(t, c.in, true)
		var codes []int
		var cats []Category
		for _, r := range got {
			codes = append(codes, r.Code)
			cats = append(cats, Explain(r).Category)
		}
		if !equalInts(codes, c.codes) || !slices.Equal(cats, c.cats) {
			t.Errorf("%s: codes %v categories %v, want %v %v", c.name, codes, cats, c.codes, c.cats)
		}
	}
}

// Fallbacks that claimed too much: a bare or unmatched 551 is not "moved"
// (servers use it for relaying refused and unknown addresses too), an
// "other or undefined protocol status" X.5.0 is no syntax error, and IIS's
// per-attempt events are temporary.
func TestKindEngine12Fallbacks(t *testing.T) {
	checkKinds(t, []kindCase{
		{"551", Unknown, ClassPermanent},
		{"551 Requested action not taken", Unknown, ClassPermanent},
		{"551 User not local; please try <lee@new.example>", Moved, ClassPermanent},
		{"550 5.5.0 Requested action not taken: mailbox unavailable", Unknown, ClassPermanent},
		{"500 5.5.0 Command unrecognized", Syntax, ClassPermanent},
		{"Message delivery to the remote domain 'gone.example' failed for the following reason: Unable to bind to the destination server in DNS.", HostUnknown, ClassTransient},
		{"Message delivery to the host '198.51.100.4' failed while delivering to the remote domain 'far.example' for the following reason: The connection was dropped by the remote host.", Network, ClassTransient},
	})
}

// Input forms of held-out batch 12-engine, in new wording: DSN fields that
// lost their line breaks, an NDR flattened into one line whose words before
// the quoted reply tell the cause, Gmail's final bounce title.
func TestKindEngine12FlattenedForms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Final-Recipient: rfc822; lee@far.example Action: failed Status: 5.2.2 Diagnostic-Code: smtp; 552 5.2.2 Mailbox full", MailboxFull, ClassPermanent},
		{"Reporting-MTA: dns; mail.shop.example Final-Recipient: rfc822; ann@far.example Action: delayed Status: 4.4.1 Diagnostic-Code: X-Postfix; connect to mx.far.example[192.0.2.7]:25: Connection refused", Network, ClassTransient},
		{"Your message to ann@far.example couldn't be delivered. ann wasn't found at far.example. Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable'", UserUnknown, ClassPermanent},
		{"Message not delivered Your message couldn't be delivered to ann@far.example. The response was: The recipient server did not accept our requests to connect. [mx.far.example 192.0.2.7: Connection refused]", Network, ClassPermanent},
	})
	// a quoted blank line ends a paragraph on standard input: the quoted
	// bounce is one paste, not its prose and its reply apart
	got, _ := scanAll(t, "> This message was created automatically by mail delivery software.\n>\n> A message that you sent could not be delivered to one or more of its\n> recipients. This is a permanent error. The following address(es) failed:\n>\n>   lee@far.example\n>     SMTP error from remote mail server after RCPT TO:<lee@far.example>:\n>     550 5.1.1 No such user here\n", true)
	if len(got) != 1 || Explain(got[0]).Category != UserUnknown {
		t.Errorf("quoted bounce: %d replies %v", len(got), got)
	}
	// Event Viewer's text of one event is one paste: its header fields are no wording
	got, _ = scanAll(t, "Log Name:      Application\nSource:        DatabaseMail\nEvent ID:      1\nLevel:         Error\nDescription:\nThe mail could not be sent to the recipients because of the mail server failure. (Exception Message: Cannot send mails to mail server. (Mailbox unavailable. The server response was: 5.1.1 User unknown).)\n", true)
	if len(got) != 1 || Explain(got[0]).Category != UserUnknown {
		t.Errorf("event text: %d replies %v", len(got), got)
	}
}

// On standard input, free text followed by the reply it introduces or that
// is indented under it (a Java exception's "nested exception is:") is one
// paste; free text followed by a reply of its own stays a list.
func TestKindEngine12ProseWithReply(t *testing.T) {
	got, _ := scanAll(t, "javax.mail.MessagingException: Could not send the message;\n  nested exception is:\n    com.sun.mail.smtp.SMTPSendFailedException: 552 5.2.2 Quota exceeded for this mailbox\n", true)
	if len(got) != 1 || Explain(got[0]).Category != MailboxFull {
		t.Errorf("nested exception: %d replies %+v", len(got), got)
	}
	got, _ = scanAll(t, "Delivery failed for two recipients\n550 5.1.1 <a@far.example>: User unknown\n452 4.2.2 Mailbox full\n", true)
	var codes []int
	for _, r := range got {
		if r.Code != 0 {
			codes = append(codes, r.Code)
		}
	}
	if !equalInts(codes, []int{550, 452}) {
		t.Errorf("a list: codes %v, want the two replies apart", codes)
	}
}
