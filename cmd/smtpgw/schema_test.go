package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/bounce"
	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/jsonschema"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/relay"
	"github.com/smtpgw/smtpgw/relay/spool"
	"github.com/smtpgw/smtpgw/report"
	"github.com/smtpgw/smtpgw/send"
	"github.com/smtpgw/smtpgw/smtpwire"
	"github.com/smtpgw/smtpgw/summary"
)

// jsonDocuments are the --json documents, one schema each in docs/schema.
var jsonDocuments = []struct {
	name, title string
	v           any
	or          []any // other shapes a line may have
}{
	{"probe", "smtpgw probe --json", probeJSON{}, nil},
	{"probe-target", "smtpgw probe -f FILE --json (one line per target)", probe.TargetResult{}, nil},
	{"check", "smtpgw check --json", checkDocument{}, nil},
	{"diagnose", "smtpgw diagnose --json", diagnoseDocument{}, nil},
	{"inspect", "smtpgw inspect --json", inspectDocument{}, nil},
	{"explain", "smtpgw explain --json (one line per reply; over standard input, a last line of totals when some lines were not explained)",
		explain.Explanation{}, []any{report.ExplainTotals{}}},
	{"summary", "smtpgw explain --summary --json", summary.Report{}, nil},
	{"explain-list", "smtpgw explain --list --json (one line per known code or wording)", explain.Entry{}, nil},
	{"bounce", "smtpgw explain --bounce FILE --json (one line per failed or delayed recipient of a bounce; one line, the message, for any other kind)",
		report.BounceRecipient{}, []any{bounce.Result{}}},
	{"send", "smtpgw send --json", send.Result{}, nil},
	{"send-load", "smtpgw send --count N --json (N > 1)", send.LoadResult{}, nil},
	{"session", "smtpgw session --json (one line per command, reply, note or TLS summary)", report.SessionLine{}, nil},
	{"queue-list", "smtpgw queue list --json", []spool.Message{}, nil},
	{"queue-message", "smtpgw queue show ID --json", spool.Message{}, nil},
	{"queue-status", "smtpgw queue status --json", relay.QueueStatus{}, nil},
	{"relay-log", "smtpgw relay --log-format json: the start line, warnings, and one line per recipient's delivery outcome (other log lines carry their own attributes)",
		report.RelayStartLine{}, []any{relayOutcomeLine{}, relayWarningLine{}}},
}

// relayWarningLine is a WARN line of the relay's start-up banner in its
// --log-format json log (log/slog's JSONHandler layout).
type relayWarningLine struct {
	Time  time.Time `json:"time"`
	Level string    `json:"level"`
	Msg   string    `json:"msg"`
}

// relayOutcomeLine is the log line of one recipient's delivery outcome
// (relay/deliver's logOutcome, through log/slog's JSONHandler): msg is
// "delivered" (INFO), "deferred" (INFO) or "failed" (WARN).
type relayOutcomeLine struct {
	relayWarningLine
	ID        string `json:"id"`
	Recipient string `json:"recipient"`
	Domain    string `json:"domain"`
	Host      string `json:"host,omitempty"` // the remote host, when one was reached
	Reply     string `json:"reply"`
	Category  string `json:"category"`
	Summary   string `json:"summary,omitempty"`
	Delay     string `json:"delay,omitempty"` // delivered: time since the message was received ("1.234s")
}

func schemaGenerator() *jsonschema.Generator {
	number := jsonschema.Schema{"type": "number"}
	return &jsonschema.Generator{Fields: map[reflect.Type]bool{reflect.TypeOf(finding.Finding{}): true}, Custom: map[reflect.Type]jsonschema.Schema{
		reflect.TypeOf(probe.Millis(0)): number,
		reflect.TypeOf(smtpwire.Event{}): {"type": "object", "additionalProperties": false, "required": []string{"at_ms", "dir", "line"},
			"properties": jsonschema.Schema{"at_ms": number, "dir": jsonschema.Schema{"type": "string"}, "line": jsonschema.Schema{"type": "string"}}},
	}}
}

// TestJSONSchemas keeps docs/schema (one JSON Schema per --json document,
// generated from the Go types the commands encode) current; regenerate
// with go test ./cmd/smtpgw -run TestCLIDocs -update-docs (or this test).
func TestJSONSchemas(t *testing.T) {
	g := schemaGenerator()
	checkGenerated(t, "schema", "*.json", func(dir string) error {
		for _, d := range jsonDocuments {
			id := "https://github.com/smtpgw/smtpgw/docs/schema/" + d.name + ".json"
			s := g.Generate(d.v, id, d.title)
			if d.or != nil {
				s = g.GenerateAnyOf(id, d.title, append([]any{d.v}, d.or...)...)
			}
			b, err := json.MarshalIndent(s, "", "  ")
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, d.name+".json"), append(b, '\n'), 0o644); err != nil {
				return err
			}
		}
		return nil
	})
}

// loadSchema reads docs/schema/NAME.json.
func loadSchema(t *testing.T, name string) jsonschema.Schema {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "schema", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var s jsonschema.Schema
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// validJSON checks every JSON document in out (one, or one per line)
// against docs/schema/NAME.json.
func validJSON(t *testing.T, name, out string) {
	t.Helper()
	s := loadSchema(t, name)
	dec := json.NewDecoder(strings.NewReader(out))
	n := 0
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("%s: not JSON: %v\n%s", name, err, out)
		}
		n++
		for _, e := range jsonschema.Validate(s, v) {
			t.Errorf("%s output breaks its schema: %s", name, e)
		}
		for _, e := range jsonRules(s, s, v, "$") {
			t.Errorf("%s output breaks a rule of docs/json.md: %s", name, e)
		}
	}
	if n == 0 {
		t.Errorf("%s: no JSON document in %q", name, out)
	}
}

// Real output of every command with --json follows its schema.
func TestJSONOutputFollowsSchema(t *testing.T) {
	t.Parallel()
	run := func(name string, want int, args ...string) {
		t.Helper()
		out, errOut, code := runCLI(t, "", args...)
		if code != want {
			t.Fatalf("%v: exit %d\n%s\n%s", args, code, out, errOut)
		}
		validJSON(t, name, out)
	}
	run("explain", ExitOK, "explain", "--json", "550 5.1.1 <bob@example.test>: Recipient address rejected: User unknown", "421 4.7.0 try again later")
	run("explain", ExitOK, "explain", "--json", "--explain-why", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org")
	run("summary", ExitOK, append([]string{"explain", "--summary", "--json"}, summaryLogs...)...)
	run("explain-list", ExitOK, "explain", "--list", "--json")

	pe := newProbeEnv(t, true)
	out, _, _ := pe.run(t, "", "example.test", "--json")
	validJSON(t, "probe", out)
	out, _, _ = pe.run(t, "example.test\nnull.test\n", "-f", "-", "--json")
	validJSON(t, "probe-target", out)

	w := checktest.New(t, checktest.Healthy("schema.test"))
	run("check", ExitOK, append(checkArgs(t, w), "schema.test", "--json")...)
	run("check", ExitFindings, append(checkArgs(t, w), "gone.test", "--json")...)

	dns := diagnoseWorld(t)
	run("diagnose", ExitFindings, append(diagnoseArgs(dns, checktest.RefusedPort(t)), "--json",
		"550 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org")...)

	msg, idns := signedInspectMsg(t)
	f := filepath.Join(t.TempDir(), "m.eml")
	if err := os.WriteFile(f, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	run("inspect", ExitOK, "inspect", f, "--json", "--resolver", idns.Addr)
}

// The validator is not vacuous: it finds a wrong type, a missing required
// field, an unknown property and a null where the schema wants an array.
func TestSchemaValidatorFindsViolations(t *testing.T) {
	t.Parallel()
	s := loadSchema(t, "explain")
	var good any
	out, _, _ := runCLI(t, "", "explain", "--json", "550 5.1.1 user unknown")
	if err := json.Unmarshal([]byte(out), &good); err != nil {
		t.Fatal(err)
	}
	if errs := jsonschema.Validate(s, good); len(errs) > 0 {
		t.Fatalf("real output: %v", errs)
	}
	mutate := func(f func(m map[string]any)) []string {
		var v map[string]any
		json.Unmarshal([]byte(out), &v)
		f(v)
		return jsonschema.Validate(s, v)
	}
	for name, f := range map[string]func(map[string]any){
		"wrong type": func(m map[string]any) { m["category"] = 5 },
		"missing":    func(m map[string]any) { delete(m, "category") },
		"unknown":    func(m map[string]any) { m["bogus"] = true },
		"null array": func(m map[string]any) { m["remediation"] = nil },
	} {
		if errs := mutate(f); len(errs) == 0 {
			t.Errorf("%s: no violation found", name)
		}
	}
}

// jsonRules checks the rules every --json document keeps (docs/json.md)
// on v, walking it with its schema: a member of an object whose schema
// lists its properties (a Go struct, not a map of data) is never null and
// never "": an absent value is left out (a list with nothing in it is
// []); "code" is a number wherever it appears; "actor" is never empty.
func jsonRules(root, s map[string]any, v any, path string) []string {
	if ref, ok := s["$ref"].(string); ok {
		s, _ = root["$defs"].(map[string]any)[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
	}
	if alts, ok := s["anyOf"].([]any); ok && v != nil {
		// the alternative v follows (the first, when none does)
		s = alts[0].(map[string]any)
		for _, a := range alts {
			alt := jsonschema.Schema{"$defs": root["$defs"]}
			for k, x := range a.(map[string]any) {
				alt[k] = x
			}
			if len(jsonschema.Validate(alt, v)) == 0 {
				s = alt
				break
			}
		}
		if ref, ok := s["$ref"].(string); ok {
			s, _ = root["$defs"].(map[string]any)[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		}
	}
	var errs []string
	switch x := v.(type) {
	case map[string]any:
		props, isStruct := s["properties"].(map[string]any)
		for k, m := range x {
			p := path + "." + k
			if isStruct {
				switch m {
				case nil:
					if k == "code" {
						break // an explanation's "code" is null when the input had none (issue 10)
					}
					errs = append(errs, p+": null (leave an absent value out)")
				case "":
					errs = append(errs, p+": \"\" (leave an absent value out)")
				}
			}
			if _, ok := m.(float64); k == "code" && !ok && m != nil {
				errs = append(errs, fmt.Sprintf("%s: %T, want a number", p, m))
			}
			sub, _ := props[k].(map[string]any)
			if !isStruct {
				sub, _ = s["additionalProperties"].(map[string]any)
			}
			errs = append(errs, jsonRules(root, sub, m, p)...)
		}
	case []any:
		items, _ := s["items"].(map[string]any)
		for i, e := range x {
			errs = append(errs, jsonRules(root, items, e, fmt.Sprintf("%s[%d]", path, i))...)
		}
	}
	return errs
}

// schemaRules checks the same rules on a schema: a member that must be
// present is never null (so an absent value is one left out), and every
// property named "code" is an integer.
func schemaRules(root jsonschema.Schema) []string {
	var errs []string
	var walk func(s map[string]any, path string)
	walk = func(s map[string]any, path string) {
		req := map[string]bool{}
		for _, r := range jsonschemaStrings(s["required"]) {
			req[r] = true
		}
		props, _ := s["properties"].(map[string]any)
		for name, ps := range props {
			p := ps.(map[string]any)
			if alts, ok := p["anyOf"].([]any); ok && req[name] {
				for _, a := range alts {
					if a.(map[string]any)["type"] == "null" && name != "code" {
						errs = append(errs, path+"."+name+": required and may be null (omit an absent value instead)")
					}
				}
			}
			if name == "code" {
				t := p["type"]
				if alts, ok := p["anyOf"].([]any); ok {
					t = alts[0].(map[string]any)["type"]
				}
				if t != "integer" {
					errs = append(errs, fmt.Sprintf("%s.code: %v, want integer", path, t))
				}
			}
			walk(p, path+"."+name)
		}
		if items, ok := s["items"].(map[string]any); ok {
			walk(items, path+"[]")
		}
		if alts, ok := s["anyOf"].([]any); ok {
			for _, a := range alts {
				walk(a.(map[string]any), path)
			}
		}
		if ap, ok := s["additionalProperties"].(map[string]any); ok {
			walk(ap, path+".*")
		}
	}
	walk(root, "$")
	defs, _ := root["$defs"].(map[string]any)
	for name, d := range defs {
		walk(d.(map[string]any), "$defs."+name)
	}
	return errs
}

func jsonschemaStrings(v any) []string {
	var out []string
	switch x := v.(type) {
	case []string:
		return x
	case []any:
		for _, e := range x {
			out = append(out, e.(string))
		}
	}
	return out
}

// Every schema in docs/schema keeps the rules of docs/json.md.
func TestSchemasKeepTheRules(t *testing.T) {
	t.Parallel()
	for _, d := range jsonDocuments {
		for _, e := range schemaRules(loadSchema(t, d.name)) {
			t.Errorf("%s: %s", d.name, e)
		}
	}
}

// Real output of send, session and queue with --json follows its schema
// and the rules of docs/json.md (queue status and the relay's JSON log:
// TestQueueStatusDestinations).
func TestSendSessionQueueJSONFollowSchemas(t *testing.T) {
	t.Parallel()
	run := func(name string, in string, want int, args ...string) {
		t.Helper()
		out, errOut, code := runCLI(t, in, args...)
		if code != want {
			t.Fatalf("%v: exit %d, want %d\n%s\n%s", args, code, want, out, errOut)
		}
		validJSON(t, name, out)
	}
	s := &sink{rcpt: rejectNobody}
	port := startSink(t, s, nil)
	run("send", "", ExitOK, args("--server", server(port), "--to", "a@example.test", "--json")...)
	run("send", "", ExitFindings, args("--server", server(port), "--to", "a@example.test", "--to", "nobody@example.test", "--json")...)
	run("send", "", ExitFindings, args("--server", server(checktest.RefusedPort(t)), "--to", "a@example.test", "--json")...)
	run("send-load", "", ExitOK, args("--server", server(port), "--to", "a@example.test", "--count", "3", "--json")...)
	run("send-load", "", ExitFindings, args("--server", server(port), "--to", "nobody@example.test", "--count", "3", "--json")...)
	run("session", "EHLO client.example.test\nHELP\nRCPT TO:<a@example.test>\nMAIL FROM:<a@example.test>\nRCPT TO:<nobody@example.test>\n",
		ExitFindings, "session", server(port), "--json")

	dir, ids := queueFixture(t)
	run("queue-list", "", ExitOK, "queue", "list", "--json", "--spool", dir)
	run("queue-list", "", ExitOK, "queue", "list", "--failed", "--json", "--spool", dir)
	for _, id := range ids {
		run("queue-message", "", ExitOK, "queue", "show", id, "--json", "--spool", dir)
	}
	run("queue-status", "", ExitOK, "queue", "status", "--json", "--spool", dir)
}
