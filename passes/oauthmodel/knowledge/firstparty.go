package knowledge

// FirstPartyPasswordAPI is a token endpoint whose password grant is an
// identity product's own email and password sign-in: the application
// signs its users in to the account system it runs, the way the
// product's official SDKs do, and is the first party that RFC 9700 §2.4
// leaves out of its reasons (no third-party client sees the password).
type FirstPartyPasswordAPI struct {
	Name string
	// PathSuffix is the token endpoint's path, matched at the end of the
	// URL's path whatever its host (each project has its own).
	PathSuffix string
	Source     string // where the fact was checked
}

// FirstPartyPasswordAPIs lists them.
var FirstPartyPasswordAPIs = []FirstPartyPasswordAPI{
	{
		// supabase-js's signInWithPassword and supabase-go's
		// SignInWithEmailPassword post {email, password} to
		// <project>/auth/v1/token?grant_type=password: Supabase Auth
		// (GoTrue) signing in a user of the project's own auth schema.
		Name:       "Supabase Auth (GoTrue)",
		PathSuffix: "/auth/v1/token",
		Source:     "supabase/auth internal/api/token.go (POST /token, grant_type password), served under /auth/v1 by the Supabase API gateway",
	},
}
