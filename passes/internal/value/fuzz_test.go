package value

import (
	"go/constant"
	"strings"
	"testing"
)

func FuzzParseRequest(f *testing.F) {
	for _, s := range []string{
		"https://idp.example.com/authorize?response_type=code&client_id=a&code_challenge=x&code_challenge_method=S256",
		"grant_type=password&username=" + Hole + "&password=" + Hole,
		Hole + "?response_type=token&" + Hole,
		"response_type=token is not supported",
		"a=%zz&b=%41",
		"?=&&==&" + Hole + "=" + Hole,
		"https://x/?#",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := ParseRequest(s)
		if !ok {
			return
		}
		for k := range p.Values {
			if !Known(k) {
				t.Fatalf("ParseRequest(%q) kept an unknown key %q", s, k)
			}
		}
		// What Encode writes, ParseRequest reads back (for sets it accepts).
		if len(p.Values) > 0 {
			back, ok := ParseRequest("https://h/p?" + EncodeValues(p))
			if !ok || back.Open != p.Open || len(back.Values) != len(p.Values) {
				t.Fatalf("round trip of %q: %+v -> %+v (ok=%v)", s, p, back, ok)
			}
			for k, v := range p.Values {
				if back.Values[k] != v {
					t.Fatalf("round trip of %q: %s=%q became %q", s, k, v, back.Values[k])
				}
			}
		}
	})
}

func FuzzSprintf(f *testing.F) {
	f.Add("%s/authorize?response_type=token&n=%d%%", "https://x", int64(3))
	f.Add("%[2]*.[1]d %q %v %x %", Hole, int64(-1))
	f.Fuzz(func(t *testing.T, format, s string, n int64) {
		got := Sprintf(format, []Arg{{Str: s, IsStr: true}, {Const: constant.MakeInt64(n)}, {}})
		if !strings.ContainsRune(format, '%') && got != format {
			t.Fatalf("Sprintf(%q) without verbs = %q", format, got)
		}
	})
}
