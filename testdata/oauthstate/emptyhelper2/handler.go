// Package emptyhelper2 gives the kept state a placeholder default and
// overwrites it from a lookup function that yields "" for a missing
// entry: on the path through the lookup the comparison accepts a
// callback with no state. A lookup that never yields "" is silent.
package emptyhelper2

import (
	"net/http"

	"golang.org/x/oauth2"
)

var cfg = &oauth2.Config{
	ClientID:     "emptyhelper2",
	ClientSecret: "vaulted",
	RedirectURL:  "https://svc.example.org/oauth/done",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://id.example.org/a", TokenURL: "https://id.example.org/t"},
}

var pending = map[string]string{}

func lookup(m map[string]string, k string) string {
	if v, ok := m[k]; ok {
		return v
	}
	return ""
}

func mustLookup(m map[string]string, k string) string {
	if v, ok := m[k]; ok && v != "" {
		return v
	}
	return "\x00no-state"
}

func Done(w http.ResponseWriter, r *http.Request) {
	expected := "unset"
	if c, err := r.Cookie("flow"); err == nil {
		expected = lookup(pending, c.Value)
	}
	if r.FormValue("state") != expected { // want `state check passes an empty state: .*lookup returns "" at line 26`
		http.Error(w, "forged callback", http.StatusForbidden)
		return
	}
	if _, err := cfg.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}

func DoneStrict(w http.ResponseWriter, r *http.Request) {
	expected := "unset"
	if c, err := r.Cookie("flow"); err == nil {
		expected = mustLookup(pending, c.Value)
	}
	if r.FormValue("state") != expected {
		http.Error(w, "forged callback", http.StatusForbidden)
		return
	}
	if _, err := cfg.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}

func Begin(w http.ResponseWriter, r *http.Request) {
	id, st := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	pending[id] = st
	http.SetCookie(w, &http.Cookie{Name: "flow", Value: id, Secure: true, HttpOnly: true})
	http.Redirect(w, r, cfg.AuthCodeURL(st), http.StatusFound)
}
