package knowledge

// MSAL is the Microsoft Authentication Library for Go, checked against
// v1.10.1: (public.Client).AcquireTokenByUsernamePassword and
// (confidential.Client).AcquireTokenByUsernamePassword run the resource
// owner password credentials grant (grant_type=password, built in
// apps/internal/oauth/ops/accesstokens); Microsoft itself marks them
// deprecated. The other AcquireToken* methods use the code (with PKCE),
// device, client credentials, on-behalf-of or refresh grants.
var MSAL = SDK{
	Name:  "msal",
	Roots: []string{"github.com/AzureAD/microsoft-authentication-library-for-go"},
	Calls: []Call{
		{Func: Func{"apps/public", "Client", "AcquireTokenByUsernamePassword"}, Grant: "password"},
		{Func: Func{"apps/confidential", "Client", "AcquireTokenByUsernamePassword"}, Grant: "password"},
	},
}
