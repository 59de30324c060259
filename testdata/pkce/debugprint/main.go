// Command debugprint tests a login form end to end: it requests the
// authorization URL with its own client, posts the credentials the form
// asks for, and takes the code from the redirect. It prints the URL for
// debugging; no user opens it.
package main

import (
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"strings"
)

func main() {
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	issuer := os.Getenv("ISSUER")
	authURL := issuer + "/protocol/openid-connect/auth?client_id=tester&response_type=code&scope=openid&redirect_uri=" + url.QueryEscape(os.Getenv("CALLBACK"))
	fmt.Println("DEBUG: authUrl: " + authURL)
	page, err := c.Get(authURL)
	if err != nil {
		os.Exit(1)
	}
	page.Body.Close()
	form := url.Values{"username": {os.Getenv("TEST_USER")}, "password": {os.Getenv("TEST_PASSWORD")}}
	res, err := c.PostForm(issuer+"/login-actions/authenticate", form)
	if err != nil {
		os.Exit(1)
	}
	loc, _ := url.Parse(res.Header.Get("Location"))
	body := url.Values{
		"grant_type":    {"authorization_code"},
		"client_id":     {"tester"},
		"client_secret": {os.Getenv("CLIENT_SECRET")},
		"code":          {loc.Query().Get("code")},
		"redirect_uri":  {os.Getenv("CALLBACK")},
	}
	tok, err := c.Post(issuer+"/protocol/openid-connect/token", "application/x-www-form-urlencoded", strings.NewReader(body.Encode()))
	if err != nil {
		os.Exit(1)
	}
	fmt.Println("token endpoint:", tok.Status)
}
