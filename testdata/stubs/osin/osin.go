// Package osin is a minimal stub of github.com/openshift/osin v1.0.1
// (commit 0f3357bb07e8), which the Go module proxy does not serve: the
// declarations oauthvet's fixtures use, with that release's exact
// signatures and default values; bodies are placeholders except
// NewServerConfig, whose defaults oauthvet's knowledge describes.
package osin

import "net/http"

// AuthorizeRequestType is the type of the response_type parameter.
type AuthorizeRequestType string

const (
	CODE  AuthorizeRequestType = "code"
	TOKEN AuthorizeRequestType = "token"

	PKCE_PLAIN = "plain"
	PKCE_S256  = "S256"
)

// AccessRequestType is the type of the grant_type parameter.
type AccessRequestType string

const (
	AUTHORIZATION_CODE AccessRequestType = "authorization_code"
	REFRESH_TOKEN      AccessRequestType = "refresh_token"
	PASSWORD           AccessRequestType = "password"
	CLIENT_CREDENTIALS AccessRequestType = "client_credentials"
	ASSERTION          AccessRequestType = "assertion"
	IMPLICIT           AccessRequestType = "__implicit"
)

type AllowedAuthorizeType []AuthorizeRequestType

type AllowedAccessType []AccessRequestType

type ServerConfig struct {
	AuthorizationExpiration     int32
	AccessExpiration            int32
	TokenType                   string
	AllowedAuthorizeTypes       AllowedAuthorizeType
	AllowedAccessTypes          AllowedAccessType
	ErrorStatusCode             int
	AllowClientSecretInParams   bool
	AllowGetAccessRequest       bool
	RequirePKCEForPublicClients bool
	RedirectUriSeparator        string
	RetainTokenAfterRefresh     bool
}

func NewServerConfig() *ServerConfig {
	return &ServerConfig{
		AuthorizationExpiration: 250,
		AccessExpiration:        3600,
		TokenType:               "Bearer",
		AllowedAuthorizeTypes:   AllowedAuthorizeType{CODE},
		AllowedAccessTypes:      AllowedAccessType{AUTHORIZATION_CODE},
		ErrorStatusCode:         200,
	}
}

type Client interface {
	GetId() string
	GetSecret() string
	GetRedirectUri() string
	GetUserData() interface{}
}

type DefaultClient struct {
	Id          string
	Secret      string
	RedirectUri string
	UserData    interface{}
}

func (d *DefaultClient) GetId() string            { return d.Id }
func (d *DefaultClient) GetSecret() string        { return d.Secret }
func (d *DefaultClient) GetRedirectUri() string   { return d.RedirectUri }
func (d *DefaultClient) GetUserData() interface{} { return d.UserData }

type AuthorizeData struct{}

type AccessData struct{}

type Storage interface {
	Clone() Storage
	Close()
	GetClient(id string) (Client, error)
	SaveAuthorize(*AuthorizeData) error
	LoadAuthorize(code string) (*AuthorizeData, error)
	RemoveAuthorize(code string) error
	SaveAccess(*AccessData) error
	LoadAccess(token string) (*AccessData, error)
	RemoveAccess(token string) error
	LoadRefresh(token string) (*AccessData, error)
	RemoveRefresh(token string) error
}

type Server struct {
	Config  *ServerConfig
	Storage Storage
}

func NewServer(config *ServerConfig, storage Storage) *Server {
	return &Server{Config: config, Storage: storage}
}

type Response struct{}

func (s *Server) NewResponse() *Response { return &Response{} }

func (r *Response) Close() {}

type AuthorizeRequest struct {
	Type        AuthorizeRequestType
	Client      Client
	Scope       string
	RedirectUri string
	State       string
	Authorized  bool
	Expiration  int32
	UserData    interface{}
	HttpRequest *http.Request

	// Optional code_challenge (RFC 7636)
	CodeChallenge string
	// Optional code_challenge_method (RFC 7636)
	CodeChallengeMethod string
}

func (s *Server) HandleAuthorizeRequest(w *Response, r *http.Request) *AuthorizeRequest { return nil }

func (s *Server) FinishAuthorizeRequest(w *Response, r *http.Request, ar *AuthorizeRequest) {}

func OutputJSON(rs *Response, w http.ResponseWriter, r *http.Request) error { return nil }

func ValidateUri(baseUri string, redirectUri string) (realRedirectUri string, err error) {
	return redirectUri, nil
}
