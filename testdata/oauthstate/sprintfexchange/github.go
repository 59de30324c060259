// Package sprintfexchange redeems GitHub's code with the parameters in a
// query string that fmt.Sprintf builds (GitHub needs no grant_type).
package sprintfexchange

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type App struct {
	ID, Secret string
}

type ghToken struct {
	AccessToken string `json:"access_token"`
}

const accessTokenURL = "https://github.com/login/oauth/access_token?client_id=%s&client_secret=%s&code=%s"

func (a *App) Callback(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	u := fmt.Sprintf(accessTokenURL, a.ID, a.Secret, code) // want `callback exchanges the code without checking state`
	req, _ := http.NewRequest(http.MethodPost, u, nil)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, "github unreachable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var t ghToken
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		http.Error(w, "bad answer", http.StatusBadGateway)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "gh", Value: t.AccessToken, HttpOnly: true, Secure: true})
}

// CheckedCallback compares the state with the cookie set at login first.
func (a *App) CheckedCallback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || c.Value == "" || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "state mismatch", http.StatusForbidden)
		return
	}
	u := fmt.Sprintf(accessTokenURL, a.ID, a.Secret, r.URL.Query().Get("code"))
	resp, err := http.Post(u, "application/json", nil)
	if err != nil {
		http.Error(w, "github unreachable", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}
