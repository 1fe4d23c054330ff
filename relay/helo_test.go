package relay

import (
	"strings"
	"testing"
	"time"

	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// The relay picks its EHLO name as probe and send do: a dotless host name
// (refused by Postfix's reject_non_fqdn_helo_hostname, see
// testdata/real/postfix) gives way to the connection's address literal.
func TestHeloName(t *testing.T) {
	for _, c := range []struct{ configured, fqdn, want, why string }{
		{"mx.example.test", "vm.example.test", "mx.example.test", "configured"},
		{"vm", "", "vm", "no dot"},
		{"", "vm.example.test", "vm.example.test", "fully-qualified"},
		{"", "", "", "address literal"},
	} {
		name, why := HeloName(c.configured, c.fqdn)
		if name != c.want || !strings.Contains(why, c.why) {
			t.Errorf("HeloName(%q, %q) = %q, %q; want %q, ...%s...", c.configured, c.fqdn, name, why, c.want, c.why)
		}
	}
}

// Over the wire: the upstream sees the configured name, or by default this
// machine's FQDN or, when it has no dot, the address literal; the choice
// is logged at start.
func TestRelayEHLOName(t *testing.T) {
	t.Parallel()
	for _, configured := range []string{"", "mx.example.test"} {
		up := upstream.Start(t, upstream.Options{})
		h := startRelay(t, "", func(o *Options) {
			o.Helo = configured
			sinkTo(up)(o)
		})
		if _, err := send(t, h.addr, "a@example.test", []string{"b@example.test"}, testMessage("helo")); err != nil {
			t.Fatal(err)
		}
		got := up.Wait(t, 1, 10*time.Second)[0].Helo
		want := configured
		if want == "" {
			if want = smtpwire.DefaultHelo(); want == "" {
				want = "[127.0.0.1]"
			}
		}
		if got != want {
			t.Errorf("configured %q: upstream saw EHLO %q, want %q", configured, got, want)
		}
		if !strings.Contains(h.logs.String(), `"msg":"EHLO name for delivery"`) {
			t.Errorf("the EHLO name is not logged:\n%s", h.logs)
		}
	}
}
