// The same unchecked redirect written differently: parsed inline with
// url.Parse, the code set by a method returning (url.Values, error), the
// URL kept in a record's field as u.String(), and the redirect made to
// u.String() after its RawQuery is replaced.
package parsedhelper2

import (
	"crypto/rand"
	"errors"
	"net/http"
	"net/url"
)

type record struct{ back string }

type idp struct{ issued map[string]record }

func (p *idp) issue(u *url.URL, state string) (url.Values, error) {
	if state == "" {
		return nil, errors.New("state required")
	}
	v := u.Query()
	c := rand.Text()
	p.issued[c] = record{back: u.String()}
	v.Set("code", c)
	v.Set("state", state)
	return v, nil
}

func (p *idp) Approve(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("redirect_uri"))
	if err != nil || u.Scheme != "https" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	v, err := p.issue(u, r.URL.Query().Get("state"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound) // want `redirect_uri never checked`
}

func (p *idp) Token(w http.ResponseWriter, r *http.Request) {
	rec, ok := p.issued[r.PostFormValue("code")]
	if !ok || rec.back != r.PostFormValue("redirect_uri") {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	w.Write([]byte(`{"access_token":"` + rand.Text() + `"}`))
}
