// Package drive builds its token request step by step on a resty v1
// request held in a variable, and prints the raw body.
package drive

import (
	"fmt"
	"net/url"

	resty "gopkg.in/resty.v1"
)

type Session struct{ Access string }

func Exchange(endpoint, id, secret, code, redirect string) (*Session, error) {
	req := resty.R()
	req.SetHeader("Accept", "application/json")
	form := url.Values{}
	form.Set("grant_type", "authorization_code")
	form.Set("code", code)
	form.Set("redirect_uri", redirect)
	form.Set("client_id", id)
	form.Set("client_secret", secret)
	req.SetMultiValueFormData(form)
	req.SetHeader("User-Agent", "drive/1.0")
	resp, err := req.Execute("POST", endpoint)
	if err != nil {
		return nil, err
	}
	raw := resp.Body()
	fmt.Println("exchange:", string(raw)) // want `token endpoint's response printed to standard output`
	if resp.StatusCode() >= 400 {
		fmt.Println("exchange failed:", resp.String())
	}
	return &Session{}, nil
}

// Profile asks the API for the user's profile; printing it is harmless.
func Profile(api, access string) {
	req := resty.R()
	req.SetAuthToken(access)
	resp, err := req.Get(api + "/me")
	if err == nil {
		fmt.Println(resp.String())
	}
}
