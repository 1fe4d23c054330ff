package dnsbl

import (
	"fmt"
	"strings"

	"github.com/smtpgw/smtpgw/finding"
)

// Finding ids.
const (
	IDListed  = "dnsbl.listed"  // fail: on a list
	IDRefused = "dnsbl.refused" // warn: the list refused the query; could not check
	IDError   = "dnsbl.error"   // warn: the lookup failed; could not check
	IDClean   = "dnsbl.clean"   // pass: on none of the lists asked
	// IDNotChecked (info) names the lists that cannot be asked about the
	// subject (IPv6 on an IPv4-only list) when no list answered clean.
	IDNotChecked = "dnsbl.not-checked"
)

// Findings turns the results of one subject (one CheckIP or CheckDomain
// call) into findings about target: one dnsbl.listed, dnsbl.refused or
// dnsbl.error per list that needs attention, and one dnsbl.clean naming the
// lists that answered "not listed". Skipped lists are named in the clean
// finding's detail, so nothing is dropped.
func Findings(target finding.Target, rs []Result) []finding.Finding {
	var out []finding.Finding
	var clean, skipped []string
	subject := ""
	for _, r := range rs {
		subject = r.Subject
		switch r.Status {
		case Listed:
			rem := []string{
				"Find and stop what sent the mail that got " + r.Subject + " listed (a compromised account or host, an open relay, a bad list) before asking for removal",
				"Look " + r.Subject + " up and request removal at " + r.List.Delist,
			}
			if r.List.Removal != "" {
				rem = append(rem, r.List.Name+": "+r.List.Removal)
			}
			out = append(out, finding.Finding{
				ID: IDListed, Status: finding.Fail, Target: target,
				Summary:     fmt.Sprintf("%s is listed on %s (%s): %s", r.Subject, r.ListName, r.Zone, meaningsShort(r.Meanings)),
				Detail:      "Receivers that use " + r.ListName + " reject or junk mail from a listed " + kindWord(r.List) + "; delisting: " + r.List.Delist,
				Remediation: rem,
				Evidence:    evidence(r),
			})
		case Refused:
			out = append(out, finding.Finding{
				ID: IDRefused, Status: finding.Warn, Target: target,
				Summary: fmt.Sprintf("could not check %s on %s: query refused (%s)", r.Subject, r.ListName, meaningsShort(r.Meanings)),
				Detail:  "This is not a listing and not a clean result: the list did not serve the query, usually because it came through a public resolver or exceeded the list's volume limit.",
				Remediation: []string{
					"Query through a recursive resolver of your own (unbound or bind on this machine, asked at 127.0.0.1) rather than a public DNS service, or look " + r.Subject + " up at " + r.List.Delist,
				},
				Evidence: evidence(r),
			})
		case Failed:
			out = append(out, finding.Finding{
				ID: IDError, Status: finding.Warn, Target: target,
				Summary:     fmt.Sprintf("could not check %s on %s: %s", r.Subject, r.ListName, r.Error),
				Remediation: []string{"Retry later or through another resolver; look " + r.Subject + " up at " + r.List.Delist},
				Evidence:    []string{r.Query + " A: " + r.Error},
			})
		case Clean:
			clean = append(clean, r.ListName)
		case Skipped:
			skipped = append(skipped, r.ListName+" ("+r.Error+")")
		}
	}
	if len(clean) > 0 {
		f := finding.Finding{
			ID: IDClean, Status: finding.Pass, Target: target,
			Summary:     fmt.Sprintf("%s is on none of %d lists: %s", subject, len(clean), strings.Join(clean, ", ")),
			Remediation: []string{},
		}
		if len(skipped) > 0 {
			f.Detail = "Not asked: " + strings.Join(skipped, ", ")
		}
		out = append(out, f)
	} else if len(skipped) > 0 {
		out = append(out, finding.Finding{
			ID: IDNotChecked, Status: finding.Info, Target: target,
			Summary:     fmt.Sprintf("%s was not asked of %d lists: %s", subject, len(skipped), strings.Join(skipped, ", ")),
			Remediation: []string{},
		})
	}
	return out
}

func kindWord(l *List) string {
	if l.Kind == DomainList {
		return "domain (in addresses or links)"
	}
	return "sending address"
}

func meaningsShort(ms []string) string {
	return strings.Join(ms, "; ")
}

func evidence(r Result) []string {
	var ev []string
	for _, c := range r.Codes {
		ev = append(ev, r.Query+" A "+c)
	}
	if len(ev) == 0 && r.Error != "" {
		ev = append(ev, r.Query+" A: "+r.Error)
	}
	return ev
}
