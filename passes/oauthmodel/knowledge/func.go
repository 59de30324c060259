package knowledge

// Func names a function or method of a library, below each of its module
// roots: Pkg is the package path relative to the root ("" for the root,
// "compose", "server", "authentication"); Recv is the receiver's type name
// for a method (pointer or not), "" for a function. Pkg "authentication",
// Recv "OAuth", Name "LoginWithPassword" is
// (*authentication.OAuth).LoginWithPassword under every root. A function
// of a wrapper package (Server.Wrappers) has the wrapper's import path in
// Pkg.
type Func struct {
	Pkg, Recv, Name string
}
