package oauthmodel

import (
	"slices"
	"testing"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"printAccessToken": {"print", "access", "token"},
		"print-token":      {"print", "token"},
		"newIDTokenCmd":    {"new", "id", "token", "cmd"},
		"get_token":        {"get", "token"},
		"token [flags]":    {"token", "flags"},
		"HTTPTokenPrinter": {"http", "token", "printer"},
		"":                 nil,
	} {
		if got := words(in); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokenCommandName(t *testing.T) {
	for _, c := range []struct {
		name      string
		needToken bool
		want      bool
	}{
		{"printToken", true, true},
		{"newPrintAccessTokenCmd", true, true},
		{"getToken", true, true},
		{"fetchToken", true, false}, // fetching is not printing
		{"loginAndPrintToken", true, false},
		{"print", true, false},
		{"print", false, true}, // a command named print
		{"get", false, true},   // git credential get
		{"run", false, false},
		{"token", false, true},
		{"login", false, false},
		{"admin-token", false, true}, // the admin's token
		{"printServiceToken", true, true},
		{"admin", false, false},              // no token named
		{"adminTokenRefresher", true, false}, // refresher is no printing word
		{"saveUserToken", true, false},       // saving is not printing
		{"token-admin", false, false},        // the kind goes before token
	} {
		if got := tokenCommandName(c.name, c.needToken); got != c.want {
			t.Errorf("tokenCommandName(%q, %v) = %v, want %v", c.name, c.needToken, got, c.want)
		}
	}
}

func TestPrintFlagName(t *testing.T) {
	for name, want := range map[string]bool{
		"print-token": true, "showToken": true, "printAccessToken": true,
		"token": false, "print": false, "verbose": false, "printTok": false,
	} {
		if got := printFlagName(name); got != want {
			t.Errorf("printFlagName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestParseVerbs(t *testing.T) {
	v := parseVerbs("%d%% of %.8s by %-10v (%T)")
	if len(v) != 4 || v[0].hides() || !v[1].hides() || v[2].hides() || !v[3].hides() {
		t.Errorf("parseVerbs: %+v", v)
	}
	if parseVerbs("%[2]s %[1]s") != nil || parseVerbs("%*d") != nil {
		t.Error("indexed or starred verbs must give up")
	}
}

func TestTokenInQuery(t *testing.T) {
	h := value.Hole
	for in, want := range map[string]string{
		"https://api.example/me?access_token=" + h:            "access_token",
		h + "?limit=10&refresh_token=" + h:                    "refresh_token",
		"https://app.example/cb#access_token=" + h:            "",
		"grant_type=refresh_token&refresh_token=" + h:         "", // a form body
		"https://api.example/me?token_type=bearer":            "",
		"https://api.example/me?fields=name#x?access_token=1": "",
	} {
		got, _ := tokenInQuery(in)
		if got != want {
			t.Errorf("tokenInQuery(%q) = %q, want %q", in, got, want)
		}
	}
	if queryOnlyAPI("https://api.weixin.qq.com/sns/userinfo?access_token="+h) == "" ||
		queryOnlyAPI(h+"/sns/userinfo?access_token=") != "" ||
		queryOnlyAPI("https://api.weixin.qq.com.evil.example/?access_token=") != "" {
		t.Error("queryOnlyAPI")
	}
}
