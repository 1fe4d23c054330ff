package report

import "github.com/smtpgw/smtpgw/finding"

// The findings model lives in package finding (a leaf that domain packages
// import without pulling in renderers); these names keep report's renderers
// and callers reading naturally.
type (
	Status  = finding.Status
	Target  = finding.Target
	Finding = finding.Finding
)

// Statuses, from best to worst.
const (
	Pass = finding.Pass
	Info = finding.Info
	Warn = finding.Warn
	Fail = finding.Fail
)

// Model helpers, re-exported for renderers and commands.
var (
	ParseStatus = finding.ParseStatus
	Sort        = finding.Sort
	Worst       = finding.Worst
	Reaches     = finding.Reaches
	Counts      = finding.Counts
)
