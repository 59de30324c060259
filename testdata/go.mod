module example.com/fixtures

go 1.26.0

replace github.com/pkg/browser => ./stubs/browser

// Fictitious SDK modules for the flows that live in a dependency.
replace (
	example.com/idpsdk => ./depmodules/idpsdk
	example.com/loginkit => ./depmodules/loginkit
)

require (
	example.com/idpsdk v0.0.0-00010101000000-000000000000
	example.com/loginkit v0.0.0-00010101000000-000000000000
	github.com/pkg/browser v0.0.0-00010101000000-000000000000
	golang.org/x/oauth2 v0.37.0
)
