// Package invreport builds oauthvet's flow inventory from the rows of
// passes/inventory and the rules' findings, and renders it as Markdown
// (a summary, the decision tree as a Mermaid flowchart, the tables) or as
// JSON (see Schema).
package invreport

import (
	"cmp"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/oauthvet/oauthvet/passes/inventory"
)

// Version is the JSON schema's version: a field is never renamed or
// removed, and its meaning never changes, without a new version.
const Version = 1

// Report is the inventory, as -format=json prints it.
type Report struct {
	Version     int       `json:"version"`
	Tool        string    `json:"tool"`
	ToolVersion string    `json:"toolVersion"`
	Summary     Summary   `json:"summary"`
	Clients     []Client  `json:"clients"`
	Servers     []Server  `json:"servers"`
	Other       []Finding `json:"otherFindings"`
}

// Summary counts the rows.
type Summary struct {
	Clients      int `json:"clients"`
	Servers      int `json:"servers"`
	Recommended  int `json:"onRecommendedGrant"`
	UnknownKind  int `json:"unknownKind"`
	WithFindings int `json:"clientsWithFindings"`
}

// Location is a place in the source, the file relative to the module root.
type Location struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

func (l Location) String() string {
	if l.File == "" {
		return ""
	}
	return l.File + ":" + itoa(l.Line)
}

// Finding is a rule's finding joined to a row.
type Finding struct {
	Rule     string   `json:"rule"`
	Location Location `json:"location"`
	Message  string   `json:"message"`
	// Offset is the finding's byte offset in its file, for the join.
	Offset int `json:"-"`
}

// Endpoint is an OAuth URL of a flow.
type Endpoint struct {
	Kind   string `json:"kind"`   // authorization, token, device, redirect
	Scheme string `json:"scheme"` // "" when unknown
	URL    string `json:"url,omitempty"`
}

// Helper is the function that builds a flow's request for its caller.
type Helper struct {
	Name     string   `json:"name"`
	Location Location `json:"location"`
}

// Client is one client flow.
type Client struct {
	ID           string     `json:"id"`
	Location     Location   `json:"location"`
	Package      string     `json:"package"`
	Function     string     `json:"function,omitempty"`
	Library      string     `json:"library"`
	Route        string     `json:"route"`
	Grants       []string   `json:"grants"`
	ResponseType string     `json:"responseType,omitempty"`
	Kind         string     `json:"kind"`
	Client       string     `json:"client,omitempty"`
	Evidence     string     `json:"evidence,omitempty"`
	KindReason   string     `json:"kindReason,omitempty"`
	TreePath     string     `json:"treePath"`
	Recommended  string     `json:"recommendedGrant"`
	OnRecommend  *bool      `json:"onRecommendedGrant"`
	PKCE         string     `json:"pkce"`
	PKCEReason   string     `json:"pkceReason,omitempty"`
	State        string     `json:"state"`
	StateReason  string     `json:"stateReason,omitempty"`
	Endpoints    []Endpoint `json:"endpoints"`
	Helper       *Helper    `json:"helper,omitempty"`
	Path         string     `json:"path,omitempty"`
	Findings     []Finding  `json:"findings"`

	spans, funcs []inventory.Span
	pkgKey       string
}

// Server is one authorization server.
type Server struct {
	ID        string     `json:"id"`
	Location  Location   `json:"location"`
	Package   string     `json:"package"`
	Library   string     `json:"library"`
	Decisions []Decision `json:"allows"`
	Clients   int        `json:"clientsInCode"`
	Findings  []Finding  `json:"findings"`

	spans []inventory.Span
}

// Decision is what a server decides about one risk.
type Decision struct {
	Name   string `json:"name"`
	Status string `json:"status"` // allowed, forbidden, unused, unknown
	Why    string `json:"why,omitempty"`
}

// Tree paths: the leaves of the decision tree (DESIGN.md).
const (
	PathMachine  = "machine"
	PathServer   = "server"
	PathPassword = "password"
	PathNative   = "native"
	PathBrowser  = "browser"
	PathDevice   = "device"
	PathUnknown  = "unknown"
)

// Input is what the driver gathered.
type Input struct {
	Root     string // the module root: locations are relative to it
	Flows    []*inventory.Flow
	Servers  []*inventory.Server
	Findings []Finding // with absolute file names
	Version  string
}

// Build joins, merges and counts.
func Build(in Input) *Report {
	rel := func(file string) string {
		if in.Root != "" {
			if r, err := filepath.Rel(in.Root, file); err == nil && !strings.HasPrefix(r, "..") {
				return filepath.ToSlash(r)
			}
		}
		return filepath.ToSlash(file)
	}
	// A package and its test variant give the same rows: keep one.
	flows := dedupe(in.Flows, func(f *inventory.Flow) string {
		return f.Posn.String() + "\x00" + f.Route + "\x00" + f.Path + "\x00" + strings.Join(f.Grants, ",")
	})
	servers := dedupe(in.Servers, func(s *inventory.Server) string { return s.Posn.String() })

	// A flow built by a helper for its callers appears once: at each
	// caller, which names the helper and decides the kind. The helper's
	// own row goes, and its source spans go to the callers.
	called := make(map[string][]*inventory.Flow)
	for _, f := range flows {
		if f.HelperKey != "" {
			called[f.HelperKey] = append(called[f.HelperKey], f)
		}
	}
	var kept []*inventory.Flow
	extra := make(map[*inventory.Flow]*inventory.Flow) // caller → the helper's row
	for _, f := range flows {
		var callers []*inventory.Flow
		for _, fn := range f.Returns {
			callers = append(callers, called[fn]...)
		}
		callers = slices.DeleteFunc(callers, func(c *inventory.Flow) bool { return c == f })
		if len(callers) == 0 {
			kept = append(kept, f)
			continue
		}
		for _, c := range callers {
			if extra[c] == nil {
				extra[c] = f
			}
		}
	}

	r := &Report{Version: Version, Tool: "oauthvet", ToolVersion: in.Version, Clients: []Client{}, Servers: []Server{}, Other: []Finding{}}
	for _, f := range kept {
		c := Client{
			Location:     Location{rel(f.Posn.Filename), f.Posn.Line, f.Posn.Column},
			Package:      f.Package,
			Function:     f.Func,
			Library:      f.Library,
			Route:        f.Route,
			Grants:       f.Grants,
			ResponseType: f.ResponseType,
			Kind:         f.Kind,
			Client:       f.Client,
			Evidence:     f.Evidence,
			KindReason:   f.KindReason,
			PKCE:         f.PKCE,
			PKCEReason:   f.PKCEReason,
			State:        f.State,
			StateReason:  f.StateWhy,
			Path:         f.Path,
			Endpoints:    []Endpoint{},
			Findings:     []Finding{},
			spans:        f.Spans,
			funcs:        f.Funcs,
			pkgKey:       f.Package,
		}
		for _, e := range f.Endpoints {
			c.Endpoints = append(c.Endpoints, Endpoint(e))
		}
		if f.Helper != "" {
			h := &Helper{Name: f.Helper}
			if f.HelperPosn.IsValid() {
				h.Location = Location{rel(f.HelperPosn.Filename), f.HelperPosn.Line, f.HelperPosn.Column}
			}
			if o := extra[f]; o != nil {
				h.Location = Location{rel(o.Posn.Filename), o.Posn.Line, o.Posn.Column}
				c.spans = append(slices.Clone(c.spans), o.Spans...)
				c.funcs = append(slices.Clone(c.funcs), o.Funcs...)
				if len(c.Endpoints) == 0 {
					for _, e := range o.Endpoints {
						c.Endpoints = append(c.Endpoints, Endpoint(e))
					}
				}
			}
			c.Helper = h
		}
		c.TreePath, c.Recommended, c.OnRecommend = judge(&c)
		r.Clients = append(r.Clients, c)
	}
	for _, s := range servers {
		sv := Server{
			Location: Location{rel(s.Posn.Filename), s.Posn.Line, s.Posn.Column},
			Package:  s.Package,
			Library:  s.Library,
			Clients:  s.Clients,
			Findings: []Finding{},
			spans:    s.Spans,
		}
		for _, d := range s.Decisions {
			sv.Decisions = append(sv.Decisions, Decision(d))
		}
		r.Servers = append(r.Servers, sv)
	}
	slices.SortStableFunc(r.Clients, func(a, b Client) int { return compareLoc(a.Location, b.Location) })
	slices.SortStableFunc(r.Servers, func(a, b Server) int { return compareLoc(a.Location, b.Location) })
	for i := range r.Clients {
		r.Clients[i].ID = "C" + itoa(i+1)
	}
	for i := range r.Servers {
		r.Servers[i].ID = "S" + itoa(i+1)
	}
	r.join(in.Findings, rel)
	r.Summary = Summary{Clients: len(r.Clients), Servers: len(r.Servers)}
	for _, c := range r.Clients {
		if c.OnRecommend != nil && *c.OnRecommend {
			r.Summary.Recommended++
		}
		if c.TreePath == PathUnknown {
			r.Summary.UnknownKind++
		}
		if len(c.Findings) > 0 {
			r.Summary.WithFindings++
		}
	}
	return r
}

// join gives each finding to the rows whose narrowest source span holds
// it; else to the rows whose function holds it; else, in a package with
// one row, to that row; else it is listed apart.
func (r *Report) join(findings []Finding, rel func(string) string) {
	type target struct {
		findings *[]Finding
		width    int
	}
	for _, fd := range findings {
		pos := fd.Location
		var best []target
		bestWidth := -1
		consider := func(spans []inventory.Span, list *[]Finding) {
			for _, s := range spans {
				if s.File != pos.File || !(s.Start <= fd.Offset && fd.Offset < s.End) {
					continue
				}
				switch w := s.Len(); {
				case bestWidth < 0 || w < bestWidth:
					best, bestWidth = []target{{list, w}}, w
				case w == bestWidth && !slices.ContainsFunc(best, func(t target) bool { return t.findings == list }):
					best = append(best, target{list, w})
				}
			}
		}
		for i := range r.Clients {
			consider(r.Clients[i].spans, &r.Clients[i].Findings)
		}
		for i := range r.Servers {
			consider(r.Servers[i].spans, &r.Servers[i].Findings)
		}
		if best == nil {
			for i := range r.Clients {
				consider(r.Clients[i].funcs, &r.Clients[i].Findings)
			}
		}
		out := fd
		out.Location.File = rel(fd.Location.File)
		if best == nil {
			if i := r.onlyClientIn(fd); i >= 0 {
				best = []target{{&r.Clients[i].Findings, 0}}
			}
		}
		if best == nil {
			r.Other = append(r.Other, out)
			continue
		}
		for _, t := range best {
			if !slices.Contains(*t.findings, out) {
				*t.findings = append(*t.findings, out)
			}
		}
	}
}

// onlyClientIn returns the index of the one client row in the finding's
// package directory, or -1.
func (r *Report) onlyClientIn(fd Finding) int {
	dir := filepath.Dir(fd.Location.File)
	found := -1
	for i := range r.Clients {
		for _, s := range r.Clients[i].funcs {
			if filepath.Dir(s.File) == dir {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
		if len(r.Clients[i].funcs) == 0 {
			for _, s := range r.Clients[i].spans {
				if filepath.Dir(s.File) == dir {
					if found >= 0 && found != i {
						return -1
					}
					found = i
				}
			}
		}
	}
	for i := range r.Servers {
		for _, s := range r.Servers[i].spans {
			if filepath.Dir(s.File) == dir {
				return -1
			}
		}
	}
	return found
}

// judge places a flow on the decision tree: its leaf, the grant the tree
// gives there, and whether the flow uses it (nil when the kind is unknown).
func judge(c *Client) (string, string, *bool) {
	has := func(g string) bool { return slices.Contains(c.Grants, g) }
	yes := func(b bool) *bool { return &b }
	if has(inventory.Unknown) && !has("password") {
		// The grant is not known: whether it is the tree's is not either.
		yes = func(b bool) *bool {
			if b {
				return &b
			}
			return nil
		}
	}
	switch {
	case has("password"):
		return PathPassword, "none: the password grant MUST NOT be used (RFC 9700 §2.4)", yes(false)
	case c.Kind == inventory.KindMachine:
		return PathMachine, "client credentials", yes(has("client_credentials"))
	case c.Kind == inventory.KindDevice:
		return PathDevice, "device authorization grant", yes(has("device_code"))
	case c.Kind == inventory.KindServer:
		return PathServer, "authorization code (PKCE recommended)", yes(has("authorization_code") && !has("implicit"))
	case c.Kind == inventory.KindNative:
		return PathNative, "authorization code + PKCE S256", yes(has("authorization_code") && !has("implicit") && c.PKCE == inventory.PKCES256)
	case c.Kind == inventory.KindBrowser:
		return PathBrowser, "authorization code + PKCE S256", yes(has("authorization_code") && !has("implicit") && c.PKCE == inventory.PKCES256)
	}
	return PathUnknown, "depends on the kind", nil
}

func dedupe[T any](list []*T, key func(*T) string) []*T {
	seen := make(map[string]bool, len(list))
	var out []*T
	for _, x := range list {
		k := key(x)
		if !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

func compareLoc(a, b Location) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
}

func itoa(n int) string { return strconv.Itoa(n) }
