package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/summary"
)

func sampleSummary() summary.Report {
	s, err := summary.New(summary.Options{Top: 1})
	if err != nil {
		panic(err) // valid options
	}
	for _, rcpt := range []string{"a@x.example", "b@x.example", "a@x.example"} {
		r, _ := explain.Parse("550 5.1.1 <" + rcpt + ">: Recipient address rejected: User unknown in local recipient table")
		r.Recipient = rcpt
		s.Add(r, summary.LineTime("Mar  3 09:14:02 mx postfix/smtp[1]: x"))
	}
	r, _ := explain.Parse("550 5.7.1 =HYPERLINK(\"http://evil.example\") refused")
	r.Recipient = "=cmd@y.example"
	s.Add(r, summary.LineTime("2026-03-03 10:00:00 x"))
	s.Problem("lunch.eml", "not a bounce: no failed or delayed recipient")
	return s.Report()
}

func TestWriteSummaryText(t *testing.T) {
	var b bytes.Buffer
	if err := WriteSummary(&b, sampleSummary(), SummaryOptions{Width: 60, MoreHint: "hint lists them"}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	// without a hint the shortened list ends with its count
	var plain bytes.Buffer
	if err := WriteSummary(&plain, sampleSummary(), SummaryOptions{Width: 60}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(plain.String(), "recipients a@x.example (2), and 1 more\n") {
		t.Errorf("without a hint:\n%s", plain.String())
	}
	for _, want := range []string{
		"4 delivery failures (4 permanent, 0 temporary)",
		"USER-UNKNOWN  3 failures (75%) · 3 permanent",
		"  x.example  3 failures · 3 permanent",
		"recipients a@x.example (2), and 1 more (hint lists them)\n",
		"NOT SUMMARISED",
		"lunch.eml: not a bounce",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("color without a terminal:\n%q", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 60 && strings.Count(l, " ") > 1 && !strings.Contains(l, "http") {
			t.Errorf("wider than 60: %q", l)
		}
	}
}

func TestWriteSummaryCSV(t *testing.T) {
	var b bytes.Buffer
	if err := WriteSummaryCSV(&b, sampleSummary()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(SummaryCSVHeader, ",") {
		t.Fatalf("rows %q", rows)
	}
	if rows[1][1] != "x.example" || rows[1][3] != "3" || rows[1][9] != "a@x.example (2)" {
		t.Errorf("first row %q", rows[1])
	}
	// untrusted text never starts a cell with a formula character
	for _, row := range rows[1:] {
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
				t.Errorf("cell %q could run as a formula", cell)
			}
		}
	}
}

func TestSummaryProgress(t *testing.T) {
	var b bytes.Buffer
	WriteSummaryProgress(&b, summary.Totals{Bytes: 3 << 20, Lines: 12345, Failures: 7})
	EndSummaryProgress(&b)
	if got := b.String(); got != "\r\x1b[Kread 3.0 MB, 12,345 lines, 7 failures\r\x1b[K" {
		t.Errorf("progress %q", got)
	}
}
