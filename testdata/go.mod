module example.com/fixtures

go 1.26.0

replace github.com/pkg/browser => ./stubs/browser

require (
	github.com/pkg/browser v0.0.0-00010101000000-000000000000
	golang.org/x/oauth2 v0.37.0
)
