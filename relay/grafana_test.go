package relay

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

var dashMetricRe = regexp.MustCompile(`smtpgw_relay_[a-z_]+`)

// The Grafana dashboard in docs/grafana queries only metrics the relay
// exports (the docs' table, which TestRelayMetrics holds equal to the
// exported set), and every panel has a query.
func TestGrafanaDashboard(t *testing.T) {
	b, err := os.ReadFile("../docs/grafana/smtpgw-relay.json")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Title  string
		UID    string
		Panels []struct {
			Title   string
			Targets []struct{ Expr string }
		}
	}
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	if d.UID == "" || len(d.Panels) == 0 {
		t.Fatalf("dashboard %q: uid %q, %d panels", d.Title, d.UID, len(d.Panels))
	}
	known := docMetricNames(t)
	used := map[string]bool{}
	for _, p := range d.Panels {
		if len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
		for _, tg := range p.Targets {
			for _, n := range dashMetricRe.FindAllString(tg.Expr, -1) {
				n = strings.TrimSuffix(n, "_bucket")
				used[n] = true
				if !known[n] {
					t.Errorf("panel %q queries %s, which the relay does not export", p.Title, n)
				}
			}
		}
	}
	for n := range known {
		if !used[n] {
			t.Errorf("no panel shows %s", n)
		}
	}
}
