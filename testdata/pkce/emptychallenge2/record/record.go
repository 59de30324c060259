// Package record holds a provider's pending authorization requests.
package record

type Pending struct {
	ResponseType  string `json:"response_type"`
	ClientID      string `json:"client_id"`
	CodeChallenge string `json:"code_challenge"`
	Method        string `json:"code_challenge_method"`
}
