package localseam2

import "github.com/pkg/browser"

// launch is how the login page is shown; a test replaces it.
var launch func(string) error = browser.OpenURL
