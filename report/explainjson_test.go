package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/smtpgw/smtpgw/explain"
)

// The hand-written encoder writes exactly what encoding/json writes, for
// explanations of every kind and for strings with every kind of byte.
func TestExplanationJSONMatchesEncodingJSON(t *testing.T) {
	t.Parallel()
	inputs := []string{"421", "5.7.26", "550 5.1.1 <a@b.example>: User unknown", "Envelope expired",
		"Nov 28 19:26:11 mx postfix/submissions/smtpd[22493]: warning: localhost[127.0.0.1]: SASL LOGIN authentication failed: x, sasl_username=alice@example.test",
		"to=<a@b.example>, orig_to=<c@b.example>, relay=mx.b.example[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.1] said: 550 5.1.1 \"quoted\" \\ back\tslash (in reply to RCPT TO command))",
		"550 5.7.1 <spam@x.example> blocked using zen.spamhaus.org\u2028\u2029 \xff\xfe bad utf8, ümlaut, 日本語 <&>",
	}
	var es []explain.Explanation
	for _, in := range inputs {
		e, err := explain.ExplainText(in)
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		es = append(es, e)
	}
	// every control byte, and the raw input forms
	var weird []byte
	for c := 0; c < 0x80; c++ {
		weird = append(weird, byte(c))
	}
	es = append(es, explain.Explanation{Input: string(weird) + "\xc3\x28\xe2\x82", Remediation: nil, References: []string{}})
	for _, e := range es {
		var want bytes.Buffer
		if err := WriteJSONLine(&want, e); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if _, err := WriteExplanationJSON(&got, e, nil); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("differs:\n got  %s\n want %s", got.String(), want.String())
		}
	}
}

// FuzzExplanationJSON: for any text, the hand-written encoder and
// encoding/json agree.
func FuzzExplanationJSON(f *testing.F) {
	for _, s := range []string{"", "plain", "\"\\\b\f\n\r\t\x00\x1f", "\u2028\u2029", "\xff\xfe\xc3\x28", "日本語 <&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := 550
		e := explain.Explanation{Input: s, Text: s, Code: &c, Note: s, Remediation: []string{s}, References: nil}
		var want, got bytes.Buffer
		if err := WriteJSONLine(&want, e); err != nil {
			t.Fatal(err)
		}
		if _, err := WriteExplanationJSON(&got, e, nil); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("differs:\n got  %q\n want %q", got.String(), want.String())
		}
	})
}

// Every field of explain.Explanation is written: each one in turn set (and
// all of them at once) encodes as encoding/json encodes it, so a field added
// to the type without the encoder knowing fails here.
func TestExplanationJSONEveryField(t *testing.T) {
	t.Parallel()
	typ := reflect.TypeOf(explain.Explanation{})
	set := func(v reflect.Value, i int) bool {
		if !typ.Field(i).IsExported() {
			return false // not a member of the JSON (Explanation.FromAPI's marker)
		}
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString("v" + typ.Field(i).Name)
		case reflect.Int:
			f.SetInt(int64(300 + i))
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Slice:
			f.Set(reflect.ValueOf([]string{"a", typ.Field(i).Name}))
		case reflect.Pointer:
			if typ.Field(i).Name == "Why" {
				return false // --explain-why goes through encoding/json itself
			}
			n := 421
			f.Set(reflect.ValueOf(&n))
		default:
			t.Fatalf("field %s of kind %s: teach this test (and the encoder) about it", typ.Field(i).Name, f.Kind())
		}
		return true
	}
	check := func(e explain.Explanation) {
		t.Helper()
		var want, got bytes.Buffer
		if err := WriteJSONLine(&want, e); err != nil {
			t.Fatal(err)
		}
		if _, err := WriteExplanationJSON(&got, e, nil); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("differs:\n got  %s\n want %s", got.String(), want.String())
		}
	}
	var all explain.Explanation
	for i := 0; i < typ.NumField(); i++ {
		var one explain.Explanation
		if set(reflect.ValueOf(&one).Elem(), i) {
			check(one)
			set(reflect.ValueOf(&all).Elem(), i)
		}
	}
	check(all)
}

// Every byte value, and every two-byte tail of a UTF-8 sequence, at every
// position of a string long enough for the eight-byte steps, quotes as
// encoding/json quotes it.
func TestAppendJSONStringEveryByte(t *testing.T) {
	t.Parallel()
	base := "Recipient address rejected: user unknown"
	check := func(s string) {
		t.Helper()
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		want = bytes.ReplaceAll(bytes.ReplaceAll(bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<")), []byte(`\u003e`), []byte(">")), []byte(`\u0026`), []byte("&"))
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("appendJSONString(%q) = %s, encoding/json %s", s, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		for i := 0; i < 24; i++ {
			b := []byte(base)
			b[i] = byte(c)
			check(string(b[:i+1+i%9]))
			check(string(b))
		}
	}
	for _, r := range []string{"ü", "日", "\u2028", "\u2029", "😀", "\xe2\x80", "\xc3"} {
		for i := 0; i < 17; i++ {
			check(base[:i] + r + base[i:])
		}
	}
}

// One ExplanationJSON writes many explanations in turn, as the command
// does over a log: every line is what encoding/json writes, whether its
// strings were quoted before (the tables' strings, the same address) or
// not, and whether a string at an address seen before is the same or
// another one (strings built at run time, of equal length).
func TestExplanationJSONWriterReused(t *testing.T) {
	t.Parallel()
	var es []explain.Explanation
	files, _ := filepath.Glob(filepath.Join("..", "explain", "testdata", "corpus", "*.tsv"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range strings.Split(string(b), "\n") {
			in, _, _ := strings.Cut(row, "\t")
			if e, err := explain.ExplainText(strings.ReplaceAll(in, `\n`, "\n")); err == nil {
				es = append(es, e)
			}
		}
	}
	if len(es) < 1000 {
		t.Fatalf("only %d explanations", len(es))
	}
	// strings made at run time in the shared fields: equal lengths, other
	// contents, addresses the collector may give again
	for i := 0; i < 2000; i++ {
		e := es[i%len(es)]
		e.Summary = fmt.Sprintf("summary %04d \"%c\"", i%700, rune('a'+i%3))
		e.References = []string{fmt.Sprintf("RFC %04d §%d", i%50, i%7), e.Summary}
		e.Rule = strings.Repeat("r", i%5)
		es = append(es, e)
	}
	var enc ExplanationJSON
	for round := 0; round < 2; round++ {
		for i := range es {
			var want, got bytes.Buffer
			if err := WriteJSONLine(&want, es[i]); err != nil {
				t.Fatal(err)
			}
			if err := enc.Write(&got, &es[i]); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Fatalf("round %d, explanation %d differs:\n got  %s\n want %s", round, i, got.String(), want.String())
			}
		}
	}
}

// TestExplanationJSONWriterKeepsCopies: the writer's cache of shared
// strings keeps copies of them. A string of an explanation may be in the
// memory of the input line, which the Scanner reuses for the next line
// (explain.Scanner.ReuseLines): the same memory then holds another string
// (here: of the same length and slot), which must be written as itself.
func TestExplanationJSONWriterKeepsCopies(t *testing.T) {
	mem := []byte("Listed at list-one.example (A)")
	s := unsafe.String(unsafe.SliceData(mem), len(mem))
	var enc ExplanationJSON
	// (the slot is chosen by the length and the first, middle and last bytes)
	for _, next := range []string{"Listed at list-oxe.example (A)", "Listed at list-one.example (A)", "Listed \"a\" list-o\\e.example (A)", ""} {
		for _, e := range []explain.Explanation{{Summary: s, Blocklist: s}, {Summary: "x", References: []string{s}}} {
			var want, got bytes.Buffer
			if err := WriteJSONLine(&want, e); err != nil {
				t.Fatal(err)
			}
			if err := enc.Write(&got, &e); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Fatalf("the memory of a string written before now holds %q:\n got  %s\n want %s", s, got.String(), want.String())
			}
		}
		copy(mem, next)
	}
}
