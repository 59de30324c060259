// Package fixturemod prepares the fixture module (testdata, module
// example.com/fixtures) for the tests that load it with analysistest.
//
// analysistest runs the go command with GOPROXY=off, so on a cold module
// cache the fixtures' dependencies (x/oauth2, fosite, cobra, …) cannot be
// fetched: their imports fail to type-check, the analyzers degrade to
// silence, and every "// want" turns into a miss that says nothing about
// the cause. Download fetches them once, with the caller's GOPROXY, before
// any test runs; with a warm cache it downloads nothing.
package fixturemod

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

var (
	once sync.Once
	err  error
)

// Dir returns the fixture module's root directory.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata")
}

// Download runs "go mod download" once per process in the fixture module
// and in every module nested in it that has requirements of its own (a
// fixture pinned to an old release of a library, a module standing for a
// dependency).
func Download() error {
	once.Do(func() {
		var mods []string
		err = filepath.WalkDir(Dir(), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "stubs" {
				// Stand-ins for real modules, reached only through a
				// replace directive: their own requirements do not count.
				return fs.SkipDir
			}
			if !d.IsDir() && d.Name() == "go.sum" {
				// A module with requirements of its own.
				mods = append(mods, filepath.Dir(path))
			}
			return nil
		})
		for _, dir := range mods {
			if err != nil {
				break
			}
			cmd := exec.Command("go", "mod", "download")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOWORK=off")
			if out, e := cmd.CombinedOutput(); e != nil {
				err = fmt.Errorf("downloading the dependencies of the fixture module in %s: %v: %s", dir, e, strings.TrimSpace(string(out)))
			}
		}
	})
	return err
}

// Main is a TestMain for packages whose tests load the fixture module:
// call it as os.Exit(fixturemod.Main(m)).
func Main(m interface{ Run() int }) int {
	if err := Download(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}
