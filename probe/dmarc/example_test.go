package dmarc_test

import (
	"fmt"

	"github.com/smtpgw/smtpgw/probe/dmarc"
)

func ExampleParse() {
	rec := dmarc.Parse("v=DMARC1; p=reject; sp=none; p=none; rua=dmarc@example.com")
	for _, p := range rec.Problems {
		fmt.Println(p.Severe, p)
	}
	for _, u := range rec.RUA {
		fmt.Println(u.Raw, "→", u.Err)
	}
	// Output:
	// true malformed tag-list at octet 30: duplicate tag "p": a tag-list with a repeated tag is invalid (RFC 6376 §3.2)
	// dmarc@example.com → not a URI with a scheme: write mailto:reports@example.com
}

func ExampleOrgDomain() {
	fmt.Println(dmarc.OrgDomain("mail.sub.example.co.uk"))
	// Output: example.co.uk
}
