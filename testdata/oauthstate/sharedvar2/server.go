// The second shape: the expected state is read from the environment once,
// in init, and a handler method compares the form's state with it before
// redeeming the code through a helper that builds the token request.
package main

import (
	"net/http"
	"net/url"
	"os"
)

var expectedState string

func init() { expectedState = os.Getenv("LOGIN_STATE") }

type srv struct{ tokenURL, id, secret string }

func (s *srv) redeem(code string) (*http.Response, error) {
	return http.PostForm(s.tokenURL, url.Values{"grant_type": {"authorization_code"}, "code": {code}, "client_id": {s.id}, "client_secret": {s.secret}})
}

func (s *srv) done(w http.ResponseWriter, r *http.Request) {
	if expectedState != r.FormValue("state") { // want `state checked against one value for every login: the callback compares the request's state with expectedState, the package-level variable expectedState, set once when the program starts`
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := s.redeem(r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func main() {
	s := &srv{tokenURL: "https://sso.example.net/oauth/token", id: "wiki", secret: os.Getenv("SECRET")}
	http.HandleFunc("/oauth/done", s.done)
	_ = http.ListenAndServe(":9000", nil)
}
