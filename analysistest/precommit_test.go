package e2e_test

// TestPreCommitHook runs the real pre-commit on ../.pre-commit-hooks.yaml:
// `pre-commit try-repo HOOKREPO oauthvet --all-files` in a temporary git
// repository holding a small Go module (testdata/precommit) must fail with
// the finding, and pass once the code is fixed.
//
// pre-commit installs a hook repository by cloning a commit of it, and
// try-repo on a checkout with uncommitted changes commits only the
// modified tracked files and the staged ones into its shadow copy: a new
// file that is not yet added (a new package, or .pre-commit-hooks.yaml
// itself) would be missing. So the hook repository is a snapshot of this
// checkout's working tree (tracked and untracked files, less the ignored
// ones) committed to a temporary git repository: the test checks the code
// as it is on disk, committed or not, in CI's clean clone as on a
// developer's machine.
//
// pre-commit must be installed (.ci/run installs Debian's package when it
// is missing): without it the test fails, it does not skip. The hook's
// `go install ./...` uses the caller's module proxy and module cache.

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// pcGitEnv makes git commits reproducible and independent of the user's
// and the system's git configuration (signing, hooks, templates).
func pcGitEnv(t *testing.T) []string {
	t.Helper()
	global := filepath.Join(t.TempDir(), "gitconfig")
	require.NoError(t, os.WriteFile(global, []byte("[init]\n\tdefaultBranch = main\n"), 0o644))
	return []string{
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_CONFIG_GLOBAL=" + global,
		"GIT_AUTHOR_NAME=oauthvet test", "GIT_AUTHOR_EMAIL=test@oauthvet.invalid",
		"GIT_COMMITTER_NAME=oauthvet test", "GIT_COMMITTER_EMAIL=test@oauthvet.invalid",
	}
}

// pcGit runs git in dir and returns its standard output.
func pcGit(t *testing.T, git, dir string, env []string, args ...string) string {
	t.Helper()
	return integMustRun(t, integRunTimeout, dir, env, git, args...).stdout
}

// pcCommitAll makes dir a git repository with one commit of all its files.
func pcCommitAll(t *testing.T, git, dir string, env []string, msg string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, ".git")); err != nil {
		pcGit(t, git, dir, env, "init", "-q")
	}
	pcGit(t, git, dir, env, "add", "-A")
	pcGit(t, git, dir, env, "commit", "-q", "--no-verify", "--no-gpg-sign", "--allow-empty", "-m", msg)
}

// pcSnapshot commits the working tree of the checkout root (its tracked
// and untracked files, less the ignored ones) to a new git repository.
func pcSnapshot(t *testing.T, git, root string, env []string) string {
	t.Helper()
	r := integRun(t, integRunTimeout, root, env, git, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	if r.code != 0 {
		t.Fatalf("the pre-commit test needs a git checkout of oauthvet: git ls-files in %s failed:\n%s", root, r)
	}
	snap := filepath.Join(t.TempDir(), "oauthvet")
	n := 0
	for _, rel := range strings.Split(r.stdout, "\x00") {
		if rel == "" {
			continue
		}
		src := filepath.Join(root, filepath.FromSlash(rel))
		info, err := os.Lstat(src)
		if os.IsNotExist(err) {
			continue // deleted, not yet committed
		}
		require.NoError(t, err)
		if !info.Mode().IsRegular() {
			continue
		}
		require.NoError(t, integCopyFile(src, filepath.Join(snap, filepath.FromSlash(rel))))
		n++
	}
	require.FileExists(t, filepath.Join(snap, ".pre-commit-hooks.yaml"))
	pcCommitAll(t, git, snap, env, "oauthvet working tree")
	t.Logf("hook repository: %d files of %s committed to %s", n, root, snap)
	return snap
}

func TestPreCommitHook(t *testing.T) {
	precommit, err := exec.LookPath("pre-commit")
	if err != nil {
		installPreCommit(t)
		precommit, err = exec.LookPath("pre-commit")
	}
	if err != nil {
		t.Fatalf("pre-commit is not installed (%v): install it (Debian: apt-get install pre-commit; or pip install pre-commit) and run the test again", err)
	}
	git, err := exec.LookPath("git")
	if err != nil {
		t.Fatalf("git is not installed (%v): pre-commit needs it", err)
	}
	goCmd, root := integGo(t), integRoot(t)
	gomodcache := strings.TrimSpace(integMustRun(t, integRunTimeout, root, integEnv(t, goCmd), goCmd, "env", "GOMODCACHE").stdout)
	env := integEnv(t, goCmd, append(pcGitEnv(t),
		// pre-commit's own store (its clones and the hook's environment).
		"PRE_COMMIT_HOME="+filepath.Join(t.TempDir(), "pre-commit"),
		// pre-commit installs golang hooks with GOPATH set to the hook's
		// environment, which would move the module cache there (and
		// fetch every module again): keep the caller's.
		"GOMODCACHE="+gomodcache,
		"PRE_COMMIT_COLOR=never", "TERM=dumb",
	)...)

	v := integMustRun(t, integRunTimeout, root, env, precommit, "--version")
	t.Logf("using %s (%s)", strings.TrimSpace(v.stdout), precommit)

	hooks := pcSnapshot(t, git, root, env)

	project := filepath.Join(t.TempDir(), "project")
	integCopyDir(t, filepath.Join("testdata", "precommit"), project)
	pcCommitAll(t, git, project, env, "a CLI without PKCE")

	tryRepo := func() integResult {
		t.Helper()
		r := integRun(t, integBuildTimeout, project, env, precommit, "try-repo", hooks, "oauthvet", "--all-files")
		t.Logf("pre-commit output:\n%s%s", r.stdout, r.stderr)
		return r
	}

	// The finding fails the hook, with oauthvet's exit status and message.
	r := tryRepo()
	out := r.stdout + r.stderr
	require.NotEqual(t, 0, r.code, "pre-commit passed code with a finding\n%s", r)
	require.Regexp(t, `(?m)^oauthvet\.+Failed$`, out)
	require.Contains(t, out, "- hook id: oauthvet")
	require.Contains(t, out, "- exit code: 3")
	require.Regexp(t, `main\.go:26:13: authorization code flow without PKCE in a command-line client: prints the authorization URL with fmt\.Printf;`, out)

	// Fix it as the message says; then the hook passes.
	path := filepath.Join(project, "main.go")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	src := string(data)
	for _, fix := range [][2]string{
		{`authURL := config.AuthCodeURL("state-token")`,
			"verifier := oauth2.GenerateVerifier()\n\tauthURL := config.AuthCodeURL(\"state-token\", oauth2.S256ChallengeOption(verifier))"},
		{`config.Exchange(context.Background(), code)`,
			`config.Exchange(context.Background(), code, oauth2.VerifierOption(verifier))`},
	} {
		require.Equal(t, 1, strings.Count(src, fix[0]), "fixture main.go changed: %q", fix[0])
		src = strings.Replace(src, fix[0], fix[1], 1)
	}
	require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	pcCommitAll(t, git, project, env, "PKCE")

	r = tryRepo()
	require.Equal(t, 0, r.code, "pre-commit failed on fixed code\n%s", r)
	require.Regexp(t, `(?m)^oauthvet\.+Passed$`, r.stdout+r.stderr)
}

// installPreCommit installs Debian's pre-commit package when the test runs
// as root on a machine with apt-get (this project's machines, and CI), so
// that `go test ./...` needs nothing installed by hand. Elsewhere the test
// fails and says what to install.
func installPreCommit(t *testing.T) {
	t.Helper()
	apt, err := exec.LookPath("apt-get")
	if err != nil || os.Geteuid() != 0 {
		return
	}
	t.Log("pre-commit is missing: installing Debian's package")
	for _, args := range [][]string{{"update", "-qq"}, {"install", "-y", "-qq", "pre-commit"}} {
		cmd := exec.Command(apt, args...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("apt-get %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}
