// Package pkceutil holds the server's PKCE helpers.
package pkceutil

type Checker struct{}

// Supported lists the challenge methods the server takes.
func (Checker) Supported(m string) bool { return m == "S256" || m == "plain" }

// S256Only lists one method.
func S256Only(m string) bool { return m == "S256" }
