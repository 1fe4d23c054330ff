package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
)

func ciFindings() []Finding {
	return []Finding{
		{ID: "mtasts.policy", Status: Pass, Target: Target{Domain: "a.example"}, Summary: "policy fetched", Remediation: []string{}},
		{ID: "mtasts.mx.mismatch", Status: Fail, Target: Target{Domain: "a.example", Host: "mx9.a.example"}, Summary: "MX host matches no | pattern",
			Detail: "RFC 8461 §4.1", Remediation: []string{"Add \"mx: mx9.a.example\"", "Change the id"}, Evidence: []string{"mx: <mx1>.a.example", "bad \x01 byte"}},
		{ID: "dane.unsigned", Status: Warn, Target: Target{Domain: "a.example", Host: "mx1.a.example", Port: 25}, Summary: "not validated", Remediation: []string{"Sign the zone"}},
		{ID: "mtasts.missing", Status: Info, Target: Target{Domain: "b.example"}, Summary: "no MTA-STS", Remediation: []string{"Publish one"}},
		{ID: "starttls.ok", Status: Pass, Target: Target{Domain: "b.example", Host: "mx.b.example", Addr: "192.0.2.1", Port: 25}, Summary: "STARTTLS works"},
	}
}

func TestJUnit(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := WriteJUnit(&buf, ciFindings(), JUnitOptions{Name: "smtpgw check"}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName  xml.Name `xml:"testsuites"`
		Name     string   `xml:"name,attr"`
		Tests    int      `xml:"tests,attr"`
		Failures int      `xml:"failures,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				Name      string `xml:"name,attr"`
				Classname string `xml:"classname,attr"`
				Failure   *struct {
					Message string `xml:"message,attr"`
					Type    string `xml:"type,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
				SystemOut string `xml:"system-out"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, buf.String())
	}
	if doc.Name != "smtpgw check" || doc.Tests != 5 || doc.Failures != 1 || len(doc.Suites) != 2 {
		t.Fatalf("document %+v", doc)
	}
	a := doc.Suites[0]
	if a.Name != "a.example" || a.Tests != 3 || a.Failures != 1 {
		t.Fatalf("suite a %+v", a)
	}
	c := a.Cases[0]
	if c.Classname != "mtasts" || c.Name != "mtasts.mx.mismatch mx9.a.example" || c.Failure == nil || c.Failure.Type != "fail" || c.Failure.Message != "MX host matches no | pattern" {
		t.Fatalf("failing case %+v", c)
	}
	for _, want := range []string{"RFC 8461 §4.1", "1. Add \"mx: mx9.a.example\"", "2. Change the id", "mx: <mx1>.a.example"} {
		if !strings.Contains(c.Failure.Text, want) {
			t.Errorf("failure text lacks %q:\n%s", want, c.Failure.Text)
		}
	}
	if w := a.Cases[1]; w.Failure != nil || !strings.HasPrefix(w.SystemOut, "WARN [dane.unsigned] mx1.a.example:25\nnot validated\n") || w.Classname != "dane" {
		t.Errorf("warning case %+v", w)
	}

	// Control characters from untrusted evidence are dropped and "]]>"
	// survives the CDATA section.
	buf.Reset()
	nasty := []Finding{{ID: "x.y", Status: Fail, Target: Target{Domain: "n.example"}, Summary: "a]]>b\x00c", Evidence: []string{"e]]>f\x07g\xff"}}}
	if err := WriteJUnit(&buf, nasty, JUnitOptions{}); err != nil {
		t.Fatal(err)
	}
	var nd struct {
		Suites []struct {
			Cases []struct {
				Failure struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &nd); err != nil {
		t.Fatalf("hostile text breaks the XML: %v\n%s", err, buf.String())
	}
	if txt := nd.Suites[0].Cases[0].Failure.Text; !strings.Contains(txt, "e]]>fg\uFFFD") || !strings.Contains(txt, "a]]>bc") {
		t.Errorf("failure text %q", txt)
	}

	// With FailureAt warn (--fail-on warn) the warning becomes a failure too.
	buf.Reset()
	WriteJUnit(&buf, ciFindings(), JUnitOptions{FailureAt: Warn})
	doc.Suites = nil
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Failures != 2 || doc.Suites[0].Cases[1].Failure == nil || doc.Suites[0].Cases[1].Failure.Type != "warn" {
		t.Errorf("FailureAt warn: %+v", doc)
	}
}

func TestMarkdown(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, ciFindings(), MarkdownOptions{Title: "smtpgw check"}); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"## ❌ smtpgw check: 1 fail, 1 warn, 1 info, 2 pass\n",
		"### ❌ a.example: 1 fail, 1 warn, 1 pass",
		"### ℹ️ b.example: 1 info, 1 pass",
		"| | Check | Target | Result |\n|---|---|---|---|\n",
		"| ❌ | `mtasts.mx.mismatch` | mx9.a.example | MX host matches no \\| pattern |",
		"| ⚠️ | `dane.unsigned` | mx1.a.example:25 | not validated |",
		"- ❌ **mtasts.mx.mismatch** (mx9.a.example): MX host matches no | pattern\n  1. Add \"mx: mx9.a.example\"\n  2. Change the id\n",
		"<details><summary>1 passing check(s)</summary>",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	// The failing domain comes first.
	if strings.Index(md, "### ❌ a.example") > strings.Index(md, "### ℹ️ b.example") {
		t.Error("domains not worst first")
	}
	// Every table row has the same number of cells.
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "| ") && strings.Count(strings.ReplaceAll(l, `\|`, ""), "|") != 5 {
			t.Errorf("table row with wrong cell count: %q", l)
		}
	}
	// Markup in untrusted text is neutralised.
	buf.Reset()
	WriteMarkdown(&buf, []Finding{{ID: "x.y", Status: Warn, Target: Target{Domain: "c.example"}, Summary: "<script>alert(1)</script>\nnext"}}, MarkdownOptions{})
	if strings.Contains(buf.String(), "<script>") || strings.Contains(buf.String(), "</script>\nnext") {
		t.Errorf("unescaped: %s", buf.String())
	}
}

func TestSARIF(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, ciFindings(), SARIFOptions{Version: "1.2.3", ArtifactURI: "dns/zones.txt"}); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	// Required properties of SARIF 2.1.0.
	if doc["version"] != "2.1.0" || doc["$schema"] == nil {
		t.Fatalf("log %v", doc)
	}
	runs := doc["runs"].([]any)
	if len(runs) != 1 {
		t.Fatalf("runs %v", runs)
	}
	run := runs[0].(map[string]any)
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	if driver["name"] != "smtpgw" || driver["version"] != "1.2.3" {
		t.Errorf("driver %v", driver)
	}
	rules := driver["rules"].([]any)
	ruleIDs := map[string]int{}
	for i, r := range rules {
		id, ok := r.(map[string]any)["id"].(string)
		if !ok || id == "" {
			t.Fatalf("rule without id: %v", r)
		}
		ruleIDs[id] = i
	}
	if len(rules) != 3 { // pass findings left out by default
		t.Errorf("rules %v", ruleIDs)
	}
	results := run["results"].([]any)
	if len(results) != 3 {
		t.Fatalf("%d results", len(results))
	}
	levels := map[string]string{}
	for _, x := range results {
		r := x.(map[string]any)
		id := r["ruleId"].(string)
		levels[id] = r["level"].(string)
		if int(r["ruleIndex"].(float64)) != ruleIDs[id] {
			t.Errorf("%s: ruleIndex %v, rule at %d", id, r["ruleIndex"], ruleIDs[id])
		}
		if r["message"].(map[string]any)["text"].(string) == "" {
			t.Errorf("%s: empty message", id)
		}
		locs := r["locations"].([]any)
		loc := locs[0].(map[string]any)
		ll := loc["logicalLocations"].([]any)[0].(map[string]any)
		if ll["name"] == "" || ll["fullyQualifiedName"] == "" {
			t.Errorf("%s: logical location %v", id, ll)
		}
		if loc["physicalLocation"].(map[string]any)["artifactLocation"].(map[string]any)["uri"] != "dns/zones.txt" {
			t.Errorf("%s: physical location %v", id, loc["physicalLocation"])
		}
		if id == "mtasts.mx.mismatch" && ll["fullyQualifiedName"] != "a.example/mx9.a.example" {
			t.Errorf("fqn %v", ll["fullyQualifiedName"])
		}
	}
	if levels["mtasts.mx.mismatch"] != "error" || levels["dane.unsigned"] != "warning" || levels["mtasts.missing"] != "note" {
		t.Errorf("levels %v", levels)
	}

	// IncludePass adds kind "pass" results with level "none" (§3.27.9).
	buf.Reset()
	WriteSARIF(&buf, ciFindings(), SARIFOptions{IncludePass: true})
	var doc2 struct {
		Runs []struct {
			Results []struct {
				RuleID, Kind, Level string
				Locations           []map[string]any
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc2); err != nil {
		t.Fatal(err)
	}
	passes := 0
	for _, r := range doc2.Runs[0].Results {
		if r.Kind == "pass" {
			passes++
			if r.Level != "none" {
				t.Errorf("pass result level %q", r.Level)
			}
		}
		if _, ok := r.Locations[0]["physicalLocation"]; ok {
			t.Error("physical location without ArtifactURI")
		}
	}
	if passes != 2 {
		t.Errorf("%d pass results", passes)
	}
}
