// An authorization server whose redirect check lives two packages away,
// behind a method: reported where the request's redirect_uri is handed
// to it, token endpoint included.
package crosspkg2

import (
	"net/http"
	"net/url"

	"example.com/fixtures/redirecturi/crosspkg2/policy"
)

type AuthorizeRequest struct {
	ClientID    string
	RedirectURI string
	State       string
}

type Provider struct {
	reg       *policy.Registry
	callbacks map[string]string
}

func (p *Provider) parse(r *http.Request) (*AuthorizeRequest, error) {
	uri, err := url.QueryUnescape(r.FormValue("redirect_uri"))
	if err != nil {
		return nil, err
	}
	return &AuthorizeRequest{ClientID: r.FormValue("client_id"), RedirectURI: uri, State: r.FormValue("state")}, nil
}

func (p *Provider) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ar, err := p.parse(r)
	if err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	target, err := p.reg.Check(p.callbacks[ar.ClientID], ar.RedirectURI) // want `redirect_uri matched by prefix \(strings.HasPrefix\), not exact comparison: this call hands the requested URI to \(\*policy.Registry\).Check, which compares it at uris.go:39`
	if err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, target+"?code=c0de&state="+url.QueryEscape(ar.State), http.StatusFound)
}

// exact is the good twin: the requested URI compared whole.
func (p *Provider) exact(w http.ResponseWriter, r *http.Request) {
	ar, err := p.parse(r)
	if err != nil || ar.RedirectURI != p.callbacks[ar.ClientID] {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, ar.RedirectURI+"?code=c0de&state="+url.QueryEscape(ar.State), http.StatusFound)
}

func main() {
	p := &Provider{reg: &policy.Registry{}, callbacks: map[string]string{"app": "https://app.example.com/cb"}}
	http.Handle("/authorize", p)
	http.HandleFunc("/authorize-exact", p.exact)
	_ = http.ListenAndServe(":8443", nil)
}
