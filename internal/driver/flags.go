package driver

import (
	"fmt"
	"strconv"
)

// formatFlag is -format: text, json or sarif.
type formatFlag string

func (f *formatFlag) String() string { return string(*f) }

func (f *formatFlag) Set(s string) error {
	switch s {
	case "text", "json", "sarif":
		*f = formatFlag(s)
		return nil
	}
	return fmt.Errorf("want text, json or sarif")
}

// jsonFlag is -json, the x/tools drivers' flag: -format=json.
type jsonFlag struct{ format *string }

func (f jsonFlag) IsBoolFlag() bool { return true }

func (f jsonFlag) String() string {
	if f.format == nil {
		return "false"
	}
	return strconv.FormatBool(*f.format == "json")
}

func (f jsonFlag) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	switch {
	case b:
		*f.format = "json"
	case *f.format == "json":
		*f.format = "text"
	}
	return nil
}

// explainFlag is -explain. It is a boolean flag, so that "-explain" alone
// lists the rules and "-explain pkce" takes the rule from the arguments;
// "-explain=pkce" names the rule too.
type explainFlag struct {
	set   bool
	rules []string
}

func (f *explainFlag) IsBoolFlag() bool { return true }

func (f *explainFlag) String() string { return "" }

func (f *explainFlag) Set(s string) error {
	switch s {
	case "true":
		f.set = true
	case "false":
		f.set = false
	default:
		f.set = true
		f.rules = append(f.rules, s)
	}
	return nil
}

// triState is a -NAME flag: unset, true or false, as in the x/tools
// drivers.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (ts *triState) IsBoolFlag() bool { return true }

func (ts *triState) Get() any { return *ts != setFalse }

func (ts *triState) String() string {
	if ts != nil && *ts == setFalse {
		return "false"
	}
	return "true"
}

func (ts *triState) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	if b {
		*ts = setTrue
	} else {
		*ts = setFalse
	}
	return nil
}
