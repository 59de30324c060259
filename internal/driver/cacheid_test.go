package driver

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSelfID: the run cache's key names the running executable by its
// Go build ID, as the go command reports it, where the executable has
// one in its first bytes (ELF's note, Mach-O's and PE's text).
func TestSelfID(t *testing.T) {
	id, ok := selfID()
	require.True(t, ok)
	require.NotEmpty(t, id)
	out, err := exec.Command("go", "tool", "buildid", mustExecutable(t)).Output()
	require.NoError(t, err)
	if runtime.GOOS != "linux" && strings.HasPrefix(id, "sha256:") {
		t.Logf("no build ID in the first bytes of %s: whole-file hash %s", mustExecutable(t), id)
		return
	}
	require.Equal(t, strings.TrimSpace(string(out)), id)
}

func mustExecutable(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	require.NoError(t, err)
	return exe
}
