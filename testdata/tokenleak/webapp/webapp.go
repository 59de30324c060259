// A server-side web app: the callback logs the token's expiry (fine) and,
// in a second handler, the access token itself (reported).
package webapp

import (
	"crypto/sha256"
	"encoding/hex"
	"log"
	"log/slog"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: "secret",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example/authorize", TokenURL: "https://idp.example/token"},
	RedirectURL:  "https://app.example/callback",
}

func callback(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	log.Printf("login ok, %s token expires at %s", tok.TokenType, tok.Expiry)
	slog.Info("session", "expiry", tok.Expiry, "valid", tok.Valid())
	sum := sha256.Sum256([]byte(tok.AccessToken))
	log.Printf("token fingerprint %s", hex.EncodeToString(sum[:8]))
	log.Printf("token prefix %.6s…", tok.AccessToken)
	log.Printf("token prefix %s…", tok.AccessToken[:6])
	log.Printf("token length %d", len(tok.AccessToken))
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok.AccessToken, HttpOnly: true, Secure: true})
}

func debugCallback(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		log.Printf("exchange: %v", err)
		return
	}
	log.Printf("got token %s", tok.AccessToken)   // want `access token written to a log: log.Printf logs the access token`
	slog.Debug("refresh", "rt", tok.RefreshToken) // want `refresh token written to a log: slog.Debug logs the refresh token`
	log.Println("token:", tok)                    // want `oauth2.Token written to a log: log.Println logs the oauth2.Token`
	bearer := "Bearer " + tok.AccessToken
	log.Print(bearer) // want `access token written to a log`
	raw, _ := tok.Extra("id_token").(string)
	slog.Info("oidc", slog.String("id_token", raw)) // want `ID token written to a log: slog.Info logs the ID token`
}
