// Package fositeclients registers fosite clients one by one into a store
// built elsewhere; the widget's registration lists token response types.
package fositeclients

import (
	"github.com/ory/fosite"
	"github.com/ory/fosite/storage"
)

func Register(store *storage.MemoryStore, redirect string) {
	widget := &fosite.DefaultClient{ID: "widget", Public: true, RedirectURIs: []string{redirect}}
	widget.GrantTypes = []string{"implicit"}
	store.Clients["widget-v1"] = &fosite.DefaultClient{
		ID:            "widget-v1",
		Public:        true,
		RedirectURIs:  []string{redirect},
		ResponseTypes: []string{"code", "id_token token", "token"}, // want `client registration asks for the implicit grant: its ResponseTypes include "id_token token"`
		GrantTypes:    []string{"authorization_code", "implicit"},
	}
	store.Clients["widget"] = widget
	store.Clients["spa"] = &fosite.DefaultClient{ID: "spa", Public: true, RedirectURIs: []string{redirect}, ResponseTypes: []string{"code"}}
}
