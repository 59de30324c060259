// Command loggedgrant is an MCP gateway's authorization server: it sends
// users to an upstream login, hands the upstream code back to the MCP
// client as its own, and redeems it at /token without any code_verifier.
// grant_type is read only to be logged.
package main

import (
	"crypto/rand"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"sync"

	"golang.org/x/oauth2"
)

type pending struct {
	clientRedirect, clientState string
	token                       *oauth2.Token
}

type gateway struct {
	mu       sync.Mutex
	sessions map[string]*pending
	upstream *oauth2.Config
}

func (g *gateway) authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	st := rand.Text()
	g.mu.Lock()
	g.sessions[st] = &pending{clientRedirect: q.Get("redirect_uri"), clientState: q.Get("state")}
	g.mu.Unlock()
	http.Redirect(w, r, g.upstream.AuthCodeURL(st, oauth2.S256ChallengeOption(oauth2.GenerateVerifier())), http.StatusFound)
}

func (g *gateway) callback(w http.ResponseWriter, r *http.Request) {
	code, st := r.URL.Query().Get("code"), r.URL.Query().Get("state")
	g.mu.Lock()
	p, ok := g.sessions[st]
	g.mu.Unlock()
	if !ok {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	g.mu.Lock()
	g.sessions[code] = p
	g.mu.Unlock()
	u, _ := url.Parse(p.clientRedirect)
	v := u.Query()
	v.Set("code", code)
	v.Set("state", p.clientState)
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func (g *gateway) token(w http.ResponseWriter, r *http.Request) {
	gt := r.PostFormValue("grant_type")
	slog.Debug("token request", "grant_type", gt, "client_id", r.PostFormValue("client_id"))
	code := r.PostFormValue("code") // want `reading grant_type only to log it`
	g.mu.Lock()
	p, ok := g.sessions[code]
	delete(g.sessions, code)
	g.mu.Unlock()
	if !ok {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"access_token": rand.Text(), "token_type": "Bearer", "expires_in": 3600, "scope": p.clientState})
}

func main() {
	g := &gateway{sessions: map[string]*pending{}, upstream: &oauth2.Config{
		ClientID: "gateway", RedirectURL: "https://mcp.example.com/callback",
		Endpoint: oauth2.Endpoint{AuthURL: "https://login.example.com/authorize", TokenURL: "https://login.example.com/token"},
	}}
	http.HandleFunc("/authorize", g.authorize)
	http.HandleFunc("/callback", g.callback)
	http.HandleFunc("/token", g.token)
	http.ListenAndServe(":8080", nil)
}
