// Safe shapes of an indexed redirect_uri: the value compared exactly
// with the client's registered URI, or handed to a builder that checks
// it before keeping it, is checked; nothing is reported.
package indexedbuildersafe

import (
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
)

type client struct{ redirect string }

var clients = map[string]client{"app": {redirect: "https://app.example/cb"}}

type grant struct{ code, redirect string }

var grants = map[string]grant{}

// Compared in the handler.
func approve(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	c, ok := clients[q["client_id"][0]]
	uri := q["redirect_uri"][0]
	if !ok || uri != c.redirect {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code := rand.Text()
	grants[code] = grant{code: code, redirect: uri}
	w.Header().Set("Location", fmt.Sprintf("%s?code=%s", uri, code))
	w.WriteHeader(http.StatusFound)
}

// Checked by the builder it is handed to.
func issue(clientID, uri string) (grant, error) {
	c, ok := clients[clientID]
	if !ok || c.redirect != uri {
		return grant{}, errors.New("redirect_uri not registered")
	}
	return grant{code: rand.Text(), redirect: uri}, nil
}

func approveChecked(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	uri := r.Form["redirect_uri"][0]
	g, err := issue(r.Form["client_id"][0], uri)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	grants[g.code] = g
	http.Redirect(w, r, uri+"?code="+g.code, http.StatusFound)
}
