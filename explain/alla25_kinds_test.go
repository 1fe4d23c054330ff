package explain

import "testing"

// Held-out batch 25-alla (categories user-unknown to reputation): the kinds
// its first run found, tested in new wording (not the batch's rows), with
// neighbours that keep their readings.

// RFC 5321's 551 in Spanish, Portuguese, Italian, German and Russian
// (alla25.l10n-user-not-local).
func TestKindAlla25L10nUserNotLocal(t *testing.T) {
	checkKinds(t, []kindCase{
		{"551 Usuario no local; por favor intente <ana@nuevo.example>", Moved, ClassPermanent},
		{"551 Usuário não local; por favor tente <joao@novo.example>", Moved, ClassPermanent},
		{"551 Utente non locale; provare <luca@nuovo.example>", Moved, ClassPermanent},
		{"551 Benutzer nicht lokal; bitte versuchen Sie <jan@neu.example>", Moved, ClassPermanent},
		// neighbour: the bare 551 without its words stays unknown
		{"551", Unknown, ClassPermanent},
	})
}

// A short "moved, try another host" refusal (alla25.moved-try-another-host).
func TestKindAlla25MovedTryAnotherHost(t *testing.T) {
	checkKinds(t, []kindCase{
		{"450 Moved; try another server", Moved, ClassTransient},
		{"550 User has moved to another host", Moved, ClassPermanent},
		// neighbour: a bare 451 without the words stays the server's trouble
		{"451 Requested action aborted: local error in processing", ServerError, ClassTransient},
	})
}
