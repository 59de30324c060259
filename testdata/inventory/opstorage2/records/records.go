// Package records declares the rows an identity provider keeps for the
// authorization requests it is answering (its storage is in package
// store) and, for the requests it sends itself to an upstream provider,
// nothing: those are in package upstream.
package records

// Pending is a request the provider received, as stored.
type Pending struct {
	Key       string `json:"key"`
	Client    string `json:"client_id"`
	Callback  string `json:"redirect_uri"`
	Kind      string `json:"response_type"`
	RelayData string `json:"state"`
	Challenge string `json:"code_challenge,omitempty"`
	Method    string `json:"code_challenge_method,omitempty"`
	Subject   string `json:"sub,omitempty"`
}
