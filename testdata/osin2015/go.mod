module example.com/osin2015

go 1.26.0

// github.com/RangelReale/osin at revision d47a3d4a0dbb (2015, before
// PKCE support), as programs vendored it under Godeps: the Go module
// proxy refuses the module, so stubs/osin declares the exported API of
// that revision that the fixtures use, with its signatures.
require github.com/RangelReale/osin v0.0.0-20150901000000-d47a3d4a0dbb

replace github.com/RangelReale/osin => ./stubs/osin
