package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
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
// failures as <failure message type>text</failure>.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
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
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
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
