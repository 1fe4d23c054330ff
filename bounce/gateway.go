package bounce

// Mail security gateways and hosted filters: Mimecast, Proofpoint,
// Barracuda, Cisco IronPort (Secure Email), Trend Micro, McAfee (Trellix),
// Sophos, Symantec MessageLabs. They are recognised by their own headers
// and sender names; their reports use one of the shared layouts (a DSN,
// "addr: reason", labelled fields, an SMTP transcript), so the text is read
// with parseAny.

func init() {
	register(family{name: "gateway", order: 20, detect: detectGateway, parse: func(m *msg) []Recipient { return parseAny(m, actionFromText(m)) }})
}

var gatewayHeaders = []string{"X-Mimecast-Spam-Score", "X-Mimecast-MFC-AGG-ID", "X-Proofpoint-Virus-Version", "X-Proofpoint-Spam-Details",
	"X-Barracuda-Connect", "X-Barracuda-Spam-Status", "X-IronPort-AV", "X-IronPort-Anti-Spam-Filtered", "X-TM-AS-Product-Ver", "X-TMASE-Version",
	"X-McAfee-Attachment-Filter", "X-MFE-Status", "X-Sophos-SenderHistory", "X-SASI-Version", "X-MessageLabs", "X-StarScan-Version", "X-Brightmail-Tracker"}

var gatewayNames = []string{"mimecast", "proofpoint", "pphosted", "barracuda", "ironport", "trend micro", "trendmicro", "mcafee", "sophos", "messagelabs", "symantec"}

func detectGateway(m *msg) bool {
	for _, h := range gatewayHeaders {
		if m.get(h) != "" {
			return true
		}
	}
	return m.fromHas(gatewayNames...) || m.has("this message was blocked by mimecast", "mimecast", "barracuda", "proofpoint", "messagelabs", "ironport") && looksLikeBounce(m)
}
