// The second shape: one package, its own store interface, implemented
// with Hydra's v2 SDK, and the check made by a helper of the package that
// hands the challenge on: silent, as the split package is.
package main

import (
	"context"
	"net/http"

	hydra "github.com/ory/hydra-client-go/v2"
	"golang.org/x/oauth2"
)

var github = &oauth2.Config{
	ClientID: "login-app", ClientSecret: "s", RedirectURL: "https://login.example.com/github/callback",
	Endpoint: oauth2.Endpoint{AuthURL: "https://github.com/login/oauth/authorize", TokenURL: "https://github.com/login/oauth/access_token"},
}

type challenges interface {
	Exists(id string) error
}

type hydraChallenges struct{ c *hydra.APIClient }

func (h hydraChallenges) Exists(id string) error {
	_, _, err := h.c.OAuth2API.GetOAuth2LoginRequest(context.Background()).LoginChallenge(id).Execute()
	return err
}

type server struct {
	store challenges
}

func (s *server) valid(loginChallenge string) bool {
	return s.store.Exists(loginChallenge) == nil
}

func (s *server) githubCallback(w http.ResponseWriter, r *http.Request) {
	if !s.valid(r.FormValue("state")) {
		http.Error(w, "invalid state", http.StatusForbidden)
		return
	}
	if _, err := github.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/consent", http.StatusFound)
}

func main() {
	cfg := hydra.NewConfiguration()
	s := &server{store: hydraChallenges{c: hydra.NewAPIClient(cfg)}}
	http.HandleFunc("/github/login", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, github.AuthCodeURL(r.URL.Query().Get("login_challenge")), http.StatusFound)
	})
	http.HandleFunc("/github/callback", s.githubCallback)
	_ = http.ListenAndServe(":3000", nil)
}
