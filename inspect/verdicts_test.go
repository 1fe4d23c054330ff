package inspect

import (
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/finding"
)

// Verdict headers written from the filters' public documentation of their
// fields (Microsoft's "Anti-spam message headers", SpamAssassin's
// X-Spam-Status/X-Spam-Report layout, rspamd's milter_headers module),
// with this test's own names and addresses.
const msHeaders = "X-Forefront-Antispam-Report: CIP:192.0.2.25;CTRY:US;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:out.shop.example;PTR:;CAT:SPM;SFS:(13230040)(4636009);DIR:INB;\r\n" +
	"X-Microsoft-Antispam: BCL:0;ARA:13230040;\r\n" +
	"X-MS-Exchange-Organization-SCL: 5\r\n" +
	"X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:J;ENG:(910001)(944506478);\r\n"

const saHeaders = "X-Spam-Flag: YES\r\n" +
	"X-Spam-Status: Yes, score=7.9 required=5.0 tests=BAYES_99,DKIM_INVALID,\r\n" +
	"\tRDNS_NONE,SPF_SOFTFAIL,URIBL_BLOCKED autolearn=no version=3.4.6\r\n" +
	"X-Spam-Report: \r\n" +
	"\t*  3.5 BAYES_99 BODY: Bayes spam probability is 99 to 100%\r\n" +
	"\t*  0.1 DKIM_INVALID DKIM or DK signature exists, but is not valid\r\n" +
	"\t*  1.3 RDNS_NONE Delivered to internal network by a host with no rDNS\r\n" +
	"\t*  3.0 SPF_SOFTFAIL SPF: sender does not match SPF record (softfail)\r\n" +
	"\t*  0.0 URIBL_BLOCKED ADMINISTRATOR NOTICE: The query to URIBL was blocked\r\n"

const rspamdHeaders = "X-Spamd-Result: default: False [2.10 / 15.00];\r\n" +
	"\tR_SPF_ALLOW(-0.20)[+ip4:192.0.2.25];\r\n" +
	"\tDMARC_POLICY_ALLOW(-0.50)[shop.example,reject];\r\n" +
	"\tR_DKIM_ALLOW(-0.20)[shop.example:s=rsa1];\r\n" +
	"\tHFILTER_HOSTNAME_UNKNOWN(2.50)[];\r\n" +
	"\tMIME_GOOD(-0.10)[text/plain]\r\n" +
	"X-Rspamd-Action: no action\r\n" +
	"X-Rspamd-Server: filter1.inbox.test\r\n"

func TestFilterVerdicts(t *testing.T) {
	w := newWorld(t)
	res := run(t, w, msHeaders+baseMsg)
	f := want(t, res, "filter.microsoft", finding.Fail)
	ev := strings.Join(f.Evidence, "\n")
	for _, s := range []string{
		"SCL=5: SCL 5: spam; the anti-spam policy's spam action applies",
		"SFV=SPM: spam filtering marked the message as spam",
		"PTR: the connecting IP has no reverse DNS",
		"CAT=SPM: spam",
		"BCL=0: BCL 0: not from a bulk sender",
		"dest=J: delivered to the Junk Email folder",
		"IPV=NLI: the IP is not on any IP reputation list",
	} {
		if !strings.Contains(ev, s) {
			t.Errorf("evidence lacks %q:\n%s", s, ev)
		}
	}
	if strings.Contains(ev, "SFS") || !strings.Contains(f.Summary, "SCL 5") {
		t.Errorf("undocumented diagnostic field shown, or no score: %s\n%s", f.Summary, ev)
	}

	// Bulk: BCL over the threshold, SCL low.
	bulk := strings.NewReplacer("SCL:5", "SCL:1", "SFV:SPM", "SFV:NSPM", "CAT:SPM", "CAT:BULK", "SRV:;", "SRV:BULK;", "BCL:0", "BCL:8", "dest:J", "dest:I").Replace(msHeaders)
	bulk = strings.Replace(bulk, "X-MS-Exchange-Organization-SCL: 5", "X-MS-Exchange-Organization-SCL: 1", 1)
	res = run(t, w, bulk+baseMsg)
	f = want(t, res, "filter.microsoft", finding.Warn)
	if !strings.Contains(f.Summary, "bulk") || !strings.Contains(strings.Join(f.Evidence, "\n"), "many complaints") {
		t.Fatal(f.Summary, f.Evidence)
	}
	// Allow-listed: SCL -1, SFV:SKN.
	res = run(t, w, "X-Forefront-Antispam-Report: CIP:192.0.2.25;SCL:-1;SFV:SKN;DIR:INB;\r\n"+baseMsg)
	f = want(t, res, "filter.microsoft", finding.Info)
	if !strings.Contains(f.Summary, "skipped") {
		t.Fatal(f.Summary)
	}

	res = run(t, w, saHeaders+baseMsg)
	f = want(t, res, "filter.spamassassin", finding.Fail)
	if !strings.Contains(f.Summary, "7.9 (spam at 5.0)") || !strings.Contains(f.Summary, "most points: BAYES_99 3.5, SPF_SOFTFAIL 3.0, RDNS_NONE 1.3") {
		t.Fatal(f.Summary)
	}
	ev = strings.Join(f.Evidence, "\n")
	if !strings.Contains(ev, "RDNS_NONE (1.3): delivered by a host with no reverse DNS") || !strings.Contains(ev, "URIBL_BLOCKED (0.0): the receiver's URI blocklist query was refused") {
		t.Fatal(ev)
	}
	if n := len(res.Filters[0].Items); n != 5 {
		t.Fatalf("%d rules: %+v", n, res.Filters[0].Items)
	}

	res = run(t, w, rspamdHeaders+baseMsg)
	f = want(t, res, "filter.rspamd", finding.Pass)
	if !strings.Contains(f.Summary, "2.10 (of 15.00 to reject)") {
		t.Fatal(f.Summary)
	}
	v := res.Filters[0]
	if v.Items[0].Name != "action" || v.Items[1].Name != "HFILTER_HOSTNAME_UNKNOWN" || v.Items[1].Score != "2.50" || !strings.Contains(v.Items[1].Meaning, "HELO name or reverse DNS") {
		t.Fatalf("%+v", v.Items)
	}
	res = run(t, w, strings.Replace(rspamdHeaders, "no action", "add header", 1)+baseMsg)
	want(t, res, "filter.rspamd", finding.Fail)

	res = run(t, w, "X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 spamscore=0 suspectscore=0\r\n malwarescore=0 phishscore=0 adultscore=0 bulkscore=12 classifier=spam adjust=0\r\n"+
		"X-Mimecast-Spam-Score: 4\r\nX-Gm-Message-State: AOJu0YwTestTokenOnly\r\n"+baseMsg)
	want(t, res, "filter.proofpoint", finding.Pass)
	f = want(t, res, "filter.mimecast", finding.Info)
	if !strings.Contains(f.Summary, "score 4") {
		t.Fatal(f.Summary)
	}
	f = want(t, res, "filter.gmail", finding.Info)
	if !strings.Contains(f.Summary, "no readable spam verdict") {
		t.Fatal(f.Summary)
	}

	// No verdict headers: no filter findings.
	res = run(t, w, baseMsg)
	if len(res.Filters) != 0 || find(res, "filter.microsoft") != nil {
		t.Fatalf("%+v", res.Filters)
	}
}
