// Package localtarget2 is localtarget written another way: the helper
// parses its base parameter, sets the query and keeps the URL's string
// in a local variable; one endpoint hands it the requested URI unchecked
// (reported), the other only after an exact comparison with the client's
// registered URI (silent).
package localtarget2

import (
	"crypto/rand"
	"net/http"
	"net/url"
)

type server struct{ registered map[string]string }

func sendCode(w http.ResponseWriter, r *http.Request, base string, q url.Values) {
	u, err := url.Parse(base)
	if err != nil {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	u.RawQuery = q.Encode()
	loc := u.String()
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, loc, http.StatusFound)
}

func (s *server) authorize(w http.ResponseWriter, r *http.Request) {
	back := r.URL.Query().Get("redirect_uri")
	sendCode(w, r, back, url.Values{"code": {rand.Text()}, "state": {r.URL.Query().Get("state")}}) // want `redirect_uri never checked`
}

func (s *server) authorizeChecked(w http.ResponseWriter, r *http.Request) {
	back := r.URL.Query().Get("redirect_uri")
	if back != s.registered[r.URL.Query().Get("client_id")] {
		http.Error(w, "unregistered redirect_uri", http.StatusBadRequest)
		return
	}
	sendCode(w, r, back, url.Values{"code": {rand.Text()}, "state": {r.URL.Query().Get("state")}})
}
