package spf

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/smtpgw/smtpgw/resolver"
)

// Limits of RFC 7208 §4.6.4 and of the walk. The walk continues past the
// RFC limits so that it can say by how much a record exceeds them, but stops
// at the walk limits, so include loops and huge trees end with a finding.
const (
	LookupLimit     = 10 // DNS-querying terms per check_host() evaluation (§4.6.4)
	VoidLookupLimit = 2  // lookups answering NXDOMAIN or no records (§4.6.4)
	MXNameLimit     = 10 // names in an MX answer consulted by "mx" (§4.6.4)
	PTRNameLimit    = 10 // names in a PTR answer consulted by "ptr" (§4.6.4)

	MaxDepth      = 12   // include/redirect nesting walked
	MaxRecords    = 64   // SPF records fetched in one walk
	MaxQueries    = 200  // DNS queries in one walk
	MaxTotalTerms = 2000 // terms over all records of the tree
	// UDPRiskSize: TXT answers above this may not fit a 512-octet UDP answer
	// with the rest of the message (RFC 7208 §3.4 advises 450).
	UDPRiskSize = 450
)

// Lookup errors.
var (
	ErrNoRecord        = errors.New("no SPF record")                        // §4.5: result none
	ErrMultipleRecords = errors.New("more than one SPF record (permerror)") // §4.5
)

// Fetched is the result of fetching the SPF record of one domain.
type Fetched struct {
	Domain   string
	TXT      [][]string       // every TXT record, its strings unjoined, as received
	SPF      [][]string       // the TXT records that are SPF records
	Text     string           // the SPF record's strings concatenated (§3.3), when exactly one
	NXDomain bool             // the name does not exist
	Answer   *resolver.Answer // the DNS answer, for evidence; nil on network errors
}

// Evidence returns the answer records as received.
func (f *Fetched) Evidence() []string {
	if f == nil {
		return nil
	}
	return f.Answer.Evidence(f.Domain)
}

// Lookup fetches the TXT records of domain and selects its SPF record (RFC
// 7208 §4.4, §4.5). It returns ErrNoRecord when there is none (including
// NXDOMAIN), ErrMultipleRecords when there are several, and a
// *resolver.Error when DNS failed (check_host() would give temperror).
func Lookup(ctx context.Context, r *resolver.Resolver, domain string) (*Fetched, error) {
	f := &Fetched{Domain: strings.TrimSuffix(domain, ".")}
	txts, ans, err := r.TXT(ctx, domain)
	f.Answer = ans
	if err != nil {
		if resolver.IsNXDomain(err) {
			f.NXDomain = true
			return f, ErrNoRecord
		}
		return f, err
	}
	f.TXT = txts
	for _, t := range txts {
		if IsSPF(strings.Join(t, "")) {
			f.SPF = append(f.SPF, t)
		}
	}
	switch len(f.SPF) {
	case 0:
		return f, ErrNoRecord
	case 1:
		f.Text = strings.Join(f.SPF[0], "")
		return f, nil
	}
	return f, ErrMultipleRecords
}

// Node is one SPF record in the include/redirect tree.
type Node struct {
	Domain  string
	Via     string // the term that led here: "include:_spf.example.test", "redirect=..."; "" for the root
	Fetched *Fetched
	Record  *Record
	Err     error // lookup or parse error of this record
	Loop    bool  // Domain is already on the path from the root: not walked again
	Skipped string
	Terms   []*TermResult
	Parent  *Node
	depth   int
}

// Path returns the chain from the root to n, "a.test → include:b.test".
func (n *Node) Path() string {
	var parts []string
	for x := n; x != nil; x = x.Parent {
		if x.Via == "" {
			parts = append(parts, x.Domain)
		} else {
			parts = append(parts, x.Via)
		}
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, " → ")
}

// TermResult is what the walk learnt about one DNS-querying term.
type TermResult struct {
	Text     string // as written
	Redirect bool   // the redirect= modifier
	Child    *Node  // include / redirect target
	Void     string // non-empty: the lookup was void ("NXDOMAIN", "no records")
	MXNames  int    // "mx": names in the MX answer
	Err      error  // DNS failure of the term's lookup
	Macro    bool   // the target depends on the message; not resolved
	Ignored  bool   // redirect ignored because the record has "all" (§6.1)
	Order    int    // 1-based position in the evaluation order of lookups
}

// Analysis is the result of Walk.
type Analysis struct {
	Domain      string
	Root        *Node
	Lookups     int // DNS-querying terms in evaluation order over the whole tree
	VoidLookups int
	// OverLimit is the path of the term that took Lookups past LookupLimit,
	// "a.test → include:b.test → include:c.test (11th lookup)"; "" when within.
	OverLimit string
	Loops     []string // paths that lead back to a domain on themselves
	Truncated []string // why parts of the tree were not walked (walk limits)
	queries   atomic.Int64
	records   atomic.Int64
	terms     atomic.Int64
	memoMu    sync.Mutex
	memo      map[string]*memoEntry
}

type memoEntry struct {
	done chan struct{}
	f    *Fetched
	rec  *Record
	err  error
}

// Walk fetches the SPF record of domain and walks its include and redirect
// terms recursively through r, counting DNS-querying terms and void lookups
// as check_host() would if it evaluated every term (RFC 7208 §4.6.4). The
// subtrees of a record are walked concurrently; each record is fetched once.
func Walk(ctx context.Context, r *resolver.Resolver, domain string) *Analysis {
	domain = strings.ToLower(strings.TrimSuffix(domain, "."))
	a := &Analysis{Domain: domain, memo: map[string]*memoEntry{}}
	a.Root = &Node{Domain: domain}
	a.walk(ctx, r, a.Root)
	a.count(a.Root)
	return a
}

func (a *Analysis) fetch(ctx context.Context, r *resolver.Resolver, domain string) (*Fetched, *Record, error) {
	key := strings.ToLower(domain)
	a.memoMu.Lock()
	if e, ok := a.memo[key]; ok {
		a.memoMu.Unlock()
		<-e.done
		return e.f, e.rec, e.err
	}
	e := &memoEntry{done: make(chan struct{})}
	a.memo[key] = e
	a.memoMu.Unlock()
	a.queries.Add(1)
	e.f, e.err = Lookup(ctx, r, domain)
	if e.err == nil {
		e.rec, e.err = Parse(e.f.Text)
	}
	close(e.done)
	return e.f, e.rec, e.err
}

func (a *Analysis) onPath(n *Node, domain string) bool {
	for x := n; x != nil; x = x.Parent {
		if strings.EqualFold(x.Domain, domain) {
			return true
		}
	}
	return false
}

func (a *Analysis) walk(ctx context.Context, r *resolver.Resolver, n *Node) {
	if a.records.Add(1) > MaxRecords {
		n.Skipped = "more than " + itoa(MaxRecords) + " records in the tree"
		return
	}
	n.Fetched, n.Record, n.Err = a.fetch(ctx, r, n.Domain)
	if n.Record == nil {
		return
	}
	rec := n.Record
	if a.terms.Add(int64(len(rec.Directives))) > MaxTotalTerms {
		n.Skipped = "more than " + itoa(MaxTotalTerms) + " terms in the tree"
		return
	}
	var wg sync.WaitGroup
	for _, d := range rec.Directives {
		if !d.Lookup() {
			continue
		}
		tr := &TermResult{Text: d.Text}
		n.Terms = append(n.Terms, tr)
		target := d.DomainSpec
		if target == "" {
			target = n.Domain
		}
		if HasMacro(target) {
			tr.Macro = true
			continue
		}
		switch d.Mechanism {
		case MechInclude:
			a.child(ctx, r, n, tr, "include:"+d.DomainSpec, target, &wg)
		case MechA, MechExists:
			wg.Add(1)
			go func() {
				defer wg.Done()
				if !a.spend() {
					return
				}
				ips, err := r.IPs(ctx, target, true, d.Mechanism == MechA)
				tr.Void, tr.Err = voidOf(len(ips), err)
			}()
		case MechMX:
			wg.Add(1)
			go func() {
				defer wg.Done()
				if !a.spend() {
					return
				}
				mxs, _, err := r.MX(ctx, target)
				tr.MXNames = len(mxs)
				tr.Void, tr.Err = voidOf(len(mxs), err)
			}()
		case MechPTR:
			// Depends on the client address: nothing to resolve statically.
		}
	}
	if rec.Redirect != "" {
		tr := &TermResult{Text: "redirect=" + rec.Redirect, Redirect: true}
		n.Terms = append(n.Terms, tr)
		switch {
		case rec.All() != nil:
			tr.Ignored = true // §6.1
		case HasMacro(rec.Redirect):
			tr.Macro = true
		default:
			a.child(ctx, r, n, tr, tr.Text, rec.Redirect, &wg)
		}
	}
	wg.Wait()
}

func (a *Analysis) spend() bool { return a.queries.Add(1) <= MaxQueries }

func (a *Analysis) child(ctx context.Context, r *resolver.Resolver, n *Node, tr *TermResult, via, target string, wg *sync.WaitGroup) {
	c := &Node{Domain: strings.ToLower(strings.TrimSuffix(target, ".")), Via: via, Parent: n, depth: n.depth + 1}
	tr.Child = c
	switch {
	case a.onPath(n, c.Domain):
		c.Loop = true
	case c.depth > MaxDepth:
		c.Skipped = "nested deeper than " + itoa(MaxDepth) + " levels"
	case a.queries.Load() >= MaxQueries:
		c.Skipped = "more than " + itoa(MaxQueries) + " DNS queries"
	default:
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.walk(ctx, r, c)
		}()
	}
}

// voidOf classifies a lookup for the void-lookup limit (§4.6.4): NXDOMAIN or
// a successful answer with no records. Other errors are returned.
func voidOf(n int, err error) (string, error) {
	if err != nil {
		if resolver.IsNXDomain(err) {
			return "NXDOMAIN", nil
		}
		return "", err
	}
	if n == 0 {
		return "no records", nil
	}
	return "", nil
}

// count numbers the lookups in evaluation order: directives left to right,
// an include's subtree where the include stands, redirect last (§6.1).
func (a *Analysis) count(n *Node) {
	for _, tr := range n.Terms {
		if tr.Ignored {
			continue
		}
		a.Lookups++
		tr.Order = a.Lookups
		if a.Lookups == LookupLimit+1 && a.OverLimit == "" {
			a.OverLimit = n.Path() + " → " + tr.Text
		}
		if tr.Void != "" {
			a.VoidLookups++
		}
		if c := tr.Child; c != nil {
			if c.Fetched != nil && (c.Fetched.NXDomain || (len(c.Fetched.TXT) == 0 && c.Err == ErrNoRecord)) {
				a.VoidLookups++
			}
			switch {
			case c.Loop:
				a.Loops = append(a.Loops, c.Path())
			case c.Skipped != "":
				a.Truncated = append(a.Truncated, c.Path()+": "+c.Skipped)
			default:
				a.count(c)
			}
		}
	}
}

// Total returns the lookups counted in n's subtree, n's own terms included.
func (n *Node) Total() int {
	t := 0
	for _, tr := range n.Terms {
		if tr.Ignored {
			continue
		}
		t++
		if tr.Child != nil && !tr.Child.Loop {
			t += tr.Child.Total()
		}
	}
	return t
}

// Tree renders the include/redirect tree, one DNS-querying term a line with
// the lookups it costs (itself and everything below it), in evaluation
// order, so the numbers of a record's lines add up to its total:
//
//	example.test: 13 lookups
//	  mx (1)
//	  include:_spf.google.test (4)
//	    include:_netblocks.google.test (1)
func (a *Analysis) Tree() []string {
	out := []string{a.Root.Domain + ": " + plural(a.Root.Total(), "lookup")}
	var rec func(n *Node, indent string)
	rec = func(n *Node, indent string) {
		for _, tr := range n.Terms {
			var notes []string
			cost := 1
			if c := tr.Child; c != nil {
				switch {
				case c.Loop:
					notes = append(notes, "loop: "+c.Domain+" is already on this path")
				case c.Skipped != "":
					notes = append(notes, "not walked: "+c.Skipped)
				case c.Err != nil && c.Record == nil:
					notes = append(notes, c.Err.Error())
				default:
					cost += c.Total()
				}
			}
			switch {
			case tr.Ignored:
				cost = 0
				notes = append(notes, "ignored: the record has all")
			case tr.Macro:
				notes = append(notes, "target depends on the message")
			case tr.Void != "":
				notes = append(notes, "void: "+tr.Void)
			case tr.Err != nil:
				notes = append(notes, tr.Err.Error())
			}
			line := indent + tr.Text + " (" + itoa(cost)
			if len(notes) > 0 {
				line += "; " + strings.Join(notes, "; ")
			}
			out = append(out, line+")")
			if c := tr.Child; c != nil && !c.Loop && c.Skipped == "" {
				rec(c, indent+"  ")
			}
		}
	}
	rec(a.Root, "  ")
	return out
}

// Nodes returns every walked node, root first, in evaluation order.
func (a *Analysis) Nodes() []*Node {
	var out []*Node
	var rec func(n *Node)
	rec = func(n *Node) {
		out = append(out, n)
		for _, tr := range n.Terms {
			if c := tr.Child; c != nil && !c.Loop && c.Skipped == "" {
				rec(c)
			}
		}
	}
	rec(a.Root)
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return itoa(n) + " " + word + "s"
}
