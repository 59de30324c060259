package value

import (
	"go/constant"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRequestURL(t *testing.T) {
	p, ok := ParseRequest("https://idp.example.com/authorize?response_type=code%20token&client_id=" + Hole + "&state=xyz#frag")
	require.True(t, ok)
	v, pres, known := p.Lookup("response_type")
	assert.Equal(t, Present, pres)
	assert.True(t, known)
	assert.Equal(t, "code token", v, "values are query-unescaped")
	_, pres, known = p.Lookup("client_id")
	assert.Equal(t, Present, pres)
	assert.False(t, known, "a Hole makes the value unknown")
	_, pres, _ = p.Lookup("code_challenge")
	assert.Equal(t, Absent, pres, "a closed query proves absence")
}

func TestParseRequestPlaceholders(t *testing.T) {
	// A documentation placeholder is a value we cannot know, not prose.
	p, ok := ParseRequest("https://github.com/login/oauth/access_token?client_id=<your client id>&client_secret=<your client secret>&code=" + Hole)
	require.True(t, ok)
	_, pres, known := p.Lookup("client_secret")
	assert.Equal(t, Present, pres)
	assert.False(t, known)

	// Prose with spaces is still no request.
	_, ok = ParseRequest("?state=a value with spaces")
	assert.False(t, ok)
}

func TestParseRequestHoles(t *testing.T) {
	// base + "?response_type=code&" + extra: extra may hold anything.
	p, ok := ParseRequest(Hole + "?response_type=code&" + Hole)
	require.True(t, ok)
	_, pres, _ := p.Lookup("code_challenge")
	assert.Equal(t, Unknown, pres)
	assert.True(t, p.Open)

	// A key we cannot read opens the set as well.
	p, ok = ParseRequest("https://x/authorize?response_type=code&" + Hole + "=v")
	require.True(t, ok)
	assert.True(t, p.Open)

	// An unknown URL extended with parameters is still a request.
	p, ok = ParseRequest(Hole + "&response_type=token&client_id=a")
	require.True(t, ok)
	v, _, known := p.Lookup("response_type")
	assert.True(t, known)
	assert.Equal(t, "token", v)
}

func TestParseRequestRejectsProse(t *testing.T) {
	for _, s := range []string{
		"response_type=token is not supported",
		"response_type=token",                  // a lone mention, not a body
		"unsupported response_type=token",      // key with a space
		"Send response_type=token to get one.", // prose
		"https://example.com/docs",             // a URL without a query
		"",
		"grant_type=password", // one parameter alone
	} {
		_, ok := ParseRequest(s)
		assert.False(t, ok, "%q", s)
	}
}

func TestParseRequestFormBody(t *testing.T) {
	p, ok := ParseRequest("grant_type=password&username=" + Hole + "&password=" + Hole)
	require.True(t, ok)
	v, pres, known := p.Lookup("grant_type")
	assert.Equal(t, Present, pres)
	assert.True(t, known)
	assert.Equal(t, "password", v)
}

// A form body may carry a URL unescaped as a value: the "://" inside
// redirect_uri does not make the body a URL without a query.
func TestParseRequestFormBodyRawURL(t *testing.T) {
	p, ok := ParseRequest("client_id=" + Hole + "&code=" + Hole + "&redirect_uri=http://localhost:5001/code&grant_type=authorization_code")
	require.True(t, ok)
	v, _, _ := p.Lookup("redirect_uri")
	assert.Equal(t, "http://localhost:5001/code", v)
	v, _, _ = p.Lookup("grant_type")
	assert.Equal(t, "authorization_code", v)

	_, ok = ParseRequest("https://example.com/cb/code=x&y=z")
	assert.False(t, ok, "a URL without a query, whatever its path holds")
}

func TestEncodeValuesRoundTrip(t *testing.T) {
	var p Params
	p.Set("response_type", "code")
	p.Set("redirect_uri", "http://127.0.0.1:"+Hole+"/cb")
	p.Set("scope", "openid email")
	enc := EncodeValues(p)
	assert.Equal(t, "redirect_uri=http%3A%2F%2F127.0.0.1%3A"+Hole+"%2Fcb&response_type=code&scope=openid+email", enc)
	back, ok := ParseRequest("https://idp/authorize?" + enc)
	require.True(t, ok)
	assert.Equal(t, p.Values, back.Values)
	assert.False(t, back.Open)

	p.Open = true
	back, ok = ParseRequest("https://idp/authorize?" + EncodeValues(p))
	require.True(t, ok)
	assert.True(t, back.Open, "an open set stays open through Encode")
}

func TestSprintf(t *testing.T) {
	str := func(s string) Arg { return Arg{Str: s, IsStr: true} }
	tests := []struct {
		format string
		args   []Arg
		want   string
	}{
		{"%s/authorize?response_type=%s&client_id=%s", []Arg{str(Hole), str("token"), str("abc")}, Hole + "/authorize?response_type=token&client_id=abc"},
		{"port=%d", []Arg{{Const: constant.MakeInt64(8080)}}, "port=8080"},
		{"%v|%t", []Arg{{Const: constant.MakeInt64(1)}, {Const: constant.MakeBool(true)}}, "1|true"},
		{"%q", []Arg{str("a b")}, `"a b"`},
		{"%q", []Arg{str(Hole)}, Hole},
		{"100%% %s", []Arg{str("x")}, "100% x"},
		{"%5s|%s", []Arg{str("a"), str("b")}, Hole + "|b"},      // width: unknown text
		{"%s %s", []Arg{str("a")}, "a " + Hole},                 // missing argument
		{"%[2]s %[1]s", []Arg{str("a"), str("b")}, Hole + Hole}, // indexes: give up
		{"%x", []Arg{str("a")}, Hole},                           // a verb we do not render
		{"%d", []Arg{{}}, Hole},                                 // an unknown argument
		{"trailing %", nil, "trailing %!(NOVERB)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Sprintf(tt.format, tt.args), tt.format)
	}
}

func TestVerbArgs(t *testing.T) {
	tests := []struct {
		format string
		want   map[string]int
	}{
		{"https://github.com/login/oauth/access_token?client_id=%s&client_secret=%s&code=%s", map[string]int{"client_id": 0, "client_secret": 1, "code": 2}},
		{"%s/token?grant_type=authorization_code&code=%v#frag", map[string]int{"code": 1}},
		{"%s?code=%s-%s&state=%s", map[string]int{"state": 3}}, // code is not one verb
		{"100%%?code=%s", map[string]int{"code": 0}},
		{"%s?code=%5s", nil},   // a width: give up
		{"%[1]s?code=%s", nil}, // an index: give up
		{"no verbs?code=x", nil},
		{"trailing %", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, VerbArgs(tt.format), tt.format)
	}
}

// An unescaped space in a URL's scope separates scope tokens (servers
// take it as the list RFC 6749 §3.3 describes); in prose it does not.
func TestParseRequestSpacedScope(t *testing.T) {
	p, ok := ParseRequest("https://login.example.com/authorize?client_id=" + Hole + "&response_type=code&scope=tasks.read offline_access")
	require.True(t, ok)
	v, _, known := p.Lookup("scope")
	assert.True(t, known)
	assert.Equal(t, "tasks.read offline_access", v)
	_, pres, _ := p.Lookup("state")
	assert.Equal(t, Absent, pres)
	p, ok = ParseRequest("https://idp.example.com/auth?response_type=code&scope=openid profile email")
	require.True(t, ok)
	v, _, _ = p.Lookup("scope")
	assert.Equal(t, "openid profile email", v)
	for _, s := range []string{
		"Open https://idp.example.com/auth?response_type=code&scope=openid and then paste the code here",
		"https://idp.example.com/auth?response_type=code&state=a b",
		"response_type=code&scope=tasks.read offline_access", // not a URL
	} {
		_, ok := ParseRequest(s)
		assert.False(t, ok, "%q", s)
	}
	// A URL on a line of its own in a longer message ends at the line.
	p, ok = ParseRequest("Open https://idp.example.com/auth?response_type=code&client_id=cli\nthen paste the code here")
	require.True(t, ok)
	v, _, _ = p.Lookup("client_id")
	assert.Equal(t, "cli", v)
}
