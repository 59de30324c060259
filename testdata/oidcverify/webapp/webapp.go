// A web app whose verifier skips the audience check in production
// (reported), and a second verifier that skips the expiry (reported, with
// a fix). The test file's skips are silent.
package webapp

import (
	"context"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

type server struct {
	provider *oidc.Provider
	verifier *oidc.IDTokenVerifier
	conf     oauth2.Config
}

func newServer(ctx context.Context, issuer, clientID string) (*server, error) {
	provider, err := oidc.NewProvider(ctx, issuer)
	if err != nil {
		return nil, err
	}
	return &server{
		provider: provider,
		verifier: provider.Verifier(&oidc.Config{ClientID: clientID, SkipClientIDCheck: true}), // want `ID token check switched off: oidc.Config.SkipClientIDCheck is true, so the audience \(aud\) is not checked`
		conf:     oauth2.Config{ClientID: clientID, Endpoint: provider.Endpoint(), RedirectURL: "https://app.example/callback"},
	}, nil
}

func (s *server) apiVerifier() *oidc.IDTokenVerifier {
	return s.provider.Verifier(&oidc.Config{
		ClientID:        s.conf.ClientID,
		SkipExpiryCheck: true, // want `ID token check switched off: oidc.Config.SkipExpiryCheck is true, so the expiry \(exp\) is not checked`
	})
}

func (s *server) staticVerifier(keys oidc.KeySet) *oidc.IDTokenVerifier {
	cfg := oidc.Config{ClientID: s.conf.ClientID}
	cfg.InsecureSkipSignatureCheck = true // want `ID token check switched off: oidc.Config.InsecureSkipSignatureCheck is true, so the signature is not checked and anyone can forge an ID token`
	return oidc.NewVerifier("https://idp.example", keys, &cfg)
}

func (s *server) callback(w http.ResponseWriter, r *http.Request) {
	tok, err := s.conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	raw, ok := tok.Extra("id_token").(string)
	if !ok {
		http.Error(w, "no id_token", http.StatusBadGateway)
		return
	}
	if _, err := s.verifier.Verify(r.Context(), raw); err != nil {
		http.Error(w, "bad id_token", http.StatusUnauthorized)
	}
}
