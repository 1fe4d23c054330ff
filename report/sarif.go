package report

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"sort"
	"strings"
)

// SARIFOptions tune WriteSARIF.
type SARIFOptions struct {
	ToolName    string // driver name; default "smtpgw"
	Version     string // driver version
	InfoURI     string // driver informationUri
	IncludePass bool   // also emit pass findings, as results of kind "pass"
	// ArtifactURI, when set, gives every result a physical location in this
	// repository-relative file (the zone file or DNS configuration that CI
	// checks). GitHub code scanning rejects results without one.
	ArtifactURI string
}

// SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/):
// only the properties used are declared. Required by the spec: sarifLog
// version and runs (§3.13), run tool (§3.14), toolComponent name (§3.19),
// reportingDescriptor id (§3.49), result message (§3.27.11), message text
// or id (§3.11).
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name,omitempty"`
	ShortDescription     *sarifMessage   `json:"shortDescription,omitempty"`
	Help                 *sarifMessage   `json:"help,omitempty"`
	DefaultConfiguration *sarifRuleConf  `json:"defaultConfiguration,omitempty"`
	Properties           *sarifRuleProps `json:"properties,omitempty"`
}

type sarifRuleConf struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags,omitempty"`
}

type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Kind                string            `json:"kind"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation *sarifPhysical `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogical `json:"logicalLocations"`
	Message          *sarifMessage  `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifLogical struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

// SARIFLevel maps a status to a SARIF result level (§3.27.10): fail →
// error, warn → warning, info → note, pass → none.
func SARIFLevel(s Status) string {
	switch s {
	case Pass:
		return "none"
	case Info:
		return "note"
	case Warn:
		return "warning"
	default:
		return "error"
	}
}

// WriteSARIF renders findings as one SARIF 2.1.0 log with one run: a rule
// per finding id (tool.driver.rules), a result per finding with its level,
// message (summary, detail and remediation) and a logical location naming
// the target ("example.com/mx1.example.com[192.0.2.1]:25"). Pass findings are
// left out unless o.IncludePass (as kind "pass", level "none", §3.27.9).
func WriteSARIF(w io.Writer, fs []Finding, o SARIFOptions) error {
	name := o.ToolName
	if name == "" {
		name = "smtpgw"
	}
	sorted := append([]Finding(nil), fs...)
	Sort(sorted)
	var kept []Finding
	for _, f := range sorted {
		if f.Status != Pass || o.IncludePass {
			kept = append(kept, f)
		}
	}
	// Rules: one per id, in id order; level of the worst finding of the id.
	worst := map[string]Finding{}
	for _, f := range kept {
		if w, ok := worst[f.ID]; !ok || f.Status.Rank() > w.Status.Rank() {
			worst[f.ID] = f
		}
	}
	ids := make([]string, 0, len(worst))
	for id := range worst {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	ruleIndex := map[string]int{}
	rules := make([]sarifRule, 0, len(ids))
	for i, id := range ids {
		f := worst[id]
		ruleIndex[id] = i
		r := sarifRule{
			ID:                   id,
			Name:                 ruleName(id),
			ShortDescription:     &sarifMessage{Text: f.Summary},
			DefaultConfiguration: &sarifRuleConf{Level: SARIFLevel(f.Status)},
			Properties:           &sarifRuleProps{Tags: []string{"email", Control(id)}},
		}
		if len(f.Remediation) > 0 {
			r.Help = &sarifMessage{Text: strings.Join(f.Remediation, "\n")}
		}
		rules = append(rules, r)
	}
	results := make([]sarifResult, 0, len(kept))
	for _, f := range kept {
		msg := f.Summary
		if f.Detail != "" {
			msg += "\n\n" + f.Detail
		}
		if len(f.Remediation) > 0 {
			msg += "\n\nWhat to do:\n- " + strings.Join(f.Remediation, "\n- ")
		}
		target := f.Target.String()
		fq := target
		if f.Target.Domain != "" && target != f.Target.Domain {
			fq = f.Target.Domain + "/" + target
		}
		loc := sarifLocation{LogicalLocations: []sarifLogical{{Name: target, FullyQualifiedName: fq, Kind: "resource"}}}
		if o.ArtifactURI != "" {
			loc.PhysicalLocation = &sarifPhysical{ArtifactLocation: sarifArtifact{URI: o.ArtifactURI}}
			loc.Message = &sarifMessage{Text: fq}
		}
		kind := "fail"
		if f.Status == Pass {
			kind = "pass"
		}
		sum := sha256.Sum256([]byte(f.ID + "\x00" + fq))
		res := sarifResult{
			RuleID: f.ID, RuleIndex: ruleIndex[f.ID], Kind: kind, Level: SARIFLevel(f.Status),
			Message:             sarifMessage{Text: msg},
			Locations:           []sarifLocation{loc},
			PartialFingerprints: map[string]string{"smtpgwFinding/v1": hex.EncodeToString(sum[:16])},
			Properties:          map[string]any{"status": string(f.Status), "target": f.Target},
		}
		if len(f.Evidence) > 0 {
			res.Properties["evidence"] = f.Evidence
		}
		results = append(results, res)
	}
	doc := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:    sarifTool{Driver: sarifDriver{Name: name, Version: o.Version, InformationURI: o.InfoURI, Rules: rules}},
			Results: results,
		}},
	}
	return WriteJSON(w, doc)
}

// ruleName turns "mtasts.mx.mismatch" into "MtastsMxMismatch" (SARIF rule
// names are identifiers, §3.49.7).
func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, r := range id {
		if r == '.' || r == '-' || r == '_' {
			up = true
			continue
		}
		if up && r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		b.WriteRune(r)
	}
	return b.String()
}
