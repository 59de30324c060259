// Package stringtoken2 prints a refreshed session whose String method
// (on the pointer) renders the Authorization header it will send.
package stringtoken2

import "fmt"

type Session struct {
	Refresh string `json:"refresh_token"`
	Access  string `json:"access_token"`
	User    string `json:"user"`
}

func (s *Session) String() string {
	header := "Bearer " + s.Access
	return header
}

// Summary's String says who, not with what.
type Summary struct {
	Access string `json:"access_token"`
	User   string `json:"user"`
}

func (s *Summary) String() string { return "session of " + s.User }

func Report(s *Session, sum *Summary) {
	fmt.Println("refreshed:", s) // want `token response printed to standard output`
	fmt.Println("refreshed:", sum)
}
