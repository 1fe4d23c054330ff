package explain

// Cable and regional ISPs' own refusal codes (issue 10, held-out batch 3):
// Cox and Spectrum/Charter close a refusal with an acceptable-use-policy code
// ("AUP#CXBL", "AUP#In-1340") that alone says the cause, while the words
// before it ("cmsmtp 203.0.113.9 blocked") are generic and were read as a
// local policy. The code decides, as Yahoo's [TSxx] codes do. A family prefix
// (AUP#IPBL...: the IP is on one of the DNSBLs Cox uses) covers its members.

const (
	refCoxCodes      = "https://www.cox.com/business/support/cox-postmaster-administration.html (Cox postmaster: error codes)"
	refSpectrumCodes = "Spectrum/Charter postmaster services (AUP error codes)"
)

// The ISP rules join the table with the provider rules (assembleRules).

var ispRules = []rule{
	{ID: "isp.cox-blocklist", Any: []string{"aup#cxbl", "aup#cdrbl", "aup#ipbl"}, Cat: Reputation, Provider: "Cox",
		Summary: "Cox blocks the sending IP address: spam-like traffic (CXBL, CDRBL: temporary, up to 24 hours) or a listing on a DNSBL Cox uses (IPBLnnnn: Spamhaus, Return Path, Invaluement, Cloudmark).",
		Fix: []string{"Find and stop the spam-like traffic from this IP address.",
			"For an IPBL code, get the IP address delisted at the blocklist the code names; for CXBL, ask Cox to review it with its unblock form."},
		Refs: []string{refCoxCodes}},
	{ID: "isp.cox-limit", Any: []string{"aup#cxmxrt", "aup#cxcnct"}, Cat: RateLimited, Provider: "Cox",
		Summary: "Cox limits this sender: too many messages or recipients in the hour (CXMXRT) or too many connections at once (CXCNCT).",
		Fix:     []string{"Send more slowly and with fewer simultaneous connections to Cox; the MTA retries deferred mail by itself."},
		Refs:    []string{refCoxCodes}},
	{ID: "isp.spectrum-block", Any: []string{"aup#in-1370", "aup#i-1010"}, Cat: Reputation, Provider: "Spectrum",
		Summary: "Spectrum/Charter blocks the sending IP address under its acceptable use policy (reputation).",
		Fix:     []string{"Stop any unwanted traffic from the IP address, then ask Spectrum's postmaster to review the block."},
		Refs:    []string{refSpectrumCodes}},
	{ID: "isp.spectrum-limit", Any: []string{"aup#in-1340"}, Cat: RateLimited, Provider: "Spectrum",
		Summary: "Spectrum/Charter limits the number of concurrent connections from this IP address.",
		Fix:     []string{"Open fewer connections at once to Spectrum's servers and let the MTA retry."},
		Refs:    []string{refSpectrumCodes}},
}
