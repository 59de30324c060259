// Package gauth finds the user's Google credentials for a desktop tool.
// The parameters are assembled in a variable before the call; the state
// of one flow comes from math/rand (predictable, and no PKCE to soften
// it), another's is left out (empty), and parameters read from the
// caller are not judged here.
package gauth

import (
	"context"
	crand "crypto/rand"
	"encoding/binary"
	"fmt"
	"math/rand"
	"os"
	"strconv"

	"golang.org/x/oauth2/google"
)

type Prompter interface {
	Ask(url string) (code, state string, err error)
}

func Literal(ctx context.Context, p Prompter, secrets []byte) (*google.Credentials, error) {
	params := google.CredentialsParams{
		Scopes:      []string{"profile"},
		AuthHandler: p.Ask,
		State:       fmt.Sprint(rand.Int63()), // want `predictable OAuth state: the state comes from math/rand`
	}
	return google.CredentialsFromJSONWithTypeAndParams(ctx, secrets, google.ServiceAccount, params)
}

func NoState(ctx context.Context, p Prompter, secrets []byte) (*google.Credentials, error) {
	return google.CredentialsFromJSONWithParams(ctx, secrets, google.CredentialsParams{ // want `authorization request with an empty state`
		Scopes:      []string{"profile"},
		AuthHandler: p.Ask,
	})
}

// FromCaller uses the caller's parameters: unknown here, silent.
func FromCaller(ctx context.Context, secrets []byte, params google.CredentialsParams) (*google.Credentials, error) {
	return google.CredentialsFromJSONWithParams(ctx, secrets, params)
}

// Default fills the parameters field by field: the same flow, with a
// state from math/rand.
func Default(ctx context.Context, p Prompter, scopes ...string) (*google.Credentials, error) {
	var params google.CredentialsParams
	params.Scopes = scopes
	params.AuthHandler = p.Ask
	params.State = strconv.Itoa(rand.Int()) // want `predictable OAuth state: the state comes from math/rand`
	return google.FindDefaultCredentialsWithParams(ctx, params)
}

// Chosen sets the state on two paths, one from configuration: unknown.
func Chosen(ctx context.Context, p Prompter, fixed bool) (*google.Credentials, error) {
	params := google.CredentialsParams{Scopes: []string{"profile"}, AuthHandler: p.Ask}
	params.State = os.Getenv("GAUTH_STATE")
	if !fixed {
		params.State = randomState()
	}
	return google.FindDefaultCredentialsWithParams(ctx, params)
}

func randomState() string {
	var b [16]byte
	crand.Read(b[:])
	return strconv.FormatUint(binary.BigEndian.Uint64(b[:8]), 36)
}
