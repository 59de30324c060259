// Package authz is a token endpoint that builds the request struct of
// package api statement by statement, validates it by its tags (which
// let an empty code_verifier through) and checks PKCE only when a
// verifier is sent.
package authz

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"net/http"

	"github.com/go-playground/validator/v10"
	"github.com/sirupsen/logrus"

	"example.com/fixtures/pkce/downgrade4/api"
)

type pending struct {
	Client, Redirect, Challenge, Subject string
}

type Store interface {
	Take(code string) (*pending, bool)
	Issue(subject, client string) (string, string)
}

type Endpoint struct {
	Codes    Store
	validate *validator.Validate
}

func NewEndpoint(s Store) *Endpoint { return &Endpoint{Codes: s, validate: validator.New()} }

func (e *Endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	x := &api.ExchangeRequest{}
	x.GrantType = r.PostFormValue("grant_type")
	x.Code = r.PostFormValue("code")
	x.RedirectURI = r.PostFormValue("redirect_uri")
	x.ClientID = r.PostFormValue("client_id")
	x.CodeVerifier = r.PostFormValue("code_verifier")
	x.RefreshToken = r.PostFormValue("refresh_token")
	if err := e.validate.Struct(x); err != nil {
		writeErr(w, "invalid_request")
		return
	}
	logrus.WithField("grant", x.GrantType).Debug("exchange")
	if x.GrantType == "authorization_code" { // want `compares the code_verifier only when the token request sends one`
		e.exchange(w, x)
		return
	}
	writeErr(w, "unsupported_grant_type")
}

func (e *Endpoint) exchange(w http.ResponseWriter, x *api.ExchangeRequest) {
	p, ok := e.Codes.Take(x.Code)
	if !ok || p.Client != x.ClientID || p.Redirect != x.RedirectURI {
		writeErr(w, "invalid_grant")
		return
	}
	if len(x.CodeVerifier) > 0 && !verifies(x.CodeVerifier, p.Challenge) {
		writeErr(w, "invalid_grant")
		return
	}
	access, refresh := e.Codes.Issue(p.Subject, p.Client)
	json.NewEncoder(w).Encode(map[string]any{"access_token": access, "refresh_token": refresh, "token_type": "Bearer"})
}

func verifies(verifier, challenge string) bool {
	sum := sha256.Sum256([]byte(verifier))
	got := base64.RawURLEncoding.EncodeToString(sum[:])
	return subtle.ConstantTimeCompare([]byte(got), []byte(challenge)) == 1
}

func writeErr(w http.ResponseWriter, code string) {
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]string{"error": code})
}
