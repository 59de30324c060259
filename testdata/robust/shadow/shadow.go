// Identifiers named oauth2 and Config that are not golang.org/x/oauth2.
package main

import "fmt"

type fakeConfig struct{}

func (fakeConfig) AuthCodeURL(state string, opts ...string) string { return "https://x/?state=" + state }
func (fakeConfig) PasswordCredentialsToken(user, pass string) string { return user + pass }

type Config = fakeConfig

func main() {
	oauth2 := fakeConfig{}
	fmt.Println(oauth2.AuthCodeURL("s", "response_type", "token"))
	fmt.Println(oauth2.PasswordCredentialsToken("u", "p"))
	var c Config
	fmt.Println(c.AuthCodeURL("s"))
}
