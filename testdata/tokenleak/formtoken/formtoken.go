// Package formtoken redeems a GitHub code; GitHub answers in form
// encoding unless asked for JSON, so the token is read from url.Values.
package formtoken

import (
	"io"
	"log"
	"net/http"
	"net/url"
	"strings"
)

func Exchange(clientID, secret, code string) (string, error) {
	form := url.Values{"client_id": {clientID}, "client_secret": {secret}, "code": {code}}
	resp, err := http.Post("https://github.com/login/oauth/access_token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	answer, err := url.ParseQuery(string(body))
	if err != nil {
		return "", err
	}
	token := answer.Get("access_token")
	log.Printf("github login ok, scope %q", answer.Get("scope"))
	log.Println("github token: " + token) // want `access token written to a log`
	return token, nil
}
