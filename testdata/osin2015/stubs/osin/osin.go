// Package osin is a stub of github.com/RangelReale/osin at revision
// d47a3d4a0dbb (2015): config.go, server.go, storage.go, client.go,
// authorize.go, access.go, response.go, response_json.go and
// urivalidate.go, with the signatures of that revision and no bodies
// worth running. That revision has no PKCE: AuthorizeRequest and
// AuthorizeData carry no CodeChallenge, and ServerConfig has no
// RequirePKCEForPublicClients.
package osin

import (
	"net/http"
	"time"
)

type AllowedAuthorizeType []AuthorizeRequestType

func (t AllowedAuthorizeType) Exists(rt AuthorizeRequestType) bool { return false }

type AllowedAccessType []AccessRequestType

func (t AllowedAccessType) Exists(rt AccessRequestType) bool { return false }

type ServerConfig struct {
	AuthorizationExpiration   int32
	AccessExpiration          int32
	TokenType                 string
	AllowedAuthorizeTypes     AllowedAuthorizeType
	AllowedAccessTypes        AllowedAccessType
	ErrorStatusCode           int
	AllowClientSecretInParams bool
	AllowGetAccessRequest     bool
	RedirectUriSeparator      string
}

func NewServerConfig() *ServerConfig {
	return &ServerConfig{AllowedAuthorizeTypes: AllowedAuthorizeType{CODE}, AllowedAccessTypes: AllowedAccessType{AUTHORIZATION_CODE}}
}

type Server struct {
	Config  *ServerConfig
	Storage Storage
	Now     func() time.Time
}

func NewServer(config *ServerConfig, storage Storage) *Server {
	return &Server{Config: config, Storage: storage, Now: time.Now}
}

func (s *Server) NewResponse() *Response { return NewResponse(s.Storage) }

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
func (d *DefaultClient) CopyFrom(client Client)   {}

type AuthorizeRequestType string

const (
	CODE  AuthorizeRequestType = "code"
	TOKEN AuthorizeRequestType = "token"
)

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
}

type AuthorizeData struct {
	Client      Client
	Code        string
	ExpiresIn   int32
	Scope       string
	RedirectUri string
	State       string
	CreatedAt   time.Time
	UserData    interface{}
}

func (s *Server) HandleAuthorizeRequest(w *Response, r *http.Request) *AuthorizeRequest { return nil }

func (s *Server) FinishAuthorizeRequest(w *Response, r *http.Request, ar *AuthorizeRequest) {}

type AccessRequestType string

const (
	AUTHORIZATION_CODE AccessRequestType = "authorization_code"
	REFRESH_TOKEN      AccessRequestType = "refresh_token"
	PASSWORD           AccessRequestType = "password"
	CLIENT_CREDENTIALS AccessRequestType = "client_credentials"
	ASSERTION          AccessRequestType = "assertion"
	IMPLICIT           AccessRequestType = "__implicit"
)

type AccessRequest struct {
	Type            AccessRequestType
	Code            string
	Client          Client
	AuthorizeData   *AuthorizeData
	AccessData      *AccessData
	ForceAccessData *AccessData
	RedirectUri     string
	Scope           string
	Username        string
	Password        string
	AssertionType   string
	Assertion       string
	Authorized      bool
	Expiration      int32
	GenerateRefresh bool
	UserData        interface{}
	HttpRequest     *http.Request
}

type AccessData struct {
	Client        Client
	AuthorizeData *AuthorizeData
	AccessData    *AccessData
	AccessToken   string
	RefreshToken  string
	ExpiresIn     int32
	Scope         string
	RedirectUri   string
	CreatedAt     time.Time
	UserData      interface{}
}

func (s *Server) HandleAccessRequest(w *Response, r *http.Request) *AccessRequest { return nil }

func (s *Server) FinishAccessRequest(w *Response, r *http.Request, ar *AccessRequest) {}

type ResponseType int

const (
	DATA ResponseType = iota
	REDIRECT
)

type ResponseData map[string]interface{}

type Response struct {
	Type               ResponseType
	StatusCode         int
	StatusText         string
	ErrorStatusCode    int
	URL                string
	Output             ResponseData
	Headers            http.Header
	IsError            bool
	ErrorId            string
	InternalError      error
	RedirectInFragment bool
	Storage            Storage
}

func NewResponse(storage Storage) *Response {
	return &Response{Storage: storage, Output: make(ResponseData)}
}

func (r *Response) Close() {}

func OutputJSON(rs *Response, w http.ResponseWriter, r *http.Request) error { return nil }

func ValidateUriList(baseUriList string, redirectUri string, separator string) error { return nil }

func ValidateUri(baseUri string, redirectUri string) error { return nil }
