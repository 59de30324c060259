// The same written differently: the loop indexes the list by its key,
// a predicate of the package wraps it, and the method is a field of a
// struct the handler fills.
package methodloop2

import (
	"errors"
	"net/http"
)

var pkceMethods = []string{
	"S256",
	"plain", // want `this authorization server accepts code_challenge_method=plain`
}

func in(xs []string, x string) bool {
	for i := range xs {
		if xs[i] == x {
			return true
		}
	}
	return false
}

func validMethod(m string) bool { return in(pkceMethods, m) }

type authRequest struct {
	ClientID, RedirectURI, Challenge, Method string
}

func parse(r *http.Request) (*authRequest, error) {
	req := &authRequest{
		ClientID:    r.URL.Query().Get("client_id"),
		RedirectURI: r.URL.Query().Get("redirect_uri"),
		Challenge:   r.URL.Query().Get("code_challenge"),
		Method:      r.URL.Query().Get("code_challenge_method"),
	}
	if req.Challenge != "" && !validMethod(req.Method) {
		return nil, errors.New("invalid code_challenge_method")
	}
	return req, nil
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	req, err := parse(r)
	if err != nil || req.RedirectURI != "https://client.example/cb" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, req.RedirectURI+"?code=c0de", http.StatusFound)
}
