// Package guestaccount2 provisions service accounts whose secret is
// rand.Text(), kept in a field, and mints their first token with the
// password grant in a url.Values literal: silent.
package guestaccount2

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"strings"
)

type Account struct {
	Name   string
	secret string
}

func Provision(name string) *Account {
	return &Account{Name: name, secret: rand.Text()}
}

func (a *Account) FirstToken(endpoint string) (*http.Response, error) {
	body := url.Values{"grant_type": {"password"}, "username": {a.Name}, "password": {a.secret}, "client_id": {"provisioner"}}
	return http.Post(endpoint, "application/x-www-form-urlencoded", strings.NewReader(body.Encode()))
}
