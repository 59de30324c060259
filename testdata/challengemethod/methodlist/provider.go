// A hand-written provider that lists the challenge methods it supports
// in a package variable and refuses any other: plain is on the list.
package methodlist

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"slices"
)

var supported = []string{
	"S256",
	"plain", // want `this authorization server accepts code_challenge_method=plain`
}

type authzRequest struct {
	client    string
	callback  string
	state     string
	challenge string
	method    string
}

type grant struct {
	callback, challenge, method string
}

var grants = map[string]grant{}

func read(r *http.Request) authzRequest {
	return authzRequest{
		client:    r.FormValue("client_id"),
		callback:  r.FormValue("redirect_uri"),
		state:     r.FormValue("state"),
		challenge: r.FormValue("code_challenge"),
		method:    r.FormValue("code_challenge_method"),
	}
}

func authorize(w http.ResponseWriter, r *http.Request) {
	req := read(r)
	if req.callback != "https://app.example.com/cb" || r.FormValue("response_type") != "code" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if !slices.Contains(supported, req.method) {
		http.Error(w, "invalid_request: unsupported code_challenge_method", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	grants[code] = grant{callback: req.callback, challenge: req.challenge, method: req.method}
	http.Redirect(w, r, req.callback+"?code="+code+"&state="+url.QueryEscape(req.state), http.StatusFound)
}

func main() {
	http.HandleFunc("/authorize", authorize)
	_ = http.ListenAndServe(":8080", nil)
}
