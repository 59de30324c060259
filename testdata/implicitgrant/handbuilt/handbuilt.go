// Package handbuilt is a hand-written authorization endpoint that lets
// response_type=token through and returns the access token in the
// redirect's fragment.
package handbuilt

import (
	"errors"
	"net/http"
	"net/url"
)

var errResponseType = errors.New("response_type must be code or token")

// parse reads the request; its callers use the response type it returns.
func parse(r *http.Request) (rt string, redirect *url.URL, err error) {
	rt = r.URL.Query().Get("response_type")
	if rt != "code" && rt != "token" { // want `this authorization server allows the implicit grant: the authorization endpoint returns an access token in the redirect for response_type "token" \(the values it lets through in parse\)`
		return "", nil, errResponseType
	}
	redirect, err = url.Parse("https://app.example.com/cb")
	return rt, redirect, err
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	responseType, redirect, err := parse(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if responseType == "token" { // the gate in parse is the finding; one per decision and package
		redirect.Fragment = url.Values{"access_token": {newToken()}, "token_type": {"Bearer"}}.Encode()
		http.Redirect(w, r, redirect.String(), http.StatusFound)
		return
	}
	q := redirect.Query()
	q.Set("code", newToken())
	redirect.RawQuery = q.Encode()
	http.Redirect(w, r, redirect.String(), http.StatusFound)
}

func newToken() string { return "t" }
