package explain

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"
)

var stdinListDisagreements = flag.Bool("stdin.list", false, "list the multi-line corpus rows whose standard-input reading disagrees with the argument's")

// stdinDisagreement says how the standard-input reading of a multi-line
// text differs from the same text given as an argument ("" when it does
// not): a paste must give one explanation with the argument's verdict, and
// leave no line unexplained.
func stdinDisagreement(t *testing.T, in string) string {
	var want Explanation
	r, err := Parse(in)
	if err == nil {
		want = Explain(r)
	}
	got, sc := scanAll(t, in+"\n", true)
	switch {
	case err != nil:
		return "" // (the argument is refused: nothing to agree with)
	case len(got) == 0:
		return "" // (smtpgw explain then reads the whole input as one paste, as the argument)
	case len(got) > 1:
		return fmt.Sprintf("stdin: %d explanations", len(got))
	case differs(got[0], want):
		g := Explain(got[0])
		return fmt.Sprintf("stdin %s/%s, argument %s/%s", g.Category, g.Class, want.Category, want.Class)
	case sc.Skipped > 0:
		return fmt.Sprintf("stdin: %d lines unexplained", sc.Skipped)
	}
	return ""
}

// TestStdinAgreesOnCorpusPastes measures, over every multi-line corpus row,
// whether standard input reads it as the argument does (-v prints the
// count by kind, -stdin.list every row). Some rows are lists on standard
// input by design (mail logs, transcripts of several sessions), so not all
// agree; before batch 19-prov's scanner kinds (lead lines, context after the
// reply, one paste's unexplained lines) 510 of 2,582 did not (19.8%), after
// them 278 (10.8%). The test holds the share under 12%.
func TestStdinAgreesOnCorpusPastes(t *testing.T) {
	kinds := map[string]int{}
	n, bad := 0, 0
	for _, row := range loadCorpus(t) {
		if !strings.Contains(row.input, "\n") {
			continue
		}
		n++
		d := stdinDisagreement(t, row.input)
		if d == "" {
			continue
		}
		bad++
		k := d
		if i := strings.IndexAny(k, "0123456789"); i >= 0 && strings.HasPrefix(k, "stdin: ") {
			k = "stdin: N" + k[strings.IndexByte(k[i:], ' ')+i:]
		} else if strings.HasPrefix(k, "stdin ") {
			k = "stdin: other verdict"
		}
		kinds[k]++
		if *stdinListDisagreements {
			t.Logf("%s:%d %s\n%s", row.file, row.line, d, row.input)
		}
	}
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.Logf("%-35s %d", k, kinds[k])
	}
	t.Logf("multi-line rows %d, stdin disagrees on %d", n, bad)
	if bad*100 > n*12 {
		t.Errorf("standard input reads %d of %d multi-line corpus rows otherwise than the argument (over 12%%): run with -v -stdin.list", bad, n)
	}
}

// TestKindProv19StdinLeadAndContext: the kinds in new wording. Free text
// above the first reply whose lines name no cause of their own is its lead
// (one paste with it); so is a line that introduces the reply ("... was:")
// after lines that name the cause; free lines below the first reply that
// name no cause are its context; and a paste of one reply leaves no line
// unexplained. Lists stay lists: lines that each name a cause, a log, a
// file's comment lines, a CSV export.
func TestKindProv19StdinLeadAndContext(t *testing.T) {
	for _, c := range []struct {
		in      string
		n       int      // explanations
		cat     Category // of the last
		skipped int
	}{
		// lead lines (a provider's separators, the recipient alone, "host:")
		{"+++ Delivery report +++\n<mo@far.example>\nhost: mx.far.example\n550 5.1.1 <mo@far.example>: no mailbox by that name", 1, UserUnknown, 0},
		// a lead that says only that delivery failed
		{"Your mail could not be delivered.\n452 4.2.2 <mo@far.example>: quota exceeded, try later", 1, MailboxFull, 0},
		// lines that name the cause, then one that introduces the reply
		{"Mailbox full\nThe receiving server said:\n552 5.2.2 mailbox full", 1, MailboxFull, 0},
		// context below the reply, and after a blank line
		{"554 5.7.1 <mo@far.example>: Relay access denied\nPlease contact your provider.", 1, RelayDenied, 0},
		{"550 5.7.1 Message rejected as spam\n\nOriginal message details:\n  To: mo@far.example", 1, SpamContent, 0},
		// lists
		{"Envelope expired\nmailbox full\n550 5.1.1 <mo@far.example>: User unknown", 3, UserUnknown, 0},
		{"# a file's comment\nDec  7 05:00:02 mx postfix/smtp[12]: C3: to=<ab@far.example>, relay=mx.far.example[192.0.2.10]:25, dsn=5.1.1, status=bounced (host mx.far.example[192.0.2.10] said: 550 5.1.1 no such user (in reply to RCPT TO command))", 1, UserUnknown, 1},
		{"time,recipient,result\n2026-12-07,mo@far.example,550 5.1.1 User unknown", 1, UserUnknown, 1},
	} {
		got, sc := scanAll(t, c.in+"\n", true)
		if len(got) != c.n || Explain(got[len(got)-1]).Category != c.cat || sc.Skipped != c.skipped {
			var cats []Category
			for _, r := range got {
				cats = append(cats, Explain(r).Category)
			}
			t.Errorf("%.60q: %v, %d unexplained; want %d explanations, the last %s, %d unexplained", c.in, cats, sc.Skipped, c.n, c.cat, c.skipped)
		}
	}
}

// differs: r is not explained with e's category and class.
func differs(r Reply, e Explanation) bool {
	g := Explain(r)
	return g.Category != e.Category || g.Class != e.Class
}
