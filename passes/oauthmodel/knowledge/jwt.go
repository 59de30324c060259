package knowledge

import "strings"

// JWTLibraries are the import path roots of JWT and JOSE libraries: a
// struct that embeds one of their types, or a value handed to one of
// their functions (jwt.ParseWithClaims(raw, &claims, keyFunc)), holds a
// token's claims, not a request's parameters.
var JWTLibraries = []string{
	"github.com/golang-jwt/jwt",
	"github.com/dgrijalva/jwt-go",
	"github.com/form3tech-oss/jwt-go",
	"github.com/go-jose/go-jose",
	"gopkg.in/square/go-jose.v2",
	"gopkg.in/go-jose/go-jose.v2",
	"github.com/square/go-jose",
	"github.com/lestrrat-go/jwx",
	"github.com/cristalhq/jwt",
	"github.com/kataras/jwt",
	"github.com/pascaldekloe/jwt",
	"github.com/gbrlsnchs/jwt",
}

// IsJWTPath reports whether path is a package of one of JWTLibraries
// (any major version or subpackage).
func IsJWTPath(path string) bool {
	for _, root := range JWTLibraries {
		if path == root || strings.HasPrefix(path, root+"/") {
			return true
		}
	}
	return false
}
