// Package relayverifier is an MCP authorization facade in front of a
// provider without PKCE: its upstream login sends no challenge, and a
// token proxy beside it relays the token requests of browser clients,
// their own code_verifier included. The verifier it sends is the
// client's, for the client's own challenge: not this program's flow.
package relayverifier

import (
	"io"
	"net/http"
	"net/url"
	"strings"
)

type settings struct {
	ProviderAuthURL  string
	ProviderTokenURL string
	ClientID         string
	ClientSecret     string
	PublicURL        string
}

type loginHandler struct{ cfg *settings }

func (h *loginHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("login")
	if c == nil {
		http.Error(w, "no login", http.StatusBadRequest)
		return
	}
	u, err := url.Parse(h.cfg.ProviderAuthURL)
	if err != nil {
		http.Error(w, "bad config", http.StatusInternalServerError)
		return
	}
	q := u.Query()
	q.Set("client_id", h.cfg.ClientID)
	q.Set("redirect_uri", h.cfg.PublicURL+"/callback")
	q.Set("state", c.Value)
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

type relay struct{ cfg *settings }

func (p *relay) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	form := url.Values{}
	form.Set("client_id", p.cfg.ClientID)
	form.Set("client_secret", p.cfg.ClientSecret)
	form.Set("code", r.FormValue("code"))
	form.Set("redirect_uri", r.FormValue("redirect_uri"))
	form.Set("code_verifier", r.FormValue("code_verifier"))
	form.Set("grant_type", r.FormValue("grant_type"))
	req, err := http.NewRequest(http.MethodPost, p.cfg.ProviderTokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		http.Error(w, "bad request", http.StatusInternalServerError)
		return
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

// ownExchange is this program's own code exchange for the login above: it
// sends a verifier of its own, which no challenge was ever computed from.
func ownExchange(cfg *settings, code, verifier string) (*http.Response, error) {
	return http.PostForm(cfg.ProviderTokenURL, url.Values{
		"client_id":     {cfg.ClientID},
		"client_secret": {cfg.ClientSecret},
		"code":          {code},
		"grant_type":    {"authorization_code"},
		"code_verifier": {verifier}, // want `code_verifier sent at the token endpoint protects nothing`
	})
}
