package codes

type Issuer struct{}

func (*Issuer) Code(clientID string) string  { return "c-" + clientID }
func (*Issuer) Token(clientID string) string { return "t-" + clientID }
