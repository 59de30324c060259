// Package app is the whole of a program named give-me-accesstoken: it
// gets a token with the client credentials grant and prints it, which is
// what the program is for (the module's name says so): silent.
package app

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type reply struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

func Run(endpoint, id, secret string, bare bool) error {
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}}
	resp, err := http.Post(endpoint, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out reply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if bare {
		fmt.Println(out.AccessToken)
		return nil
	}
	fmt.Printf("access_token: %s (expires in %ds)\n", out.AccessToken, out.ExpiresIn)
	return nil
}
