package spf_test

import (
	"fmt"

	"github.com/smtpgw/smtpgw/spf"
)

func ExampleParse() {
	_, err := spf.Parse("v=spf1 ip4:192.0.2.0/33 ipv4:198.51.100.1 -all")
	if errs, ok := err.(spf.SyntaxErrors); ok {
		for _, e := range errs {
			fmt.Println(e)
		}
	}
	// Output:
	// term "ip4:192.0.2.0/33" at octet 8: bad CIDR length /33: ip4 prefixes are 0-32 (RFC 7208 §5.6)
	// term "ipv4:198.51.100.1" at octet 25: unknown mechanism "ipv4": expected all, include, a, mx, ptr, ip4, ip6 or exists (RFC 7208 §5); did you mean "ip4:"?
}
