package driver

import (
	"flag"
	"strings"
)

// IsVetTool reports whether args (without the program name) are an
// invocation by "go vet -vettool=oauthvet" (or another build system using
// the same protocol), which the unitchecker must handle:
//
//	oauthvet -V=full              describe the executable (for build caching)
//	oauthvet -flags               describe the flags, as JSON
//	oauthvet [flags] x/vet.cfg    analyse the one package that vet.cfg describes
//
// This is the test multichecker.Main makes, done before any flag parsing
// so that the unitchecker parses the command line itself, exactly as
// before: the -NAME and -NAME.flag flags, -json, -c, -fix and -diff keep
// their unitchecker meaning.
func IsVetTool(args []string) bool {
	for _, a := range args {
		if a == "--" {
			break
		}
		if !strings.HasPrefix(a, "-") {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "V" || name == "flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// RegisterVetFlags defines, on the default flag set, the flags that
// multichecker.Main defines besides the unitchecker's (-debug,
// -cpuprofile, -memprofile, -trace, -test), with the same usage, so that
// "oauthvet -flags" lists exactly the flags it listed when cmd/oauthvet was
// a multichecker, and go vet accepts and forwards the same ones. Under go
// vet they have no effect, as before.
func RegisterVetFlags() {
	flag.String("debug", "", `debug flags, any subset of "fpstv"`)
	flag.String("cpuprofile", "", "write CPU profile to this file")
	flag.String("memprofile", "", "write memory profile to this file")
	flag.String("trace", "", "write trace log to this file")
	flag.Bool("test", true, "indicates whether test files should be analyzed, too")
}
