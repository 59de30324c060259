// The same unchecked redirect written differently: the form's values
// indexed after ParseForm, a method that builds the record in two steps
// (a constructor, then a setter of the pending record's field), kept in
// a map, and the redirect made with http.Redirect and url.Values.
package indexedbuilder2

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"sync"
)

type pending struct {
	client string
	back   string
}

type provider struct {
	mu    sync.Mutex
	codes map[string]*pending
}

func (p *provider) start(client string) *pending { return &pending{client: client} }

func (p *provider) withReturn(rec *pending, to string) *pending {
	if to == "" {
		return rec
	}
	rec.back = to
	return rec
}

func (p *provider) approve(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	to := r.Form["redirect_uri"][0]
	rec := p.withReturn(p.start(r.Form.Get("client_id")), to)
	code := rand.Text()
	p.mu.Lock()
	p.codes[code] = rec
	p.mu.Unlock()
	http.Redirect(w, r, to+"?"+url.Values{"code": {code}}.Encode(), http.StatusSeeOther) // want `redirect_uri never checked`
}

func (p *provider) exchange(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	rec, ok := p.codes[r.PostFormValue("code")]
	p.mu.Unlock()
	if !ok || rec.back != r.PostFormValue("redirect_uri") {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	w.Write([]byte(`{"access_token":"` + rand.Text() + `"}`))
}
