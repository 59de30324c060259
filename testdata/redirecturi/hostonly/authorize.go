// Package hostonly admits a redirect URI when its host name is one of
// the client's registered domains, then sends the code to the full URI.
package hostonly

import (
	"net/http"
	"strings"
)

import "net/url"

type Client struct {
	Domains     string // comma-separated host names
	RedirectURI string
}

type AS struct {
	Clients map[string]Client
	NewCode func() string
}

func domainListed(host, domains string) bool {
	for _, d := range strings.Split(domains, ",") {
		if d == host {
			return true
		}
	}
	return false
}

func (a *AS) Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	cl, ok := a.Clients[q.Get("client_id")]
	u, err := url.Parse(q.Get("redirect_uri"))
	if !ok || err != nil || !domainListed(u.Hostname(), cl.Domains) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	v := u.Query()
	v.Set("code", a.NewCode())
	v.Set("state", q.Get("state"))
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound) // want `redirect_uri checked by host only: this authorization response sends the code to the URI the request names \(read at line 34\), of which the handler reads nothing but the host \(u.Hostname\(\) at line 35\)`
}

// Exact compares the whole URI with the registered one.
func (a *AS) Exact(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	cl, ok := a.Clients[q.Get("client_id")]
	raw := q.Get("redirect_uri")
	if !ok || raw != cl.RedirectURI {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	u, _ := url.Parse(raw)
	v := u.Query()
	v.Set("code", a.NewCode())
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}
