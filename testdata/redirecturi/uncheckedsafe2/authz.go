// Package uncheckedsafe2: authorization endpoints whose requested redirect
// URI is checked before the redirect, but not through the variable the
// redirect reads: a second read of the parameter compared with the
// client's registered URIs, and the whole request handed to a validator.
// Silent. Beside them, a handler that only logs the request and redirects
// the URI it was given stays reported.
package uncheckedsafe2

import (
	"errors"
	"log"
	"net/http"
	"net/url"
)

type app struct{ allowed map[string][]string }

func (a *app) registered(clientID, uri string) bool {
	for _, u := range a.allowed[clientID] {
		if u == uri {
			return true
		}
	}
	return false
}

// SecondRead compares one read of redirect_uri and redirects another.
func (a *app) SecondRead(w http.ResponseWriter, req *http.Request) {
	if !a.registered(req.FormValue("client_id"), req.FormValue("redirect_uri")) {
		http.Error(w, "unknown redirect_uri", http.StatusBadRequest)
		return
	}
	back := req.FormValue("redirect_uri")
	http.Redirect(w, req, back+"?code="+url.QueryEscape("c0de"), http.StatusSeeOther)
}

type authzRequest struct{ clientID, redirectURI string }

func (a *app) parseAuthz(req *http.Request) (*authzRequest, error) {
	ar := &authzRequest{clientID: req.URL.Query().Get("client_id"), redirectURI: req.URL.Query().Get("redirect_uri")}
	if !a.registered(ar.clientID, ar.redirectURI) {
		return nil, errors.New("redirect_uri not registered")
	}
	return ar, nil
}

// Validated hands the request to a validator first.
func (a *app) Validated(w http.ResponseWriter, req *http.Request) {
	if _, err := a.parseAuthz(req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	target, err := url.Parse(req.URL.Query().Get("redirect_uri"))
	if err != nil {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	q := target.Query()
	q.Set("code", "c0de")
	target.RawQuery = q.Encode()
	http.Redirect(w, req, target.String(), http.StatusFound)
}

// Logged only logs the request: nothing checks the URI.
func (a *app) Logged(w http.ResponseWriter, req *http.Request) {
	log.Printf("authorize %s from %s", req.URL.Path, req.RemoteAddr)
	log.Println(req)
	back := req.FormValue("redirect_uri")
	http.Redirect(w, req, back+"?code=c0de", http.StatusFound) // want `redirect_uri never checked`
}
