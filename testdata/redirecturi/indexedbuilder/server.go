// An identity provider whose login form posts back to a handler that
// reads the redirect_uri by indexing the query (q["redirect_uri"][0]),
// hands it to a builder that only keeps it in the code's record, and
// sends the code there: the authorization endpoint checked the URI, but
// this handler reads it again from its own request, unchecked.
package indexedbuilder

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"slices"
	"time"
)

type Grant struct {
	Code        string
	ClientID    string
	RedirectURI string
	Expires     time.Time
}

var grants []Grant

var allowed = []string{"https://app.example/callback"}

func newGrant(clientID, redirectURI string) *Grant {
	return &Grant{Code: rand.Text(), ClientID: clientID, RedirectURI: redirectURI, Expires: time.Now().Add(time.Minute)}
}

func keep(g *Grant) { grants = append(grants, *g) }

// Authorize checks the URI and shows the login form.
func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !slices.Contains(allowed, q.Get("redirect_uri")) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, `<form method="post" action="/login?%s"><input name="password" type="password"></form>`, r.URL.RawQuery)
}

// Login issues the code to the URI of its own query.
func Login(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("password") != "hunter2" {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	q := r.URL.Query()
	clientID := q["client_id"][0]
	redirectURI := q["redirect_uri"][0]
	g := newGrant(clientID, redirectURI)
	keep(g)
	w.Header().Set("Location", fmt.Sprintf("%s?code=%s&state=%s", redirectURI, g.Code, q["state"][0])) // want `redirect_uri never checked`
	w.WriteHeader(http.StatusFound)
}

// Token binds the code to the URI it was issued for (RFC 6749 §4.1.3).
func Token(w http.ResponseWriter, r *http.Request) {
	for i, g := range grants {
		if g.Code != r.PostFormValue("code") {
			continue
		}
		if g.RedirectURI != r.PostFormValue("redirect_uri") || time.Now().After(g.Expires) {
			break
		}
		grants = slices.Delete(grants, i, i+1)
		w.Write([]byte(`{"access_token":"` + rand.Text() + `","token_type":"Bearer"}`))
		return
	}
	http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
}
