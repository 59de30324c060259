// Package claims holds the registered JWT claims shared by the logins.
package claims

type Registered struct {
	Issuer   string `json:"iss,omitempty"`
	Subject  string `json:"sub,omitempty"`
	Audience string `json:"aud,omitempty"`
}
