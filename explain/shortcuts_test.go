package explain

import (
	"reflect"
	"strings"
	"testing"
)

// shortcutInputs are the inputs TestShortcutsAgree explains both ways:
// every corpus row; its text given again (two of these forms a row, in
// turn) as a success reply (2xx and 3xx codes, with and without an
// enhanced code, one that says the message was discarded) and as the
// Postfix log lines of a delivery that was sent,
// deferred and bounced, to a provider's host (in capitals too, and with a
// trailing dot) and to others.
func shortcutInputs(t *testing.T) []string {
	var ins []string
	hosts := []string{"gmail-smtp-in.l.google.com", "MX.Mail.Protection.Outlook.COM.", "mta5.am0.yahoodns.net", "mx1.rcpt.example",
		"notgoogle.com", "mx.mimecast.com.example", "icloud.com"}
	for i, row := range loadCorpus(t) {
		ins = append(ins, row.input)
		text := row.input
		if r, err := Parse(row.input); err == nil && r.Text != "" {
			text = r.Text
		}
		text = strings.ReplaceAll(text, "\n", " ")
		if len(text) > 300 {
			text = text[:300]
		}
		host := hosts[i%len(hosts)]
		forms := [...]string{
			"250 " + text,
			"250 2.0.0 " + text,
			"354 " + text,
			"221 2.0.0 " + text + " discarded",
			"Dec  6 10:00:00 mx postfix/smtp[42]: 4A1B2C3D: to=<a@b.example>, relay=" + host + "[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 " + text + ")",
			"Dec  6 10:00:00 mx postfix/smtp[42]: 4A1B2C3D: to=<a@b.example>, relay=" + host + "[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 " + text + ")",
			"Dec  6 10:00:00 mx postfix/smtp[42]: 4A1B2C3D: to=<a@b.example>, relay=" + host + "[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=4.0.0, status=deferred (host " + host + "[192.0.2.1] said: 451 4.3.0 " + text + " (in reply to RCPT TO command))",
			"Dec  6 10:00:00 mx postfix/smtp[42]: 4A1B2C3D: to=<a@b.example>, relay=" + host + "[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.0.0, status=bounced (host " + host + "[192.0.2.1] said: 550 " + text + " (in reply to end of DATA command))",
		}
		// (two forms of each row, in turn: the race detector's landing
		// run of every form took minutes)
		ins = append(ins, forms[i%len(forms)], forms[(i+3)%len(forms)])
	}
	// success replies whose text the shortcuts must still read: an HTTP
	// status, a provider's own marker from a host that names none, a
	// discarded message, a success without words
	ins = append(ins, "HTTP 200 OK", "200 OK: message accepted", "250 2.0.0 OK 1700000000 a1b2c3 - gsmtp",
		"250 2.7.0 Ok, discarded, id=12345-01 - INFECTED: Eicar-Signature", "250", "250 2.0.0", "354 End data with <CR><LF>.<CR><LF>",
		"Dec  6 10:00:00 mx postfix/smtp[42]: 4A1B2C3D: to=<a@b.example>, relay=mx1.rcpt.example[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 OK 1700000000 a1b2c3 - gsmtp)",
		"Dec  6 10:00:00 mx postfix/smtp[42]: 4A1B2C3D: to=<a@b.example>, relay=gmail-smtp-in.l.google.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok, discarded, id=1 - SPAM)",
		"Dec  6 10:00:00 mx postfix/smtp[42]: 4A1B2C3D: to=<a@b.example>, relay=outlook.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250)",
	)
	return ins
}

// explainBoth explains r with the shortcuts and without them.
func explainBoth(r Reply, why bool) (fast, plain Explanation) {
	fast = explainOn(r, why, false)
	noShortcuts = true
	defer func() { noShortcuts = false }()
	plain = explainOn(r, why, false)
	return fast, plain
}

// TestShortcutsAgree holds the shortcuts explainDepth takes for a success
// reply (no service fields read; no keyword scan when the remote host names
// the provider) to the long way: the same explanation, field by field, for
// every input, parsed alone and read by the Scanner as the lines of a log.
// (Not parallel: it sets noShortcuts.)
func TestShortcutsAgree(t *testing.T) {
	ins := shortcutInputs(t)
	n, diff := 0, 0
	check := func(r Reply) {
		t.Helper()
		for _, why := range []bool{false, true} {
			if why && n%8 != 1 {
				continue // (--explain-why takes no shortcut but reads no service field either: an eighth of the inputs)
			}
			fast, plain := explainBoth(r, why)
			n++
			if !reflect.DeepEqual(fast, plain) {
				if diff++; diff <= 10 {
					t.Errorf("%q (why %v): with the shortcuts\n%+v\nwithout\n%+v", r.Input, why, fast, plain)
				}
			}
		}
	}
	success := 0
	for _, in := range ins {
		if r, err := Parse(in); err == nil {
			check(r)
			if r.Code >= 200 && r.Code < 400 {
				success++
			}
		}
	}
	sc := NewScanner(strings.NewReader(strings.Join(ins, "\n")))
	sc.Wording = true
	for sc.Scan() {
		check(sc.Reply())
	}
	if diff > 0 {
		t.Errorf("%d of %d explanations differ", diff, n)
	}
	if success < 1000 {
		t.Errorf("only %d success replies among the inputs", success)
	}
	t.Logf("%d explanations compared, %d success replies parsed", n, success)
}

// TestEngineNamesStart holds the premise of withoutEngineLabels' quick
// test: every engine name starts with engineNamesStart, so a text without
// it (ASCII case folded) has no engine label to blank.
func TestEngineNamesStart(t *testing.T) {
	for _, n := range engineNames {
		if !strings.HasPrefix(n, engineNamesStart) {
			t.Errorf("engine name %q does not start with %q: withoutEngineLabels would miss it", n, engineNamesStart)
		}
	}
	for _, in := range []string{"Anti-Virus status: Encrypted", "ANTISPAM: not spam", "x: antimalware result: clean"} {
		if got := withoutEngineLabels(in); got == in {
			t.Errorf("withoutEngineLabels(%q) blanked nothing", in)
		}
	}
	for _, in := range []string{"550 5.7.1 blocked by antivirus", "550 5.7.1 Message rejected: spam"} {
		if got := withoutEngineLabels(in); got != in {
			t.Errorf("withoutEngineLabels(%q) = %q, want it unchanged", in, got)
		}
	}
}
