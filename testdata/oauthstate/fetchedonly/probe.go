// Package fetchedonly is a conformance checker for authorization
// servers. Its probes request authorization URLs with their own HTTP
// client and read the redirect themselves: no browser, no callback to
// forge. Its login handler sends a browser to the same kind of URL.
package fetchedonly

import (
	"context"
	"net/http"
	"net/url"
)

var noFollow = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// RedirectsWithoutState reports whether the server issues a code for a
// request that carries no state.
func RedirectsWithoutState(ctx context.Context, endpoint, client, callback string) (bool, error) {
	u, err := url.Parse(endpoint)
	if err != nil {
		return false, err
	}
	q := u.Query()
	q.Set("response_type", "code")
	q.Set("client_id", client)
	q.Set("redirect_uri", callback)
	u.RawQuery = q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return false, err
	}
	resp, err := noFollow.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusFound, nil
}

// Login starts a real login: the browser carries it, and the callback
// cannot tell this login from a forged one.
func Login(w http.ResponseWriter, r *http.Request) {
	u, _ := url.Parse("https://sso.example.org/authorize")
	q := u.Query() // want `authorization request without a state`
	q.Set("response_type", "code")
	q.Set("client_id", "console")
	q.Set("redirect_uri", "https://console.example.org/cb")
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}
