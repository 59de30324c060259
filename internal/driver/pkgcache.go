package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
)

// The package cache: what a package's analysis left (its actions'
// findings and its facts), kept under a key made of everything that
// decides it, so that a run after an edit analyses only the packages
// whose inputs changed (the run cache, cache.go, covers a run where
// nothing changed at all).
//
// A package's findings and facts are decided by oauthvet and its
// settings (the salt: the build, the analyzers and their flags, the
// build environment, the go command), the package's files, whether it is
// reported on or analysed for its facts only, and what it imports: for an
// import that is analysed in this run, that import's own key (its facts
// flow here); for any other, its export data, which the go command keeps
// in its build cache under a name that is the hash of its contents. So a
// key changes with an edit to the package or to anything it imports,
// directly or not, whose facts or export data the edit changes, and
// with nothing else. The key is computed when the executor reaches the
// package, after its imports.
//
// An entry is recorded only for a package that loaded, type-checked and
// was analysed without any error, and whose every fact can be named by
// an object path (as go vet's facts are). On a hit the package is not
// parsed or type-checked: its findings are rebuilt from the entry (their
// files get a line table from the file's current contents, which the key
// says are those the findings were made on), its facts are decoded
// against its export data's types, and its importers that are analysed
// read it from export data. Anything unexpected in an entry (unreadable,
// another version, another key, a fact that does not decode, an object
// path that names nothing) is a miss: the package is analysed as without
// the cache, and recorded again.
//
// Entries are JSON files (facts in gob, as go vet keeps them) named
// KEY-pkg next to the run cache's entries, and
// trimmed with them (see trimCache).

const pkgCacheVersion = "oauthvet-pkg-cache-1"

// pkgCache is the package cache of one run.
type pkgCache struct {
	dir       string
	salt      string
	factTypes map[string]reflect.Type // by reflect type name

	hits, misses atomic.Int32 // for tests and OAUTHVET_CACHESTATS

	sums      *sumMemo // content hashes of the run's files
	immutable []string // directories whose files never change (GOROOT, the module and build caches)

	mu    sync.Mutex
	files map[string]*token.File // files given a line table for rebuilt findings
}

func newPkgCache(dir, salt string, analyzers []*analysis.Analyzer, sums *sumMemo, immutable []string) *pkgCache {
	c := &pkgCache{dir: dir, salt: salt, factTypes: make(map[string]reflect.Type), files: make(map[string]*token.File), sums: sums, immutable: immutable}
	for _, a := range requiredOrder(analyzers) {
		for _, f := range a.FactTypes {
			t := reflect.TypeOf(f)
			c.factTypes[t.String()] = t
		}
	}
	return c
}

// pkgSalt is the part of every package key that is the same for the
// whole run: oauthvet's build and settings and the build environment.
func (d *driver) pkgSalt(analyzers []*analysis.Analyzer) (string, bool) {
	id, ok := selfID()
	if !ok {
		return "", false
	}
	h := sha256.New()
	w := func(format string, args ...any) { fmt.Fprintf(h, format, args...) }
	w("%s\nbuild %s\n%s %s/%s\n", pkgCacheVersion, id, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	if !writeSettings(w, requiredOrder(analyzers)) {
		return "", false
	}
	return hex.EncodeToString(h.Sum(nil)), true
}

// pkgEntry is what the cache keeps for a package.
type pkgEntry struct {
	Version  string      `json:"version"`
	Key      string      `json:"key"`
	Actions  []pkgAction `json:"actions,omitempty"`
	ObjFacts []pkgFact   `json:"objFacts,omitempty"`
	PkgFacts []pkgFact   `json:"pkgFacts,omitempty"`
}

type pkgAction struct {
	Analyzer    string          `json:"analyzer"`
	Diagnostics []pkgDiagnostic `json:"diagnostics,omitempty"`
}

type pkgPos struct {
	File   string `json:"file,omitempty"` // "" for token.NoPos
	Offset int    `json:"offset,omitempty"`
}

type pkgDiagnostic struct {
	Pos      pkgPos       `json:"pos"`
	End      pkgPos       `json:"end"`
	Category string       `json:"category,omitempty"`
	Message  string       `json:"message"`
	URL      string       `json:"url,omitempty"`
	Related  []pkgRelated `json:"related,omitempty"`
	Fixes    []pkgFix     `json:"fixes,omitempty"`
}

type pkgRelated struct {
	Pos     pkgPos `json:"pos"`
	End     pkgPos `json:"end"`
	Message string `json:"message"`
}

type pkgFix struct {
	Message string    `json:"message"`
	Edits   []pkgEdit `json:"edits,omitempty"`
}

type pkgEdit struct {
	Pos     pkgPos `json:"pos"`
	End     pkgPos `json:"end"`
	NewText []byte `json:"newText"`
}

type pkgFact struct {
	Path objectpath.Path `json:"path,omitempty"` // "" for a package fact
	Type string          `json:"type"`
	Data []byte          `json:"data"` // gob
}

// key computes u's key, or "" when u cannot be cached: a file that
// cannot be read, an import without export data, an analysed package it
// reaches whose facts could not be recorded. It also sets u.reach, the
// digest of the facts of u and of every analysed package u reaches, which
// the keys of u's importers hold.
func (c *pkgCache) key(u *unit) string {
	h := sha256.New()
	str := func(s string) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	str(c.salt)
	str(u.pkg.ID)
	fmt.Fprintf(h, "%v %v %v\n", u.reported, u.dependency, u.relay)
	for _, name := range u.pkg.CompiledGoFiles {
		str(name)
		if c.isImmutable(name) {
			continue // a file of the module cache, GOROOT or the build cache
		}
		sum := c.sums.get(name)
		if sum == "" {
			return ""
		}
		str(sum)
	}
	// What the type checker sees of an import is its export data, which
	// the build cache names by the hash of its contents; an import it
	// reaches through them (their types, positions included) is in
	// theirs.
	for _, path := range slices.Sorted(maps.Keys(u.orig.Imports)) {
		imp := u.orig.Imports[path]
		if imp.PkgPath == "unsafe" {
			continue
		}
		if imp.ExportFile == "" {
			return ""
		}
		str(path)
		str(imp.ExportFile)
	}
	// What the analyzers see of other packages besides their types is
	// their facts: those of every analysed package u reaches, which the
	// imports' reach digests hold.
	for _, v := range u.imports {
		if v.reach == "" {
			return ""
		}
		str(v.pkg.ID)
		str(v.reach)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// setReach sets u.reach from u's facts digest and its imports' reach
// digests, once u is done; "" when any is unknown.
func setReach(u *unit) {
	if u.facts == "" {
		return
	}
	h := sha256.New()
	h.Write([]byte(u.facts))
	for _, v := range u.imports {
		if v.reach == "" {
			return
		}
		h.Write([]byte{0})
		h.Write([]byte(v.reach))
	}
	u.reach = hex.EncodeToString(h.Sum(nil))
}

func (c *pkgCache) isImmutable(name string) bool {
	for _, dir := range c.immutable {
		if within(name, dir) {
			return true
		}
	}
	return false
}

// sumMemo memoises the content hashes of files for one run (the run
// cache and the package cache hash the same files).
type sumMemo struct{ m sync.Map }

func (s *sumMemo) get(path string) string {
	if v, ok := s.m.Load(path); ok {
		return v.(string)
	}
	sum := fileSum(path)
	s.m.Store(path, sum)
	return sum
}

func (c *pkgCache) entryPath(key string) string {
	return filepath.Join(c.dir, key[:2], key+"-pkg")
}

// load returns the entry recorded under key, or false.
func (c *pkgCache) load(key string) (*pkgEntry, bool) {
	data, err := os.ReadFile(c.entryPath(key))
	if err != nil {
		return nil, false
	}
	var ent pkgEntry
	if json.Unmarshal(data, &ent) != nil || ent.Version != pkgCacheVersion || ent.Key != key {
		return nil, false
	}
	// Mark it used (at most hourly), for trimCache.
	if fi, err := os.Stat(c.entryPath(key)); err == nil && time.Since(fi.ModTime()) > time.Hour {
		now := time.Now()
		os.Chtimes(c.entryPath(key), now, now)
	}
	return &ent, true
}

// restore gives u's actions and facts what the entry recorded. It
// reports false, changing nothing, when the entry does not fit.
func (c *pkgCache) restore(u *unit, ent *pkgEntry) bool {
	byName := make(map[string]*action, len(u.actions))
	for _, act := range u.actions {
		byName[act.Analyzer.Name] = act
	}
	if len(ent.Actions) != len(u.actions) {
		return false
	}
	diags := make(map[*action][]analysis.Diagnostic, len(ent.Actions))
	for _, pa := range ent.Actions {
		act := byName[pa.Analyzer]
		if act == nil {
			return false
		}
		var out []analysis.Diagnostic
		for _, pd := range pa.Diagnostics {
			d, ok := c.diagnostic(u.pkg.Fset, pd)
			if !ok {
				return false
			}
			out = append(out, d)
		}
		diags[act] = out
	}
	// Its importers read it from export data and name its objects by
	// object path: the facts are kept by path, and its export data is
	// read only if one of them is analysed (most of a re-run's are not).
	var pathFacts map[pathFactKey]analysis.Fact
	if len(ent.ObjFacts) > 0 {
		pathFacts = make(map[pathFactKey]analysis.Fact, len(ent.ObjFacts))
		for _, pf := range ent.ObjFacts {
			fact, t, ok := c.decodeFact(pf)
			if !ok {
				return false
			}
			pathFacts[pathFactKey{pf.Path, t}] = fact
		}
	}
	var pkgFacts map[reflect.Type]analysis.Fact
	for _, pf := range ent.PkgFacts {
		fact, t, ok := c.decodeFact(pf)
		if !ok {
			return false
		}
		if pkgFacts == nil {
			pkgFacts = make(map[reflect.Type]analysis.Fact)
		}
		pkgFacts[t] = fact
	}
	for act, ds := range diags {
		act.Diagnostics = ds
	}
	u.objectFacts, u.pathFacts, u.packageFacts = nil, pathFacts, pkgFacts
	u.restored = !u.dependency
	u.facts = factsDigest(ent.ObjFacts, ent.PkgFacts)
	return true
}

func (c *pkgCache) decodeFact(pf pkgFact) (analysis.Fact, reflect.Type, bool) {
	t := c.factTypes[pf.Type]
	if t == nil || t.Kind() != reflect.Pointer {
		return nil, nil, false
	}
	v := reflect.New(t.Elem())
	if gob.NewDecoder(bytes.NewReader(pf.Data)).DecodeValue(v) != nil {
		return nil, nil, false
	}
	fact, ok := v.Interface().(analysis.Fact)
	return fact, t, ok
}

// pos turns a recorded position back into a token.Pos of fset, giving
// the file a line table from its contents the first time.
func (c *pkgCache) pos(fset *token.FileSet, p pkgPos) (token.Pos, bool) {
	if p.File == "" {
		return token.NoPos, true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	f := c.files[p.File]
	if f == nil {
		data, err := os.ReadFile(p.File)
		if err != nil {
			return token.NoPos, false
		}
		f = fset.AddFile(p.File, -1, len(data))
		f.SetLinesForContent(data)
		c.files[p.File] = f
	}
	if p.Offset < 0 || p.Offset > f.Size() {
		return token.NoPos, false
	}
	return f.Pos(p.Offset), true
}

func (c *pkgCache) diagnostic(fset *token.FileSet, pd pkgDiagnostic) (analysis.Diagnostic, bool) {
	d := analysis.Diagnostic{Category: pd.Category, Message: pd.Message, URL: pd.URL}
	ok := true
	at := func(p pkgPos) token.Pos {
		pos, good := c.pos(fset, p)
		ok = ok && good
		return pos
	}
	d.Pos, d.End = at(pd.Pos), at(pd.End)
	for _, r := range pd.Related {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: at(r.Pos), End: at(r.End), Message: r.Message})
	}
	for _, f := range pd.Fixes {
		fix := analysis.SuggestedFix{Message: f.Message}
		for _, ed := range f.Edits {
			fix.TextEdits = append(fix.TextEdits, analysis.TextEdit{Pos: at(ed.Pos), End: at(ed.End), NewText: ed.NewText})
		}
		d.SuggestedFixes = append(d.SuggestedFixes, fix)
	}
	return d, ok
}

// encodeFacts returns u's facts as recorded, in a stable order, or false
// when one cannot be: a fact about an object no importer reading export
// data could name, or one gob cannot encode.
func encodeFacts(u *unit) (obj, pkg []pkgFact, ok bool) {
	encode := func(fact analysis.Fact) ([]byte, bool) {
		var buf bytes.Buffer
		if gob.NewEncoder(&buf).Encode(fact) != nil {
			return nil, false
		}
		return buf.Bytes(), true
	}
	for k, f := range u.objectFacts {
		path, err := objectpath.For(k.obj)
		if err != nil {
			return nil, nil, false
		}
		data, ok := encode(f)
		if !ok {
			return nil, nil, false
		}
		obj = append(obj, pkgFact{Path: path, Type: k.typ.String(), Data: data})
	}
	for k, f := range u.pathFacts {
		data, ok := encode(f)
		if !ok {
			return nil, nil, false
		}
		obj = append(obj, pkgFact{Path: k.path, Type: k.typ.String(), Data: data})
	}
	for t, f := range u.packageFacts {
		data, ok := encode(f)
		if !ok {
			return nil, nil, false
		}
		pkg = append(pkg, pkgFact{Type: t.String(), Data: data})
	}
	slices.SortFunc(obj, func(a, b pkgFact) int {
		if a.Path != b.Path {
			return strings.Compare(string(a.Path), string(b.Path))
		}
		return strings.Compare(a.Type, b.Type)
	})
	slices.SortFunc(pkg, func(a, b pkgFact) int { return strings.Compare(a.Type, b.Type) })
	return obj, pkg, true
}

// factsDigest is the hash of a package's recorded facts, which is what
// the keys of the packages reaching it hold of it.
func factsDigest(obj, pkg []pkgFact) string {
	h := sha256.New()
	for _, list := range [][]pkgFact{obj, pkg} {
		for _, f := range list {
			fmt.Fprintf(h, "%q %q %d\n", f.Path, f.Type, len(f.Data))
			h.Write(f.Data)
		}
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// done notes u's facts for the keys of the packages that reach it, and
// records what u's analysis left under its key, if it has one and the
// analysis was clean (no load, type or analyzer error).
func (c *pkgCache) done(u *unit, clean bool) {
	if !clean {
		return
	}
	obj, pkg, ok := encodeFacts(u)
	if !ok {
		return
	}
	u.facts = factsDigest(obj, pkg)
	if u.key != "" {
		c.store(u, obj, pkg)
	}
}

// store records what u's analysis left under its key.
func (c *pkgCache) store(u *unit, obj, pkg []pkgFact) {
	ent := pkgEntry{Version: pkgCacheVersion, Key: u.key, ObjFacts: obj, PkgFacts: pkg}
	fset := u.pkg.Fset
	ok := true
	at := func(pos token.Pos) pkgPos {
		if !pos.IsValid() {
			return pkgPos{}
		}
		f := fset.File(pos)
		if f == nil || f.PositionFor(pos, true) != f.PositionFor(pos, false) {
			// No file, or one whose //line directives (cgo's generated
			// files) a line table rebuilt from its contents would not
			// have: not recorded.
			ok = false
			return pkgPos{}
		}
		return pkgPos{File: f.Name(), Offset: f.Offset(pos)}
	}
	for _, act := range u.actions {
		pa := pkgAction{Analyzer: act.Analyzer.Name}
		for _, d := range act.Diagnostics {
			pd := pkgDiagnostic{Pos: at(d.Pos), End: at(d.End), Category: d.Category, Message: d.Message, URL: d.URL}
			for _, r := range d.Related {
				pd.Related = append(pd.Related, pkgRelated{Pos: at(r.Pos), End: at(r.End), Message: r.Message})
			}
			for _, f := range d.SuggestedFixes {
				fix := pkgFix{Message: f.Message}
				for _, ed := range f.TextEdits {
					fix.Edits = append(fix.Edits, pkgEdit{Pos: at(ed.Pos), End: at(ed.End), NewText: ed.NewText})
				}
				pd.Fixes = append(pd.Fixes, fix)
			}
			pa.Diagnostics = append(pa.Diagnostics, pd)
		}
		ent.Actions = append(ent.Actions, pa)
	}
	if !ok {
		return
	}
	data, err := json.Marshal(&ent)
	if err != nil {
		return
	}
	writeEntry(c.entryPath(u.key), data)
}
