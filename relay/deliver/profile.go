package deliver

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// Profile is how the relay delivers to one destination: a big receiver
// recognised by its MX host names (Gmail and Google Workspace customers
// alike), or the default for every other domain.
type Profile struct {
	Name string `json:"name"`
	// MX lists MX host names: an entry matches that name and every name
	// under it ("google.com" matches aspmx.l.google.com).
	MX []string `json:"mx,omitempty"`
	// Concurrency is the most deliveries at once to the destination.
	Concurrency int `json:"concurrency"`
	// PerConnection is the most messages one connection carries.
	PerConnection int `json:"per_connection"`
	// PerMinute is the most messages started per minute; 0: no limit.
	PerMinute int `json:"per_minute"`
	// Retry is the wait after the 1st, 2nd, ... failed attempt (the last
	// repeats); empty: the relay's --retry-initial doubling to --retry-max.
	Retry []time.Duration `json:"retry,omitempty"`
	// Greylist is the least wait after a greylisting reply (451 4.7.1
	// greylisted): receivers accept the retry after a few minutes, so a
	// retry after one minute is wasted.
	Greylist time.Duration `json:"greylist"`
	// Clean is how long the destination must answer without a rate-limit
	// or reputation reply before its limits are raised one step again.
	Clean time.Duration `json:"clean"`
	// Source says where the numbers come from.
	Source string `json:"source,omitempty"`
}

// DefaultProfileName names the profile of every destination no other
// profile matches (each recipient domain, or the smarthost, is then a
// destination of its own).
const DefaultProfileName = "default"

// Defaults shared by the profiles (conservative choices: no provider
// publishes them). Greylisting: Postgrey's default delay is 300 s, so the
// first retry comes after 6 minutes; sqlgrey and Mimecast use 1–5 minutes.
const (
	defaultGreylist = 6 * time.Minute
	defaultClean    = time.Minute
)

// conservativeRetry is the retry schedule of the big receivers' profiles:
// none of them publishes one; they ask to retry "later" after a 4xx. The
// first retry after 5 minutes keeps a throttled destination from being hit
// again at once; then doubling to an hour (a conservative choice).
var conservativeRetry = []time.Duration{5 * time.Minute, 10 * time.Minute, 20 * time.Minute, 40 * time.Minute, time.Hour}

// BuiltinProfiles returns the built-in profiles of the big receivers, then
// the default profile (concurrency maxPerDest, every limit else open).
// Where a provider publishes a number, its source is cited beside it; every
// other number is a conservative choice and says so.
func BuiltinProfiles(maxPerDest int) []Profile {
	if maxPerDest <= 0 {
		maxPerDest = 5
	}
	return []Profile{
		{
			Name: "gmail",
			// Gmail MX hosts: gmail-smtp-in.l.google.com, aspmx.l.google.com
			// (Workspace), smtp.google.com (Workspace since 2023), aspmx*.googlemail.com.
			MX: []string{"google.com", "googlemail.com"},
			// Google publishes no per-sender concurrency or connection limit:
			// conservative. Its sender guidelines
			// (https://support.google.com/a/answer/81126) ask to "send email at
			// a consistent rate" and, when messages are deferred, to "reduce the
			// sending volume until the SMTP error rate decreases. Then, increase
			// slowly again": the adaptive backoff does that.
			Concurrency:   5,
			PerConnection: 100, // not published: conservative (Postfix's smtp_connection_reuse_count_limit order)
			// Not published per sender; the only number is 60 messages a minute
			// received per account (https://support.google.com/a/answer/1366776):
			// 60 a minute for the whole destination stays below it for any one account.
			PerMinute: 60,
			Retry:     conservativeRetry, Greylist: defaultGreylist, Clean: defaultClean,
			Source: "https://support.google.com/a/answer/81126, https://support.google.com/a/answer/1366776",
		},
		{
			Name: "microsoft",
			// Microsoft 365: DOMAIN.mail.protection.outlook.com and (since 2024)
			// DOMAIN.RANDOM.mx.microsoft; Outlook.com/Hotmail: *.olc.protection.outlook.com.
			MX: []string{"protection.outlook.com", "mx.microsoft"},
			// Microsoft publishes no sender-side connection or rate limit for
			// mail from the Internet: conservative. The receiving limit is
			// 3,600 messages an hour per mailbox
			// (https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#receiving-limits).
			Concurrency:   5,
			PerConnection: 100, // not published: conservative
			PerMinute:     60,  // not published: conservative (= 3,600 an hour, the per-mailbox receiving limit)
			Retry:         conservativeRetry, Greylist: defaultGreylist, Clean: defaultClean,
			Source: "https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits",
		},
		{
			Name: "yahoo",
			// Yahoo and AOL: mta5.am0.yahoodns.net, mx-aol.mail.gm0.yahoodns.net.
			MX: []string{"yahoodns.net"},
			// "we do not publish specific guidelines for the numbers of
			// connections" (https://help.yahoo.com/kb/SLN3433.html): conservative.
			Concurrency: 5,
			// "Yahoo Mail accepts a maximum of 20 messages per SMTP connection"
			// (https://help.yahoo.com/kb/SLN3433.html).
			PerConnection: 20,
			PerMinute:     60, // not published: conservative
			Retry:         conservativeRetry, Greylist: defaultGreylist, Clean: defaultClean,
			Source: "https://help.yahoo.com/kb/SLN3433.html",
		},
		{
			Name: "icloud",
			// iCloud Mail (icloud.com, me.com, mac.com): mx01.mail.icloud.com ...
			MX: []string{"mail.icloud.com"},
			// Apple's postmaster page publishes no limits
			// (https://support.apple.com/en-us/102322): conservative.
			Concurrency:   5,
			PerConnection: 50, // not published by Apple; Validity's Apple overview suggests 50 (third party): kept
			PerMinute:     60, // not published: conservative
			Retry:         conservativeRetry, Greylist: defaultGreylist, Clean: defaultClean,
			Source: "https://support.apple.com/en-us/102322",
		},
		{
			Name: "gmx",
			// GMX and WEB.DE (United Internet): mx00.emig.gmx.net, mx01.gmx.com, mx-ha03.web.de.
			MX: []string{"gmx.net", "gmx.com", "web.de"},
			// The GMX/WEB.DE postmaster pages publish no connection or rate
			// limits (https://postmaster.gmx.net/de/e-mail-policy,
			// https://postmaster.web.de): conservative.
			Concurrency:   3,
			PerConnection: 20, // not published: conservative
			PerMinute:     30, // not published: conservative
			Retry:         conservativeRetry, Greylist: defaultGreylist, Clean: defaultClean,
			Source: "https://postmaster.gmx.net/de/e-mail-policy",
		},
		{
			Name: DefaultProfileName,
			// --max-per-destination; no rate limit until a destination asks
			// for one (adaptive backoff); maxReuse messages per connection;
			// retries from --retry-initial/--retry-max.
			Concurrency: maxPerDest, PerConnection: maxReuse, PerMinute: 0,
			Greylist: defaultGreylist, Clean: defaultClean,
			Source: "the relay's delivery options",
		},
	}
}

// Profiles is an ordered set of profiles; the last is the default.
type Profiles []Profile

// Match returns the profile of the first MX host (in preference order)
// that a profile names, else the default profile.
func (ps Profiles) Match(mxHosts []string) Profile {
	for _, h := range mxHosts {
		h = strings.ToLower(strings.TrimSuffix(h, "."))
		for _, p := range ps {
			for _, m := range p.MX {
				if h == m || strings.HasSuffix(h, "."+m) {
					return p
				}
			}
		}
	}
	return ps.Default()
}

// Default returns the default profile.
func (ps Profiles) Default() Profile {
	for _, p := range ps {
		if p.Name == DefaultProfileName {
			return p
		}
	}
	return Profile{Name: DefaultProfileName, Concurrency: 5, PerConnection: maxReuse, Greylist: defaultGreylist, Clean: defaultClean}
}

// Names returns the profile names.
func (ps Profiles) Names() []string {
	var n []string
	for _, p := range ps {
		n = append(n, p.Name)
	}
	return n
}

// DestinationKeys are the keys of a --destination override, with what
// their values are.
var DestinationKeys = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		"concurrency":    "deliveries at once (1-1000)",
		"per-connection": "messages per connection (1-10000)",
		"per-minute":     "messages started per minute (0: no limit)",
		"retry":          "retry schedule, durations separated by '/' (5m/10m/1h; the last repeats)",
		"greylist":       "least wait after a greylisting reply (such as 6m)",
		"clean":          "time without a rate-limit reply before limits are raised again (such as 1m)",
		"mx":             "MX host names the destination matches, separated by '|' (a name matches itself and the names under it)",
	}
}}

func destinationKeyList() string {
	keys := make([]string, 0, len(DestinationKeys.Get()))
	for k := range DestinationKeys.Get() {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

// ParseDestination parses a destination setting, NAME:key=value,...
// ("gmail:concurrency=2,per-minute=30"), into a name and its settings.
func ParseDestination(spec string) (name string, kv [][2]string, err error) {
	name, rest, ok := strings.Cut(spec, ":")
	name = strings.TrimSpace(strings.ToLower(name))
	if !ok || name == "" || strings.TrimSpace(rest) == "" {
		return "", nil, fmt.Errorf("%q: give NAME:key=value,... such as gmail:concurrency=2,per-minute=30 (keys: %s)", spec, destinationKeyList())
	}
	for _, part := range strings.Split(rest, ",") {
		k, v, ok := strings.Cut(part, "=")
		k, v = strings.TrimSpace(strings.ToLower(k)), strings.TrimSpace(v)
		if !ok || k == "" {
			return "", nil, fmt.Errorf("%q: %q is not key=value (keys: %s)", spec, part, destinationKeyList())
		}
		kv = append(kv, [2]string{k, v})
	}
	return name, kv, nil
}

// validName reports whether a destination name is usable: letters, digits
// and '-' (no dots, so it never collides with a recipient domain).
func validName(n string) bool {
	if n == "" || len(n) > 63 {
		return false
	}
	for _, c := range n {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// Override applies the settings kv to the profile name of ps (or adds a new
// profile name, which then needs mx=) and returns the new set. Errors say
// which key or value is wrong and what is accepted.
func (ps Profiles) Override(name string, kv [][2]string) (Profiles, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	if !validName(name) {
		return nil, fmt.Errorf("destination %q: a name has letters, digits and '-' only (built-in: %s)", name, strings.Join(ps.Names(), ", "))
	}
	out := slices.Clone(ps)
	i := slices.IndexFunc(out, func(p Profile) bool { return p.Name == name })
	existed := i >= 0
	if !existed {
		// a new destination goes before the default profile
		def := out.Default()
		np := Profile{Name: name, Concurrency: def.Concurrency, PerConnection: def.PerConnection, PerMinute: def.PerMinute,
			Retry: def.Retry, Greylist: def.Greylist, Clean: def.Clean, Source: "a destination setting"}
		at := slices.IndexFunc(out, func(p Profile) bool { return p.Name == DefaultProfileName })
		if at < 0 {
			at = len(out)
		}
		out = slices.Insert(out, at, np)
		i = at
	}
	p := out[i]
	p.MX = slices.Clone(p.MX)
	bad := func(k, v, want string) error {
		return fmt.Errorf("destination %s: %s=%q: %s", name, k, v, want)
	}
	for _, e := range kv {
		k, v := e[0], e[1]
		switch k {
		case "concurrency", "per-connection", "per-minute":
			n, err := strconv.Atoi(v)
			lo, hi := 1, 1000
			if k == "per-connection" {
				hi = 10000
			}
			if k == "per-minute" {
				lo, hi = 0, 1000000
			}
			if err != nil || n < lo || n > hi {
				return nil, bad(k, v, fmt.Sprintf("give a whole number from %d to %d", lo, hi))
			}
			switch k {
			case "concurrency":
				p.Concurrency = n
			case "per-connection":
				p.PerConnection = n
			default:
				p.PerMinute = n
			}
		case "retry":
			var sched []time.Duration
			for _, s := range strings.FieldsFunc(v, func(r rune) bool { return r == '/' || r == ' ' }) {
				d, err := time.ParseDuration(s)
				if err != nil || d <= 0 {
					return nil, bad(k, v, "give positive durations separated by '/', such as 5m/10m/30m/1h")
				}
				sched = append(sched, d)
			}
			if len(sched) == 0 {
				return nil, bad(k, v, "give positive durations separated by '/', such as 5m/10m/30m/1h")
			}
			p.Retry = sched
		case "greylist", "clean":
			d, err := time.ParseDuration(v)
			if err != nil || d <= 0 {
				return nil, bad(k, v, "give a positive duration such as 6m")
			}
			if k == "greylist" {
				p.Greylist = d
			} else {
				p.Clean = d
			}
		case "mx":
			if name == DefaultProfileName {
				return nil, bad(k, v, "the default destination matches every MX host no other destination names; it takes no mx=")
			}
			var hosts []string
			for _, h := range strings.FieldsFunc(v, func(r rune) bool { return r == '|' || r == ' ' }) {
				h = strings.ToLower(strings.Trim(h, "."))
				if h == "" || strings.ContainsAny(h, "/:@*") {
					return nil, bad(k, v, "give host names separated by '|', such as mx.example.net|mail.example.org")
				}
				hosts = append(hosts, h)
			}
			if len(hosts) == 0 {
				return nil, bad(k, v, "give host names separated by '|', such as mx.example.net|mail.example.org")
			}
			p.MX = hosts
		default:
			return nil, fmt.Errorf("destination %s: unknown key %q (keys: %s)", name, k, destinationKeyList())
		}
	}
	if name != DefaultProfileName && len(p.MX) == 0 {
		return nil, fmt.Errorf("destination %s is not built in (built-in: %s): a new destination needs mx=HOST|HOST... naming its MX hosts", name, strings.Join(ps.Names(), ", "))
	}
	if existed && !strings.HasSuffix(p.Source, changedBySetting) {
		p.Source = strings.TrimPrefix(p.Source+"; "+changedBySetting, "; ")
	}
	out[i] = p
	return out, nil
}

// changedBySetting ends the Source of a profile that a destination setting
// (Override: the relay's Destinations, from its flags or config file)
// changed.
const changedBySetting = "changed by a destination setting"

// RetryWait is the wait after the given number of failed attempts: the
// profile's schedule, or initial doubling to max without one.
func (p Profile) RetryWait(attempts int, initial, max time.Duration) time.Duration {
	if len(p.Retry) == 0 {
		return Backoff(attempts, initial, max)
	}
	i := attempts - 1
	if i < 0 {
		i = 0
	}
	if i >= len(p.Retry) {
		i = len(p.Retry) - 1
	}
	return p.Retry[i]
}

// WithDestinations applies destination settings (NAME:key=value,...) in
// order, a later value overriding an earlier one key by key.
func (ps Profiles) WithDestinations(specs []string) (Profiles, error) {
	for _, spec := range specs {
		name, kv, err := ParseDestination(spec)
		if err != nil {
			return nil, err
		}
		if ps, err = ps.Override(name, kv); err != nil {
			return nil, fmt.Errorf("%q: %w", spec, err)
		}
	}
	return ps, nil
}
