// Package firstparty signs a user in to the application's own Supabase
// project with email and password, as supabase-js's signInWithPassword
// does: GoTrue's password grant is the project's own sign-in, not a
// third-party client handed a password, and is not reported. The same
// body posted to another provider's token endpoint is.
package firstparty

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

type Project struct {
	URL     string // https://<ref>.supabase.co
	AnonKey string
}

func (p Project) SignIn(ctx context.Context, email, password string) (*http.Response, error) {
	body, err := json.Marshal(map[string]string{"email": email, "password": password})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s/auth/v1/token?grant_type=password", p.URL), bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("apikey", p.AnonKey)
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}

func LoginPartner(ctx context.Context, user, password string) (*http.Response, error) {
	form := url.Values{
		"grant_type": {"password"}, // want `resource owner password credentials grant \(grant_type=password\)`
		"username":   {user},
		"password":   {password},
		"client_id":  {"partner-portal"},
	}
	return http.PostForm("https://login.partner.example.org/oauth2/token", form)
}
