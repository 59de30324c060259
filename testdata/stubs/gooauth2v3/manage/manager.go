// Package manage is a stub of github.com/go-oauth2/oauth2/manage at
// v3.9.2+incompatible (manager.go, util.go): see the server stub.
package manage

import (
	"errors"
	"net/url"
	"strings"

	"gopkg.in/oauth2.v3"
)

type ValidateURIHandler func(baseURI, redirectURI string) (err error)

// DefaultValidateURI accepts a redirect whose host ends with the
// registered domain's host, as the release does.
func DefaultValidateURI(baseURI string, redirectURI string) (err error) {
	base, err := url.Parse(baseURI)
	if err != nil {
		return
	}
	redirect, err := url.Parse(redirectURI)
	if err != nil {
		return
	}
	if !strings.HasSuffix(redirect.Host, base.Host) {
		err = errors.New("invalid redirect uri")
	}
	return
}

type Manager struct {
	validateURI ValidateURIHandler
	clients     oauth2.ClientStore
}

func NewDefaultManager() *Manager { return &Manager{validateURI: DefaultValidateURI} }

func (m *Manager) SetValidateURIHandler(handler ValidateURIHandler) { m.validateURI = handler }

func (m *Manager) MapClientStorage(stor oauth2.ClientStore) { m.clients = stor }

func (m *Manager) GetClient(clientID string) (cli oauth2.ClientInfo, err error) {
	return m.clients.GetByID(clientID)
}
