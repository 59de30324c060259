package session

import (
	"context"

	"github.com/auth0/go-auth0/authentication"
	"github.com/auth0/go-auth0/authentication/oauth"

	"example.com/fixtures/tokenleak/rendered/applog"
	"example.com/fixtures/tokenleak/rendered/textutil"
)

type Refresher struct {
	API *authentication.Authentication
	Log applog.Logger
}

func (r *Refresher) Refresh(ctx context.Context, refreshToken string) (string, error) {
	set, err := r.API.OAuth.RefreshToken(ctx, oauth.RefreshTokenRequest{RefreshToken: refreshToken}, oauth.IDTokenValidationOptions{})
	if err != nil {
		r.Log.Errorf("refresh failed: %v", err)
		return "", err
	}
	r.Log.Debug(textutil.JSON(set)) // want `token response written to a log`
	r.Log.Info("refreshed, expires in " + textutil.JSON(set.ExpiresIn))
	r.Log.Info(textutil.Upper(set.TokenType))
	r.Log.Debug(set.AccessToken) // want `access token written to a log`
	return set.AccessToken, nil
}
