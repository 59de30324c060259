// An authorization endpoint whose helper parses the requested
// redirect_uri into a *url.URL (falling back to the registered one only
// when none is sent) and never compares it; the code is set on the URL's
// query by another helper, kept as u.String(), and sent by a redirect
// wrapper.
package parsedhelper

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"net/url"
)

type client struct{ id, redirect string }

var clients = map[string]*client{"web": {id: "web", redirect: "https://web.example/cb"}}

var codes = map[string]string{}

func requested(r *http.Request, c *client) (*url.URL, error) {
	raw := r.Form.Get("redirect_uri")
	if raw == "" {
		raw = c.redirect
	}
	return url.ParseRequestURI(raw)
}

func bounce(w http.ResponseWriter, r *http.Request, to *url.URL, q url.Values) {
	http.Redirect(w, r, fmt.Sprintf("%s?%s", to.String(), q.Encode()), http.StatusFound)
}

func grant(r *http.Request, to *url.URL) url.Values {
	q := to.Query()
	code := rand.Text()
	codes[code] = to.String()
	q.Set("code", code)
	if st := r.Form.Get("state"); st != "" {
		q.Set("state", st)
	}
	return q
}

func authorize(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	c, ok := clients[r.Form.Get("client_id")]
	if !ok {
		http.Error(w, "unauthorized_client", http.StatusBadRequest)
		return
	}
	to, err := requested(r, c)
	if err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	bounce(w, r, to, grant(r, to)) // want `redirect_uri never checked`
}
