// Package upstream builds the first part of an authorization URL.
package upstream

import "net/url"

// Start returns the provider's authorization endpoint with the login's
// state already in its query.
func Start(endpoint, state string) *url.URL {
	u, err := url.Parse(endpoint)
	if err != nil {
		return &url.URL{}
	}
	v := u.Query()
	v.Set("state", state)
	u.RawQuery = v.Encode()
	return u
}
