// Package refusedredirect looks the client up together with the
// requested redirect URI, and when that lookup fails (an unknown client
// or an unregistered URI) redirects to the requested URI anyway with
// error=access_denied: the refused URI gets the browser (reported). Its
// second endpoint answers the same failure with an error page (silent).
package refusedredirect

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
)

type filter map[string]any

type store interface {
	FindOne(ctx context.Context, f filter, out any) error
}

type client struct{ Key string }

type endpoint struct{ db store }

func (e *endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	id, back, state := q.Get("client_id"), q.Get("redirect_uri"), q.Get("state")
	lookup := filter{"key": id, "redirect_uris": back}
	var c client
	if err := e.db.FindOne(r.Context(), lookup, &c); err != nil {
		u, _ := url.Parse(back)
		v := u.Query()
		v.Set("error", "access_denied")
		v.Set("state", state)
		u.RawQuery = v.Encode()
		http.Redirect(w, r, u.String(), http.StatusFound) // want `redirect to a redirect_uri the check refused: this error reply runs when the check of the requested URI \(line 29\) fails`
		return
	}
	b := make([]byte, 16)
	rand.Read(b)
	u, _ := url.Parse(back)
	v := u.Query()
	v.Set("code", hex.EncodeToString(b))
	v.Set("state", state)
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

type pageEndpoint struct{ db store }

func (e *pageEndpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	back := q.Get("redirect_uri")
	var c client
	if err := e.db.FindOne(r.Context(), filter{"key": q.Get("client_id"), "redirect_uris": back}, &c); err != nil {
		http.Error(w, "unknown client or redirect_uri", http.StatusBadRequest)
		return
	}
	if q.Get("response_type") != "code" {
		http.Redirect(w, r, back+"?error=unsupported_response_type", http.StatusFound)
		return
	}
	http.Redirect(w, r, back+"?code="+c.Key, http.StatusFound)
}
