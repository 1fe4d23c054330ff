package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/jsonschema"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/smtpwire"
	"github.com/smtpgw/smtpgw/summary"
)

// jsonDocuments are the --json documents, one schema each in docs/schema.
var jsonDocuments = []struct {
	name, title string
	v           any
}{
	{"probe", "smtpgw probe --json", probeJSON{}},
	{"probe-target", "smtpgw probe -f FILE --json (one line per target)", probe.TargetResult{}},
	{"check", "smtpgw check --json", checkDocument{}},
	{"diagnose", "smtpgw diagnose --json", diagnoseDocument{}},
	{"inspect", "smtpgw inspect --json", inspectDocument{}},
	{"explain", "smtpgw explain --json (one line per reply)", explain.Explanation{}},
	{"summary", "smtpgw explain --summary --json", summary.Report{}},
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
			s := g.Generate(d.v, "https://github.com/smtpgw/smtpgw/docs/schema/"+d.name+".json", d.title)
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
