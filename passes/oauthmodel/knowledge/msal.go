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

// AzIdentity is the Azure SDK's credential package, checked against
// v1.14.0: NewUsernamePasswordCredential makes a credential whose every
// token request is MSAL's AcquireTokenByUsernamePassword, the resource
// owner password credentials grant (deprecated by the package itself).
var AzIdentity = SDK{
	Name:  "azidentity",
	Roots: []string{"github.com/Azure/azure-sdk-for-go/sdk/azidentity"},
	Calls: []Call{
		{Func: Func{"", "", "NewUsernamePasswordCredential"}, Grant: "password"},
	},
}
