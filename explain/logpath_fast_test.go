package explain

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The log path's quick tests of explain (session 10, issue 18): each is
// held equal to the plain form it stands for, on every line the tests hold
// and under fuzzing.

// espFieldsOfPlain is espFieldsOf before its quick test of a key's last
// two bytes (mayEndESPKey): every ':' and '=' has its one to three words
// folded and looked up.
func espFieldsOfPlain(s string) []espKV {
	if len(s) < 6 || !strings.ContainsAny(s, ":=") {
		return nil
	}
	var out []espKV
	var buf [40]byte
	nc, ne := 0, 0 // the next ':' and '=' at or after i (len(s): none), looked for again once passed
	for i := 1; i < len(s); i++ {
		if nc < i {
			nc = nextByte(s, i, ':')
		}
		if ne < i {
			ne = nextByte(s, i, '=')
		}
		if i = min(nc, ne); i >= len(s) {
			break
		}
		j := i
		if s[j-1] == '"' || s[j-1] == '\'' {
			j--
		}
		start := j
		for start > 0 && start > j-40 && isESPKeyByte(s[start-1]) {
			start--
		}
		// the key is the last one to three words of the run ("Bounce
		// sub-type", "Category" after "| ")
		end := j
		for end > start && s[end-1] == ' ' {
			end--
		}
		key := ""
		from := end
		for w := 0; w < 3 && from > start; w++ {
			for from > start && s[from-1] == ' ' {
				from--
			}
			for from > start && s[from-1] != ' ' {
				from--
			}
			if w == 0 && allDigits(s[from:end]) {
				end = from // "Reply category 1600: ...": the number is not the key
				continue
			}
			n := 0
			for k := from; k < end && n < len(buf); k++ {
				c := s[k]
				if c == '_' || c == '-' || c == ' ' {
					continue
				}
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[n] = c
				n++
			}
			if n > 0 && isESPKey(string(buf[:n])) {
				if key = s[from:end]; key != string(buf[:n]) {
					key = string(buf[:n]) // (the key as written when it is already folded: no copy)
				}
				if k := bounceKeyBefore(s[start:from], key); k != "" {
					key = k // "Bounce type: Soft": the bounce's type, not any type (rules_esp12.go)
				}
				break
			}
		}
		if key == "" {
			continue
		}
		v := i + 1
		for v < len(s) && s[v] == ' ' {
			v++
		}
		end = v
		if v < len(s) && (s[v] == '"' || s[v] == '\'') {
			q := s[v]
			v++
			end = v
			for end < len(s) && s[end] != q {
				end++
			}
		} else if v < len(s) && s[v] == '[' && key == "flags" {
			v++
			end = v
			for end < len(s) && s[end] != ']' && s[end] != '\n' {
				end++
			}
		} else {
			stop := ",;|}]\n(&"
			if s[i] == '=' {
				stop = ",;|}]\n(& \t" // key=value: the value is one word
			}
			for end < len(s) && strings.IndexByte(stop, s[end]) < 0 {
				end++
			}
		}
		val := strings.TrimSpace(s[v:end])
		if val == "" || len(val) > 60 {
			continue
		}
		out = append(out, espKV{key, lowerASCII(val), val})
	}
	return out
}

// momentumTokensPlain is momentumTokens before it read only the runs
// around a '-': every run of letters, digits and '-'.
func momentumTokensPlain(s string) []string {
	if strings.IndexByte(s, '-') < 0 {
		return nil
	}
	// one pass over the runs of letters, digits and '-' (a category is
	// such a run, or its tail after a '-'): the log path calls this for
	// every line, so it does not search s once per category
	var hit [len(momentumCategories)]bool
	found := false
	for a := 0; a < len(s); {
		if !isAlnum(s[a]) {
			a++
			continue
		}
		j := a
		hyphen := false
		for j < len(s) && (isAlnum(s[j]) || s[j] == '-') {
			hyphen = hyphen || s[j] == '-'
			j++
		}
		for i := a; hyphen && i < j; i++ {
			if i > a && s[i-1] != '-' || !isAlnum(s[i]) {
				continue
			}
			for k, v := range momentumCategories {
				if len(v) == j-i && equalFoldLower(s[i:j], v) {
					hit[k], found = true, true
				}
			}
		}
		a = j
	}
	if !found {
		return nil
	}
	var out []string
	for k, v := range momentumCategories {
		if hit[k] {
			out = append(out, espMomentum+" category="+v)
		}
	}
	return out
}

// needsPastePlain is needsPaste before pasteHints: every needle searched
// for.
func needsPastePlain(t string) bool {
	// (containsAt, countAt: strings.Contains and strings.Count looking only
	// where the needle's byte at the index given occurs, one that is rare in
	// a mail log: the ' of ", b'", the v of "severity"; anchored.go)
	return strings.IndexByte(t, '\\') >= 0 || containsAt(t, ", b'", 3) || indexFoldLetterAt(t, "smtp code: ", 5) >= 0 || containsAt(t, "severity: ", 2) ||
		countAt(t, " >> ", 1)+countAt(t, " << ", 1)+countAt(t, " !! ", 1) >= 2 ||
		// held-out batch 7: a webmail's bracketed code, qmail-send's log, a dotted code
		strings.Contains(t, "rror") && webmailReply(t) != t || qmailDeliveryLine(t) || len(t) > 9 && isReplyCodeAt(t, 0) && t[3] == '.' ||
		// held-out batch 11-forms: HTML markup, a filter's verdict (forms11.go)
		markupLine(t) || filterVerdictLine(t) ||
		// held-out batch 11-lib (forms_lib11.go): System.Net.Mail's words for the code, its enum, Outlook's dialog
		containsAt(t, "response was: ", 9) || strings.Contains(t, "SmtpStatusCode") || containsAt(t, "Secure(SSL): ", 9)
}

// TestESPKeyEnds reads isESPKey's cases from its source: every key it
// takes ends in two bytes espKeyEnd allows, as do classificationKey's
// suffixes; else espFieldsOf would miss the new key.
func TestESPKeyEnds(t *testing.T) {
	t.Parallel()
	f, err := parser.ParseFile(token.NewFileSet(), "rules_mta7.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"reason", "status"} // classificationKey's suffixes
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "isESPKey" {
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					k, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					keys = append(keys, k)
				}
				return true
			})
		}
	}
	if len(keys) < 40 {
		t.Fatalf("read only %d keys of isESPKey", len(keys))
	}
	for _, k := range keys {
		if len(k) < 2 || !espKeyEnd(k[len(k)-2], k[len(k)-1]) {
			t.Errorf("key %q: espKeyEnd does not allow its last two bytes (add them)", k)
		}
	}
}

func TestESPFieldsQuickTest(t *testing.T) {
	t.Parallel()
	lines := fastPathLines(t)
	lines = append(lines, "Bounce sub-type: General", "bounce_type=hard", "Reply category 1600: x", "STATUS : failed", "a_b: x", "x 12: y", "delivery_status: bounced",
		`{"event":"bounce","bounce_class":"10"}`, "flags=[soft_bounce]", "e: 1", "ee: 1", "--status--=x")
	for _, ln := range lines {
		checkESPFields(t, ln)
	}
}

func checkESPFields(t *testing.T, ln string) {
	t.Helper()
	if got, want := espFieldsOf(ln), espFieldsOfPlain(ln); !slices.Equal(got, want) {
		t.Errorf("espFieldsOf(%q) = %q, the plain reading %q", ln, got, want)
	}
	if got, want := momentumTokens(ln), momentumTokensPlain(ln); !slices.Equal(got, want) {
		t.Errorf("momentumTokens(%q) = %q, run by run %q", ln, got, want)
	}
}

func FuzzESPFields(f *testing.F) {
	for _, s := range []string{"", "status=sent", "Bounce type: Soft", `{"bounceType":"Permanent"}`, "x-bad-mailbox", "--quota-issues", "a 12: b", "Error_Code: 5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkESPFields(t, s) })
}

// Every label cleanReplyText takes out has what colonAfterLabel looks for,
// in either case; and colonAfterLabel finds it anywhere in a text.
func TestReplyTextLabels(t *testing.T) {
	t.Parallel()
	for _, l := range replyTextLabels {
		for _, v := range []string{l, strings.ToUpper(l), "x " + l + " y", "a: b " + l} {
			if !colonAfterLabel(v) {
				t.Errorf("colonAfterLabel(%q) = false", v)
			}
		}
	}
	for _, v := range []string{"", ":", "Ok: queued as 1A", "a:b:c", "x 12:00:01"} {
		if colonAfterLabel(v) {
			t.Errorf("colonAfterLabel(%q) = true", v)
		}
	}
}
