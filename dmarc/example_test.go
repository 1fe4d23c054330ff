package dmarc_test

import (
	"fmt"

	"github.com/smtpgw/smtpgw/dmarc"
)

func ExampleParse() {
	rec := dmarc.Parse("v=DMARC1; P=Quarantine; pct=150; fo=2; rau=mailto:d@example.com")
	p, sp, np, ok := rec.Policies()
	fmt.Println(p, sp, np, ok)
	for _, p := range rec.Problems {
		fmt.Println(p.Level, p)
	}
	// Output:
	// quarantine quarantine quarantine true
	// 1 pct=: pct= was removed by RFC 9989 (Appendix A.6, C.5.2; t=y replaces pct=0): RFC 9989 receivers ignore it, receivers still following RFC 7489 apply the policy to only that share of failing mail; "150" is not an integer from 0 to 100, so those receivers use 100
	// 1 fo=: "2": option "2": options are 0, 1, d and s, separated by ":"; receivers use the default 0 (RFC 9989 §4.7, §4.8)
	// 0 rau=: unknown tag: receivers ignore it (RFC 9989 §4.7); did you mean rua=?
}

func ExampleWalkNames() {
	names, skipped := dmarc.WalkNames("a.b.c.d.e.f.g.h.i.j.mail.example.test")
	fmt.Println(names)
	fmt.Println(len(skipped), "skipped")
	// Output:
	// [a.b.c.d.e.f.g.h.i.j.mail.example.test g.h.i.j.mail.example.test h.i.j.mail.example.test i.j.mail.example.test j.mail.example.test mail.example.test example.test test]
	// 5 skipped
}

func ExamplePSLOrgDomain() {
	fmt.Println(dmarc.PSLOrgDomain("mail.sub.example.co.uk"))
	// Output: example.co.uk
}
