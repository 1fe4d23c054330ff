package relay

import (
	"errors"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/relay/deliver"
)

// Options.Validate holds the relay's rules (the CLI only maps fields to
// flags); New applies it, so a library user gets the same checks.
func TestValidateOptions(t *testing.T) {
	t.Parallel()
	base := func() Options {
		o := Options{SpoolDir: t.TempDir(), Listen: []Listener{{Addr: "127.0.0.1:0"}}}
		o.Server.AllowNets = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
		return o
	}
	for _, tc := range []struct {
		field string
		mut   func(o *Options)
	}{
		{"Server.AllowNets", func(o *Options) { o.Server.AllowNets = nil }},
		{"Server.AllowInsecureAuth", func(o *Options) { o.Server.AllowInsecureAuth = true }},
		{"Listen", func(o *Options) { o.Listen = []Listener{{Addr: "nonsense"}} }},
		{"ListenTLS", func(o *Options) { o.Listen = []Listener{{Addr: "127.0.0.1:0", ImplicitTLS: true}} }},
		{"MetricsListen", func(o *Options) { o.MetricsListen = "9425" }},
		{"Grace", func(o *Options) { o.Grace = -time.Second }},
		{"Server.MaxRecipients", func(o *Options) { o.Server.MaxRecipients = -1 }},
		{"Server.DataTimeout", func(o *Options) { o.Server.DataTimeout = -time.Second }},
		{"Deliver.RetryMax", func(o *Options) { o.Deliver.RetryMax = -time.Second }},
		{"Deliver.MaxPerDest", func(o *Options) { o.Deliver.MaxPerDest = -1 }},
		{"Deliver.OutboundTLS", func(o *Options) { o.Deliver.OutboundTLS = "maybe" }},
		{"SmarthostTLS", func(o *Options) {
			o.Deliver.Smarthosts = []deliver.Target{{Host: "smtp.example.test", Port: 587, TLS: "maybe"}}
		}},
		{"Deliver.Smarthosts", func(o *Options) {
			o.Deliver.Smarthosts = []deliver.Target{{Host: "smtp.example.test", Port: 587, TLS: deliver.TLSStartTLS, User: "u"}}
		}},
	} {
		o := base()
		tc.mut(&o)
		var oe *OptionError
		if err := o.Validate(); !errors.As(err, &oe) || oe.Field != tc.field || !oe.InvalidInput() || strings.Contains(err.Error(), "--") {
			t.Errorf("%s: %v", tc.field, err)
		}
		if _, err := New(o); !errors.As(err, &oe) || oe.Field != tc.field {
			t.Errorf("New, %s: %v", tc.field, err)
		}
	}
	// Users alone may relay (by AUTH); zero limits are the defaults.
	o := base()
	o.Server.AllowNets, o.Server.Users = nil, map[string][]byte{"u": []byte("x")}
	if err := o.Validate(); err != nil {
		t.Error(err)
	}
	if d := o.withDefaults(); d.Grace != DefaultGrace || d.Hostname == "" || len(d.Listen) != 1 {
		t.Errorf("defaults %+v", d)
	}
	if d := (Options{}).withDefaults(); d.Listen[0].Addr != DefaultListen || d.SpoolDir != DefaultSpoolDir() {
		t.Errorf("defaults %+v", d)
	}
}

func TestRisks(t *testing.T) {
	t.Parallel()
	var o Options
	o.Server.Users = map[string][]byte{"u": []byte("x")}
	o.Server.AllowNets = []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0")}
	o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
	var got []string
	for _, w := range o.Risks() {
		got = append(got, w.String())
	}
	want := []string{
		"Server.Users without a certificate: AUTH is offered only over TLS, so nobody can authenticate; add TLSConfig",
		"Server.AllowNets 0.0.0.0/0 lets the whole Internet relay through this host: an open relay if it is reachable",
		"SmarthostTLS none: mail to sink.example.test:25 travels unencrypted; only for local sinks",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("risks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	o.Server.AllowInsecureAuth = true
	if r := o.Risks(); r[0].Field != "Server.AllowInsecureAuth" {
		t.Errorf("insecure auth: %+v", r)
	}
}

func TestParseSmarthost(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		url, mode, password, want string
	}{
		{"smtp://smtp.example.test", "", "", "smtp.example.test:587 starttls"},
		{"smtps://u@smtp.example.test", "", "pw", "smtp.example.test:465 implicit u"},
		{"smtp://smtp.example.test:2525", "none", "", "smtp.example.test:2525 none"},
		{"ftp://smtp.example.test", "", "", "give smtp://"},
		{"smtp://u:pw@smtp.example.test", "", "", "do not put the password in the URL"},
		{"smtp://u@smtp.example.test", "", "", "no password"},
		{"smtp://smtp.example.test:99999", "", "", "bad port"},
		{"smtp://smtp.example.test", "maybe", "", "must be starttls, implicit or none"},
	} {
		tg, err := ParseSmarthost(tc.url, deliver.TLSMode(tc.mode), tc.password)
		got := strings.TrimSpace(tg.String() + " " + string(tg.TLS) + " " + tg.User)
		if err != nil {
			got = err.Error()
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.url, got, tc.want)
		}
	}
}

func TestParseSize(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]int64{"25MB": 25 << 20, "10485760": 10485760, "2 g": 2 << 30, "512k": 512 << 10} {
		if n, err := ParseSize(in); n != want || err != nil {
			t.Errorf("%q: %d %v", in, n, err)
		}
	}
	if _, err := ParseSize("lots"); err == nil || !strings.Contains(err.Error(), `"lots"`) {
		t.Errorf("lots: %v", err)
	}
}

func TestCertificateSource(t *testing.T) {
	t.Parallel()
	cfg, fp, err := CertificateSource{SelfSigned: true}.Load("relay.example.test")
	if err != nil || cfg == nil || len(fp) < 32 {
		t.Fatalf("self-signed: %v %q", err, fp)
	}
	if cfg, _, err := (CertificateSource{}).Load("relay.example.test"); cfg != nil || err != nil {
		t.Errorf("none: %v %v", cfg, err)
	}
	var oe *OptionError
	for src, field := range map[CertificateSource]string{
		{CertFile: "c.pem"}: "CertFile", {CertFile: "c.pem", KeyFile: "k.pem", SelfSigned: true}: "SelfSigned",
		{CertFile: "/nonexistent/c.pem", KeyFile: "/nonexistent/k.pem"}: "CertFile",
	} {
		if _, _, err := src.Load("relay.example.test"); !errors.As(err, &oe) || oe.Field != field {
			t.Errorf("%+v: %v", src, err)
		}
	}
}
