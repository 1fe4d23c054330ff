package deliver

import (
	"strings"
	"testing"
	"time"
)

func TestProfileMatchByMX(t *testing.T) {
	t.Parallel()
	ps := Profiles(BuiltinProfiles(7))
	for _, c := range []struct {
		mx   []string
		want string
	}{
		// Gmail itself, a Google Workspace customer domain (old and new MX)
		{[]string{"gmail-smtp-in.l.google.com.", "alt1.gmail-smtp-in.l.google.com."}, "gmail"},
		{[]string{"ASPMX.L.GOOGLE.COM"}, "gmail"},
		{[]string{"smtp.google.com"}, "gmail"},
		{[]string{"aspmx2.googlemail.com"}, "gmail"},
		// Microsoft 365 customers (old and DNSSEC MX), Outlook.com
		{[]string{"customer-example.mail.protection.outlook.com"}, "microsoft"},
		{[]string{"customer-example.a-v1.mx.microsoft"}, "microsoft"},
		{[]string{"hotmail-com.olc.protection.outlook.com"}, "microsoft"},
		{[]string{"mta5.am0.yahoodns.net"}, "yahoo"},
		{[]string{"mx-aol.mail.gm0.yahoodns.net"}, "yahoo"},
		{[]string{"mx01.mail.icloud.com"}, "icloud"},
		{[]string{"mx00.emig.gmx.net"}, "gmx"},
		{[]string{"mx-ha03.web.de"}, "gmx"},
		// the first MX a profile names decides
		{[]string{"mx.example.test", "aspmx.l.google.com"}, "gmail"},
		// look-alikes are not matched
		{[]string{"google.com.example.test"}, "default"},
		{[]string{"notgoogle.com"}, "default"},
		{[]string{"mx.example.test"}, "default"},
		{nil, "default"},
	} {
		if got := ps.Match(c.mx).Name; got != c.want {
			t.Errorf("Match(%v) = %s, want %s", c.mx, got, c.want)
		}
	}
	if d := ps.Default(); d.Concurrency != 7 || d.PerMinute != 0 || d.PerConnection != maxReuse {
		t.Errorf("default profile %+v: want --max-per-destination's concurrency, no rate limit", d)
	}
	for _, p := range ps {
		if p.Source == "" || p.Concurrency < 1 || p.PerConnection < 1 || p.Greylist < 5*time.Minute || p.Greylist > 15*time.Minute {
			t.Errorf("profile %s: %+v", p.Name, p)
		}
	}
	if y := ps.Match([]string{"mta5.am0.yahoodns.net"}); y.PerConnection != 20 {
		t.Errorf("Yahoo takes 20 messages per connection (help.yahoo.com/kb/SLN3433.html), profile says %d", y.PerConnection)
	}
}

func TestDestinationOverrides(t *testing.T) {
	t.Parallel()
	ps, err := Profiles(BuiltinProfiles(5)).WithDestinations([]string{
		"gmail:concurrency=2,per-minute=30",
		"GMAIL:retry=1m/2m/1h",
		"partner:mx=mx1.partner.example|.Partner.Example.,concurrency=1,per-connection=10",
		"default:per-minute=600,greylist=10m,clean=30s",
	})
	if err != nil {
		t.Fatal(err)
	}
	g := ps.Match([]string{"aspmx.l.google.com"})
	if g.Concurrency != 2 || g.PerMinute != 30 || g.PerConnection != 100 || len(g.Retry) != 3 || g.Retry[2] != time.Hour ||
		!strings.Contains(g.Source, "changed by a destination setting") {
		t.Errorf("gmail after overrides: %+v", g)
	}
	if w := g.RetryWait(1, time.Minute, time.Hour); w != time.Minute {
		t.Errorf("first retry %s", w)
	}
	if w := g.RetryWait(9, time.Minute, time.Hour); w != time.Hour {
		t.Errorf("the last wait repeats: %s", w)
	}
	p := ps.Match([]string{"mx2.partner.example"})
	if p.Name != "partner" || p.Concurrency != 1 || p.PerConnection != 10 || p.PerMinute != 0 {
		t.Errorf("new destination: %+v", p)
	}
	if ps[len(ps)-1].Name != DefaultProfileName {
		t.Errorf("a new destination goes before the default: %v", ps.Names())
	}
	d := ps.Default()
	if d.PerMinute != 600 || d.Greylist != 10*time.Minute || d.Clean != 30*time.Second {
		t.Errorf("default: %+v", d)
	}
	// the built-in profiles are not changed in place
	if BuiltinProfiles(5)[0].Concurrency != 5 {
		t.Error("BuiltinProfiles changed by an override")
	}

	for spec, want := range map[string]string{
		"gmail":                        "give NAME:key=value",
		":concurrency=1":               "give NAME:key=value",
		"gmail:concurrency":            `"concurrency" is not key=value`,
		"gmail:concurrency=0":          "whole number from 1 to 1000",
		"gmail:per-minute=-1":          "whole number from 0 to",
		"gmail:per-connection=lots":    "whole number from 1 to 10000",
		"gmail:retry=5m/soon":          "positive durations separated by '/'",
		"gmail:greylist=-1m":           "positive duration",
		"gmail:speed=3":                `unknown key "speed" (keys: clean, concurrency, greylist, mx, per-connection, per-minute, retry)`,
		"other:concurrency=3":          "a new destination needs mx=",
		"default:mx=mx.example.test":   "takes no mx=",
		"my.dest:mx=mx.example.test":   "letters, digits and '-' only",
		"x:mx=http://mx.example.test/": "host names separated by '|'",
	} {
		_, err := Profiles(BuiltinProfiles(5)).WithDestinations([]string{spec})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", spec, err, want)
		}
	}
}
