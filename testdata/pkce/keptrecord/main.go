// Command keptrecord is a gateway that logs users in at an upstream
// provider. It keeps each pending authorization request (challenge and
// verifier both) in a store until the callback; the browser gets only
// the challenge. The old login posted the same record to the provider.
package main

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/http"

	"golang.org/x/oauth2"
)

// requestStore keeps pending requests by state; the database or an
// in-memory map implements it.
type requestStore interface {
	PutPending(state string, record map[string]any) error
}

type gateway struct {
	store requestStore
	conf  *oauth2.Config
}

func newState() string {
	b := make([]byte, 24)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (g *gateway) login(w http.ResponseWriter, r *http.Request) {
	verifier := oauth2.GenerateVerifier()
	state := newState()
	record := map[string]any{
		"response_type":         "code",
		"client_id":             g.conf.ClientID,
		"redirect_uri":          g.conf.RedirectURL,
		"state":                 state,
		"code_challenge":        oauth2.S256ChallengeFromVerifier(verifier),
		"code_challenge_method": "S256",
	}
	record["code_verifier"] = verifier // kept for the token exchange
	if err := g.store.PutPending(state, record); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, g.conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)), http.StatusFound)
}

// legacyLogin posted the whole record, verifier included, to the
// provider's JSON authorization API.
func (g *gateway) legacyLogin(w http.ResponseWriter, r *http.Request) {
	verifier := oauth2.GenerateVerifier()
	record := map[string]any{
		"response_type":         "code",
		"client_id":             g.conf.ClientID,
		"redirect_uri":          g.conf.RedirectURL,
		"state":                 newState(),
		"code_challenge":        oauth2.S256ChallengeFromVerifier(verifier),
		"code_challenge_method": "S256",
		"code_verifier":         verifier, // want `code_verifier sent in the authorization request`
	}
	resp, err := postJSON("https://id.example.org/api/authorize", record)
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

func postJSON(url string, v any) (*http.Response, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return http.Post(url, "application/json", bytes.NewReader(b))
}

func main() {
	g := &gateway{conf: &oauth2.Config{
		ClientID:    "gateway",
		RedirectURL: "https://gw.example.org/callback",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://id.example.org/authorize", TokenURL: "https://id.example.org/token"},
	}}
	http.HandleFunc("/login", g.login)
	http.HandleFunc("/login/legacy", g.legacyLogin)
	http.ListenAndServe(":8080", nil)
}
