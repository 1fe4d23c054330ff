package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainBounceSamples runs every sample bounce of testdata/bounces
// through `smtpgw explain --bounce --json` and checks the kind and the
// recipients against the sample's .want file.
func TestExplainBounceSamples(t *testing.T) {
	t.Parallel()
	root := filepath.Join("..", "..", "testdata", "bounces")
	var files []string
	_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".eml") || strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".json")) {
			files = append(files, p)
		}
		return nil
	})
	if len(files) < 10 {
		t.Fatalf("only %d samples under %s", len(files), root)
	}
	for _, f := range files {
		want, err := os.ReadFile(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(f, ".eml"), ".txt"), ".json") + ".want")
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		kind, rcpts := "", []string{}
		for _, ln := range strings.Split(string(want), "\n") {
			switch {
			case strings.HasPrefix(ln, "kind "):
				kind = strings.TrimPrefix(ln, "kind ")
			case strings.HasPrefix(ln, "rcpt="):
				rcpts = append(rcpts, strings.TrimPrefix(strings.Fields(ln)[0], "rcpt="))
			}
		}
		out, errOut, code := runCLI(t, "", "explain", "--json", "--bounce", f)
		if code != 0 {
			t.Errorf("%s: exit %d: %s", f, code, errOut)
			continue
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if kind != "bounce" {
			validJSON(t, "bounce", out)
			var res struct {
				Kind       string `json:"kind"`
				Recipients []struct {
					Recipient string `json:"recipient"`
				} `json:"recipients"`
			}
			if len(lines) != 1 || json.Unmarshal([]byte(lines[0]), &res) != nil || res.Kind != kind || len(res.Recipients) != len(rcpts) {
				t.Errorf("%s: want one %s object with %d recipients, got:\n%s", f, kind, len(rcpts), out)
			}
			continue
		}
		if len(lines) != len(rcpts) {
			t.Errorf("%s: %d lines, want %d:\n%s", f, len(lines), len(rcpts), out)
			continue
		}
		for i, ln := range lines {
			m := schemaLine(t, "bounce", ln)
			if m["recipient"] != rcpts[i] || m["kind"] != "bounce" || m["action"] == "" || m["category"] == "" || m["format"] == "" {
				t.Errorf("%s #%d: %v, want recipient %s", f, i, m, rcpts[i])
			}
		}
		// the same through standard input, as cards
		data, _ := os.ReadFile(f)
		text, _, code := runCLI(t, string(data), "explain", "--bounce", "-")
		if code != 0 || !strings.HasPrefix(text, "Bounce (") {
			t.Errorf("%s: cards: exit %d:\n%s", f, code, text)
		}
	}
}
