// Package ropc logs users in with the resource owner password credentials
// grant, in every way SDKs do it.
package ropc

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

const tokenURL = "https://idp.example.com/oauth/token"

var conf = &oauth2.Config{ClientID: "app", Endpoint: oauth2.Endpoint{TokenURL: tokenURL}}

func WithOAuth2(ctx context.Context, user, pass string) (*oauth2.Token, error) {
	return conf.PasswordCredentialsToken(ctx, user, pass) // want `resource owner password credentials grant \(oauth2.Config.PasswordCredentialsToken\): the client sees the user's password .* \(RFC 9700 §2.4\); if example.com/fixtures/passwordgrant/ropc is trusted with passwords, list it as trusted \(-passwordgrant.trusted\)`
}

func WithForm(user, pass string) (*http.Response, error) {
	return http.PostForm(tokenURL, url.Values{
		"grant_type": {"password"}, // want `resource owner password credentials grant \(grant_type=password\)`
		"username":   {user},
		"password":   {pass},
		"client_id":  {"app"},
	})
}

func WithSet(user, pass string) (*http.Request, error) {
	form := make(url.Values)
	form.Set("grant_type", grantPassword) // want `resource owner password credentials grant \(grant_type=password\)`
	form.Set("username", user)
	form.Set("password", pass)
	return http.NewRequest(http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
}

const grantPassword = "password"

// WithCapitals is a password grant spelt the way one storage API wants it.
func WithCapitals(user, loginToken string) (*http.Response, error) {
	values := url.Values{}
	values.Set("grant_type", "PASSWORD") // want `resource owner password credentials grant \(grant_type=password\)`
	values.Set("username", user)
	values.Set("password", loginToken)
	return http.PostForm(tokenURL, values)
}

type tokenRequest struct {
	GrantType string `json:"grant_type"`
	Username  string `json:"username"`
	Password  string `json:"password"`
	ClientID  string `json:"client_id"`
	Realm     string `json:"realm,omitempty"`
}

func WithJSON(user, pass string) (*http.Response, error) {
	body, err := json.Marshal(tokenRequest{GrantType: "password", Username: user, Password: pass, ClientID: "app"}) // want `resource owner password credentials grant \(grant_type=password\)`
	if err != nil {
		return nil, err
	}
	return http.Post(tokenURL, "application/json", bytes.NewReader(body))
}

func WithAuth0Realm(user, pass string) (*http.Response, error) {
	req := tokenRequest{Username: user, Password: pass, ClientID: "app", Realm: "Username-Password-Authentication"}
	req.GrantType = "http://auth0.com/oauth/grant-type/password-realm" // want `resource owner password credentials grant \(Auth0's password-realm grant\)`
	body, _ := json.Marshal(req)
	return http.Post(tokenURL, "application/json", bytes.NewReader(body))
}

func WithMap(user, pass string) ([]byte, error) {
	return json.Marshal(map[string]string{
		"grant_type": "password", // want `resource owner password credentials grant \(grant_type=password\)`
		"username":   user,
		"password":   pass,
	})
}

func WithString(user, pass string) (*http.Response, error) {
	body := "grant_type=password&username=" + url.QueryEscape(user) + "&password=" + url.QueryEscape(pass) // want `resource owner password credentials grant \(grant_type=password\)`
	return http.Post(tokenURL, "application/x-www-form-urlencoded", strings.NewReader(body))
}

// WithClientCredentials looks like a machine login, but EndpointParams
// overrides grant_type.
func WithClientCredentials(ctx context.Context, user, pass string) (*oauth2.Token, error) {
	cc := &clientcredentials.Config{
		ClientID:     "app",
		ClientSecret: "secret",
		TokenURL:     tokenURL,
		EndpointParams: url.Values{
			"grant_type": {"password"}, // want `resource owner password credentials grant \(grant_type=password in EndpointParams\): clientcredentials.Config.EndpointParams overrides its client_credentials grant`
			"username":   {user},
			"password":   {pass},
		},
	}
	return cc.Token(ctx)
}
