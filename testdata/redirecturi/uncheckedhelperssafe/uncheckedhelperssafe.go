// Package uncheckedhelperssafe reads the requested URI in a helper that
// compares it with the client's registered URI before returning it, and
// in a second endpoint hands the request to a validator it cannot
// see (an interface): both may check it, and neither is reported.
package uncheckedhelperssafe

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

type client struct{ redirectURI string }

var clients = map[string]*client{}

var errRedirect = errors.New("redirect_uri does not match")

func checkedURI(r *http.Request) (*url.URL, error) {
	c := clients[r.FormValue("client_id")]
	uri := r.FormValue("redirect_uri")
	if c == nil || uri != c.redirectURI {
		return nil, errRedirect
	}
	return url.Parse(uri)
}

func sendBack(w http.ResponseWriter, r *http.Request, to string, q url.Values) {
	http.Redirect(w, r, fmt.Sprintf("%s?%s", to, q.Encode()), http.StatusFound)
}

func Grant(w http.ResponseWriter, r *http.Request) {
	back, err := checkedURI(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	q := back.Query()
	q.Set("code", "c")
	sendBack(w, r, back.String(), q)
}

// Validator is implemented elsewhere (the client registry).
type Validator interface {
	Check(r *http.Request) error
}

var registry Validator

func uriOf(r *http.Request) (string, error) {
	if err := registry.Check(r); err != nil {
		return "", err
	}
	return r.FormValue("redirect_uri"), nil
}

func Grant2(w http.ResponseWriter, r *http.Request) {
	uri, err := uriOf(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	sendBack(w, r, uri, url.Values{"code": {"c"}})
}
