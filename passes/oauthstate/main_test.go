package oauthstate_test

import (
	"os"
	"testing"

	"github.com/oauthvet/oauthvet/internal/fixturemod"
)

// The fixture module's dependencies must be in the module cache before
// analysistest (GOPROXY=off) loads it.
func TestMain(m *testing.M) { os.Exit(fixturemod.Main(m)) }
