package prompt

import (
	"slices"
	"testing"
)

func TestHistoryPath(t *testing.T) {
	env := map[string]string{"XDG_STATE_HOME": "/state", "HOME": "/home/u"}
	if p := HistoryPath(func(k string) string { return env[k] }); p != "/state/smtpgw/history" {
		t.Errorf("with XDG_STATE_HOME: %q", p)
	}
	env["XDG_STATE_HOME"] = "relative/state" // not absolute: ignored (XDG Base Directory Specification)
	if p := HistoryPath(func(k string) string { return env[k] }); p != "/home/u/.local/state/smtpgw/history" {
		t.Errorf("relative XDG_STATE_HOME: %q", p)
	}
	delete(env, "XDG_STATE_HOME")
	if p := HistoryPath(func(k string) string { return env[k] }); p != "/home/u/.local/state/smtpgw/history" {
		t.Errorf("without: %q", p)
	}
	if p := HistoryPath(func(string) string { return "" }); p != "" {
		t.Errorf("no HOME: %q", p)
	}
}

// A typed credential never enters the history; nor does an empty line.
func TestKeepInHistory(t *testing.T) {
	for line, want := range map[string]bool{
		"EHLO client.example.test": true, "AUTH PLAIN": true, "auth plain AGFsaWNlAHNlY3JldA==": false,
		"AUTH LOGIN YWxpY2U= x": false, "   ": false, "": false, ":send --to bob@example.test": true,
	} {
		if got := keepInHistory(line); got != want {
			t.Errorf("keepInHistory(%q) = %v, want %v", line, got, want)
		}
	}
}

// The whole line typed so far is the prefix (case-insensitive); readline
// gets the rest of each matching candidate and the prefix length in runes.
func TestCompleter(t *testing.T) {
	c := completer(func(string) []string {
		return []string{"MAIL FROM:<", "MAIL FROM:<> BODY=8BITMIME", "RCPT TO:<", "müller"}
	})
	got, n := c.Do([]rune("mail from:<"), len([]rune("mail from:<")))
	var rest []string
	for _, r := range got {
		rest = append(rest, string(r))
	}
	if n != 11 || !slices.Equal(rest, []string{"", "> BODY=8BITMIME"}) {
		t.Errorf("Do = %q, %d", rest, n)
	}
	if got, n := c.Do([]rune("mü"), 2); len(got) != 1 || string(got[0]) != "ller" || n != 2 {
		t.Errorf("Do(mü) = %q, %d", got, n)
	}
	if got, _ := completer(nil).Do([]rune("x"), 1); got != nil {
		t.Errorf("nil completer gave %q", got)
	}
}
