// The same as clearedrecord written differently: the record's type is in
// another package, and the reset is a literal with empty named constants
// returned to the caller. Silent.
package clearedrecord2

import "example.com/fixtures/oauthstate/clearedrecord2/wire"

const none = ""

func Blank() wire.Pending {
	return wire.Pending{Type: none, Client: none, Redirect: none, State: none}
}
