// The requested URI kept in an exported field of the package's own
// record, which is handed to a store of another package that may read
// and check it: silent (compare keptcode, whose map nothing but the token
// endpoint reads).
package keptcodesafe2

import (
	"crypto/rand"
	"net/http"
	"net/url"

	"example.com/fixtures/redirecturi/keptcodesafe2/grants"
)

type Grant struct {
	Code, ClientID, RedirectURI string
}

type Endpoint struct{ Store grants.Store }

func (e *Endpoint) Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	target := q.Get("redirect_uri")
	g := Grant{Code: rand.Text(), ClientID: q.Get("client_id"), RedirectURI: target}
	if err := e.Store.Put(g); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, target+"?"+url.Values{"code": {g.Code}}.Encode(), http.StatusFound)
}
