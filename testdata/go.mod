module example.com/fixtures

go 1.26.0

replace github.com/pkg/browser => ./stubs/browser

// Fictitious SDK modules for the flows that live in a dependency.
replace (
	fyne.io/fyne/v2 => ./stubs/fyne
	github.com/wailsapp/wails/v2 => ./stubs/wails
)

replace (
	example.com/idpsdk => ./depmodules/idpsdk
	example.com/loginkit => ./depmodules/loginkit
)

require (
	example.com/idpsdk v0.0.0-00010101000000-000000000000
	example.com/loginkit v0.0.0-00010101000000-000000000000
	fyne.io/fyne/v2 v2.5.2
	github.com/pkg/browser v0.0.0-00010101000000-000000000000
	github.com/wailsapp/wails/v2 v2.9.2
	golang.org/x/oauth2 v0.37.0
)
