// Package session keeps a command-line tool's tokens. ShowTokens exists to
// print them (as JSON, or as shell exports for eval); the helpers that do
// the printing are only called from it. Refresh logs, and is reported.
package session

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Tokens struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresAt    int64  `json:"expires_at"`
}

func ShowTokens(name string, t Tokens, asEnv bool) {
	if asEnv {
		WriteExports(name, t)
		return
	}
	writeJSON(t)
}

// WriteExports prints the tokens as shell assignments for eval.
func WriteExports(name string, t Tokens) {
	prefix := strings.ToUpper(name)
	line := fmt.Sprintf("export %s_ACCESS_TOKEN=%s %s_REFRESH_TOKEN=%s", prefix, t.AccessToken, prefix, t.RefreshToken)
	fmt.Fprintln(os.Stdout, line)
}

func writeJSON(t Tokens) {
	b, _ := json.MarshalIndent(t, "", "  ")
	fmt.Printf("%s\n", b)
}

// Refresh stores new tokens; printing them here is a leak, and so is
// the same printing through a helper that Refresh also calls.
func Refresh(t Tokens) {
	fmt.Println("refreshed:", t.AccessToken) // want `access token printed to standard output`
	announce(t)
}

func announce(t Tokens) {
	fmt.Printf("now using %s\n", t.RefreshToken) // want `refresh token printed to standard output`
}

// PrintTokenSummary shares announce's twin: called from a function for
// printing, and from Refresh above.
func PrintTokenSummary(t Tokens) {
	announce(t)
}
