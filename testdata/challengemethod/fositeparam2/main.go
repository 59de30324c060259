// Command fositeparam2 fills fosite's configuration field by field in
// main and hands it to the function that composes every factory, called
// once: plain is allowed (reported at the assignment). The helper's
// other configuration, built with S256 only and given to a helper called
// from two places, is silent.
package main

import (
	"net/http"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func main() {
	var conf fosite.Config
	conf.GlobalSecret = []byte("0123456789abcdef0123456789abcdef")
	conf.EnforcePKCE = true
	conf.EnablePKCEPlainChallengeMethod = true // want `this authorization server accepts code_challenge_method=plain`
	provider := newProvider(&conf)
	http.HandleFunc("/oauth2/auth", func(w http.ResponseWriter, r *http.Request) {
		ar, err := provider.NewAuthorizeRequest(r.Context(), r)
		if err != nil {
			provider.WriteAuthorizeError(r.Context(), w, ar, err)
			return
		}
	})
	a, b := shared(&fosite.Config{EnforcePKCE: true}), shared(&fosite.Config{EnforcePKCE: true, EnablePKCEPlainChallengeMethod: false})
	_, _ = a, b
	_ = http.ListenAndServe(":8080", nil)
}

func newProvider(c *fosite.Config) fosite.OAuth2Provider {
	return compose.ComposeAllEnabled(c, storage.NewExampleStore(), []byte("0123456789abcdef0123456789abcdef"))
}

func shared(c *fosite.Config) fosite.OAuth2Provider {
	return compose.Compose(c, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(c),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}
