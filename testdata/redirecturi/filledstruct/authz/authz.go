// Package authz validates authentication requests for an OpenID
// provider. Validate looks the client up but never reads the requested
// redirect URI; ValidateStrict also compares it with the registered one.
package authz

import "errors"

type Request struct {
	ClientID     string
	ResponseType string
	RedirectURI  string
	Nonce        string
}

type Client struct{ ID, Callback string }

type Provider struct{ Clients map[string]Client }

func (p *Provider) Validate(req Request) error {
	if req.ResponseType != "id_token" {
		return errors.New("unsupported_response_type")
	}
	if _, ok := p.Clients[req.ClientID]; !ok {
		return errors.New("unauthorized_client")
	}
	return nil
}

func (p *Provider) ValidateStrict(req *Request) error {
	c, ok := p.Clients[req.ClientID]
	if !ok || c.Callback != req.RedirectURI {
		return errors.New("invalid_request")
	}
	return nil
}

func (p *Provider) Sign(sub, aud, nonce string) string { return sub + "." + aud + "." + nonce }
