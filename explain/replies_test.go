package explain

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

type replyCase struct {
	line     int
	input    string
	cat      Category
	class    Class
	code     int
	enhanced string
	provider string
}

func loadReplies(t testing.TB) []replyCase {
	t.Helper()
	f, err := os.Open("testdata/replies.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []replyCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	n := 0
	for sc.Scan() {
		n++
		ln := sc.Text()
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		cols := strings.Split(ln, "\t")
		if len(cols) != 6 {
			t.Fatalf("replies.tsv:%d: %d columns, want 6", n, len(cols))
		}
		code, err := strconv.Atoi(cols[3])
		if err != nil {
			t.Fatalf("replies.tsv:%d: code %q", n, cols[3])
		}
		out = append(out, replyCase{n, strings.ReplaceAll(cols[0], `\n`, "\n"), Category(cols[1]), Class(cols[2]), code, cols[4], cols[5]})
	}
	return out
}

// TestRealWorldReplies checks the classification of every reply text in
// testdata/replies.tsv: category, class, codes and provider.
func TestRealWorldReplies(t *testing.T) {
	t.Parallel()
	cases := loadReplies(t)
	if len(cases) < 150 {
		t.Fatalf("only %d replies in replies.tsv, want at least 150", len(cases))
	}
	seenCat := map[Category]bool{}
	seenProv := map[string]bool{}
	distinct := map[string]bool{}
	for _, c := range cases {
		if distinct[c.input] {
			t.Errorf("replies.tsv:%d: duplicate input", c.line)
		}
		distinct[c.input] = true
		e, err := ExplainText(c.input)
		if err != nil {
			t.Errorf("replies.tsv:%d: %v", c.line, err)
			continue
		}
		code := 0
		if e.Code != nil {
			code = *e.Code
		}
		if e.Category != c.cat || e.Class != c.class || code != c.code || e.Enhanced != c.enhanced || e.Provider != c.provider {
			t.Errorf("replies.tsv:%d: %.70q\n  got  %s %s %d %q %q (rule %s)\n  want %s %s %d %q %q",
				c.line, c.input, e.Category, e.Class, code, e.Enhanced, e.Provider, e.Rule, c.cat, c.class, c.code, c.enhanced, c.provider)
		}
		if e.Summary == "" || len(e.References) == 0 {
			t.Errorf("replies.tsv:%d: empty summary or references: %+v", c.line, e)
		}
		if e.Class != ClassSuccess && len(e.Remediation) == 0 {
			t.Errorf("replies.tsv:%d: no remediation", c.line)
		}
		if e.Retry != (e.Class == ClassTransient) {
			t.Errorf("replies.tsv:%d: retry %v for class %s", c.line, e.Retry, e.Class)
		}
		seenCat[e.Category] = true
		seenProv[e.Provider] = true
	}
	for _, cat := range Categories {
		if !seenCat[cat] {
			t.Errorf("no reply in replies.tsv has category %s", cat)
		}
	}
	for _, p := range []string{ProvGmail, ProvMicrosoft, ProvYahoo, ProvApple, ProvMimecast, ProvProofpoint, ProvBarracuda, ProvSpamhaus, ProvSpamCop, ProvSORBS, ProvUCEPROTECT} {
		if !seenProv[p] {
			t.Errorf("no reply in replies.tsv is from provider %s", p)
		}
	}
}
