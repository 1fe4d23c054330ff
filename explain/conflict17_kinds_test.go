package explain

import "testing"

// Kinds of helper conflict17 (issue 10: labels that contradicted each other
// across the corpus), each tested in new wording, not the corpus rows.

// qmail-remote says "Sorry, I couldn't find any host by that name. (#4.1.2)"
// for its temporary DNS failure (temp_dns, DNS_SOFT or no address yet) and
// "Sorry, I couldn't find any host named x. (#5.1.2)" for a name that does
// not exist (perm_dns, DNS_HARD): the first is a DNS "try again" (network,
// transient) wherever it is quoted, the second a missing domain. When qmail-send
// gives up on it because the message stayed in the queue too long, the
// lifetime decides (expired).
func TestKindConflict17QmailTemporaryDNS(t *testing.T) {
	checkKinds(t, []kindCase{
		{"delivery 812: deferral: Sorry,_I_couldn't_find_any_host_by_that_name._(#4.1.2)/", Network, ClassTransient},
		{"<ops@far.example>:\nSorry, I couldn't find any host by that name. (#4.1.2)\nI'm not going to try again; this message has been in the queue too long.", Expired, ClassPermanent},
		{"Remote server said: Sorry, I couldn't find any host by that name.", Network, ClassTransient},
		{"delivery 813: failure: Sorry,_I_couldn't_find_any_host_named_nowhere.example._(#5.1.2)/", HostUnknown, ClassPermanent},
	})
}
