package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

// encodingXML is what WriteJUnit wrote with encoding/xml before it wrote
// the XML itself.
func encodingXML(t testing.TB, doc junitSuites) string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(struct {
		XMLName xml.Name `xml:"testsuites"`
		junitSuites
	}{junitSuites: doc}); err != nil {
		t.Fatal(err)
	}
	b.WriteString("\n")
	return b.String()
}

func ourXML(doc junitSuites) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	doc.writeXML(&b)
	b.WriteString("\n")
	return b.String()
}

// WriteJUnit prints byte for byte what encoding/xml's Encoder printed for
// the same suites: escaping of attributes (quotes, markup, tab, newline,
// carriage return, characters XML cannot carry, invalid UTF-8), CDATA with
// "]]>" inside, empty documents and suites, the indentation.
func TestJUnitXMLAsEncodingXML(t *testing.T) {
	hostile := []Finding{
		{ID: "x.y", Status: Fail, Target: Target{Domain: "n.example"}, Summary: "a]]>b\x00c \"q\" 'a' <t> & \t\n\r\x7f\uFFFD\xff\xfe", Evidence: []string{"e]]>f\x07g\xff", "]]>", "]]]]>>"}},
		{ID: "noDot", Status: Warn, Target: Target{Host: "mx.n.example", Port: 25}, Summary: "", Detail: "\U0001F600 \u2028 \uFFFE"},
		{ID: "p.q", Status: Pass, Target: Target{Domain: "o.example"}, Summary: "ok"},
	}
	for _, c := range []struct {
		name string
		fs   []Finding
		o    JUnitOptions
	}{
		{"ci", ciFindings(), JUnitOptions{Name: "smtpgw check"}},
		{"ci-warn", ciFindings(), JUnitOptions{FailureAt: Warn}},
		{"hostile", hostile, JUnitOptions{Name: "a \"b\" <c>\n\xff"}},
		{"empty", nil, JUnitOptions{Name: "smtpgw check"}},
		{"empty-unnamed", nil, JUnitOptions{}},
	} {
		doc := junitDoc(c.fs, c.o)
		if got, want := ourXML(doc), encodingXML(t, doc); got != want {
			t.Errorf("%s:\n--- ours\n%s\n--- encoding/xml\n%s", c.name, got, want)
		}
	}
	// suites and cases without children, and an empty CDATA
	doc := junitSuites{Time: "0", Suites: []junitSuite{{Name: "s"}, {Name: "t", Cases: []junitCase{{Name: "c"}, {Name: "d", SystemOut: &junitText{}}, {Name: "e", Failure: &junitFailure{}}}}}}
	if got, want := ourXML(doc), encodingXML(t, doc); got != want {
		t.Errorf("childless:\n--- ours\n%s\n--- encoding/xml\n%s", got, want)
	}
}

func FuzzJUnitXML(f *testing.F) {
	f.Add("x.y", "fail", "n.example", "a]]>b\x00c", "e\"f'g<h>&\t\n\r")
	f.Add("p", "warn", "", "\xff\xfe\uFFFD", "]]]]>")
	f.Fuzz(func(t *testing.T, id, status, domain, summary, evidence string) {
		fs := []Finding{{ID: id, Status: Status(status), Target: Target{Domain: domain, Host: domain}, Summary: summary, Detail: summary, Evidence: []string{evidence}, Remediation: []string{evidence}}}
		for _, o := range []JUnitOptions{{Name: summary}, {FailureAt: Pass}} {
			doc := junitDoc(fs, o)
			if got, want := ourXML(doc), encodingXML(t, doc); got != want {
				t.Fatalf("ours:\n%s\nencoding/xml:\n%s", got, want)
			}
		}
	})
}
