// Package plainsetting sends the PKCE method its operator configured:
// the plain branch runs only when the configuration says so (silent, as
// a setting that turns TLS verification off). Its legacy login sends
// plain whatever the configuration (reported).
package plainsetting

import (
	"net/http"

	"golang.org/x/oauth2"
)

type PKCEConfig struct {
	Enabled bool
	Method  string
}

type Provider struct {
	conf *oauth2.Config
	pkce PKCEConfig
}

func (p *Provider) Login(w http.ResponseWriter, r *http.Request, state string) {
	var opts []oauth2.AuthCodeOption
	if p.pkce.Enabled {
		v := oauth2.GenerateVerifier()
		switch p.pkce.Method {
		case "S256":
			opts = append(opts, oauth2.S256ChallengeOption(v))
		case "plain":
			opts = append(opts, oauth2.SetAuthURLParam("code_challenge_method", "plain"), oauth2.SetAuthURLParam("code_challenge", v))
		default:
			http.Error(w, "bad pkce method", http.StatusInternalServerError)
			return
		}
	}
	http.Redirect(w, r, p.conf.AuthCodeURL(state, opts...), http.StatusFound)
}

func (p *Provider) LegacyLogin(w http.ResponseWriter, r *http.Request, state string) {
	v := oauth2.GenerateVerifier()
	u := p.conf.AuthCodeURL(state, oauth2.SetAuthURLParam("code_challenge_method", "plain"), oauth2.SetAuthURLParam("code_challenge", v)) // want `code_challenge_method=plain makes the challenge the verifier itself`
	http.Redirect(w, r, u, http.StatusFound)
}
