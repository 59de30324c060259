// Package approvalpage is an authorization server that sends the browser
// to its own approval page with the client, scope and redirect URI of
// the request it received: a relative URL on this server, not an
// authorization request (silent). A login of its own at GitHub, whose
// authorization endpoint takes client_id and redirect_uri without
// response_type, still needs a state (reported).
package approvalpage

import (
	"net/http"
	"path"

	"github.com/openshift/osin"
)

type grantRecord struct {
	Client      osin.Client
	Scope       string
	RedirectURI string
}

func toApproval(w http.ResponseWriter, r *http.Request, g grantRecord, sub string) {
	back := *r.URL
	back.Host, back.Scheme = "", ""
	target := &url{
		Path: path.Join("authorize", sub),
		RawQuery: values{
			"then":         {back.String()},
			"client_id":    {g.Client.GetId()},
			"scope":        {g.Scope},
			"redirect_uri": {g.RedirectURI},
		}.Encode(),
	}
	w.Header().Set("Location", target.String())
	w.WriteHeader(http.StatusFound)
}

func githubLogin(w http.ResponseWriter, r *http.Request) {
	target := &url{
		Scheme: "https",
		Host:   "github.com",
		Path:   "/login/oauth/authorize",
		RawQuery: values{ // want `authorization request without a state`
			"client_id":    {"Iv1.8a61f9b3a7aba766"},
			"redirect_uri": {"https://idp.example.com/upstream/callback"},
		}.Encode(),
	}
	http.Redirect(w, r, target.String(), http.StatusFound)
}
