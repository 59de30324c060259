// Package keptrecordsent builds the same kind of record with a helper,
// but posts it to the provider (a pushed authorization request, RFC
// 9126, without a state): the helper's value is sent, reported.
package keptrecordsent

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type parRequest struct {
	ClientID    string `json:"client_id"`
	RedirectURI string `json:"redirect_uri"`
	Scope       string `json:"scope"`
	Challenge   string `json:"code_challenge"`
	Method      string `json:"code_challenge_method"`
}

func newPAR(id, cb, challenge string) *parRequest {
	return &parRequest{ClientID: id, RedirectURI: cb, Scope: "openid", Challenge: challenge, Method: "S256"} // want `authorization request without a state`
}

func Push(endpoint, id, cb, challenge string) (*http.Response, error) {
	body, err := json.Marshal(newPAR(id, cb, challenge))
	if err != nil {
		return nil, err
	}
	return http.Post(endpoint, "application/json", bytes.NewReader(body))
}
