// The interface and its implementation in the handler's own package; the
// Config is embedded by value, and one callback sends a PKCE verifier.
package promotedexchange2

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

type oauthClient interface {
	AuthCodeURL(state string, opts ...oauth2.AuthCodeOption) string
	Exchange(context.Context, string, ...oauth2.AuthCodeOption) (*oauth2.Token, error)
}

type githubApp struct {
	oauth2.Config
	org string
}

var client oauthClient = &githubApp{
	Config: oauth2.Config{ClientID: "id", ClientSecret: "secret", RedirectURL: "https://ci.example.org/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://gh.example.com/login/oauth/authorize", TokenURL: "https://gh.example.com/login/oauth/access_token"}},
	org: "acme",
}

func callback(w http.ResponseWriter, req *http.Request) {
	q := req.URL.Query()
	if _, err := client.Exchange(req.Context(), q.Get("code")); err != nil { // want `callback exchanges the code without checking state`
		w.WriteHeader(http.StatusForbidden)
	}
}

func pkceCallback(w http.ResponseWriter, req *http.Request) {
	v, err := req.Cookie("pkce")
	if err != nil {
		return
	}
	if _, err := client.Exchange(req.Context(), req.FormValue("code"), oauth2.VerifierOption(v.Value)); err != nil { // want `callback exchanges the code without checking state.*low severity`
		w.WriteHeader(http.StatusForbidden)
	}
}

func checkedCallback(w http.ResponseWriter, req *http.Request) {
	s, err := req.Cookie("state")
	if err != nil || s.Value != req.FormValue("state") {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if _, err := client.Exchange(req.Context(), req.FormValue("code")); err != nil {
		w.WriteHeader(http.StatusForbidden)
	}
}
