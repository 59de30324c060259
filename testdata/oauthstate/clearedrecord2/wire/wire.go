// Package wire is a provider's stored form of a pending request.
package wire

type Pending struct {
	Type     string `json:"response_type"`
	Client   string `json:"client_id"`
	Redirect string `json:"redirect_uri"`
	State    string `json:"state"`
}
