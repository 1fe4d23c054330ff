package explain

import "strings"

// A compiled rule keeps what the run time reads of its rule (the ID, the
// category, the conditions other than keywords, the card's texts) in the
// engine's pointer-free pools: its texts are spans of the engine's
// ruleText, its lists runs of textPool (a span of ruleText each) and of
// codePool. So the generated engine (engine_gen.go) is strings and
// arrays of numbers only, and a program reads no rule of the tables as
// written (rules*.go): it does not link them (see UseRuleSource), and
// their 1.1 MB of data with pointers, which every process start paid for
// in page faults (the runtime's pointer mask of the data section, the
// libraries' variables spread among them), is gone from the binary.

// The flags of a compiled rule (ruleKeys.flags).
const (
	ruleWeak       = 1 << iota // rule.Weak
	ruleAtRcpt                 // rule.AtRcpt
	ruleGeneric5xx             // rule.Generic5xx
	ruleHidden                 // final15HiddenReply: an application's failure that hides the server's reply
)

// ruleTexts builds an engine's ruleText, each distinct text once.
type ruleTexts struct {
	b  strings.Builder
	at map[string]span
}

// text is the span of s in the engine's ruleText.
func (t *ruleTexts) text(s string) span {
	if s == "" {
		return span{}
	}
	if sp, ok := t.at[s]; ok {
		return sp
	}
	if t.at == nil {
		t.at = map[string]span{}
	}
	sp := span{off: int32(t.b.Len()), n: int32(len(s))}
	t.b.WriteString(s)
	t.at[s] = sp
	return sp
}

// list appends the spans of texts to the engine's textPool.
func (e *engine) textList(t *ruleTexts, texts []string) span {
	s := span{off: int32(len(e.textPool)), n: int32(len(texts))}
	for _, x := range texts {
		e.textPool = append(e.textPool, t.text(x))
	}
	return s
}

// setFields fills in what the run time reads of rule r (all but its
// keywords, which the keyword spans hold).
func (e *engine) setFields(k *ruleKeys, t *ruleTexts, r *rule) {
	k.id, k.cat, k.prov = t.text(r.ID), t.text(string(r.Cat)), t.text(r.Prov)
	k.provider, k.blocklist, k.esp = t.text(r.Provider), t.text(r.Blocklist), t.text(r.ESP)
	k.summary, k.actor, k.label = t.text(r.Summary), t.text(string(r.Actor)), t.text(ruleLabel(r))
	k.fix, k.refs, k.stages, k.enhText = e.textList(t, r.Fix), e.textList(t, r.Refs), e.textList(t, r.Stages), e.textList(t, r.Enh)
	k.codes = span{off: int32(len(e.codePool)), n: int32(len(r.Codes))}
	for _, c := range r.Codes {
		e.codePool = append(e.codePool, int32(c))
	}
	k.pri = int32(r.Pri)
	for _, f := range [...]struct {
		on   bool
		flag uint8
	}{{r.Weak, ruleWeak}, {r.AtRcpt, ruleAtRcpt}, {r.Generic5xx, ruleGeneric5xx}, {final15HiddenReply(r), ruleHidden}} {
		if f.on {
			k.flags |= f.flag
		}
	}
}

// str is a text of the engine's ruleText.
func (e *engine) str(s span) string { return e.ruleText[s.off : s.off+s.n] }

// texts are the texts of a run of textPool.
func (e *engine) texts(s span) []span { return e.textPool[s.off : s.off+s.n : s.off+s.n] }

// The rule's fields as the rule tables write them.

func (r *crule) ID() string        { return r.e.str(r.id) }
func (r *crule) Cat() Category     { return Category(r.e.str(r.cat)) }
func (r *crule) Prov() string      { return r.e.str(r.prov) }
func (r *crule) Provider() string  { return r.e.str(r.provider) }
func (r *crule) Blocklist() string { return r.e.str(r.blocklist) }
func (r *crule) ESP() string       { return r.e.str(r.esp) }
func (r *crule) Summary() string   { return r.e.str(r.summary) }
func (r *crule) Actor() Actor      { return Actor(r.e.str(r.actor)) }
func (r *crule) Weak() bool        { return r.flags&ruleWeak != 0 }
func (r *crule) AtRcpt() bool      { return r.flags&ruleAtRcpt != 0 }
func (r *crule) Generic5xx() bool  { return r.flags&ruleGeneric5xx != 0 }
func (r *crule) hiddenReply() bool { return r.flags&ruleHidden != 0 }
func (r *crule) Pri() int          { return int(r.pri) }
func (r *crule) codeList() []int32 { return r.e.codePool[r.codes.off : r.codes.off+r.codes.n] }
func (r *crule) hasStages() bool   { return r.stages.n > 0 }
func (r *crule) hasFix() bool      { return r.fix.n > 0 }
func (r *crule) Fix() []string     { return r.strings(r.fix) }
func (r *crule) Refs() []string    { return r.strings(r.refs) }
func (r *crule) Stages() []string  { return r.strings(r.stages) }
func (r *crule) Enh() []string     { return r.strings(r.enhText) }
func (r *crule) strings(s span) []string {
	if s.n == 0 {
		return nil
	}
	out := make([]string, s.n)
	for i, t := range r.e.texts(s) {
		out[i] = r.e.str(t)
	}
	return out
}

// hasCode: code is one of the rule's codes.
func (r *crule) hasCode(code int) bool {
	for _, c := range r.codeList() {
		if int(c) == code {
			return true
		}
	}
	return false
}

// hasStage: stage is one of the rule's stages.
func (r *crule) hasStage(stage string) bool {
	for _, t := range r.e.texts(r.stages) {
		if r.e.str(t) == stage {
			return true
		}
	}
	return false
}

// appendRefs appends the rule's references to refs.
func (r *crule) appendRefs(refs []string) []string {
	for _, t := range r.e.texts(r.refs) {
		refs = append(refs, r.e.str(t))
	}
	return refs
}
