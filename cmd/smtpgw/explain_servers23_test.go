package main

import "testing"

// The kinds helper servers23 fixed, through the command (new wording, not
// rows of a batch): each line piped gives exactly one explanation, the same
// as the text given as the argument.
//
//   - maddy's log of a sender domain with a null MX: sender-invalid (the
//     JSON "smtp_code" field is read as the reply code since parse24's
//     jsonReplyMembers, the enhanced code in "smtp_enchcode" too);
//   - mox's per-client volume limit under 452 4.2.2: rate-limited;
//   - Exchange's "Message expired, <cause>": expired;
//   - Proxmox Mail Gateway's accept line: success;
//   - Kerio Connect's DSN record: unknown, the class its Report states;
//   - KumoMTA's own skip_hosts configuration: server-error;
//   - Haraka's refusal of a bounce it did not send: policy;
//   - Dovecot's LMTP proxy whose redirect lookup timed out: server-error;
//   - amavisd-new's "Blocked SPAM" line with its Message-ID field: spam.
func TestExplainServers23FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{`smtp: MAIL FROM error {"check":"require_mx_record","msg_id":"5d6e7f80","smtp_code":501,"smtp_enchcode":"5.7.27","smtp_msg":"Domain in MAIL FROM has null MX record"}`, "sender-invalid", "permanent", 501},
		{"452 4.2.2 more than 4500 messages in past 24h0m0s from your ip/network", "rate-limited", "transient", 452},
		{"550 5.4.316 Message expired, connection timed out", "expired", "permanent", 550},
		{"Apr  9 08:30:00 gw pmg-smtp-filter[3001]: 7E6D5C4B3A2918F0E1: accept mail to <ops@near.example> (1A2B3C4D5E) (rule: default-accept)", "success", "success", 0},
		{"[09/Apr/2026 08:31:00] Recv: Queue-ID: 66154a2b-00000c01, Service: DSN, From: <>, To: <ops@near.example>, Size: 1980, Report: failed", "unknown", "permanent", 0},
		{"550 5.4.4 MX consisted solely of hosts on the skip_hosts list", "server-error", "permanent", 550},
		{"550 bounce with invalid Message-ID, I didn't send it.", "policy", "permanent", 550},
		{"451 4.3.0 <ops@near.example> Redirect lookup unexpectedly failed: passdb lookup timed out", "server-error", "transient", 451},
		{"Apr  9 08:32:00 gw amavis[3012]: (03012-04) Blocked SPAM {RejectedInbound}, [203.0.113.70]:51000 [203.0.113.70] <x@far.example> -> <ops@near.example>, Message-ID: <m1@far.example>, mail_id: QwErTy, Hits: 9.9", "spam-content", "permanent", 0},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
