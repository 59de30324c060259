// Token requests whose form is a map filled key by key (index
// assignments) and handed to a REST helper in a request struct, or to a
// function: the values are the ones assigned, so the password grant is
// reported; the same map with the client credentials grant, or with a
// grant type from configuration, is not.
package mapindex

import (
	"net/url"
	"strings"
)

type request struct {
	BaseURL string
	Query   map[string]string
	Method  string
}

func do(r request) (string, error) { return r.BaseURL, nil }

type Client struct {
	Instance, ID, Secret string
	Grant                string // from the configuration file
}

func (c *Client) LoginBasic(user, pass string, scopes []string) (string, error) {
	opts := make(map[string]string)
	opts["grant_type"] = "password" // want `resource owner password credentials grant \(grant_type=password\)`
	opts["client_id"] = c.ID
	opts["username"] = user
	opts["password"] = pass
	if len(scopes) > 0 {
		opts["scope"] = strings.Join(scopes, " ")
	}
	return do(request{BaseURL: c.Instance + "/oauth/token", Query: opts, Method: "POST"})
}

func (c *Client) AppToken() (string, error) {
	opts := map[string]string{}
	opts["grant_type"] = "client_credentials"
	opts["client_id"] = c.ID
	opts["client_secret"] = c.Secret
	return do(request{BaseURL: c.Instance + "/oauth/token", Query: opts, Method: "POST"})
}

func (c *Client) Configured(user, pass string) url.Values {
	form := map[string]any{}
	form["grant_type"] = c.Grant
	form["username"] = user
	return encode(form)
}

func (c *Client) Resource(user, pass string) url.Values {
	form := map[string]any{}
	form["username"] = user
	form["password"] = pass
	form["grant_type"] = "password" // want `resource owner password credentials grant \(grant_type=password\)`
	return encode(form)
}

func encode(m map[string]any) url.Values {
	v := url.Values{}
	for k, x := range m {
		if s, ok := x.(string); ok {
			v.Set(k, s)
		}
	}
	return v
}
