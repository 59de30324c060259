// Package api serves /authorize: a middleware decodes the request's
// parameters into the request's context. An error found before the
// service checks the redirect URI goes to that URI (silent: the
// middleware, unseen here, may have validated it); the service's refusal
// of the URI goes to the refused URI all the same (reported).
package api

import (
	"context"
	"errors"
	"net/http"
	"net/url"

	"github.com/gorilla/schema"

	"example.com/fixtures/redirecturi/refusedcontext/service"
)

type authorizeParams struct {
	ClientID     string `schema:"client_id"`
	RedirectURI  string `schema:"redirect_uri"`
	ResponseType string `schema:"response_type"`
	State        string `schema:"state"`
}

type paramsKey struct{}

func Decode(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := new(authorizeParams)
		dec := schema.NewDecoder()
		dec.IgnoreUnknownKeys(true)
		if err := dec.Decode(p, r.URL.Query()); err != nil {
			http.Error(w, "invalid_request", http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), paramsKey{}, p)))
	})
}

func replyError(w http.ResponseWriter, r *http.Request, to, state, code string) {
	u, err := url.Parse(to)
	if err != nil {
		http.Error(w, "server_error", http.StatusInternalServerError)
		return
	}
	q := u.Query()
	q.Set("error", code)
	q.Set("state", state)
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

type Authorize struct{ Clients service.Clients }

func (a *Authorize) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p, ok := r.Context().Value(paramsKey{}).(*authorizeParams)
	if !ok {
		http.Error(w, "server_error", http.StatusInternalServerError)
		return
	}
	if p.ResponseType != "code" {
		replyError(w, r, p.RedirectURI, p.State, "unsupported_response_type")
		return
	}
	loc, err := a.Clients.Authorize(p.ClientID, p.RedirectURI, p.State)
	if err != nil {
		if errors.Is(err, service.ErrInvalidRedirectURI) {
			replyError(w, r, p.RedirectURI, p.State, "invalid_request") // want `redirect to a redirect_uri the check refused`
		} else {
			http.Error(w, "server_error", http.StatusInternalServerError)
		}
		return
	}
	http.Redirect(w, r, loc.String(), http.StatusFound)
}

type Consent struct{ Clients service.Clients }

func (c *Consent) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.Context().Value(paramsKey{}).(*authorizeParams)
	if ok := c.Clients.Registered(p.ClientID, p.RedirectURI); !ok {
		http.Redirect(w, r, p.RedirectURI+"?error=access_denied&state="+url.QueryEscape(p.State), http.StatusFound) // want `redirect to a redirect_uri the check refused`
		return
	}
	http.Redirect(w, r, p.RedirectURI+"?code=c0de&state="+url.QueryEscape(p.State), http.StatusFound)
}
