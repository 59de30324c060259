// Package issue mints tokens for a hand-written authorization server; its
// JSON spells the parameters in camelCase.
package issue

// Grant is what the server issues.
type Grant struct {
	AccessToken  string `json:"accessToken"`
	RefreshToken string `json:"refreshToken"`
	ExpiresIn    int    `json:"expiresIn"`
	Scope        string `json:"scope"`
}

// Mint issues a grant.
func Mint(client, user string) (*Grant, error) {
	return &Grant{AccessToken: client + "." + user, RefreshToken: user + "." + client, ExpiresIn: 3600}, nil
}
