package dane

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
)

// Findings returns the findings about the TLSA RRset itself: dane.dns-error,
// dane.none, dane.unsigned, dane.tlsa and dane.unusable-records. Matching
// against the presented certificates is EndpointFindings.
func (h *HostTLSA) Findings(domain string) []finding.Finding {
	t := finding.Target{Domain: domain, Host: h.Host, Port: 25}
	ev := h.Evidence
	if len(ev) == 0 {
		ev = []string{h.Name + " TLSA: no records"}
	}
	if h.Err != nil {
		return []finding.Finding{{
			ID: "dane.dns-error", Status: finding.Fail, Target: t,
			Summary: fmt.Sprintf("the TLSA lookup for %s failed: %v", h.Name, h.Err),
			Detail: "A DANE sender that cannot tell whether TLSA records exist (SERVFAIL, often a broken DNSSEC signature, or a timeout) " +
				"must not deliver without them: it defers the mail to this host (RFC 7672 §2.2).",
			Remediation: []string{"Make the name servers answer TLSA queries for " + h.Name + " (NOERROR with or without records); check the DNSSEC signatures of the zone (e.g. with dnsviz)"},
			Evidence:    ev,
		}}
	}
	if len(h.Records) == 0 {
		return []finding.Finding{{
			ID: "dane.none", Status: finding.Info, Target: t,
			Summary:     "no TLSA records: DANE is not used for " + h.Host,
			Detail:      "With DNSSEC-signed TLSA records at " + h.Name + ", DANE senders require STARTTLS and a matching certificate, which defeats STARTTLS stripping and forged certificates (RFC 7672).",
			Remediation: []string{"Sign the zone of " + h.Host + " with DNSSEC, then publish a TLSA record such as \"" + h.Name + " IN TLSA 3 1 1 <SHA-256 of the certificate's public key>\""},
			Evidence:    ev,
		}}
	}
	var fs []finding.Finding
	if !h.Authenticated && h.Signed {
		// Signed but not validated: the server asked does not validate
		// (an authoritative server, or a non-validating resolver), or the
		// chain of trust stops above the zone.
		st := finding.Warn
		why := "the resolver asked does not validate DNSSEC, or the DS record of the zone is missing at the parent (then validators treat the zone as unsigned and senders ignore the records)"
		if h.Authoritative {
			st = finding.Info
			why = "the server asked is an authoritative server (AA set, RA clear), which never validates DNSSEC nor sets the AD bit; whether senders' validating resolvers accept the signatures is not known from here"
		}
		fs = append(fs, finding.Finding{
			ID: "dane.unsigned", Status: st, Target: t,
			Summary: fmt.Sprintf("%d TLSA record(s) at %s are signed (RRSIG) but the answer was not DNSSEC-validated (no AD bit)", len(h.Records), h.Name),
			Detail:  "Senders use TLSA records only when DNSSEC validates them (RFC 7672 §2.2). The zone is signed: " + why + ".",
			Remediation: []string{"Check again through a validating resolver (Unbound, BIND with dnssec-validation auto) to see what senders see",
				"If a validating resolver gives no AD bit either, publish the zone's DS record at the parent (check with delv " + h.Name + " TLSA)"},
			Evidence: ev,
		})
	} else if !h.Authenticated {
		fs = append(fs, finding.Finding{
			ID: "dane.unsigned", Status: finding.Warn, Target: t,
			Summary: fmt.Sprintf("%d TLSA record(s) at %s, but the answer is not DNSSEC-validated (no AD bit): senders ignore them", len(h.Records), h.Name),
			Detail: "Senders use TLSA records only when DNSSEC validates them (RFC 7672 §2.2). The answer came without the AD bit: either the zone is not signed, " +
				"or the resolver asked does not validate DNSSEC. smtpgw cannot tell which: run the check again through a validating resolver.",
			Remediation: []string{"Sign the zone of " + h.Host + " with DNSSEC (and publish the DS record at the parent)", "If the zone is signed, check again through a validating resolver to confirm"},
			Evidence:    ev,
		})
	} else {
		fs = append(fs, finding.Finding{
			ID: "dane.tlsa", Status: finding.Pass, Target: t,
			Summary:  fmt.Sprintf("%d TLSA record(s) at %s, DNSSEC-validated", len(h.Records), h.Name),
			Evidence: ev,
		})
	}
	var bad []string
	usable := 0
	for _, r := range h.Records {
		if ok, why := r.Usable(); !ok {
			bad = append(bad, r.Text+": "+why)
		} else {
			usable++
		}
	}
	if len(bad) > 0 {
		f := finding.Finding{
			ID: "dane.unusable-records", Status: finding.Warn, Target: t,
			Summary:     fmt.Sprintf("%d of %d TLSA record(s) are unusable for SMTP", len(bad), len(h.Records)),
			Detail:      strings.Join(bad, "\n"),
			Remediation: []string{"Publish DANE-EE(3) or DANE-TA(2) records (\"3 1 1 <SHA-256 of the public key>\" is the usual choice) and remove the unusable ones"},
			Evidence:    ev,
		}
		if usable == 0 {
			f.Summary = "no TLSA record is usable for SMTP: senders still require TLS but cannot authenticate the server"
			f.Detail += "\nRFC 7672 §2.2: with only unusable records, DANE senders use TLS without authentication."
		}
		fs = append(fs, f)
	}
	return fs
}

// Endpoint is what the probe of one MX address on port 25 found.
type Endpoint struct {
	Target    finding.Target
	Connected bool                // a TCP connection and greeting happened
	TLS       bool                // the STARTTLS handshake completed
	TLSError  string              // why not, when offered and failed ("" when not offered)
	Chain     []*x509.Certificate // as presented, leaf first
}

// EndpointFindings matches the chain presented at one address of the host
// against its TLSA records: dane.match (pass), dane.mismatch (fail; warn when
// the records are not DNSSEC-validated, since senders then ignore them) and
// dane.no-tls (TLSA records but no TLS). It returns nil when the host has no
// usable records or the endpoint could not be reached.
func EndpointFindings(h *HostTLSA, ep Endpoint, now time.Time) []finding.Finding {
	if h.Err != nil || len(h.Records) == 0 || !ep.Connected {
		return nil
	}
	usable := 0
	for _, r := range h.Records {
		if ok, _ := r.Usable(); ok {
			usable++
		}
	}
	if usable == 0 {
		return nil
	}
	failSt := finding.Fail
	unsignedNote := ""
	if !h.Authenticated {
		failSt = finding.Warn
		unsignedNote = " (The records are not DNSSEC-validated, so senders ignore them today; once the zone is signed, or if your resolver simply does not validate, this is a failure.)"
	}
	if !ep.TLS {
		what := "STARTTLS is not offered"
		if ep.TLSError != "" {
			what = "the STARTTLS handshake fails (" + ep.TLSError + ")"
		}
		return []finding.Finding{{
			ID: "dane.no-tls", Status: failSt, Target: ep.Target,
			Summary:     "TLSA records are published but " + what + ": DANE senders defer all mail to this host",
			Detail:      "RFC 7672 §2.2: with usable TLSA records, TLS is mandatory." + unsignedNote,
			Remediation: []string{"Enable STARTTLS on " + h.Host + " with the certificate the TLSA records describe, or remove the TLSA records first"},
			Evidence:    h.Evidence,
		}}
	}
	res := Match(h.Records, ep.Chain, MatchOptions{Names: []string{h.Host}, Now: now})
	var ev []string
	for _, m := range res.Records {
		s := m.Record.Text
		switch {
		case m.Verified:
			s += fmt.Sprintf(": matches certificate %d (%s)", m.CertIdx, subject(ep.Chain, m.CertIdx))
		case m.Reason != "":
			s += ": " + m.Reason
		case m.Matched:
			s += fmt.Sprintf(": matches certificate %d but is not usable", m.CertIdx)
		default:
			s += ": matches no certificate of the chain"
		}
		ev = append(ev, s)
	}
	ev = append(ev, chainLines(ep.Chain)...)
	if res.Authenticated {
		return []finding.Finding{{
			ID: "dane.match", Status: finding.Pass, Target: ep.Target,
			Summary:  "the presented certificate matches the TLSA records",
			Evidence: ev,
		}}
	}
	f := finding.Finding{
		ID: "dane.mismatch", Status: failSt, Target: ep.Target,
		Summary: "the presented certificate matches no usable TLSA record: DANE senders defer all mail to this host",
		Detail: "RFC 7672 §2.2: when TLSA records are usable, a sender delivers only to a server whose chain matches one of them. " +
			"This usually follows a certificate renewal with a new key without updating the TLSA records first." + unsignedNote,
		Evidence: ev,
	}
	if len(ep.Chain) > 0 {
		spki := sha256.Sum256(ep.Chain[0].RawSubjectPublicKeyInfo)
		f.Remediation = []string{
			fmt.Sprintf("Publish a TLSA record for the key in use: %s IN TLSA 3 1 1 %s", h.Name, hex.EncodeToString(spki[:])),
			"Keep the old record until the new one has been in DNS for at least two TTLs, then remove it (RFC 7671 §8.1: publish the next key's record before rolling over)",
		}
	} else {
		f.Remediation = []string{"Check that the server presents its certificate chain and that the TLSA records describe it"}
	}
	return []finding.Finding{f}
}

func subject(chain []*x509.Certificate, i int) string {
	if i < 0 || i >= len(chain) {
		return ""
	}
	return chain[i].Subject.String()
}

func chainLines(chain []*x509.Certificate) []string {
	var out []string
	for i, c := range chain {
		spki := sha256.Sum256(c.RawSubjectPublicKeyInfo)
		full := sha256.Sum256(c.Raw)
		out = append(out, fmt.Sprintf("chain[%d] %s: SPKI sha256 %s, cert sha256 %s", i, c.Subject, hex.EncodeToString(spki[:]), hex.EncodeToString(full[:])))
	}
	return out
}

// DNSSECAnswerFinding is DNSSECFinding told from the MX answer itself,
// which says more than the AD bit: an answer carrying RRSIG records comes
// from a signed zone even when nobody validated it, and an answer from an
// authoritative server (AA set, RA clear) is never validated, so the
// missing AD bit then says nothing about the zone. A nil answer (none
// arrived) is treated as not validated.
//
// ds is the answer to the DS query for the zone that signed the MX answer
// (Signer), asked only for a signed, unvalidated answer from a resolver
// (nil otherwise): a validated NODATA proves that the parent publishes no
// DS record, the usual reason a signed zone is insecure.
func DNSSECAnswerFinding(domain string, mx, ds *resolver.Answer, anyTLSA bool) finding.Finding {
	if mx == nil || mx.Msg == nil || mx.Authenticated || !(mx.Signed() || mx.FromAuthoritative()) {
		var recs []string
		if mx != nil && mx.Msg != nil {
			recs = mx.Strings()
		}
		return DNSSECFinding(domain, mx != nil && mx.Authenticated, recs, anyTLSA)
	}
	t := finding.Target{Domain: domain}
	ev := append(mx.Strings(), "DNSSEC: "+mx.DNSSEC())
	if !mx.Signed() {
		// From an authoritative server, without signatures although the
		// DO bit asked for them: the zone is not signed.
		f := finding.Finding{ID: "dnssec.mx", Status: finding.Info, Target: t,
			Summary:     "the zone of " + domain + " is not DNSSEC-signed: its authoritative server sent the MX answer without RRSIG records",
			Detail:      "The query set the DO bit, so a signed zone's server includes its signatures. Without DNSSEC, DANE cannot be used and MX answers can be forged.",
			Remediation: []string{"Sign the zone with DNSSEC at your DNS provider and publish the DS record at the registrar"},
			Evidence:    ev,
		}
		if anyTLSA {
			f.Status = finding.Warn
			f.Summary = "TLSA records are published but the zone of " + domain + " is not DNSSEC-signed (no RRSIG from its authoritative server): senders do not use DANE for this domain"
		}
		return f
	}
	f := finding.Finding{ID: "dnssec.mx", Status: finding.Info, Target: t, Evidence: ev,
		Remediation: []string{
			"Check again through a validating resolver (Unbound, BIND with dnssec-validation auto) to see what senders see",
			"If a validating resolver gives no AD bit either, publish the DS record of the zone at the registrar (check with delv " + domain + " MX)",
		}}
	if mx.FromAuthoritative() {
		f.Summary = "the MX answer is signed (RRSIG) but not validated: the resolver asked is an authoritative server, which never sets the AD bit"
		f.Detail = "The server answered with AA set and RA clear: it serves the zone but does not resolve or validate. The zone is signed; whether its chain of trust (DS at the parent) validates can only be seen through a validating resolver."
		return f
	}
	if ds != nil && ds.Msg != nil && ds.Authenticated && len(ds.Records) == 0 {
		zone := strings.TrimSuffix(mx.Signer(), ".")
		f.Status = finding.Warn
		f.Summary = "the zone " + zone + " is signed but has no DS record at its parent: validators treat it as unsigned (insecure), so the MX answer is not DNSSEC-validated"
		f.Detail = "The resolver validates DNSSEC: it proved, with a validated answer (AD bit), that the parent zone publishes no DS record for " + zone + ". Without the DS the chain of trust stops at the parent, " +
			"so the zone's signatures protect nothing: MX answers can be forged and senders do not use DANE."
		if anyTLSA {
			f.Summary += "; senders do not use DANE for this domain"
		}
		f.Remediation = []string{
			"Publish the DS record of " + zone + " at the parent (your registrar or the parent zone's operator): ldns-key2ds or dnssec-dsfromkey give it from the zone's KSK",
			"Check with delv " + domain + " MX that the answer becomes \"fully validated\"",
		}
		f.Evidence = append(mx.Strings(), zone+" DS: no record, validated denial (AD bit): the parent publishes no DS record")
		return f
	}
	f.Summary = "the MX answer is signed (RRSIG) but was not DNSSEC-validated (no AD bit)"
	f.Detail = "The zone is signed, but the answer came without the AD bit: either the resolver asked does not validate DNSSEC, or the DS record of the zone is missing at the parent, so validators treat the zone as unsigned (insecure). In the second case senders do not use DANE and MX answers can be forged."
	if anyTLSA {
		f.Status = finding.Warn
		f.Summary = "TLSA records are published and the zone is signed, but the MX answer was not DNSSEC-validated (no AD bit): senders may not use DANE for this domain"
		f.Detail = "RFC 7672 §2.2.1: DANE applies only when the MX RRset is DNSSEC-secure. " + f.Detail
	}
	return f
}

// DNSSECFinding reports whether the domain's MX answer was DNSSEC-validated
// (dnssec.mx): pass with the AD bit; without it, warn when TLSA records were
// found (DANE needs DNSSEC all the way: RFC 7672 §2.2.1 requires the MX RRset
// to be secure for the TLSA records of its hosts to be used) and info
// otherwise. mxRecords is the MX answer as received, for evidence.
func DNSSECFinding(domain string, authenticated bool, mxRecords []string, anyTLSA bool) finding.Finding {
	t := finding.Target{Domain: domain}
	if authenticated {
		return finding.Finding{ID: "dnssec.mx", Status: finding.Pass, Target: t,
			Summary: "the MX answer is DNSSEC-validated (AD bit set by the resolver)", Evidence: mxRecords}
	}
	f := finding.Finding{ID: "dnssec.mx", Status: finding.Info, Target: t,
		Summary: "the MX answer is not DNSSEC-validated (no AD bit)",
		Detail: "Either " + domain + " is not DNSSEC-signed, or the resolver asked does not validate DNSSEC (smtpgw cannot tell which; " +
			"check through a validating resolver). Without DNSSEC, DANE cannot be used and MX answers can be forged.",
		Remediation: []string{"Sign the zone with DNSSEC at your DNS provider and publish the DS record at the registrar"},
		Evidence:    mxRecords,
	}
	if anyTLSA {
		f.Status = finding.Warn
		f.Summary = "TLSA records are published but the MX answer is not DNSSEC-validated: senders do not use DANE for this domain"
		f.Detail = "RFC 7672 §2.2.1: DANE applies only when the MX RRset is DNSSEC-secure; otherwise senders do not look at the MX hosts' TLSA records. " + f.Detail
	}
	return f
}

// AddressFindings reports TLSA records that senders will not use because
// the MX host's own address records are not DNSSEC-validated
// (dane.address-insecure, warn): a DANE client looks up TLSA records only
// when the A/AAAA RRset of the host is secure (RFC 7672 §2.2.2; Postfix
// behaves so). addrs are the host's A and AAAA answers; nil ones (not
// asked, or failed) are skipped.
func (h *HostTLSA) AddressFindings(domain string, addrs ...*resolver.Answer) []finding.Finding {
	if h.Err != nil || len(h.Records) == 0 || !h.Authenticated {
		return nil
	}
	var ev []string
	insecure := false
	for _, a := range addrs {
		if a == nil || len(a.Records) == 0 {
			continue
		}
		if !a.Authenticated {
			insecure = true
			if a.Msg != nil {
				ev = append(ev, a.Strings()...)
			}
		}
	}
	if !insecure {
		return nil
	}
	return []finding.Finding{{
		ID: "dane.address-insecure", Status: finding.Warn, Target: finding.Target{Domain: domain, Host: h.Host},
		Summary: "the TLSA records are DNSSEC-validated but the address records of " + h.Host + " are not: senders do not use DANE for it",
		Detail: "RFC 7672 §2.2.2: DANE applies only when the MX host's A/AAAA records are DNSSEC-secure; the host's addresses may come from a different, unsigned zone " +
			"(or a CNAME into one).",
		Remediation: []string{"Sign the zone that holds the A/AAAA records of " + h.Host + " with DNSSEC"},
		Evidence:    ev,
	}}
}
