package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/smtpgw/smtpgw/check"
)

// WriteCheckText renders check results for a person: per domain a header
// line (worst status, domain, its MX, time taken), then its findings.
func WriteCheckText(w io.Writer, results []*check.Result, o TextOptions) error {
	st := o.styles(w)
	for i, r := range results {
		if i > 0 {
			if _, err := fmt.Fprintln(w); err != nil {
				return err
			}
		}
		head := fmt.Sprintf("%s %s  %s, %s", st.Status(r.Worst), st.Bold.Render(r.Domain), st.Dim.Render(checkMX(r)), st.Dim.Render(strconv.FormatInt(r.ElapsedMS, 10)+" ms"))
		if _, err := io.WriteString(w, wrapWords(head, o.Width, 5)+"\n"); err != nil {
			return err
		}
		if err := WriteText(w, r.Findings, o); err != nil {
			return err
		}
	}
	return nil
}

// checkMX names a checked domain's mail hosts for its header.
func checkMX(r *check.Result) string {
	switch {
	case r.MX != nil && r.MX.Error != "":
		return "MX lookup failed" // never "no MX": there was no answer
	case r.MX != nil && r.MX.Null:
		return "null MX"
	case r.MX != nil && len(r.MX.Hosts) > 0:
		var hs []string
		for _, h := range r.MX.Hosts {
			hs = append(hs, h.Name)
		}
		if r.MX.Implicit {
			return "no MX, implicit MX " + strings.Join(hs, ", ")
		}
		return "MX " + strings.Join(hs, ", ")
	}
	return "no MX"
}
