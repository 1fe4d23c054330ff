package explain

import (
	"strings"
	"testing"
)

// Session 20's parser kinds (parse25; docs/heldout/heldout25-parse.md),
// each in new wording.

// jsonMemberList is every member jsonMembers finds in s, as "name=value"
// with the value cut to the scalar jsonScalar reads (skipped when skip).
func jsonMemberList(s string, skip bool) []string {
	var out []string
	for m := (jsonMembers{s: s}); ; {
		name, v, ok := m.next()
		if !ok {
			return out
		}
		val, n := jsonScalar(v)
		if skip {
			m.skip(n)
		}
		out = append(out, name+"="+val)
	}
}

// The one member walk both JSON readers share: a quoted name that a ':'
// follows, blanks around the ':' skipped; a value is no name; an escaped
// body's \"name\" is its name; a reader that skips a string value does not
// read its words as names; a cut body ends the walk without a panic.
func TestKindParse25JSONMembers(t *testing.T) {
	for _, c := range []struct {
		in   string
		skip bool
		want string
	}{
		{`{"a":1, "bee" :  "two","c":[ "x", "y" ],"d":{"e":"f"}}`, true, "a=1 bee=two c= d= e=f"},
		{"{\n  \"code\":\n    550,\n  \"note\": \"ok\"\n}", true, "code=550 note=ok"},
		{`log: "{\"statusCode\":503,\"reason\":\"busy\"}"`, false, `statusCode=503 reason=`},
		{`{"message":"said \"key\": no","n":2}`, true, `message=said \"key\": no n=2`},
		{`{"message":"said \"key\": no","n":2}`, false, `message=said \"key\": no key= n=2`},
		{`{"cut":"never ends`, true, "cut="},
		{`{"a"`, true, ""},
		{`"`, false, ""},
	} {
		if got := strings.Join(jsonMemberList(c.in, c.skip), " "); got != c.want {
			t.Errorf("%q (skip %v): %q, want %q", c.in, c.skip, got, c.want)
		}
	}
}

// FuzzJSONMembers: the member walk never panics, always ends, and every
// name it gives is text of the input.
func FuzzJSONMembers(f *testing.F) {
	for _, s := range []string{`{"a":1}`, `{"a":"b\"c","d":[1,"e"]}`, `x "{\"statusCode\":503}"`, `"a\":`, `{"":`, `"""::"`, "{\"a\"\t:\r\n\"b\"}", `\"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, skip := range []bool{false, true} {
			m := jsonMembers{s: s}
			for steps := 0; ; steps++ {
				if steps > len(s) {
					t.Fatalf("%q: more members than bytes", s)
				}
				name, v, ok := m.next()
				if !ok {
					break
				}
				if !strings.Contains(s, name) || !strings.HasSuffix(s, v) {
					t.Fatalf("%q: member %q=%q is not the input's", s, name, v)
				}
				if skip {
					_, n := jsonScalar(v)
					m.skip(n)
				}
			}
		}
	})
}
