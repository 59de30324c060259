// Package reliability is oauthvet's reliability harness: it runs the
// oauthvet command on the standard library and on real public modules,
// pinned in this module's go.mod, and checks that it never crashes, never
// fails internally, gives the same answer twice, and reports exactly the
// true positives listed in expected.txt. See README.md.
//
// This is a module of its own (github.com/oauthvet/oauthvet/reliability) so
// that its dependencies stay out of oauthvet's go.mod. It has no code: the
// harness is reliability_test.go, and tools.go (build tag "tools", never
// compiled) imports every package the harness analyses so that go mod tidy
// keeps their dependencies in go.mod and go.sum.
package reliability
