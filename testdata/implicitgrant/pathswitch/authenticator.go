// Package pathswitch is a library whose Authenticator builds the
// authorization URL for a mode chosen by its caller, with a switch.
package pathswitch

import "net/url"

// Authenticator holds a registered client's settings.
type Authenticator struct {
	ClientID     string
	AuthorizeURL string
	RedirectURL  string
	challenge    string
}

// URL returns the authorization URL for mode ("spa", "hybrid" or the
// default, the code flow with PKCE).
func (a *Authenticator) URL(mode, state string) string {
	params := url.Values{"client_id": {a.ClientID}, "state": {state}, "redirect_uri": {a.RedirectURL}}
	switch mode {
	case "spa":
		params.Set("response_type", "token") // want `implicit grant when mode is "spa": response_type="token" returns the access token in the browser`
	case "hybrid":
		params.Set("response_type", "code id_token")
		params.Set("nonce", state)
	default:
		params.Set("response_type", "code")
		params.Set("code_challenge", a.challenge)
		params.Set("code_challenge_method", "S256")
	}
	u, err := url.Parse(a.AuthorizeURL)
	if err != nil {
		return ""
	}
	u.RawQuery = params.Encode()
	return u.String()
}

// Logout is not an authorization request at all.
func (a *Authenticator) Logout(idToken string, everywhere bool) string {
	params := url.Values{"id_token_hint": {idToken}}
	if everywhere {
		params.Set("global", "true")
	}
	return a.AuthorizeURL + "/logout?" + params.Encode()
}
