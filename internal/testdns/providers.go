package testdns

// SPFProviderChains returns the SPF include chains of large providers
// (Google Workspace, Microsoft 365, Mailchimp/Mandrill, SendGrid, Zendesk's
// three-level chain) as zone records under .test names, modelled on the
// shape of the providers' published records. spf's tests and the docs
// examples of check and spf share them. Each call returns a new slice, so
// callers may append their own records.
func SPFProviderChains() []string {
	return []string{
		// Google Workspace: _spf → three netblock records.
		`_spf.google.test. 300 IN TXT "v=spf1 include:_netblocks.google.test include:_netblocks2.google.test include:_netblocks3.google.test ~all"`,
		`_netblocks.google.test. 300 IN TXT "v=spf1 ip4:35.190.247.0/24 ip4:64.233.160.0/19 ip4:66.102.0.0/20 ip4:66.249.80.0/20 ip4:72.14.192.0/18 ~all"`,
		`_netblocks2.google.test. 300 IN TXT "v=spf1 ip6:2001:4860:4000::/36 ip6:2404:6800:4000::/36 ip6:2607:f8b0:4000::/36 ~all"`,
		`_netblocks3.google.test. 300 IN TXT "v=spf1 ip4:172.217.0.0/19 ip4:172.217.32.0/20 ~all"`,
		// Microsoft 365: spf.protection → spfd.
		`spf.protection.outlook.test. 300 IN TXT "v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/49 include:spfd.protection.outlook.test -all"`,
		`spfd.protection.outlook.test. 300 IN TXT "v=spf1 ip4:51.4.72.0/24 ip4:51.5.72.0/24 -all"`,
		// Mailchimp / Mandrill.
		`servers.mcsv.test. 300 IN TXT "v=spf1 ip4:205.201.128.0/20 ip4:198.2.128.0/18 ip4:148.105.8.0/21 ?all"`,
		`spf.mandrillapp.test. 300 IN TXT "v=spf1 ip4:198.2.128.0/24 ip4:198.2.132.0/22 ?all"`,
		// SendGrid, Zendesk (a three-level chain).
		`sendgrid.test. 300 IN TXT "v=spf1 ip4:167.89.0.0/17 ip4:208.117.48.0/20 ~all"`,
		`mail.zendesk.test. 300 IN TXT "v=spf1 include:_spf1.zendesk.test include:_spf2.zendesk.test ~all"`,
		`_spf1.zendesk.test. 300 IN TXT "v=spf1 ip4:192.161.144.0/20 ~all"`,
		`_spf2.zendesk.test. 300 IN TXT "v=spf1 include:_spf3.zendesk.test ~all"`,
		`_spf3.zendesk.test. 300 IN TXT "v=spf1 ip4:216.198.0.0/18 ~all"`,
	}
}
