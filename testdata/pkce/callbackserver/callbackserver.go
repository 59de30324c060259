// Package callbackserver mirrors a real CLI library: the browser launcher
// is a function-typed field, and the callback server listens on ":port"
// (all interfaces). The loopback redirect URI still shows a native app.
package callbackserver

import (
	"fmt"
	"net/http"
	"net/url"
)

type Impersonator struct {
	ClientID        string
	BaseURL         string
	Port            int
	BrowserLauncher func(string) error
}

func (i Impersonator) Serve(h http.Handler) error {
	srv := &http.Server{Addr: fmt.Sprintf(":%v", i.Port), Handler: h}
	return srv.ListenAndServe()
}

func (i Impersonator) Authorize() error {
	v := url.Values{}
	v.Add("response_type", "code") // want `authorization code flow without PKCE in a native client: redirects to a loopback address`
	v.Add("client_id", i.ClientID)
	v.Add("redirect_uri", fmt.Sprintf("http://localhost:%v", i.Port))
	u, err := url.Parse(i.BaseURL + "/oauth/authorize")
	if err != nil {
		return err
	}
	u.RawQuery = v.Encode()
	return i.BrowserLauncher(u.String())
}
