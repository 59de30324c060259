// The same parsing written differently: query values read into locals in
// a method, and a struct without a response_type field whose every
// parameter is copied from the request (silent). A client that builds
// such a struct itself and sends it is still reported.
package parsedauth2

import (
	"bytes"
	"encoding/json"
	"net/http"
)

type pendingLogin struct {
	Client    string `json:"client_id"`
	Callback  string `json:"redirect_uri"`
	Challenge string `json:"code_challenge"`
}

type frontDoor struct{ pending map[string]pendingLogin }

func (f *frontDoor) begin(r *http.Request) pendingLogin {
	q := r.URL.Query()
	cb := q.Get("redirect_uri")
	return pendingLogin{Client: q.Get("client_id"), Callback: cb, Challenge: q.Get("code_challenge")}
}

func (f *frontDoor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := f.begin(r)
	f.pending[r.URL.Query().Get("state")] = p
	w.WriteHeader(http.StatusNoContent)
}

type upstreamAuth struct {
	ClientID      string `json:"client_id"`
	ResponseType  string `json:"response_type"`
	CodeChallenge string `json:"code_challenge"`
}

// startLogin pushes an authorization request (RFC 9126) built here.
func startLogin(par, clientID, challenge string) (*http.Response, error) {
	body, err := json.Marshal(upstreamAuth{ClientID: clientID, ResponseType: "code", CodeChallenge: challenge}) // want `code_challenge sent without code_challenge_method`
	if err != nil {
		return nil, err
	}
	return http.Post(par, "application/json", bytes.NewReader(body))
}
