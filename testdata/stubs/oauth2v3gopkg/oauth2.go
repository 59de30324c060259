// Package oauth2 is a stub of gopkg.in/oauth2.v3 (v3.9.2: const.go,
// model.go, store.go, manage.go): only the declarations the stub of
// github.com/go-oauth2/oauth2 v3.9.2+incompatible needs, with the
// release's signatures. The proxy does not serve gopkg.in/oauth2.v3.
package oauth2

type ResponseType string

const (
	Code  ResponseType = "code"
	Token ResponseType = "token"
)

type GrantType string

const (
	AuthorizationCode   GrantType = "authorization_code"
	PasswordCredentials GrantType = "password"
	ClientCredentials   GrantType = "client_credentials"
	Refreshing          GrantType = "refresh_token"
	Implicit            GrantType = "__implicit"
)

type (
	ClientInfo interface {
		GetID() string
		GetSecret() string
		GetDomain() string
		GetUserID() string
	}
	ClientStore interface {
		GetByID(id string) (ClientInfo, error)
	}
)

type Manager interface {
	GetClient(clientID string) (cli ClientInfo, err error)
}
