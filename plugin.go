package oauthvet

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/passes/challengemethod"
	"github.com/oauthvet/oauthvet/passes/ignoredirective"
	"github.com/oauthvet/oauthvet/passes/implicitgrant"
	"github.com/oauthvet/oauthvet/passes/passwordgrant"
	"github.com/oauthvet/oauthvet/passes/pkce"
	"github.com/oauthvet/oauthvet/passes/redirecturi"
)

// PluginName is the name under which oauthvet registers itself as a
// golangci-lint module plugin: the key under linters.settings.custom, the
// linter name in findings and in //nolint:oauthvet.
const PluginName = "oauthvet"

func init() {
	register.Plugin(PluginName, New)
}

// Settings is the configuration of the golangci-lint plugin, the
// linters.settings.custom.oauthvet.settings section of .golangci.yml. Each
// field sets the command-line flag of the same meaning.
type Settings struct {
	// PasswordGrantTrusted lists import path patterns ("..." wildcard, as in
	// the go command) of packages trusted with users' passwords
	// (-passwordgrant.trusted).
	PasswordGrantTrusted []string `json:"passwordgrant-trusted"`
	// PKCEConfidential requires PKCE in every client, confidential web apps
	// included (-pkce.confidential).
	PKCEConfidential bool `json:"pkce-confidential"`
	// Disable names rules to turn off (-NAME=false).
	Disable []string `json:"disable"`
}

// SettingNames returns the keys of the plugin's settings section.
func SettingNames() []string {
	var names []string
	for f := range reflect.TypeFor[Settings]().Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		names = append(names, name)
	}
	return names
}

// Plugin is oauthvet as a golangci-lint module plugin.
type Plugin struct {
	analyzers []*analysis.Analyzer
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New is the golangci-lint plugin constructor: it decodes settings (the
// raw value of the plugin's settings section; nil when there is none) and
// configures a fresh set of analyzers, so that two configurations in one
// process share no state. Unknown settings, unknown rule names and
// malformed package patterns are errors.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("oauthvet: %w (known settings: %s)", err, strings.Join(SettingNames(), ", "))
	}
	p, err := s.Plugin()
	if err != nil {
		return nil, err // not a nil *Plugin in a non-nil interface
	}
	return p, nil
}

// Plugin returns the plugin configured by s.
func (s Settings) Plugin() (*Plugin, error) {
	all := pluginAnalyzers()
	// Each setting sets the rule's flag, which checks the value as on the
	// command line.
	set := func(a *analysis.Analyzer, setting, flag, value string) error {
		if err := a.Flags.Set(flag, value); err != nil {
			return fmt.Errorf("oauthvet: %s: %w", setting, err)
		}
		return nil
	}
	for _, a := range all {
		var err error
		switch a.Name {
		case passwordgrant.Analyzer.Name:
			if len(s.PasswordGrantTrusted) > 0 {
				err = set(a, "passwordgrant-trusted", "trusted", strings.Join(s.PasswordGrantTrusted, ","))
			}
		case pkce.Analyzer.Name:
			err = set(a, "pkce-confidential", "confidential", strconv.FormatBool(s.PKCEConfidential))
		}
		if err != nil {
			return nil, err
		}
	}

	var names []string
	for _, a := range all {
		names = append(names, a.Name)
	}
	off := make(map[string]bool)
	for _, name := range s.Disable {
		name = strings.TrimSpace(name)
		if !slices.Contains(names, name) {
			return nil, fmt.Errorf("oauthvet: disable: unknown rule %q (rules: %s)", name, strings.Join(names, ", "))
		}
		off[name] = true
	}
	p := &Plugin{}
	for _, a := range all {
		if !off[a.Name] {
			p.analyzers = append(p.analyzers, a)
		}
	}
	if len(p.analyzers) == 0 {
		return nil, fmt.Errorf("oauthvet: disable turns off every rule; disable the oauthvet linter instead")
	}
	return p, nil
}

// pluginAnalyzers returns a fresh copy of Analyzers: the rules with flags
// are new instances, and ignoredirective checks the directives against
// those instances (a disabled rule still runs for it, unreported, as under
// the command's -NAME=false).
func pluginAnalyzers() []*analysis.Analyzer {
	ruleAnalyzers := []*analysis.Analyzer{
		implicitgrant.Analyzer,
		passwordgrant.New(),
		pkce.New(),
		challengemethod.Analyzer,
		redirecturi.Analyzer,
	}
	return append(ruleAnalyzers, ignoredirective.New(ruleAnalyzers...))
}

// BuildAnalyzers returns the configured analyzers.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return slices.Clone(p.analyzers), nil
}

// GetLoadMode tells golangci-lint that the analyzers need type information.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
