// Package handbuilt3 answers response_type=token in a handler literal,
// with the response type read by a helper that returns it with the
// client's id.
package handbuilt3

import (
	"net/http"
	"net/url"
)

func readRequest(r *http.Request) (kind, clientID string) {
	return r.PostFormValue("response_type"), r.PostFormValue("client_id")
}

func Mux(issue func(clientID string) string) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /oauth/authorize", func(w http.ResponseWriter, r *http.Request) {
		kind, clientID := readRequest(r)
		back := url.URL{Scheme: "https", Host: "spa.example.org", Path: "/cb"}
		if kind == "token" { // want `this authorization server allows the implicit grant: the authorization endpoint returns an access token in the redirect for response_type "token" \(comparison in a function literal\)`
			back.Fragment = "access_token=" + issue(clientID)
		} else {
			back.RawQuery = "code=" + issue(clientID)
		}
		http.Redirect(w, r, back.String(), http.StatusSeeOther)
	})
	return mux
}
