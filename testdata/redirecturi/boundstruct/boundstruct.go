// Package boundstruct: an authorization endpoint that decodes its JSON
// body into a tagged struct and redirects to the redirect_uri it names,
// never compared with the client's; beside it the same endpoint that
// compares, one that hands the request to a validator, and a redirect to
// a registered client's URI (a struct with the same tag, loaded from the
// store, not the request).
package boundstruct

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
)

type authorizeRequest struct {
	ClientID    string `json:"client_id"`
	RedirectURI string `json:"redirect_uri"`
	State       string `json:"state"`
}

type client struct {
	ID          string `json:"client_id"`
	RedirectURI string `json:"redirect_uri"`
}

var clients = map[string]client{"web": {ID: "web", RedirectURI: "https://app.example.com/cb"}}

func newCode() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	var req authorizeRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if req.RedirectURI == "" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, req.RedirectURI+"?code="+newCode()+"&state="+req.State, http.StatusFound) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 45\)`
}

func AuthorizeChecked(w http.ResponseWriter, r *http.Request) {
	var req authorizeRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	c, ok := clients[req.ClientID]
	if !ok || req.RedirectURI != c.RedirectURI {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, req.RedirectURI+"?code="+newCode()+"&state="+req.State, http.StatusFound)
}

func validate(req *authorizeRequest) error {
	if c, ok := clients[req.ClientID]; !ok || c.RedirectURI != req.RedirectURI {
		return http.ErrNotSupported
	}
	return nil
}

func AuthorizeValidated(w http.ResponseWriter, r *http.Request) {
	req := new(authorizeRequest)
	if err := json.NewDecoder(r.Body).Decode(req); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if err := validate(req); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, req.RedirectURI+"?code="+newCode(), http.StatusFound)
}

func AuthorizeRegistered(w http.ResponseWriter, r *http.Request) {
	var c client
	if err := json.Unmarshal([]byte(`{"client_id":"web","redirect_uri":"https://app.example.com/cb"}`), &c); err != nil {
		return
	}
	http.Redirect(w, r, c.RedirectURI+"?code="+newCode(), http.StatusFound)
}
