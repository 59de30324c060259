// Package svc is an authorization server's service layer: it serves no
// request itself, and reads the method from a tagged request field.
package svc

import "errors"

const (
	MethodS256  = "S256"
	MethodPlain = "plain"
)

type AuthorizeRequest struct {
	RedirectURI string  `form:"redirect_uri"`
	Challenge   *string `form:"code_challenge"`
	Method      *string `form:"code_challenge_method"`
}

var ErrInvalid = errors.New("invalid_request")

func validMethod(m string) bool {
	return m == MethodS256 || m == MethodPlain // want `this authorization server accepts code_challenge_method=plain: the authorization endpoint accepts code_challenge_method "plain" \(the values it lets through in Check\)`
}

func Check(req *AuthorizeRequest) error {
	if req.Challenge == nil {
		return nil
	}
	method := MethodPlain
	if req.Method != nil && *req.Method != "" {
		method = *req.Method
	}
	if !validMethod(method) {
		return ErrInvalid
	}
	return nil
}
