// Package wiring builds the application's SDK client from its settings.
package wiring

import "example.com/fixtures/pkce/typesonly/sdk"

// Identity returns the configured identity client.
func Identity() *sdk.Client { return sdk.NewClient("portal-desktop") }
