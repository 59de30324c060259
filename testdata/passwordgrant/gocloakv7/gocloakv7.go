// Package gocloakv7 is a gin-less HTTP service on gocloak v7.11.0, whose
// NewClient returns the GoCloak interface: a login endpoint relays the
// user's password; a worker uses its own client credentials.
package gocloakv7

import (
	"context"
	"net/http"

	"github.com/Nerzal/gocloak/v7"
)

type service struct{ kc gocloak.GoCloak }

func newService(url string) *service { return &service{kc: gocloak.NewClient(url)} }

func (s *service) Login(w http.ResponseWriter, r *http.Request) {
	jwt, err := s.kc.Login(r.Context(), "app", "secret", "realm", r.FormValue("username"), r.FormValue("password")) // want `resource owner password credentials grant \(from \(gocloak\.GoCloak\)\.Login\)`
	if err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	w.Write([]byte(jwt.AccessToken))
}

func workerToken(ctx context.Context, kc gocloak.GoCloak) (string, error) {
	tok, err := kc.LoginClient(ctx, "worker", "worker-secret", "realm")
	if err != nil {
		return "", err
	}
	return tok.AccessToken, nil
}
