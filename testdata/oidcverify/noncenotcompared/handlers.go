// The nonce is sent but never compared (reported at Verify).
package noncenotcompared

import (
	"context"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

var (
	oauthConfig oauth2.Config
	verifier    *oidc.IDTokenVerifier
)

func newNonce() string { return "n-" + randomString() }

func randomString() string { return "0123" }

func handleLogin(w http.ResponseWriter, r *http.Request) {
	n := newNonce()
	http.SetCookie(w, &http.Cookie{Name: "n", Value: n})
	opts := []oauth2.AuthCodeOption{oidc.Nonce(n), oauth2.AccessTypeOffline}
	http.Redirect(w, r, oauthConfig.AuthCodeURL("st", opts...), http.StatusFound)
}

func handleCallback(w http.ResponseWriter, r *http.Request) {
	tok, err := oauthConfig.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		return
	}
	if err := check(r.Context(), tok); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
	}
}

func check(ctx context.Context, tok *oauth2.Token) error {
	raw, _ := tok.Extra("id_token").(string)
	_, err := verifier.Verify(ctx, raw) // want `ID token nonce never compared: the package sends a nonce \(line 24\)`
	return err
}
