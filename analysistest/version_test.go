package e2e_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

// TestVersionInstall installs oauthvet as a user does, "go install
// github.com/oauthvet/oauthvet/cmd/oauthvet@v0.2.0", from a module proxy on
// the file system that serves this work tree as v0.2.0 (and every other
// module from the module cache, offline), then checks that -version prints
// v0.2.0 and that SARIF's tool.driver.version carries it.
func TestVersionInstall(t *testing.T) {
	t.Parallel()
	oauthvet(t) // the warm-up: the module cache holds the dependencies
	const version = "v0.2.0"
	mv := module.Version{Path: "github.com/oauthvet/oauthvet", Version: version}

	tmp := t.TempDir()
	proxy := filepath.Join(tmp, "proxy")
	dir := filepath.Join(proxy, filepath.FromSlash(mv.Path), "@v")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	var buf bytes.Buffer
	require.NoError(t, zip.CreateFromDir(&buf, mv, root))
	require.NoError(t, os.WriteFile(filepath.Join(dir, version+".zip"), buf.Bytes(), 0o644))
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, version+".mod"), gomod, 0o644))
	info, err := json.Marshal(map[string]string{"Version": version, "Time": "2026-01-02T15:04:05Z"})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, version+".info"), info, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "list"), []byte(version+"\n"), 0o644))

	out, err := exec.Command(goCmd, "env", "GOMODCACHE").Output()
	require.NoError(t, err)
	cache := filepath.Join(strings.TrimSpace(string(out)), "cache", "download")
	gobin := filepath.Join(tmp, "bin")
	// A module cache of its own, so that the fake release never reaches
	// the user's.
	var env []string
	for _, kv := range childEnv {
		if k, _, _ := strings.Cut(kv, "="); k != "GOFLAGS" && k != "GOPROXY" && k != "GOMODCACHE" && k != "GOBIN" {
			env = append(env, kv)
		}
	}
	env = append(env,
		"GOPROXY="+fileURL(proxy)+","+fileURL(cache),
		"GOMODCACHE="+filepath.Join(tmp, "modcache"),
		// -trimpath: the build cache hits from one run to the next,
		// whatever the module cache's path.
		"GOFLAGS=-modcacherw -trimpath",
		"GOSUMDB=off",
		"GOBIN="+gobin,
	)
	ctx, cancel := context.WithTimeout(t.Context(), 2*commandTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, goCmd, "install", mv.Path+"/cmd/oauthvet@"+version)
	cmd.Dir, cmd.Env = tmp, env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install: %v\n%s", err, out)
	}
	installed := filepath.Join(gobin, "oauthvet")
	if runtime.GOOS == "windows" {
		installed += ".exe"
	}

	r := run(t, installed, "-version")
	require.Equal(t, 0, r.code, "%s", r)
	require.Equal(t, "oauthvet v0.2.0\n", r.stdout)

	r = run(t, installed, "-format=sarif", "./demo/cli")
	require.Equal(t, 3, r.code, "%s", r)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct{ Version, SemanticVersion string }
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &log), "%s", r)
	require.Equal(t, "0.2.0", log.Runs[0].Tool.Driver.Version)
	require.Equal(t, "0.2.0", log.Runs[0].Tool.Driver.SemanticVersion)

	// go vet's protocol still works with the installed binary.
	v := run(t, goCmd, "vet", "-vettool="+installed, "./demo/cli")
	require.Equal(t, 1, v.code, "%s", v)
	requireFindings(t, findings(t, v.stderr), []want{wantPassword, wantPKCE}, v)
}

func fileURL(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return "file://" + p
}
