package rules

// SARIF metadata of the rules, for `oauthvet -format=sarif`. It lives in a
// map keyed by rule ID, beside the Rule table, so that the table itself
// stays the one place for what a rule says and this file only adds how
// code scanning tools should classify it.

// SARIFMeta is what SARIF consumers (GitHub code scanning, the SARIF
// viewers) show besides the rule's text.
type SARIFMeta struct {
	// Name is the rule's SARIF "friendly name": a single PascalCase
	// identifier (SARIF §3.49.7) that must differ from the ID, even in
	// case (the SARIF validator's SARIF1001).
	Name string
	// CWE lists the CWE entries the finding is an instance of, as numbers.
	CWE []int
	// Tags are extra tags besides "security"/"oauth" and the CWE tags.
	Tags []string
	// Security says whether findings are security problems. Only those get
	// the "security" tag and a security-severity.
	Security bool
	// SecuritySeverity is GitHub's 0.0–10.0 score of a finding's severity
	// (over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, under 4.0 low),
	// as a string, as GitHub expects.
	SecuritySeverity string
	// Precision is how often a finding is a true positive: "very-high",
	// "high", "medium" or "low".
	Precision string
}

// SARIF is the SARIF metadata of each rule, by rule ID.
//
// The CWE choices, and why:
//
//   - implicitgrant: CWE-522 (Insufficiently Protected Credentials, "the
//     product transmits ... authentication credentials, but it uses an
//     insecure method that is susceptible to unauthorized interception").
//     The access token is a bearer credential, and the implicit grant
//     delivers it in the URL fragment through the browser, its history and
//     the page's scripts (RFC 9700 §2.1.2). CWE-200 (information exposure)
//     was the other candidate; it is a parent of much broader scope.
//   - passwordgrant: CWE-522 too: the grant hands the user's own password
//     to the client application, outside the authorization server, which
//     is the exposure RFC 9700 §2.4 and RFC 6749 §10.7 warn about. It also
//     rules out multi-factor login (CWE-308, single-factor
//     authentication), but that is a consequence, not what is reported.
//   - pkce: CWE-294 (Authentication Bypass by Capture-replay). Without PKCE
//     an authorization code intercepted on its way back (a malicious app on
//     the same custom scheme or loopback port, a log, a Referer) can be
//     redeemed at the token endpoint by whoever captured it: exactly the
//     authorization code interception attack of RFC 7636 §1. CWE-345
//     (Insufficient Verification of Data Authenticity) and CWE-287
//     (Improper Authentication) fit too but are far more general; CWE-294
//     is a child of CWE-287.
//   - challengemethod: CWE-328 (Use of Weak Hash: "an algorithm that
//     produces a digest that ... allows an adversary to reasonably
//     determine the original input"). The "plain" method, which is also
//     what the server assumes when the method is missing (RFC 7636 §4.3),
//     is the identity transform: the challenge in the browser-visible
//     authorization URL is the verifier itself. (Its parent CWE-327,
//     broken or risky cryptographic algorithm, is the broader choice.)
//   - oauthstate: CWE-352 (Cross-Site Request Forgery): a callback that
//     accepts any code is login CSRF (RFC 6749 §10.12). CWE-330
//     (insufficiently random values) fits the predictable case only.
//   - insecureendpoint: CWE-319 (Cleartext Transmission of Sensitive
//     Information) for http:// endpoints and listeners, CWE-295 (Improper
//     Certificate Validation) for InsecureSkipVerify clients.
//   - tokenleak: CWE-598 (Use of GET Request Method With Sensitive Query
//     Strings) for tokens in URLs, CWE-532 (Insertion of Sensitive
//     Information into Log File) for tokens logged or printed.
//   - oidcverify: CWE-347 (Improper Verification of Cryptographic
//     Signature) for switched-off checks; an unchecked nonce is replay,
//     CWE-294 as for pkce.
//   - ignoredirective: no CWE; it checks the tool's own suppression
//     comments, so it is not a security finding.
//
// Security severities: the first three let an attacker obtain an access
// token (implicitgrant, pkce) or the user's password (passwordgrant) once
// they can observe the browser or the redirect, so they are "high" (7.5,
// CVSS-like: network, high attack complexity offset by high impact).
// challengemethod is "medium" (5.3): a plain challenge still helps against
// an attacker who sees only the redirect with the code, not the
// authorization request; a missing method with an S256 value mostly breaks
// the flow.
//
// oauthstate is "medium" (6.5): login CSRF logs the victim into the
// attacker's account, and PKCE (reported at "low severity" in the message)
// often stops it already. insecureendpoint is "high" (7.4): a network
// attacker reads or replaces codes, secrets and tokens.
//
// tokenleak is "medium" (6.5): a leaked bearer token is a credential, but
// reaching the log or the Referer takes a second step. oidcverify is
// "high" (7.5): an unverified ID token lets anyone log in as anyone.
//
// Precision: implicitgrant, passwordgrant and challengemethod report
// literal protocol values (response_type, grant_type,
// code_challenge_method), so "high"; pkce also depends on inferring that
// the client is public (native or browser), a heuristic, so "medium".
var SARIF = map[string]SARIFMeta{
	"implicitgrant": {
		Name:             "DoNotUseImplicitGrant",
		CWE:              []int{522},
		Security:         true,
		SecuritySeverity: "7.5",
		Precision:        "high",
	},
	"passwordgrant": {
		Name:             "DoNotUsePasswordGrant",
		CWE:              []int{522},
		Security:         true,
		SecuritySeverity: "7.5",
		Precision:        "high",
	},
	"pkce": {
		Name:             "UsePkceInPublicClients",
		CWE:              []int{294},
		Security:         true,
		SecuritySeverity: "7.5",
		Precision:        "medium",
	},
	"challengemethod": {
		Name:             "UseS256ChallengeMethod",
		CWE:              []int{328},
		Security:         true,
		SecuritySeverity: "5.3",
		Precision:        "high",
	},
	"oauthstate": {
		Name:             "UseUnguessableOAuthState",
		CWE:              []int{352},
		Security:         true,
		SecuritySeverity: "6.5",
		Precision:        "high",
	},
	"insecureendpoint": {
		Name:             "UseTlsForOAuthEndpoints",
		CWE:              []int{319, 295},
		Security:         true,
		SecuritySeverity: "7.4",
		Precision:        "high",
	},
	"tokenleak": {
		Name:             "KeepTokensOutOfUrlsAndLogs",
		CWE:              []int{598, 532},
		Security:         true,
		SecuritySeverity: "6.5",
		Precision:        "medium",
	},
	"oidcverify": {
		Name:             "VerifyIdTokensFully",
		CWE:              []int{347, 294},
		Security:         true,
		SecuritySeverity: "7.5",
		Precision:        "high",
	},
	// redirecturi: CWE-601 (URL Redirection to Untrusted Site): a loosely
	// matched redirect_uri sends the code or token to an attacker's URL
	// (RFC 9700 §4.1.3); high (7.5) like the grant rules, and high
	// precision: it reports a library default or a string comparison.
	"redirecturi": {
		Name:             "MatchRedirectURIsExactly",
		CWE:              []int{601},
		Security:         true,
		SecuritySeverity: "7.5",
		Precision:        "high",
	},
	"ignoredirective": {
		Name:      "KeepIgnoreDirectivesValid",
		Tags:      []string{"maintainability"},
		Precision: "very-high",
	},
}
