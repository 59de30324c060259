package rules

import (
	"fmt"
	"strconv"
	"strings"
)

// A Setting is a rule's configurable value: one analyzer flag
// (-RULE.FLAG, under every driver that has flags) and one key, the same in
// .oauthvet.yml and in the golangci-lint plugin's settings. Adding a rule's
// setting to Settings is all it takes for both to accept it.
type Setting struct {
	Key  string // "passwordgrant-trusted"
	Rule string // the rule ID: "passwordgrant"
	Flag string // the analyzer's flag: "trusted"
	List bool   // a list of strings (the flag takes them comma-separated); otherwise a boolean
}

var (
	PasswordGrantTrusted = &Setting{Key: "passwordgrant-trusted", Rule: "passwordgrant", Flag: "trusted", List: true}
	PKCEConfidential     = &Setting{Key: "pkce-confidential", Rule: "pkce", Flag: "confidential"}
)

// Settings lists the rules' settings in the order they are documented.
var Settings = []*Setting{PasswordGrantTrusted, PKCEConfidential}

// DisableKey is the setting that turns rules off by ID (under the
// command line's -RULE=false).
const DisableKey = "disable"

// LookupSetting returns the setting with the given key.
func LookupSetting(key string) *Setting {
	for _, s := range Settings {
		if s.Key == key {
			return s
		}
	}
	return nil
}

// SettingKeys returns every configuration key: the rules' settings, then
// "disable".
func SettingKeys() []string {
	keys := make([]string, 0, len(Settings)+1)
	for _, s := range Settings {
		keys = append(keys, s.Key)
	}
	return append(keys, DisableKey)
}

// FlagName is the command-line flag: "-passwordgrant.trusted".
func (s *Setting) FlagName() string { return "-" + s.Rule + "." + s.Flag }

// FlagValue converts a decoded configuration value (from YAML or JSON: a
// bool, or a list of strings as []any or []string) to the flag's text.
func (s *Setting) FlagValue(v any) (string, error) {
	if !s.List {
		b, ok := v.(bool)
		if !ok {
			return "", fmt.Errorf("%s: want true or false, not %s", s.Key, describe(v))
		}
		return strconv.FormatBool(b), nil
	}
	var items []string
	switch v := v.(type) {
	case nil:
	case []string:
		items = v
	case []any:
		for _, e := range v {
			str, ok := e.(string)
			if !ok {
				return "", fmt.Errorf("%s: want a list of strings, not a list holding %s", s.Key, describe(e))
			}
			items = append(items, str)
		}
	default:
		return "", fmt.Errorf("%s: want a list of strings ([a, b]), not %s", s.Key, describe(v))
	}
	for _, it := range items {
		if strings.Contains(it, ",") {
			return "", fmt.Errorf("%s: %q: write one item per list entry, without commas", s.Key, it)
		}
	}
	return strings.Join(items, ","), nil
}

func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "nothing"
	case string:
		return fmt.Sprintf("the string %q", v)
	case bool:
		return fmt.Sprintf("%t", v)
	case []any:
		return "a list"
	case map[string]any:
		return "a map"
	}
	return fmt.Sprintf("%v", v)
}

// A Driver is a way of running the analyzers; each has its own way of
// configuring a rule, which the messages that mention a setting show.
type Driver int

const (
	// Vet is go vet -vettool, nogo and any other driver of the plain
	// analyzers: the flags are the way. Messages are written for it.
	Vet Driver = iota
	// Standalone is the oauthvet command: flags or .oauthvet.yml.
	Standalone
	// Golangci is the golangci-lint module plugin: its settings.
	Golangci
)

// Hint is how a message names the setting, for the driver: analyzers
// write Hint(Vet) and the other drivers rewrite it with ForDriver.
func (s *Setting) Hint(d Driver) string {
	switch d {
	case Standalone:
		return fmt.Sprintf("(%s, or %s in .oauthvet.yml)", s.FlagName(), s.Key)
	case Golangci:
		return fmt.Sprintf("(golangci-lint setting %s)", s.Key)
	}
	return "(" + s.FlagName() + ")"
}

// ForDriver rewrites the settings a message names into the driver's way
// of configuring them.
func ForDriver(d Driver, msg string) string {
	if d == Vet || !strings.Contains(msg, "(-") {
		return msg
	}
	for _, s := range Settings {
		msg = strings.ReplaceAll(msg, s.Hint(Vet), s.Hint(d))
	}
	return msg
}
