package explain

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// momentumCategories holds exactly the Momentum categories of espFields9,
// in its order.
func TestMomentumCategoriesMatchTable(t *testing.T) {
	var want []string
	for _, f := range espFields9 {
		if f.ESP == espMomentum {
			want = append(want, f.Value)
		}
	}
	if !slices.Equal(want, momentumCategories[:]) {
		t.Fatalf("momentumCategories = %q, espFields9 has %q", momentumCategories, want)
	}
}

// momentumTokensRef is the straightforward reading momentumTokens must
// agree with: each category searched for in s, as a whole word that no
// letter, digit or '-' continues.
func momentumTokensRef(s string) []string {
	var out []string
	for _, v := range momentumCategories {
		low := strings.ToLower(s)
		for from := 0; ; {
			at := strings.Index(low[from:], v)
			if at < 0 {
				break
			}
			at += from
			end := at + len(v)
			if (at == 0 || !isAlnum(s[at-1])) && (end == len(s) || !isAlnum(s[end]) && s[end] != '-') {
				out = append(out, espMomentum+" category="+v)
				break
			}
			from = at + 1
		}
	}
	return out
}

func TestMomentumTokensAgreeWithReference(t *testing.T) {
	inputs := []string{
		"bounce_bad-mailbox 550 5.1.1 no such user",
		"Bad-Domain: 5.1.2 host unknown",
		"x-bad-mailbox", "xbad-mailbox", "bad-mailbox-2", "bad-mailbox-", "-quota-issues-", "quota-issues",
		"content-related,policy-related no-answer-from-host",
		"2026-12-06 mx-1.b.example message-expired after 5 days",
		"", "-", "no hyphen here",
	}
	files, _ := filepath.Glob("testdata/corpus/*.tsv")
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			in, _, _ := strings.Cut(sc.Text(), "\t")
			inputs = append(inputs, strings.ReplaceAll(in, `\n`, "\n"))
		}
		fh.Close()
	}
	for _, in := range inputs {
		if got, want := momentumTokens(in), momentumTokensRef(in); !slices.Equal(got, want) {
			t.Errorf("momentumTokens(%q) = %q, want %q", in, got, want)
		}
	}
}
