package approvalpage

import neturl "net/url"

type (
	url    = neturl.URL
	values = neturl.Values
)
