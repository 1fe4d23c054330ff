package bounce

import "strings"

// Mail security gateways and hosted filters: Mimecast, Proofpoint,
// Barracuda, Cisco Secure Email (IronPort), Trend Micro, Sophos, Symantec /
// Broadcom Email Security.cloud (MessageLabs), Fortinet FortiMail,
// Forcepoint (Websense), McAfee / Trellix. Each is recognised by the header
// fields it adds to the reports it writes (X-Mimecast-*, X-Proofpoint-*,
// X-IronPort-*, X-FEAS-*, X-SEF-*, ...), by its name in the From: address,
// or by the names of its hosts in Received:; the result names it
// (Result.Gateway). Their reports use one of the shared layouts (a DSN,
// "addr: reason", labelled fields, "The following message to <a@b> was
// undeliverable." with the reason below), so the text is read with parseAny.

func detectGateway(m *msg) bool { return gatewayName(m) != "" }

type gatewayMarks struct {
	name    string
	headers []string // header field name prefixes, lower case
	words   []string // in From:, Received: host names, or (for the product names) the report text
}

var gatewayList = []gatewayMarks{
	{"Mimecast", []string{"x-mimecast-"}, []string{"mimecast"}},
	{"Proofpoint", []string{"x-proofpoint-", "x-ppe-"}, []string{"proofpoint", "pphosted"}},
	{"Barracuda", []string{"x-barracuda-"}, []string{"barracuda", "cudamail"}},
	{"Cisco Secure Email (IronPort)", []string{"x-ironport-", "x-ipas-"}, []string{"ironport", "iphmx", "cisco secure email"}},
	{"Trend Micro", []string{"x-tm-as-", "x-tmase-", "x-tm-received-", "x-tm-deliver-"}, []string{"trend micro", "trendmicro", "interscan", "tmes."}},
	{"Sophos", []string{"x-sophos-", "x-lased-"}, []string{"sophos"}},
	{"Symantec MessageLabs", []string{"x-messagelabs", "x-starscan-", "x-brightmail-"}, []string{"messagelabs", "email security.cloud", "symantec"}},
	{"Fortinet FortiMail", []string{"x-feas-", "x-fe-policy-id", "x-fe-last-public-client-ip"}, []string{"fortimail", "fortinet"}},
	{"Forcepoint", []string{"x-sef-", "x-forcepoint-"}, []string{"forcepoint", "websense", "mailcontrol"}},
	{"McAfee", []string{"x-mcafee-", "x-mfe-"}, []string{"mcafee", "trellix", "mxlogic"}},
}

// gatewayName names the gateway that wrote the report, "" for none.
func gatewayName(m *msg) string {
	if !m.hasHeader {
		return ""
	}
	if m.gateway != nil {
		return *m.gateway
	}
	name := findGateway(m)
	m.gateway = &name
	return name
}

func findGateway(m *msg) string {
	fields := m.header.Fields()
	var received []string
	for fields.Next() {
		k := lowerASCII(fields.Key())
		if k == "received" {
			received = append(received, lowerASCII(fields.Value()))
			continue
		}
		for _, g := range gatewayList {
			for _, h := range g.headers {
				if strings.HasPrefix(k, h) {
					return g.name
				}
			}
		}
	}
	for _, g := range gatewayList {
		if m.fromHas(g.words...) {
			return g.name
		}
		for _, r := range received {
			// the host names of "from X by Y", not free text
			if i := strings.Index(r, " by "); i >= 0 {
				for _, w := range g.words {
					if strings.Contains(firstWord(r[i+4:]), w) {
						return g.name
					}
				}
			}
		}
	}
	if !looksLikeBounce(m) {
		return ""
	}
	// the product's name in the report itself (not in the returned message,
	// whose disclaimers often name a filter the sender's mail passed)
	report := lowerASCII(strings.Join(m.reportLines(), "\n"))
	for _, g := range gatewayList {
		for _, w := range g.words {
			if len(w) > 7 && !strings.Contains(w, " ") && w != "symantec" && strings.Contains(report, w) {
				return g.name
			}
		}
	}
	return ""
}

func parseGateway(m *msg) []Recipient {
	action := actionFromText(m)
	if rs := parseUndeliverableTo(m.reportLines(), action); len(rs) > 0 {
		return rs
	}
	return parseAny(m, action)
}

// parseUndeliverableTo reads Cisco AsyncOS's bounce: "The following message
// to <a@b> was undeliverable." / "The reason for the problem:" /
// "5.1.0 - Unknown address error 550-'5.1.1 <a@b>... User unknown'".
func parseUndeliverableTo(lines []string, action string) []Recipient {
	var out []Recipient
	cur := ""
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		low := lowerASCII(t)
		if strings.HasPrefix(low, "the following message to ") && strings.Contains(low, "was undeliverable") {
			cur = addrIn(t)
			continue
		}
		if cur == "" || !strings.HasPrefix(low, "the reason for the problem") {
			continue
		}
		var parts []string
		for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			i++
			parts = append(parts, strings.TrimSpace(lines[i]))
		}
		reason := strings.Join(parts, " ")
		status := ""
		if s := firstWord(reason); validStatus(s) {
			status = s // AsyncOS's own classification in front: "5.4.7 - Delivery expired"
		}
		// "5.1.0 - Unknown address error 550-'the remote reply'"
		if j := strings.IndexByte(reason, '\''); j > 0 && strings.HasSuffix(reason, "'") && j < len(reason)-1 {
			inner := reason[j+1 : len(reason)-1]
			head := strings.TrimSpace(reason[:j])
			if strings.HasSuffix(head, "-") && len(head) >= 4 && startsWithReplyCode(head[len(head)-4:len(head)-1]+" ") {
				inner = head[len(head)-4:len(head)-1] + " " + inner
			}
			reason = inner
		}
		if startsWithReplyCode(reason) {
			status = "" // the remote reply's own code is more precise
		}
		out = append(out, Recipient{Recipient: cur, Action: action, Diagnostic: reason, Status: status})
		cur = ""
	}
	return out
}
