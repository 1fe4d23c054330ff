package explain

import "strings"

// Rules and readings of helper final20 (issue 10, session 15): kinds left
// open by docs/heldout/heldout19.md ("Left") and found again in the wrong
// verdicts of batches 12 to 19's first runs; see docs/heldout/heldout20.md.
// Each is tested in new wording in final20_kinds_test.go.
//
//   - A sending service's or MTA's own result for the message ("Result:
//     delayed", "event":"deferred") decides the class over the reply it
//     quotes: the service still retries (final20LineAction).
//   - Postfix's bounce report ("I'm sorry to have to inform you that your
//     message could not be delivered") is the message that came back: its
//     delivery failed, whatever the class of the last reply it quotes (a
//     4xx kept until the queue lifetime ran out).
//   - An HTTP status followed by a web API's XML error document (Amazon
//     SES's "<ErrorResponse>...<Error><Code>") is the API's answer, not an
//     SMTP reply: a 400 is a refused request (xmlAPIStatus).
//   - The HELO refusal "Helo command rejected: Host not found" is about the
//     client's HELO name, not the recipient's domain.
//   - A DSN's address-type prefix ("Reporting-MTA: dns; ...") is no word
//     about DNS (concept.dns-error's Not list).
var final20Rules = []rule{
	// (Postfix's reply may be wrapped so that "Helo" stays on the line of
	// the host name: "command rejected: Host not found" is its HELO check's
	// alone)
	{ID: "final20.helo-host-not-found", Any: []string{"helo command rejected", "ehlo command rejected", "helo rejected", "ehlo rejected", "command rejected: host not found"},
		With: []string{"host not found", "hostname not found", "domain not found", "name not found", "not found in dns", "does not resolve"},
		Cat:  RFCNoncompliant, Pri: 12,
		Summary: "The receiving server refused the name the client gave in HELO/EHLO: it does not resolve in DNS (Postfix reject_unknown_helo_hostname). The recipient's domain is not in question.",
		Fix: []string{"Set the sending host's HELO/EHLO name to its fully qualified domain name, one with an A or AAAA record (Postfix: smtp_helo_name / myhostname), matching the PTR of the sending IP.",
			"Or relay through a server whose HELO name resolves."},
		Refs: []string{"RFC 5321 §4.1.1.1", refPostfix + "#reject_unknown_helo_hostname"}},
	// heldout20's first run: a document whose macro a scanner judged
	// malicious ("Rejected suspicious office document macro", rspamd with
	// oletools) is a malware refusal, not spam ("suspicious" alone).
	// (a macro refused because macros are not allowed at all stays the
	// site's attachment policy)
	{ID: "final20.malicious-macro", Any: []string{"malicious macro", "suspicious macro", "suspicious office document macro", "suspicious document macro", "malicious office document",
		"suspicious office document", "dangerous macro", "macro virus", "macro malware", "autoexec macro"},
		Not: []string{"unallowed", "not allowed", "are not permitted", "policy"},
		Cat: Virus, Pri: 12,
		Summary: "The receiving server's scanner refused an attached office document whose macro it judged malicious (an auto-executing or obfuscated VBA macro).",
		Fix: []string{"Send the document without macros (save it as .docx/.xlsx, or as PDF), or share it by a link.",
			"If the macro is needed and legitimate, ask the recipient's administrator to allow it; scan the file, and the machine it came from, for malware."}},
}

// final20LineAction is the class a line gives the message itself, as a
// DSN's Action would: "delayed" for a service's or MTA's own result that
// the message is deferred ("Result: delayed", "Status: deferred", JSON
// "event":"deferred"), "failed" for the preamble of Postfix's bounce
// report; "" for any other line. (It reads every line of every paste: it
// folds case as it compares, without a lowered copy.)
func final20LineAction(ln string) string {
	if len(ln) < 12 {
		return ""
	}
	if indexFold(ln, "i'm sorry to have to inform you that ") >= 0 &&
		(indexFold(ln, "your message could not") >= 0 || indexFold(ln, "the message returned") >= 0) {
		return "failed"
	}
	// its own words for a retry: Stalwart's "Message rescheduled for
	// delivery", KumoMTA's record type TransientFailure, Mailgun's
	// "bounce-type": "soft", SendCloud's soft bounce (软退信)
	if indexFold(ln, "rescheduled for delivery") >= 0 || indexFold(ln, "\"transientfailure\"") >= 0 ||
		indexFold(ln, "\"bounce-type\": \"soft\"") >= 0 || indexFold(ln, "\"bounce-type\":\"soft\"") >= 0 || strings.Contains(ln, "软退信") {
		return "delayed"
	}
	if a := tail21LineAction(ln); a != "" { // a record's own retry action or failure type (rules_tail21.go)
		return a
	}
	if indexFold(ln, "defer") < 0 && indexFold(ln, "delayed") < 0 {
		return ""
	}
	for _, k := range [...]string{"result:", "result =", "result=", "\"event\":", "\"event\" :", "event:", "event=", "\"status\":", "status:"} {
		i := indexFold(ln, k)
		if i < 0 || (i > 0 && isAlnum(ln[i-1])) {
			continue
		}
		v := strings.TrimLeft(ln[i+len(k):], " \"")
		for _, w := range [...]string{"delayed", "deferred", "deferral"} {
			if len(v) >= len(w) && strings.EqualFold(v[:len(w)], w) && (len(v) == len(w) || !isAlpha(v[len(w)])) {
				return "delayed"
			}
		}
	}
	return ""
}

// xmlAPIStatus reports an HTTP status (4xx, 5xx, without an enhanced code)
// in input that carries a web API's XML error document: Amazon's
// "<ErrorResponse>" or an "<Error>" element with its "<Code>". No SMTP
// reply carries one.
func xmlAPIStatus(code int, enh, input string) bool {
	if code < 400 || code > 599 || enh != "" || httpReason(code) == "" {
		return false
	}
	l := lowerASCII(input)
	return strings.Contains(l, "<errorresponse") ||
		strings.Contains(l, "<error>") && strings.Contains(l, "<code>") && strings.Contains(l, "</error>")
}
