// Package storedcontext keeps named login contexts in a configuration
// file, each naming the response type it will use. A context
// written to the file is configuration, not a request; the one that is
// posted to the authorization API is.
package storedcontext

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

// Context is one named login context of the configuration file.
type Context struct {
	Name         string `json:"name"`
	Issuer       string `json:"issuer"`
	ClientID     string `json:"client_id"`
	ResponseType string `json:"response_type"`
}

// File is the whole configuration file.
type File struct {
	Current  Context   `json:"current"`
	Contexts []Context `json:"contexts"`
	pending  *Context
}

// AddBrowserContext records a context for a browser login. The values are
// stored for later; nothing is sent here.
func (f *File) AddBrowserContext(name, issuer string) {
	var c Context
	c.Name = name
	c.Issuer = issuer
	c.ResponseType = "id_token token"
	f.Contexts = append(f.Contexts, c)
	f.pending = &c
}

// Save writes the configuration file.
func (f *File) Save(path string) error {
	w, err := os.Create(path)
	if err != nil {
		return err
	}
	defer w.Close()
	return json.NewEncoder(w).Encode(f)
}

type authorizeRequest struct {
	ClientID     string `json:"client_id"`
	ResponseType string `json:"response_type"`
	Nonce        string `json:"nonce,omitempty"`
}

// Authorize posts a context's login to the issuer's JSON authorization API.
func Authorize(c Context) (*http.Response, error) {
	var buf bytes.Buffer
	req := authorizeRequest{ClientID: c.ClientID, ResponseType: "token"} // want `implicit grant: response_type="token"`
	if err := json.NewEncoder(&buf).Encode(req); err != nil {
		return nil, err
	}
	return http.Post(c.Issuer+"/authorize", "application/json", &buf)
}
