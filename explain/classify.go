package explain

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// compiled rule, with keyword ids resolved against the shared matcher, and
// its fields (rulefields.go) in the engine's pools.
type crule struct {
	*ruleKeys
	e *engine // whose pools hold the rule's texts (rulefields.go)
}

// ruleKeys is what compiling a rule gives, held apart from the rule: the
// generated engine's are static data without pointers (generated.go). Its
// lists are spans of the engine's keyPool (keyword ids) and enhPool.
type ruleKeys struct {
	any, all, not span
	with          span
	enh           span
	catPrec       int32 // the index of the rule's category in categoryPrecedence (0 when not there)
	// sorted copies of any, with and not when they are long (longList):
	// check then looks up the few keywords found in the reply instead of
	// testing every keyword of the rule (see keywordsFound)
	anyS, withS, notS span
	// what the run time reads of the rule (rulefields.go): texts of the
	// engine's ruleText, runs of its textPool (fix, refs, stages, enhText)
	// and codePool (codes)
	id, cat, prov, provider, blocklist, esp, summary, actor, label span
	fix, refs, stages, enhText, codes                              span
	pri                                                            int32
	flags                                                          uint8 // ruleWeak, ruleAtRcpt, ...
}

// span is a run of one of the engine's pools.
type span struct{ off, n int32 }

// ids are the keyword ids of a span of keyPool.
func (e *engine) ids(s span) []int32 { return e.keyPool[s.off : s.off+s.n : s.off+s.n] }

// enhs are the enhanced codes of a span of enhPool.
func (e *engine) enhs(s span) []enhRange { return e.enhPool[s.off : s.off+s.n : s.off+s.n] }

// rulesNaming are the rules that name keyword p in Any.
func (e *engine) rulesNaming(p int32) []int32 {
	return e.patRuleIdx[e.patRuleOff[p]:e.patRuleOff[p+1]]
}

// longList is the length from which a rule's keyword list gets a sorted
// copy (a localized rule names a hundred words and more).
const longList = 24

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

// enhFirst and enhLast are the ends of a rule's enhanced code: the code
// itself, or the first and last code of a range "5.7.606-5.7.649".
func enhFirst(s string) string {
	if i := strings.IndexByte(s, '-'); i >= 0 {
		return s[:i]
	}
	return s
}

func enhLast(s string) string {
	if i := strings.IndexByte(s, '-'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// enhRange is a rule's enhanced code: lo, or the details lo.detail to
// last of lo's class and subject ("5.7.606-5.7.649").
type enhRange struct {
	lo   enhCode
	last int
}

func (r enhRange) matches(o enhCode) bool {
	return (r.lo.class == 0 || r.lo.class == o.class) && r.lo.subject == o.subject && r.lo.detail <= o.detail && o.detail <= r.last
}

type engine struct {
	m           *matcher
	rules       []crule
	keyPool     []int32            // the keyword ids of the rules' lists (ruleKeys)
	ruleText    string             // the rules' texts (ruleKeys.id, .summary, ...), each distinct one once
	textPool    []span             // the texts of the rules' lists (ruleKeys.fix, .refs, .stages, .enhText)
	codePool    []int32            // the rules' codes (ruleKeys.codes)
	enhPool     []enhRange         // the enhanced codes of the rules
	patRuleOff  []int32            // pattern id -> its first entry in patRuleIdx (rulesNaming)
	patRuleIdx  []int32            // the rules that name each pattern in Any, a run per pattern
	noAny       []int32            // rules without Any keywords (code or enhanced code rules)
	espRules    map[string][]int32 // a service's classification field (rule.ESP) -> its rules
	espOnce     *sync.Once         // the generated engine: espRules is made on first use (espRulesOf)
	markerIDs   []int32            // provider marker pattern ids, parallel to providerMarkers
	weight      []int16            // pattern id -> evidence of the keyword (see keywordWeight)
	tempIDs     []int32            // temporaryWording pattern ids
	queuedIDs   []int32            // stillQueuedWording pattern ids
	permIDs     []int32            // permanentWording pattern ids
	permWeakIDs []int32            // permanentWeakWording pattern ids
	refusalIDs  []int32            // refusalWording pattern ids (rules_prov11.go)
	outFailIDs  []int32            // outcomeFailedWording pattern ids (outcome.go)
	outRetryIDs []int32            // outcomeRetryWording pattern ids (outcome.go)
	loginBanIDs []int32            // codeless21LoginBan pattern ids (rules_codeless21.go)
	outSentIDs  []int32            // outcomeSentWording pattern ids (outcome.go)
	timerIDs    []int32            // timerWording pattern ids
	otherExpIDs []int32            // otherExpiryWording pattern ids
	causeOutIDs []int32            // causeOutcomeWording pattern ids
	loopIDs     []int32            // loopWording pattern ids
	statedTemp  []int32            // statedTemporaryWording pattern ids
	statedPerm  []int32            // statedPermanentWording pattern ids
	fixRetryIDs []int32            // fixThenRetryWording pattern ids
	senderIDs   []int32            // senderWording pattern ids

	// the rules without Any keywords by what they need of a reply
	// (indexNoAny): a code of the first digit d, an enhanced code of class
	// 2, 4 or 5, any enhanced code; and the rules that need neither
	noAnyCode   [10][]int32
	noAnyEnh    [3][]int32
	noAnyEnhAny []int32
	noAnyOther  []int32

	// the sense phrases (sense.go, addSenses): their pattern ids, sorted,
	// each with its run of senseWordIDs, the words whose sense it changes
	sensePhrases []int32
	senseInner   []span
	senseWordIDs []int32
}

// maxRules bounds the rules of the table (a ruleSet is a bitset of them, on
// matchInto's stack: 384 bytes). Session 16's batches brought the table to
// 1,959 of 2,048; session 17 raised it to 3,072 (no measurable cost on the
// log path, see maxPatterns).
const maxRules = 3072

// ruleSet marks candidate rules; iterating it yields them in table order.
type ruleSet [maxRules / 64]uint64

var (
	engOnce  sync.Once
	eng      *engine
	bareOnce sync.Once
	bare     *engine
)

func theEngine() *engine {
	engOnce.Do(func() { eng = buildEngine() })
	return eng
}

// engineFor returns the engine for a reply text, the words around it
// (Reply.Context) and a sending service's classification fields (esp,
// espTokens of the input): the whole engine, or for a reply without any of
// them (a bare code such as "421" or "550 5.1.1") the small engine of the
// rules about codes alone, which answers it alike (no keyword can occur in
// an empty text, no rule about a service's field applies without one) at a
// fraction of the cost of compiling every rule's keywords.
func engineFor(text, context string, esp []string) *engine {
	if text != "" || context != "" || len(esp) > 0 {
		return theEngine()
	}
	bareOnce.Do(func() { bare = buildBareEngine() })
	return bare
}

// buildEngine is the whole engine: the generated one (engine_gen.go), or
// with UseRuleSource the one of the rule table as it is.
func buildEngine() *engine {
	if ruleSource != nil {
		return ruleSource(true)
	}
	return programEngine()
}

// programEngine is the generated engine as a program loads it.
func programEngine() *engine {
	g := generated
	if g == nil {
		panic(stubEngine)
	}
	e := generatedOf(&g.eng, &g.m, g.keys)
	// the rules of services' classification fields are indexed when a
	// reply first has such a field (espRulesOf)
	e.espOnce = new(sync.Once)
	return e
}

// buildBareEngine is the small engine (engineFor), generated or with
// UseRuleSource compiled from the rules about codes alone.
func buildBareEngine() *engine {
	if ruleSource != nil {
		return ruleSource(false)
	}
	return programBareEngine()
}

// programBareEngine is the generated small engine as a program loads it.
func programBareEngine() *engine {
	g := generated
	if g == nil {
		panic(stubEngine)
	}
	return generatedOf(&g.bare, &g.bareM, g.bareKeys)
}

// engineOfTable is the engine of a rule table: the generated engine when its
// fingerprint is the table's, else one compiled from the table now (the
// automaton on the first text it scans).
func engineOfTable(table []*rule) *engine {
	if e := loadGenerated(table); e != nil {
		return e
	}
	return buildEngineFrom(table, true)
}

// buildEngineOf compiles the rule table; with keywords false, only the
// rules that need no keyword (Any, All and With empty; their Not words are left
// out, as none can occur in an empty text) nor a service's classification
// field (ESP, a token of the text) and no wording lists. Those are
// listed at compile time (bareRules, generated): the small engine never
// assembles the table, so it reads neither the other rules nor their keywords.
// (rules_bare.go is written by go generate ./explain: generated.go.)
func buildEngineOf(keywords bool) *engine {
	if keywords {
		return buildEngineFrom(keywordTable(), true)
	}
	return buildEngineFrom(bareRules(), false)
}

// buildEngineFrom compiles table (see buildEngineOf).
func buildEngineFrom(table []*rule, keywords bool) *engine {
	e := &engine{m: newMatcher()}
	// one allocation: growing the slice by append (eight copies, each of a
	// new size class) cost `explain 421` some eight page faults
	e.rules = make([]crule, 0, len(table))
	keys := make([]ruleKeys, len(table))
	var texts ruleTexts
	for _, r := range table {
		if !keywords && (len(r.Any) > 0 || len(r.All) > 0 || len(r.With) > 0 || r.ESP != "") {
			continue
		}
		cr := crule{ruleKeys: &keys[len(e.rules)], e: e}
		e.setFields(cr.ruleKeys, &texts, r)
		cr.catPrec = int32(precedenceOf(r.Cat))
		cr.any = e.keywordSpan(r.Any)
		cr.all = e.keywordSpan(r.All)
		cr.with = e.keywordSpan(r.With)
		if r.Blocklist != "" || r.Provider != "" || r.Prov != "" || strings.HasPrefix(r.ID, "bl.") {
			// a rule about a named provider or blocklist: its keywords
			// are names, read inside host names too (inIdentifier)
			for _, ks := range [...][]string{r.Any, r.All, r.With, r.Not} {
				for _, k := range ks {
					e.m.markName(k)
				}
			}
		}
		if keywords {
			cr.not = e.keywordSpan(r.Not)
		}
		cr.enh.off = int32(len(e.enhPool))
		for _, s := range r.Enh {
			lo, okLo := parseEnh(enhFirst(s))
			hi, okHi := parseEnh(enhLast(s))
			if !okLo || !okHi || lo.class != hi.class || lo.subject != hi.subject || lo.detail > hi.detail {
				panic("explain: bad enhanced code in rule " + r.ID + ": " + s)
			}
			e.enhPool = append(e.enhPool, enhRange{lo: lo, last: hi.detail})
		}
		cr.enh.n = int32(len(e.enhPool)) - cr.enh.off
		e.rules = append(e.rules, cr)
	}
	e.ruleText = texts.b.String()
	if keywords {
		e.addWording()
	}
	e.finish()
	if keywords {
		e.addSenses() // (once the patterns are indexed: it looks the phrases up and scans them)
	}
	return e
}

// addWording registers the provider markers and the wording lists. (A
// function of its own: the list of lists is not on the stack of the small
// engine's build, see TestExplainBareCodeFitsFirstStack.)
//
//go:noinline
func (e *engine) addWording() {
	for _, pm := range providerMarkers {
		e.markerIDs = append(e.markerIDs, e.m.id(pm.Word))
		e.m.markName(pm.Word)
	}
	for _, l := range e.wordLists() {
		for _, w := range l.words {
			*l.ids = append(*l.ids, e.m.id(w))
		}
	}
	for _, w := range senseWords() {
		e.m.id(w)
	}
}

// keywordSpan registers keywords and appends their ids to keyPool.
func (e *engine) keywordSpan(keywords []string) span {
	s := span{off: int32(len(e.keyPool)), n: int32(len(keywords))}
	for _, k := range keywords {
		e.keyPool = append(e.keyPool, e.m.id(k))
	}
	return s
}

// wordList is a list of wording the engine keeps the pattern ids of.
type wordList struct {
	ids   *[]int32
	words []string
}

// wordLists are the engine's wording lists, in the order their words are
// registered (ruleFingerprint reads them too).
func (e *engine) wordLists() [31]wordList {
	return [31]wordList{
		// (rules_prov21.go: class words of batch 21-prov, here and in the permanentWeak and timer entries)
		{&e.tempIDs, slices.Concat(temporaryWording, prov21TemporaryWording, common22TemporaryWording, known26TemporaryWording)}, // (rules_common22.go: a deferral said by its event name; rules_known26.go: Cyrus lmtpd's quota log)
		{&e.tempIDs, mtaTLSDeferralWording},   // rules_engine13.go
		{&e.tempIDs, libraryTemporaryWording}, // rules_engine13.go
		{&e.loginBanIDs, codeless21LoginBan},  // rules_codeless21.go: a block after failed logins lasts a period
		{&e.permIDs, libraryPermanentWording}, // rules_engine13.go
		// (rules_lda20.go: a message a service handed to a person)
		{&e.permIDs, slices.Concat(permanentWording, lda20GaveUpWording, tail21GaveUpWording, codeless23FailureHeading, codeless25BounceHeading, codeless25NoMoreAttempts, codeless26PermanentWording)}, // (rules_tail21.go: a queued job that gave up; rules_codeless23.go: a failure heading its cause)
		{&e.permWeakIDs, slices.Concat(permanentWeakWording, prov21PerMessageWording, common27AccountHeldWording)},                                                                                      // (rules_common27.go: an account held, a recipient cap)
		{&e.refusalIDs, refusalWording},
		{&e.timerIDs, slices.Concat(timerWording, prov21SelfLiftWording)},
		{&e.otherExpIDs, otherExpiryWording},
		{&e.causeOutIDs, causeOutcomeWording},
		{&e.loopIDs, loopWording},
		{&e.senderIDs, senderWording},
		{&e.statedTemp, slices.Concat(statedTemporaryWording, lda19QuotaWarning, lda19HeldWording, lda20HeldWording)}, // (rules_lda19.go, rules_lda20.go: warnings and referrals bounce nothing)
		{&e.statedPerm, slices.Concat(statedPermanentWording, known26StatedPermanent)},                                // (rules_known26.go: Cisco Secure Email's bounce)
		{&e.fixRetryIDs, fixThenRetryWording},
		{&e.queuedIDs, stillQueuedWording},
		{&e.queuedIDs, lang19StillTrying},     // rules_lang19.go
		{&e.queuedIDs, lang19NotYetDelivered}, // rules_lang19.go
		{&e.outFailIDs, outcomeFailedWording}, // outcome.go
		{&e.outRetryIDs, outcomeRetryWording}, // outcome.go
		// a bounce's class named in other languages, an outcome and its class
		// at once (rules_codeless21.go)
		// (rules_codeless24.go: the same in words codeless21 lacks, pt, es, fr, "soft error")
		{&e.statedTemp, slices.Concat(codeless21SoftBounce, codeless24SoftBounce, lang26SoftClass)}, {&e.outRetryIDs, slices.Concat(codeless21SoftBounce, codeless24SoftBounce, lang26SoftClass)}, // (rules_lang26.go: a class word in a localized table cell or after a bounce-type label)
		{&e.statedPerm, slices.Concat(codeless21HardBounce, codeless24HardBounce, lang26HardClass)}, {&e.outFailIDs, slices.Concat(codeless21HardBounce, codeless24HardBounce, lang26HardClass)}, {&e.outFailIDs, codeless21FailedWording},
		{&e.outFailIDs, slices.Concat(codeless22FailedWording, codeless23FailedWording, codeless25FailedWording)},                                                                               // rules_codeless22.go: a bounce's localized title
		{&e.outRetryIDs, slices.Concat(codeless22RetryWording, codeless23RetryWording, codeless24RetryWording, codeless25RetryWording)},                                                         // rules_codeless22.go, rules_codeless23.go: a delay notice's title, a program that will retry
		{&e.tempIDs, slices.Concat(codeless22TemporaryWording, codeless24TemporaryWording, codeless25TemporaryWording, codeless26TemporaryWording)}, {&e.statedTemp, codeless22StatedTemporary}, // rules_codeless22.go
		{&e.outSentIDs, slices.Concat(outcomeSentWording, codeless23SentWording, codeless25SentWording)}, // outcome.go, rules_codeless23.go, rules_codeless25.go
	}
}

// finish adds the indexes of the rules.
func (e *engine) finish() *engine {
	if len(e.rules) > maxRules {
		panic("explain: too many rules")
	}
	e.m.sortIndex()
	e.weight = make([]int16, len(e.m.patterns))
	for i, p := range e.m.patterns {
		e.weight[i] = int16(keywordWeight(p))
	}
	e.noAny = make([]int32, 0, len(e.rules))
	e.patRuleOff = make([]int32, e.m.npatterns()+1)
	for i := range e.rules {
		r := &e.rules[i]
		if r.esp.n > 0 {
			e.addESPRule(r.ESP(), int32(i))
			continue
		}
		if r.any.n == 0 {
			e.noAny = append(e.noAny, int32(i))
			e.indexNoAny(&e.rules[i], int32(i))
		}
		for _, p := range e.ids(r.any) {
			e.patRuleOff[p+1]++
		}
	}
	for p := range e.m.npatterns() {
		e.patRuleOff[p+1] += e.patRuleOff[p]
	}
	e.patRuleIdx = make([]int32, e.patRuleOff[e.m.npatterns()])
	next := slices.Clone(e.patRuleOff)
	for i, r := range e.rules {
		if r.esp.n > 0 {
			continue
		}
		for _, p := range e.ids(r.any) {
			e.patRuleIdx[next[p]] = int32(i)
			next[p]++
		}
	}
	for i := range e.rules {
		r := &e.rules[i]
		r.anyS, r.withS, r.notS = e.sortedIfLong(r.any), e.sortedIfLong(r.with), e.sortedIfLong(r.not)
	}
	return e // the automaton is compiled lazily, on the first text scanned
}

// addESPRule files rule i under its service classification field.
// espRulesOf are the rules of a service's classification field (an
// espTokens token). The generated engine indexes them on first use.
func (e *engine) espRulesOf(tok string) []int32 {
	if e.espOnce != nil {
		e.espOnce.Do(func() {
			for i := range e.rules {
				if r := &e.rules[i]; r.esp.n > 0 {
					e.addESPRule(r.ESP(), int32(i))
				}
			}
		})
	}
	return e.espRules[tok]
}

func (e *engine) addESPRule(esp string, i int32) {
	if e.espRules == nil {
		e.espRules = map[string][]int32{}
	}
	e.espRules[esp] = append(e.espRules[esp], i)
}

// indexNoAny files rule i (without Any keywords) under what check requires
// of a reply before it can match: one of its codes (by first digit), else
// an enhanced code in one of its ranges (by class), else nothing of either.
// matchInto looks only at the rules filed under the reply's code and
// enhanced code, and check rejects every other one, so the rules that
// match are the same (TestNoAnyIndexAgrees).
func (e *engine) indexNoAny(r *crule, i int32) {
	switch {
	case r.codes.n > 0:
		var seen [10]bool
		for _, c := range r.codeList() {
			if d := c / 100; d >= 0 && d < 10 && !seen[d] {
				seen[d] = true
				e.noAnyCode[d] = append(e.noAnyCode[d], i)
			}
		}
		for _, c := range r.codeList() {
			if c < 0 || c >= 1000 {
				e.noAnyOther = append(e.noAnyOther, i) // (no such code: looked at always)
				break
			}
		}
	case r.enh.n > 0:
		var seen [3]bool
		for _, x := range e.enhs(r.enh) {
			k := enhClassIndex(x.lo.class)
			if k < 0 {
				e.noAnyEnhAny = append(e.noAnyEnhAny, i)
				return
			}
			seen[k] = true
		}
		for k, ok := range seen {
			if ok {
				e.noAnyEnh[k] = append(e.noAnyEnh[k], i)
			}
		}
	default:
		e.noAnyOther = append(e.noAnyOther, i)
	}
}

// markNoAny marks in cand the rules without keywords that can apply to a
// reply with in's code and enhanced code (indexNoAny). (A function of its
// own: its frame is not on the stack while the rules are checked, see
// TestExplainBareCodeFitsFirstStack.)
//
//go:noinline
func (e *engine) markNoAny(cand *ruleSet, in *matchInput) {
	for _, ri := range e.noAnyOther {
		cand[ri>>6] |= 1 << (uint(ri) & 63)
	}
	if d := in.code / 100; d >= 0 && d < 10 {
		for _, ri := range e.noAnyCode[d] {
			cand[ri>>6] |= 1 << (uint(ri) & 63)
		}
	}
	if in.hasEnh {
		for _, ri := range e.noAnyEnhAny {
			cand[ri>>6] |= 1 << (uint(ri) & 63)
		}
		if k := enhClassIndex(in.enh.class); k >= 0 {
			for _, ri := range e.noAnyEnh[k] {
				cand[ri>>6] |= 1 << (uint(ri) & 63)
			}
		}
	}
}

// enhClassIndex is 0, 1, 2 for an enhanced code's class 2, 4, 5; -1 for
// any other (0: X.s.d).
func enhClassIndex(c byte) int {
	switch c {
	case '2':
		return 0
	case '4':
		return 1
	case '5':
		return 2
	}
	return -1
}

// sortedIfLong is a sorted copy of a span of ids, appended to keyPool,
// when there are longList or more.
func (e *engine) sortedIfLong(ids span) span {
	if ids.n < longList {
		return span{}
	}
	s := span{off: int32(len(e.keyPool)), n: ids.n}
	e.keyPool = append(e.keyPool, e.ids(ids)...)
	slices.Sort(e.ids(s))
	return s
}

// The keyword lists of a rule (keywordsFound).
const (
	kwAny = iota
	kwWith
	kwNot
)

// keywordsFound is the largest weight of the keywords of r's list that occur in
// the reply (set, whose members found lists), -1 when none does. For a
// long list (sorted: its sorted copy) and a reply with fewer keywords, it
// looks up each keyword found in the list instead of each keyword of the
// list in the set: the same answer, at a cost that does not grow with the
// rule's list (TestFastMatchAgreesWithEveryRule). (Not inlined: check's
// frame stays small, see TestExplainBareCodeFitsFirstStack.)
//
//go:noinline
func (e *engine) keywordsFound(r *crule, list int, set *patternSet, found *[]int32) int {
	ids, sorted := e.ids(r.any), e.ids(r.anyS)
	switch list {
	case kwWith:
		ids, sorted = e.ids(r.with), e.ids(r.withS)
	case kwNot:
		ids, sorted = e.ids(r.not), e.ids(r.notS)
	}
	longest := -1
	if len(sorted) > 0 && 4*len(*found) < len(ids) {
		for _, p := range *found {
			if _, ok := slices.BinarySearch(sorted, p); ok && int(e.weight[p]) > longest {
				longest = int(e.weight[p])
			}
		}
		return longest
	}
	for _, id := range ids {
		if set.has(id) && int(e.weight[id]) > longest {
			longest = int(e.weight[id])
		}
	}
	return longest
}

// match finds the rule explaining a reply: of all the rules that match, the
// one with the highest priority (see rank). Only rules that can match are
// looked at: those naming a keyword found in the text, and those about codes
// alone. When all is not nil every matching rule is appended to it (for
// --explain-why).
func (e *engine) match(set *patternSet, found []int32, in matchInput, all *[]ruleMatch) *crule {
	if all == nil {
		best, _ := e.matchInto(set, found, in, nil, false)
		return best
	}
	best, m := e.matchInto(set, found, in, *all, true)
	*all = m
	return best
}

// matchAll is match appending every matching rule to all, and returning it
// (all stays on the caller's stack when it has room).
func (e *engine) matchAll(set *patternSet, found []int32, in matchInput, all []ruleMatch) (*crule, []ruleMatch) {
	return e.matchInto(set, found, in, all, true)
}

func (e *engine) matchInto(set *patternSet, found []int32, in matchInput, all []ruleMatch, collect bool) (*crule, []ruleMatch) {
	var cand ruleSet
	for _, p := range found {
		for _, ri := range e.rulesNaming(p) {
			cand[ri>>6] |= 1 << (uint(ri) & 63)
		}
	}
	e.markNoAny(&cand, &in)
	for _, t := range in.esp {
		for _, ri := range e.espRulesOf(t) {
			cand[ri>>6] |= 1 << (uint(ri) & 63)
		}
	}
	var best *crule
	var bestRank rank
	for w, word := range cand {
		for word != 0 {
			i := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			r, rk := e.check(i, set, &in, &found)
			if r == nil {
				continue
			}
			if collect {
				all = append(all, ruleMatch{r: r, rank: rk})
			}
			if best == nil || rk.better(bestRank) {
				best, bestRank = r, rk
			}
		}
	}
	return best, all
}

// matchInput is what the rules are checked against, besides the text.
type matchInput struct {
	code     int
	enh      enhCode
	hasEnh   bool
	enhTells bool     // the enhanced code has a registry meaning with a category
	detCat   Category // that category (Unknown when none)
	atRcpt   bool
	stage    string
	provider string
	esp      []string // the classification fields of a sending service's event (espTokens)
}

// ruleMatch is one rule that matched a reply, with its priority.
type ruleMatch struct {
	r    *crule
	rank rank
}

// rank is the priority of a matching rule. The most specific rule wins:
//
//  1. a strong rule over a weak (generic wording) one, and both over a rule
//     whose category is unknown (a rule that says the reply does not carry
//     the cause yields to any rule that finds one);
//  2. then the larger evidence: the characters of the longest keyword of Any
//     that occurs, plus every keyword of All, plus 12 for a matching
//     enhanced code of the IANA registry (24 for a provider's own detail
//     code such as 5.7.133 or 4.4.316), 8 for a rule about a named provider
//     or blocklist, 4 for a stage condition, 3 for a basic code, plus the
//     rule's explicit Pri adjustment. A rule whose keyword
//     contains another rule's keyword therefore beats it ("dkim checks did
//     not pass" and "spf check" together beat "dkim checks did not pass");
//  3. then the category order of categoryPrecedence (a fixed, documented
//     order from the narrowest cause to the broadest), so that the verdict
//     never depends on where a rule stands in the table;
//  4. only between rules of the same category, table order.
type rank struct {
	tier     int // 2 strong, 1 weak, 0 a rule whose category is unknown
	evidence int
	catPrec  int // lower is narrower
	index    int
}

func (a rank) better(b rank) bool {
	if a.tier != b.tier {
		return a.tier > b.tier
	}
	if a.evidence != b.evidence {
		return a.evidence > b.evidence
	}
	if a.catPrec != b.catPrec {
		return a.catPrec < b.catPrec
	}
	return a.index < b.index
}

// keywordWeight is the evidence a keyword gives: its length, and 40 more
// for a provider's own reply code ("[tss04]", "as3130", "s3140", "dy-001":
// at most 4 letters, at least 2 digits, no space), which identifies one reply
// exactly and so outranks any phrase of the same reply.
func keywordWeight(k string) int {
	w := len(k)
	letters, digits := 0, 0
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case isDigit(c):
			digits++
		case isAlpha(c):
			letters++
		case c == '[' || c == ']' || c == '-':
		default:
			return w
		}
	}
	if letters > 0 && letters <= 4 && digits >= 2 {
		w += evCodeWord
	}
	return w
}

// Evidence weights of rank.
const (
	evEnh         = 12
	evEnhProvider = 24
	evProvider    = 8
	evStage       = 4
	evCode        = 3
	evCodeWord    = 40
	evSubject     = 6
)

// subjectCats are the categories each subject of the enhanced status codes
// (RFC 3463 §3) can stand for: a rule of another category gets no
// evidence from the code ("550 5.7.1 Connection refused: ... listed at
// dnsbl.example" is a policy refusal of a server that answered, not a
// network failure).
var subjectCats = [8][]Category{
	0: nil,
	1: {UserUnknown, HostUnknown, SenderInvalid, Moved, Syntax, RelayDenied, MailboxDisabled},
	2: {MailboxFull, MailboxDisabled, UserUnknown, MessageTooBig, RateLimited, Moved},
	3: {ServerError, MessageTooBig, MailboxFull},
	4: {Network, HostUnknown, Expired, RateLimited, ServerError},
	5: {Syntax, RFCNoncompliant, RateLimited, AuthRequired, TLSRequired},
	6: {RFCNoncompliant, MessageTooBig, Virus, SpamContent, Policy},
	7: {Policy, Reputation, SenderAuth, SpamContent, Virus, RelayDenied, AuthRequired, AuthFailed, TLSRequired,
		PTRRequired, RateLimited, Greylisted, MailboxDisabled, SenderInvalid, RFCNoncompliant},
}

func subjectAllows(subject int, c Category) bool {
	if subject < 0 || subject >= len(subjectCats) {
		return false
	}
	for _, x := range subjectCats[subject] {
		if x == c {
			return true
		}
	}
	return false
}

// categoryPrecedence breaks ties between rules of equal evidence and
// different categories: the narrower cause first (a virus or an
// authentication failure says more than "policy").
var categoryPrecedence = []Category{
	Virus, SenderAuth, TLSRequired, AuthFailed, AuthRequired, PTRRequired, Greylisted,
	RelayDenied, MessageTooBig, MailboxFull, MailboxDisabled, Moved, UserUnknown, HostUnknown,
	SenderInvalid, Reputation, RateLimited, SpamContent, RFCNoncompliant, Expired, Network,
	Syntax, ServerError, Policy, Unknown, Success,
}

// precedenceOf is the index of c in categoryPrecedence, 0 when not there
// (worked out once per rule, when the engine is built).
func precedenceOf(c Category) int {
	for i, p := range categoryPrecedence {
		if p == c {
			return i
		}
	}
	return 0
}

// check tests rule i against a reply and returns it with its rank.
func (e *engine) check(i int, set *patternSet, in *matchInput, found *[]int32) (*crule, rank) {
	r := &e.rules[i]
	var rk rank
	if r.Prov() != "" && r.Prov() != in.provider {
		return nil, rk
	}
	if r.AtRcpt() && !in.atRcpt {
		return nil, rk
	}
	if r.hasStages() && !r.hasStage(in.stage) {
		return nil, rk
	}
	// an application's failure that hides the server's reply is read only
	// where no reply is quoted: a code in the text is that reply (rules_final15.go)
	if (in.code != 0 || in.hasEnh) && r.hiddenReply() {
		return nil, rk
	}
	// A server that sent a permanent refusal was reached: its "Connection
	// refused" or "timed out" is its own verdict on the client, not a
	// network failure ("554 ... is listed on Spamhaus. Connection refused.",
	// "554 5.7.1 ACL dsl_block: Connection refused from a dynamic IP
	// address"). The generic network wording (rule field Generic5xx) is
	// weak on a 5xx reply, and does not apply under a security/policy
	// enhanced code (X.7.x).
	network5xx := r.Generic5xx() && in.code >= 500
	if network5xx && in.hasEnh && in.enh.subject == 7 {
		return nil, rk
	}
	// ... nor, alone, on a 5xx reply whose enhanced code does not name the
	// network (X.4.x): "550 Connection refused" from a gateway is its
	// refusal with no cause given, read by its code (held-out batch 12-gw)
	if network5xx && !(in.hasEnh && in.enh.subject == 4) {
		return nil, rk
	}
	// A delay notice ("THIS IS A WARNING ONLY", "will be retried") is no
	// expiry, whatever it says of the time so far ("could not be delivered
	// for more than 4 hour(s)"): the reason it quotes decides (held-out
	// batch 9-forum).
	if r.Cat() == Expired && e.stillQueued(set) {
		return nil, rk
	}
	// A reply whose code says the command failed (4xx, 5xx) reports no
	// delivery, whatever its words quote: "421 Message delivered to
	// <addr>; Message delivery was temporarily interrupted, please try
	// again later" (held-out batch 20-common).
	if r.Cat() == Success && in.code >= 400 {
		return nil, rk
	}
	if r.ESP() != "" {
		// a sending service's classification field (rules_mta7.go)
		if !containsString(in.esp, r.ESP()) {
			return nil, rk
		}
		rk.evidence += evESP
	}
	if r.codes.n > 0 && r.any.n == 0 && r.enh.n == 0 && in.enhTells {
		return nil, rk // a bare-code rule: the enhanced code tells more (a rule naming both codes is about that pair)
	}
	if r.codes.n > 0 && !r.hasCode(in.code) {
		return nil, rk
	}
	if r.enh.n > 0 {
		if !in.hasEnh {
			return nil, rk
		}
		ok := false
		for _, x := range e.enhs(r.enh) {
			if x.matches(in.enh) {
				ok = true
				break
			}
		}
		if !ok {
			return nil, rk
		}
		if _, reg := detailOf(in.enh.subject, in.enh.detail); reg {
			rk.evidence += evEnh
		} else {
			rk.evidence += evEnhProvider
		}
	}
	if r.any.n > 0 {
		longest := e.keywordsFound(r, kwAny, set, found)
		if longest < 0 {
			return nil, rk
		}
		rk.evidence += longest
	}
	if r.with.n > 0 {
		longest := e.keywordsFound(r, kwWith, set, found)
		if longest < 0 {
			return nil, rk
		}
		rk.evidence += longest
	}
	for _, id := range e.ids(r.all) {
		if !set.has(id) {
			return nil, rk
		}
		rk.evidence += int(e.weight[id])
	}
	if r.not.n > 0 && e.keywordsFound(r, kwNot, set, found) >= 0 {
		return nil, rk
	}
	if r.any.n == 0 && r.enh.n == 0 && r.codes.n == 0 && r.esp.n == 0 {
		return nil, rk // a rule must be about something
	}
	if r.Prov() != "" || r.Provider() != "" || r.Blocklist() != "" {
		rk.evidence += evProvider
	}
	if r.AtRcpt() || r.hasStages() {
		rk.evidence += evStage
	}
	if r.codes.n > 0 {
		rk.evidence += evCode
	}
	if in.hasEnh && r.Cat() != Unknown {
		// the enhanced code is evidence too: for the category its registry
		// detail names, and (less) for the categories its subject allows
		if in.detCat == r.Cat() {
			rk.evidence += evEnh
		} else if subjectAllows(in.enh.subject, r.Cat()) {
			rk.evidence += evSubject
		}
	}
	rk.evidence += r.Pri()
	switch {
	case r.Cat() == Unknown:
		rk.tier = 0
	case r.Weak(), network5xx:
		rk.tier = 1
	default:
		rk.tier = 2
	}
	rk.catPrec = int(r.catPrec)
	rk.index = i
	return r, rk
}

func containsString(xs []string, x string) bool {
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
	if p := providerOfHost(host); p != "" {
		return p
	}
	return e.providerMarked(set)
}

// providerMarked is the provider that a marker found in set names, "" when
// none.
func (e *engine) providerMarked(set *patternSet) string {
	for i, id := range e.markerIDs {
		if set.has(id) {
			return providerMarkers[i].Provider
		}
	}
	return ""
}

// providerOfHost is the provider whose host (a suffix of providerHosts)
// host is, "" when none.
func providerOfHost(host string) string {
	if host == "" {
		return ""
	}
	h := strings.TrimSuffix(lowerIfNeeded(host), ".")
	for _, ph := range providerHosts {
		if h == ph.Suffix || len(h) > len(ph.Suffix) && h[len(h)-len(ph.Suffix)-1] == '.' && strings.HasSuffix(h, ph.Suffix) {
			return ph.Provider
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
	var ex Explanation
	explainDepth(&r, &ex, false, false, 0)
	return ex
}

// ExplainWhy is Explain, with Why telling which rules matched the reply and
// how the verdict was reached (smtpgw explain --explain-why).
func ExplainWhy(r Reply) Explanation {
	var ex Explanation
	explainDepth(&r, &ex, true, false, 0)
	return ex
}

// ExplainTo is Explain (with why, ExplainWhy) writing into *e, for a caller
// that keeps its stack small: as values, a Reply and an Explanation take 650
// bytes of the caller's stack frame (and of each function that passes them
// on). r is not changed.
func ExplainTo(e *Explanation, r *Reply, why bool) { explainDepth(r, e, why, false, 0) }

// explainOn explains a reply; full uses the whole engine even for a reply
// without text (the tests compare it with the bare-code engine).
func explainOn(r Reply, why, full bool) Explanation {
	var ex Explanation
	explainDepth(&r, &ex, why, full, 0)
	return ex
}

// contextRule is the rule that the words before a reply (its Context)
// match, when that rule tells a cause. It is a function of its own, as is
// quotedCause, so that its pattern set (1 KiB) is on the stack only while
// it runs: explainDepth's frame is on the stack of every explanation, and a
// bare code (smtpgw explain 421) is explained without growing the
// goroutine's first 8 KiB stack.
//
//go:noinline
func (e *engine) contextRule(context string, in matchInput) *crule {
	var set patternSet
	var buf [16]int32
	found := e.m.scan(plainQuotes(context), &set, buf[:0])
	found = e.senseShadowed(plainQuotes(context), &set, found) // the same senses as the reply's words (sense.go; held-out batch 20-prov)
	// (a rule that needs no words - a code and a stage alone, code.550.data -
	// is not told by the words before the reply: they would only repeat
	// the reply's own fallback as if they named a cause; held-out batch 15-srv)
	if rl := e.match(&set, found, in, nil); rl != nil && rl.Cat() != Unknown && (rl.any.n > 0 || rl.all.n > 0 || rl.with.n > 0) {
		return rl
	}
	return nil
}

// quotedCause explains q, the reply that text quotes as its reason (Exim's
// "All RCPT commands were rejected with this error: 501 ...", Postfix's
// "unverified address: host X said: 451 ..."): it returns the quoted
// reply's category and rule when that reply tells a cause, and the outer
// one does not (unknown) or is an address verification that quotes a
// temporary failure of its probe.
//
//go:noinline
func quotedCause(q, text string, unknown, full bool) (cat Category, rule string, ok bool) {
	qr, err := Parse(q)
	if err != nil || qr.Code == 0 {
		return Unknown, "", false
	}
	unverified := qr.Code/100 == 4 && indexFold(text, "unverified address") >= 0
	if !unknown && !unverified {
		return Unknown, "", false
	}
	var qe Explanation
	explainDepth(&qr, &qe, false, full, 1)
	if qe.Category == Unknown || qe.Category == Success {
		return Unknown, "", false
	}
	return qe.Category, qe.Rule, true
}

// noShortcuts, set by the tests only, explains every reply the long way:
// without the shortcuts of a success reply (explainDepth), which
// TestShortcutsAgree holds to it.
var noShortcuts bool

// explainDepth explains r into ex; depth 1 is a reply quoted inside another
// one (quotedReply), which is not searched for a quoted reply again. (The
// reply and the explanation are passed by pointer: as values they were
// copied onto the stack of every caller, 650 bytes.)
func explainDepth(r *Reply, ex *Explanation, why, full bool, depth int) {
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
	// (whether the code is an HTTP status is read before its words are
	// taken from the context: "... rate limited (403 error)", rules_esp13.go)
	// (an API's XML error document after the status: rules_final20.go)
	isHTTP := httpStatusIn(code, enhStr, text, r.Context) || xmlAPIStatus(code, enhStr, r.Input)
	text = httpStatusWords(code, enhStr, text, r.Context) // rules_esp9.go
	// a sending service's event: its own classification fields, and the
	// words of classification values written as identifiers (rules_mta7.go)
	// (as codeless19Forms lays out a status the service fields read in
	// another shape: SES's "Permanent/Suppressed", a PowerShell table's
	// Status column)
	espSrc := codeless19Forms(r.Input)
	if espSrc == "" {
		espSrc = text
	}
	// A success reply (a 2xx or 3xx code whose text does not say the
	// message was discarded) with words reads no service field: they are
	// read by the rule match of a failure, by the class of a reply without
	// a code, and by the choice of engine for a reply without words. (Most
	// replies of a mail log are deliveries, and espTokens reads the whole
	// log line.)
	successCode := code >= 200 && code < 400
	discarded := successCode && discardedReply(text)
	var espIn []string
	if noShortcuts || !successCode || discarded || text == "" && r.Context == "" {
		espIn = espTokens(espSrc)
	}
	e := engineFor(text, r.Context, espIn)
	if full {
		e = theEngine()
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
	// a text without any code that is RFC 5321's standard text of one
	// stands for that code (see standardTexts)
	stdNote := ""
	if code == 0 && !hasEnh && text != "" {
		if c := standardTextCode(text); c != 0 {
			code = c
			stdNote = "The input carries no reply code; its text is RFC 5321's standard text of " + itoa(c) + ", so it is read as that code."
		}
	}

	// (field by field: a composite literal is built in a 400-byte
	// temporary on the stack and then copied)
	*ex = Explanation{}
	ex.Input, ex.Enhanced, ex.Text, ex.Stage, ex.RemoteHost, ex.Recipient = r.Input, enhStr, text, r.Stage, r.RemoteHost, r.Recipient
	ex.OriginalRcpt, ex.Sender, ex.Client, ex.User, ex.Note = r.OriginalRecipient, r.Sender, r.Client, r.User, r.Note
	ex.Class, ex.Category = ClassUnknown, Unknown
	if stdNote != "" {
		ex.Note = appendNote(ex.Note, stdNote)
	}
	// the explanation's own memory, in one allocation: its code and its
	// first references (two allocations before)
	parts := new(explanationParts)
	if stdNote == "" && code != 0 {
		parts.code = code
		ex.Code = &parts.code
	}
	// class: the basic code decides, then the enhanced code, then the DSN
	// action, then the wording (below, once the text is scanned).
	classFrom := ""
	// A DSN's Action tells the outcome even when its Status is a 4.x.x
	// code (a message that expired after temporary failures has
	// "Action: failed" and "Status: 4.4.7": it came back).
	switch {
	case code != 0:
		ex.Class = classOfDigit(byte('0' + code/100))
		if ex.Class == ClassSuccess && discarded {
			// amavis accepts what it throws away: "250 2.7.0 Ok, discarded,
			// id=... - INFECTED: ..." was not delivered
			ex.Class = ClassPermanent
			ex.Note = appendNote(ex.Note, "The server accepted the message with a success reply but says it discarded it: it was not delivered.")
		}
		if ex.Class == ClassSuccess && libraryAuthErrorOverIntermediate(r.Input, code) { // rules_tail24.go
			ex.Class = ClassPermanent
			ex.Note = appendNote(ex.Note, "The client library raised an authentication error over the server's intermediate reply (a 3xx challenge where it expected 235): the login did not complete.")
		}
		if ex.Class == ClassSuccess && libraryUnexpectedSuccess(r.Input, code) { // rules_tail21.go
			ex.Class = ClassTransient
			ex.Note = appendNote(ex.Note, "The client library expected another reply: this one came out of turn (a server closing the connection answers 221), so the transaction failed; the words say why.")
		}
		if ex.Class == ClassTransient && strings.EqualFold(r.Action, "failed") {
			ex.Class = ClassPermanent
			ex.Note = appendNote(ex.Note, "The class is permanent although the reply was temporary: the report's Action is failed, so the sending MTA stopped retrying (usually its queue lifetime ran out) and returned the message.")
		}
		if ex.Class == ClassPermanent && strings.EqualFold(r.Action, "delayed") {
			// the sending MTA logged a permanent reply as deferred (Postfix's
			// soft_bounce, ZoneMTA's DEFERRED[...] after a 5xx greeting):
			// the message stays queued and is retried (held-out batch 7b)
			ex.Class = ClassTransient
			ex.Note = appendNote(ex.Note, "The class is temporary although the reply was permanent: the sending MTA deferred the message (its log says deferred) and retries it.")
		}
	default:
		switch strings.ToLower(r.Action) {
		case "failed":
			ex.Class = ClassPermanent
		case "delayed":
			ex.Class = ClassTransient
		case "delivered", "relayed", "expanded":
			ex.Class = ClassSuccess
		}
		if ex.Class == ClassUnknown && hasEnh {
			ex.Class = classOfDigit(enh.class)
		}
		if ex.Class == ClassUnknown {
			classFrom = "wording"
		}
	}

	var info codeInfo
	var haveInfo bool
	if code != 0 {
		info, haveInfo = basicCode(code)
		if haveInfo {
			ex.CodeMeaning = info.Meaning
		} else {
			ex.CodeMeaning = genericCodeMeaning(code)
		}
	}
	var det detailInfo
	var haveDet bool
	if hasEnh {
		det, haveDet = detailOf(enh.subject, enh.detail)
		ex.EnhancedMeaning = enhancedMeaning(enh, det, haveDet)
	}

	set := getPatternSet() // from a pool: 2.5 KiB on this frame would grow the first stack of `explain 421`
	defer putPatternSet(set)
	var foundBuf [32]int32
	found := foundBuf[:0]
	// A success reply whose class nothing below can change (no HTTP
	// status) reads the keywords found in its text for one thing only: the
	// provider, when its remote host does not name one. From a provider's
	// host its text is not scanned (without --explain-why, which lists the
	// keywords).
	provider := ""
	hostLooked := ex.Class == ClassSuccess && !isHTTP && !why && !noShortcuts
	if hostLooked {
		provider = providerOfHost(r.RemoteHost)
	}
	if provider == "" {
		scanText := text
		if stdNote != "" {
			// a translated standard text stands for its code alone (standard_texts_intl13.go)
			scanText = withoutLocalizedStandardTexts(text)
		}
		if hasEnh {
			// the standard text of the basic code says no more than the code;
			// the enhanced code says more (standardTexts)
			scanText = withoutStandardTexts(text, enh.subject)
		}
		scanText = plainQuotes(scanText)         // typographic quotes read as plain ones (pastes.go)
		scanText = withoutJSONKeys(scanText)     // an event's field names are not the reply's words (rules_esp9.go)
		scanText = withoutLogKeys(scanText)      // nor a log line's hyphenated field names (rules_gw12.go)
		scanText = withoutListKeys(scanText)     // nor the field names of a PowerShell list (rules_gw13.go)
		scanText = withoutEngineLabels(scanText) // nor a scanning engine's name before its verdict (rules_gw14.go)
		if isHTTP {
			scanText = withoutHTTPPhrase(code, scanText) // a server error's phrase names the status, not the cause (rules_esp12.go)
		} else if code == 0 {
			scanText = withoutJSONStatusPhrase(espSrc, scanText) // so in a JSON body that carries the status (rules_tail13.go)
		}
		found = e.m.scan(scanText, set, found)
		found = e.senseShadowed(scanText, set, found) // a word inside a phrase that gives it another sense (sense.go)
		found = e.familyTokens(scanText, set, found)  // numbered code families (rules_isp7.go)
		if hostLooked {
			provider = e.providerMarked(set) // (the host names none: looked up above)
		} else {
			provider = e.detectProvider(r.RemoteHost, set)
		}
	}

	detCat := Unknown
	if haveDet {
		detCat = det.Category
	}
	var rl *crule
	attemptsCause := false // an attempts limit over a quoted reply: the reply's cause decides (common26)
	var matchBuf [16]ruleMatch
	matches := matchBuf[:0]
	if ex.Class != ClassSuccess {
		// a reply to RCPT TO: the stage says so, or a server's reply (it
		// has a code) whose stage is not known
		atRcpt := r.Stage == "RCPT TO" || r.Stage == "" && code != 0 && !e.senderSide(set)
		in := matchInput{code: code, enh: enh, hasEnh: hasEnh, enhTells: detCat != Unknown, detCat: detCat, atRcpt: atRcpt, stage: r.Stage, provider: provider, esp: espIn}
		rl, matches = e.matchAll(set, found, in, matches)
		// the words of a service's classification values written as
		// identifiers ("InactiveMailbox") decide when the reply does not
		// tell the cause (rules_mta7.go identifierWords)
		if rl == nil || rl.Cat() == Unknown || rl.Weak() {
			if w := identifierWords(espSrc) + textIdentifierWords(withoutQmailLogLines(espSrc)) + codeless22KebabWords(espSrc); w != "" {
				found = e.m.scan(w, set, found)
				rl, matches = e.matchAll(set, found, in, matches[:0])
			}
		}
		// a reply that gives no cause at all, only a code that has none of
		// its own ("550 <a@b>... Can't create output"), after a line that does ("Mailbox limit exceeded while
		// appending message", sendmail's local delivery): the words
		// before it tell the cause (held-out batch 9-intl b)
		// The same when no rule reads the reply and its only code is
		// X.7.1, which names no cause of its own: Plesk's Postfix line
		// "milter-reject: ... 5.7.1 Command rejected" after its handler's
		// "REJECT during call 'spf' handler" (held-out batch 14-panel).
		bareX71 := rl == nil && hasEnh && enh.subject == 7 && enh.detail == 1
		// And when the reply's own words are generic (a weak rule: "550
		// access denied") after a filter's verdict tag that names the cause
		// with a strong rule: "REJECT: hello SPF: fail 550 access denied"
		// (a milter's log, held-out batch 15-srv; verdictTagged).
		weakReply := rl != nil && rl.Weak() && rl.Cat() != Unknown && code != 0 && verdictTagged(r.Context)
		// And a log line whose only code is an "other or undefined" status
		// (X.N.0) and whose words no rule reads, after the delivery agent's
		// own line that names the cause: sendmail's "dsn=5.2.0,
		// stat=Service unavailable" after mail.local's "/var/mail/kim:
		// wrong ownership" (held-out batch 18-lda).
		bareOther := rl == nil && code == 0 && hasEnh && enh.detail == 0
		// But not when the reply's enhanced code tells the cause itself:
		// X.1.0 (an address refused, below) or a specific detail; the
		// words before it are then a notice's frame (Gmail's "it was
		// rejected by the recipient domain" before "550 550 #5.1.0 Address
		// rejected", held-out batch 23-common)
		enhTellsCause := hasEnh && (detCat != Unknown || enh.subject == 1 && enh.detail == 0)
		if (rl != nil && rl.Cat() == Unknown && code != 0 && !enhTellsCause || bareX71 || weakReply || bareOther) && r.Context != "" && len(r.Context) <= maxExplainText {
			// (a client's connection wrapper around a server's refusal - JavaMail's "Could not connect
			// to SMTP host: h, port: 25, response: 554" - is no network failure: a server answered)
			if crl := e.contextRule(r.Context, in); crl != nil && !(crl.Generic5xx() && code >= 500) && !(weakReply && (crl.Weak() || crl.Cat() == rl.Cat())) {
				rl = crl
				ex.Note = appendNote(ex.Note, "The reply itself gives no cause; the words before it (\""+clip(r.Context, 80)+"\") do.")
			}
		}
		// a web API's answer without a reply code that says an account is
		// disabled speaks of its caller's account, the sender's (rules_esp13.go)
		if rl != nil && rl.Cat() == MailboxDisabled && code == 0 && apiAccountAnswer(espSrc) {
			if a := e.ruleNamed(esp13APIAccountState); a != nil {
				rl = a
			}
		}
		// a generic refusal at MAIL FROM after the server accepted the
		// login is about the sender address the login may not use
		// (IceWarp's "501 5.7.1 Permission denied"; rules_final15.go)
		if r.loggedIn && r.Stage == "MAIL FROM" && code >= 500 && (rl == nil || rl.Cat() == Unknown || rl.Weak() && (rl.Cat() == Policy || rl.Cat() == AuthRequired)) {
			if a := e.ruleNamed(final15SenderAfterLogin); a != nil {
				rl = a
			}
		}
		// An attempts limit flattened into one text with the reply it kept
		// getting (a gateway's "5.x.1 - Maximum number of delivery attempts
		// exceeded. [Default] 450-'4.7.25 Client host rejected: cannot find
		// your hostname'"): by the attempts-limit convention the quoted
		// cause decides, the strongest rule of another category that read
		// it (common26; the class is the report's, below)
		if rl != nil && rl.Cat() == Expired && !rl.Weak() && attemptsLimitOnly(text) && quotesTempReply(text) {
			for _, m := range matches {
				if c := m.r.Cat(); c != Expired && c != Unknown && !m.r.Weak() {
					rl = m.r
					attemptsCause = true
					break
				}
			}
		}
		// Postfix's default text of a milter's tempfail after the content
		// is the filter's failure, not greylisting (rules_common20.go)
		if rl != nil && rl.Cat() == Greylisted && milterEOMDefaultTempfail(r.Input, text) {
			if a := e.ruleNamed(common20MilterEOMTempfail); a != nil {
				rl = a
			}
		}
	}

	// category: the text decides when it is more specific than the code.
	specificDet := detCat != Unknown && enh.detail != 0 && !(enh.subject == 7 && enh.detail == 1)
	if specificDet && detCat == Network && code != 0 && rl != nil && rl.Cat() != Network && rl.Cat() != Unknown {
		// a network detail ("5.4.1 no answer from host") on a reply of a
		// server that answered and says why it refused ("541 5.4.1 Mail
		// rejected by destination domain"): the wording tells the cause
		specificDet = false
	}
	decided := ""
	switch {
	case ex.Class == ClassSuccess:
		ex.Category = Success
		decided = "the class: a success reply"
	case hasEnh && enh.subject == 4 && enh.detail == 7 && !(ex.Class == ClassTransient && (strings.EqualFold(r.Action, "delayed") || e.stillQueued(set))),
		strings.EqualFold(r.Action, "failed") && statusExpired(r.Status):
		// (a report whose own Status is X.4.7 with Action: failed — Sendmail's
		// and Exchange's expiry DSNs — quotes the last reply in its
		// Diagnostic-Code: the outcome is the expiry, whatever that reply was)
		// (in a delay notice — Action: delayed, or wording that the message
		// is still queued — a temporary X.4.7 says that the delay goes on,
		// not that the message came back: the diagnostic tells the cause)
		// X.4.7 "delivery time expired" is the outcome: the text is the
		// last error before the message expired
		ex.Category = Expired
		if hasEnh && enh.subject == 4 && enh.detail == 7 {
			decided = "the enhanced code " + enhStr + " (" + det.Meaning + "): the outcome, whatever the last error was"
		} else {
			decided = "the report's Status " + r.Status + " (delivery time expired) with Action: failed: the outcome, whatever the last error was"
		}
		if rl != nil && rl.Cat() != Expired {
			ex.Note = appendNote(ex.Note, "The message expired in the queue; the last error before it expired was: "+string(rl.Cat())+" ("+rl.Summary()+")")
			rl = nil
		}
	case hasEnh && enh.subject == 1 && enh.detail == 0 && (rl == nil || rl.Cat() == Unknown):
		// X.1.0 "other address status": an address was refused; at RCPT
		// TO (or an unknown stage) that is the recipient's
		ex.Category = UserUnknown
		decided = "the subject of the enhanced code " + enhStr + " (addressing status: the address was refused)"
		rl = nil
	case isHTTP && rl != nil && rl.Weak() && httpGenericWords(text) && httpCategoryInto(ex, code, &decided):
		// an HTTP status whose words are only a status's phrase and an
		// error object's field names ("{ status: 401, details:
		// 'Forbidden' }"): the status decides over the generic word
		// (rules_final21.go)
		rl = nil
	case rl != nil && (!rl.Weak() || !specificDet):
		ex.Category = rl.Cat()
		decided = "rule " + rl.ID()
	case detCat != Unknown && detCat != Success && !(enh.detail == 0 && haveInfo && info.Category != Unknown && info.Category != Success):
		// (an "other or undefined" X.s.0 does not overrule a basic code with
		// a meaning of its own: 535 with #5.7.0 is an authentication failure)
		ex.Category = detCat
		decided = "the enhanced code " + enhStr + " (" + det.Meaning + ")"
		if rl != nil {
			decided += ", more specific than the generic wording of rule " + rl.ID()
		}
		rl = nil
	case isHTTP && httpCategoryInto(ex, code, &decided):
		// an HTTP API's status with no words that tell more (rules_esp12.go)
		rl = nil
	case haveInfo && info.Category != Success && !isHTTP:
		ex.Category = info.Category
		decided = "the basic code " + itoa(code)
		rl = nil
	default:
		decided = "nothing: no rule, enhanced code or basic code tells the cause"
		rl = nil
	}

	// A reply that quotes another reply as its reason (Exim's "All RCPT
	// commands were rejected with this error: 501 ...", Postfix's address
	// verification "unverified address: host X said: 451 ..."): the quoted
	// reply decides when the outer one does not tell the cause itself, and
	// when a verification quotes a temporary failure of its probe (the
	// address was not found bad: the probe could not finish).
	if depth == 0 && code != 0 && ex.Class != ClassSuccess {
		if q := quotedReply(text); q != "" {
			if cat, rule, ok := quotedCause(q, text, ex.Category == Unknown, full); ok {
				ex.Category = cat
				decided = "the reply it quotes as its reason (\"" + clip(q, 80) + "\")"
				ex.Note = appendNote(ex.Note, "The reply quotes another reply as its reason (\""+clip(q, 80)+"\"); that reply tells the cause.")
				rl = nil
				for i := range e.rules {
					if e.rules[i].ID() == rule {
						rl = &e.rules[i]
						break
					}
				}
			}
		}
	}

	// The words before a reply found in running text may tell the outcome:
	// a queue expiry quoting its last error ("Delivery has expired. Last
	// error: 451 4.7.1 Please try again later") came back, whatever that
	// error was; the reply is the cause to look into, not the verdict.
	// (A full mailbox that stayed full until the end is still reported as
	// mailbox-full, as rule wording.full-then-expired does.)
	// Only a temporary reply can be the last error of an expiry: a
	// permanent one bounces at once.
	tempReply := code/100 == 4 || code == 0 && hasEnh && enh.class == '4' // (the class digit is kept as its character)
	expiredByWording := false
	if r.Context != "" && tempReply && ex.Category != Expired && ex.Category != MailboxFull && e.contextSaysExpired(r.Context) && !attemptsLimitOnly(r.Context) {
		last := ex.Category
		lastSummary := categoryInfoOf(last).Summary
		if rl != nil && rl.Summary() != "" {
			lastSummary = rl.Summary()
		}
		ex.Category = Expired
		decided = "the words around the reply (\"" + clip(r.Context, 80) + "\"): the message expired in the queue; the reply is the last error before it did"
		if last != Unknown {
			ex.Note = appendNote(ex.Note, "The message expired in the queue; the last error before it expired was: "+string(last)+" ("+lastSummary+")")
		}
		rl = nil
		expiredByWording = true
	}
	if rl != nil && rl.Cat() == Expired {
		expiredByWording = true
	}
	if !expiredByWording && ex.Category == Expired && tempReply && r.Context != "" && e.contextSaysExpired(r.Context) {
		// an X.4.7 code whose words around say the message came back
		// (Exchange 2007's "Could not deliver the message in the time
		// limit specified" above "<host #4.4.7>", batch 11-forms b)
		expiredByWording = true
	}
	// A queue expiry is the end of the retries: the message came back, even
	// though the last reply quoted was temporary. (An X.4.7 code alone does
	// not say so: Microsoft sends "4.4.7 Message delayed" in delay notices.)
	delayedAction := strings.EqualFold(r.Action, "delayed") && !sendmailGaveUp(r.Input)
	if expiredByWording && ex.Class == ClassTransient && !delayedAction && !e.stillQueued(set) {
		ex.Class = ClassPermanent
		ex.Note = appendNote(ex.Note, "The class is permanent although the last reply was temporary: the sending MTA gave up retrying and returned the message.")
	}
	// A delivery the log states as delayed (Exim's "==" line, Action:
	// delayed) is still queued: retry wording there ("retry time not reached
	// for any host after a long failure period") says why it waits — the
	// destination's hosts keep failing — not that the message expired
	// (held-out batch 17-src; after "**" the same words are the bounce).
	if expiredByWording && ex.Category == Expired && ex.Class == ClassTransient && delayedAction && !(hasEnh && enh.subject == 4 && enh.detail == 7) {
		ex.Category = Network
		decided += "; the delivery is stated as delayed (still queued): its retry wording names hosts that keep failing, not an expiry"
		rl = nil
	}

	// A bounce generator's own statement that it gave up (qmail's "This is
	// a permanent error; I've given up") decides over the 4.x.x code of the
	// reason it quotes without a reply code ("CNAME lookup failed
	// temporarily. (#4.4.3)"), as a DSN's "Action: failed" does (held-out
	// batch 17-net b).
	// The same holds over a quoted 4xx reply (docs/explain.md "Labelling
	// conventions", report-level class, common25): Exchange's "Delivery has
	// failed to these recipients or groups" over "451 4.4.0 DNS query
	// failed", Postfix's "Undelivered Mail Returned to Sender" over a 450.
	// ("Message not delivered" alone, a console's status of one attempt, does
	// not say the sender gave up over a 4xx reply: Mailprotector's "Message not
	// delivered. Reason: host X said: 450 ...")
	if (code == 0 && hasEnh || tempReply) && ex.Class == ClassTransient && r.Action == "" && r.Context != "" {
		if c, w := e.contextStatedClass(r.Context); c == ClassPermanent && !(code/100 == 4 && w == "message not delivered") {
			ex.Class = ClassPermanent
			ex.Note = appendNote(ex.Note, "The class is permanent although the quoted status is temporary: the report says \""+w+"\", so the sending MTA stopped retrying and returned the message.")
		}
	}

	// An attempts limit over the reply it kept getting ("Maximum number of
	// delivery attempts exceeded. [...] 450 4.7.25 Client host rejected")
	// keeps the reply's cause (the attempts-limit convention, common26) but
	// says the sender gave up: the message came back.
	if tempReply && ex.Class == ClassTransient && r.Action == "" && (r.Context != "" && attemptsLimitOnly(r.Context) &&
		(e.contextSaysExpired(r.Context) || attemptsGaveUp(r.Context)) || attemptsCause) && !e.stillQueued(set) {
		ex.Class = ClassPermanent
		ex.Note = appendNote(ex.Note, "The class is permanent although the last reply was temporary: the sending side gave up after its maximum number of attempts and returned the message; the reply is the cause the attempts failed on.")
	}

	// The other direction of the report-level class (common25): words around
	// a 5xx reply that say the sending side keeps the message and tries again
	// ("The operation will be retried", "Delivery is delayed", "THIS IS A
	// WARNING ONLY") say it is queued, not returned; advice to a person
	// ("try again later") is no such statement.
	if code/100 == 5 && ex.Class == ClassPermanent && r.Action == "" && r.Context != "" && e.contextStillQueued(r.Context) {
		ex.Class = ClassTransient
		ex.Note = appendNote(ex.Note, "The class is temporary although the reply is permanent: the report says the sending side keeps the message and tries again.")
	}

	// An ESP's own permanent bounce type around a 4xx reply (SES's
	// "Permanent General smtp; 450 ...", a hard bounce) says the service
	// returned the message (common27 convention: a transient type over a
	// 5xx keeps the code's class).
	if code/100 == 4 && ex.Class == ClassTransient && r.Action == "" && r.Context != "" && espBounceTypeClass(r.Context) == ClassPermanent {
		ex.Class = ClassPermanent
		ex.Note = appendNote(ex.Note, "The class is permanent although the quoted reply is temporary: the sending service's own bounce type is permanent (hard), so it returned the message.")
	}

	// Postfix logs a server that greets with a 5xx as "host X refused to
	// talk to me: 554 ..." and, by default (smtp_skip_5xx_greeting = yes),
	// skips it for the next MX and defers the message: the delivery is
	// retried, not bounced, unless the log line says status=bounced.
	if code/100 == 5 && ex.Class == ClassPermanent && refusedGreetingDeferred(r.Input) {
		ex.Class = ClassTransient
		ex.Note = appendNote(ex.Note, "Postfix skipped this server's 5xx greeting (\"refused to talk to me\", smtp_skip_5xx_greeting) and tries the next MX or retries later: the message is deferred, not bounced.")
	}

	// Postfix defers a message whose SASL login got a 535 (smtp_sasl_auth_soft_bounce)
	if ex.Class == ClassPermanent && postfixSASLSoftBounce(r.Input, code) {
		ex.Class = ClassTransient
		ex.Note = appendNote(ex.Note, "Postfix defers mail whose SASL login the server refused with 535 (smtp_sasl_auth_soft_bounce = yes): it is retried once the credentials are fixed, not bounced.")
	}

	// an HTTP API's status ("HTTP 401 Unauthorized", "503 Service
	// Unavailable") is no SMTP reply code: its class follows HTTP
	// (rules_esp12.go)
	if isHTTP {
		httpStatusInto(ex, code, text)
	}

	// the stage STARTTLS: the client's own words that the connection
	// failed right after the server agreed to start TLS (no reply code
	// of its own) tell of a failed TLS handshake (held-out batch 11-apps).
	// Before the class is read from the words: the class is a TLS
	// failure's, not the network's (a client's is permanent; held-out
	// batch 16-net b)
	if r.Stage == "STARTTLS" && code == 0 && ex.Category == Network {
		decided += "; a connection that failed right after the server agreed to start TLS is a failed TLS handshake"
		ex.Category = TLSRequired
		rl = nil
	}
	// the class of a reply without any code comes from its wording
	outcomeOnly := false
	if classFrom == "wording" {
		// the words of an identifier state the class too ("Event:
		// PendingModeration"; held-out batch 15-dash)
		if w := identifierWords(espSrc) + textIdentifierWords(withoutQmailLogLines(espSrc)) + codeless22KebabWords(espSrc); w != "" {
			e.m.scan(w, set, nil)
		}
		c, marker := e.wordingClass(set, ex.Category)
		if lc, lead, ok := leadStatus(text); ok && (marker == "" || lc == ClassTransient && c == ClassPermanent) && lc != ClassUnknown && ex.Category != Success {
			// the record's own status leads it (rules_codeless18.go); a
			// deferral's description says the message "could not be
			// delivered" yet, and its status stays the deferral's (batch
			// 24-codeless b: "Deferred: the message could not be delivered
			// and will be resent")
			c, marker = lc, lead
		}
		if ex.Category == RateLimited && c == ClassTransient && marker == "" && recipientCapOnly(text, r.Input) {
			c, marker = ClassPermanent, "a cap on one message's recipients, which waiting does not lift" // (rules_common27.go)
		}
		if ex.Category == AuthFailed && c == ClassPermanent && marker == "" && loginBanLifts(text) {
			c, marker = ClassTransient, "a ban or lockout after failed logins, which lifts by itself" // (rules_common21.go)
		}
		if c == ClassTransient && suppressedAfterSoftBounces(text, marker) {
			c, marker = ClassPermanent, "a suppression after soft bounces" // (rules_codeless18.go)
		}
		if ex.Category == TLSRequired && c == ClassPermanent && marker == "" && stampedDaemonLine(r.Input) {
			// a TLS failure in a mail daemon's own log (couriertls,
			// sendmail's STARTTLS=server, Exim's main log) is the MTA's,
			// which retries or whose client does, not a client library's
			// that gives up (the codeless-TLS convention; held-out batch
			// 17-src d: each MTA's TLS words had been listed one by one)
			c, marker = ClassTransient, "a mail daemon's own log line"
		}
		espC, field := espClass(espIn)
		if espC == ClassUnknown {
			espC, field = codeless20PermanentFlag(espSrc) // a JSON member "permanent": true|false (rules_codeless20.go)
		}
		if espC == ClassUnknown && c == ClassUnknown && ex.Category == Unknown {
			espC, field = outcomeStatus(espSrc) // an event's bare outcome (rules_esp14.go)
		}
		if espC == ClassUnknown && rl != nil && ex.Category != Success {
			// a record whose own status says the message was delivered
			// ("Act=Acc", "DeliveryAction: DeliveredAsSpam"): the words of its
			// other fields (a TLS version, a spam score) are no failure
			// (held-out batch 16-verdict, rules_verdict16.go)
			if sc, f := outcomeStatus(espSrc); sc == ClassSuccess {
				espC, field = sc, f
				decided = "the record's own status (\"" + f + "\"): the message was delivered; rule " + rl.ID() + " read words of its other fields"
				rl, ex.Category = nil, Unknown
			}
		}
		if espC != ClassUnknown {
			c, marker = espC, ""
		}
		ex.Class = c
		if espC == ClassSuccess && ex.Category == Unknown {
			ex.Category = Success // an event whose own status is a success ("Status: Delivered", "Expanded"; rules_dash15.go)
		}
		switch {
		case espC != ClassUnknown:
			ex.Note = appendNote(ex.Note, "The input carries no reply code: the class ("+string(c)+") is the sending service's own (\""+field+"\").")
		case marker != "":
			ex.Note = appendNote(ex.Note, "The input carries no reply code: the category comes from the wording, and the class ("+string(c)+") was inferred from the wording (\""+marker+"\").")
		case c != ClassUnknown:
			ex.Note = appendNote(ex.Note, "The input carries no reply code: the category comes from the wording, and the class ("+string(c)+") was inferred from it (a "+string(ex.Category)+" failure is "+string(c)+").")
		default:
			ex.Note = appendNote(ex.Note, noClassNote)
		}
		// an API's JSON body that carries its HTTP status ({"statusCode":429, ...}): the class follows HTTP (rules_esp12.go)
		noRule := rl == nil
		if rl != nil && rl.Weak() && rl.Cat() == Policy && jsonHTTPStatus(espSrc) == 401 {
			// a 401's generic refusal word ("not authorized to send mail") is about
			// the credential the status names, not a receiver's policy (held-out batch 13-esp b)
			rl, noRule, ex.Category = nil, true, Unknown
		}
		jsonStatusInto(ex, espSrc, text, &decided, noRule)
		if rl == nil && ex.Category == Unknown && e.statesOutcome(set) {
			// a delivery outcome stated without its cause (outcome.go)
			outcomeOnly = true
			decided = "nothing: no rule tells the cause; the words state only the outcome (not delivered, not sent, or queued again)"
		} else if ok, wc, w := weakDeliveryOutcome(text); rl == nil && ex.Category == Unknown && ok {
			// a failure word with a word of mail (rules_codeless18.go)
			outcomeOnly = true
			decided = "nothing: no rule tells the cause; the words state only that a delivery failed"
			if ex.Class == ClassUnknown && wc != ClassUnknown {
				ex.Class = wc
				ex.Note = strings.Replace(ex.Note, noClassNote, "The input carries no reply code: no rule tells the cause, and the class ("+string(wc)+") was inferred from the word \""+w+"\".", 1)
			}
		}
		if rl != nil && rl.hiddenReply() && ex.Category == Unknown {
			ex.Note = appendNote(ex.Note, final15HiddenNote)
		}
	}
	if ex.Category == Network && ex.Class == ClassPermanent && permanentNameNotFound(text) {
		// forms_mta9.go: a DNS failure the MTA gave up on at once is a name
		// that does not exist ("remote delivery failed: DNS lookup failure:
		// host x.example not found"); deferred, the same words are DNS for now
		ex.Category = HostUnknown
		decided += "; a DNS lookup that failed permanently (not found) is a domain that does not exist"
		rl = nil
	}
	ex.Retry = ex.Class == ClassTransient
	if ex.Retry {
		ex.RetryAfter = retryAfter(text)
	}

	// the stage: spam or virus words in a refusal before the message was
	// sent (at the greeting, HELO, MAIL FROM or RCPT TO) cannot be about its
	// content; they judge the sending IP address or the sender (held-out
	// batch 11-sec: "553 5.3.0 <ip> Your message was rejected for possible
	// spam/virus content" in reply to MAIL FROM).
	// A stage only a client library's words infer does not override an
	// explicit verdict on the message ("Spam message rejected";
	// forms27.go); a stage the server's report states does.
	if beforeContent(r.Stage) && ex.Class != ClassSuccess && (ex.Category == SpamContent || ex.Category == Virus) && !libraryStageVerdict(r, text) {
		decided += "; " + string(ex.Category) + " before DATA (stage " + r.Stage + ") judges the sender, not a message not yet sent: reputation"
		ex.Category = Reputation
		rl = nil
	}
	// the stage: a refusal at MAIL FROM (or worded as one of the sender) is
	// about the envelope sender, not the recipient.
	// Postfix evaluates its sender restrictions at RCPT TO
	// (smtpd_delay_reject) and says whose address it refuses: "Sender
	// address rejected: User unknown in relay recipient table" in reply to
	// RCPT TO is about the sender (held-out batch 24-prov).
	sender := r.Stage == "MAIL FROM" || r.Stage == "" && e.senderSide(set) || r.Stage == "RCPT TO" && prov24SenderRestriction(text)
	var senderSummary string
	if sender && ex.Class != ClassSuccess {
		switch ex.Category {
		case UserUnknown, HostUnknown, MailboxDisabled, Moved:
			senderSummary = senderSideSummary.Get()[ex.Category]
			decided += "; " + string(ex.Category) + " at the sender (MAIL FROM) is sender-invalid"
			ex.Category = SenderInvalid
			rl = nil
		case Unknown, Syntax:
			// a refusal worded as the sender's ("550 Sender refused", "553
			// sender refused") and nothing more than its code: the sender
			// was refused (held-out batch 9); the stage alone does not say
			// so (an unmatched 550 at MAIL FROM stays unknown)
			if code != 0 && ex.Class == ClassPermanent && (ex.Category == Unknown || rl == nil) && e.senderSide(set) {
				decided += "; a refusal worded as the sender's is sender-invalid"
				ex.Category = SenderInvalid
				rl = nil
			}
		}
	}
	// the stage AUTH: a refusal of the login is about the account the
	// client logs in with; a recipient's mailbox category that only its
	// code gave ("550 5.2.1 Mailbox cannot be accessed" in reply to AUTH
	// LOGIN) is a failed login (held-out batch 11-apps)
	// RFC 4954's 454 in reply to AUTH is a temporary authentication
	// failure (454 4.7.0), whatever generic words stand beside it ("454 ...
	// temporary failure" after the credentials, held-out batch 14-prov)
	if r.Stage == "AUTH" && code == 454 && (ex.Category == ServerError || ex.Category == Unknown) && (rl == nil || rl.Weak() || rl.Cat() == ex.Category) {
		decided += "; 454 in reply to AUTH is a temporary authentication failure (RFC 4954)"
		ex.Category = AuthFailed
		rl = nil
	}
	if r.Stage == "AUTH" && ex.Class == ClassPermanent && rl == nil {
		switch ex.Category {
		case UserUnknown, MailboxDisabled, MailboxFull, Moved, Unknown, Policy:
			// (Policy: a security code X.7.x no rule read, "501 5.7.3 Cannot
			// decode arguments" after AUTH; held-out batch 20-codeless)
			decided += "; " + string(ex.Category) + " in reply to AUTH is a refused login"
			ex.Category = AuthFailed
		}
	}
	ci := categoryInfoOf(ex.Category)
	ex.Summary, ex.Actor, ex.Remediation = ci.Summary, ci.Actor, ci.Fix
	var fix []string // the rule's remediation, made for this explanation
	if rl != nil {
		if rl.Summary() != "" {
			ex.Summary = rl.Summary()
		}
		if rl.Actor() != "" {
			ex.Actor = rl.Actor()
		}
		if rl.hasFix() {
			fix = rl.Fix()
			ex.Remediation = fix
		}
	} else if haveDet && det.Category == ex.Category && ex.Category != Unknown && ex.Class != ClassSuccess {
		ex.Summary = det.Meaning + "."
	}
	if ex.Category == Unknown && code != 0 && ex.Class != ClassUnknown && rl == nil {
		ex.Summary = ex.CodeMeaning + "."
	}
	if outcomeOnly && ex.Category == Unknown {
		ex.Summary, ex.Actor, ex.Remediation = outcomeCard.Summary, outcomeCard.Actor, outcomeCard.Fix
	}
	if senderSummary != "" {
		ex.Summary = senderSummary
	}
	// the card of a sending service's API failure (rules_esp12.go)
	if isHTTP {
		httpCardInto(ex, code, rl == nil || !rl.hasFix())
		ex.api = true
	}
	// a copy: callers may edit their explanation without touching the tables
	// (the rule's, made for this explanation, is one already)
	if len(fix) == 0 || len(ex.Remediation) != len(fix) || &ex.Remediation[0] != &fix[0] {
		ex.Remediation = append(make([]string, 0, len(ex.Remediation)), ex.Remediation...)
	}

	// provider: the receiving system first; a rule's blocklist operator
	// otherwise; a provider's own rule of the same category that matched
	// too (its code, such as 5.1.90, names the provider) last.
	if rl != nil && rl.Provider() == "" && provider == "" {
		for _, m := range matches {
			if m.r.Cat() == rl.Cat() && m.r.Provider() != "" && m.r.Blocklist() == "" && m.r.Prov() == "" {
				provider = m.r.Provider()
				break
			}
		}
	}
	switch {
	case rl != nil && rl.Provider() != "" && rl.Blocklist() == "":
		ex.Provider = rl.Provider()
	case provider != "":
		ex.Provider = provider
	case rl != nil:
		ex.Provider = rl.Provider()
	}
	if rl != nil {
		ex.Blocklist = rl.Blocklist()
		ex.Rule = rl.ID()
	}

	refs := parts.refs[:0:len(parts.refs)]
	if rl != nil {
		refs = rl.appendRefs(refs)
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
	if why {
		ex.Why = e.whyOf(append([]ruleMatch(nil), matches...), rl, decided, set)
	}
}

// explanationParts is the memory of an explanation's code and its first
// four references in one allocation (explainDepth).
type explanationParts struct {
	code int
	refs [4]string
}

// discardedReply reports a success reply whose text says that the message
// was thrown away instead of delivered (a content filter's "Ok, discarded").
func discardedReply(text string) bool {
	return indexFold(text, "discarded") >= 0 && indexFold(text, "not discarded") < 0
}

// statusExpired reports a reporting MTA's status X.4.7 (delivery time expired).
func statusExpired(status string) bool {
	st, ok := parseEnh(status)
	return ok && st.subject == 4 && st.detail == 7
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

// The wording that tells the class of a reply that carries no code: a
// message that came back (its queue lifetime ran out, the MTA gave up) is
// permanent; "try again later" is temporary. Permanent wording wins when
// both occur ("temporary failure ... giving up").
var (
	temporaryWording = []string{"try again later", "try again", "please retry", "retry later", "try later", "temporarily deferred",
		"temporarily rejected", "temporarily unavailable", "temporarily blocked", "temporarily delayed", "temporary failure",
		"temporary error", "temporary problem", "temporary local problem", "temporarily", "deferred", "deferring",
		"will be retried", "will retry", "still trying", "delayed", "come back later", "not yet", "tempfail",
		// "Try sending the message again later" (Outlook), a filter's "status DEFER" (held-out batch 13-gw)
		"again later", "status defer", "status: defer",
		// a filter's report status "DEFER - Defers due to ..." (held-out batch 14-gw;
		// not a bare "defers": cPanel's "max defers and failures" bounces)
		"defers due to", "deferred due to",
		// a provider's "Your email has been rate limited because ..." (Gmail's
		// 4.7.27-4.7.40 words without the code; held-out batch 16-bigprov)
		"rate limited", "rate-limited",
		// mail held in the queue for a mailbox that cannot take it now
		// (Zimbra's maintenance state; held-out batch 14-panel)
		"queued at the mta", "queued for later delivery", "will be queued",
		// a lockout that ends by itself ("locked for a period of time,
		// usually 1 hour, and then automatically unlocked"; batch 14-panel)
		"automatically unlocked", "unlocked automatically", "will be unlocked", "lockout expires", "lock expires",
		// an API's "try after some time" (held-out batch 9-esp)
		"try after some time", "try again after",
		// a wait before sending again ("Warten Sie 60 Minuten, bevor Sie
		// wieder eine Mail schicken", Clustermail; held-out batch 14-gw b)
		"warten sie", "minutes before sending", "minutes before you send", "minutes before trying", "minutes before retrying",
		"hours before sending", "hours before you send", "hours before trying",
		// sendmail's delay warning (held-out batch 9-intl b)
		"still undelivered", "could not send message for past", "could not send mail for past", // (MailGates' "Warning--Could not send mail for past 2.5 hours": rules_final21.go)
		// Postfix's smtp client when its SASL library cannot log in at all
		// ("SASL authentication failed; cannot authenticate to server x:
		// no mechanism available"): it defers (smtp_sasl_auth_soft_bounce;
		// held-out batch 17-src)
		"cannot authenticate to server",
		// Exim's log words for a verification callout that deferred ("sender
		// verify defer for <x>: ..."; held-out batch 22-mta)
		"verify defer",
		// Postfix's "milter triggers HOLD action": held in the queue (batch 22-mta b)
		"hold action",
		// an MTA's log line that put the message back into its queue
		// (Apache James' "Storing message ... into outgoing after 2 retries",
		// held-out batch 14-mta b)
		"queued for retry", "requeued", "re-queued", "back into the queue", "into outgoing after",
		// a service's bounce type (held-out batch 7-mta b)
		"soft bounce", "soft_bounce",
		// a failure its reporter calls transient ("Transient parse error --
		// message queued for future delivery", sendmail; held-out batches 14
		// and 19-codeless), and a message queued for a later attempt
		"transient error", "transient failure", "transient problem", "transient parse error", "queued for future delivery",
		// a log-summary report's temporary rejects ("4xx Reject sender
		// address", postfix-logwatch; held-out batch 15-dash)
		"4xx reject",
		// the same in other languages (held-out batch 7-intl): "vorübergehend
		// blockiert", "bloccato temporaneamente", "se rechazó de forma temporal"
		"vorübergehend", "später erneut", "temporairement", "réessayer plus tard", "temporalmente", "de forma temporal", "más tarde",
		"temporaneamente", "riprovare più tardi", "temporariamente", "tente novamente", "tymczasowo", "spróbuj ponownie", "dočasně",
		"временно", "повторите попытку", "тимчасово", "暂时", "临时", "稍后", "一時的", "しばらくして", "일시적", "잠시 후", "tạm thời", "geçici", "tillfälligt", "tijdelijk",
		// batch 24-allb: Russian "send again (a little) later" (a site's "Повторите отправку немного позже!")
		"повторите отправку", "немного позже", "попробуйте позже", "повторите позже",
		// localized delay notices (held-out batch 16-lang; outcomeRetryWording)
		"empfänger oder gruppen verzögert", "es wird weiterhin versucht", "remise différée", "entrega retrasada", "recapito ritardato",
		"entrega atrasada", "задержка доставки", "延迟传递", "延遲傳遞", "配信が遅延", "배달 지연", "vertraagde bezorging", "opóźnione dostarczenie", "teslim gecikti",
		// after a wait ("1時間以上あけてから、再度お試しください"), a message held (batch 16-lang b)
		"時間以上あけて", "時間をおいて", "時間をあけて", "一時保留", "再送する必要はありません",
		// batch 16-lang c: German "temporär" (beside "vorübergehend"), "wird weiter versucht"
		"temporär", "wird weiter versucht",
		// batch 17-lang: a server that will try again, a soft bounce, a delivery suspended for now (outcomeRetryWording)
		"wird erneut versucht", "réessaiera", "intentará reenviar", "volverá a intentar", "se reintentará", "riproverà", "ritenterà", "tentará novamente", "tentará reenviar",
		"zal opnieuw proberen", "wordt opnieuw geprobeerd", "ponowi próbę", "повторит попытку", "будет повторена", "再送を試みます", "将重试", "將重試", "재시도합니다",
		"yeniden deneyecek", "tekrar denenecek", "zkusí znovu", "bude opakován", "försöker igen", "kommer att försöka igen", "rebote suave", "rebond temporaire",
		"momentanément", "vorübergehend ausgesetzt", "tijdelijk uitgesteld", "暂缓投递", "전송 보류", "teslimat ertelendi", "doručení odloženo",
		"отложено", "отложен", "zurückgestellt", "différé", "aplazad", "differit", "adiad", "uitgesteld", "odroczon", "ertelendi", "odložen", "uppskjut", "推迟投递", "延后",
		// a policy server's log field for its verdict (PolicyD v2's "module=Quotas,
		// action=defer, ..."; held-out batch 18-gw c)
		"action=defer", "action=tempfail",
		// a block whose duration is stated ends by itself ("la durée de blocage ... au maximum 24h")
		"durée de blocage", "durée du blocage", "dauer der sperre", "duración del bloqueo", "durata del blocco", "duração do bloqueio", "duur van de blokkade",
		"czas blokady", "срок блокировки", "engelleme süresi", "ブロック期間", "封禁时长", "封鎖時間",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"مؤقتا", "مؤقتًا", "لاحقا", "لاحقًا", "באופן זמני", "זמנית", "מאוחר יותר", "προσωρινά", "αργότερα", "ideiglenesen", "később", "temporar", "mai târziu", "mai tarziu", "пізніше", "tilapäisesti", "myöhemmin", "midlertidigt", "senere", "midlertidig",
		// batch 21-lang: Vietnamese "later" as the phrases that say it ("Vui lòng thử lại sau"): "sau" alone is also "after" and Romanian "or" ("Nume de utilizator sau parolă greșită")
		"thử lại sau", "lại sau", "sau ít phút", "sau vài phút", "sau một thời gian", "ชั่วคราว", "ภายหลัง", "sementara", "nanti", "अस्थायी", "बाद में",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"تأخر التسليم", "تأخير في التسليم", "ستتم إعادة المحاولة", "سيحاول مرة أخرى", "המסירה מתעכבת", "עיכוב במסירה", "ינסה שוב", "καθυστέρηση παράδοσης", "θα γίνει νέα προσπάθεια", "kézbesítése késik", "késleltetett kézbesítés", "újra megpróbálja", "livrare întârziată", "livrarea este întârziată", "se va reîncerca", "va reîncerca", "затримка доставки", "доставку відкладено", "буде повторено", "повторить спробу", "viivästynyt", "viivästyi", "yrittää uudelleen", "yrittää edelleen", "forsinket levering", "levering er forsinket", "vil forsøge igen", "forsøger igen", "leveringen er forsinket", "vil prøve igjen", "prøver igjen", "bị trì hoãn", "sẽ thử lại", "ล่าช้า", "จะลองส่งอีกครั้ง", "จะพยายามส่งอีกครั้ง", "tertunda", "akan dicoba lagi", "akan mencoba lagi", "विलंबित", "फिर से प्रयास करेगा",
		// batch 18-lang b: will go on trying, in the future tense
		"намагатиметься доставити", "намагатиметься надіслати", "спробує ще раз", "سيستمر في محاولة", "ימשיך לנסות", "θα συνεχίσει να προσπαθεί", "továbbra is megpróbálja", "va continua să încerce", "vil fortsætte med at forsøge", "vil fortsette å prøve", "sẽ tiếp tục cố gắng", "จะพยายามต่อไป", "akan terus mencoba", "प्रयास जारी रखेगा"}
	permanentWording = []string{"permanent", "permanently", "expired", "5xx reject", "not going to try again", "will not try again",
		"in the queue too long", "too long in the queue", "giving up", "gave up", "retry timeout exceeded", "could not be delivered",
		"undeliverable", "delivery failed", "failed permanently", "has been returned", "returned to sender", "will not be retried",
		"not be retried", "will not succeed", "will not retry", "too long in queue", "could not deliver", "bounced", "permfail", "discarded",
		// Exchange's NDR sentences (held-out batch 5)
		"won't try to deliver", "will not try to deliver", "stopped trying",
		// a user's words that the message bounced ("the forwarded mail below came
		// back yesterday with the error ..."; held-out batch 24-common b)
		"mail came back", "message came back", "email came back", "mails came back", "messages came back",
		"came back with the error", "came back with an error", "came back with error", "came back yesterday with", "came back today with",
		// a policy server's log field for its verdict (PolicyD v2's "module=Quotas,
		// action=reject, ..."; held-out batch 18-gw c)
		"action=reject",
		// an MTA that reports the attempts it made and failed (SmarterMail's
		// "Failed four Attempts to connect ...", held-out batch 14-mta)
		"failed all attempts", "all attempts failed", "all delivery attempts failed", "failed two attempts", "failed three attempts",
		"failed four attempts", "failed five attempts",
		// an Exchange NDR's line naming the filter that refused (held-out batch 11-sec)
		"organization rejected your message", "organisation rejected your message",
		// the same outcome in contracted wording ("This message wasn't
		// delivered to anyone", "Your message couldn't be delivered"; held-out batch 14-gw)
		"wasn't delivered", "weren't delivered", "couldn't be delivered", "couldn't deliver",
		// Exchange 2000/2003's and Domino's reports (held-out batch 11-winmta)
		"did not reach the following recipient", "msexch:ims", "was not delivered to",
		// an account that waits for someone to activate it (held-out batch 9-esp b)
		"not yet activated", "request activation",
		// ... or a feature someone must turn on ("SMTP AUTH is not yet
		// active: SmtpClientAuthentication is disabled"; held-out batch
		// 26-common b): the state of a setting, not a delivery still to come
		"not yet active", "not yet enabled",
		// ... or for someone to approve it (held-out batch 12-esp)
		"not yet approved", "not approved for sending",
		// an account's credits used up: nothing is sent until someone buys
		// more (the corpus reads it so; a limit that renews by itself, "until
		// your credits renew", names no such word) (concept20)
		"insufficient credits", "not enough credits", "out of credits", "out of email credits", "no credits left", "buy more credits",
		"purchase more credits", "credits balance is zero", "credit balance is zero",
		// the same with a word between (held-out batch 20-concept: "insufficient email credits")
		"insufficient email credits", "insufficient sending credits", "not enough email credits", "not enough sending credits",
		"no more credits", "no more email credits", "no more sending credits", "out of sending credits",
		// credits that expired must be bought again (ZeptoMail's LE_101; held-out batch 23-tail)
		"credits expired", "credits have expired", "credits has expired",
		// an application that gives up on an error it cannot recover from
		// (Grafana's "notify retry canceled due to unrecoverable error";
		// held-out batch 14-engine)
		"unrecoverable error",
		// the same in other languages (held-out batch 9-intl): a bounce's
		// "could not be delivered / sent" and "permanent error" (not the
		// bare "cannot deliver" of languages whose delay notices say it too)
		"konnte nicht zugestellt werden", "nicht zugestellt werden konnte", "permanenter fehler", "dauerhafter fehler",
		"n'a pas pu être remis", "n'a pas pu être distribué", "erreur permanente", "no se pudo entregar", "no pudo ser entregado", "error permanente",
		"non è stato possibile recapitare", "non può essere recapitato", "errore permanente", "não pôde ser entregue", "não foi possível entregar", "erro permanente",
		"nie została dostarczona", "nie mogła zostać dostarczona", "nie udalo sie wyslac", "nie udało się wysłać", "błąd trwały", "nemohla být doručena", "trvalá chyba",
		"не может быть доставлено", "постоянная ошибка",
		"不能成功的递送", "永久的错误", "永久性错误", "永久性錯誤", "恒久的なエラー", "영구적인 오류",
		"kon niet worden bezorgd", "kon niet worden afgeleverd", "kunde inte levereras", "går inte att skicka meddelandet",
		"kunne ikke leveres", "teslim edilemedi", "kalıcı hata", "nem sikerült kézbesíteni",
		// localized NDR headers and the Outlook.com NDR's first line (held-out batch 16-lang; lang16NDRFailed)
		"wurde nicht zugestellt", "empfänger oder gruppen ist fehlgeschlagen", "échec de la remise", "error al entregar a estos destinatarios",
		"impossibile recapitare", "recapito non riuscito", "falha na entrega", "не удалось доставить", "无法送达", "无法传递到以下收件人", "無法傳遞",
		"傳遞至這些收件者或群組失敗", "の配信に失敗しました", "배달하지 못했습니다", "kan niet worden bezorgd", "de bezorging is mislukt",
		"nie można dostarczyć", "dostarczenie nie powiodło się", "teslim başarısız oldu",
		// the Italian PEC notice (batch 16-lang b); Japanese "could not deliver" (batch 16-lang c)
		"mancata consegna", "届けることができませんでした", "お届けできませんでした", "配信できませんでした",
		// batch 17-lang: returned to the sender, will not be sent again (outcomeFailedWording), a bounce's reason ("退信原因";
		// not "退信率", the bounce rate given as a cause, nor "被退回" after a frequency limit: heldout16-langc),
		// a send the system marked failed ("발송 실패 처리되었습니다")
		"an den absender zurück", "zurück an den absender", "retourné à l'expéditeur", "renvoyé à l'expéditeur", "devuelto al remitente", "restituito al mittente",
		"devolvida ao remetente", "devolvido ao remetente", "teruggestuurd naar de afzender", "zwrócona do nadawcy", "возвращено отправителю", "差出人に返送",
		"退回给发件人", "退回發件人", "발신자에게 반송", "gönderene iade", "vrácena odesílateli", "tillbaka till avsändaren", "returneras till avsändaren", "returnerades till avsändaren",
		"wird nicht erneut gesendet", "ne sera pas renvoyé", "no se volverá a enviar", "non verrà inviato di nuovo", "não será reenviad", "wordt niet opnieuw verzonden",
		"nie zostanie ponownie wysłan", "не будет отправлено повторно", "再送されません", "不会重新发送", "不會重新傳送", "다시 전송되지 않습니다", "재전송되지 않습니다",
		"tekrar gönderilmeyecek", "nebude znovu odeslán", "skickas inte igen", "退信原因", "실패 처리",
		// batch 23-lang: "delivery failed" as the short headline of a localized bounce ("Zustellung fehlgeschlagen. Grund: ...",
		// "Доставка не удалась"), as the English "delivery failed" is (not Chinese "投递失败": PMail and other applications log it for an
		// attempt they retry, heldout17-netb; nor an application's "发送失败", "could not send")
		"zustellung fehlgeschlagen", "zustellung ist fehlgeschlagen", "la distribution a échoué", "la remise a échoué", "échec de la distribution", "entrega fallida", "la entrega falló",
		"consegna non riuscita", "consegna fallita", "a entrega falhou", "配信に失敗しました", "配送に失敗しました", "доставка не удалась", "bezorging mislukt",
		"aflevering mislukt", "doręczenie nie powiodło się", "doručení se nezdařilo", "leveransen misslyckades", "teslimat başarısız", "배달 실패",
		// batch 23-prov: a message said to be returned without "to the sender" (Cipnet's "Mensagem devolvida: ...")
		"mensagem devolvida", "mensagem foi devolvida", "mensaje devuelto", "mensaje fue devuelto", "message retourné", "message a été retourné", "messaggio restituito",
		// batch 24-lang (probe): Gmail's localized "Message not delivered" card headline, as its English one is final (a network cause
		// after it stays permanent: docs/explain.md's convention for Gmail's final bounce after connection failures)
		"nachricht nicht zugestellt", "message non remis", "mensaje no entregado", "messaggio non recapitato", "mensagem não entregue", "メッセージが送信されませんでした",
		"邮件未送达", "郵件未送達", "сообщение не доставлено", "bericht niet bezorgd", "wiadomość niedostarczona", "zpráva nedoručena", "meddelandet levererades inte", "ileti teslim edilmedi",
		// batch 24-lang (probe 5): Outlook's Indonesian and Bulgarian NDR headings
		"pengiriman gagal ke penerima", "доставката до тези получатели"}
	// timerWording is a client's timer that ran out ("Net::OpenTimeout:
	// execution expired", "context deadline exceeded"): a timeout, temporary,
	// although it says "expired".
	timerWording = []string{"execution expired", "timer expired", "deadline exceeded", "timeout expired", "wait timeout",
		// a device's "Connection Timeout Interval expired" (held-out batch 15-dash b)
		"interval expired", "timeout period expired", "timeout period elapsed",
		// a resolver's time limit (dnspython's "The resolution lifetime
		// expired after 5.4 seconds"; held-out batch 17-net)
		"resolution lifetime expired",
		// Windows' socket timer ("The semaphore timeout period has expired",
		// ERROR_SEM_TIMEOUT, in Exchange's queue viewer and event log;
		// held-out batch 19-codeless)
		"timeout period has expired", "semaphore timeout"}
	// otherExpiryWording: something else that expired (a certificate, a
	// password): "expired" in it says nothing about the message's class.
	// causeOutcomeWording: an outcome word that describes earlier mail
	// given as the reason ("banned because of spammy or undeliverable
	// emails", "too many bounced messages"): it says nothing of this
	// reply's own class (held-out batch 12-prov b).
	causeOutcomeWording = []string{"undeliverable emails", "undeliverable messages", "undeliverable mails", "undeliverable mail", "undeliverable e-mails",
		"undeliverable addresses", "undeliverable recipients", "bounced emails", "bounced messages", "bounced mails", "bounced e-mails"}
	otherExpiryWording = []string{"certificate has expired", "certificate expired", "is not yet valid", "password has expired", "password expired",
		"token has expired", "token expired", "credentials have expired", "session expired",
		// batch 20-lang: a certificate expired in the big languages (lang20CertificateWords)
		"zertifikat ist abgelaufen", "zertifikat abgelaufen", "certificat a expiré", "certificat expiré", "certificado ha caducado", "certificado caducado", "certificado expirado", "certificado expirou", "certificato scaduto", "certificato è scaduto", "証明書の有効期限が切れ", "証明書が期限切れ", "сертификат истек", "срок действия сертификата истек", "证书已过期", "證書已過期", "憑證已過期"}
	// loopWording: a mail loop does not end by retrying (held-out batch 5b)
	loopWording = []string{"hop count exceeded", "routing loop", "mail loop", "loop detected", "looping", "too many hops", "loops back",
		// hMailServer: a route back to the server itself (held-out batch 7)
		"connecting to myself",
		// Lotus Notes "Message has exceeded maximum hop count" (held-out batch 11-winmta)
		"maximum hop count",
		// Gordano GMS's "Exceeded hop count", the words of winmta11.hop-count (heldout23's first run)
		"exceeded hop count", "exceeded the hop count",
		// Postfix local(8)'s "mail forwarding loop for <rcpt>", Dovecot's LMTP proxy (held-out batch 17-lda)
		"forwarding loop", "loops to itself",
		// batch 17-lang b: the same in the large languages (lang17LoopWords)
		"最大跳数", "最大躍點數", "ホップ数", "홉 수", "hop-anzahl", "hopanzahl", "nombre maximal de sauts", "número máximo de saltos", "numero massimo di hop", "número máximo de saltos",
		"maximaal aantal hops", "maksymalną liczbę przeskoków", "число переходов", "atlama sayısı", "počet skoků", "antal hopp",
		"邮件回路", "郵件迴圈", "メールループ", "메일 루프", "mailschleife", "boucle de messagerie", "bucle de correo", "loop di posta", "loop de e-mail", "maillus", "pętla poczty", "почтовая петля", "posta döngüsü", "poštovní smyčka", "e-postslinga",
		// batch 22-lang: too many servers passed, a loop said without the word hop (lang22TooManyServers)
		"zu viele server", "trop de serveurs", "demasiados servidores", "troppi server", "servidores demais", "слишком много серверов",
		// batch 20-lang: the loop words lang20 added to lang17LoopWords
		"ciclo di posta", "ciclo di inoltro", "loop de mensagem", "loop de correio", "邮件循环", "郵件循環", "循环转发", "循環轉寄", "зацикливание письма", "зацикливание сообщения",
		// batch 21-lang b: too many hops between servers (Zimbra's service.TOO_MANY_HOPS in sv, tr, hu, uk, ro)
		"för många hopp", "çok sayıda hoplama", "túl sok ugrás", "надто багато переходів", "prea multe salturi", "слишком много переходов", "zbyt wiele przeskoków", "příliš mnoho skoků",
		"for mange hop", "te veel hops", "trop de sauts", "demasiados saltos", "troppi salti", "zu viele hops"}
	// statedTemporaryWording and statedPermanentWording: a bounce
	// generator's own statement of the outcome (Exim's "This is a
	// temporary error. The following address(es) deferred", qmail's and
	// Haraka's "This is a permanent error; I've given up"). It decides the
	// class of a report without a code over the other words of its
	// preamble ("could not be delivered to one or more of its recipients"
	// heads Exim's delay notices too), and makes such a report a delivery
	// outcome even when its reason is in words no rule knows.
	statedTemporaryWording = []string{"this is a temporary error", "following address(es) deferred", "will be reattempted later",
		"sender delay notification", // Postfix's bounce daemon's log of a delay warning (mta22)
		"report: delayed",           // Kerio Connect's Mail log record of a delay DSN it sent (servers23)
		// Postfix's delay notice: "THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE." (held-out batch 9-forum)
		"this is a warning only", "you do not need to resend", "will be retried until",
		// delay notices that promise more attempts (held-out batch 11-forms):
		// Gmail's "There was a temporary problem delivering your message ...
		// Gmail will retry for 44 more hours. You'll be notified if the
		// delivery fails permanently." (the conditional is no outcome),
		// Exchange's "Delivery will continue to be attempted", Sendmail's
		// "Will keep trying until message is 5 days old"
		"temporary problem delivering", "will retry for", "if the delivery fails permanently", "delivery will continue to be attempted",
		"will keep trying", "hasn't been delivered yet", "has not yet been delivered", "still undelivered after",
		// a sending platform's own bounce type: "Bounce type: Soft" (held-out batch 12-esp)
		"soft bounce", "soft-bounce", "soft_bounce", "softbounce",
		// ... and the activity name "Email Bounced Soft" (held-out batch 13-esp)
		"bounced soft", "bounce (soft)",
		// ... said as a constant (SES's TRANSIENT_BOUNCE, DELIVERY_DELAY; held-out batch 16-verdict)
		"transient bounce", "transient_bounce", "delivery_delay",
		// IIS SMTP service events 4000 and 4006, warnings logged at each
		// failed attempt while the message stays queued (Microsoft KB
		// 286673): "Message delivery to the remote domain 'd' failed for
		// the following reason: ..." (helper engine12)
		"message delivery to the remote domain", "failed while delivering to the remote domain",
		// Outlook's report of a submission the server deferred (throttled):
		// "This message could not be sent. Try sending the message again
		// later, or contact your network administrator." (held-out batch 13-gw)
		"try sending the message again later", "try sending it again later",
		// a message held until someone approves it (a moderation or
		// data-loss-prevention queue) is not refused for good (batch 13-gw b)
		"held for approval", "held for moderation", "awaiting moderation",
		// a gateway's record that states the rejection's type ("Reject
		// type: temporary", SEPPmail.cloud; held-out batch 14-gw), and a
		// message held for an administrator's review
		"reject type: temporary", "rejection type: temporary", "reject type temporary",
		// ... or its reason or status ("Blocking Reason: Temporary", Trend Micro HES; batch 14-gw b)
		"reason: temporary", "status: temporary", "type: temporary",
		"awaiting review", "held for review", "pending review",
		// ... or a release the recipient requested from it, or a challenge
		// (captcha) the sender has yet to answer (held-out batch 15-srv b)
		"release requested", "requested release", "pending release", "awaiting release",
		"captcha verification", "complete the captcha", "completed the captcha", "answer the challenge",
		// ... or for a moderator (Exchange's delivery report "PendingModeration",
		// "waiting for approval from a moderator"; held-out batch 15-dash)
		"pending moderation", "approval from a moderator", "approval of a moderator", "waiting for a moderator", "awaiting a moderator",
		// ... or held for a moderator's or an administrator's approval ("is being
		// held for moderator approval"; held-out batch 19-codeless), and a
		// mailbox quota warning sent before the mailbox is full ("Subject:
		// quota warning ... Your mailbox is now 95% full"; batch 18-lda)
		"held for moderator", "held for the moderator", "held for list moderator", "held for administrator", "held for admin",
		"quota warning",
		// Exim's freeze notice ("Message X has been frozen (delivery error
		// message). ... The following address(es) have yet to be
		// delivered") and a platform's held message ("This message has been
		// held ... It will be held until ..."): held, not returned
		// (held-out batch 19-codeless b)
		"have yet to be delivered", "has yet to be delivered", "message has been held", "will be held until",
		// Mailman's "Is being held until the list moderator can review it for approval" (batch 15-dash b)
		"being held until", "until the list moderator", "until a moderator",
		// ... a post forwarded to a list's moderators (Sympa), and a list its
		// owner holds (LISTSERV's "Distribution postponed because list is
		// held"): the message waits (held-out batch 16-lda)
		"forwarded to the list moderator", "forwarded to the moderator", "sent to the list moderator", "awaits moderator", "awaiting moderator",
		"list is held", "distribution postponed",
		// Majordomo's referral to the list owner for approval (batch 16-lda b)
		"approval required", "non-member submission", "taboo body match", "taboo header",
		// ... and a post that looks like a command ("Admin request of type
		// /^subscribe\b/i at line 3"; held-out batch 18-lda)
		"admin request of type",
		// ... or a gateway's dead letter, held for its administrator (batch 15-srv c)
		"dead letter", "deadletter", "dead-letter",
		// fetchmail leaves a message it could not hand on at the server
		// ("SMTP server requires STARTTLS, keeping message."; batch 17-lda)
		"keeping message", "keeping the message"}
	statedPermanentWording = []string{"this is a permanent error",
		// Kerio Connect's Mail log record of a DSN it sent for a failure
		// ("Service: DSN, ..., Report: failed"; servers23)
		"report: failed", "i've given up", "i have given up",
		// a gateway's report titled so (held-out batch 13-gw: "This is a
		// email delivery failure notification.")
		"delivery failure notification",
		// a gateway's audit of a refused message ("Refused email - Result:
		// ...", held-out batch 13-gw b)
		"refused email", "email was refused",
		// Gmail's final bounce is titled "Message not delivered" (its delay
		// notice "Delivery incomplete"), also when the flattened text ends
		// in a connection failure (helper engine12)
		"message not delivered",
		// Exchange's NDR headline "Delivery has failed to these recipients or
		// groups:" (its delay notice says "Delivery is delayed"; held-out batch 22-mta)
		"delivery has failed to these recipients",
		// Postfix's bounce daemon's log of the non-delivery report it sent (mta22)
		"sender non-delivery notification",
		// ... and the report's subject, over the 4xx it quotes (common25's report-level convention)
		"undelivered mail returned to sender",
		// OpenSMTPD's bounce for failures (its delay notice says "A message is delayed"; held-out batch 11-winmta b)
		"an error has occurred while attempting to deliver a message for",
		// a sending platform's own bounce type ("Email hard bounce reason:
		// Other") and its recipient status "is undeliverable": the outcome,
		// whatever the reason says (held-out batch 12-esp)
		"hard bounce", "hard-bounce", "hard_bounce", "hardbounce", "bounce (hard)", "status is undeliverable", "recipient is undeliverable", "address is undeliverable",
		// ... said as a constant (SES's PERMANENT_BOUNCE; an UNDETERMINED_BOUNCE came back too; held-out batch 16-verdict)
		"permanent bounce", "permanent_bounce", "undetermined bounce", "undetermined_bounce",
		// Haraka's outbound bounce reason for recipients the remote server
		// refused, without the reply ("Error: Some recipients failed: <a>";
		// held-out batch 13-forum)
		"some recipients failed",
		// a gateway's record that states the rejection's type (held-out batch 14-gw)
		"reject type: permanent", "rejection type: permanent", "reject type permanent",
		"reason: permanent", "status: permanent", "type: permanent",
		// Exchange's NDR sentence "This message wasn't delivered to anyone
		// because ..." (held-out batch 14-gw)
		"wasn't delivered to anyone", "was not delivered to anyone",
		// a help desk's or dashboard's banner "Email not delivered" (Gladly's
		// conversation timeline, after its retries stopped; held-out batch 15-dash)
		"email not delivered", "e-mail not delivered", "mail not delivered"}
	// fixThenRetryWording: "try again" after a change the reader must make
	// ("reduce the message size and try again") is no temporary failure.
	fixThenRetryWording = []string{"and try again", "then try again",
		// the same in the languages of localized clients (held-out batch
		// 12-intl: Thunderbird's "verifique se as configurações ... estão
		// corretas e tente novamente")
		"e tente novamente", "e tente de novo", "e riprovare", "e riprova", "en probeer het opnieuw", "i spróbować ponownie",
		"a następnie spróbować ponownie", "i spróbuj ponownie", "и попробуйте снова", "и повторите попытку", "і спробуйте знову",
		"a zkuste to znovu", "edip yeniden deneyin", "und versuchen sie es", "et réessayez", "puis réessayez", "y vuelva a intentarlo",
		"然后再试", "然后重试", "并稍后重试", "再度試", "다시 시도해", "és próbálja újra", "και δοκιμάστε ξανά", "și încercați din nou",
		"ja yritä uudelleen", "och försök igen", "og prøv igen", "og prøv på nytt", "và thử lại", "dan coba lagi",
		// credentials refused: "try again" means with the right ones (Shaw's
		// webmail "Login failed. Please try again. Invalid credentials.";
		// held-out batch 20-prov)
		"invalid credentials", "incorrect password", "wrong password"}
	// bareRetryWording: the temporary words that such a change before them
	// makes no temporary failure.
	bareRetryWording = []string{"try again", "tente novamente", "spróbuj ponownie", "повторите попытку"}
	// stillQueuedWording says that the message is still queued and being
	// retried: a delay notice, not an expiry, whatever else it quotes.
	stillQueuedWording = []string{"message delayed", "delivery delayed", "delivery has been delayed", "has been delayed", "will be retried",
		"will retry", "still trying", "will keep trying", "no action is required",
		// Postfix's delay notice (held-out batch 9-forum): its "could not be delivered for more than 4 hour(s)" is no expiry
		"this is a warning only", "you do not need to resend",
		// a delivery "not made yet" is a delay, not a refusal (session 10: "has not been delivered" read as permanent)
		"not been delivered yet", "not yet been delivered", "not delivered yet", "still undelivered", "delivery is delayed"}
	// permanentWeakWording: words of a refusal that waiting does not lift,
	// unless the wording says it is deferred. A limit per period (daily,
	// per day) is not among them: without a code it lifts by itself and is
	// transient; with one, the code says (docs/explain.md "Labelling
	// conventions", final19).
	permanentWeakWording = []string{
		// cPanel discards the mail of a domain over its hourly defers-and-failures limit (held-out batch 7b)
		"max defers and failures",
		// credits used up do not come back by waiting (held-out batch 9-esp b)
		"sufficient credits", "enough credits", "out of credits", "no credits left", "credits exceeded", "maximum credits",
		// a client's summary that the server refused every recipient (held-out batch 11-apps)
		"all recipients were rejected", "all recipients were refused",
		// the same in localized webmail (held-out batch 13-intl: SOGo's "wszyscy odbiorcy zostali odrzuceni")
		"wszyscy odbiorcy zostali odrzuceni", "alle empfänger wurden abgelehnt", "tous les destinataires ont été refusés",
		"todos los destinatarios fueron rechazados", "tutti i destinatari sono stati rifiutati", "todos os destinatários foram recusados",
		"alle ontvangers zijn geweigerd", "všichni příjemci byli odmítnuti", "все получатели отклонены", "所有收件人都被拒绝",
		"すべての宛先が拒否されました", "모든 수신자가 거부되었습니다",
		// a client's report that the server refused the message, and Exim's 503 after every RCPT TO was
		// refused: a refusal, unless words of a temporary one say otherwise (held-out batch 11-lib)
		"rejected by the server", "rejected by the mail server", "rejected by server", "all rcpt commands were rejected",
		// a cap on one message's (one API call's) recipients does not lift by waiting (held-out batch 12-esp b)
		"recipients count exceeds", "recipient count exceeds", "number of recipients exceeds", "number of email addresses exceeds",
		"maximum recipient count",
		// ... as a sending API's error with its cap ("Too many recipients, max is 1000": heldout19)
		"too many recipients, max", "too many recipients; max", "too many recipients (max", "too many recipients. max",
		// ... also worded as a number of recipients per message (held-out batch 14-gw)
		"recipients per message", "recipients per e-mail", "recipients per email", "recipients in one message",
		// a plan's limit lifts by upgrading the plan, not by waiting (held-out batch 13-esp)
		// (common26: "upgrade your plan" only to add stock - contacts,
		// subscribers -, not as advice beside a sending quota, which renews
		// with its period: the limit-per-period convention)
		"upgrade to a higher", "need to upgrade", "needs to upgrade", "upgrade your plan to add", "upgrade to a paid"}
	// senderWording says that a refusal is about the envelope sender.
	senderWording = []string{"sender address rejected", "sender was rejected", "sender rejected", "sender refused", "sender address refused",
		"sender verify fail", "sender verification failed", // Exim's log says "sender verify fail for <addr>" "sender address is invalid", "invalid sender", "envelope sender",
		"mail from address", "return-path address", "return path address", "sender unknown", "unknown sender",
		// Haraka's "No MX for your FROM address" (held-out batch 5c)
		"your from address", "from address domain", "mail from domain"}
)

// naturalClass is the class of a category when the wording does not say:
// an unknown recipient, a full mailbox (the message came back), a refused
// relay do not go away by themselves; a rate limit, greylisting, a network
// or server problem do. A TLS failure without a code is a client's or
// library's own (it raises and nothing resends until a setting changes:
// permanent); an MTA's TLS deferral says so in its own words
// (mtaTLSDeferralWording: transient) (docs/explain.md, "Classes").
var naturalClass = lazy.Value[map[Category]Class]{New: func() map[Category]Class {
	return map[Category]Class{
		UserUnknown: ClassPermanent, MailboxFull: ClassPermanent, MailboxDisabled: ClassPermanent, Moved: ClassPermanent,
		HostUnknown: ClassPermanent, RelayDenied: ClassPermanent, AuthRequired: ClassPermanent, AuthFailed: ClassPermanent,
		TLSRequired: ClassPermanent, SenderAuth: ClassPermanent, Reputation: ClassPermanent, SpamContent: ClassPermanent,
		Virus: ClassPermanent, Policy: ClassPermanent, SenderInvalid: ClassPermanent, MessageTooBig: ClassPermanent,
		RFCNoncompliant: ClassPermanent, Syntax: ClassPermanent, Expired: ClassPermanent, PTRRequired: ClassPermanent,
		Success:     ClassSuccess,
		RateLimited: ClassTransient, Greylisted: ClassTransient, Network: ClassTransient, ServerError: ClassTransient,
	}
}}

// tlsRetryWording reports whether w, a temporary wording, says that a TLS
// failure without a code is retried: an MTA's own deferral text or a
// library's "retrying". The generic time words describe a certificate
// there, not a delivery ("x509: certificate has expired or is not yet
// valid", "temporarily enable Common Name matching"): the codeless-TLS
// convention decides (docs/explain.md, "Input without a reply code").
func tlsRetryWording(w string) bool {
	return slices.Contains(mtaTLSDeferralWording, w) || slices.Contains(libraryTemporaryWording, w)
}

// wordingClass infers the class of a reply without a code: from wording
// that says it, else from the category; marker is the wording found.
func (e *engine) wordingClass(set *patternSet, cat Category) (Class, string) {
	// a rule that found a delivery decides the class: other words of the
	// text are about something else ("discarded duplicate vacation
	// response": the auto-reply was not sent, the message was delivered;
	// held-out batch 17-lda b)
	if cat == Success {
		return ClassSuccess, ""
	}
	if c, marker := e.statedClass(set); c != ClassUnknown {
		return c, marker
	}
	for _, id := range e.timerIDs {
		if set.has(id) {
			return ClassTransient, e.m.pattern(id)
		}
	}
	for _, id := range e.loopIDs {
		if set.has(id) {
			return ClassPermanent, e.m.pattern(id)
		}
	}
	// A delay notice says the message is still queued and retried; its
	// permanent words are about a future that has not come ("you'll be
	// notified if the delivery fails permanently", Gmail's "Delivery
	// incomplete", held-out batch 10). (A bounce generator's own statement
	// of a delay, statedTemporaryWording, decided above.)
	for _, id := range e.queuedIDs {
		if set.has(id) {
			return ClassTransient, e.m.pattern(id)
		}
	}
	otherExpiry := false
	for _, id := range e.otherExpIDs {
		otherExpiry = otherExpiry || set.has(id)
	}
	causeOutcome := false
	for _, id := range e.causeOutIDs {
		causeOutcome = causeOutcome || set.has(id)
	}
	for _, id := range e.permIDs {
		if set.has(id) && !(otherExpiry && e.m.pattern(id) == "expired") &&
			!(causeOutcome && (e.m.pattern(id) == "undeliverable" || e.m.pattern(id) == "bounced")) {
			return ClassPermanent, e.m.pattern(id)
		}
	}
	// a block of the client after failed logins lifts after its period
	// (rules_codeless21.go; docs/explain.md "Labelling conventions")
	if cat == AuthFailed {
		if id := set.first(e.loginBanIDs); id >= 0 {
			return ClassTransient, e.m.pattern(id)
		}
	}
	fixThenRetry := false
	for _, id := range e.fixRetryIDs {
		fixThenRetry = fixThenRetry || set.has(id)
	}
	for _, id := range e.tempIDs {
		if set.has(id) && !(fixThenRetry && slices.Contains(bareRetryWording, e.m.pattern(id))) &&
			!(otherExpiry && e.m.pattern(id) == "not yet") && // (a certificate "not yet valid": held-out batch 14-engine b)
			(cat != TLSRequired || tlsRetryWording(e.m.pattern(id))) {
			return ClassTransient, e.m.pattern(id)
		}
	}
	for _, id := range e.permWeakIDs {
		if set.has(id) {
			return ClassPermanent, e.m.pattern(id)
		}
	}
	if c, ok := naturalClass.Get()[cat]; ok {
		return c, ""
	}
	// a refusal that gives no reason and no time: permanent (rules_prov11.go)
	if cat == Unknown {
		for _, id := range e.refusalIDs {
			if set.has(id) {
				return ClassPermanent, e.m.pattern(id)
			}
		}
		// a delivery or a sending that failed, or a message queued again,
		// stated without its cause (outcome.go)
		if c, w := e.statedOutcome(set); c != ClassUnknown {
			return c, w
		}
	}
	return ClassUnknown, ""
}

// statedClass is the class a bounce generator states in so many words
// (statedTemporaryWording, statedPermanentWording); permanent wins.
func (e *engine) statedClass(set *patternSet) (Class, string) {
	for _, id := range e.statedPerm {
		if set.has(id) {
			return ClassPermanent, e.m.pattern(id)
		}
	}
	for _, id := range e.statedTemp {
		if set.has(id) {
			return ClassTransient, e.m.pattern(id)
		}
	}
	return ClassUnknown, ""
}

// contextSaysExpired reports whether the words around a reply say that the
// message's queue lifetime ran out: the rule that explains them on their own
// is one of the expired category (its exclusions apply: "password has
// expired" is not a queue expiry).
func (e *engine) contextSaysExpired(ctx string) bool {
	if len(ctx) > maxExplainText {
		ctx = ctx[:maxExplainText]
	}
	var set patternSet
	var foundBuf [16]int32
	found := e.m.scan(ctx, &set, foundBuf[:0])
	if len(found) == 0 {
		return false
	}
	if e.stillQueued(&set) {
		return false // a delay notice quoting the last error
	}
	best := e.match(&set, found, matchInput{}, nil)
	return best != nil && best.Cat() == Expired
}

// attemptsLimitOnly reports words around a reply that give up after a count
// of delivery attempts ("Maximum number of delivery attempts exceeded",
// "retry limit reached", "after 5 retries") and say nothing of time. By the attempts-limit
// convention (docs/explain.md, settled by common26) the quoted reply is then
// the cause: the attempts all failed on it, and no queue lifetime ran out
// (RFC 3463's X.4.7 is "delivery time expired"). Time words ("expired",
// "timeout", "too long", "days") keep the expiry.
func attemptsLimitOnly(ctx string) bool {
	l := strings.ToLower(ctx)
	// a client library's own retry count ("{error,retries_exceeded,
	// {temporary_failure,...}}", Go's "Max connection attempts exceeded -
	// 454 ...") gives up on this send, not on a queued message: the reply's
	// own class stands (the corpus reads these transient)
	if strings.Contains(l, "_exceeded") || strings.Contains(l, "retries_") || strings.Contains(l, "connection attempts") {
		return false
	}
	// a count of attempts that reached its limit, not an attempt's number
	// (a JSON record's "attempt":2 of a delivery still retried)
	if !strings.Contains(l, "attempts") && !strings.Contains(l, "retries") && !strings.Contains(l, "retry limit") &&
		!strings.Contains(l, "retry count") && !strings.Contains(l, "tries") {
		return false
	}
	limit := false
	for _, w := range []string{"maximum", "max ", "limit", "exceeded", "exhausted", "reached", " after ", "count"} {
		limit = limit || strings.Contains(l, w)
	}
	if !limit {
		return false
	}
	for _, w := range attemptsLimitTimeWords {
		if strings.Contains(l, w) {
			return false
		}
	}
	return true
}

// attemptsGaveUp reports words around a reply that say the attempts ended
// ("Delivery failed after 10 retries", "retry count exceeded"), not that
// one more is coming.
func attemptsGaveUp(ctx string) bool {
	l := strings.ToLower(ctx)
	for _, w := range []string{"exceeded", "reached", "exhausted", "failed after", "bounced after", "gave up", "giving up", "dropped", "undeliverable after"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// quotesTempReply reports a temporary reply code (4xx followed by a space,
// a hyphen or a quote) inside a text.
func quotesTempReply(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if s[i] == '4' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\'' || s[i-1] == '"' || s[i-1] == ':' || s[i-1] == '(') &&
			s[i+1] >= '0' && s[i+1] <= '9' && s[i+2] >= '0' && s[i+2] <= '9' && (s[i+3] == ' ' || s[i+3] == '-' || s[i+3] == '\'') {
			return true
		}
	}
	return false
}

// attemptsLimitTimeWords say that a time ran out (the expiry convention).
var attemptsLimitTimeWords = []string{"expire", "timeout", "time out", "timed out", "too long", "too old", "lifetime", " days", " hours", "day(s)", "hour(s)", "time limit", "retry period"}

// contextStatedClass is the class the words around a reply state in so
// many words (statedClass), unless they say the message is still queued.
func (e *engine) contextStatedClass(ctx string) (Class, string) {
	if len(ctx) > maxExplainText {
		ctx = ctx[:maxExplainText]
	}
	var set patternSet
	var foundBuf [16]int32
	if found := e.m.scan(ctx, &set, foundBuf[:0]); len(found) == 0 || e.stillQueued(&set) {
		return ClassUnknown, ""
	}
	return e.statedClass(&set)
}

// contextStillQueued reports whether the words around a reply say the
// message is still queued and retried (stillQueued), and state no final
// outcome (statedClass) beside it.
func (e *engine) contextStillQueued(ctx string) bool {
	if len(ctx) > maxExplainText {
		ctx = ctx[:maxExplainText]
	}
	var set patternSet
	var foundBuf [16]int32
	if found := e.m.scan(ctx, &set, foundBuf[:0]); len(found) == 0 || !e.stillQueued(&set) {
		return false
	}
	c, _ := e.statedClass(&set)
	return c != ClassPermanent
}

// stillQueued reports wording that says the message is still being retried.
func (e *engine) stillQueued(set *patternSet) bool {
	for _, id := range e.queuedIDs {
		if set.has(id) {
			return true
		}
	}
	return false
}

// senderSide reports wording that makes a refusal one of the envelope sender.
func (e *engine) senderSide(set *patternSet) bool {
	for _, id := range e.senderIDs {
		if set.has(id) {
			return true
		}
	}
	return false
}

// senderSideSummary says what a recipient-side category means when the
// refusal is about the envelope sender (stage MAIL FROM, or sender wording).
var senderSideSummary = lazy.Value[map[Category]string]{New: func() map[Category]string {
	return map[Category]string{
		UserUnknown:     "The server refused the envelope sender (MAIL FROM): the sender address does not exist or could not be verified (sender address verification). The refusal is about the sender, not the recipient.",
		HostUnknown:     "The server refused the envelope sender (MAIL FROM): the sender's domain does not exist or accepts no mail, so nobody could receive a bounce. The refusal is about the sender, not the recipient.",
		MailboxDisabled: "The server refused the envelope sender (MAIL FROM): the sender's mailbox is disabled there. The refusal is about the sender, not the recipient.",
		Moved:           "The server refused the envelope sender (MAIL FROM): the sender address is no longer valid there. The refusal is about the sender, not the recipient.",
	}
}}

func appendNote(note, s string) string {
	if note == "" {
		return s
	}
	return note + " " + s
}

// whyOf describes the matching rules for --explain-why, best first.
func (e *engine) whyOf(ms []ruleMatch, winner *crule, decided string, set *patternSet) *Why {
	w := &Why{Decided: decided, Rules: []WhyRule{}}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].rank.better(ms[j].rank) })
	for i, m := range ms {
		wr := WhyRule{Rule: m.r.ID(), Category: m.r.Cat(), Evidence: m.rank.evidence, Matched: e.evidenceOf(m.r, set)}
		switch m.rank.tier {
		case 2:
			wr.Tier = "strong"
		case 1:
			wr.Tier = "weak"
		default:
			wr.Tier = "no-verdict"
		}
		wr.Won = m.r == winner
		if i > 0 {
			top := ms[0].rank
			switch {
			case m.rank.tier < top.tier:
				wr.Lost = "a lower tier than " + ms[0].r.ID() + " (" + tierName(m.rank.tier) + " < " + tierName(top.tier) + ")"
			case m.rank.evidence < top.evidence:
				wr.Lost = "less evidence than " + ms[0].r.ID() + " (" + itoa(m.rank.evidence) + " < " + itoa(top.evidence) + ")"
			case m.rank.catPrec > top.catPrec:
				wr.Lost = "equal evidence; " + string(ms[0].r.Cat()) + " is a narrower category than " + string(m.r.Cat())
			default:
				wr.Lost = "equal evidence and category; " + ms[0].r.ID() + " stands first in the table"
			}
		} else if winner == nil {
			wr.Lost = "the enhanced or basic code decided: " + decided
		}
		w.Rules = append(w.Rules, wr)
	}
	return w
}

func tierName(t int) string {
	switch t {
	case 2:
		return "strong"
	case 1:
		return "weak"
	}
	return "no-verdict"
}

// evidenceOf lists what a matching rule matched on.
func (e *engine) evidenceOf(r *crule, set *patternSet) []string {
	var out []string
	for _, id := range e.ids(r.any) {
		if set.has(id) {
			out = append(out, "\""+e.m.pattern(id)+"\"")
		}
	}
	for _, id := range e.ids(r.with) {
		if set.has(id) {
			out = append(out, "\""+e.m.pattern(id)+"\"")
		}
	}
	for _, id := range e.ids(r.all) {
		out = append(out, "\""+e.m.pattern(id)+"\"")
	}
	if enh := r.Enh(); len(enh) > 0 {
		if len(enh) > 3 || len(enh) == 1 && enhFirst(enh[0]) != enh[0] {
			out = append(out, "enhanced code "+enhFirst(enh[0])+"…"+enhLast(enh[len(enh)-1]))
		} else {
			out = append(out, "enhanced code "+strings.Join(enh, "|"))
		}
	}
	if r.Prov() != "" {
		out = append(out, "provider "+r.Prov())
	}
	if r.ESP() != "" {
		out = append(out, "the service's field "+r.ESP())
	}
	if r.codes.n > 0 {
		cs := make([]string, r.codes.n)
		for i, c := range r.codeList() {
			cs[i] = itoa(int(c))
		}
		out = append(out, "code "+strings.Join(cs, "|"))
	}
	if r.AtRcpt() {
		out = append(out, "stage RCPT TO")
	}
	if r.hasStages() {
		out = append(out, "stage "+strings.Join(r.Stages(), "|"))
	}
	return out
}

// recognisedWording reports whether text, which carries no code, has
// wording that some rule explains (a delivery outcome).
func recognisedWording(text string) bool {
	if len(text) > maxExplainText {
		text = text[:maxExplainText]
	}
	if standardTextCode(text) != 0 {
		return true // RFC 5321's standard text of a code stands for it
	}
	e := theEngine()
	var set patternSet
	var buf [32]int32
	found := e.m.scan(withoutJSONKeys(plainQuotes(text)), &set, buf[:0])
	if w := identifierWords(text) + textIdentifierWords(text) + codeless22KebabWords(text); w != "" {
		found = e.m.scan(w, &set, found)
	}
	found = e.familyTokens(text, &set, found)
	esp := espTokens(text)
	if len(found) == 0 && len(esp) == 0 {
		return jsonHTTPStatus(text) != 0 || bareOutcomeEvent(text) || codeless18Outcome(text) // an API's JSON answer that carries its HTTP status (held-out batch 12-esp b)
	}
	if jsonHTTPStatus(text) != 0 {
		return true
	}
	if c, _ := e.statedClass(&set); c != ClassUnknown {
		return true // a bounce that states its outcome, whatever its reason
	}
	if c, _ := espClass(esp); c != ClassUnknown {
		return true // a service's event whose type states the outcome ("Bounce type: Hard"), whatever its reason (held-out batch 12-esp)
	}
	if e.statesOutcome(&set) {
		return true // a delivery outcome without its cause (outcome.go)
	}
	return e.match(&set, found, matchInput{provider: e.detectProvider("", &set), esp: esp}, nil) != nil || bareOutcomeEvent(text) ||
		codeless18Outcome(text) // a failure word with a word of mail (rules_codeless18.go)
}

// clip shortens s to at most n bytes (on a rune boundary), marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// refusedGreetingDeferred reports Postfix's wording for a 5xx greeting it
// skipped ("refused to talk to me"), as it logs or queues it: in a log line
// (postfix/smtp), in its deferral ("delivery temporarily suspended"), or
// alone ("host X refused to talk to me: 554 ..."), when nothing says the
// message bounced. By default (smtp_skip_5xx_greeting = yes) Postfix tries
// the next MX and defers. The same words after a recipient in a bounce
// report ("<rcpt>: host X refused to talk to me: 550 ...") are the final
// reason (the convention is in docs/explain.md, "Labelling conventions").
func refusedGreetingDeferred(input string) bool {
	i := indexFold(input, "refused to talk to me")
	if i < 0 || indexFold(input, "status=bounced") >= 0 || indexFold(input, "action: failed") >= 0 {
		return false
	}
	// (Postfix's own words for the deferral say so without a log prefix:
	// held-out batch 9b; an expiry bounce says Action: failed)
	if indexFold(input, "postfix/") >= 0 || indexFold(input, "delivery temporarily suspended") >= 0 {
		return true
	}
	// Postfix's delay notice ("THIS IS A WARNING ONLY", Action: delayed)
	// reports the greeting it skipped while the message stays queued
	// (held-out batch 24-common; the convention in docs/explain.md)
	if indexFold(input, "this is a warning only") >= 0 || indexFold(input, "action: delayed") >= 0 {
		return true
	}
	// the reply alone, or after a log's queue id: no recipient stands
	// before "host X" (a bounce report names one, "<rcpt>: host X", its
	// line wrapped before "refused" or not)
	for h := i - len("host "); h >= 0; h-- {
		if hasFoldPrefix(input[h:i], "host ") {
			// the reason in parentheses, as Postfix's queue listing (mailq)
			// writes it under the queue id and the sender's address: the
			// message is queued (held-out batch 20-prov)
			return strings.IndexByte(input[:h], '@') < 0 || h > 0 && input[h-1] == '('
		}
	}
	// the host's name without "host " before it (a bounce's wrapped line
	// pasted from the name on, "mx01.example[192.0.2.5] refused to talk to
	// me: 554-..."): alone too, unless a recipient stands before it
	// (held-out batch 20-common)
	return strings.IndexByte(input[:i], '@') < 0
}

// sendmailGaveUp reports sendmail's log of the notice it sends when a queued
// message's time ran out ("<qid>: <new qid>: sender notify: Cannot send message
// for 5 days", "DSN: Cannot send message for 5 days"): logged after the last
// "stat=Deferred" line, it says the message came back, whatever that line says
// (held-out batch 24-common).
func sendmailGaveUp(input string) bool {
	return indexFold(input, "sender notify: cannot send message for") >= 0 || indexFold(input, "dsn: cannot send message for") >= 0 ||
		indexFold(input, "return to sender: cannot send message for") >= 0
}
