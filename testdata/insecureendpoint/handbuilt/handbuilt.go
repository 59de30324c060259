// Hand-built requests over plain http: an authorization URL and a token
// request posted with http.PostForm.
package handbuilt

import (
	"fmt"
	"net/http"
	"net/url"
)

const idp = "http://id.contoso.net"

func LoginURL(clientID, state string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", clientID)
	q.Set("state", state)
	q.Set("redirect_uri", "https://app.example.net/cb")
	return idp + "/authorize?" + q.Encode() // want `authorization endpoint over plain http to id.contoso.net \(the authorization URL built by hand\)`
}

func Redeem(code string) error {
	resp, err := http.PostForm(idp+"/token", url.Values{ // want `token endpoint over plain http to id.contoso.net \(the token request's URL\)`
		"grant_type": {"authorization_code"},
		"code":       {code},
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Local talks to a loopback test server: silent.
func Local(code string) error {
	resp, err := http.PostForm("http://127.0.0.1:4444/oauth2/token", url.Values{"grant_type": {"authorization_code"}, "code": {code}})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Configured: the host comes from the caller.
func Configured(host, code string) error {
	resp, err := http.PostForm(fmt.Sprintf("http://%s/token", host), url.Values{"grant_type": {"authorization_code"}, "code": {code}})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
