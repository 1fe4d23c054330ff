package explain

import (
	"encoding/csv"
	"strings"
)

// Rules of helper final18 (issue 10, session 13); see docs/heldout/heldout18*.md.
var final18Rules = []rule{}

// powerMTARecord lays out a PowerMTA accounting record (a CSV line: type,
// timeLogged, timeQueued, orig, rcpt, orcpt, dsnAction, dsnStatus, dsnDiag,
// dsnMta, bounceCat, ...): the diagnostic field ("smtp;550 5.1.1 ...") is
// the reply, on a line of its own, the status field's words after it and
// the bounce category on a line of its own; the record's other fields (the
// hosts, addresses, the receiver's ESMTP capabilities "8BITMIME,...") are
// no words of the reply (heldout17.md: the capability list read as an
// 8-bit complaint). Any other input is returned as it is.
func powerMTARecord(s string) string {
	if len(s) < 3 || s[1] != ',' && !(len(s) > 3 && s[2] == ',') || strings.Contains(s, "\n") {
		return s
	}
	rd := csv.NewReader(strings.NewReader(s))
	rd.LazyQuotes = true
	rd.FieldsPerRecord = -1
	f, err := rd.Read()
	if err != nil || len(f) < 10 || !powerMTAType(f[0]) || !startsWithDate(f[1]) {
		return s
	}
	diag := -1
	for i, v := range f {
		if strings.HasPrefix(strings.ToLower(v), "smtp;") {
			diag = i
			break
		}
	}
	if diag < 2 {
		return s
	}
	lines := []string{strings.TrimSpace(f[diag][len("smtp;"):])}
	if st := f[diag-1]; strings.Contains(st, " (") && len(st) > 5 && isDigit(st[0]) && st[1] == '.' {
		lines = append(lines, st) // "5.1.1 (bad destination mailbox address)"
	}
	for _, v := range f[diag+1:] {
		for _, c := range momentumCategories {
			if strings.EqualFold(v, c) {
				lines = append(lines, "bounce category: "+v)
			}
		}
	}
	return strings.Join(lines, "\n")
}

// powerMTAType reports a PowerMTA accounting record's type field: d
// (delivered), b (bounced), t (transient), tq, rb and rs (remote bounce,
// remote status).
func powerMTAType(t string) bool {
	switch t {
	case "d", "b", "t", "tq", "rb", "rs":
		return true
	}
	return false
}

// startsWithDate reports a field that starts with a date "YYYY-MM-DD".
func startsWithDate(v string) bool {
	return len(v) >= 10 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) && isDigit(v[3]) && v[4] == '-' && isDigit(v[5]) && isDigit(v[6]) && v[7] == '-' && isDigit(v[8]) && isDigit(v[9])
}
