// Package approve draws authorization codes.
package approve

func NewCode() string { return "c0de" }
