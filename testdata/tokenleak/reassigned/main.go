// Command reassigned is a CLI that reuses its variables: res and bits
// first hold the token endpoint's answer (printed: reported), then an
// API request whose Authorization header carries the access token
// (dumped: reported as that token), then the API's answer (dumped:
// silent, it holds no token).
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
)

type tokenResponse struct {
	AccessToken string `json:"access_token"`
}

func run(code string) error {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}, "client_id": {"cli"}, "redirect_uri": {"http://127.0.0.1:8401"}}
	res, err := http.Post("https://login.example.com/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	bits, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	fmt.Printf("token response: %s\n", bits) // want `token endpoint's response printed to standard output`
	var tok tokenResponse
	if err := json.Unmarshal(bits, &tok); err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodGet, "https://api.example.com/tenants", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	bits, err = httputil.DumpRequest(req, true)
	if err != nil {
		return err
	}
	fmt.Println("request:\n" + string(bits)) // want `access token printed to standard output`
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	bits, err = httputil.DumpResponse(res, true)
	if err != nil {
		return err
	}
	fmt.Println("response:\n" + string(bits))
	return nil
}

func main() {
	if err := run("from-the-callback"); err != nil {
		fmt.Println(err)
	}
}
