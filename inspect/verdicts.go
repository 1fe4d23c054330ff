package inspect

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/internal/lazy"
)

// FilterVerdict is what one spam filter on the way left in the header:
// its decision, its score and each field or rule, explained.
type FilterVerdict struct {
	Filter string `json:"filter"` // microsoft, spamassassin, rspamd, proofpoint, mimecast, gmail
	Name   string `json:"name"`   // "Microsoft 365 / Outlook.com (Exchange Online Protection)"
	Header string `json:"header"` // the field(s) read
	// Spam is the filter's decision when the header says: "spam", "bulk",
	// "not spam", "skipped" (allow list or rule), or "" when it does not.
	Spam  string        `json:"verdict,omitempty"`
	Score string        `json:"score,omitempty"` // as the filter writes it: "7.3/5.0", "SCL 5"
	Items []VerdictItem `json:"items"`
}

// VerdictItem is one field or rule of a verdict header.
type VerdictItem struct {
	Name    string `json:"name"`
	Value   string `json:"value,omitempty"`
	Score   string `json:"score,omitempty"` // a rule's points, when written
	Meaning string `json:"meaning,omitempty"`
}

// maxRules bounds the rules read from one verdict header.
const maxRules = 200

// filterVerdicts reads the verdict headers of the spam filters it knows.
// Each header is read from its newest occurrence (the receiver's).
func filterVerdicts(m *Message) []FilterVerdict {
	var out []FilterVerdict
	if v, ok := microsoftVerdict(m); ok {
		out = append(out, v)
	}
	if v, ok := spamAssassinVerdict(m); ok {
		out = append(out, v)
	}
	if v, ok := rspamdVerdict(m); ok {
		out = append(out, v)
	}
	if v, ok := proofpointVerdict(m); ok {
		out = append(out, v)
	}
	if v, ok := mimecastVerdict(m); ok {
		out = append(out, v)
	}
	if v, ok := gmailVerdict(m); ok {
		out = append(out, v)
	}
	return out
}

// fieldPairs splits "K:V;K:V;..." (Microsoft) into pairs, in order.
func fieldPairs(v, sep, kv string) [][2]string {
	var out [][2]string
	for _, p := range strings.Split(v, sep) {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		k, val, _ := strings.Cut(p, kv)
		out = append(out, [2]string{strings.TrimSpace(k), strings.TrimSpace(val)})
		if len(out) >= maxRules {
			break
		}
	}
	return out
}

var (
	msSFV = lazy.Value[map[string][2]string]{New: func() map[string][2]string {
		return map[string][2]string{
			"BLK":  {"spam", "the sender is on the recipient's own Blocked Senders list: filtering was skipped and the message went to Junk Email"},
			"NSPM": {"not spam", "spam filtering found the message not spam"},
			"SFE":  {"skipped", "the sender is on the recipient's Safe Senders list: filtering was skipped"},
			"SKA":  {"skipped", "the sender is in an anti-spam policy's allowed senders or domains: filtering was skipped"},
			"SKB":  {"spam", "the sender is in an anti-spam policy's blocked senders or domains: marked as spam"},
			"SKI":  {"skipped", "mail inside the organisation: filtering was skipped"},
			"SKN":  {"skipped", "marked as not spam before spam filtering (a mail flow rule set SCL -1)"},
			"SKQ":  {"", "released from quarantine"},
			"SKS":  {"spam", "marked as spam before spam filtering (a mail flow rule)"},
			"SPM":  {"spam", "spam filtering marked the message as spam"},
		}
	}}
	msCAT = lazy.Value[map[string]string]{New: func() map[string]string {
		return map[string]string{
			"AMP":    "anti-malware",
			"BIMP":   "brand impersonation",
			"BULK":   "bulk mail (its BCL reached the policy's threshold)",
			"DIMP":   "domain impersonation",
			"FTBP":   "anti-malware common attachments filter",
			"GIMP":   "mailbox intelligence impersonation",
			"HPHSH":  "high confidence phishing",
			"HPHISH": "high confidence phishing",
			"HSPM":   "high confidence spam",
			"INTOS":  "intra-organisation phishing",
			"MALW":   "malware",
			"OSPM":   "outbound spam",
			"PHSH":   "phishing",
			"SAP":    "Safe Attachments",
			"SPM":    "spam",
			"SPOOF":  "spoofing: the sender failed authentication of the From domain (composite authentication)",
			"UIMP":   "user impersonation",
			"NONE":   "no protection category applied",
		}
	}}
)

// sclMeaning explains a Spam Confidence Level.
func sclMeaning(scl string) (verdict, meaning string) {
	n, err := strconv.Atoi(scl)
	switch {
	case err != nil:
		return "", "not a number"
	case n == -1:
		return "skipped", "SCL -1: not spam because filtering was skipped (a safe sender, an allow list, a mail flow rule or mail inside the organisation); delivered to the Inbox"
	case n <= 1:
		return "not spam", fmt.Sprintf("SCL %d: spam filtering found the message not spam; delivered to the Inbox", n)
	case n <= 4:
		return "not spam", fmt.Sprintf("SCL %d: below the spam level (5)", n)
	case n <= 6:
		return "spam", fmt.Sprintf("SCL %d: spam; the anti-spam policy's spam action applies (by default: moved to the Junk Email folder)", n)
	default:
		return "spam", fmt.Sprintf("SCL %d: high confidence spam; the policy's high confidence spam action applies (Junk Email folder or quarantine)", n)
	}
}

func bclMeaning(bcl string) string {
	n, err := strconv.Atoi(bcl)
	switch {
	case err != nil:
		return "not a number"
	case n == 0:
		return "BCL 0: not from a bulk sender"
	case n <= 3:
		return fmt.Sprintf("BCL %d: from a bulk sender that draws few complaints", n)
	case n <= 7:
		return fmt.Sprintf("BCL %d: from a bulk sender that draws a mixed number of complaints; at or above the policy's bulk threshold (7 by default) it is treated as spam", n)
	default:
		return fmt.Sprintf("BCL %d: from a bulk sender that draws many complaints; over the default bulk threshold (7): treated as spam", n)
	}
}

func microsoftVerdict(m *Message) (FilterVerdict, bool) {
	fr := m.First("X-Forefront-Antispam-Report")
	untrusted := false
	if fr == "" {
		if fr = m.First("X-Forefront-Antispam-Report-Untrusted"); fr != "" {
			untrusted = true
		}
	}
	ma := m.First("X-Microsoft-Antispam")
	org := m.First("X-MS-Exchange-Organization-SCL")
	mbx := m.First("X-Microsoft-Antispam-Mailbox-Delivery")
	if fr == "" && ma == "" && org == "" && mbx == "" {
		return FilterVerdict{}, false
	}
	v := FilterVerdict{Filter: "microsoft", Name: "Microsoft 365 / Outlook.com (Exchange Online Protection)"}
	var hdrs []string
	if fr != "" {
		name := "X-Forefront-Antispam-Report"
		if untrusted {
			name += "-Untrusted"
			v.Items = append(v.Items, VerdictItem{Name: "Untrusted", Meaning: "stamped by another Microsoft 365 organisation on the way (often the sender's own), not by the receiver: read it as the sender side's verdict"})
		}
		hdrs = append(hdrs, name)
		for _, p := range fieldPairs(fr, ";", ":") {
			k, val := strings.ToUpper(p[0]), p[1]
			it := VerdictItem{Name: k, Value: val}
			switch k {
			case "CIP":
				it.Meaning = "the connecting IP address Microsoft received the message from"
			case "CTRY":
				it.Meaning = "the country of the connecting IP address"
			case "LANG":
				it.Meaning = "the language of the message"
			case "H":
				it.Meaning = "the HELO/EHLO name the connecting server gave"
			case "PTR":
				it.Meaning = "the reverse DNS (PTR) name of the connecting IP"
				if val == "" {
					it.Meaning = "the connecting IP has no reverse DNS (PTR) name: a spam signal"
				}
			case "IPV":
				it.Meaning = map[string]string{"CAL": "the IP is on the organisation's IP Allow List (connection filter): spam filtering was skipped",
					"NLI": "the IP is not on any IP reputation list"}[strings.ToUpper(val)]
			case "SCL":
				var verdict string
				verdict, it.Meaning = sclMeaning(val)
				if v.Spam == "" || verdict == "spam" {
					v.Spam = verdict
				}
				v.Score = "SCL " + val
			case "SFV":
				if s, ok := msSFV.Get()[strings.ToUpper(val)]; ok {
					it.Meaning = s[1]
					if s[0] != "" && (v.Spam == "" || s[0] == "spam") {
						v.Spam = s[0]
					}
				}
			case "CAT":
				it.Meaning = msCAT.Get()[strings.ToUpper(val)]
				if u := strings.ToUpper(val); u == "BULK" && v.Spam != "spam" {
					v.Spam = "bulk"
				}
			case "SRV":
				if val == "" {
					continue
				}
				if strings.EqualFold(val, "BULK") {
					it.Meaning = "identified as bulk mail by spam filtering and the BCL threshold"
					if v.Spam != "spam" {
						v.Spam = "bulk"
					}
				}
			case "DIR":
				it.Meaning = map[string]string{"INB": "inbound", "OUT": "outbound", "INT": "inside the organisation"}[strings.ToUpper(val)]
			case "SFTY":
				it.Meaning = map[string]string{"9.19": "domain impersonation: a safety tip was shown", "9.20": "user impersonation: a safety tip was shown", "9.25": "first contact: the recipient was shown a safety tip"}[val]
			default:
				continue // diagnostic fields Microsoft does not document
			}
			v.Items = append(v.Items, it)
		}
	}
	if ma != "" {
		hdrs = append(hdrs, "X-Microsoft-Antispam")
		for _, p := range fieldPairs(ma, ";", ":") {
			switch strings.ToUpper(p[0]) {
			case "BCL":
				v.Items = append(v.Items, VerdictItem{Name: "BCL", Value: p[1], Meaning: bclMeaning(p[1])})
				if n, err := strconv.Atoi(p[1]); err == nil && n >= 7 && v.Spam != "spam" {
					v.Spam = "bulk"
				}
			case "PCL":
				n, _ := strconv.Atoi(p[1])
				meaning := fmt.Sprintf("PCL %d: the content is not likely phishing", n)
				if n >= 4 {
					meaning = fmt.Sprintf("PCL %d: the content is likely phishing", n)
				}
				v.Items = append(v.Items, VerdictItem{Name: "PCL", Value: p[1], Meaning: meaning})
			}
		}
	}
	if org != "" {
		hdrs = append(hdrs, "X-MS-Exchange-Organization-SCL")
		verdict, meaning := sclMeaning(strings.TrimSpace(org))
		v.Items = append(v.Items, VerdictItem{Name: "Organization-SCL", Value: org, Meaning: meaning})
		if v.Score == "" {
			v.Score = "SCL " + strings.TrimSpace(org)
		}
		if v.Spam == "" || verdict == "spam" {
			v.Spam = verdict
		}
	}
	if mbx != "" {
		hdrs = append(hdrs, "X-Microsoft-Antispam-Mailbox-Delivery")
		for _, p := range fieldPairs(mbx, ";", ":") {
			if strings.EqualFold(p[0], "dest") {
				it := VerdictItem{Name: "dest", Value: p[1]}
				switch strings.ToUpper(p[1]) {
				case "J":
					it.Meaning = "delivered to the Junk Email folder"
					v.Spam = "spam"
				case "I":
					it.Meaning = "delivered to the Inbox"
				}
				v.Items = append(v.Items, it)
			}
		}
	}
	// The fields that carry the verdict first, the informational ones
	// (address, country, language, HELO, direction) after them.
	rank := map[string]int{"dest": 0, "SCL": 1, "Organization-SCL": 2, "SFV": 3, "CAT": 4, "SRV": 5, "BCL": 6, "PCL": 7, "IPV": 8, "PTR": 9, "SFTY": 10}
	sort.SliceStable(v.Items, func(i, j int) bool {
		ri, ok := rank[v.Items[i].Name]
		if !ok {
			ri = 99
		}
		rj, ok := rank[v.Items[j].Name]
		if !ok {
			rj = 99
		}
		return ri < rj
	})
	v.Header = strings.Join(hdrs, ", ")
	return v, true
}

// ruleMeanings explains SpamAssassin rule and rspamd symbol names that
// occur often; rulePrefixes explain families by prefix.
var ruleMeanings = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		"ALL_TRUSTED":                   "passed through trusted hosts only",
		"DKIM_SIGNED":                   "the message has a DKIM signature (not necessarily valid)",
		"DKIM_VALID":                    "a DKIM signature verifies",
		"DKIM_VALID_AU":                 "a DKIM signature of the author's (From) domain verifies",
		"DKIM_VALID_EF":                 "a DKIM signature of the envelope sender's domain verifies",
		"DKIM_INVALID":                  "a DKIM signature does not verify",
		"SPF_PASS":                      "SPF pass for the envelope sender",
		"SPF_FAIL":                      "SPF fail: the sending IP is not authorised by the envelope sender's domain",
		"SPF_SOFTFAIL":                  "SPF softfail (~all) for the envelope sender",
		"SPF_NEUTRAL":                   "SPF neutral for the envelope sender",
		"SPF_NONE":                      "the envelope sender's domain has no SPF record",
		"SPF_HELO_NONE":                 "the HELO name has no SPF record",
		"SPF_HELO_PASS":                 "SPF pass for the HELO name",
		"RDNS_NONE":                     "delivered by a host with no reverse DNS",
		"RDNS_DYNAMIC":                  "the sending host's reverse DNS looks dynamic (a home connection)",
		"MISSING_MID":                   "no Message-ID",
		"MISSING_DATE":                  "no Date",
		"MISSING_FROM":                  "no From",
		"MISSING_SUBJECT":               "no Subject",
		"MISSING_HEADERS":               "no To",
		"HTML_MESSAGE":                  "the message has HTML",
		"MIME_HTML_ONLY":                "HTML without a plain-text part",
		"FREEMAIL_FROM":                 "From is an address at a free mail provider",
		"HEADER_FROM_DIFFERENT_DOMAINS": "the From domain differs from the envelope sender's domain",
		"URIBL_BLOCKED":                 "the receiver's URI blocklist query was refused (its DNS resolver is blocked by the list): says nothing about the message",
		"NO_RELAYS":                     "no Received: hop before this server",
		"PYZOR_CHECK":                   "the content matches Pyzor's database of reported spam",
		"DCC_CHECK":                     "the content matches DCC's database of bulk mail",
		"RCVD_NO_TLS_LAST":              "the last hop did not use TLS",
		"R_PARTS_DIFFER":                "the text and HTML parts of the message differ a lot",
		"HAS_LIST_UNSUB":                "has List-Unsubscribe",
		"ONCE_RECEIVED":                 "a single Received: hop",
		"MID_RHS_MATCH_FROM":            "the Message-ID's domain is the From domain",
		"ARC_NA":                        "no ARC headers",
		"ARC_ALLOW":                     "the ARC chain validates",
		"ARC_REJECT":                    "the ARC chain does not validate",
		"DMARC_NA":                      "the From domain has no DMARC record",
		"DMARC_POLICY_ALLOW":            "DMARC pass",
		"DMARC_POLICY_REJECT":           "DMARC fail with p=reject",
		"DMARC_POLICY_QUARANTINE":       "DMARC fail with p=quarantine",
		"DMARC_POLICY_SOFTFAIL":         "DMARC fail with p=none",
		"R_SPF_ALLOW":                   "SPF pass",
		"R_SPF_FAIL":                    "SPF fail",
		"R_SPF_SOFTFAIL":                "SPF softfail",
		"R_SPF_NEUTRAL":                 "SPF neutral",
		"R_SPF_NA":                      "no SPF record",
		"R_SPF_DNSFAIL":                 "SPF temperror (DNS)",
		"R_SPF_PERMFAIL":                "SPF permerror (a broken record)",
		"R_DKIM_ALLOW":                  "a DKIM signature verifies",
		"R_DKIM_REJECT":                 "a DKIM signature does not verify",
		"R_DKIM_NA":                     "no DKIM signature",
		"R_DKIM_TEMPFAIL":               "a DKIM key could not be fetched (DNS)",
		"R_DKIM_PERMFAIL":               "a DKIM signature could not be checked (a broken signature or key)",
		"DKIM_TRACE":                    "the DKIM results, per domain (+ pass, - fail)",
		"BAYES_SPAM":                    "the Bayesian filter, trained on this site's mail, judges it spam",
		"BAYES_HAM":                     "the Bayesian filter, trained on this site's mail, judges it not spam",
		"FORGED_SENDER":                 "the envelope sender differs from the From address",
		"ASN":                           "the sending IP's network (autonomous system), for information",
	}
}}

var rulePrefixes = [][2]string{
	{"BAYES_", "the Bayesian filter's spam probability (the number is the percentage band)"},
	{"RCVD_IN_DNSWL", "the sending IP is on the DNSWL allow list (lowers the score)"},
	{"DWL_DNSWL", "the sending domain is on the DNSWL allow list"},
	{"RCVD_IN_", "the sending IP is on a DNS blocklist (or, for an allow list, lowers the score)"},
	{"RBL_", "the sending IP is on a DNS blocklist"},
	{"RECEIVED_SPAMHAUS", "an IP in the Received: path is on a Spamhaus blocklist"},
	{"URIBL_", "a link's domain is on a URI blocklist"},
	{"SURBL_", "a link's domain is on SURBL"},
	{"DBL_", "a link's domain is on the Spamhaus Domain Blocklist"},
	{"URI_", "something about the message's links"},
	{"HFILTER_", "the HELO name or reverse DNS looks wrong (missing, dynamic, not resolving)"},
	{"DKIM_", "DKIM"},
	{"SPF_", "SPF"},
	{"DMARC_", "DMARC"},
	{"ARC_", "ARC"},
	{"FUZZY_", "the content matches a fuzzy hash of known spam or ham"},
	{"NEURAL_", "the neural network's judgement"},
	{"MIME_", "the message's MIME structure"},
	{"HTML_", "the message's HTML"},
	{"MISSING_", "a header field is missing"},
	{"FORGED_", "a header looks forged"},
	{"FREEMAIL_", "a free mail provider's address"},
	{"FROM_", "the From field"},
	{"TO_", "the To field"},
	{"RCVD_", "the Received: path"},
	{"MID_", "the Message-ID"},
	{"DATE_IN_", "the Date is far from the receiving time"},
	{"SUBJ_", "the Subject"},
	{"KAM_", "a rule of the KAM third-party rule set"},
	{"T_", "a rule under test (low weight)"},
	{"RAZOR2_", "the content matches Razor's database of reported spam"},
}

// ruleMeaning explains a rule or symbol name; "" when unknown.
func ruleMeaning(name string) string {
	if m, ok := ruleMeanings.Get()[name]; ok {
		return m
	}
	for _, p := range rulePrefixes {
		if strings.HasPrefix(name, p[0]) {
			return p[1]
		}
	}
	return ""
}

// compiled on first use, not at process start
var (
	saKV     = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp { return regexp.MustCompile(`(?i)\b(score|hits|required)=(\S*)`) }}
	saTests  = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp { return regexp.MustCompile(`\btests=([A-Za-z0-9_,\s]*?)(?:\s+[a-z_]+=|$)`) }}
	saReport = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp { return regexp.MustCompile(`(-?\d+(?:\.\d+)?)\s+([A-Z][A-Z0-9_]{2,})\s+`) }}
)

func spamAssassinVerdict(m *Message) (FilterVerdict, bool) {
	st, flag, rep := m.First("X-Spam-Status"), m.First("X-Spam-Flag"), m.First("X-Spam-Report")
	if st == "" && flag == "" && rep == "" {
		return FilterVerdict{}, false
	}
	v := FilterVerdict{Filter: "spamassassin", Name: "SpamAssassin"}
	var hdrs []string
	scores := map[string]string{}
	descr := map[string]string{}
	if rep != "" {
		hdrs = append(hdrs, "X-Spam-Report")
		idx := saReport.Get().FindAllStringSubmatchIndex(rep, maxRules)
		for i, x := range idx {
			name, pts := rep[x[4]:x[5]], rep[x[2]:x[3]]
			end := len(rep)
			if i+1 < len(idx) {
				end = idx[i+1][0]
			}
			scores[name] = pts
			descr[name] = strings.TrimSpace(rep[x[1]:end])
		}
	}
	var tests []string
	if st != "" {
		hdrs = append(hdrs, "X-Spam-Status")
		word, _, _ := strings.Cut(strings.TrimSpace(st), ",")
		switch strings.ToLower(strings.TrimSpace(word)) {
		case "yes":
			v.Spam = "spam"
		case "no":
			v.Spam = "not spam"
		}
		var score, req string
		for _, kv := range saKV.Get().FindAllStringSubmatch(st, -1) {
			switch strings.ToLower(kv[1]) {
			case "score", "hits":
				score = kv[2]
			case "required":
				req = kv[2]
			}
		}
		if x := saTests.Get().FindStringSubmatch(st); x != nil {
			for _, t := range strings.Split(x[1], ",") {
				if t = strings.TrimSpace(t); t != "" && t != "none" && len(tests) < maxRules {
					tests = append(tests, t)
				}
			}
		}
		if score != "" {
			v.Score = score
			if req != "" {
				v.Score += " (spam at " + req + ")"
			}
		}
	}
	if flag != "" {
		hdrs = append(hdrs, "X-Spam-Flag")
		if strings.EqualFold(strings.TrimSpace(flag), "yes") {
			v.Spam = "spam"
		}
	}
	if len(tests) == 0 {
		for name := range scores {
			tests = append(tests, name)
		}
		sort.Strings(tests)
	}
	for _, t := range tests {
		it := VerdictItem{Name: t, Score: scores[t], Meaning: ruleMeaning(t)}
		if d := descr[t]; d != "" && it.Meaning == "" {
			it.Meaning = d
		}
		v.Items = append(v.Items, it)
	}
	sortByScore(v.Items)
	v.Header = strings.Join(hdrs, ", ")
	return v, true
}

// sortByScore puts the rules that added the most points first; rules
// without a score keep their order after them.
func sortByScore(items []VerdictItem) {
	sort.SliceStable(items, func(i, j int) bool {
		a, ea := strconv.ParseFloat(items[i].Score, 64)
		b, eb := strconv.ParseFloat(items[j].Score, 64)
		if ea != nil || eb != nil {
			return ea == nil && eb != nil
		}
		return a > b
	})
}

var (
	rspamdHead = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp {
		return regexp.MustCompile(`^\s*([\w-]+):\s*(True|False)\s*\[\s*(-?[\d.]+)\s*/\s*(-?[\d.]+)\s*\]`)
	}}
	rspamdSym = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp { return regexp.MustCompile(`([A-Z][A-Z0-9_]+)\((-?[\d.]+)\)(\[[^\]]*\])?`) }}
)

func rspamdVerdict(m *Message) (FilterVerdict, bool) {
	res, rep, act, score := m.First("X-Spamd-Result"), m.First("X-Rspamd-Report"), m.First("X-Rspamd-Action"), m.First("X-Rspamd-Score")
	if res == "" && rep == "" && act == "" && score == "" {
		return FilterVerdict{}, false
	}
	v := FilterVerdict{Filter: "rspamd", Name: "rspamd"}
	var hdrs []string
	syms := res
	if res != "" {
		hdrs = append(hdrs, "X-Spamd-Result")
		if h := rspamdHead.Get().FindStringSubmatch(res); h != nil {
			v.Score = h[3] + " (of " + h[4] + " to reject)"
			if h[2] == "True" {
				v.Spam = "spam"
			} else {
				v.Spam = "not spam"
			}
		}
	} else if rep != "" {
		hdrs = append(hdrs, "X-Rspamd-Report")
		syms = rep
	}
	if score != "" {
		hdrs = append(hdrs, "X-Rspamd-Score")
		if v.Score == "" {
			v.Score = strings.TrimSpace(score)
		}
	}
	if act != "" {
		hdrs = append(hdrs, "X-Rspamd-Action")
		a := strings.ToLower(strings.TrimSpace(act))
		meaning := map[string]string{
			"no action":       "deliver as usual",
			"greylist":        "greylist: defer once, accept the retry",
			"soft reject":     "defer with a temporary error (greylisting or a rate limit)",
			"add header":      "deliver with a spam header: the mailbox files it as junk",
			"rewrite subject": "deliver with a spam tag in the Subject",
			"reject":          "reject during the SMTP transaction",
			"discard":         "drop silently",
			"quarantine":      "hold in quarantine",
		}[a]
		v.Items = append(v.Items, VerdictItem{Name: "action", Value: act, Meaning: meaning})
		switch a {
		case "add header", "rewrite subject", "reject", "discard", "quarantine":
			v.Spam = "spam"
		case "no action", "greylist":
			if v.Spam == "" {
				v.Spam = "not spam"
			}
		}
	}
	var items []VerdictItem
	for _, s := range rspamdSym.Get().FindAllStringSubmatch(syms, maxRules) {
		it := VerdictItem{Name: s[1], Score: s[2], Meaning: ruleMeaning(s[1])}
		if s[3] != "" {
			it.Value = strings.Trim(s[3], "[]")
		}
		items = append(items, it)
	}
	sortByScore(items)
	v.Items = append(v.Items, items...)
	v.Header = strings.Join(hdrs, ", ")
	return v, true
}

func proofpointVerdict(m *Message) (FilterVerdict, bool) {
	d := m.First("X-Proofpoint-Spam-Details")
	if d == "" {
		return FilterVerdict{}, false
	}
	v := FilterVerdict{Filter: "proofpoint", Name: "Proofpoint", Header: "X-Proofpoint-Spam-Details"}
	for _, p := range fieldPairs(strings.Join(strings.Fields(d), " "), " ", "=") {
		k := strings.ToLower(p[0])
		it := VerdictItem{Name: k, Value: p[1]}
		switch k {
		case "rule":
			it.Meaning = "the Proofpoint rule that decided the message's class"
			switch r := strings.ToLower(p[1]); {
			case strings.Contains(r, "notspam"):
				v.Spam = "not spam"
			case strings.Contains(r, "bulk"):
				v.Spam = "bulk"
			case strings.Contains(r, "spam"), strings.Contains(r, "phish"), strings.Contains(r, "malware"):
				v.Spam = "spam"
			}
		case "spamscore", "phishscore", "bulkscore", "malwarescore", "adultscore", "suspectscore", "lowpriorityscore", "impostorscore", "clxscore", "mlxscore":
			it.Meaning = strings.TrimSuffix(k, "score") + " score, 0 to 100: higher means more likely"
			if k == "spamscore" {
				v.Score = "spamscore " + p[1]
			}
		case "policy":
			it.Meaning = "the Proofpoint policy applied"
		default:
			continue
		}
		v.Items = append(v.Items, it)
	}
	return v, true
}

func mimecastVerdict(m *Message) (FilterVerdict, bool) {
	s := m.First("X-Mimecast-Spam-Score")
	sig := m.First("X-Mimecast-Spam-Signature")
	if s == "" && sig == "" {
		return FilterVerdict{}, false
	}
	v := FilterVerdict{Filter: "mimecast", Name: "Mimecast", Header: "X-Mimecast-Spam-Score"}
	if s != "" {
		v.Score = strings.TrimSpace(s)
		v.Items = append(v.Items, VerdictItem{Name: "spam score", Value: v.Score, Meaning: "Mimecast's spam score: higher means more likely spam; the organisation's policy sets where it is held or tagged"})
	}
	if sig != "" {
		v.Header += ", X-Mimecast-Spam-Signature"
		v.Items = append(v.Items, VerdictItem{Name: "signature", Value: sig, Meaning: "the Mimecast spam signature that matched"})
		v.Spam = "spam"
	}
	return v, true
}

func gmailVerdict(m *Message) (FilterVerdict, bool) {
	var seen []string
	for _, h := range []string{"X-Gm-Message-State", "X-Google-Smtp-Source", "X-Gm-Gg"} {
		if m.First(h) != "" {
			seen = append(seen, h)
		}
	}
	if len(seen) == 0 {
		return FilterVerdict{}, false
	}
	return FilterVerdict{Filter: "gmail", Name: "Gmail", Header: strings.Join(seen, ", "), Items: []VerdictItem{{Name: "sent through Gmail",
		Meaning: "these fields are opaque tokens Gmail adds to mail it sends; Gmail records no readable spam verdict in the message: its verdict is the folder it was delivered to"}}}, true
}

// verdictFindings makes one finding per filter verdict.
func verdictFindings(vs []FilterVerdict) []finding.Finding {
	var fs []finding.Finding
	for _, v := range vs {
		f := finding.Finding{ID: "filter." + v.Filter, Remediation: []string{}}
		for _, it := range v.Items {
			e := it.Name
			if it.Value != "" {
				e += "=" + clip(it.Value, 60)
			}
			if it.Score != "" {
				e += " (" + it.Score + ")"
			}
			if it.Meaning != "" {
				e += ": " + it.Meaning
			}
			f.Evidence = append(f.Evidence, e)
		}
		score := ""
		if v.Score != "" {
			score = ", score " + v.Score
		}
		top := topRules(v.Items, 3)
		switch v.Spam {
		case "spam":
			f.Status = finding.Fail
			f.Summary = fmt.Sprintf("%s judged it spam (%s%s)%s", v.Name, v.Header, score, top)
			f.Remediation = []string{"Fix the causes named in the rules above (authentication, reverse DNS, blocklisted IP or links, missing headers) and re-test; content and reputation rules need changes to what and how you send"}
		case "bulk":
			f.Status = finding.Warn
			f.Summary = fmt.Sprintf("%s classed it as bulk mail (%s%s)%s", v.Name, v.Header, score, top)
			f.Remediation = []string{"Bulk mail with many complaints goes to junk: send only to recipients who asked for it, make unsubscribing one click, remove inactive addresses"}
		case "skipped":
			f.Status = finding.Info
			f.Summary = fmt.Sprintf("%s skipped spam filtering for it (%s%s): an allow list or rule of the receiver decided", v.Name, v.Header, score)
		case "not spam":
			f.Status = finding.Pass
			f.Summary = fmt.Sprintf("%s judged it not spam (%s%s)", v.Name, v.Header, score)
		default:
			f.Status = finding.Info
			f.Summary = fmt.Sprintf("%s left %s%s", v.Name, v.Header, score)
		}
		if v.Filter == "gmail" {
			f.Summary = "sent through Gmail (" + v.Header + "): Gmail leaves no readable spam verdict in the message"
		}
		f.Detail = "The receiving side's spam filter verdict as recorded in the header; each field or rule is explained in the evidence (points as the filter gave them, highest first)."
		fs = append(fs, f)
	}
	return fs
}

// topRules names the rules that added the most points.
func topRules(items []VerdictItem, n int) string {
	var names []string
	for _, it := range items {
		if x, err := strconv.ParseFloat(it.Score, 64); err == nil && x > 0 && len(names) < n {
			names = append(names, fmt.Sprintf("%s %s", it.Name, it.Score))
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "; most points: " + strings.Join(names, ", ")
}
