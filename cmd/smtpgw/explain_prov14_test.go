package main

import "testing"

// The input forms held-out batch 14-prov found, through the command (new
// wording, not rows of the batch): each paste piped whole gives exactly
// one explanation, the same as the text given as the argument.
//
//   - an AUTH exchange whose client answers are base64 lines, also behind a
//     session number ("[#2]"): the reply after them answers AUTH;
//   - a multi-line reply Postfix flattened and its bounce folded, pasted
//     without the indentation;
//   - typographic quotes in text copied from a web page or a client's
//     window.
func TestExplainProv14FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, cat, class, stage string }{
		{"EHLO desk\n250 smtp.isp.example\nAUTH LOGIN\n334 VXNlcm5hbWU6\nbWFyYQ==\n334 UGFzc3dvcmQ6\ndG9wc2VjcmV0\n454 Temporary failure, try again", "auth-failed", "transient", "AUTH"},
		{"[#2] 220 smtp.isp.example ESMTP\n[#2] EHLO desk\n[#2] 250 OK\n[#2] AUTH LOGIN\n[#2] 334 VXNlcm5hbWU6\n[#2] bWFyYQ==\n[#2] 334 UGFzc3dvcmQ6\n[#2] dG9wc2VjcmV0\n[#2] 535 5.7.8 Authentication credentials invalid", "auth-failed", "permanent", "AUTH"},
		{"<ola@isp.example>: host mx.isp.example[192.0.2.30] said:\n550-Verification failed for the sender: no such domain\n<x@nodomain.example> 550 (rejected) (in reply to MAIL FROM command)", "sender-invalid", "permanent", "MAIL FROM"},
		{"550 5.1.1 Sorry, that address doesn\u2019t exist here", "user-unknown", "permanent", ""},
		{"We received a soft \u201cbounce\u201d from the recipient\u2019s provider and will retry", "unknown", "transient", ""},
	} {
		ms := explainStdinLines(t, []string{c.in}) // (one input of many lines: exactly one explanation)
		arg := explainJSON(t, c.in)
		st, _ := ms[0]["stage"].(string)
		if ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || st != c.stage {
			t.Errorf("%.50q: stdin %v/%v stage %q, argument %v/%v, want %s/%s stage %q", c.in, ms[0]["category"], ms[0]["class"], st, arg["category"], arg["class"], c.cat, c.class, c.stage)
		}
	}
}
