// Package types declares a flow description that other packages fill in.
package types

type Flow struct {
	Start string
	Scope string
}
