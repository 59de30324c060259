// Package emptyhelper reads the kept state through a method whose named
// result is set to "" when the store holds nothing, then returned bare:
// a callback comparing the request's state with it lets a link with no
// state through ("" == ""). Refusing an empty state first is silent.
package emptyhelper

import (
	"net/http"
	"sync"

	"golang.org/x/oauth2"
)

type sessions struct {
	mu   sync.Mutex
	data map[string]map[string]string
}

// value returns the session's entry for key, or "" when there is none.
func (s *sessions) value(r *http.Request, key string) (v string) {
	c, err := r.Cookie("sess")
	if err != nil {
		v = ""
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	entry, ok := s.data[c.Value]
	if !ok {
		v = ""
		return
	}
	v = entry[key]
	return
}

type app struct {
	store *sessions
	oc    *oauth2.Config
}

func (a *app) back(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") != a.store.value(r, "state") { // want `state check passes an empty state: .*value returns "" set at line 23`
		http.Error(w, "state mismatch", http.StatusUnauthorized)
		return
	}
	if _, err := a.oc.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}

func (a *app) backGuarded(w http.ResponseWriter, r *http.Request) {
	want := a.store.value(r, "state")
	if want == "" || r.URL.Query().Get("state") != want {
		http.Error(w, "state mismatch", http.StatusUnauthorized)
		return
	}
	if _, err := a.oc.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}

func (a *app) start(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "sess", Value: oauth2.GenerateVerifier(), Secure: true, HttpOnly: true})
	http.Redirect(w, r, a.oc.AuthCodeURL(st), http.StatusFound)
}

func Serve(a *app) {
	http.HandleFunc("/login", a.start)
	http.HandleFunc("/back", a.back)
	http.HandleFunc("/back2", a.backGuarded)
}
