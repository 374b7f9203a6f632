package quotes

import "testing"

// Attribution cases in the style of real news, one table per kind of error
// a reader must not see: the right speaker, or none.

func TestAttributionNamesAndDescriptions(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			// the name, not the description before it
			name:  "role description then name before the cue",
			text:  "\"The methane is leaking from somewhere below the crust,\" lead researcher and planetary scientist Lena Marsh said on Tuesday.",
			wants: []want{{text: "The methane is leaking", speaker: "Lena Marsh", mention: "Lena Marsh", cue: "said"}},
		},
		{
			name:  "inverted attribution closes the sentence of a partial quote",
			text:  "Hale was known for telling colleagues \"he ran the whole programme\" despite his junior post, said another engineer on the project, former site manager Grace Obi.",
			wants: []want{{text: "he ran the whole programme", speaker: "Grace Obi", mention: "Grace Obi", cue: "said", partial: true}},
		},
		{
			name:  "a description in the sentence subject is no speaker for the name after the cue",
			text:  "Hale was known for telling colleagues \"he ran the whole programme\" despite his junior post, told the Herald the report was late.",
			wants: []want{{text: "he ran the whole programme", speaker: "Hale", mention: "Hale", cue: "telling", partial: true}},
		},
		{
			name: "the fullest name for a later shorter mention",
			text: "The board appointed Kathleen Ann Marlow as chief executive in May.\n\n" +
				"\"We have work to do,\" Ann Marlow said.",
			wants: []want{{text: "We have work to do", speaker: "Kathleen Ann Marlow", mention: "Ann Marlow", cue: "said"}},
		},
		{
			name:  "a royal known by one name keeps the title",
			text:  "Prince Edward opened the new wing on Friday.\n\n\"It is a wonderful place to heal,\" Edward said.",
			wants: []want{{text: "It is a wonderful place to heal", speaker: "Prince Edward", mention: "Edward", cue: "said"}},
		},
		{
			name: "a bracketed first name",
			text: "\"He is the best passer I have coached,\" Coach (Frank) Mercer said.\n\n\"We will see,\" Mercer said.",
			wants: []want{
				{text: "He is the best passer I have coached", speaker: "Frank Mercer", mention: "Coach Mercer", cue: "said"},
				{text: "We will see", speaker: "Frank Mercer", mention: "Mercer", cue: "said"},
			},
		},
		{
			name: "a first name that is a common word after the cue",
			text: "\"I posted it and five people swiped away,\" said Will Garner, a consultant.",
			// (the mention loses "Will", read as a sentence opener)
			wants: []want{{text: "I posted it and five people swiped away", speaker: "Will Garner", mention: "Garner", cue: "said"}},
		},
		{
			name: "a surname that is a title word",
			text: "\"Turnout makes the difference,\" said Charlie King, a party organiser.\n\n\"We are building enthusiasm,\" Mr. King added.",
			wants: []want{
				{text: "Turnout makes the difference", speaker: "Charlie King", mention: "Charlie King", cue: "said"},
				{text: "We are building enthusiasm", speaker: "Charlie King", mention: "Mr. King", cue: "added"},
			},
		},
		{
			name: "the age description is the person last named",
			text: "The club appointed Luis Ferreira as head coach on Wednesday.\n\n" +
				"The 61-year-old said: \"I am proud to join a club with such a history.\"",
			wants: []want{{text: "I am proud to join a club", speaker: "Luis Ferreira", mention: "The 61-year-old", cue: "said"}},
		},
		{
			name:  "an office named with for",
			text:  "The United Nations High Commissioner for Refugees said the camps were \"dangerously overcrowded\".",
			wants: []want{{text: "dangerously overcrowded", speaker: "United Nations High Commissioner for Refugees", mention: "Refugees", cue: "said", partial: true}},
		},
	})
}

func TestAttributionDocumentsAndOrganisations(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:  "a study by an institute",
			text:  "A 2021 study by the Institute for Fiscal Studies, a London think tank, found that \"the poorest households pay the most\".",
			wants: []want{{text: "the poorest households pay the most", speaker: "Institute for Fiscal Studies", mention: "A 2021 study", cue: "found", partial: true}},
		},
		{
			name: "the statement is its issuer's",
			text: "On Monday, Harbour Records issued a statement about the dispute.\n\n" +
				"\"We have always paid our artists on time,\" the statement said.",
			wants: []want{{text: "We have always paid our artists on time", speaker: "Harbour Records", mention: "the statement", cue: "said"}},
		},
		{
			name:  "a statement with no issuer stays a description",
			text:  "\"The matter is closed,\" the statement said.",
			wants: []want{{text: "The matter is closed", speaker: "the statement", mention: "the statement", cue: "said"}},
		},
		{
			name: "it is the organisation last quoted",
			text: "The inquiry has been dropped, the Norwegian Prosecution Authority said.\n\n" +
				"\"Nothing in the evidence supports a charge,\" the Norwegian Prosecution Authority said. \"The file is closed.\"\n\n" +
				"\"The ground for this ruling is that the witnesses have withdrawn,\" it said.",
			wants: []want{
				{text: "Nothing in the evidence supports a charge ... The file is closed.", speaker: "Norwegian Prosecution Authority", mention: "Norwegian Prosecution Authority", cue: "said"},
				{text: "The ground for this ruling", speaker: "Norwegian Prosecution Authority", mention: "it", cue: "said"},
			},
		},
		{
			name: "an acronym spelled out once",
			text: "The Federal Aviation Administration grounded the aircraft on Monday.\n\n" +
				"\"The risk to passengers is extremely low,\" the FAA said.",
			wants: []want{{text: "The risk to passengers is extremely low", speaker: "Federal Aviation Administration", mention: "FAA", cue: "said"}},
		},
	})
}

func TestAttributionContext(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a sentence reporting speech introduces the next paragraph's quote",
			text: "Okafor said the plan was only the latest attempt to force the tenants out.\n\n" +
				"\"They wanted us gone and they used every trick to do it.\"",
			wants: []want{{text: "They wanted us gone", speaker: "Okafor", mention: "Okafor", cue: "said"}},
		},
		{
			name:  "a possessive description reports the speech, not the name in it",
			text:  "Mara Lind has not spoken since. Lind's agent told reporters that this was untrue. \"The label is trying to deflect.\"",
			wants: []want{{text: "The label is trying to deflect.", speaker: "Lind's agent", mention: "Lind's agent", cue: "told"}},
		},
		{
			name: "a sentence about a named person in the quote's paragraph",
			text: "\"We cannot build three rockets by 2024,\" said Paul Brandt.\n\n" +
				"Senator Ruth Keane returned to the issue later in the hearing. \"What vehicles exist today that can do it?\"",
			wants: []want{
				{text: "We cannot build three rockets by 2024", speaker: "Paul Brandt", mention: "Paul Brandt", cue: "said"},
				{text: "What vehicles exist today", speaker: "Ruth Keane", mention: "Ruth Keane"},
			},
		},
		{
			name:  "a partial quote takes its sentence's named subject",
			text:  "Tom Pruitt, research director at the firm, sees the thin catalogue as the service's \"soft underbelly.\"",
			wants: []want{{text: "soft underbelly.", speaker: "Tom Pruitt", mention: "Tom Pruitt", partial: true}},
		},
		{
			name: "a pronoun resolves from its own place in the sentence",
			text: "Ana Price met the minister on Monday.\n\n" +
				"Last week council official Dev Malik revealed the plan to the committee, saying he recalled it \"vividly.\"",
			wants: []want{{text: "vividly.", speaker: "Dev Malik", mention: "he", cue: "recalled", partial: true}},
		},
		{
			name: "a participle's subject inside its clause",
			text: "Ana Price met the minister on Monday.\n\n" +
				"Last week council official Dev Malik revealed the plan to the committee, saying it was \"overdue.\"",
			wants: []want{{text: "overdue.", speaker: "Dev Malik", mention: "Dev Malik", cue: "saying", partial: true}},
		},
		{
			name:  "a participle cue takes the name opening its clause",
			text:  "After the hearing, Ann Marlow issued a statement about the charges, saying, \"I remain devoted to this office.\"",
			wants: []want{{text: "I remain devoted to this office.", speaker: "Ann Marlow", mention: "Ann Marlow", cue: "saying"}},
		},
		{
			name: "she is nobody rather than a business name",
			text: "Reporters spoke to one mother, whose children ran accounts as a Cake Shop and a Bowling Alley online. " +
				"\"I am miles ahead of every other mum I know,\" she said.",
			wants: []want{{text: "I am miles ahead of every other mum I know", speaker: "", mention: "she", cue: "said"}},
		},
		{
			name:  "words relayed by a reporter belong to someone unnamed",
			text:  "Lee of the Herald reports that officials had ordered editors to \"block and remove\" posts about the outbreak.",
			wants: []want{{text: "block and remove", speaker: "", partial: true}},
		},
		{
			name: "a sentence sourced elsewhere does not give its subject the quote",
			text: "Prosecutors charged Dana Kerr and Milo Hart on Tuesday.\n\n" +
				"Kerr and Hart signed \"false entries in the night log\" attesting they had made their rounds, according to court records.",
			wants: []want{{text: "false entries in the night log", speaker: "", partial: true}},
		},
		{
			name:  "a bare partial quote followed by the writer's words has no attribution after it",
			text:  "The ministry said it viewed the move as \"one more step undermining\" the legal basis for talks and said it would protest.",
			wants: []want{{text: "one more step undermining", speaker: "the ministry", mention: "The ministry", cue: "said", partial: true}},
		},
	})
}

// A quotation broken by its attribution sentence is one quotation; two
// quotations each with its own attribution are two.
func TestAttributionSentenceJoinsOneQuote(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:  "one quotation",
			text:  "\"They have to widen the library,\" says Pruitt. \"The cheap plan is its trump card.\"",
			wants: []want{{text: "They have to widen the library ... The cheap plan is its trump card.", speaker: "Pruitt", mention: "Pruitt", cue: "says"}},
		},
		{
			name: "each part with its own attribution",
			text: "\"We won,\" said Ann Hill. \"They lost,\" said Bo Reed.",
			wants: []want{
				{text: "We won", speaker: "Ann Hill", mention: "Ann Hill", cue: "said"},
				{text: "They lost", speaker: "Bo Reed", mention: "Bo Reed", cue: "said"},
			},
		},
		{
			name: "an attribution with a purpose clause of the writer's own",
			text: "\"The era of walls is over,\" said Mr Lund, on a tour to calm the allies. \"We invite them to join us.\"",
			wants: []want{
				{text: "The era of walls is over", speaker: "Lund", mention: "Mr Lund", cue: "said"},
				{text: "We invite them to join us.", speaker: "Lund"},
			},
		},
	})
}

// Strings in quotation marks that quote no one are left out.
func TestNotQuotations(t *testing.T) {
	cases := []struct{ name, text string }{
		{"term after is called", "When the dust is grain dust, the illness is called \"farmer's lung.\""},
		{"term after what's called", "Breathing mould can lead to what's called \"humidifier fever,\" doctors say."},
		{"the term is", "When it comes from birds, the term often used is \"bird fancier's lung.\""},
		{"known as", "The reef is known as \"the Garden.\""},
		{"diagnosed with", "He was diagnosed with \"feather-duvet lung,\" according to a case report."},
		{"nickname after the marks", "Perhaps the \"new Harbour,\" as Reed dubbed the merged firm, will do better."},
		{"campaign name before", "She runs the agency behind the campaign \"Starts with one.\""},
		{"campaign name after", "The state's \"Meth. We're on it.\" awareness campaign drew mockery."},
		{"thought, not speech", "The more it drags on, the more people shrug and think, \"Enough already, just vote.\""},
		{"a catchphrase", "As the detective would say, \"Elementary, my dear fellow.\""},
		{"hypothetical", "The public might then scream, \"Make it stop.\""},
		{"counterfactual", "The aide would then have claimed, \"Nobody told me.\""},
		{"counterfactual partial", "The aide would then have claimed that the mayor promised \"space\" to the unions."},
		{"a label chosen", "The app lets you choose a category, and I earnestly chose \"Journalist.\""},
		{"scare quote ending a sentence", "Nobody would put up with another inquiry into \"foreign collusion.\""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, q := range extractText(c.text, 3) {
				t.Errorf("%q extracted as a quotation (speaker %q)", q.Text, q.Speaker)
			}
		})
	}
	// the same words said by someone stay quotations
	kept := []struct{ name, text, speaker string }{
		{"called it, said by a senator", "Senator Jo Park called the ruling \"a crisis of public trust.\"", "Jo Park"},
		{"a full quotation after a cue", "\"Enough already, just vote,\" said Ann Lee.", "Ann Lee"},
		{"would say, reported", "Years later Ann Lee would say, \"I never doubted the verdict.\"", ""},
	}
	for _, c := range kept {
		t.Run(c.name, func(t *testing.T) {
			got := extractText(c.text, 3)
			if len(got) != 1 || c.speaker != "" && got[0].Speaker != c.speaker {
				t.Errorf("got %+v, want one quotation by %q", got, c.speaker)
			}
		})
	}
}

// Key quotes are a handful of substantial, attributed, full quotations.
func TestKeyQuotesAreSelective(t *testing.T) {
	text := "\"Please.\" The word hung in the hall.\n\n" +
		"\"We will reopen the library in the spring with longer hours,\" said council leader Ruth Adams.\n\n" +
		"Residents called the delay \"a scandal that has gone on for far too long\".\n\n" +
		"\"Nobody told us anything about the roof or the money for it,\" one resident said.\n\n" +
		"\"The budget is there and the builders start on Monday,\" Adams added.\n\n" +
		"\"The budget is there and the builders start on Monday,\" Adams added."
	got := extractText(text, 10)
	keys := map[string]bool{}
	for _, q := range got {
		if q.Key {
			keys[q.Text] = true
			if q.Speaker == "" || isDescription(q.Speaker) || q.Partial || wordCount(q.Text) < keyMinWords {
				t.Errorf("key quote %q (speaker %q, partial %v) is not eligible", q.Text, q.Speaker, q.Partial)
			}
		}
	}
	if len(keys) != 2 || !keys["We will reopen the library in the spring with longer hours"] ||
		!keys["The budget is there and the builders start on Monday"] {
		t.Errorf("keys %v, want Adams's two quotations once each", keys)
	}
	n := 0
	for _, q := range got {
		if q.Key {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d key quotes, want 2 (the repeat is no key)", n)
	}
}

func TestAttributionGroupsNamedForTheirMembers(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "the members' plural names the group called after them",
			text: "A group of nurses has asked the city to reopen the night clinic.\n\n" +
				"The nurses, members of a new group Nurses for Safe Streets, offered to staff it for free.\n\n" +
				"\"We cannot watch another winter like the last one,\" the nurses wrote.",
			wants: []want{{text: "We cannot watch another winter", speaker: "Nurses for Safe Streets", mention: "the nurses", cue: "wrote"}},
		},
		{
			name: "a synonym of the members' noun",
			text: "The doctors, who founded Doctors for Rural Care last spring, want a second ambulance.\n\n" +
				"\"Every minute on that road is a minute lost,\" the physicians said in the letter.",
			wants: []want{{text: "Every minute on that road", speaker: "Doctors for Rural Care", mention: "the physicians", cue: "said"}},
		},
		{
			name: "a letter signed by the members speaks for their group",
			text: "Lawyers Against Delay filed the complaint on Monday.\n\n" +
				"\"The backlog has become a denial of justice,\" says the letter signed by nine lawyers.",
			wants: []want{{text: "The backlog has become", speaker: "Lawyers Against Delay", mention: "the letter signed", cue: "says"}},
		},
		{
			// no group named after the players: the description stays
			name:  "a plural with no group named for it stays a description",
			text:  "Manchester City beat Leeds on Saturday.\n\n\"We never stopped running,\" the players said.",
			wants: []want{{text: "We never stopped running", speaker: "the players", mention: "the players", cue: "said"}},
		},
		{
			name: "a company under two forms takes the fullest",
			text: "Singer Ada Quinn left Northgate Label Group last year.\n\n" +
				"\"We have always supported our artists,\" the label said on Monday.\n\n" +
				"\"No deal was ever blocked,\" Northgate Records said.",
			wants: []want{
				{text: "We have always supported", speaker: "Northgate Label Group", mention: "the label", cue: "said"},
				{text: "No deal was ever blocked", speaker: "Northgate Label Group", mention: "Northgate Records", cue: "said"},
			},
		},
		{
			name:  "a company named once keeps its form",
			text:  "\"Sales rose in every region,\" Harbour Foods Ltd said on Monday.",
			wants: []want{{text: "Sales rose in every region", speaker: "Harbour Foods Ltd", mention: "Harbour Foods Ltd", cue: "said"}},
		},
	})
}

func TestAttributionClauseWordsAreNoNames(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a participle opening the sentence is no speaker",
			text: "Appearing before reporters on Monday, the minister was calm.\n\n" +
				"Appearing tired, the crowd's favourite sat down. \"I think you know the result already,\" Appearing said.",
			wants: []want{{text: "I think you know the result already", speaker: "", mention: "Appearing", cue: "said"}},
		},
		{
			name:  "a surname ending like an adverb stays a name",
			text:  "\"Tariffs push up what factories pay for steel,\" said economist Rosa Kelly. \"Prices follow,\" Kelly said.",
			wants: []want{{text: "Tariffs push up", speaker: "Rosa Kelly", mention: "Rosa Kelly", cue: "said"}, {text: "Prices follow", speaker: "Rosa Kelly", mention: "Kelly", cue: "said"}},
		},
	})
}

func TestAttributionCapitalisedDescriptionsAndOffices(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "a plural for people opening the sentence is a description",
			text: "The guard was charged in March.\n\n" +
				"Prosecutors alleged that the guard \"falsified the logs on at least six nights\" at the county jail.",
			wants: []want{{text: "falsified the logs", speaker: "prosecutors", mention: "Prosecutors", cue: "alleged", partial: true}},
		},
		{
			name: "an office of an organisation keeps its head and possessive",
			text: "Storm damage closed roads across the north.\n\n" +
				"The State Governor's Office of Emergency Management said in a letter that the response was \"far too slow\" for a storm of that size.",
			wants: []want{{text: "far too slow", speaker: "State Governor's Office of Emergency Management", mention: "Emergency Management", cue: "said", partial: true}},
		},
		{
			name: "one person, one name: the speaker is the fullest name the article gives",
			text: "Kathleen Ann Marlow, the prisons director, told senators the failures were serious.\n\n" +
				"\"We have some bad staff and we want to get rid of them,\" Marlow said.\n\n" +
				"\"This was a black eye for the service,\" Ann Marlow added.",
			wants: []want{
				{text: "We have some bad staff", speaker: "Kathleen Ann Marlow", mention: "Marlow", cue: "said"},
				{text: "This was a black eye", speaker: "Kathleen Ann Marlow", mention: "Ann Marlow", cue: "added"},
			},
		},
	})
}

func TestAttributionAgencyNamedByAcronym(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name: "the agency after a sentence whose subject is its acronym",
			text: "The Federal Aviation Administration grounded the jets on Friday.\n\n" +
				"In March, FAA inspectors found cracks in two wings. Last week, FAA announced new checks. " +
				"At the time, the agency said the checks were \"a precaution, not a verdict\" on the model.",
			wants: []want{{text: "a precaution, not a verdict", speaker: "Federal Aviation Administration", mention: "the agency", cue: "said", partial: true}},
		},
		{
			name: "the agency after a sentence about a person stays a description",
			text: "The Federal Aviation Administration grounded the jets on Friday.\n\n" +
				"Last week, Dana Lowe announced new checks. The agency said the checks were \"a precaution, not a verdict\" on the model.",
			wants: []want{{text: "a precaution, not a verdict", speaker: "the agency", mention: "The agency", cue: "said", partial: true}},
		},
	})
}
