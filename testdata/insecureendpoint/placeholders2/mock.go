// Package mockidp serves a mock authorization server for integration
// runs; its hand-built requests name hosts under the .test, .invalid and
// .localhost top-level domains (RFC 6761 §6), and a subdomain of
// example.net. Plain http there is a placeholder, not a transport flaw;
// the one URL on a real host is reported.
package mockidp

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	mockIssuer   = "http://idp.mock.test"
	unreachable  = "http://token.invalid:8080"
	devCallback  = "http://app.localhost:5173/oauth/callback"
	docsEndpoint = "http://auth.sandbox.example.net"
	partnerToken = "http://api.tailspin-logistics.co/oauth/token"
)

// AuthorizeURL builds the mock server's authorization URL.
func AuthorizeURL(clientID, state string) string {
	v := url.Values{
		"response_type": {"code"},
		"client_id":     {clientID},
		"redirect_uri":  {devCallback},
		"state":         {state},
	}
	return mockIssuer + "/authorize?" + v.Encode()
}

// DocsURL is the sample URL shown in the mock's help page.
func DocsURL(state string) string {
	return docsEndpoint + "/authorize?response_type=code&client_id=sample&state=" + url.QueryEscape(state)
}

// Redeem posts a code to a host that never resolves (RFC 6761 §6.4).
func Redeem(code string) (*http.Response, error) {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}}
	return http.Post(unreachable+"/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

// RedeemPartner posts a code to a partner's real token endpoint.
func RedeemPartner(code string) (*http.Response, error) {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}}
	return http.PostForm(partnerToken, form) // want `token endpoint over plain http to api.tailspin-logistics.co`
}
