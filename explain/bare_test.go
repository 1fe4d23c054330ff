package explain

import (
	"encoding/json"
	"testing"
)

// A reply without text is explained by the small engine of the rules about
// codes alone (engineFor). It must give exactly what the whole engine gives:
// every basic code with every enhanced code of the registry at every stage,
// and the enhanced codes the rules name (both ends of a range) from every
// provider's host.
func TestBareEngineAgreesWithFullEngine(t *testing.T) {
	codes := []int{299, 499, 525, 571, 599}
	for _, e := range basicCodeTable {
		codes = append(codes, e.code)
	}
	checked := 0
	same := func(r Reply) {
		t.Helper()
		bare, _ := json.Marshal(explainOn(r, true, false))
		full, _ := json.Marshal(explainOn(r, true, true))
		if string(bare) != string(full) {
			t.Fatalf("%+v:\n bare %s\n full %s", r, bare, full)
		}
		checked++
	}
	for _, code := range codes {
		class := string(rune('0' + code/100))
		for _, stage := range []string{"", "RCPT TO", "MAIL FROM", "DATA"} {
			same(Reply{Code: code, Stage: stage})
			for k := range enhancedDetails.Get() {
				same(Reply{Code: code, Enhanced: class + "." + k, Stage: stage})
			}
		}
	}
	var ruleEnh []string
	for _, r := range ruleTable() {
		for _, s := range r.Enh {
			for _, e := range []string{enhFirst(s), enhLast(s)} {
				if e[0] == 'X' {
					e = "5" + e[1:]
				}
				ruleEnh = append(ruleEnh, e)
			}
		}
	}
	hosts := []string{""}
	for _, ph := range providerHosts {
		hosts = append(hosts, "mx1."+ph.Suffix)
	}
	for _, host := range hosts {
		for _, code := range []int{0, 421, 450, 451, 550, 554} {
			same(Reply{Code: code, RemoteHost: host})
			for _, e := range ruleEnh {
				if code == 0 || e[0] == byte('0'+code/100) {
					same(Reply{Code: code, Enhanced: e, RemoteHost: host})
				}
			}
		}
	}
	if engineFor("", "", nil) == theEngine() || len(engineFor("", "", nil).rules) >= len(theEngine().rules) {
		t.Fatal("a reply without text does not get the small engine")
	}
	if engineFor("", "Delivery has expired. Last error:", nil) != theEngine() {
		t.Fatal("a reply without text but with words around it does not get the whole engine")
	}
	if engineFor("", "", espTokens("mailgun bouncetype=hard")) != theEngine() {
		t.Fatal("a reply without text but with a service's classification field does not get the whole engine")
	}
	for _, r := range bareRules() {
		if r.ESP != "" {
			t.Fatalf("the small engine has rule %s, about a service's field (%s): it cannot apply without one", r.ID, r.ESP)
		}
	}
	t.Logf("%d bare replies agree", checked)
}
