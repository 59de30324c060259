package invreport

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// WriteJSON prints the report as JSON (the schema is Report's; see
// README's "Inventory").
func (r *Report) WriteJSON(w io.Writer) error {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// SummaryLine is the Markdown's first line.
func (r *Report) SummaryLine() string {
	s := r.Summary
	known := s.Clients - s.UnknownKind
	line := fmt.Sprintf("%s, %s; ", plural(s.Clients, "OAuth client flow"), plural(s.Servers, "authorization server"))
	if known > 0 {
		line += fmt.Sprintf("%d of the %s of known kind on the grant the decision tree recommends for it", s.Recommended, plural(known, "flow"))
	} else {
		line += "no flow of known kind to hold against the decision tree"
	}
	if s.UnknownKind > 0 {
		line += fmt.Sprintf(", %d of unknown kind", s.UnknownKind)
	}
	if s.WithFindings > 0 {
		line += fmt.Sprintf("; %d with findings", s.WithFindings)
	}
	return line + "."
}

// WriteMarkdown prints the summary, the decision tree and the tables.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n\n", r.SummaryLine())
	b.WriteString("```mermaid\n")
	b.WriteString(r.Mermaid())
	b.WriteString("```\n\n")
	if len(r.Clients) > 0 {
		b.WriteString("| # | location | library | grants | client kind (evidence) | the tree's grant | PKCE | state | endpoints | findings |\n")
		b.WriteString("|---|---|---|---|---|---|---|---|---|---|\n")
		for _, c := range r.Clients {
			loc := "`" + c.Location.String() + "`"
			if c.Function != "" {
				loc += " " + c.Function
			}
			if c.Helper != nil {
				loc += "; built by " + c.Helper.Name
				if c.Helper.Location.File != "" {
					loc += " (`" + c.Helper.Location.String() + "`)"
				}
			}
			if c.Path != "" {
				loc += " " + c.Path
			}
			kind := c.Kind
			switch {
			case c.Evidence != "" && c.Client != "":
				kind = c.Client + ": " + c.Evidence
			case c.KindReason != "":
				kind = "unknown (" + c.KindReason + ")"
			}
			rec := c.Recommended
			switch {
			case c.OnRecommend == nil:
			case *c.OnRecommend:
				rec += " ✓"
			default:
				rec += " ✗"
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
				c.ID, cell(loc), cell(c.Library), cell(strings.Join(c.Grants, ", ")), cell(kind), cell(rec),
				cell(withReason(c.PKCE, c.PKCEReason)), cell(withReason(c.State, c.StateReason)),
				cell(endpoints(c.Endpoints)), cell(rulesOf(c.Findings)))
		}
		b.WriteString("\n")
	}
	if len(r.Servers) > 0 {
		b.WriteString("| # | authorization server | library | implicit | password | PKCE for public clients | PKCE for all | plain PKCE | redirect URI matching | clients in code | findings |\n")
		b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|\n")
		for _, s := range r.Servers {
			status := func(name, allowed, forbidden string) string {
				for _, d := range s.Decisions {
					if d.Name == name {
						switch d.Status {
						case "allowed":
							return allowed
						case "forbidden":
							return forbidden
						case "unused":
							return allowed + " (no client in code uses it)"
						}
						return "unknown"
					}
				}
				return "unknown"
			}
			fmt.Fprintf(&b, "| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %d | %s |\n",
				s.ID, s.Location.String(), cell(s.Library),
				status("implicit", "allowed", "refused"),
				status("password", "allowed", "refused"),
				status("pkce-optional-public", "optional", "required"),
				status("pkce-optional", "optional", "required"),
				status("plain-pkce", "accepted", "refused"),
				status("loose-redirect", "loose", "exact"),
				s.Clients, cell(rulesOf(s.Findings)))
		}
		b.WriteString("\n")
	}
	if len(r.Other) > 0 {
		b.WriteString("Findings outside the flows above:\n\n")
		for _, f := range r.Other {
			fmt.Fprintf(&b, "- `%s` %s\n", f.Location.String(), f.Rule)
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// maxFindingNodes bounds the flows drawn one by one in the picture.
const maxFindingNodes = 24

// Mermaid draws the decision tree of DESIGN.md as a flowchart: each
// question and leaf with the number of flows that took that path, the
// edges on a path that a flow with findings took in red, and each flow
// with findings as a node below its leaf.
func (r *Report) Mermaid() string {
	count := make(map[string]int)
	on := make(map[string]int)
	bad := make(map[string]int)
	for _, c := range r.Clients {
		count[c.TreePath]++
		if c.OnRecommend != nil && *c.OnRecommend {
			on[c.TreePath]++
		}
		if len(c.Findings) > 0 {
			bad[c.TreePath]++
		}
	}
	var b strings.Builder
	b.WriteString("flowchart TD\n")
	edges := 0
	var red []int
	edge := func(from, label, to string, leaves ...string) {
		fmt.Fprintf(&b, "  %s -- \"%s\" --> %s\n", from, label, to)
		for _, l := range leaves {
			if bad[l] > 0 {
				red = append(red, edges)
				break
			}
		}
		edges++
	}
	sum := func(paths ...string) int {
		n := 0
		for _, p := range paths {
			n += count[p]
		}
		return n
	}
	leaf := func(id, path, grant string) {
		label := grant + "<br/>" + plural(count[path], "flow")
		if path != PathUnknown && path != PathPassword && count[path] > 0 {
			label += fmt.Sprintf(", %d on it", on[path])
		}
		if bad[path] > 0 {
			label += fmt.Sprintf(", %d with findings", bad[path])
		}
		class := "ok"
		switch {
		case count[path] == 0:
			class = "none"
		case bad[path] > 0 || path == PathPassword:
			class = "bad"
		}
		fmt.Fprintf(&b, "  %s[\"%s\"]:::%s\n", id, esc(label), class)
	}
	all := []string{PathMachine, PathServer, PathPassword, PathNative, PathBrowser, PathDevice, PathUnknown}
	fmt.Fprintf(&b, "  start([\"%s\"])\n", esc(plural(len(r.Clients), "client flow")))
	b.WriteString("  q1{\"Does the app act for itself,<br/>with no user?\"}\n")
	b.WriteString("  q2{\"Is it a server-side web app<br/>(confidential client)?\"}\n")
	b.WriteString("  q3{\"Is it trusted with<br/>the user's password?\"}\n")
	b.WriteString("  q4{\"Is it a native app:<br/>CLI, desktop, mobile?\"}\n")
	b.WriteString("  q5{\"Is it a browser app<br/>(Go compiled to js/wasm)?\"}\n")
	b.WriteString("  q6{\"Is it a device<br/>without a browser?\"}\n")
	leaf("machine", PathMachine, "client credentials")
	leaf("server", PathServer, "authorization code,<br/>PKCE recommended")
	leaf("password", PathPassword, "password grant:<br/>MUST NOT be used (RFC 9700 §2.4)")
	leaf("native", PathNative, "authorization code<br/>+ PKCE S256")
	leaf("browser", PathBrowser, "authorization code<br/>+ PKCE S256")
	leaf("device", PathDevice, "device authorization grant<br/>(RFC 8628)")
	leaf("unknown", PathUnknown, "kind unknown:<br/>no evidence in the code")
	edge("start", itoa(sum(all...)), "q1", all...)
	edge("q1", "yes: "+itoa(count[PathMachine]), "machine", PathMachine)
	edge("q1", "no: "+itoa(sum(all[1:]...)), "q2", all[1:]...)
	edge("q2", "yes: "+itoa(count[PathServer]), "server", PathServer)
	edge("q2", "no: "+itoa(sum(all[2:]...)), "q3", all[2:]...)
	edge("q3", "yes: "+itoa(count[PathPassword]), "password", PathPassword)
	edge("q3", "no: "+itoa(sum(all[3:]...)), "q4", all[3:]...)
	edge("q4", "yes: "+itoa(count[PathNative]), "native", PathNative)
	edge("q4", "no: "+itoa(sum(all[4:]...)), "q5", all[4:]...)
	edge("q5", "yes: "+itoa(count[PathBrowser]), "browser", PathBrowser)
	edge("q5", "no: "+itoa(sum(all[5:]...)), "q6", all[5:]...)
	edge("q6", "yes: "+itoa(count[PathDevice]), "device", PathDevice)
	edge("q6", "no: "+itoa(count[PathUnknown]), "unknown", PathUnknown)

	// The flows with findings, below their leaves.
	drawn := 0
	more := make(map[string]int)
	for _, c := range r.Clients {
		if len(c.Findings) == 0 {
			continue
		}
		if drawn == maxFindingNodes {
			more[c.TreePath]++
			continue
		}
		drawn++
		id := strings.ToLower(c.ID)
		fmt.Fprintf(&b, "  %s[\"%s %s<br/>%s\"]:::finding\n", id, c.ID, esc(c.Location.String()), esc(rulesOf(c.Findings)))
		fmt.Fprintf(&b, "  %s -.-> %s\n", c.TreePath, id)
		red = append(red, edges)
		edges++
	}
	for _, p := range all {
		if more[p] > 0 {
			fmt.Fprintf(&b, "  more_%s[\"%s with findings more\"]:::finding\n", p, esc(plural(more[p], "flow")))
			fmt.Fprintf(&b, "  %s -.-> more_%s\n", p, p)
			red = append(red, edges)
			edges++
		}
	}
	// The servers, beside the tree.
	if len(r.Servers) > 0 {
		withF := 0
		for _, s := range r.Servers {
			if len(s.Findings) > 0 {
				withF++
			}
		}
		label := plural(len(r.Servers), "authorization server")
		if withF > 0 {
			label += fmt.Sprintf("<br/>%d with findings", withF)
		}
		class := "ok"
		if withF > 0 {
			class = "bad"
		}
		fmt.Fprintf(&b, "  servers[[\"%s\"]]:::%s\n", esc(label), class)
		for _, s := range r.Servers {
			if len(s.Findings) == 0 || drawn >= maxFindingNodes {
				continue
			}
			drawn++
			id := strings.ToLower(s.ID)
			fmt.Fprintf(&b, "  %s[\"%s %s<br/>%s\"]:::finding\n", id, s.ID, esc(s.Location.String()), esc(rulesOf(s.Findings)))
			fmt.Fprintf(&b, "  servers -.-> %s\n", id)
			red = append(red, edges)
			edges++
		}
	}
	b.WriteString("  classDef ok fill:#e6f4ea,stroke:#137333\n")
	b.WriteString("  classDef bad fill:#fce8e6,stroke:#c5221f\n")
	b.WriteString("  classDef none fill:#f1f3f4,stroke:#9aa0a6,color:#5f6368\n")
	b.WriteString("  classDef finding fill:#fce8e6,stroke:#c5221f,stroke-dasharray:3 3\n")
	if len(red) > 0 {
		ids := make([]string, len(red))
		for i, n := range red {
			ids[i] = itoa(n)
		}
		fmt.Fprintf(&b, "  linkStyle %s stroke:#c5221f,stroke-width:2px\n", strings.Join(ids, ","))
	}
	return b.String()
}

// esc makes text safe inside a quoted Mermaid label: quotes and angle
// brackets as entities (the <br/> the labels use are added after).
func esc(s string) string {
	r := strings.NewReplacer(`"`, "#quot;", "<br/>", "\x00", "<", "#lt;", ">", "#gt;")
	return strings.ReplaceAll(r.Replace(s), "\x00", "<br/>")
}

func cell(s string) string {
	if s == "" {
		return ""
	}
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

func withReason(v, why string) string {
	if why == "" {
		return v
	}
	return v + " (" + why + ")"
}

func endpoints(list []Endpoint) string {
	var parts []string
	for _, e := range list {
		s := e.Scheme
		if s == "" {
			s = "unknown"
		}
		p := e.Kind + ": " + s
		if !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "; ")
}

func rulesOf(fs []Finding) string {
	var ids []string
	for _, f := range fs {
		if !slices.Contains(ids, f.Rule) {
			ids = append(ids, f.Rule)
		}
	}
	slices.Sort(ids)
	return strings.Join(ids, ", ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}
