package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateExplainLog = flag.Bool("update-explain-log", false, "rewrite the goldens of explain over whole logs in testdata/explainlog")

// explainLogs are the logs whose `smtpgw explain` output is kept as a
// golden: the real servers' logs and the summary samples, and a prefix of
// the benchmark's generated log (the whole 8 MB one is kept as a digest).
func explainLogs(t *testing.T) map[string][]byte {
	t.Helper()
	logs := map[string][]byte{
		"generated-128k": postfixLog(128 << 10),
	}
	for name, path := range map[string]string{
		"real-postfix":     "../../testdata/real/postfix/maillog.txt",
		"real-exim":        "../../testdata/real/exim/mainlog.txt",
		"summary-postfix":  "../../testdata/summary/postfix.log",
		"summary-exim":     "../../testdata/summary/exim.log",
		"summary-sendmail": "../../testdata/summary/sendmail.log",
	} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		logs[name] = b
	}
	return logs
}

// explainLog runs `smtpgw explain [--json] -` over log through the CLI.
func explainLog(t *testing.T, log []byte, json bool) []byte {
	t.Helper()
	ios, out, errOut := TestIO("")
	ios.In = bytes.NewReader(log)
	args := []string{"explain", "-"}
	if json {
		args = []string{"explain", "--json", "-"}
	}
	if code := run(context.Background(), args, ios); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	return out.Bytes()
}

// TestExplainLogGolden: what `smtpgw explain -` and `explain --json -`
// print for whole logs does not change unless explain's knowledge does. The
// goldens were written before the log path was made fast, so they also
// hold the fast path to the output of the plain one. After changing a
// verdict on purpose, rewrite them:
//
//	go test ./cmd/smtpgw -run TestExplainLogGolden -update-explain-log
func TestExplainLogGolden(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("testdata", "explainlog")
	check := func(name string, got []byte) {
		t.Helper()
		path := filepath.Join(dir, name)
		if *updateExplainLog {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (write the goldens with -update-explain-log)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the output changed: %s\n(if explain's verdicts changed on purpose: go test ./cmd/smtpgw -run TestExplainLogGolden -update-explain-log)", name, firstDiff(got, want))
		}
	}
	for name, log := range explainLogs(t) {
		check(name+".jsonl", explainLog(t, log, true))
		check(name+".txt", explainLog(t, log, false))
	}
	// the benchmark's whole log: its digest and size
	out := explainLog(t, postfixLog(8<<20), true)
	sum := sha256.Sum256(out)
	check("generated-8m.jsonl.sha256", fmt.Appendf(nil, "%s  %d bytes, %d lines\n", hex.EncodeToString(sum[:]), len(out), bytes.Count(out, []byte("\n"))))
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, gl, wl)
		}
	}
	return "same lines, different bytes"
}

// The wait a temporary reply asks for reaches the JSON of the command.
func TestExplainJSONRetryAfter(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"explain", "--json", "421 4.7.0 Too many connections, try again in 300 seconds"},
		{"explain", "--json", "-"},
	} {
		out, errOut, code := runCLI(t, "Nov 28 10:00:00 mx postfix/smtp[1]: 4A1: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, dsn=4.7.0, status=deferred (host mx.b.example[192.0.2.1] said: 421 4.7.0 Too many connections, try again in 300 seconds (in reply to MAIL FROM command))\n", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		if m := checkJSONLine(t, strings.TrimSpace(out)); m["retry_after_seconds"] != float64(300) {
			t.Errorf("%v: retry_after_seconds %v, want 300: %s", args, m["retry_after_seconds"], out)
		}
	}
}
