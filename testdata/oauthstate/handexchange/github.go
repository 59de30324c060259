// Package handexchange is a registry's GitHub login: the callback takes
// the code from the query and redeems it with a hand-built form (a
// url.Values literal), never reading a state (reported). Its second
// provider compares the state with a cookie first (silent).
package handexchange

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
)

type GitHubAuth struct {
	ClientID, ClientSecret string
	client                 *http.Client
}

func (g *GitHubAuth) redeem(w http.ResponseWriter, code string) {
	data := url.Values{
		"code":          []string{string(code)}, // want `callback exchanges the code without checking state: the handler Callback`
		"client_id":     []string{g.ClientID},
		"client_secret": []string{g.ClientSecret},
	}
	req, err := http.NewRequest("POST", "https://github.com/login/oauth/access_token", bytes.NewBufferString(data.Encode()))
	if err != nil {
		http.Error(w, "request", http.StatusInternalServerError)
		return
	}
	req.Header.Add("Accept", "application/json")
	resp, err := g.client.Do(req)
	if err != nil {
		http.Error(w, "github", http.StatusServiceUnavailable)
		return
	}
	resp.Body.Close()
	fmt.Fprintln(w, "signed in")
}

func (g *GitHubAuth) Callback(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	if code != "" {
		g.redeem(w, code)
		return
	}
	http.Error(w, "no code", http.StatusBadRequest)
}

func (g *GitHubAuth) CheckedCallback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("gh_state")
	if err != nil || c.Value == "" || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	g.redeem(w, r.URL.Query().Get("code"))
}
