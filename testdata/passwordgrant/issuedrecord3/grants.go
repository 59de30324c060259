// Package grants keeps what a token endpoint issued: the record names the
// grant, and its token is minted by a call that can fail.
package grants

import (
	"crypto/rand"
	"encoding/base64"
)

type Kind string

const OwnerPassword Kind = "password"

type Issued struct {
	Key     string `json:"key"`
	Client  string `json:"client_id"`
	Via     string `json:"grant_type"`
	Bearer  string `json:"access_token"`
	Renewal string `json:"refresh_token,omitempty"`
}

type Repo interface{ Put(*Issued) error }

func mint(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// Record mints the token of a password grant the endpoint already
// validated, and stores it.
func Record(repo Repo, client string) (*Issued, error) {
	it := &Issued{Key: client + ":1", Client: client, Via: string(OwnerPassword)}
	var err error
	if it.Bearer, err = mint(32); err != nil {
		return nil, err
	}
	it.Renewal, _ = mint(32)
	return it, repo.Put(it)
}

// Login is this program's own password grant request to an upstream
// provider: reported.
type Login struct {
	Grant    string `json:"grant_type"`
	User     string `json:"username"`
	Password string `json:"password"`
}

func UpstreamLogin(user, pass string) Login {
	l := Login{User: user, Password: pass}
	l.Grant = string(OwnerPassword) // want `resource owner password credentials grant`
	return l
}
