// Package respond is a helper package: it holds no token of its own.
package respond

const Debug = false
