// Package idpsim is an OpenID provider that an integration suite starts:
// it is compiled into the tests only (it takes the suite's *testing.T),
// and its prefix check is an assertion on what the client under test
// sent, not a server's policy. Nothing to report, whatever the package is
// called.
package idpsim

import (
	"net/http"
	"strings"
	"testing"
)

type Provider struct {
	t           testing.TB
	wantPrefix  string
	issuedCodes map[string]string
}

func New(t testing.TB, wantPrefix string) *Provider {
	return &Provider{t: t, wantPrefix: wantPrefix, issuedCodes: map[string]string{}}
}

func (p *Provider) Authorize(w http.ResponseWriter, r *http.Request) {
	redirect := r.URL.Query().Get("redirect_uri")
	if !strings.HasPrefix(redirect, p.wantPrefix) {
		p.t.Errorf("redirect_uri = %q, want prefix %q", redirect, p.wantPrefix)
	}
	http.Redirect(w, r, redirect+"?code=c1&state="+r.URL.Query().Get("state"), http.StatusFound)
}
