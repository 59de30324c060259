package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// The run cache: an unchanged re-run prints what the last run printed,
// without loading anything.
//
// A standalone run's output is decided by its inputs: oauthvet itself
// (its build ID), the command line and the settings in effect after the
// configuration file (every analyzer's flags), the environment the go
// command builds with, the go command, and the files of the packages it
// loads. Of those files, the ones in the module cache and in GOROOT never
// change under a given go.mod, go.sum and go command (they are versioned
// and read-only); the others (the main module's, a replace'd directory's,
// vendor/) can. So a run that succeeded (exit status 0 or 3) records,
// under a key made of the first group:
//
//   - the content hash of every .go file (and every file cgo compiles) in
//     the directory of every package it loaded outside the module cache
//     and GOROOT, and the names of the files in those directories (a new
//     file can join a package);
//   - those modules' go.mod, go.sum and vendor/modules.txt, the main
//     module's, any go.work from the working directory up (present or
//     absent), and the go command's settings file (go env -w);
//   - for a pattern DIR/..., the names in every directory below DIR that
//     ./... would walk (a new package matches it);
//   - the baseline file, with -baseline;
//   - what the run printed on stdout and stderr, and its exit status.
//
// The next run with the same key checks those records (reading and
// hashing the files, far cheaper than go list, which does the same and
// more) and, if all hold, prints the recorded output: byte for byte what
// the analysis printed. Anything else (a changed file, a corrupt or
// foreign entry, an entry of another oauthvet) is a miss: the run loads
// and analyses as without the cache, and records again.
//
// It lives in the user cache directory (os.UserCacheDir()/oauthvet:
// $XDG_CACHE_HOME/oauthvet or ~/.cache/oauthvet on Linux,
// ~/Library/Caches/oauthvet on macOS, %LocalAppData%\oauthvet on
// Windows), or the directory -cache=DIR names; -cache=off turns it off.
// Each entry is one file; at most once a day, entries not used for
// cacheMaxAge are removed, and then the oldest until the directory
// holds at most cacheMaxBytes.
//
// Not cached: -fix, -diff and -write-baseline (they write files), and
// runs whose patterns name packages by import path with "..." outside
// the module cache (the directories they could match are not known
// without go list).

const (
	cacheVersion  = "oauthvet-run-cache-1"
	cacheMaxAge   = 5 * 24 * time.Hour
	cacheMaxBytes = 256 << 20
	cacheTrimFile = "trim.txt"
)

// buildEnv is the environment that decides what the go command builds.
var buildEnv = []string{
	"GOOS", "GOARCH", "GOFLAGS", "CGO_ENABLED", "GOEXPERIMENT", "GOWORK", "GOTOOLCHAIN",
	"GO111MODULE", "GOPATH", "GOROOT", "GOMODCACHE", "GOPROXY", "GONOSUMDB", "GOPRIVATE",
	"GOAMD64", "GOARM", "GOARM64", "GO386", "GOMIPS", "GOMIPS64", "GOPPC64", "GORISCV64", "GOWASM",
	"CC", "CXX", "CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS", "CGO_LDFLAGS", "PKG_CONFIG",
}

type fileStamp struct {
	Path string `json:"path"`
	Sum  string `json:"sum"` // "" when the file does not exist
}

type dirStamp struct {
	Path  string   `json:"path"`
	Names []string `json:"names"` // nil when the directory does not exist
}

type cacheEntry struct {
	Version string      `json:"version"`
	Key     string      `json:"key"`
	Files   []fileStamp `json:"files"`
	Dirs    []dirStamp  `json:"dirs"`
	Stdout  []byte      `json:"stdout"`
	Stderr  []byte      `json:"stderr"`
	Code    int         `json:"code"`
}

// cacheDir returns the directory of the run cache, or "" when it is off.
func (d *driver) cacheDir() string {
	switch d.cache {
	case "off":
		return ""
	case "", "on":
		dir, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(dir, "oauthvet")
	}
	return d.cache
}

// cacheable reports whether this run's output may be recorded or replayed.
func (d *driver) cacheable() bool {
	return !d.fix && !d.diff && d.writeBaseline == "" && d.cacheDir() != ""
}

// runKey returns the key of this run: everything but the files.
func (d *driver) runKey(analyzers []*analysis.Analyzer, patterns []string) (string, bool) {
	h := sha256.New()
	w := func(format string, args ...any) { fmt.Fprintf(h, format, args...) }
	id, ok := selfID()
	if !ok {
		return "", false
	}
	w("%s\nbuild %s\n%s %s/%s\n", cacheVersion, id, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	dir := d.dir
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(wd, dir)
	}
	w("wd %q dir %q\n", wd, dir)
	w("format %q tests %v context %d baseline %q\n", d.format, d.tests, d.context, d.baseline)
	if d.fset != nil {
		// Every flag of the driver but the cache's own (-inventory, and
		// any flag added later, changes the output); the analyzers'
		// flags are written below, after the configuration file applies.
		d.fset.VisitAll(func(f *flag.Flag) {
			if f.Name != "cache" && !strings.Contains(f.Name, ".") {
				w("flag %s=%q\n", f.Name, f.Value.String())
			}
		})
	}
	for _, p := range patterns {
		w("pattern %q\n", p)
	}
	if !writeSettings(w, analyzers) {
		return "", false
	}
	return hex.EncodeToString(h.Sum(nil)), true
}

// writeSettings writes what decides every analysis of a run besides the
// code: the analyzers and their flags (after the configuration file), the
// build environment, and the go command on PATH (another toolchain builds
// otherwise). Both caches' keys hold it.
func writeSettings(w func(format string, args ...any), analyzers []*analysis.Analyzer) bool {
	for _, a := range analyzers {
		w("analyzer %q\n", a.Name)
		a.Flags.VisitAll(func(f *flag.Flag) { w("\t%s=%q\n", f.Name, f.Value.String()) })
	}
	for _, v := range buildEnv {
		val, set := os.LookupEnv(v)
		w("env %s %v %q\n", v, set, val)
	}
	goID, ok := goCommandID()
	if !ok {
		return false
	}
	w("go %s\n", goID)
	return true
}

// goCommandID identifies the go command on PATH.
func goCommandID() (string, bool) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", false
	}
	fi, err := os.Stat(goBin)
	if err != nil {
		return "", false
	}
	return fmt.Sprintf("%q %d %d", goBin, fi.Size(), fi.ModTime().UnixNano()), true
}

// selfID identifies the running oauthvet: the Go build ID in its
// executable (a hash of its contents), or the hash of the whole file.
func selfID() (string, bool) {
	exe, err := os.Executable()
	if err != nil {
		return "", false
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", false
	}
	defer f.Close()
	head := make([]byte, 32<<10)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	// ELF: the Go note (namesz 4, descsz, type 4, "Go\x00\x00", the ID).
	if i := bytes.Index(head, []byte("\x04\x00\x00\x00Go\x00\x00")); i >= 8 && binary.LittleEndian.Uint32(head[i-8:]) == 4 {
		n := int(binary.LittleEndian.Uint32(head[i-4:]))
		if start := i + 8; n > 0 && start+n <= len(head) {
			return string(head[start : start+n]), true
		}
	}
	// Mach-O and PE: the build ID at the start of the text.
	const marker = "\xff Go build ID: \""
	if i := bytes.Index(head, []byte(marker)); i >= 0 {
		rest := head[i+len(marker):]
		if j := bytes.IndexByte(rest, '"'); j > 0 {
			return string(rest[:j]), true
		}
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", false
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", false
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), true
}

func entryPath(dir, key string) string {
	return filepath.Join(dir, key[:2], key+"-run")
}

// replay prints the recorded output of a run with this key if its
// records still hold.
func (d *driver) replay(dir, key string) (code int, ok bool) {
	name := entryPath(dir, key)
	data, err := os.ReadFile(name)
	if err != nil {
		return 0, false
	}
	var e cacheEntry
	if json.Unmarshal(data, &e) != nil || e.Version != cacheVersion || e.Key != key || (e.Code != ExitOK && e.Code != ExitFindings) {
		return 0, false // corrupt or foreign: rebuilt by this run
	}
	for _, f := range e.Files {
		if fileSum(f.Path) != f.Sum {
			return 0, false
		}
	}
	for _, s := range e.Dirs {
		if !slices.Equal(dirNames(s.Path), s.Names) {
			return 0, false
		}
	}
	if _, err := d.stdout.Write(e.Stdout); err != nil {
		return 0, false
	}
	d.stderr.Write(e.Stderr)
	// Mark it used (at most hourly, as the go command does).
	if fi, err := os.Stat(name); err == nil && time.Since(fi.ModTime()) > time.Hour {
		now := time.Now()
		os.Chtimes(name, now, now)
	}
	return e.Code, true
}

// sum is fileSum, memoised for the run.
func (d *driver) sum(path string) string {
	if d.sums == nil {
		return fileSum(path)
	}
	return d.sums.get(path)
}

func fileSum(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

// dirNames returns the sorted names in dir, nil if it cannot be read.
func dirNames(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() {
			n += "/"
		}
		names = append(names, n)
	}
	return names
}

// runInputs are the records of a run's inputs (see above), taken when it
// has loaded its packages.
type runInputs struct {
	files []fileStamp
	dirs  []dirStamp
}

// collectInputs records the inputs of a run that loaded pkgs. It reports
// false when they cannot be known.
func (d *driver) collectInputs(pkgs []*packages.Package, patterns []string) (*runInputs, bool) {
	in := &inputSet{files: make(map[string]bool), dirs: make(map[string]bool)}
	out, err := d.goDirs()
	if err != nil {
		return nil, false
	}
	goroot, modcache := out[0], out[1]
	immutable := func(dir string) bool {
		return within(dir, goroot) || modcache != "" && within(dir, modcache)
	}
	ok := true
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if isTestMain(p) {
			return // generated from the test files, which are recorded
		}
		dir := pkgDir(p)
		if dir == "" {
			if p.PkgPath != "unsafe" && p.Name != "" {
				ok = false // a package whose files are unknown
			}
			return
		}
		if p.Module != nil && p.Module.GoMod != "" && !immutable(p.Module.GoMod) {
			in.files[p.Module.GoMod] = true
			md := filepath.Dir(p.Module.GoMod)
			in.files[filepath.Join(md, "go.sum")] = true
			in.files[filepath.Join(md, "vendor", "modules.txt")] = true
		}
		if immutable(dir) || in.dirs[dir] {
			return
		}
		in.dirs[dir] = true
		for _, n := range dirNames(dir) {
			if sourceExts[filepath.Ext(n)] {
				in.files[filepath.Join(dir, n)] = true
			}
		}
	})
	if !ok {
		return nil, false
	}
	wd, err := filepath.Abs(cmpOr(d.dir, "."))
	if err != nil {
		return nil, false
	}
	// go.work from the working directory up, and the main module's go.mod
	// (whose requirements decide the module cache's versions) with its
	// go.sum and vendor/modules.txt, and that no go.mod appears between.
	found := false
	for dir := wd; ; dir = filepath.Dir(dir) {
		in.files[filepath.Join(dir, "go.work")] = true
		if !found {
			in.files[filepath.Join(dir, "go.mod")] = true
			if exists(filepath.Join(dir, "go.mod")) {
				found = true
				in.files[filepath.Join(dir, "go.sum")] = true
				in.files[filepath.Join(dir, "vendor", "modules.txt")] = true
			}
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	// The go command's own settings file (go env -w).
	if f := os.Getenv("GOENV"); f != "" && f != "off" {
		in.files[f] = true
	} else if f == "" {
		if cfg, err := os.UserConfigDir(); err == nil {
			in.files[filepath.Join(cfg, "go", "env")] = true
		}
	}
	if d.baseline != "" {
		b, err := filepath.Abs(d.baseline)
		if err != nil {
			return nil, false
		}
		in.files[b] = true
	}
	// The directories a DIR/... pattern walks.
	var walked []string
	for _, pat := range patterns {
		i := strings.Index(pat, "...")
		if i < 0 {
			continue
		}
		// The directory the wildcard starts in: "./cmd/..." and
		// "./cmd/.../main" walk ./cmd, "./x..." walks ".".
		root := pat[:i]
		if j := strings.LastIndex(root, "/"); j >= 0 {
			root = root[:j]
		} else {
			root = "."
		}
		if !isFilePattern(pat) {
			// An import path pattern: fine if every package it matched is
			// in the module cache or GOROOT (nothing can join them).
			for _, p := range pkgs {
				if dir := pkgDir(p); dir != "" && !isTestMain(p) && !immutable(dir) {
					return nil, false
				}
			}
			continue
		}
		if root == "" {
			root = "/"
		}
		if !filepath.IsAbs(root) {
			root = filepath.Join(wd, root)
		}
		filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
			if err != nil || !e.IsDir() {
				return nil
			}
			base := e.Name()
			if path != root && (base == "testdata" || base == "vendor" || strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_")) {
				return filepath.SkipDir
			}
			walked = append(walked, path)
			return nil
		})
	}
	for _, w := range walked {
		in.dirs[w] = true
	}
	r := &runInputs{}
	for _, f := range slices.Sorted(mapKeys(in.files)) {
		r.files = append(r.files, fileStamp{f, d.sum(f)})
	}
	for _, s := range slices.Sorted(mapKeys(in.dirs)) {
		r.dirs = append(r.dirs, dirStamp{s, dirNames(s)})
	}
	return r, true
}

type inputSet struct {
	files map[string]bool
	dirs  map[string]bool
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// isFilePattern reports whether a pattern names directories (./..., /abs/...).
func isFilePattern(pat string) bool {
	return pat == "." || pat == ".." || strings.HasPrefix(pat, "./") || strings.HasPrefix(pat, "../") || filepath.IsAbs(pat)
}

// sourceExts are the files of a package directory that can change what
// is built: Go files and what cgo compiles.
var sourceExts = map[string]bool{
	".go": true, ".c": true, ".h": true, ".cc": true, ".cpp": true, ".cxx": true, ".hh": true, ".hpp": true, ".hxx": true,
	".m": true, ".s": true, ".S": true, ".sx": true, ".f": true, ".F": true, ".for": true, ".f90": true, ".syso": true,
	".swig": true, ".swigcxx": true,
}

// isTestMain reports whether p is a generated test main package.
func isTestMain(p *packages.Package) bool { return strings.HasSuffix(p.ID, ".test") }

// pkgDir is the directory of p's files.
func pkgDir(p *packages.Package) string {
	for _, files := range [][]string{p.GoFiles, p.IgnoredFiles, p.OtherFiles} {
		if len(files) > 0 {
			return filepath.Dir(files[0])
		}
	}
	return p.Dir
}

func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, "../") && !filepath.IsAbs(rel)
}

// goDirs returns GOROOT, GOMODCACHE and GOCACHE, from one go env per run.
func (d *driver) goDirs() ([]string, error) {
	if d.goDirsOut == nil && d.goDirsErr == nil {
		out, err := goEnv(d.dir, "GOROOT", "GOMODCACHE", "GOCACHE")
		if err == nil && (len(out) != 3 || out[0] == "") {
			err = fmt.Errorf("go env: unexpected output %q", out)
		}
		d.goDirsOut, d.goDirsErr = out, err
	}
	return d.goDirsOut, d.goDirsErr
}

func goEnv(dir string, vars ...string) ([]string, error) {
	cmd := exec.Command("go", append([]string{"env"}, vars...)...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimRight(string(out), "\n"), "\n"), nil
}

// record writes the cache entry of a run: its inputs as they are now
// and its output.
func (d *driver) record(dir, key string, in *runInputs, stdout, stderr []byte, code int) {
	e := cacheEntry{Version: cacheVersion, Key: key, Files: in.files, Dirs: in.dirs, Stdout: stdout, Stderr: stderr, Code: code}
	data, err := json.Marshal(&e)
	if err != nil {
		return
	}
	writeEntry(entryPath(dir, key), data)
	trimCache(dir)
}

// writeEntry writes a cache entry: to a temporary file renamed into
// place, so that a concurrent run reads a whole entry or none.
func writeEntry(name string, data []byte) {
	if os.MkdirAll(filepath.Dir(name), 0o777) != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), name) != nil {
		os.Remove(tmp.Name())
	}
}

func mapKeys(m map[string]bool) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// trimCache removes, at most once a day, the entries not used for
// cacheMaxAge, then the least recently used ones until the cache holds at
// most cacheMaxBytes.
func trimCache(dir string) {
	marker := filepath.Join(dir, cacheTrimFile)
	if fi, err := os.Stat(marker); err == nil && time.Since(fi.ModTime()) < 24*time.Hour {
		return
	}
	os.WriteFile(marker, []byte(time.Now().UTC().Format(time.RFC3339)+"\n"), 0o666)
	type entry struct {
		path string
		size int64
		mod  time.Time
	}
	var entries []entry
	var total int64
	filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, "-run") && !strings.HasSuffix(path, "-pkg") {
			return nil
		}
		fi, err := e.Info()
		if err != nil {
			return nil
		}
		if time.Since(fi.ModTime()) > cacheMaxAge {
			os.Remove(path)
			return nil
		}
		entries = append(entries, entry{path, fi.Size(), fi.ModTime()})
		total += fi.Size()
		return nil
	})
	slices.SortFunc(entries, func(a, b entry) int { return a.mod.Compare(b.mod) })
	for _, e := range entries {
		if total <= cacheMaxBytes {
			break
		}
		if os.Remove(e.path) == nil {
			total -= e.size
		}
	}
}
