// Package straygrant builds its authorization request by hand with a
// stray grant_type=authorization_code beside response_type=code, and
// opens it in the browser: still an authorization request (a code
// exchange carries the code), and it sends no state (reported). The
// code exchange that follows, with the same stray pair, is a token
// request.
package straygrant

import (
	"net/http"
	"net/url"
	"os/exec"
	"strings"
)

const authorizeURL = "https://login.example.com/common/oauth2/v2.0/authorize"

func Login(clientID, redirect string) error {
	v := url.Values{} // want `authorization request without a state`
	v.Set("grant_type", "authorization_code")
	v.Set("redirect_uri", redirect)
	v.Set("response_type", "code")
	v.Set("client_id", clientID)
	u, err := url.Parse(authorizeURL)
	if err != nil {
		return err
	}
	u.RawQuery = v.Encode()
	return exec.Command("xdg-open", u.String()).Start()
}

func Redeem(clientID, redirect, code string) (*http.Response, error) {
	v := url.Values{}
	v.Set("grant_type", "authorization_code")
	v.Set("response_type", "code")
	v.Set("code", code)
	v.Set("redirect_uri", redirect)
	v.Set("client_id", clientID)
	return http.Post("https://login.example.com/common/oauth2/v2.0/token", "application/x-www-form-urlencoded", strings.NewReader(v.Encode()))
}
