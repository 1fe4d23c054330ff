package explain

import "testing"

// BenchmarkExplain measures classification throughput over the real-world
// replies of testdata/replies.tsv (parse + explain). Run with
// `go test -bench Explain -cpu 1 ./explain/`; replies/s is reported.
func BenchmarkExplain(b *testing.B) {
	cases := loadReplies(b)
	replies := make([]Reply, len(cases))
	for i, c := range cases {
		r, err := Parse(c.input)
		if err != nil {
			b.Fatal(err)
		}
		replies[i] = r
	}
	Explain(replies[0]) // build the matcher outside the timing
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = Explain(replies[i%len(replies)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "replies/s")
}

// BenchmarkParseExplain includes parsing the text.
func BenchmarkParseExplain(b *testing.B) {
	cases := loadReplies(b)
	Explain(Reply{Code: 250})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ExplainText(cases[i%len(cases)].input); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "replies/s")
}

// BenchmarkExplainWire is the live-caller path: code and wire lines only.
func BenchmarkExplainWire(b *testing.B) {
	r := Reply{Code: 550, Lines: []string{"550-5.7.26 This mail has been blocked because the sender is", "550 5.7.26 unauthenticated. Gmail requires all senders to authenticate. gsmtp"}}
	Explain(r)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = Explain(r)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "replies/s")
}

// BenchmarkStartup is what the first Explain of a process costs before it
// can classify a text: compiling the rule tables and the automaton at run
// time (what a process does when engine_gen.go is stale), and loading the
// generated engine (checking the table's fingerprint, pointing the compiled
// rules at the table). A bare code such as `smtpgw explain 421` uses
// neither (the small engine of rules_bare.go).
func BenchmarkStartup(b *testing.B) {
	b.Run("rules", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			buildEngineOf(true)
		}
	})
	b.Run("rules+automaton", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			buildEngineOf(true).m.compile()
		}
	})
	b.Run("generated", func(b *testing.B) {
		if loadGenerated(ruleTable()) == nil {
			b.Skip("engine_gen.go is stale: run go generate ./explain")
		}
		for i := 0; i < b.N; i++ {
			loadGenerated(ruleTable())
		}
	})
	b.Run("fingerprint", func(b *testing.B) {
		table := ruleTable()
		for i := 0; i < b.N; i++ {
			ruleFingerprint(table)
		}
	})
}
