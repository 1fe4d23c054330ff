package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/smtpgw/smtpgw/explain"
)

// ExplainTotals is the last line of `smtpgw explain --json` over standard
// input when some of its lines were not explained: lines that carry
// neither a reply code nor wording that says what happened to a delivery,
// and over-long lines. Nothing read is dropped without being counted.
type ExplainTotals struct {
	Totals ExplainInputTotals `json:"totals"`
}

// ExplainInputTotals counts the lines of standard input.
type ExplainInputTotals struct {
	Lines        int `json:"lines"`             // lines read, blank lines too
	Explanations int `json:"explanations"`      // explanations written (a multi-line reply, a transcript or a DSN block is one)
	Unexplained  int `json:"unexplained_lines"` // non-blank lines with neither a reply code nor delivery wording (connections, queue, TLS ... in a mail log): not explained
	TooLong      int `json:"too_long_lines"`    // lines longer than explain.MaxLine, skipped unread
}

// LeftOut reports lines that were not explained.
func (t ExplainInputTotals) LeftOut() bool { return t.Unexplained > 0 || t.TooLong > 0 }

// WriteExplainTotalsJSON writes the totals line of explain --json.
func WriteExplainTotalsJSON(w io.Writer, t ExplainInputTotals) error {
	return WriteJSONLine(w, ExplainTotals{Totals: t})
}

// WriteExplainTotals writes the line that closes the cards of explain over
// standard input when some lines were not explained.
func WriteExplainTotals(w io.Writer, t ExplainInputTotals, o TextOptions) error {
	st := o.styles(w)
	var parts []string
	if t.Unexplained > 0 {
		parts = append(parts, fmt.Sprintf("%d of %s carried neither an SMTP reply code nor wording that says what happened to a delivery",
			t.Unexplained, plural(t.Lines, "line", "lines")))
	}
	if t.TooLong > 0 {
		parts = append(parts, fmt.Sprintf("%s longer than %d bytes skipped unread", plural(t.TooLong, "line", "lines"), explain.MaxLine))
	}
	msg := "Not explained: " + strings.Join(parts, "; ")
	_, err := fmt.Fprintf(w, "\n%s\n", st.Dim.Render(msg+"."))
	return err
}
