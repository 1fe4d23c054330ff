package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// JUnitOptions tune WriteJUnit.
type JUnitOptions struct {
	// Name of the <testsuites> element, e.g. "smtpgw check".
	Name string
	// FailureAt is the status from which a finding becomes a <failure>
	// (default Fail). Pass the command's --fail-on so the test view agrees
	// with the exit code; findings below it that are not pass (info, warn)
	// stay passing test cases whose <system-out> says "WARN: ..." so they are
	// still visible in the test case's details. (GitLab and the GitHub
	// test-report actions show only failed, errored and skipped cases as
	// problems; a warning as a <failure> would contradict the exit code.)
	FailureAt Status
}

// JUnit XML as read by GitLab (artifacts:reports:junit), Jenkins and the
// GitHub test-report actions: <testsuites> of <testsuite> of <testcase>,
// failures as <failure message type>text</failure>. The tags say what
// writeXML writes: it prints exactly what encoding/xml's Encoder with a
// two-space indent prints for these types (TestJUnitXMLAsEncodingXML),
// without linking encoding/xml, whose initialisation every smtpgw command
// would pay for this one output format.
type junitSuites struct {
	Name     string       `xml:"name,attr,omitempty"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut *junitText    `xml:"system-out,omitempty"`
}

type junitText struct {
	Text string `xml:",cdata"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// WriteJUnit renders findings as JUnit XML: one <testsuite> per domain (or
// per target when a finding has no domain), one <testcase> per finding with
// classname the control (the id's first part: "mtasts", "dane", "spf") and
// name "<id> <target>". Findings at or above o.FailureAt carry a <failure>
// whose type is the status and whose text holds the detail, remediation and
// evidence.
func WriteJUnit(w io.Writer, fs []Finding, o JUnitOptions) error {
	var b strings.Builder
	b.WriteString(xmlHeader)
	junitDoc(fs, o).writeXML(&b)
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// junitDoc arranges findings into suites and cases.
func junitDoc(fs []Finding, o JUnitOptions) junitSuites {
	failAt := o.FailureAt
	if failAt == "" {
		failAt = Fail
	}
	sorted := append([]Finding(nil), fs...)
	Sort(sorted)
	doc := junitSuites{Name: o.Name, Time: "0"}
	index := map[string]int{}
	for _, f := range sorted {
		suite := f.Target.Domain
		if suite == "" {
			suite = f.Target.String()
		}
		i, ok := index[suite]
		if !ok {
			i = len(doc.Suites)
			index[suite] = i
			doc.Suites = append(doc.Suites, junitSuite{Name: suite, Time: "0"})
		}
		s := &doc.Suites[i]
		c := junitCase{Name: f.ID + " " + f.Target.String(), Classname: Control(f.ID), Time: "0"}
		body := findingText(f)
		if f.Status.Rank() >= failAt.Rank() {
			c.Failure = &junitFailure{Message: f.Summary, Type: string(f.Status), Text: body}
			s.Failures++
			doc.Failures++
		} else {
			c.SystemOut = &junitText{body}
		}
		s.Tests++
		doc.Tests++
		s.Cases = append(s.Cases, c)
	}
	return doc
}

// xmlHeader is encoding/xml's Header.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

func (d junitSuites) writeXML(b *strings.Builder) {
	b.WriteString("<testsuites")
	if d.Name != "" {
		xmlAttr(b, "name", d.Name)
	}
	xmlAttr(b, "tests", strconv.Itoa(d.Tests))
	xmlAttr(b, "failures", strconv.Itoa(d.Failures))
	xmlAttr(b, "errors", strconv.Itoa(d.Errors))
	xmlAttr(b, "time", d.Time)
	b.WriteString(">")
	for _, s := range d.Suites {
		b.WriteString("\n  <testsuite")
		xmlAttr(b, "name", s.Name)
		xmlAttr(b, "tests", strconv.Itoa(s.Tests))
		xmlAttr(b, "failures", strconv.Itoa(s.Failures))
		xmlAttr(b, "errors", strconv.Itoa(s.Errors))
		xmlAttr(b, "skipped", strconv.Itoa(s.Skipped))
		xmlAttr(b, "time", s.Time)
		b.WriteString(">")
		for _, c := range s.Cases {
			b.WriteString("\n    <testcase")
			xmlAttr(b, "name", c.Name)
			xmlAttr(b, "classname", c.Classname)
			xmlAttr(b, "time", c.Time)
			b.WriteString(">")
			if c.Failure != nil {
				b.WriteString("\n      <failure")
				xmlAttr(b, "message", c.Failure.Message)
				xmlAttr(b, "type", c.Failure.Type)
				b.WriteString(">")
				xmlCDATA(b, c.Failure.Text)
				b.WriteString("</failure>")
			}
			if c.SystemOut != nil {
				b.WriteString("\n      <system-out>")
				xmlCDATA(b, c.SystemOut.Text)
				b.WriteString("</system-out>")
			}
			if c.Failure != nil || c.SystemOut != nil {
				b.WriteString("\n    ")
			}
			b.WriteString("</testcase>")
		}
		if len(s.Cases) > 0 {
			b.WriteString("\n  ")
		}
		b.WriteString("</testsuite>")
	}
	if len(d.Suites) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("</testsuites>")
}

// xmlAttr writes ` name="value"`, the value escaped as encoding/xml
// escapes it: the five markup characters, tab, newline and carriage return
// as references, and what XML cannot carry (other control characters,
// invalid UTF-8) as U+FFFD.
func xmlAttr(b *strings.Builder, name, value string) {
	b.WriteString(" ")
	b.WriteString(name)
	b.WriteString(`="`)
	last := 0
	for i := 0; i < len(value); {
		r, width := utf8.DecodeRuneInString(value[i:])
		i += width
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			if !xmlChar(r) || r == utf8.RuneError && width == 1 {
				esc = "\uFFFD"
				break
			}
			continue
		}
		b.WriteString(value[last : i-width])
		b.WriteString(esc)
		last = i
	}
	b.WriteString(value[last:])
	b.WriteString(`"`)
}

// xmlChar reports whether r is a character XML 1.0 allows.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// xmlCDATA writes s in a CDATA section (nothing for ""), a "]]>" in it
// split across two sections, as encoding/xml does; s is xmlSafe already.
func xmlCDATA(b *strings.Builder, s string) {
	if s == "" {
		return
	}
	b.WriteString("<![CDATA[")
	for {
		before, after, ok := strings.Cut(s, "]]>")
		if !ok {
			break
		}
		b.WriteString(before)
		b.WriteString("]]]]><![CDATA[>")
		s = after
	}
	b.WriteString(s)
	b.WriteString("]]>")
}

// Control returns the control a finding id belongs to: its first
// dot-separated part ("mtasts.mx.mismatch" → "mtasts").
func Control(id string) string {
	if i := strings.IndexByte(id, '.'); i > 0 {
		return id[:i]
	}
	return id
}

// findingText is a finding's detail, remediation and evidence as plain text.
func findingText(f Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s [%s] %s\n%s\n", strings.ToUpper(string(f.Status)), f.ID, f.Target, f.Summary)
	if f.Detail != "" {
		b.WriteString("\n" + f.Detail + "\n")
	}
	if len(f.Remediation) > 0 {
		b.WriteString("\nWhat to do:\n")
		for i, r := range f.Remediation {
			fmt.Fprintf(&b, "  %d. %s\n", i+1, r)
		}
	}
	if len(f.Evidence) > 0 {
		b.WriteString("\nEvidence:\n")
		for _, e := range f.Evidence {
			b.WriteString("  " + e + "\n")
		}
	}
	return xmlSafe(b.String())
}

// xmlSafe drops what XML 1.0 cannot carry, even in CDATA: control
// characters other than tab, newline and carriage return (server replies and
// records are untrusted), and invalid UTF-8. encoding/xml splits "]]>".
func xmlSafe(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
}
