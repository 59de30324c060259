// Package api declares the wire types of an identity service; the
// validate tags are read by go-playground/validator.
package api

type ExchangeRequest struct {
	GrantType    string `validate:"required,oneof=authorization_code refresh_token"`
	Code         string `validate:"omitempty,max=512"`
	RedirectURI  string
	ClientID     string `validate:"required"`
	CodeVerifier string `validate:"omitempty,min=43,max=128"`
	RefreshToken string
}

// Check is the service's own check of a request (used by downgradesafe2).
func Check(r *ExchangeRequest) error { return nil }
