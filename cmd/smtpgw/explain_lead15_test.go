package main

import "testing"

// A delivery reported in words, without a reply code, through the command:
// as the argument and piped, it is a success, not a refused input (exit 2);
// a delivery not made yet is a delay (transient), not a permanent failure.
func TestExplainLead15DeliveredWording(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"Your e-mail to ana@lab.example was delivered to the recipient's server",
		"filter[812]: (09421-07) Passed CLEAN {RelayedOutbound}, <a@lab.example> -> <b@lab.example>",
	} {
		ms := explainStdinLines(t, []string{in})
		arg := explainJSON(t, in)
		if ms[0]["category"] != "success" || arg["category"] != "success" || arg["class"] != "success" || arg["code"] != nil {
			t.Errorf("%.50q: stdin %v, argument %v/%v code %v, want success/success without a code", in, ms[0]["category"], arg["category"], arg["class"], arg["code"])
		}
	}
	// a delivery not made yet is a delay: no success, and temporary
	if d := explainJSON(t, "Your message has not been delivered yet"); d["category"] == "success" || d["class"] != "transient" {
		t.Errorf("a delivery not made yet: %v/%v, want a temporary failure", d["category"], d["class"])
	}
}
