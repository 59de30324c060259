package oauthstate_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/oauthstate"
)

var testdata = filepath.Join("..", "..", "testdata")

func TestOAuthState(t *testing.T) {
	analysistest.Run(t, testdata, oauthstate.Analyzer,
		"./oauthstate/webapp", "./oauthstate/requeststate", "./oauthstate/requeststate2", "./oauthstate/requeststate3", "./oauthstate/straygrant", "./oauthstate/straygrant2", "./oauthstate/redirectquery", "./oauthstate/zitadelnocookie", "./oauthstate/zitadelnocookie2/...", "./oauthstate/cookieguard", "./oauthstate/cookieguard2", "./oauthstate/allowlist", "./oauthstate/allowlist2", "./oauthstate/handexchange", "./oauthstate/handexchange2", "./oauthstate/sealedstate", "./oauthstate/sealedstate2/...", "./oauthstate/relayquery", "./oauthstate/relayquery2", "./oauthstate/afterexchange", "./oauthstate/afterexchange2/...", "./oauthstate/onceperrun", "./oauthstate/onceperrun2", "./oauthstate/servedtoken", "./oauthstate/servedtoken2", "./oauthstate/sessionapp", "./oauthstate/constant", "./oauthstate/cli",
		"./oauthstate/clihandbuilt", "./oauthstate/ownlink", "./oauthstate/ownlink2", "./oauthstate/ginreply", "./oauthstate/ginreply2/...", "./pkce/relayverifier2/...", "./oauthstate/predictable/...", "./oauthstate/timebased",
		"./oauthstate/callback", "./oauthstate/caller", "./oauthstate/paste", "./oauthstate/pasteoob", "./oauthstate/handbuiltflow", "./oauthstate/service",
		"./oauthstate/googlecreds", "./oauthstate/googlecreds2/...", "./oauthstate/statearg", "./oauthstate/statearg2/...",
		"./oauthstate/fieldstate/...", "./oauthstate/factory/...", "./oauthstate/storedbase/...", "./oauthstate/optionalstate/...", "./oauthstate/relay/...", "./oauthstate/paramcode/...", "./oauthstate/paramcode2", "./oauthstate/pastepage/...", "./oauthstate/pastepage2", "./oauthstate/pastepage3/...", "./oauthstate/chatreply", "./oauthstate/defaultgrant", "./oauthstate/runestate", "./oauthstate/runestate2/...", "./oauthstate/pastebeside", "./oauthstate/pastebeside2", "./oauthstate/fetchedonly", "./oauthstate/fetchedonly2", "./oauthstate/boundcallback", "./oauthstate/boundcallback2", "./oauthstate/switchbase", "./oauthstate/switchbase2",
		"./oauthstate/builturl", "./oauthstate/builturl2/...", "./oauthstate/builturlparsed", "./oauthstate/emptystored", "./oauthstate/emptystored2", "./oauthstate/servedform", "./oauthstate/servedform2", "./oauthstate/spacedscope",
		"./oauthstate/clearedrecord", "./oauthstate/clearedrecord2/...",
		// Records kept in a store through a helper, and one sent.
		"./oauthstate/keptrecord", "./oauthstate/keptrecord2", "./oauthstate/keptrecordsent",
		"./oauthstate/sprintfexchange", "./oauthstate/sprintfexchange2/...", "./oauthstate/sprintfplaceholder", "./oauthstate/codefact/...", "./oauthstate/codefact2/...", "./oauthstate/codefact3/...", "./oauthstate/codefact4/...", "./oauthstate/fieldtemplate", "./oauthstate/fieldtemplate2/...", "./oauthstate/fieldtemplate3", "./oauthstate/basicauth", "./oauthstate/basicauth2",
		"./oauthstate/pkgvarstate", "./oauthstate/pkgvarstate2/...", "./oauthstate/chatreply2", "./oauthstate/slackcallback", "./oauthstate/auth0callback/...", "./oauthstate/consentpage", "./oauthstate/predictable3", "./oauthstate/cobrapaste/...", "./oauthstate/shiftedsource", "./oauthstate/shiftedsource2/...", "./oauthstate/approvalpage", "./oauthstate/approvalpage2/...", "./oauthstate/shiftedsource3/...",
		// States looked up in a store every browser shares.
		"./oauthstate/unboundmap", "./oauthstate/unboundredis", "./oauthstate/unboundsafe", "./oauthstate/unboundcli",
		"./oauthstate/unboundsplit/...", "./oauthstate/unboundsplit2/...", "./oauthstate/unboundredis2", "./oauthstate/unboundlater", "./oauthstate/unboundlater2", "./oauthstate/emptyaccept", "./oauthstate/emptyaccept2", "./oauthstate/unrefused", "./oauthstate/unrefused2", "./oauthstate/tokenproxy", "./oauthstate/tokenproxy2",
		// JSON answers naming a client and its redirect URI: no URL.
		"./oauthstate/jsonanswer", "./oauthstate/jsonanswer2",
		// Logout links that name client_id and redirect_uri.
		"./oauthstate/logoutlink", "./oauthstate/logoutlink2",
		// Checks that a missing state skips.
		"./oauthstate/skippedcheck", "./oauthstate/skippedcheck2", "./oauthstate/skippedcheck3/...",
		"./oauthstate/redeemchain", "./oauthstate/redeemchain2",
		"./oauthstate/joinstate", "./oauthstate/joinstate2",
		"./oauthstate/gothstate", "./oauthstate/gothstate2",
		"./oauthstate/libstate/...", "./oauthstate/libstate2",
		"./oauthstate/sessioncallback", "./oauthstate/sessioncallback2",
		// An interface whose one implementation embeds the Config: its Exchange is promoted.
		"./oauthstate/promotedexchange/...", "./oauthstate/promotedexchange2",
		// States from unique-id generators: the clock and a counter.
		"./oauthstate/idstate", "./oauthstate/idstate2/...",
		// States a redirecting helper takes from every caller of the package.
		"./oauthstate/handedstate", "./oauthstate/handedstate2", "./oauthstate/handedstatesafe",
		// States that another package sets once, in a declaration or init.
		"./oauthstate/pkgvarfact/...", "./oauthstate/pkgvarfact2/...",
		// Fiber callbacks.
		"./oauthstate/fibercallback", "./oauthstate/fibercallback2",
		// States the request's sender chooses: its path.
		"./oauthstate/pathstate", "./oauthstate/pathstate2",
		// Functions handed the request being served that check the state themselves.
		"./oauthstate/requesthelper", "./oauthstate/requesthelper2",
		// Hops to a route of this very server that name a client and its redirect URI.
		"./oauthstate/platformhop", "./oauthstate/platformhop2",
		// Shared stores keyed by a prefix joined to the state, in another package.
		"./oauthstate/unboundkeyed/...", "./oauthstate/unboundkeyed2/...",
		// Hydra login challenges as the upstream state: bound by Hydra.
		"./oauthstate/hydrachallenge/...", "./oauthstate/hydrachallenge2",
		// A state read once when the program starts.
		"./oauthstate/envstate", "./oauthstate/envstate2/...",
		// Codes redeemed through interfaces of the package.
		"./oauthstate/ifacechain/...", "./oauthstate/ifacechain2/...", "./oauthstate/ifacechain3/...",
		// Codes appended to a token URL held in a variable.
		"./oauthstate/unboundget", "./oauthstate/unboundget2",
		// A stored state looked up with (string, error).
		"./oauthstate/emptylookup", "./oauthstate/emptylookup2",
		// A callback that compares with one value for every login.
		"./oauthstate/sharedvar", "./oauthstate/sharedvar2", "./oauthstate/sharedvarlocal",
		// Callbacks that hand the request to helpers of another package.
		"./oauthstate/helperreads/...", "./oauthstate/helperreads2/...",
		"./oauthstate/emptyhelper/...", "./oauthstate/emptyhelper2/...",
		// Shared stores behind an interface of the package.
		"./oauthstate/ifacestore/...", "./oauthstate/ifacestore2")
}
