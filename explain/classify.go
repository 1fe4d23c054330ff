package explain

import (
	"math/bits"
	"strings"
	"sync"
)

// compiled rule, with keyword ids resolved against the shared matcher.
type crule struct {
	*rule
	any, all, not []int32
	enh           []enhCode
	prov          string
}

// enhCode is a parsed enhanced status code; class 0 means "any class" (X.s.d).
type enhCode struct {
	class   byte
	subject int
	detail  int
}

func parseEnh(s string) (enhCode, bool) {
	if len(s) < 5 {
		return enhCode{}, false
	}
	var e enhCode
	switch s[0] {
	case '2', '4', '5':
		e.class = s[0]
	case 'X', 'x':
		e.class = 0
	default:
		return enhCode{}, false
	}
	if s[1] != '.' {
		return enhCode{}, false
	}
	rest := s[2:]
	dot := strings.IndexByte(rest, '.')
	if dot <= 0 {
		return enhCode{}, false
	}
	var ok1, ok2 bool
	e.subject, ok1 = atoiN(rest[:dot], 3)
	e.detail, ok2 = atoiN(rest[dot+1:], 3)
	if !ok1 || !ok2 {
		return enhCode{}, false
	}
	return e, true
}

func atoiN(s string, max int) (int, bool) {
	if len(s) == 0 || len(s) > max {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func (e enhCode) matches(o enhCode) bool {
	return (e.class == 0 || e.class == o.class) && e.subject == o.subject && e.detail == o.detail
}

type engine struct {
	m          *matcher
	rules      []crule
	patRules   [][]int32 // pattern id -> rules that name it in Any
	noAny      []int32   // rules without Any keywords (code or enhanced code rules)
	markerIDs  []int32   // provider marker pattern ids, parallel to providerMarkers
	detailKeys map[[2]int]detailInfo
}

const maxRules = 1024

// ruleSet marks candidate rules; iterating it yields them in table order.
type ruleSet [maxRules / 64]uint64

var (
	engOnce sync.Once
	eng     *engine
)

func theEngine() *engine {
	engOnce.Do(func() { eng = buildEngine() })
	return eng
}

func buildEngine() *engine {
	e := &engine{m: newMatcher(), detailKeys: map[[2]int]detailInfo{}}
	for i := range rules {
		r := &rules[i]
		cr := crule{rule: r, prov: r.Prov}
		for _, k := range r.Any {
			cr.any = append(cr.any, e.m.id(k))
		}
		for _, k := range r.All {
			cr.all = append(cr.all, e.m.id(k))
		}
		for _, k := range r.Not {
			cr.not = append(cr.not, e.m.id(k))
		}
		for _, s := range r.Enh {
			ec, ok := parseEnh(s)
			if !ok {
				panic("explain: bad enhanced code in rule " + r.ID + ": " + s)
			}
			cr.enh = append(cr.enh, ec)
		}
		e.rules = append(e.rules, cr)
	}
	for _, pm := range providerMarkers {
		e.markerIDs = append(e.markerIDs, e.m.id(pm.Word))
	}
	for k, v := range enhancedDetails {
		ec, ok := parseEnh("2." + k)
		if !ok {
			panic("explain: bad registry key " + k)
		}
		e.detailKeys[[2]int{ec.subject, ec.detail}] = v
	}
	if len(e.rules) > maxRules {
		panic("explain: too many rules")
	}
	e.patRules = make([][]int32, len(e.m.patterns))
	for i, r := range e.rules {
		if len(r.any) == 0 {
			e.noAny = append(e.noAny, int32(i))
		}
		for _, p := range r.any {
			e.patRules[p] = append(e.patRules[p], int32(i))
		}
	}
	e.m.compile()
	return e
}

// match finds the rule explaining a reply: the first strong rule that
// matches, else the first weak one.
// Only rules that can match are looked at: those naming a keyword found in
// the text, and those about codes alone.
func (e *engine) match(set *patternSet, found []int32, code int, enh enhCode, hasEnh, enhTells, atRcpt bool, provider string) *crule {
	var cand ruleSet
	for _, p := range found {
		for _, ri := range e.patRules[p] {
			cand[ri>>6] |= 1 << (uint(ri) & 63)
		}
	}
	for _, ri := range e.noAny {
		cand[ri>>6] |= 1 << (uint(ri) & 63)
	}
	var weak *crule
	for w, word := range cand {
		for word != 0 {
			i := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			if r := e.check(i, set, code, enh, hasEnh, enhTells, atRcpt, provider); r != nil {
				if !r.Weak {
					return r
				}
				if weak == nil {
					weak = r
				}
			}
		}
	}
	return weak
}

// check tests rule i against a reply.
func (e *engine) check(i int, set *patternSet, code int, enh enhCode, hasEnh, enhTells, atRcpt bool, provider string) *crule {
	r := &e.rules[i]
	if r.prov != "" && r.prov != provider {
		return nil
	}
	if r.AtRcpt && !atRcpt {
		return nil
	}
	if len(r.Codes) > 0 && len(r.any) == 0 && enhTells {
		return nil // a bare-code rule: the enhanced code tells more
	}
	if len(r.Codes) > 0 && !containsInt(r.Codes, code) {
		return nil
	}
	if len(r.enh) > 0 {
		if !hasEnh {
			return nil
		}
		ok := false
		for _, x := range r.enh {
			if x.matches(enh) {
				ok = true
				break
			}
		}
		if !ok {
			return nil
		}
	}
	if len(r.any) > 0 {
		ok := false
		for _, id := range r.any {
			if set.has(id) {
				ok = true
				break
			}
		}
		if !ok {
			return nil
		}
	}
	ok := true
	for _, id := range r.all {
		if !set.has(id) {
			ok = false
			break
		}
	}
	for _, id := range r.not {
		if set.has(id) {
			ok = false
			break
		}
	}
	if !ok {
		return nil
	}
	if len(r.any) == 0 && len(r.enh) == 0 && len(r.Codes) == 0 {
		return nil // a rule must be about something
	}
	return r
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// detectProvider names the receiving provider from the remote host, else from
// the reply text.
func (e *engine) detectProvider(host string, set *patternSet) string {
	if host != "" {
		h := strings.TrimSuffix(lowerIfNeeded(host), ".")
		for _, ph := range providerHosts {
			if h == ph.Suffix || strings.HasSuffix(h, "."+ph.Suffix) {
				return ph.Provider
			}
		}
	}
	for i, id := range e.markerIDs {
		if set.has(id) {
			return providerMarkers[i].Provider
		}
	}
	return ""
}

func lowerIfNeeded(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// Explain explains r. It is safe for concurrent use. When r.Enhanced, r.Code
// or r.Text are empty they are derived from r.Lines (the enhanced code of the
// last line that has one wins).
func Explain(r Reply) Explanation {
	e := theEngine()
	code, enhStr, text := r.Code, r.Enhanced, r.Text
	if len(r.Lines) > 0 && (code == 0 || enhStr == "" || text == "") {
		c, en, t := summarizeLines(r.Lines)
		if code == 0 {
			code = c
		}
		if enhStr == "" {
			enhStr = en
		}
		if text == "" {
			text = t
		}
	}
	if len(text) > maxExplainText {
		text = text[:maxExplainText]
	}
	if enhStr == "" && code != 0 && text != "" {
		enhStr = enhancedInText(text, code)
	}
	enh, hasEnh := parseEnh(enhStr)
	if !hasEnh {
		enhStr = ""
	}
	if code != 0 && (code < 200 || code > 599) {
		code = 0
	}

	ex := Explanation{Input: r.Input, Enhanced: enhStr, Text: text, Stage: r.Stage, RemoteHost: r.RemoteHost, Recipient: r.Recipient,
		OriginalRcpt: r.OriginalRecipient, Sender: r.Sender, Client: r.Client, User: r.User, Note: r.Note,
		Class: ClassUnknown, Category: Unknown}
	if code != 0 {
		c := code
		ex.Code = &c
	}
	// class: the basic code decides, then the enhanced code, then the DSN action.
	switch {
	case code != 0:
		ex.Class = classOfDigit(byte('0' + code/100))
	case hasEnh:
		ex.Class = classOfDigit(enh.class)
	default:
		switch strings.ToLower(r.Action) {
		case "failed":
			ex.Class = ClassPermanent
		case "delayed":
			ex.Class = ClassTransient
		case "delivered", "relayed", "expanded":
			ex.Class = ClassSuccess
		}
	}
	ex.Retry = ex.Class == ClassTransient

	var info codeInfo
	var haveInfo bool
	if code != 0 {
		info, haveInfo = basicCodes[code]
		if haveInfo {
			ex.CodeMeaning = info.Meaning
		} else {
			ex.CodeMeaning = genericCodeMeaning(code)
		}
	}
	var det detailInfo
	var haveDet bool
	if hasEnh {
		det, haveDet = e.detailKeys[[2]int{enh.subject, enh.detail}]
		ex.EnhancedMeaning = enhancedMeaning(enh, det, haveDet)
	}

	var set patternSet
	var foundBuf [32]int32
	found := e.m.scan(text, &set, foundBuf[:0])
	provider := e.detectProvider(r.RemoteHost, &set)

	detCat := Unknown
	if haveDet {
		detCat = det.Category
	}
	var rl *crule
	if ex.Class != ClassSuccess {
		// a reply to RCPT TO: the stage says so, or a server's reply (it
		// has a code) whose stage is not known
		atRcpt := r.Stage == "RCPT TO" || r.Stage == "" && code != 0
		rl = e.match(&set, found, code, enh, hasEnh, detCat != Unknown, atRcpt, provider)
	}

	// category: the text decides when it is more specific than the code.
	specificDet := detCat != Unknown && enh.detail != 0 && !(enh.subject == 7 && enh.detail == 1)
	switch {
	case ex.Class == ClassSuccess:
		ex.Category = Success
	case rl != nil && (!rl.Weak || !specificDet):
		ex.Category = rl.Cat
	case detCat != Unknown && detCat != Success:
		ex.Category = detCat
		rl = nil
	case haveInfo && info.Category != Success:
		ex.Category = info.Category
		if code == 550 && isDataStage(r.Stage) {
			ex.Category = Policy
		}
		rl = nil
	default:
		rl = nil
	}

	ci := categoryInfo[ex.Category]
	ex.Summary, ex.Actor, ex.Remediation = ci.Summary, ci.Actor, ci.Fix
	if rl != nil {
		if rl.Summary != "" {
			ex.Summary = rl.Summary
		}
		if rl.Actor != "" {
			ex.Actor = rl.Actor
		}
		if len(rl.Fix) > 0 {
			ex.Remediation = rl.Fix
		}
	} else if haveDet && det.Category == ex.Category && ex.Category != Unknown && ex.Class != ClassSuccess {
		ex.Summary = det.Meaning + "."
	}
	if ex.Category == Unknown && code != 0 && ex.Class != ClassUnknown && rl == nil {
		ex.Summary = ex.CodeMeaning + "."
	}
	// a copy: callers may edit their explanation without touching the tables
	ex.Remediation = append(make([]string, 0, len(ex.Remediation)), ex.Remediation...)
	if ex.Remediation == nil {
		ex.Remediation = []string{}
	}

	// provider: the receiving system first; a rule's blocklist operator otherwise.
	switch {
	case rl != nil && rl.Provider != "" && rl.Blocklist == "":
		ex.Provider = rl.Provider
	case provider != "":
		ex.Provider = provider
	case rl != nil:
		ex.Provider = rl.Provider
	}
	if rl != nil {
		ex.Blocklist = rl.Blocklist
		ex.Rule = rl.ID
	}

	refs := make([]string, 0, 4)
	if rl != nil {
		refs = append(refs, rl.Refs...)
	}
	if haveInfo {
		refs = appendUnique(refs, info.Ref)
	}
	if haveDet {
		refs = appendUnique(refs, det.Ref)
	}
	if len(refs) == 0 || (rl == nil && ci.Ref != "") {
		refs = appendUnique(refs, ci.Ref)
	}
	ex.References = refs
	return ex
}

// maxExplainText bounds the text Explain looks at.
const maxExplainText = 16 << 10

func appendUnique(xs []string, s string) []string {
	if s == "" {
		return xs
	}
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, s)
}

func classOfDigit(d byte) Class {
	switch d {
	case '2', '3':
		return ClassSuccess
	case '4':
		return ClassTransient
	case '5':
		return ClassPermanent
	}
	return ClassUnknown
}

func isDataStage(s string) bool {
	return s == "DATA" || s == "END OF DATA"
}

func genericCodeMeaning(code int) string {
	switch code / 100 {
	case 2:
		return "Positive completion (a code not defined by RFC 5321)"
	case 3:
		return "Positive intermediate reply (a code not defined by RFC 5321)"
	case 4:
		return "Transient negative completion: temporary failure (a code not defined by RFC 5321)"
	case 5:
		return "Permanent negative completion: permanent failure (a code not defined by RFC 5321)"
	}
	return ""
}

func enhancedMeaning(e enhCode, det detailInfo, ok bool) string {
	if ok {
		return det.Meaning
	}
	if e.subject < len(enhancedSubjects) {
		return enhancedSubjects[e.subject] + " (detail " + itoa(e.detail) + " is not in the IANA registry: provider-specific)"
	}
	return "Unregistered subject " + itoa(e.subject)
}

// ExplainText parses s and explains it.
func ExplainText(s string) (Explanation, error) {
	r, err := Parse(s)
	if err != nil {
		return Explanation{}, err
	}
	return Explain(r), nil
}
