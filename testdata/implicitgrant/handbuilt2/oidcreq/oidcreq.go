// Package oidcreq decodes an OpenID authentication request into a tagged
// struct and validates its response type in a switch whose default
// refuses: the hybrid and implicit values it lists are let through.
package oidcreq

import (
	"errors"
	"net/http"
)

const (
	ResponseTypeCode         = "code"
	ResponseTypeIDToken      = "id_token"
	ResponseTypeIDTokenToken = "id_token token"
	ResponseTypeCodeToken    = "code token"
)

type AuthRequest struct {
	ResponseType string `schema:"response_type"`
	ClientID     string `schema:"client_id"`
	Nonce        string `schema:"nonce"`
}

// Fragment is what the endpoint returns in the redirect's fragment for
// the implicit and hybrid response types.
type Fragment struct {
	AccessToken string `schema:"access_token,omitempty"`
	IDToken     string `schema:"id_token,omitempty"`
	State       string `schema:"state"`
}

var errUnsupported = errors.New("unsupported_response_type")

func (a *AuthRequest) Validate() error {
	switch a.ResponseType {
	case ResponseTypeCode:
		// the code flow
	case ResponseTypeCodeToken: // want `this authorization server allows the implicit grant: .*\(switch case in Validate\)`
		fallthrough
	case ResponseTypeIDToken, ResponseTypeIDTokenToken:
		if a.Nonce == "" {
			return errors.New("nonce required")
		}
	default:
		return errUnsupported
	}
	return nil
}

func Decode(r *http.Request) (*AuthRequest, error) {
	if err := r.ParseForm(); err != nil {
		return nil, err
	}
	a := &AuthRequest{ResponseType: r.Form.Get("response_type"), ClientID: r.Form.Get("client_id"), Nonce: r.Form.Get("nonce")}
	return a, a.Validate()
}
