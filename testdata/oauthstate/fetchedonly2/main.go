// Package fetchedonly2 smoke-tests a staging identity provider: Smoke
// requests the authorization endpoint itself and checks the status;
// LoginLink is what the staging portal's page links to.
package fetchedonly2

import (
	"net/http"
	"net/url"
)

const authorize = "https://staging-idp.example.net/oauth2/auth"

func Smoke(client string) int {
	target := authorize + "?response_type=code&client_id=" + url.QueryEscape(client) + "&redirect_uri=https%3A%2F%2Fapp.example.net%2Fcb"
	resp, err := http.Get(target)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

func LoginLink(client string) string {
	return authorize + "?response_type=code&client_id=" + url.QueryEscape(client) // want `authorization request without a state`
}
