// The same as emptychallenge written differently: the record's type is in
// another package and the reset is a composite literal with an empty
// challenge constant. Silent. A non-empty constant challenge in the same
// shape is still reported.
package emptychallenge2

import "example.com/fixtures/pkce/emptychallenge2/record"

const noChallenge = ""

func Reset(clientID string) record.Pending {
	return record.Pending{
		ResponseType:  "code",
		ClientID:      clientID,
		CodeChallenge: noChallenge,
	}
}

func Fixed(clientID string) record.Pending {
	return record.Pending{
		ResponseType:  "code",
		ClientID:      clientID,
		CodeChallenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", // want `PKCE with a constant verifier`
		Method:        "S256",
	}
}
