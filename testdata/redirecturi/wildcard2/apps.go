// Package wildcard2 keeps its applications' callbacks in a map and
// accepts a requested redirect URI equal to one of them, or to anything
// when "*" is among them, in one condition: reported. Post-logout
// redirects (no code is sent there) and a check that refuses the
// wildcard with an error are silent.
package wildcard2

import (
	"errors"
	"net/http"
)

type app struct {
	Callbacks   []string
	AfterLogout []string
}

type store struct{ apps map[string]app }

var errBadRedirect = errors.New("redirect_uri is not registered")

func (s *store) permits(clientID, redirectURI string) error {
	a, ok := s.apps[clientID]
	if !ok {
		return errors.New("unknown client")
	}
	for i := range a.Callbacks {
		if a.Callbacks[i] == redirectURI || (a.Callbacks[i] == "*") { // want `redirect_uri matched by wildcard: a registered value of "\*" \(a.Callbacks\[i\] == "\*"\)`
			return nil
		}
	}
	return errBadRedirect
}

func (s *store) permitsStrict(clientID, redirectURI string) error {
	a := s.apps[clientID]
	for i := range a.Callbacks {
		if a.Callbacks[i] == "*" {
			return errors.New("wildcard registrations are not allowed")
		}
		if a.Callbacks[i] == redirectURI {
			return nil
		}
	}
	return errBadRedirect
}

func (s *store) logoutTarget(clientID, postLogoutRedirectURI string) bool {
	for _, u := range s.apps[clientID].AfterLogout {
		if u == "*" || u == postLogoutRedirectURI {
			return true
		}
	}
	return false
}

func (s *store) authorize(w http.ResponseWriter, r *http.Request) {
	redirectURI := r.URL.Query().Get("redirect_uri")
	if err := s.permits(r.URL.Query().Get("client_id"), redirectURI); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, redirectURI+"?code=granted&state="+r.URL.Query().Get("state"), http.StatusFound)
}

func (s *store) strict(w http.ResponseWriter, r *http.Request) {
	redirectURI := r.URL.Query().Get("redirect_uri")
	if err := s.permitsStrict(r.URL.Query().Get("client_id"), redirectURI); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, redirectURI+"?code=granted&state="+r.URL.Query().Get("state"), http.StatusFound)
}

func (s *store) logout(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("post_logout_redirect_uri")
	if !s.logoutTarget(r.URL.Query().Get("client_id"), target) {
		target = "/"
	}
	http.Redirect(w, r, target, http.StatusFound)
}

func (s *store) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/authorize", s.authorize)
	mux.HandleFunc("/authorize-strict", s.strict)
	mux.HandleFunc("/logout", s.logout)
}
