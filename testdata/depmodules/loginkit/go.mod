// A second fictitious SDK module, split differently from idpsdk: the
// requests are built in an internal package whose parameter names are
// constants, and the public package only wraps it.
module example.com/loginkit

go 1.22
