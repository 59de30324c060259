package models

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/models"
)

type Caller struct{ ID, Secret, Addr string }

func FromRequest(r *http.Request) *Caller {
	id, secret, _ := r.BasicAuth()
	return &Caller{ID: id, Secret: secret, Addr: r.RemoteAddr}
}

func (c *Caller) Model() *models.Client {
	return &models.Client{ID: c.ID, Secret: c.Secret, Domain: c.Addr}
}
