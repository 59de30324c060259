package driver

import (
	"github.com/oauthvet/oauthvet/internal/invreport"
	"github.com/oauthvet/oauthvet/passes/inventory"
)

// printInventory renders -inventory: the inventory analyzer's rows of the
// reported packages, with the rules' findings joined to them. An
// inventory is not a gate: exit 0 unless loading or an analyzer failed.
func (d *driver) printInventory(graph *execution, findings []*finding, errs []string) int {
	in := invreport.Input{Root: d.srcRoot(), Version: version()}
	for _, act := range graph.Roots() {
		if act.Analyzer != inventory.Analyzer || act.Err != nil {
			continue
		}
		res, ok := act.result.(*inventory.Result)
		if !ok || res == nil {
			continue
		}
		in.Flows = append(in.Flows, res.Flows...)
		in.Servers = append(in.Servers, res.Servers...)
	}
	for _, f := range findings {
		if f.rule == inventory.Analyzer.Name {
			continue
		}
		in.Findings = append(in.Findings, invreport.Finding{
			Rule:     f.rule,
			Location: invreport.Location{File: f.posn.Filename, Line: f.posn.Line, Column: f.posn.Column},
			Message:  f.message,
			Offset:   f.posn.Offset,
		})
	}
	report := invreport.Build(in)
	d.printErrors(errs)
	var err error
	if d.format == "json" {
		err = report.WriteJSON(d.stdout)
	} else {
		err = report.WriteMarkdown(d.stdout)
	}
	if err != nil {
		d.errorf("%v", err)
		return ExitError
	}
	if len(errs) > 0 {
		return ExitError
	}
	return ExitOK
}
