// The second shape: a method that returns the default client unless the
// configuration's lab flag is set, and a token request sent with the
// client it returns: silent.
package skipverifyreturn2

import (
	"crypto/tls"
	"net/http"
	"net/url"
)

type settings struct {
	Lab      bool
	TokenURL string
}

type idp struct{ cfg settings }

func (i *idp) client() *http.Client {
	if !i.cfg.Lab {
		return http.DefaultClient
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
}

func (i *idp) Machine(id, secret string) (*http.Response, error) {
	return i.client().PostForm(i.cfg.TokenURL, url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}})
}
