package explain

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// scanSnapshots scans s and returns, for each reply, its fields as text,
// taken at once after Scan (with reuse, the reply's strings are valid only
// until the next Scan; its explanation is a function of them).
func scanSnapshots(t *testing.T, s string, wording, reuse bool) []string {
	t.Helper()
	sc := NewScanner(strings.NewReader(s))
	sc.Wording, sc.ReuseLines = wording, reuse
	var out []string
	for sc.Scan() {
		out = append(out, fmt.Sprintf("%#v", sc.Reply()))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	out = append(out, fmt.Sprintf("lines %d, skipped %d, too long %d", sc.Lines, sc.Skipped, sc.TooLong))
	return out
}

// postfixDeliveryLog is a Postfix log of n messages: the smtpd, cleanup and
// qmgr lines of each and its delivery line (sent, deferred or bounced).
func postfixDeliveryLog(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		q := fmt.Sprintf("4F%04X", i)
		fmt.Fprintf(&b, "Dec  6 10:00:%02d mx postfix/smtpd[1%03d]: %s: client=c%d.example[198.51.100.%d]\n", i%60, i, q, i, i%250)
		fmt.Fprintf(&b, "Dec  6 10:00:%02d mx postfix/qmgr[812]: %s: from=<s%d@send.example>, size=%d, nrcpt=1 (queue active)\n", i%60, q, i, 1000+i)
		status := "sent (250 2.0.0 Ok: queued as 7A" + q + ")"
		switch i % 7 {
		case 3:
			status = "deferred (host mx.rcpt.example[192.0.2.10] said: 451 4.7.1 Greylisted, try again later (in reply to RCPT TO command))"
		case 5:
			status = "bounced (host mx.rcpt.example[192.0.2.10] said: 550 5.1.1 <u@rcpt.example>: Recipient address rejected: User unknown (in reply to RCPT TO command))"
		}
		fmt.Fprintf(&b, "Dec  6 10:00:%02d mx postfix/smtp[3%03d]: %s: to=<u%d@rcpt.example>, relay=mx.rcpt.example[192.0.2.10]:25, delay=0.4, delays=0.1/0/0.1/0.2, dsn=2.0.0, status=%s\n", i%60, i, q, i, status)
		fmt.Fprintf(&b, "Dec  6 10:00:%02d mx postfix/qmgr[812]: %s: removed\n", i%60, q)
	}
	return b.String()
}

// TestScannerReuseLinesAgrees: a Scanner that reuses the memory of its
// lines (ReuseLines) yields the same replies as one that does not, on every
// paste sample and a Postfix log (with Wording and without), and on the
// corpus's inputs as lists of 500 and its multi-line rows alone (with
// Wording, as the command reads standard input).
func TestScannerReuseLinesAgrees(t *testing.T) {
	t.Parallel()
	check := func(in string, wording bool) {
		want := scanSnapshots(t, in, wording, false)
		got := scanSnapshots(t, in, wording, true)
		if !reflect.DeepEqual(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("wording %v, reply %d of %.200q:\nreusing lines: %s\nnot reusing:   %s", wording, i, in, got[i], want[i])
				}
			}
			t.Fatalf("wording %v, %.200q: %d replies reusing lines, %d not", wording, in, len(got), len(want))
		}
	}
	for _, in := range pastes(t) {
		check(in, false)
		check(in, true)
	}
	check(postfixDeliveryLog(200), false)
	check(postfixDeliveryLog(200), true)
	var list strings.Builder
	for i, row := range loadCorpus(t) {
		if strings.Contains(row.input, "\n") {
			check(row.input, true) // (a paste of several lines, on its own)
		}
		list.WriteString(row.input)
		list.WriteString("\n")
		if i%500 == 499 {
			check(list.String(), true)
			list.Reset()
		}
	}
	check(list.String(), true)
}

// TestScannerLineFreeCoversFields: every field of Scanner that can hold a
// string of an input line is one that lineFree looks at (set to anything,
// the Scanner is no longer free to reuse the line's memory), or one that
// holds memory of its own. A field added to Scanner fails here until it is
// one or the other.
func TestScannerLineFreeCoversFields(t *testing.T) {
	own := map[string]bool{
		"r":           true, // the reader
		"err":         true, // a read error
		"cur":         true, // the reply Scan returned: the caller's until the next Scan
		"lastRcpt":    true, // a copy in rcptMem
		"rcptMem":     true,
		"qp":          true, // a string of its own (forms11.go)
		"wrap":        true, // a string of its own (forms25.go)
		"lastReply":   true, // read only with lastEnh on the line just after it (enhContinues), which lineFree looks at
		"lineBuf":     true, // bytes the lines are read into
		"lineMem":     true,
		"lastTextMem": true, // a copy (forms25.go)
	}
	st := reflect.TypeOf(Scanner{})
	for i := range st.NumField() {
		f := st.Field(i)
		if own[f.Name] || !mayHoldString(f.Type) {
			continue
		}
		s := &Scanner{}
		v := reflect.NewAt(f.Type, unsafe.Add(unsafe.Pointer(s), f.Offset)).Elem()
		if !setSomeString(v) {
			t.Fatalf("Scanner.%s (%v): no string to set", f.Name, f.Type)
		}
		if s.lineFree() {
			t.Errorf("Scanner.%s (%v) can hold a string of a line, and lineFree does not look at it: add it to lineFree (or, if it holds memory of its own, to this test's list)", f.Name, f.Type)
		}
	}
	if !(&Scanner{}).lineFree() {
		t.Error("a new Scanner is not free to reuse a line's memory")
	}
}

// mayHoldString: a value of type t can hold a string (or point to one).
func mayHoldString(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String, reflect.Pointer, reflect.Interface, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return true
	case reflect.Slice, reflect.Array:
		return mayHoldString(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if mayHoldString(t.Field(i).Type) {
				return true
			}
		}
	}
	return false
}

// setSomeString makes v hold a string (a slice of one element holding one,
// a struct with one string field set, ...); false when it found none.
func setSomeString(v reflect.Value) bool {
	v = reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem() // (settable, though unexported)
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
		return true
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		setSomeString(s.Index(0))
		v.Set(s)
		return true
	case reflect.Struct:
		for i := range v.NumField() {
			if setSomeString(v.Field(i)) {
				return true
			}
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		return true
	}
	return false
}

// TestScannerReuseLinesAllocatesNoLine: reading a Postfix delivery log with
// ReuseLines allocates no string for its reply lines: one allocation fewer
// per reply than without, but for the few times the line memory grows.
func TestScannerReuseLinesAllocatesNoLine(t *testing.T) {
	log := postfixDeliveryLog(70)
	replies := len(scanSnapshots(t, log, true, false)) - 1
	allocs := func(reuse bool) float64 {
		return testing.AllocsPerRun(20, func() {
			sc := NewScanner(strings.NewReader(log))
			sc.Wording, sc.ReuseLines = true, reuse
			for sc.Scan() {
			}
		})
	}
	plain, reuse := allocs(false), allocs(true)
	if reuse > plain-float64(replies-3) {
		t.Errorf("%d replies: %.0f allocations reusing lines, %.0f not: want one fewer a reply (but for the line memory's growth)", replies, reuse, plain)
	}
}
