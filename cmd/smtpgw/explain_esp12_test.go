package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// A sending platform's HTTP API answer (issue 10, held-out batch 12-esp):
// its status, a server error as much as a client error, is explained as an
// HTTP status (class by HTTP semantics), through the command as the
// argument, and a whole response pasted on standard input (status line,
// headers, blank line, body) is one answer whose body tells the cause.
func TestExplainHTTPStatusAnswers(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"HTTP/1.1 502 Bad Gateway", "server-error", "transient"},
		{"urllib.error.HTTPError: HTTP Error 503: Service Unavailable", "server-error", "transient"},
		{"DELETE /v1/suppressions/kim@lab.example -> 429", "rate-limited", "transient"},
		{"Status: 413 (Request Entity Too Large)", "message-too-big", "permanent"},
		{"Bounce type: Hard | Bounce reason: Unclassified", "unknown", "permanent"},
	})
	m := explainJSON(t, "HTTP/1.1 504 Gateway Timeout")
	if cm, _ := m["code_meaning"].(string); !strings.Contains(cm, "HTTP status") {
		t.Errorf("504: code_meaning %q, want an HTTP status", cm)
	}
	paste := "HTTP/1.1 403 Forbidden\nServer: nginx\nContent-Type: application/json\n\n{\"errors\":[{\"message\":\"The sending domain news.shop.example has not been verified\"}]}\n"
	out, errOut, code := runCLI(t, paste, "explain", "--json", "-")
	if code != 0 {
		t.Fatalf("stdin: exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("stdin: %d explanations, want 1:\n%s", len(lines), out)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	if got["category"] != "sender-invalid" || got["class"] != "permanent" || got["code"] != float64(403) {
		t.Errorf("stdin: %v/%v code %v, want sender-invalid/permanent code 403", got["category"], got["class"], got["code"])
	}
}
