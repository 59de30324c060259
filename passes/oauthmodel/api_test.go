package oauthmodel

import (
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/authhandler"
	"golang.org/x/oauth2/clientcredentials"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// TestKnownNamesAreTheRealAPI checks the names the model matches against
// the golang.org/x/oauth2 the module is built with: a rename upstream
// fails here instead of silently turning a rule off.
func TestKnownNamesAreTheRealAPI(t *testing.T) {
	for want, fn := range map[string]any{
		fnAuthCodeURL:         (*oauth2.Config).AuthCodeURL,
		fnExchange:            (*oauth2.Config).Exchange,
		fnPasswordToken:       (*oauth2.Config).PasswordCredentialsToken,
		fnDeviceAccessToken:   (*oauth2.Config).DeviceAccessToken,
		fnS256ChallengeOption: oauth2.S256ChallengeOption,
		fnSetAuthURLParam:     oauth2.SetAuthURLParam,
		fnVerifierOption:      oauth2.VerifierOption,
		fnAuthHandlerSource:   authhandler.TokenSource,
		fnAuthHandlerPKCE:     authhandler.TokenSourceWithPKCE,
		"golang.org/x/oauth2.S256ChallengeFromVerifier": oauth2.S256ChallengeFromVerifier,
	} {
		assert.Equal(t, want, typesName(runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()))
	}
	// The types and fields the model reads.
	assert.Equal(t, typeOAuth2Config, reflect.TypeFor[oauth2.Config]().Name())
	_, ok := reflect.TypeFor[oauth2.Config]().FieldByName(fieldRedirectURL)
	assert.True(t, ok)
	_, ok = reflect.TypeFor[clientcredentials.Config]().FieldByName(fieldEndpointParams)
	assert.True(t, ok)
	assert.Equal(t, typePKCEParams, reflect.TypeFor[authhandler.PKCEParams]().Name())
	for _, f := range []string{"Challenge", "ChallengeMethod", "Verifier"} {
		_, ok := reflect.TypeFor[authhandler.PKCEParams]().FieldByName(f)
		assert.True(t, ok, f)
	}
}

// TestThreeLeggedTable checks the authhandler entries of the table
// against the real functions: their names and the types at the argument
// positions it gives. (The google entries are checked by the fixtures
// oauthstate/googlecreds and pkce/googleparams, which compile against
// the real golang.org/x/oauth2/google of testdata/go.mod.)
func TestThreeLeggedTable(t *testing.T) {
	funcs := map[string]any{"TokenSource": authhandler.TokenSource, "TokenSourceWithPKCE": authhandler.TokenSourceWithPKCE}
	n := 0
	for _, f := range knowledge.ThreeLeggedFlows {
		if f.Pkg != "authhandler" {
			continue
		}
		n++
		fn, ok := funcs[f.Name]
		require.True(t, ok, f.Name)
		assert.Equal(t, pathOAuth2+"/"+f.Pkg+"."+f.Name, typesName(runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()))
		typ := reflect.TypeOf(fn)
		assert.Equal(t, reflect.TypeFor[*oauth2.Config](), typ.In(f.ConfigArg-1))
		assert.Equal(t, reflect.TypeFor[string](), typ.In(f.StateArg-1))
		assert.Equal(t, reflect.TypeFor[authhandler.AuthorizationHandler](), typ.In(f.HandlerArg-1))
		if f.PKCEArg > 0 {
			assert.Equal(t, reflect.TypeFor[*authhandler.PKCEParams](), typ.In(f.PKCEArg-1))
		}
	}
	assert.Equal(t, len(funcs), n)
}

// typesName turns the runtime's "pkg/path.(*T).M" into go/types'
// "(*pkg/path.T).M".
func typesName(runtimeName string) string {
	i := strings.Index(runtimeName, ".(")
	if i < 0 {
		return runtimeName
	}
	pkg, rest := runtimeName[:i], runtimeName[i+2:] // "*Config).AuthCodeURL"
	star := strings.HasPrefix(rest, "*")
	rest = strings.TrimPrefix(rest, "*")
	typ, method, _ := strings.Cut(rest, ").")
	method = strings.TrimSuffix(method, "-fm")
	if star {
		return "(*" + pkg + "." + typ + ")." + method
	}
	return "(" + pkg + "." + typ + ")." + method
}
