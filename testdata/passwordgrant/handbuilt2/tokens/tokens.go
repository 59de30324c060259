// Package tokens issues tokens for the grant a gin handler passes in: a
// map of grant handlers keyed by named constants, looked up with the
// grant_type the api package binds from the form.
package tokens

import "errors"

const (
	GrantCode     = "authorization_code"
	GrantPassword = "password"
	GrantClient   = "client_credentials"
)

type Form struct {
	GrantType string `form:"grant_type" json:"grant_type"`
	Username  string `form:"username"`
	Password  string `form:"password"`
	Code      string `form:"code"`
}

type Pair struct{ Access, Refresh string }

type grantFunc func(f *Form) (*Pair, error)

var ErrGrant = errors.New("unsupported grant")

func Issue(f *Form) (*Pair, error) {
	handlers := map[string]grantFunc{
		GrantCode:     fromCode,
		GrantPassword: fromPassword, // want `this authorization server accepts the password grant: the token endpoint issues tokens for grant_type "password" \(a table keyed by the value in Issue\)`
		GrantClient:   fromClient,
	}
	h, ok := handlers[f.GrantType]
	if !ok {
		return nil, ErrGrant
	}
	return h(f)
}

func fromCode(f *Form) (*Pair, error)     { return &Pair{Access: f.Code}, nil }
func fromPassword(f *Form) (*Pair, error) { return &Pair{Access: f.Username}, nil }
func fromClient(f *Form) (*Pair, error)   { return &Pair{}, nil }
