// Parsed redirect URIs that are checked: compared whole with the
// registered URI after parsing, or parsed from the registered one.
package parsedhelpersafe

import (
	"crypto/rand"
	"net/http"
	"net/url"
)

var registered = map[string]string{"web": "https://web.example/cb"}

func authorize(w http.ResponseWriter, r *http.Request) {
	u, err := url.ParseRequestURI(r.FormValue("redirect_uri"))
	if err != nil || u.String() != registered[r.FormValue("client_id")] {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	q := u.Query()
	q.Set("code", rand.Text())
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func authorizeRegistered(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(registered[r.FormValue("client_id")])
	if err != nil {
		http.Error(w, "unauthorized_client", http.StatusBadRequest)
		return
	}
	q := u.Query()
	q.Set("code", rand.Text())
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}
