//go:build ignore

package main

import "golang.org/x/oauth2"

func neverBuilt(c *oauth2.Config) string {
	return c.AuthCodeURL("s", oauth2.SetAuthURLParam("response_type", "token"))
}
