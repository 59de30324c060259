package oauthvet

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/challengemethod"
	"github.com/oauthvet/oauthvet/passes/ignoredirective"
	"github.com/oauthvet/oauthvet/passes/implicitgrant"
	"github.com/oauthvet/oauthvet/passes/insecureendpoint"
	"github.com/oauthvet/oauthvet/passes/oauthstate"
	"github.com/oauthvet/oauthvet/passes/oidcverify"
	"github.com/oauthvet/oauthvet/passes/passwordgrant"
	"github.com/oauthvet/oauthvet/passes/pkce"
	"github.com/oauthvet/oauthvet/passes/redirecturi"
	"github.com/oauthvet/oauthvet/passes/tokenleak"
)

// PluginName is the name under which oauthvet registers itself as a
// golangci-lint module plugin: the key under linters.settings.custom, the
// linter name in findings and in //nolint:oauthvet.
const PluginName = "oauthvet"

func init() {
	register.Plugin(PluginName, New)
}

// Settings is the configuration of the golangci-lint plugin, the
// linters.settings.custom.oauthvet.settings section of .golangci.yml, as
// golangci-lint decodes it. Its keys are those of .oauthvet.yml: each
// rule setting of internal/rules.Settings ("passwordgrant-trusted": a list
// of import path patterns, "pkce-confidential": a boolean, ...) sets the
// command-line flag of the same meaning, and "disable" lists rules to turn
// off (-NAME=false).
type Settings map[string]any

// SettingNames returns the keys of the plugin's settings section.
func SettingNames() []string { return rules.SettingKeys() }

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
	var s Settings
	switch v := settings.(type) {
	case nil:
	case map[string]any:
		s = v
	default:
		return nil, fmt.Errorf("oauthvet: decoding settings: want a map of settings, not %T (known settings: %s)", settings, strings.Join(SettingNames(), ", "))
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
	var names []string
	for _, a := range all {
		names = append(names, a.Name)
	}
	off := make(map[string]bool)
	for _, key := range slices.Sorted(maps.Keys(s)) {
		value := s[key]
		if key == rules.DisableKey {
			list, err := (&rules.Setting{Key: key, List: true}).FlagValue(value)
			if err != nil {
				return nil, fmt.Errorf("oauthvet: %w", err)
			}
			for name := range strings.SplitSeq(list, ",") {
				name = strings.TrimSpace(name)
				if name == "" {
					continue
				}
				if !slices.Contains(names, name) {
					return nil, fmt.Errorf("oauthvet: disable: unknown rule %q (rules: %s)", name, strings.Join(names, ", "))
				}
				off[name] = true
			}
			continue
		}
		setting := rules.LookupSetting(key)
		if setting == nil {
			return nil, fmt.Errorf("oauthvet: decoding settings: unknown field %q (known settings: %s)", key, strings.Join(SettingNames(), ", "))
		}
		// The setting sets the rule's flag, which checks the value as
		// on the command line.
		text, err := setting.FlagValue(value)
		if err != nil {
			return nil, fmt.Errorf("oauthvet: %w", err)
		}
		i := slices.IndexFunc(all, func(a *analysis.Analyzer) bool { return a.Name == setting.Rule })
		if i < 0 {
			return nil, fmt.Errorf("oauthvet: %s: no rule %s", key, setting.Rule)
		}
		if err := all[i].Flags.Set(setting.Flag, text); err != nil {
			return nil, fmt.Errorf("oauthvet: %s: %w", key, err)
		}
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
		oauthstate.Analyzer,
		insecureendpoint.Analyzer,
		tokenleak.Analyzer,
		oidcverify.Analyzer,
		redirecturi.Analyzer,
	}
	for i, a := range ruleAnalyzers {
		ruleAnalyzers[i] = golangciMessages(a)
	}
	return append(ruleAnalyzers, ignoredirective.New(ruleAnalyzers...))
}

// golangciMessages returns a copy of a whose messages name the plugin's
// settings ("golangci-lint setting passwordgrant-trusted") where the
// analyzer names its flags. The copy shares a's flags.
func golangciMessages(a *analysis.Analyzer) *analysis.Analyzer {
	c := *a
	run := a.Run
	c.Run = func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			d.Message = rules.ForDriver(rules.Golangci, d.Message)
			pass.Report(d)
		}
		return run(&p)
	}
	return &c
}

// BuildAnalyzers returns the configured analyzers.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return slices.Clone(p.analyzers), nil
}

// GetLoadMode tells golangci-lint that the analyzers need type information.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
