// Package params declares the authorization request the handlers of
// boundquery bind the query into, with a validator that compares the
// requested redirect URI with the client's registered one.
package params

type Client struct {
	ID          string
	RedirectURI string
}

type AuthorizeRequest struct {
	ClientID     string `form:"client_id" binding:"required"`
	RedirectURI  string `form:"redirect_uri" binding:"required"`
	ResponseType string `form:"response_type"`
	State        string `form:"state"`
}

// Validate is the check the unchecked handler never calls.
func (a AuthorizeRequest) Validate(clients map[string]Client) bool {
	c, ok := clients[a.ClientID]
	return ok && c.RedirectURI == a.RedirectURI
}
