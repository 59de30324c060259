// Package earlyerror is an authorization endpoint that answers a bad
// response_type or an unknown client by redirecting to the redirect_uri
// the request named, before it compares that URI with the client's
// registration: an open redirector (RFC 6749 §4.1.2.1).
package earlyerror

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"net/url"
)

type client struct {
	ID        string
	Redirects []string
}

type registry interface {
	Lookup(id string) (*client, error)
}

type authorizeEndpoint struct {
	clients registry
	codes   map[string]string
}

func (a *authorizeEndpoint) fail(w http.ResponseWriter, r *http.Request, to, state, code, why string) {
	if to == "" {
		http.Error(w, code+": "+why, http.StatusBadRequest)
		return
	}
	u, err := url.Parse(to)
	if err != nil {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	q := u.Query()
	q.Set("error", code)
	q.Set("error_description", why)
	if state != "" {
		q.Set("state", state)
	}
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func (a *authorizeEndpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	params := r.URL.Query()
	rt := params.Get("response_type")
	id := params.Get("client_id")
	back := params.Get("redirect_uri")
	st := params.Get("state")

	if rt != "code" {
		a.fail(w, r, back, st, "unsupported_response_type", "only code") // want `redirect to a redirect_uri not yet checked: this error reply sends the browser to whatever URI the request names \(read at line 52\) before the handler checks it \(line 70\)`
		return
	}
	c, err := a.clients.Lookup(id)
	if err != nil || c == nil {
		a.fail(w, r, back, st, "invalid_client", "unknown client")
		return
	}
	if back == "" {
		a.fail(w, r, back, st, "invalid_request", "redirect_uri is required")
		return
	}
	ok := false
	for _, registered := range c.Redirects {
		if registered == back {
			ok = true
		}
	}
	if !ok {
		a.fail(w, r, "", st, "invalid_request", "redirect_uri not registered")
		return
	}
	if params.Get("code_challenge_method") != "S256" {
		a.fail(w, r, back, st, "invalid_request", "S256 PKCE required")
		return
	}
	b := make([]byte, 32)
	rand.Read(b)
	code := base64.RawURLEncoding.EncodeToString(b)
	a.codes[code] = id
	u, _ := url.Parse(back)
	q := u.Query()
	q.Set("code", code)
	q.Set("state", st)
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// strictEndpoint validates the client and its redirect URI first; the
// errors after that go back to the verified URI, as RFC 6749 §4.1.2.1
// asks, and the ones before are an error page.
type strictEndpoint struct {
	clients registry
}

func (s *strictEndpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	redirectTo := q.Get("redirect_uri")
	c, err := s.clients.Lookup(q.Get("client_id"))
	if err != nil || c == nil {
		http.Error(w, "unknown client", http.StatusBadRequest)
		return
	}
	valid := false
	for _, u := range c.Redirects {
		valid = valid || u == redirectTo
	}
	if !valid {
		http.Error(w, "redirect_uri not registered", http.StatusBadRequest)
		return
	}
	if q.Get("response_type") != "code" {
		http.Redirect(w, r, redirectTo+"?error=unsupported_response_type", http.StatusFound)
		return
	}
	http.Redirect(w, r, redirectTo+"?code="+q.Get("code_challenge"), http.StatusFound)
}
