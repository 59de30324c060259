// Package forms declares the token request boundtoken's endpoint binds
// its form into.
package forms

type TokenRequest struct {
	GrantType   string `form:"grant_type" binding:"required"`
	Code        string `form:"code"`
	RedirectURI string `form:"redirect_uri"`
	ClientID    string `form:"client_id"`
}

func (t TokenRequest) IsValid() bool { return t.GrantType == "authorization_code" && t.Code != "" }
