// Package signin gets a token with oauth2cli through an unexported helper:
// the oauth2cli.Config literal is written at the helper's one call site
// and reaches GetToken through the helper's pointer parameter. Without
// AuthCodeOptions the login sends no code_challenge.
package signin

import (
	"context"
	"fmt"

	"github.com/int128/oauth2cli"
	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

type Bank struct {
	ClientID, ClientSecret string
	AuthURL, TokenURL      string
}

func (b Bank) oauth() oauth2.Config {
	return oauth2.Config{
		ClientID:     b.ClientID,
		ClientSecret: b.ClientSecret,
		Endpoint:     oauth2.Endpoint{AuthURL: b.AuthURL, TokenURL: b.TokenURL},
	}
}

func AccessToken(ctx context.Context, b Bank) (string, error) {
	ready := make(chan string, 1)
	go func() {
		if u, ok := <-ready; ok {
			fmt.Println("If no browser opens, visit", u)
			_ = browser.OpenURL(u)
		}
	}()
	tok, err := obtain(ctx, &oauth2cli.Config{
		OAuth2Config:           b.oauth(),
		LocalServerReadyChan:   ready,
		LocalServerBindAddress: []string{"127.0.0.1:0"},
	})
	if err != nil {
		return "", err
	}
	return tok.AccessToken, nil
}

func obtain(ctx context.Context, cfg *oauth2cli.Config) (*oauth2.Token, error) {
	return oauth2cli.GetToken(ctx, *cfg) // want `authorization code flow without PKCE in a native client: oauth2cli.GetToken is given no AuthCodeOptions`
}

// Protected passes the challenge in the literal at its helper's one call
// site: PKCE is sent.
func Protected(ctx context.Context, b Bank) (*oauth2.Token, error) {
	v := oauth2.GenerateVerifier()
	return obtainProtected(ctx, &oauth2cli.Config{
		OAuth2Config:        b.oauth(),
		AuthCodeOptions:     []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(v)},
		TokenRequestOptions: []oauth2.AuthCodeOption{oauth2.VerifierOption(v)},
	})
}

func obtainProtected(ctx context.Context, cfg *oauth2cli.Config) (*oauth2.Token, error) {
	return oauth2cli.GetToken(ctx, *cfg)
}

// Amended fills the options in the helper before the call: not left out.
func Amended(ctx context.Context, b Bank, v string) (*oauth2.Token, error) {
	return obtainAmended(ctx, &oauth2cli.Config{OAuth2Config: b.oauth()}, v)
}

func obtainAmended(ctx context.Context, cfg *oauth2cli.Config, v string) (*oauth2.Token, error) {
	cfg.AuthCodeOptions = []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(v)}
	cfg.TokenRequestOptions = []oauth2.AuthCodeOption{oauth2.VerifierOption(v)}
	return oauth2cli.GetToken(ctx, *cfg)
}

// Twice calls its helper from two places, one of which may set the
// options: the helper's parameter is not one literal, and stays unknown.
func Twice(ctx context.Context, b Bank, opts []oauth2.AuthCodeOption) {
	_, _ = obtainEither(ctx, &oauth2cli.Config{OAuth2Config: b.oauth()})
	_, _ = obtainEither(ctx, &oauth2cli.Config{OAuth2Config: b.oauth(), AuthCodeOptions: opts})
}

func obtainEither(ctx context.Context, cfg *oauth2cli.Config) (*oauth2.Token, error) {
	return oauth2cli.GetToken(ctx, *cfg)
}

// Customised hands the pointer to a function that may write it first.
func Customised(ctx context.Context, b Bank, tune func(*oauth2cli.Config)) (*oauth2.Token, error) {
	return obtainTuned(ctx, &oauth2cli.Config{OAuth2Config: b.oauth()}, tune)
}

func obtainTuned(ctx context.Context, cfg *oauth2cli.Config, tune func(*oauth2cli.Config)) (*oauth2.Token, error) {
	tune(cfg)
	return oauth2cli.GetToken(ctx, *cfg)
}
