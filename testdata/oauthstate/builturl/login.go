// A federated login whose upstream authority builds the authorization URL
// with the state it is given; the handler then adds the other parameters
// to that URL's query. The state is in the query the handler starts from,
// so nothing is missing: silent.
package builturl

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"net/url"
)

// Authority is an upstream identity provider; its implementations put the
// state they are given into the URL they return.
type Authority interface {
	AuthenticationURL(state string) (*url.URL, error)
}

type oidcAuthority struct{ endpoint *url.URL }

func (a *oidcAuthority) AuthenticationURL(state string) (*url.URL, error) {
	u := *a.endpoint
	q := make(url.Values)
	q.Set("state", state)
	u.RawQuery = q.Encode()
	return &u, nil
}

type Login struct {
	Upstream    Authority
	ClientID    string
	CallbackURL string
}

func newState() string {
	b := make([]byte, 24)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (l *Login) Start(w http.ResponseWriter, r *http.Request) {
	state := newState()
	http.SetCookie(w, &http.Cookie{Name: "login_state", Value: state, HttpOnly: true, Secure: true})

	uri, err := l.Upstream.AuthenticationURL(state)
	if err != nil {
		http.Error(w, "upstream not ready", http.StatusServiceUnavailable)
		return
	}
	query := uri.Query()
	query.Add("client_id", l.ClientID)
	query.Add("response_type", "code")
	query.Add("scope", "openid profile")
	query.Add("redirect_uri", l.CallbackURL)
	uri.RawQuery = query.Encode()
	http.Redirect(w, r, uri.String(), http.StatusFound)
}
