// Package statearg is a login middleware: the handler draws the state and
// passes it to the method that builds the authorization URL by hand. The
// state is judged where it is drawn, at the call that supplies it.
package statearg

import (
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/rand"
	"net/http"
	"net/url"
)

type Config struct {
	ClientID         string
	RedirectURL      string
	AuthorizationURL string
}

// authorizeRedirect builds the authorization URL with the caller's state.
func (c *Config) authorizeRedirect(state string) string {
	params := url.Values{
		"response_type": {"code"},
		"client_id":     {c.ClientID},
		"redirect_uri":  {c.RedirectURL},
		"state":         {state},
	}
	return c.AuthorizationURL + "?" + params.Encode()
}

func random() string {
	return fmt.Sprintf("%x", rand.Uint64())
}

func setState(w http.ResponseWriter) string {
	s := random()
	http.SetCookie(w, &http.Cookie{Name: "_oauth_state_", Value: s, HttpOnly: true, Secure: true})
	return s
}

type Handler struct{ conf *Config }

// ServeHTTP starts the login with a math/rand state.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	state := setState(w)
	http.Redirect(w, r, h.conf.authorizeRedirect(state), http.StatusSeeOther) // want `predictable OAuth state: the state comes from math/rand.Uint64`
}

// Fixed uses one state for every user.
func (h *Handler) Fixed(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, h.conf.authorizeRedirect("drone"), http.StatusSeeOther) // want `constant OAuth state: the state is the constant "drone"`
}

// Secure draws the state from crypto/rand: nothing to report.
func (h *Handler) Secure(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 16)
	crand.Read(b)
	state := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "_oauth_state_", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, h.conf.authorizeRedirect(state), http.StatusSeeOther)
}

// Forward takes the state from its own caller, unknown here: silent.
func (h *Handler) Forward(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, h.conf.authorizeRedirect(state), http.StatusSeeOther)
}
