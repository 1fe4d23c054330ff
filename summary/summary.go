// Package summary aggregates many delivery failures — the replies of a mail
// log, or the failed recipients of a pile of bounce messages — into what went
// wrong, how often and what to fix first: failures grouped by category
// (explain's vocabulary), then by recipient domain, with counts, first and
// last seen, temporary versus permanent, the top recipients, one
// representative reply and explain's remediation once per group, ordered by
// how many failures each problem costs.
//
// Memory stays bounded whatever the input size: a Summary keeps counters, a
// bounded number of groups per category and a bounded top-N of recipients
// per group, never the lines or messages themselves (unless Options.All asks
// for every recipient).
package summary

import (
	"sort"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/explain"
)

// Defaults of Options.
const (
	DefaultTop       = 10  // recipients shown per group
	DefaultMaxGroups = 500 // recipient domains kept per category; the rest are merged into OtherDomains
	DefaultMaxNamed  = 100 // unreadable or skipped inputs named one by one; the rest are counted
)

// OtherDomains is the group that collects the smallest domains of a
// category once it has more than Options.MaxGroups of them.
const OtherDomains = "(other domains)"

// NoDomain is the group of failures that name no recipient and no remote host.
const NoDomain = "(no recipient domain)"

// Options tune a Summary. The zero value uses the defaults.
type Options struct {
	Top       int  // recipients listed per group (DefaultTop when 0)
	All       bool // keep and list every recipient (memory grows with the distinct recipients)
	MaxGroups int  // domains kept per category (DefaultMaxGroups when 0)
	MaxNamed  int  // problem inputs named (DefaultMaxNamed when 0)

	// Parser reads bounce messages (ParseBounce when nil).
	Parser BounceParser
	// Progress, when set, is called with the counters now and then while
	// inputs are read (at most every quarter second, and after each file).
	Progress func(Totals)
}

// Summary accumulates failures. It is not safe for concurrent use.
type Summary struct {
	opts     Options
	cats     map[explain.Category]*catAgg
	totals   Totals
	problems []Problem
	first    time.Time
	last     time.Time
	noTime   int
	budget   int                 // recipients the summary may still track (see totalRecipients)
	deferred map[string]struct{} // queue id + recipient of deferrals counted (queueid.go)
	failed   map[string]struct{} // queue ids with a failure counted (queueid.go)
}

// Totals are the counters of a summary.
type Totals struct {
	Inputs     int   `json:"inputs"`             // files, streams and messages of a directory or mbox read
	Bytes      int64 `json:"bytes"`              // bytes read (after gzip decompression)
	Lines      int64 `json:"lines,omitempty"`    // log lines read
	Messages   int   `json:"messages,omitempty"` // messages read (bounce inputs)
	Failures   int   `json:"failures"`           // failed or delayed deliveries (in logs a deferral once per queue id and recipient)
	Permanent  int   `json:"permanent"`          // of which permanent (bounced, not retried)
	Temporary  int   `json:"temporary"`          // of which temporary (deferred, retried by the sending MTA)
	Delivered  int   `json:"delivered"`          // successful deliveries and success DSNs seen (not summarised)
	NotBounces int   `json:"not_bounces"`        // messages without a failed or delayed recipient
	TooLong    int   `json:"too_long_lines"`     // log lines longer than explain.MaxLine, skipped
	Problems   int   `json:"problems"`           // inputs unreadable, damaged, truncated or not bounces
	Skipped    int   `json:"skipped_files"`      // Maildir control files (not messages), not read
	Truncated  int   `json:"truncated_messages"` // messages longer than MaxMessage: only the start was read
	Unreadable int   `json:"unreadable_inputs"`  // inputs that could not be opened or read to the end
	// RepeatedDeferrals are log lines that deferred a message and recipient
	// already counted (a retry): not counted again as failures.
	RepeatedDeferrals int `json:"repeated_deferrals,omitempty"`
	// BounceNotices are Sendmail's "<qid>: <dsn qid>: DSN: <reason>" lines
	// (the bounce it sends back) for a message whose failure a line before
	// already counted: not counted again as failures.
	BounceNotices int `json:"bounce_notices,omitempty"`
}

// Problem is an input that was not (entirely) summarised, and why.
type Problem struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
}

// New returns an empty Summary, or the *OptionError of Options.Validate.
func New(o Options) (*Summary, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if o.Top == 0 {
		o.Top = DefaultTop
	}
	if o.MaxGroups == 0 {
		o.MaxGroups = DefaultMaxGroups
	}
	if o.MaxNamed == 0 {
		o.MaxNamed = DefaultMaxNamed
	}
	return &Summary{opts: o, cats: map[explain.Category]*catAgg{}, budget: totalRecipients}, nil
}

// Totals returns the counters so far (for progress reports).
func (s *Summary) Totals() Totals { return s.totals }

// Problem records an input that was not, or not entirely, read.
func (s *Summary) Problem(input, reason string) {
	s.totals.Problems++
	if len(s.problems) < s.opts.MaxNamed {
		s.problems = append(s.problems, Problem{Input: input, Reason: reason})
	}
}

// Add records one reply. Success replies are counted as delivered and not
// summarised; every other reply is a failure. at is when it happened (zero
// when unknown).
func (s *Summary) Add(r explain.Reply, at time.Time) {
	if isSuccess(r) {
		s.totals.Delivered++
		return
	}
	s.AddExplained(explain.Explain(r), r.Action, at)
}

func isSuccess(r explain.Reply) bool {
	switch r.Action {
	case "delivered", "relayed", "expanded":
		return true
	case "failed", "delayed":
		return false
	}
	if r.Code >= 200 && r.Code < 400 {
		return true
	}
	return r.Code == 0 && strings.HasPrefix(r.Enhanced, "2.")
}

// AddExplained records one failure already explained; action is the DSN
// action when known ("failed", "delayed").
func (s *Summary) AddExplained(e explain.Explanation, action string, at time.Time) {
	if e.Class == explain.ClassSuccess {
		s.totals.Delivered++
		return
	}
	temp := e.Class == explain.ClassTransient || e.Class != explain.ClassPermanent && action == "delayed"
	perm := !temp && (e.Class == explain.ClassPermanent || action == "failed")
	s.totals.Failures++
	if temp {
		s.totals.Temporary++
	}
	if perm {
		s.totals.Permanent++
	}
	if at.IsZero() {
		s.noTime++
	} else {
		if s.first.IsZero() || at.Before(s.first) {
			s.first = at
		}
		if s.last.IsZero() || at.After(s.last) {
			s.last = at
		}
	}
	c := s.cats[e.Category]
	if c == nil {
		c = &catAgg{groups: map[string]*group{}}
		s.cats[e.Category] = c
	}
	c.count++
	if temp {
		c.temp++
	}
	if perm {
		c.perm++
	}
	dom := domainOf(e)
	g := c.groups[dom]
	if g == nil {
		if len(c.groups) >= s.opts.MaxGroups {
			c.evictSmallest(s.opts, &s.budget)
		}
		g = c.groups[dom]
		if g == nil {
			g = newGroup(dom, s.opts, &s.budget)
			c.groups[dom] = g
		}
	}
	g.add(e, temp, perm, at)
}

// domainOf is the group key of an explanation: the recipient's domain, else
// the remote host.
func domainOf(e explain.Explanation) string {
	if i := strings.LastIndexByte(e.Recipient, '@'); i >= 0 && i+1 < len(e.Recipient) {
		return strings.ToLower(strings.Trim(e.Recipient[i+1:], "<>[] "))
	}
	if e.RemoteHost != "" {
		return strings.ToLower(e.RemoteHost)
	}
	return NoDomain
}

type catAgg struct {
	count, temp, perm int
	groups            map[string]*group
	other             *group // merged smallest domains once over MaxGroups
}

// evictSmallest merges the group with the fewest failures into OtherDomains.
func (c *catAgg) evictSmallest(o Options, budget *int) {
	var min *group
	for _, g := range c.groups {
		if min == nil || g.count < min.count || g.count == min.count && g.last.Before(min.last) {
			min = g
		}
	}
	if min == nil {
		return
	}
	delete(c.groups, min.domain)
	if c.other == nil {
		c.other = newGroup(OtherDomains, o, budget)
	}
	c.other.merge(min)
	c.other.domains++
}

// group is one category × domain.
type group struct {
	domain      string
	provider    string
	count       int
	temp, perm  int
	first, last time.Time
	rcpts       *topK
	rules       map[string]*ruleAgg
	domains     int // domains merged in (OtherDomains only)
}

type ruleAgg struct {
	count int
	first int // order of appearance, for stable ties
	ex    explain.Explanation
}

// maxRules bounds the distinct rules remembered per group; the knowledge base
// has a few hundred, a group rarely sees more than a handful.
const maxRules = 64

// Recipient tracking bounds: per group, and over the whole summary. Within
// them the recipient counts are exact; past them the rarest are replaced
// (see topK) and the distinct count becomes a lower bound.
const (
	groupRecipients = 1000
	totalRecipients = 1 << 20
)

func newGroup(dom string, o Options, budget *int) *group {
	capacity := max(groupRecipients, 4*o.Top)
	if o.All {
		capacity = 0
	}
	return &group{domain: dom, rcpts: newTopK(capacity, budget), rules: map[string]*ruleAgg{}}
}

func (g *group) add(e explain.Explanation, temp, perm bool, at time.Time) {
	g.count++
	if temp {
		g.temp++
	}
	if perm {
		g.perm++
	}
	g.seen(at)
	if g.provider == "" {
		g.provider = e.Provider
	}
	rcpt := e.Recipient
	if rcpt == "" {
		rcpt = "(no recipient named)"
	}
	g.rcpts.add(strings.ToLower(rcpt), 1)
	key := e.Rule
	if key == "" {
		key = "code:" + e.Enhanced + ":" + codeKey(e.Code)
	}
	ra := g.rules[key]
	if ra == nil {
		if len(g.rules) >= maxRules {
			key = "(other)"
			ra = g.rules[key]
		}
		if ra == nil {
			ra = &ruleAgg{first: len(g.rules), ex: e}
			g.rules[key] = ra
		}
	}
	ra.count++
}

func codeKey(c *int) string {
	if c == nil {
		return ""
	}
	return itoa(*c)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func (g *group) seen(at time.Time) {
	if at.IsZero() {
		return
	}
	if g.first.IsZero() || at.Before(g.first) {
		g.first = at
	}
	if g.last.IsZero() || at.After(g.last) {
		g.last = at
	}
}

func (g *group) merge(o *group) {
	g.count += o.count
	g.temp += o.temp
	g.perm += o.perm
	g.seen(o.first)
	g.seen(o.last)
	for _, it := range o.rcpts.items() {
		g.rcpts.add(it.key, it.count)
	}
	for k, ra := range o.rules {
		if mine := g.rules[k]; mine != nil {
			mine.count += ra.count
		} else if len(g.rules) < maxRules {
			c := *ra
			c.first = len(g.rules)
			g.rules[k] = &c
		}
	}
}

// Report is a finished summary. Its JSON field names are a stable schema
// (docs/summary.md).
type Report struct {
	Totals     Totals     `json:"totals"`
	FirstSeen  string     `json:"first_seen,omitempty"` // RFC 3339, or "Jan _2 15:04:05" when the log has no year
	LastSeen   string     `json:"last_seen,omitempty"`
	Undated    int        `json:"undated,omitempty"` // failures whose time the input does not give
	Categories []Category `json:"categories"`
	Problems   []Problem  `json:"problems,omitempty"` // the first Options.MaxNamed problem inputs; Totals.Problems counts them all
	Top        int        `json:"top"`                // recipients listed per group (0: all)
}

// Category is the failures of one cause.
type Category struct {
	Category  explain.Category `json:"category"`
	Failures  int              `json:"failures"`
	Permanent int              `json:"permanent"`
	Temporary int              `json:"temporary"`
	Groups    []Group          `json:"groups"`
}

// Group is the failures of one cause at one recipient domain.
type Group struct {
	Domain        string `json:"domain"`
	Provider      string `json:"provider,omitempty"`
	Failures      int    `json:"failures"`
	Permanent     int    `json:"permanent"`
	Temporary     int    `json:"temporary"`
	FirstSeen     string `json:"first_seen,omitempty"`
	LastSeen      string `json:"last_seen,omitempty"`
	MergedDomains int    `json:"merged_domains,omitempty"` // OtherDomains: how many domains it holds

	// Recipients are the most frequent recipients (all of them with
	// Options.All), most failures first.
	Recipients []Recipient `json:"recipients"`
	// DistinctRecipients counts the different recipients; when
	// RecipientsApprox is set there were more than the summary tracks and
	// the count is a lower bound.
	DistinctRecipients int  `json:"distinct_recipients"`
	RecipientsApprox   bool `json:"distinct_recipients_approx,omitempty"`

	// The representative reply: the first one of the group's most frequent
	// explanation rule, with explain's words for it.
	Reply       string        `json:"reply"`   // the reply: code, enhanced code and text
	Example     string        `json:"example"` // the log line or bounce fields it was read from
	Code        *int          `json:"code,omitempty"`
	Enhanced    string        `json:"enhanced,omitempty"`
	Class       explain.Class `json:"class"`
	Summary     string        `json:"summary"`
	Actor       explain.Actor `json:"actor"`
	Stage       string        `json:"stage,omitempty"`
	RemoteHost  string        `json:"remote_host,omitempty"`
	Rule        string        `json:"rule,omitempty"`
	Remediation []string      `json:"remediation"`
	OtherRules  int           `json:"other_replies,omitempty"` // failures of this group explained by other rules
}

// Recipient is one recipient and its failures.
type Recipient struct {
	Address  string `json:"address"`
	Failures int    `json:"failures"`
}

// Report returns the summary so far, most costly category first, and in
// each the most costly domain first.
func (s *Summary) Report() Report {
	rep := Report{Totals: s.totals, Undated: s.noTime, Problems: s.problems, Top: s.opts.Top}
	if s.opts.All {
		rep.Top = 0
	}
	rep.FirstSeen, rep.LastSeen = FormatTime(s.first), FormatTime(s.last)
	for cat, c := range s.cats {
		rc := Category{Category: cat, Failures: c.count, Permanent: c.perm, Temporary: c.temp}
		for _, g := range c.groups {
			rc.Groups = append(rc.Groups, g.report(s.opts))
		}
		sortGroups(rc.Groups)
		if c.other != nil {
			og := c.other.report(s.opts)
			og.MergedDomains = c.other.domains
			rc.Groups = append(rc.Groups, og)
		}
		rep.Categories = append(rep.Categories, rc)
	}
	sort.Slice(rep.Categories, func(i, j int) bool {
		a, b := rep.Categories[i], rep.Categories[j]
		if a.Failures != b.Failures {
			return a.Failures > b.Failures
		}
		return a.Category < b.Category
	})
	if rep.Categories == nil {
		rep.Categories = []Category{}
	}
	return rep
}

func sortGroups(gs []Group) {
	sort.Slice(gs, func(i, j int) bool {
		if gs[i].Failures != gs[j].Failures {
			return gs[i].Failures > gs[j].Failures
		}
		return gs[i].Domain < gs[j].Domain
	})
}

func (g *group) report(o Options) Group {
	out := Group{
		Domain: g.domain, Provider: g.provider,
		Failures: g.count, Permanent: g.perm, Temporary: g.temp,
		FirstSeen: FormatTime(g.first), LastSeen: FormatTime(g.last),
	}
	items := g.rcpts.items()
	out.DistinctRecipients, out.RecipientsApprox = len(items), g.rcpts.overflowed
	if !o.All && len(items) > o.Top {
		items = items[:o.Top]
	}
	out.Recipients = make([]Recipient, len(items))
	for i, it := range items {
		out.Recipients[i] = Recipient{Address: it.key, Failures: it.count}
	}
	var best *ruleAgg
	for _, ra := range g.rules {
		if best == nil || ra.count > best.count || ra.count == best.count && ra.first < best.first {
			best = ra
		}
	}
	if best != nil {
		e := best.ex
		out.Reply = replyText(e)
		out.Example = clip(strings.TrimSpace(e.Input), maxExample)
		out.Code, out.Enhanced, out.Class = e.Code, e.Enhanced, e.Class
		out.Summary, out.Actor, out.Stage, out.RemoteHost = e.Summary, e.Actor, e.Stage, e.RemoteHost
		out.Rule, out.Remediation = e.Rule, e.Remediation
		if e.Provider != "" {
			out.Provider = e.Provider
		}
		out.OtherRules = g.count - best.count
	}
	if out.Remediation == nil {
		out.Remediation = []string{}
	}
	return out
}

// FormatTime renders a time of a summary: RFC 3339 when the year and zone
// are known, "Jan _2 15:04:05" for syslog times that carry no year,
// "2006-01-02 15:04:05" for log times without a zone; "" for zero.
func FormatTime(t time.Time) string {
	switch {
	case t.IsZero():
		return ""
	case t.Year() == 0:
		return t.Format(time.Stamp)
	case t.Location() == localTime.Get():
		return t.Format(time.DateTime)
	}
	return t.UTC().Format(time.RFC3339)
}

// maxExample bounds the example line kept per group.
const maxExample = 1000

func replyText(e explain.Explanation) string {
	var parts []string
	if e.Code != nil && *e.Code != 0 {
		parts = append(parts, itoa(*e.Code))
	}
	if e.Enhanced != "" && !strings.HasPrefix(e.Text, e.Enhanced) {
		parts = append(parts, e.Enhanced)
	}
	if e.Text != "" {
		parts = append(parts, e.Text)
	}
	return clip(strings.Join(parts, " "), maxExample)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xc0 == 0x80 { // not inside a UTF-8 sequence
		n--
	}
	return s[:n] + "…"
}
