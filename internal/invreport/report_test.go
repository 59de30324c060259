package invreport

import (
	"go/token"
	"strings"
	"testing"

	"github.com/oauthvet/oauthvet/passes/inventory"
)

// TestBuild checks the merge of a helper's row into its caller's, the
// join of findings (narrowest span, then the function, then the only row
// of the package, else apart), the counts, and that a package and its test
// variant count once.
func TestBuild(t *testing.T) {
	span := func(file string, start, end int) inventory.Span {
		return inventory.Span{File: file, Start: start, End: end}
	}
	helper := &inventory.Flow{
		Posn: token.Position{Filename: "/m/lib/h.go", Line: 3}, Kind: inventory.KindUnknown, KindReason: "URL returned to the caller",
		Grants: []string{"authorization_code"}, PKCE: inventory.PKCENone, Returns: []string{"example.com/m/lib.ConsentURL"},
		Spans: []inventory.Span{span("/m/lib/h.go", 10, 20)}, Funcs: []inventory.Span{span("/m/lib/h.go", 0, 40)},
		Endpoints: []inventory.Endpoint{{Kind: "authorization", Scheme: "https"}},
	}
	caller := &inventory.Flow{
		Posn: token.Position{Filename: "/m/cmd/main.go", Line: 9}, Kind: inventory.KindNative, Client: "a command-line client", Evidence: "prints the authorization URL with fmt.Println",
		Grants: []string{"authorization_code"}, PKCE: inventory.PKCENone, Helper: "lib.ConsentURL", HelperKey: "example.com/m/lib.ConsentURL",
		Spans: []inventory.Span{span("/m/cmd/main.go", 100, 120)}, Funcs: []inventory.Span{span("/m/cmd/main.go", 50, 300)},
	}
	machine := &inventory.Flow{
		Posn: token.Position{Filename: "/m/cmd/main.go", Line: 20}, Kind: inventory.KindMachine, Grants: []string{"client_credentials"},
		Spans: []inventory.Span{span("/m/cmd/main.go", 200, 220)}, Funcs: []inventory.Span{span("/m/cmd/main.go", 50, 300)},
	}
	web := &inventory.Flow{
		Posn: token.Position{Filename: "/m/web/web.go", Line: 5}, Kind: inventory.KindServer, Grants: []string{"authorization_code"},
		Spans: []inventory.Span{span("/m/web/web.go", 10, 30)},
	}
	machineTestVariant := *machine
	find := func(rule, file string, off int) Finding {
		return Finding{Rule: rule, Location: Location{File: file, Line: off}, Offset: off}
	}
	r := Build(Input{
		Root:  "/m",
		Flows: []*inventory.Flow{helper, caller, machine, web, &machineTestVariant},
		Findings: []Finding{
			find("challengemethod", "/m/lib/h.go", 15),      // in the helper's request: the caller's
			find("pkce", "/m/cmd/main.go", 110),             // the caller's request
			find("insecureendpoint", "/m/cmd/main.go", 210), // the machine's request
			find("tokenleak", "/m/cmd/main.go", 60),         // both functions hold it: both rows
			find("oidcverify", "/m/web/other.go", 1),        // the only row of package web
			find("tokenleak", "/m/tools/x.go", 1),           // no row: apart
		},
	})
	var got []string
	for _, c := range r.Clients {
		line := c.ID + " " + c.Location.String() + " " + c.TreePath + " " + rulesOf(c.Findings)
		if c.Helper != nil {
			line += " helper=" + c.Helper.Name + "@" + c.Helper.Location.String()
		}
		got = append(got, line)
	}
	want := []string{
		"C1 cmd/main.go:9 native challengemethod, pkce, tokenleak helper=lib.ConsentURL@lib/h.go:3",
		"C2 cmd/main.go:20 machine insecureendpoint, tokenleak",
		"C3 web/web.go:5 server oidcverify",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("clients:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(r.Other) != 1 || r.Other[0].Location.File != "tools/x.go" {
		t.Errorf("other findings: %+v", r.Other)
	}
	if len(r.Clients[0].Endpoints) != 1 {
		t.Errorf("the caller takes the helper's endpoints: %+v", r.Clients[0].Endpoints)
	}
	want2 := Summary{Clients: 3, Recommended: 2, WithFindings: 3}
	if r.Summary != want2 {
		t.Errorf("summary %+v, want %+v", r.Summary, want2)
	}
	if on := r.Clients[0].OnRecommend; on == nil || *on {
		t.Errorf("a native flow without PKCE is not on the recommended grant")
	}
}
