package driver

import (
	"fmt"
	"runtime/debug"
)

// ModulePath is oauthvet's module.
const ModulePath = "github.com/oauthvet/oauthvet"

// readBuildInfo is debug.ReadBuildInfo's value, nil without one.
func readBuildInfo() *debug.BuildInfo {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	return bi
}

// moduleVersion is oauthvet's module version in bi: the main module's
// when oauthvet is the program ("go install ...@v0.2.0"), the dependency's
// when another program links oauthvet's driver; "" for a build from a work
// tree, which has none.
func moduleVersion(bi *debug.BuildInfo) string {
	if bi == nil {
		return ""
	}
	m := &bi.Main
	if m.Path != ModulePath {
		m = nil
		for _, d := range bi.Deps {
			if d.Path == ModulePath {
				m = d
				if d.Replace != nil && d.Replace.Version != "" {
					m = d.Replace
				}
				break
			}
		}
	}
	if m == nil || m.Version == "" || m.Version == "(devel)" {
		return ""
	}
	return m.Version
}

// versionLine is what -version prints: "oauthvet v0.2.0", or for a build
// from a work tree "oauthvet (devel)" with the commit the go command
// stamped, if any.
func versionLine(bi *debug.BuildInfo) string {
	if v := moduleVersion(bi); v != "" {
		return "oauthvet " + v
	}
	line := "oauthvet (devel)"
	if bi == nil {
		return line
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		line += fmt.Sprintf(" commit %s", rev)
		if modified == "true" {
			line += " with local changes"
		}
	}
	return line
}
