// Package literalgrant2 builds its token form from a pointer to a
// parameters literal: the grant it names is the password grant
// (reported).
package literalgrant2

import (
	"net/http"
	"net/url"
)

type tokenParams struct {
	GrantType string
	Username  string
	Password  string
}

func Login(user, pass string) (*http.Response, error) {
	p := &tokenParams{GrantType: "password", Username: user, Password: pass}
	return http.PostForm("https://auth.contoso.net/oauth/token", url.Values{
		"grant_type": {p.GrantType}, // want `resource owner password credentials grant \(grant_type=password\)`
		"username":   {p.Username},
		"password":   {p.Password},
	})
}
