// A sync daemon that signs in through loginkit (a dependency whose public
// package wraps an internal one): the password grant is chosen here.
package main

import (
	"log"
	"os"

	"example.com/loginkit/kit"
)

type syncer struct{ idp kit.Provider }

func (s syncer) connect() error {
	resp, err := s.idp.SignIn(os.Getenv("SYNC_USER"), os.Getenv("SYNC_PASSWORD")) // want `resource owner password credentials grant \(from \(kit\.Provider\)\.SignIn\): \(kit\.Provider\)\.SignIn sends grant_type=password; the client sees`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() {
	s := syncer{idp: kit.Provider{TokenURL: "https://login.example.org/token", ClientID: "sync"}}
	if err := s.connect(); err != nil {
		log.Fatal(err)
	}
}
