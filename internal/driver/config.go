package driver

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
)

// ConfigName is the configuration file the standalone command looks for,
// from the working directory up to the main module's root.
const ConfigName = ".oauthvet.yml"

// findConfig returns the configuration file for dir: the first
// .oauthvet.yml in dir or its parents, up to the directory that holds
// go.mod; outside a module, dir's own only. It returns "" if there is none.
func findConfig(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	var dirs []string
	for d := abs; ; {
		dirs = append(dirs, d)
		if exists(filepath.Join(d, "go.mod")) {
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			dirs = dirs[:1] // no module: the directory itself only
			break
		}
		d = parent
	}
	for _, d := range dirs {
		if p := filepath.Join(d, ConfigName); exists(p) {
			return p, nil
		}
	}
	return "", nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// configError is a mistake in the configuration file: "FILE:LINE: ...".
type configError struct {
	file string
	line int
	msg  string
}

func (e *configError) Error() string {
	if e.line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg)
	}
	return fmt.Sprintf("%s: %s", e.file, e.msg)
}

// A config is the decoded configuration file: flag values by flag name
// ("passwordgrant.trusted") and the rules to disable.
type config struct {
	file    string
	flags   map[string]string
	disable []string
	lines   map[string]int // the line of each key, and of each flag's value
	items   map[string][]item
}

// An item is one entry of a list setting, where it is written.
type item struct {
	text string
	line int
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// parseConfig decodes the configuration file's content. name is the file
// as errors show it. Every key must be a rule setting (rules.Settings) or
// "disable", with a value of the setting's type; the values themselves are
// checked when they are set (applyConfig).
func parseConfig(name string, data []byte, known []string) (*config, error) {
	cerr := func(line int, format string, args ...any) error {
		return &configError{name, line, fmt.Sprintf(format, args...)}
	}
	c := &config{file: name, flags: make(map[string]string), items: make(map[string][]item)}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 0
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = strings.TrimPrefix(err.Error(), m[0])
		}
		return nil, cerr(line, "%s", msg)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil // an empty file
	}
	top := doc.Content[0]
	if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
		return c, nil // only comments
	}
	if top.Kind != yaml.MappingNode {
		return nil, cerr(top.Line, "want a map of settings (%s)", strings.Join(rules.SettingKeys(), ", "))
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		key := k.Value
		if prev, ok := seen[key]; ok {
			return nil, cerr(k.Line, "%s is set twice (first on line %d)", key, prev)
		}
		seen[key] = k.Line
		if key == rules.DisableKey {
			if v.Kind != yaml.SequenceNode {
				return nil, cerr(v.Line, "disable: want a list of rules ([pkce, ...]), not %s", nodeKind(v))
			}
			for _, item := range v.Content {
				if item.Kind != yaml.ScalarNode || !slices.Contains(known, item.Value) {
					return nil, cerr(item.Line, "disable: unknown rule %q (rules: %s)", item.Value, strings.Join(known, ", "))
				}
				c.disable = append(c.disable, item.Value)
			}
			continue
		}
		s := rules.LookupSetting(key)
		if s == nil {
			return nil, cerr(k.Line, "unknown key %q (keys: %s)", key, strings.Join(rules.SettingKeys(), ", "))
		}
		var val any
		if err := v.Decode(&val); err != nil {
			return nil, cerr(v.Line, "%s: %v", key, err)
		}
		text, err := s.FlagValue(val)
		if err != nil {
			return nil, cerr(v.Line, "%v", err)
		}
		c.flags[s.Rule+"."+s.Flag] = text
		seen[s.Rule+"."+s.Flag] = v.Line // for errors of the value itself
		if v.Kind == yaml.SequenceNode {
			for _, e := range v.Content {
				c.items[s.Rule+"."+s.Flag] = append(c.items[s.Rule+"."+s.Flag], item{e.Value, e.Line})
			}
		}
	}
	c.lines = seen
	return c, nil
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a map"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "this"
}

// loadConfig reads and applies the configuration file (file, or the one
// found from the working directory when file is ""), below the command
// line: a flag set there (set) wins over the file's value, and a rule the
// command line turns on or off ignores the file's disable.
func (d *driver) loadConfig(file string, fs *flag.FlagSet, analyzers []*analysis.Analyzer, enabled map[*analysis.Analyzer]*triState) error {
	if file == "" {
		dir := d.dir
		if dir == "" {
			dir = "."
		}
		found, err := findConfig(dir)
		if err != nil || found == "" {
			return err
		}
		file = found
	}
	data, err := os.ReadFile(file)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("configuration file %s does not exist", file)
		}
		return err
	}
	name := file
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, file); err == nil && filepath.IsAbs(file) {
			name = rel
		}
	}
	var known []string
	for _, r := range rules.All {
		known = append(known, r.ID)
	}
	for _, a := range analyzers {
		if !slices.Contains(known, a.Name) {
			known = append(known, a.Name)
		}
	}
	c, err := parseConfig(name, data, known)
	if err != nil {
		return err
	}
	set := make(map[string]bool)
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for _, s := range rules.Settings {
		name := s.Rule + "." + s.Flag
		text, ok := c.flags[name]
		if !ok || set[name] {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			return &configError{c.file, c.lines[name], fmt.Sprintf("%s: rule %s is not in this build of oauthvet", s.Key, s.Rule)}
		}
		if err := f.Value.Set(text); err != nil {
			// Name the entry of a list that the flag rejects.
			line := c.lines[name]
			for _, it := range c.items[name] {
				if f.Value.Set(it.text) != nil {
					line = it.line
					break
				}
			}
			return &configError{c.file, line, fmt.Sprintf("%s: %v", s.Key, err)}
		}
	}
	for _, id := range c.disable {
		for _, a := range analyzers {
			if a.Name == id && *enabled[a] == unset {
				*enabled[a] = setFalse
			}
		}
	}
	return nil
}
