package check

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/probe"
)

// OptionError is an unusable Options field: the caller's input is wrong,
// not the domain. Field is the Options field's name; commands map it to
// their flag.
type OptionError struct {
	Field   string // "SPFSender", "DKIMSelectors", ...
	Problem string // what is wrong and what to give instead
}

func (e *OptionError) Error() string { return e.Field + ": " + e.Problem }

// InvalidInput marks the error as the caller's input (a usage error).
func (e *OptionError) InvalidInput() bool { return true }

// Validate reports the first unusable field of o: options that exclude
// each other or need another, selectors and addresses that cannot be
// right. Run calls it; commands call it to report their flags' errors
// before any work.
func (o Options) Validate() error {
	if o.SkipSMTP && o.Submission {
		return &OptionError{"SkipSMTP", "and Submission exclude each other: Submission probes ports 587 and 465 over SMTP"}
	}
	if o.Timeout < 0 {
		return &OptionError{"Timeout", "must not be negative (0 means the default)"}
	}
	for _, s := range o.DKIMSelectors {
		if s == "" || strings.ContainsAny(s, " \t/\\@:;,") {
			return &OptionError{"DKIMSelectors", fmt.Sprintf("%q: give selector names such as s1 or google", s)}
		}
	}
	if o.SPFSender != "" {
		if o.SPFIP == nil {
			return &OptionError{"SPFSender", "needs SPFIP: SPF is evaluated for a client address"}
		}
		if o.SPFSender != "<>" && !strings.Contains(o.SPFSender, "@") {
			return &OptionError{"SPFSender", fmt.Sprintf("%q: give a MAIL FROM address such as bounce@example.com, or <> for the null sender", o.SPFSender)}
		}
	}
	// Any SPFHELO name is evaluated: address literals and names that are
	// not domains give SPF none (RFC 7208 §4.3).
	if o.SPFHELO != "" && o.SPFIP == nil {
		return &OptionError{"SPFHELO", "needs SPFIP: SPF is evaluated for a client address"}
	}
	if err := probe.ValidHELO(o.HELO); err != nil {
		return &OptionError{"HELO", err.Error()}
	}
	if err := (probe.Options{PortMap: o.PortMap}).Validate(); err != nil {
		return &OptionError{"PortMap", err.(*probe.OptionError).Problem}
	}
	return nil
}

// MaxParallelDomains bounds the domains RunAll checks at once: each one
// already runs all its lookups and connections in parallel.
const MaxParallelDomains = 32

// RunAll checks domains concurrently (at most MaxParallelDomains at once)
// and returns their results in input order. A domain whose check could not
// run has a result with one failing check.error finding saying why. done,
// when set, is called (serialized) after each domain.
func RunAll(ctx context.Context, o Options, domains []string, done func(finished int)) ([]*Result, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	results := make([]*Result, len(domains))
	sem := make(chan struct{}, MaxParallelDomains)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		finished int
	)
	for i, d := range domains {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			r, err := Run(ctx, o, d)
			if err != nil {
				r = &Result{Domain: d, Worst: finding.Fail, Findings: []finding.Finding{{ID: "check.error", Status: finding.Fail,
					Target: finding.Target{Domain: d}, Summary: err.Error(), Remediation: []string{}}}}
			}
			results[i] = r
			mu.Lock()
			defer mu.Unlock()
			finished++
			if done != nil {
				done(finished)
			}
		}()
	}
	wg.Wait()
	return results, nil
}

// OptionField returns the field and the problem (for commands that name
// the field's flag instead).
func (e *OptionError) OptionField() (field, problem string) { return e.Field, e.Problem }
