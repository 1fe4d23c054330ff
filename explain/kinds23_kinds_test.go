package explain

import (
	"slices"
	"strings"
	"testing"
)

// Helper kinds23: engine-level kinds left in known-failures.tsv and seen
// across batches (the rule table's own checks, compound words of German,
// Dutch and Swedish, a recipient's outcome across the lines of a pasted
// log). Each kind is tested in new wording; negative cases keep the
// neighbouring readings.

// A pasted Exim log that deferred a recipient and delivered it later: the
// delivery line ("=> a@b R=... T=... C=\"250 ...\"") names its recipient
// and its outcome, so the deferral is over, as for a Postfix log's
// status=deferred then status=sent (laterDelivery). Another recipient's
// failure, or a deferral of another recipient, still decides.
func TestKindKinds23EximLaterDelivery(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2025-01-14 08:02:11 1tXa9Q-00031K-2b == olga@harbour.example R=dnslookup T=remote_smtp defer (-45) H=mx1.harbour.example [198.51.100.20]: SMTP error from remote mail server after RCPT TO:<olga@harbour.example>: 450 4.7.1 Try again later, greylisted\n2025-01-14 08:17:40 1tXa9Q-00031K-2b => olga@harbour.example R=dnslookup T=remote_smtp H=mx1.harbour.example [198.51.100.20] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 Ok: queued as 4YbQ1\"\n2025-01-14 08:17:40 1tXa9Q-00031K-2b Completed", Success, ClassSuccess},
		{"2025-01-14 09:00:02 1tXb00-0004AA-7c == bo@quay.example R=dnslookup T=remote_smtp defer (110): Connection timed out\n2025-01-14 10:00:02 1tXb00-0004AA-7c -> bo@quay.example R=dnslookup T=remote_smtp H=mx.quay.example [203.0.113.44] C=\"250 OK id=1tXb77-0001\"", Success, ClassSuccess},
		// neighbours: the deferred recipient is not the one delivered
		{"2025-01-14 08:02:11 1tXa9Q-00031K-2b == olga@harbour.example R=dnslookup T=remote_smtp defer (-45) H=mx1.harbour.example [198.51.100.20]: SMTP error from remote mail server after RCPT TO:<olga@harbour.example>: 452 4.2.2 Mailbox over quota\n2025-01-14 08:02:12 1tXa9Q-00031K-2b => ivan@harbour.example R=dnslookup T=remote_smtp H=mx1.harbour.example [198.51.100.20] C=\"250 2.0.0 Ok: queued as 4YbQ2\"", MailboxFull, ClassTransient},
		// a bounce of one recipient and a delivery of another: the bounce
		{"2025-01-14 08:02:11 1tXa9Q-00031K-2b ** nadia@harbour.example R=dnslookup T=remote_smtp H=mx1.harbour.example [198.51.100.20]: SMTP error from remote mail server after RCPT TO:<nadia@harbour.example>: 550 5.1.1 Mailbox does not exist\n2025-01-14 08:02:12 1tXa9Q-00031K-2b => ivan@harbour.example R=dnslookup T=remote_smtp H=mx1.harbour.example [198.51.100.20] C=\"250 2.0.0 Ok: queued as 4YbQ3\"", UserUnknown, ClassPermanent},
	})
}

// neverMatching lists the rules of table that can never match: check
// requires a rule to be about something (Any keywords, enhanced codes,
// basic codes or a service's classification field), so a rule whose words
// are all in All or With (or Not) is dead, whatever the reply.
func neverMatching(table []*rule) []string {
	var dead []string
	for _, r := range table {
		if len(r.Any) == 0 && len(r.Enh) == 0 && len(r.Codes) == 0 && r.ESP == "" {
			dead = append(dead, r.ID)
		}
	}
	return dead
}

// The rule table refuses a rule that can never match (helper kinds23): a
// rule written with All and no Any passes every other check and is silently
// never used.
func TestKinds23NoRuleNeverMatches(t *testing.T) {
	if dead := neverMatching(keywordTable()); len(dead) > 0 {
		t.Errorf("rules that can never match (give each an Any group, codes or enhanced codes): %v", dead)
	}
	// the check itself: a rule with All only is found, one with Any is not
	probe := []*rule{
		{ID: "probe.all-only", All: []string{"mailbox", "full"}, Cat: MailboxFull},
		{ID: "probe.with-only", With: []string{"full"}, Cat: MailboxFull},
		{ID: "probe.any", Any: []string{"mailbox"}, All: []string{"full"}, Cat: MailboxFull},
		{ID: "probe.code", Codes: []int{552}, All: []string{"full"}, Cat: MailboxFull},
	}
	if got := neverMatching(probe); len(got) != 2 || got[0] != "probe.all-only" || got[1] != "probe.with-only" {
		t.Errorf("neverMatching(probe) = %v, want [probe.all-only probe.with-only]", got)
	}
	// and such a rule, compiled, matches nothing even when its words occur
	e := buildEngineFrom(probe[:2], true)
	var set patternSet
	found := e.m.scan("mailbox full", &set, nil)
	if r := e.match(&set, found, matchInput{code: 552}, nil); r != nil {
		t.Errorf("a rule without Any matched %q", "mailbox full")
	}
}

// German, Dutch and Scandinavian compounds written as one word: a keyword
// starts a word after a compound head that names a message's party or
// mail itself ("Empfänger|postfach", "ontvangers|mailbox"), and a party
// head as a keyword runs on into its compound ("Afzender|adres"). Before,
// these were refused (no wording found) or read by another word.
func TestKindKinds23Compounds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Zustellung fehlgeschlagen: das Empfängerpostfach ist voll.", MailboxFull, ClassPermanent},
		{"452 4.2.2 Empfängermailbox ist voll, bitte später erneut versuchen", MailboxFull, ClassTransient},
		{"De ontvangersmailbox zit vol.", MailboxFull, ClassPermanent},
		{"Benutzerpostfach deaktiviert", MailboxDisabled, ClassPermanent},
		{"Mottagarkontot är avstängt.", MailboxDisabled, ClassPermanent},
		{"Mottakeradressen finnes ikke.", UserUnknown, ClassPermanent},
		{"Afzenderadres geweigerd door de ontvangende server", SenderInvalid, ClassPermanent},
		{"550 Empfängerdomain nicht gefunden", HostUnknown, ClassPermanent},
		// neighbours: a login name is no mailbox, and an English word
		// that ends like a head does not split ("Ordersender" is no
		// "sender" + word)
		{"535 5.7.8 Benutzername oder Passwort ungültig", AuthFailed, ClassPermanent},
		{"550 5.1.1 Empfänger unbekannt", UserUnknown, ClassPermanent},
	})
}

// The compound split itself (afterCompoundHead): a head of any case, a
// hyphenated head, and no split inside a longer word or after a word that
// only ends like a head.
func TestKinds23AfterCompoundHead(t *testing.T) {
	for _, tc := range []struct {
		text string
		st   int
		want bool
	}{
		{"Empfängerpostfach", len("Empfänger"), true},
		{"EMPFÄNGERPOSTFACH", len("EMPFÄNGER"), true},
		{"das e-mailadres", len("das e-mail"), true},
		{"ontvangersmailbox", len("ontvangers"), true},
		{"Hauptempfängerpostfach", len("Hauptempfänger"), false},
		{"tendermailbox", len("tender"), false},
		{"postfach", 0, false},
	} {
		if got := afterCompoundHead(tc.text, tc.st); got != tc.want {
			t.Errorf("afterCompoundHead(%q, %d) = %v, want %v", tc.text, tc.st, got, tc.want)
		}
	}
	// every head fits the back scan and is lower case; every party head is a head
	for _, h := range compoundHeads {
		if len(h) > maxCompoundHead || len(h) < 6 || strings.ToLower(h) != h {
			t.Errorf("compound head %q: want 6 to %d bytes, lower case", h, maxCompoundHead)
		}
	}
	for _, h := range partyHeads {
		if !slices.Contains(compoundHeads[:], h) {
			t.Errorf("party head %q is not in compoundHeads", h)
		}
	}
}

// Batch 23-kinds' vocabulary: the storage space in Swedish, Norwegian and
// Danish (lagringsutrymme, lagringsplass, lagerplads), the Swedish passive
// "hittades inte" (was not found), and the Swedish recipient as a
// compound's head ("mottagar|adressen") even where a server is named.
func TestKindKinds23NordicVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Brevet kom i retur: mottakerens lagringsplass er full", MailboxFull, ClassPermanent},
		{"Modtagerens lagerplads er fuld", MailboxFull, ClassPermanent},
		{"E-postadressen hittades inte", UserUnknown, ClassPermanent},
		{"Leveransen misslyckades: mottagaradressen hittades inte på servern", UserUnknown, ClassPermanent},
		// neighbours: the sender's address, the recipient's domain
		{"Avsändaradressen hittades inte", SenderInvalid, ClassPermanent},
		{"Mottagardomänen hittades inte", HostUnknown, ClassPermanent},
	})
}

// qmail-send's log pasted with its "starting delivery N: msg M to remote
// a@b" lines: a deferral of a recipient that a later delivery of the same
// recipient succeeded is over (qmailDeferralsOver), as in Postfix's and
// Exim's logs; a deferral of another recipient still decides.
func TestKindKinds23QmailLaterDelivery(t *testing.T) {
	checkKinds(t, []kindCase{
		{"@40000000675b2c1a0c3d starting delivery 41: msg 2203117 to remote lia@meadow.example\n@40000000675b2c1b1a2f delivery 41: deferral: 198.51.100.30_does_not_like_recipient./Remote_host_said:_450_4.7.1_Greylisted,_try_again_in_5_minutes/Giving_up_on_198.51.100.30./\n@40000000675b2e7f0e11 starting delivery 57: msg 2203117 to remote lia@meadow.example\n@40000000675b2e802b4c delivery 57: success: 198.51.100.30_accepted_message./Remote_host_said:_250_2.0.0_Ok:_queued_as_91C2/\n@40000000675b2e802b4d end msg 2203117", Success, ClassSuccess},
		// neighbour: the delivered recipient is another one
		{"@40000000675b2c1a0c3d starting delivery 41: msg 2203117 to remote lia@meadow.example\n@40000000675b2c1b1a2f delivery 41: deferral: 198.51.100.30_does_not_like_recipient./Remote_host_said:_452_4.2.2_Mailbox_full/Giving_up_on_198.51.100.30./\n@40000000675b2e7f0e11 starting delivery 42: msg 2203117 to remote tom@meadow.example\n@40000000675b2e802b4c delivery 42: success: 198.51.100.30_accepted_message./Remote_host_said:_250_ok/", MailboxFull, ClassTransient},
	})
}

// Batch 23-kinds b: a keyword that is the first part of a compound runs on
// into a tail that names a check, a suspicion or a block ("Spam|verdacht",
// "Viren|prüfung", "spam|controle"), and the Dutch "uitgeschakeld", the
// Norwegian/Danish "svarer ikke", the Norwegian/Danish recipient as a subject.
func TestKindKinds23CompoundTails(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Abgelehnt: Spamverdacht (Score 12.4)", SpamContent, ClassPermanent},
		{"554 Bericht geweigerd door de spamcontrole van de ontvanger", SpamContent, ClassPermanent},
		{"550 Meldingen ble stoppet av spamfilteret", SpamContent, ClassPermanent},
		{"De mailbox van de ontvanger is uitgeschakeld", MailboxDisabled, ClassPermanent},
		{"Modtagerserveren svarer ikke", Network, ClassTransient},
		{"Modtagerens konto er spærret", MailboxDisabled, ClassPermanent},
		// neighbours: a keyword that runs on into another word stays unread
		// ("spam" in "Spamhaus" is the blocklist's name, not content)
		{"554 5.7.1 Service unavailable; Client host [192.0.2.4] blocked using zen.spamhaus.org", Reputation, ClassPermanent},
	})
	if !intoCompoundTail("Spamverdacht", 4) || intoCompoundTail("Spamverdachtsfallmeldung", 4) || intoCompoundTail("spammers", 4) {
		t.Error("intoCompoundTail: want Spam|verdacht, not a longer word after the tail, not an English ending")
	}
}
