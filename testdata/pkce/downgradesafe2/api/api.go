// Package api declares the wire types of an identity service; the
// validate tags are read by go-playground/validator.
package api

type ExchangeRequest struct {
	GrantType   string `validate:"required,oneof=authorization_code refresh_token"`
	Code        string `validate:"omitempty,max=512"`
	RedirectURI string
	ClientID    string `validate:"required"`
	// Required with every authorization code: the validator refuses a
	// code exchange without a verifier.
	CodeVerifier string `validate:"required_if=GrantType authorization_code,omitempty,min=43,max=128"`
}

type Exchange struct {
	GrantType    string
	Code         string
	ClientID     string
	CodeVerifier string
}

// Check is the service's own validation of an exchange (its rules are
// not in this fixture's sight from the handler's package).
func Check(x *Exchange) error {
	if x.GrantType == "authorization_code" && x.CodeVerifier == "" {
		return errMissingVerifier
	}
	return nil
}

type apiError string

func (e apiError) Error() string { return string(e) }

const errMissingVerifier = apiError("code_verifier required")
