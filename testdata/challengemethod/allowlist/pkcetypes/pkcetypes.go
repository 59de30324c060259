// Package pkcetypes holds the methods the server supports, in a map
// another package looks the request's method up in. Nothing here names
// an OAuth parameter.
package pkcetypes

type Method string

const (
	Plain Method = "plain"
	S256  Method = "S256"
	None  Method = "none"
)

var Supported = map[Method]bool{
	Plain: true,
	S256:  true,
}

// Disabled lists plain as switched off: a lookup in it accepts only S256.
var Disabled = map[Method]bool{
	Plain: false,
	S256:  true,
}
