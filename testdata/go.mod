module example.com/fixtures

go 1.26.0

replace github.com/pkg/browser => ./stubs/browser

require (
	github.com/pkg/browser v0.0.0-00010101000000-000000000000
	golang.org/x/oauth2 v0.37.0
)

require (
	github.com/coreos/go-oidc/v3 v3.21.0 // indirect
	github.com/go-jose/go-jose/v4 v4.1.4 // indirect
	github.com/google/uuid v1.6.0 // indirect
)
