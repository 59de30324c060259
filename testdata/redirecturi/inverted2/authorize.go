// Package inverted2 checks the requested redirect URI at the
// authorization endpoint with strings.Contains the wrong way round (the
// match answers an error), and with a negated prefix test elsewhere,
// which is the usual loose match.
package inverted2

import (
	"net/http"
	"strings"
)

type client struct{ redirect string }

var clients = map[string]client{"app": {redirect: "https://app.example.com/callback"}}

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	c, ok := clients[q.Get("client_id")]
	requested := q.Get("redirect_uri")
	if !ok {
		http.Error(w, "invalid_client", http.StatusBadRequest)
		return
	}
	if strings.Contains(requested, c.redirect) && requested != c.redirect { // want `matched by strings.Contains, the wrong way round`
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, requested+"?code=issued&state="+q.Get("state"), http.StatusFound)
}

func Consent(w http.ResponseWriter, r *http.Request) {
	c := clients[r.FormValue("client_id")]
	back := r.FormValue("redirect_uri")
	if !strings.HasPrefix(back, c.redirect) { // want `any URI that starts with the registered one passes`
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, back+"?code=issued", http.StatusFound)
}
