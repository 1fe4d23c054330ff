package explain

import (
	"strings"
)

// Entry is one known code or provider text, for `smtpgw explain --list`.
type Entry struct {
	Key       string   `json:"entry"`               // what it is known by: "550", "X.1.1", "5.7.606-5.7.649", "[TSS04]", a quoted wording
	Code      int      `json:"code,omitempty"`      // the reply code, for kind "reply" (a number, as in every smtpgw document)
	Kind      string   `json:"kind"`                // "reply", "enhanced-class", "enhanced-subject", "enhanced", "provider", "wording"
	Meaning   string   `json:"meaning"`             // one line
	Category  Category `json:"category"`            // the category it implies ("unknown" when it depends on the text)
	Provider  string   `json:"provider,omitempty"`  // for provider entries
	Reference string   `json:"reference,omitempty"` // RFC section or provider page
}

// List returns every code and provider text the explainer knows, in a
// stable order: reply codes, enhanced classes, subjects and details, then
// provider and MTA wording rules.
func List() []Entry {
	var out []Entry
	for _, e := range basicCodeTable { // sorted by code
		c, i := e.code, e.info
		out = append(out, Entry{Key: itoa(c), Code: c, Kind: "reply", Meaning: i.Meaning, Category: i.Category, Reference: i.Ref})
	}
	for _, c := range []byte{'2', '4', '5'} {
		out = append(out, Entry{Key: string(c) + ".X.X", Kind: "enhanced-class", Meaning: enhancedClasses.Get()[c], Category: map[byte]Category{'2': Success, '4': Unknown, '5': Unknown}[c], Reference: "RFC 3463 §3.1"})
	}
	for s, m := range enhancedSubjects {
		out = append(out, Entry{Key: "X." + itoa(s) + ".X", Kind: "enhanced-subject", Meaning: m, Category: Unknown, Reference: "RFC 3463 §3"})
	}
	for _, e := range enhancedDetailTable { // sorted by subject and detail
		v := e.info
		out = append(out, Entry{Key: "X." + itoa(e.subject) + "." + itoa(e.detail), Kind: "enhanced", Meaning: v.Meaning, Category: v.Category, Reference: v.Ref})
	}
	e := theEngine()
	for i := range e.rules {
		r := &e.rules[i]
		id := r.ID()
		kind := "provider"
		if strings.HasPrefix(id, "mta.") || strings.HasPrefix(id, "exim.") || strings.HasPrefix(id, "bl.generic") || strings.HasPrefix(id, "code.") {
			kind = "wording"
		}
		ref := ""
		if refs := e.texts(r.refs); len(refs) > 0 {
			ref = e.str(refs[0])
		}
		out = append(out, Entry{Key: e.str(r.label), Kind: kind, Meaning: r.Summary(), Category: r.Cat(), Provider: r.Provider(), Reference: ref})
	}
	return out
}

// ruleLabel is what a rule is known by in the list (kept with the compiled
// rule: ruleKeys.label).
func ruleLabel(r *rule) string {
	var parts []string
	switch {
	case len(r.Enh) > 3:
		parts = append(parts, enhFirst(r.Enh[0])+"-"+enhLast(r.Enh[len(r.Enh)-1]))
	case len(r.Enh) > 0:
		parts = append(parts, strings.Join(r.Enh, ","))
	}
	if r.ESP != "" {
		parts = append(parts, r.ESP) // a sending service's field: "SparkPost bounceclass=52"
	}
	if len(r.Any) > 0 {
		k := r.Any[0]
		if !strings.Contains(k, " ") && strings.ContainsAny(k, "0123456789") {
			k = strings.ToUpper(k) // provider codes: [TSS04], S3140
		}
		parts = append(parts, "\""+k+"\"")
	}
	if len(r.Codes) == 1 && r.Codes[0] == 0 {
		parts = append(parts, "no code")
	} else if len(r.Codes) > 0 {
		cs := make([]string, len(r.Codes))
		for i, c := range r.Codes {
			cs[i] = itoa(c)
		}
		parts = append(parts, strings.Join(cs, ","))
	}
	if r.AtRcpt {
		parts = append(parts, "at RCPT")
	}
	if len(r.Stages) > 0 {
		parts = append(parts, "at "+strings.Join(r.Stages, "/"))
	}
	return strings.Join(parts, " ")
}
