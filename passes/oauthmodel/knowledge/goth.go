package knowledge

// Goth is github.com/markbates/goth, checked against v1.81.0 (provider.go,
// session.go, gothic/gothic.go):
//
//   - Provider.BeginAuth(state) starts the authorization code flow: the
//     Session it returns builds, with GetAuthURL, the authorization URL
//     carrying that state.
//   - gothic.BeginAuthHandler redirects the browser to the URL that
//     gothic.GetAuthURL builds with the state gothic.SetState returns. By
//     default SetState returns the login request's own "state" query
//     parameter, else 64 bytes of crypto/rand; SetState is a package
//     variable, and a program may assign it another function.
//   - gothic.CompleteUserAuth compares the callback's state with the one
//     kept in the session (validateState).
//
// No PKCE row: whether a provider sends a challenge depends on the
// provider, which the table does not list.
var Goth = SDK{
	Name:  "goth",
	Roots: []string{"github.com/markbates/goth"},
	Calls: []Call{
		{
			Func:       Func{"", "Provider", "BeginAuth"},
			Flow:       StartsCodeFlow,
			StateParam: "state",
			Delivery:   Returned,
		},
		{
			Func:      Func{"gothic", "", "BeginAuthHandler"},
			Flow:      StartsCodeFlow,
			StateHook: Func{"gothic", "", "SetState"},
			Delivery:  Redirects,
		},
		{
			Func:      Func{"gothic", "", "GetAuthURL"},
			Flow:      StartsCodeFlow,
			StateHook: Func{"gothic", "", "SetState"},
			Delivery:  Returned,
		},
	},
}
