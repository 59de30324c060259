// Package roundtrip2 keeps a bearer token from an oauth2 exchange in a
// struct literal's field, and copies it from a saved record through a
// helper that returns that field (or "" without one): the field always
// holds the access token, and the structured log of it is reported.
// Beside it a field that a flag may fill instead (unknown): silent.
package roundtrip2

import (
	"context"
	"flag"
	"log/slog"
	"time"

	"golang.org/x/oauth2"
)

type creds struct {
	Bearer  string
	Expires time.Time
}

type app struct {
	conf  *oauth2.Config
	saved *creds
	live  creds
}

func (a *app) signIn(ctx context.Context, code, verifier string) (*creds, error) {
	tok, err := a.conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		return nil, err
	}
	return &creds{Bearer: tok.AccessToken, Expires: tok.Expiry}, nil
}

func bearerOf(c *creds) string {
	if c == nil {
		return ""
	}
	return c.Bearer
}

func (a *app) resume() {
	a.live.Bearer = bearerOf(a.saved)
	slog.Info("resumed session", "bearer", a.live.Bearer) // want `access token written to a log: slog.Info logs the access token`
}

var override = flag.String("token", "", "use this token")

type pinned struct {
	Token string
}

func (a *app) pin(ctx context.Context, code, verifier string) pinned {
	p := pinned{Token: *override}
	if p.Token == "" {
		tok, err := a.conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
		if err == nil {
			p.Token = tok.AccessToken
		}
	}
	slog.Info("pinned", "token", p.Token)
	return p
}
