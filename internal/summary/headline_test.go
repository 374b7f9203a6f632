package summary

import (
	"slices"
	"strings"
	"testing"
)

// headlineCase is one article (written for these tests in the style of
// real pages) and what its headline must be: exactly want, or, when want
// is empty, a headline that satisfies rule.
type headlineCase struct {
	name  string
	title string // the page title, when the page has one
	text  string
	want  string
	rule  func(h string) string // "" when h is acceptable, else why not
}

// countWords counts the white-space words of a headline.
func countWords(s string) int { return len(strings.Fields(s)) }

// contains is a rule: the headline must contain every part, and no part of
// not.
func contains(parts []string, not ...string) func(string) string {
	return func(h string) string {
		for _, p := range parts {
			if !strings.Contains(h, p) {
				return "misses " + p
			}
		}
		for _, p := range not {
			if strings.Contains(h, p) {
				return "has " + p
			}
		}
		return ""
	}
}

// headlineCases are grouped by the failures a reader saw on real pages.
var headlineCases = []headlineCase{
	// Cut mid-phrase: a long lead is shortened by whole constituents, or
	// kept whole, never cut after "isn't", "the Russian", "in major".
	{name: "cut/long-lead-kept-whole-to-clause",
		text: "Carmaker Nordwerk's first all-electric hatchback built on its new modular platform isn't expected to reach British showrooms until next spring, the company said on Thursday.\n\nThe delay follows software problems.",
		want: "Carmaker Nordwerk's first all-electric hatchback built on its new modular platform isn't expected to reach British showrooms until next spring"},
	{name: "cut/opening-phrase-goes",
		text: "In a joint statement published on Friday, the transport ministers of Norway and Sweden agreed to build a rail tunnel under the border mountains.\n\nWork starts in 2031.",
		want: "The transport ministers of Norway and Sweden agreed to build a rail tunnel under the border mountains"},
	{name: "cut/trailing-attribution-goes",
		text: "A fourth patient has died after contracting a rare mosquito-borne virus in the county, health officials said on Tuesday.\n\nThe virus is spread by mosquitoes.",
		want: "A fourth patient has died after contracting a rare mosquito-borne virus in the county"},
	{name: "cut/never-ends-on-a-verb-that-needs-its-object",
		text: "A rare nerve condition caused the retired teacher to develop a strange craving for ice, which doctors traced to a lack of iron.\n\nShe has since recovered.",
		want: "A rare nerve condition caused the retired teacher to develop a strange craving for ice"},
	{name: "cut/day-goes-not-the-rest-of-the-phrase",
		text: "Northern Water & Power Co. was set to begin cutting supplies Thursday to some 40,000 homes in six upland districts as a drought that began in June deepens.\n\nReservoirs are at a record low.",
		rule: contains([]string{"to some 40,000 homes"}, "Thursday")},
	{name: "cut/quoted-slogan-is-one-sentence",
		title: "Ad agencies split over county's anti-litter campaign",
		text:  "The county's new \"Litter. Not here.\" campaign has drawn mockery online since its launch on Monday, but local ad agencies are split on whether it will work.\n\nMara Olsen is the chief executive of Olsen Creative, a branding firm in the county seat.\n\n\"My first reaction was worry,\" Olsen said.",
		rule:  contains([]string{"campaign has drawn mockery"}, "chief executive")},
	{name: "cut/never-before-a-dash-that-runs-on",
		text: "You can always find something to cheer about at the village fete — whether it's the dog show, the cake stall or the tug of war.\n\nThe fete opens on Saturday with a parade through the market square.",
		rule: func(h string) string {
			if strings.HasSuffix(h, "village fete") {
				return "ends before a dash whose clause runs on"
			}
			return ""
		}},
	{name: "offpoint/hook-set-up-runs-on-to-the-news",
		title: "Ruiz sets hat-trick mark as Cardiff rout Swansea 5-1",
		text:  "CARDIFF, Wales (AP) — To Ana Ruiz, hat-tricks are not the point.\n\nThey are only a by-product of the relentless pressing game she has played for nine seasons, with no sign of slowing.\n\nGoals also mean little to Ruiz without points attached, so she was pleased when her latest milestone came in yet another win for the league leaders.\n\nRuiz became the first player in league history to score a hat-trick against every club in the division, and Mia Cole added two goals in Cardiff City's fifth straight win, 5-1 over Swansea on Sunday.\n\nRuiz finished with three goals and two assists to lift Cardiff four points clear at the top.",
		rule:  contains([]string{"Ruiz became the first player in league history"})},
	{name: "cut/no-open-pair",
		text: "Club captain Dan Reyes admits that his team's hopes of promotion are now somewhere between slim and none after the defeat at Eastholm.\n\nThe club is ninth.",
		rule: contains([]string{"between slim and none"})},
	{name: "cut/no-open-subordinate-clause",
		text: "The city's long-awaited tram line has finally opened as the council's new transport authority, Metrolink North, began its first full day of service on a cold and wet Monday morning.\n\nFares start at £1.",
		rule: func(h string) string {
			if strings.Contains(h, " as ") && !strings.Contains(h, "began") {
				return "an 'as' clause without its verb"
			}
			return ""
		}},
	{name: "cut/purpose-clause-opening-goes",
		text: "To celebrate fifty years since its founding, the choir's original members Ann Price, Tom Okoro and Jo Bell will reunite for a concert tour of the north next spring.\n\nTickets go on sale on Friday.",
		rule: contains([]string{"Ann Price", "will reunite"}, "To celebrate")},
	// No main clause: the subject keeps its verb.
	{name: "verb/appositive-subject",
		text: "Peter Valk, the former special envoy to the region, told lawmakers on Tuesday that he had never been asked to investigate a political rival.\n\nHis testimony lasted nine hours.",
		rule: contains([]string{"Peter Valk", "told lawmakers"})},
	{name: "verb/long-subject-keeps-finding",
		text: "A team led by researchers at the Northern Space Flight Centre in Aldmouth has found that the oldest galaxies formed stars far faster than models predict.\n\nThe team used a new telescope.",
		rule: contains([]string{"has found"})},
	{name: "verb/relative-clause-on-subject",
		text: "A FARMER who found a rare Roman coin while ploughing a field near the river has been paid a record sum by the museum.\n\nThe coin dates from AD 120.",
		rule: contains([]string{"A FARMER", "has been paid"})},
	{name: "verb/name-after-a-fronted-appositive",
		text: "The son of a former German chancellor, Klaus Brandauer was stabbed to death during a lecture in Hamburg, police said.\n\nA man was arrested.",
		want: "The son of a former German chancellor, Klaus Brandauer was stabbed to death during a lecture in Hamburg"},
	{name: "verb/dash-pair-and-relative-clause",
		text: "Two climbers — a Scot and a New Zealander — who had been missing on the glacier since Friday were found alive by a helicopter crew.\n\nBoth were taken to hospital.",
		rule: contains([]string{"Two climbers", "were found alive"}, "who had been")},
	// Not the article: captions, credits, promos and sponsor notes never
	// give the headline.
	{name: "article/not-a-promo",
		text: "Welcome to Gadget Weekly's Daily Deals, your source for the best bargains on the web!\n\nA regional airline has cancelled all flights from Eastholm airport after its only fuel supplier went bust on Monday.\n\nPassengers were told to contact their travel agents.",
		rule: contains([]string{"has cancelled all flights"}, "Welcome", "Deals")},
	{name: "article/not-a-caption",
		text: "Firefighters at the scene on Monday. (Photo: Jane Roe/Eastholm Gazette)\n\nA fire at a recycling plant in Eastholm forced the evacuation of forty homes overnight.\n\nNobody was hurt.",
		rule: contains([]string{"A fire at a recycling plant"}, "Photo")},
	{name: "article/not-a-sponsor-note",
		text: "This post has been sponsored by Brightlane, Inc. All opinions are my own.\n\nThe county council has approved a plan to turn the old bus depot into two hundred affordable homes.\n\nBuilding starts next year.",
		rule: contains([]string{"has approved a plan"}, "sponsored")},
	// Garbled by compression: an attribution goes only before a clause
	// that stands alone, and never leaves a subjunctive or an object.
	{name: "garble/subjunctive-keeps-its-attribution",
		text: "Trade advisers suggested that Beijing resume buying around $20 billion in American farm products as a goodwill gesture.\n\nTalks resume next week.",
		rule: contains([]string{"advisers suggested"})},
	{name: "garble/object-is-no-clause",
		text: "US President Donald Trump has claimed victory as the House of Representatives concluded its third public hearing on the inquiry.\n\nThe hearings continue.",
		rule: contains([]string{"Donald Trump has claimed victory"})},
	{name: "garble/relative-after-an-opening-phrase-is-no-subject",
		text: "To win the county, which holds the first vote of the year, the candidate would need the support of its farmers.\n\nThe candidate toured three farms on Monday and promised lower fuel duty.",
		rule: contains([]string{"the candidate would need"}, "county holds")},
	// Off the point: a dateline goes, a qualifier that changes the meaning
	// stays, a question is never the headline.
	{name: "point/dateline-goes",
		text: "Indianapolis – A state judge on Thursday blocked a new law that would have closed three rural maternity wards.\n\nThe state will appeal.",
		rule: contains([]string{"A state judge"}, "Indianapolis")},
	{name: "point/qualifier-stays",
		text: "Rates of cannabis use disorder have risen among adults in states where the drug has been legalised for recreational use, researchers report.\n\nThe study covered ten years.",
		rule: contains([]string{"where the drug has been legalised"})},
	{name: "point/question-is-not-the-news",
		text: "Is this the end of the high street?\n\nThree of the town's biggest shops will close by Christmas, the chamber of commerce said.\n\nRents have doubled.",
		want: "Three of the town's biggest shops will close by Christmas"},
	{name: "point/title-says-what-the-story-is",
		title: "Eastholm council approves new library",
		text:  "The council meeting ran late on Wednesday.\n\nEastholm council approved plans for a new central library on the site of the old market hall.\n\nThe library will open in 2028.",
		rule:  contains([]string{"approved plans for a new central library"})},
	// Feature ledes: background in the past, the reader addressed, a
	// scene in the first person, a past perfect; the news follows them.
	{name: "feature/set-up-before-a-now-turn",
		title: "Sleeping crews would need smaller starships",
		text:  "If a starship in a film cannot bend space, then its crew usually sleeps in pods for the voyage. In stories from the 1970s to today, fictional crews are frozen to survive long journeys between the stars. Now the Lunar Research Agency has studied how real deep sleep would change the design of a mission.\n\nSleep research has been part of the agency's work for a decade, and a panel of experts named it a key technology for starships.",
		want:  "The Lunar Research Agency has studied how real deep sleep would change the design of a mission"},
	{name: "feature/no-turn-after-a-dated-news-lede",
		text: "A security guard at the county records office was shot and later died on Thursday after a man drove through the front gates. The gunman fled in a grey van and was shot by police after a chase across the city. Now detectives believe the gunman, described only as a man in his 40s, may be linked to a second shooting in the east of the city.\n\nThe office will stay closed on Friday.",
		rule: contains([]string{"A security guard at the county records office was shot"}, "detectives")},
	{name: "feature/background-before-the-news",
		title: "Kestrel unveils Aero 7 roadster at Geneva",
		text:  "Earlier this year, Kestrel showed the Aero 7 concept, a two-seat sketch of the brand's first electric roadster.\n\nAt the time, the company called it a design study with no plans for production.\n\nNow, at the Geneva motor show, the British carmaker has finally unveiled the production Aero 7 roadster.\n\nDeliveries start in the autumn.",
		rule:  contains([]string{"has finally unveiled the production Aero 7 roadster"}, "Earlier", "concept")},
	{name: "feature/reader-addressed",
		title: "Skyway Stream game runs below 60fps on phones",
		text:  "The promise of cloud gaming: console graphics and smooth play wherever you are, streamed straight to your phone.\n\nIn tests this week, the Skyway Stream version of Harbour Lights ran below 60fps on every phone tried.\n\nThe publisher said an update is coming.",
		rule:  contains([]string{"Harbour Lights ran below 60fps"}, "your phone")},
	{name: "feature/years-ago-anecdote",
		title: "Lost novels of Ada Merrow to be reissued",
		text:  "Ten years ago, my neighbour lent me a battered paperback that I still have not returned.\n\nA small press in Leeds will reissue all four novels of the late writer Ada Merrow next spring, it said on Monday.\n\nThe books have been out of print since 1994.",
		rule:  contains([]string{"will reissue all four novels"}, "neighbour")},
	{name: "feature/past-perfect-background",
		title: "Harbour bridge reopens to traffic",
		text:  "Engineers had warned for months that the ageing harbour bridge was unsafe for lorries.\n\nThe bridge reopened to all traffic on Sunday after a repair that cost £12 million.\n\nTolls will rise in April.",
		rule:  contains([]string{"The bridge reopened to all traffic"})},
	{name: "feature/connective-opener-goes",
		title: "Northline trains cut to hourly service",
		text:  "Passengers have complained about delays all autumn.\n\nFor example, Northline trains between Carby and Dunmere will run only once an hour from Monday.\n\nThe operator blamed a shortage of drivers.",
		rule:  contains([]string{"Northline trains between Carby and Dunmere will run"}, "For example")},
	{name: "point/question-title-is-the-claim-not-the-news",
		title: "Did Eastholm mayor Ruth Penn spend $2 million of city money on a new office?",
		text:  "A false claim spread on social media this week.\n\nClaim\n\nEastholm mayor Ruth Penn spent $2 million of city money on a new office.\n\nCity accounts show the refurbishment cost $84,000.",
		rule:  contains([]string{"A false claim"}, "spent $2 million")},
	{name: "feature/second-feature-sentence-gains-nothing",
		text: "Mayor Penn, I have a proposal for you.\n\nYour council spent millions on consultants in the last five years, and your auditors never asked what the consultants did.\n\nEastholm council refused to publish its consultants' bills.\n\nThe consultants' bills cover five years.\n\nThe council said the consultants were needed.",
		rule: contains([]string{"Eastholm council refused"})},
	// Scene: the lede's people are not the story's subject; the title
	// names who the story is about and a later sentence has them as its
	// subject.
	{name: "scene/lede-names-subject-late",
		title: "Mara Quint takes her late bid for governor to the coast",
		text: "PORTHAVEN (AP) — Twenty fishermen were mending nets on the harbour wall on Saturday morning when word came that Mara Quint, who joined the race for governor last month, was on her way.\n\n" +
			"When Quint arrived, the men put down their needles and listened as she apologised for being late.\n\n" +
			"Entering the race barely four months before the primary, Quint is wagering that coastal towns will back a candidate who grew up in one.\n\n" +
			"She would need the support of voters who have backed the other party in every election since 1998.",
		rule: contains([]string{"Quint is wagering"}, "fishermen", "the men")},
	{name: "scene/lede-about-subject-stays",
		title: "Mara Quint takes her late bid for governor to the coast",
		text: "Mara Quint, the newest candidate for governor, took her campaign to the harbour towns of the coast on Saturday, three weeks after entering the race.\n\n" +
			"When Quint arrived in Porthaven, fishermen put down their nets to listen.\n\n" +
			"Quint is wagering that coastal towns will back a candidate who grew up in one.",
		rule: contains([]string{"Mara Quint", "took her campaign"})},
	{name: "scene/lede-subject-in-title-stays",
		title: "Governor Alder signs coastal flood defence bill",
		text: "The $2 billion coastal flood defence bill that lawmakers passed last month became law on Monday when Governor Ruth Alder signed it on the sea wall at Porthaven.\n\n" +
			"Alder said the walls and pumps it pays for would protect 40,000 homes by 2030.\n\n" +
			"Opponents said the bill did too little for inland rivers.",
		rule: contains([]string{"flood defence bill"}, "Alder said")},
	{name: "scene/common-noun-subject-is-not-a-name",
		title: "Nurses offer to staff flu clinic at border shelter",
		text: "A group of health workers is urging the state to accept its offer to run a free flu clinic at the border shelter in Dunmore, where two children fell ill last winter.\n\n" +
			"In a letter on Monday, the nurses asked the governor to reverse a decision not to vaccinate people held at the shelter.\n\n" +
			"The state said it would reply within a week.",
		rule: contains([]string{"health workers is urging"})},
	// Hook: a short one-line opener, then the sentence that says what
	// happened.
	{name: "hook/short-opener-then-news",
		title: "The Harbour Lights announce 40th anniversary tour of Britain",
		text: "Music festival season\n\nFour decades later, The Harbour Lights are burning bright.\n\n" +
			"To mark four decades since the band's first single, its original members will reunite for a 25-date tour of Britain next spring.\n\n" +
			"Singer Ann Rowe teased The Harbour Lights 40th Anniversary Tour during a show on Friday night in Leeds.\n\n" +
			"Tickets go on sale next week.",
		rule: contains([]string{"will reunite for a 25-date tour"}, "burning bright")},
	{name: "hook/short-news-lede-with-object-stays",
		text: "Stanmore Motors has fired its chief executive.\n\n" +
			"The carmaker's board said on Tuesday that Ian Pell had lost the confidence of directors after two recalls this year cost the company more than $400 million.\n\n" +
			"Pell did not respond to requests for comment.",
		rule: contains([]string{"fired its chief executive"})},
	// Set-up: a lede that denies something, then the turn.
	{name: "setup/denial-then-however",
		title: "How a wool blanket gave a farmer 'shepherd's lung'",
		text: "Nobody in the valley thought of the old wool blanket as a danger. However, it was that blanket that gave a hill farmer a rare lung disease, his doctors wrote in a medical journal this month.\n\n" +
			"Doctors first thought the farmer had a chest infection.",
		rule: contains([]string{"blanket that gave a hill farmer"}, "Nobody")},
	{name: "setup/plain-lede-before-however-stays",
		text: "The central bank raised interest rates by half a point on Thursday, its largest rise in two decades.\n\n" +
			"However, the governor said further rises were not certain and would depend on prices over the summer.",
		rule: contains([]string{"central bank raised interest rates"})},
	// Narrative: none of the leading statements says a word of what the
	// title says; the statement that does is the news.
	{name: "narrative/title-statement-far-down",
		title: "The woman whose kettle poisoned her: how doctors found the cause",
		text: "The headaches began in spring. At first she blamed long days at her desk and too little sleep.\n\n" +
			"Within two months she could barely climb the stairs to her flat without stopping for breath.\n\n" +
			"Three visits to her family practice brought painkillers and advice to rest.\n\n" +
			"Her sister, a nurse, urged her to ask for blood tests in June.\n\n" +
			"The results showed levels of lead four times the safe limit.\n\n" +
			"Investigators from the city's health team checked the water pipes, the paint and the soil of her garden without result.\n\n" +
			"Then a technician took apart the old kettle she used a dozen times a day.\n\n" +
			"The kettle's corroded element had been leaching lead into every cup of tea she drank.\n\n" +
			"Her doctors have since written up the case for a medical journal.",
		rule: contains([]string{"kettle"}, "headaches")},
	{name: "narrative/site-name-words-are-no-evidence",
		title: "Weekend letters to the Harbour Gazette",
		text: "Dunmore council voted on Monday to close the old library on Elm Street by June.\n\n" +
			"The building needs a new roof that would cost more than the branch spends in ten years.\n\n" +
			"Councillor Ann Webb said the books would move to the school across the road.\n\n" +
			"Residents plan to fight the closure at a meeting next week.\n\n" +
			"A petition has gathered 1,200 names.\n\n" +
			"Readers can send letters to the gazette by email.",
		rule: contains([]string{"Dunmore council voted"})},
	// A lone pronoun after an opening phrase is no one a reader can name.
	{name: "pronoun/he-after-opening-phrase",
		text: "After the hearing in Dunmore, which ran late into the evening, he told reporters that the county's farmers had been ignored for twenty years.\n\n" +
			"Governor Ruth Alder said on Monday that she would not endorse anyone before the vote.",
		rule: contains([]string{"Ruth Alder"}, "he told")},
	// An opening participle clause can go.
	{name: "intro/participle-clause-removed",
		text: "Entering the mayoral race barely ten weeks before the vote, former councillor Tom Reyes is wagering that the city's renters will turn out for a candidate who promises a rent freeze.\n\n" +
			"Reyes spoke in Dunmore on Tuesday.",
		rule: contains([]string{"Former councillor Tom Reyes is wagering"}, "Entering")},
	// A yes/no question title is the claim: the news is the statement
	// that reports it ("the claim that …"), not the one that asserts it
	// nor a standfirst above the body.
	{name: "question/answer-reports-the-claim",
		title: "Did the Mayor of Dunmore Buy a Yacht With Council Funds?",
		text: "A story spread on social media in March appears designed to embarrass the mayor before the election.\n\n" +
			"Claim\n\nThe mayor of Dunmore bought a yacht with council funds.\n\n" +
			"On March 3, the mayor of Dunmore opened a new marina on the river. Within days, posts claimed the council had paid for a yacht moored there.\n\n" +
			"We found no record of any such purchase in the council's published accounts.\n\n" +
			"The yacht in the photographs belongs to a sailing club in another county.\n\n" +
			"In short, the claim that the mayor of Dunmore bought a yacht with council funds is false.",
		want: "The claim that the mayor of Dunmore bought a yacht with council funds is false"},
	{name: "question/no-evidence-that",
		title: "Is the Northfield Bridge Closing for a Year?",
		text: "Drivers who cross the river every morning have been asking for weeks what the repairs will mean for them.\n\n" +
			"The Northfield bridge is closing for a year, according to a post shared thousands of times.\n\n" +
			"County engineers have found no evidence that the Northfield bridge needs to close for a year, and one lane will stay open throughout the repairs.\n\n" +
			"Work starts in May.",
		rule: contains([]string{"County engineers have found no evidence that the Northfield bridge needs to close"}, "is closing for a year")},
	{name: "question/one-side-reported-keeps-the-news-lead",
		title: "Is Premier Alder About to Resign?",
		text: "Three ministers quit Premier Ruth Alder's cabinet on Tuesday, leaving her government without a majority in the assembly.\n\n" +
			"Opposition leaders called for an early election.\n\n" +
			"Her allies insist that Premier Alder will not resign before the budget vote.",
		rule: contains([]string{"Three ministers quit"}, "insist")},
	{name: "question/wh-title-keeps-the-lead",
		title: "What will the new Northfield bridge cost?",
		text: "County engineers put the cost of the new Northfield bridge at £48 million on Monday, twice the first estimate.\n\n" +
			"Councillors said that the Northfield bridge would still be built.",
		rule: contains([]string{"put the cost of the new Northfield bridge"})},
	{name: "feature/recent-frame-is-news",
		title: "Space agency completes rocket core stage",
		text:  "Earlier this week, the space agency announced that engineers had fitted all four engines to the core stage of its heavy rocket.\n\nThe stage will be shipped for testing next month.",
		rule:  contains([]string{"space agency announced that engineers had fitted"})},
}

func TestFeatureLede(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Earlier this year, the council published its draft plan.", true},
		{"Earlier this week, the council approved its plan.", false},
		{"Three years ago, over breakfast, a friend handed me a novel.", true},
		{"At the time, the company called it a concept.", true},
		{"Back in 2015, the club was bottom of the league.", true},
		{"Last year the plant made 4,000 cars.", true},
		{"Last week the plant closed.", false},
		{"Once the deal closes, the bank will cut 900 jobs.", false},
		{"You are a couple who want to try something new.", true},
		{"The update brings smoother play to your phone.", true},
		{"We have plenty of money, he said.", true},
		{"The miners had struck for a week before talks began.", true},
		{"Residents have complained for years about the noise.", true},
		{"The minister, who had resigned in March, returned to office on Monday.", false},
		{"The company had revenue of $3bn last year.", false},
		{"\"You will not be forgotten,\" the mayor told the families.", false},
		{"Police arrested six people on Tuesday after a search of a house.", false},
		{"The agency said engineers had fitted the engines.", false},
		{"The last time the Courier polled every ward in the county was in 1998, the year the harbour closed.", true},
		{"The last ferry left Eastholm on Sunday.", false},
	}
	for _, c := range cases {
		if got := featureLede(c.s); got != c.want {
			t.Errorf("featureLede(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestClauseSubject(t *testing.T) {
	cases := []struct{ s, want string }{
		{"Entering the race in March, Quint is wagering on the coast.", "Quint"},
		{"The chef, a native of Lyon, opened a bistro on Friday.", "The chef,"},
		{"It was the wool blanket that left him ill.", "the wool blanket"},
		{"Four decades later, The Harbour Lights are burning bright.", "The Harbour Lights"},
		{"About twenty fishermen were mending nets when the candidate arrived.", "About twenty fishermen"},
	}
	for _, c := range cases {
		subj, _ := clauseSubject(strings.Fields(stripLead(c.s)))
		if got := strings.Join(subj, " "); got != c.want {
			t.Errorf("clauseSubject(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestYesNoQuestion(t *testing.T) {
	cases := []struct {
		title string
		want  bool
	}{
		{"Does the Mayor Own a Yacht?", true},
		{"Is the Northfield Bridge Closing for a Year?", true},
		{"Did Ministers Know?", true},
		{"What will the new bridge cost?", false},
		{"Why it matters?", false},
		{"Does the Mayor Own a Yacht", false},
		{"Gift guide: is it worth it?", false},
	}
	for _, c := range cases {
		if got := yesNoQuestion(c.title); got != c.want {
			t.Errorf("yesNoQuestion(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

func TestNounComplement(t *testing.T) {
	cases := []struct {
		s    string
		want bool // the first "that" or "whether" completes a noun
	}{
		{"In short, the claim that the mayor bought a yacht is false.", true},
		{"Engineers found no evidence that the bridge must close.", true},
		{"It repeated their false claim that the vote was rigged.", true},
		{"We found no credible evidence that the mayor owns a yacht.", true},
		{"Nobody could say whether the bridge would close.", false},
		{"Her allies insist that the premier will not resign.", false},
		{"The evidence suggests that the bridge is safe.", false},
		{"Officials said that the bridge would stay open.", false},
	}
	for _, c := range cases {
		words := strings.Fields(c.s)
		got := false
		for k, w := range words {
			if w == "that" || w == "whether" {
				got = nounComplement(words, k)
				break
			}
		}
		if got != c.want {
			t.Errorf("nounComplement(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestCleft(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"It was a heavy wool blanket that left the farmer ill", true},
		{"It was the mayor who ordered the inquiry", true},
		{"It was the third attack that week", false},
		{"It was closed for repairs on Monday", false},
		{"The blanket that left him ill was wool", false},
	}
	for _, c := range cases {
		if got := cleft(strings.Fields(c.s)); got != c.want {
			t.Errorf("cleft(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestHeadlineCases(t *testing.T) {
	for _, c := range headlineCases {
		t.Run(c.name, func(t *testing.T) {
			h := AnalyseText(c.text).HeadlineFor(c.title)
			if c.want != "" && h != c.want {
				t.Errorf("headline\n got  %q\n want %q", h, c.want)
			}
			if c.rule != nil {
				if why := c.rule(h); why != "" {
					t.Errorf("headline %q: %s", h, why)
				}
			}
			checkHeadline(t, h)
		})
	}
}

// checkHeadline applies the rules every headline satisfies: a finite verb,
// no open phrase, at most MaxHeadlineWords words, no final full stop.
func checkHeadline(t *testing.T, h string) {
	t.Helper()
	if !HasFiniteVerb(h) {
		t.Errorf("headline %q has no finite verb", h)
	}
	if EndsMidPhrase(h) {
		t.Errorf("headline %q ends mid-phrase", h)
	}
	if n := countWords(h); n > maxLongWords {
		t.Errorf("headline %q has %d words", h, n)
	}
	if strings.HasSuffix(h, ".") && !initialism(h) {
		t.Errorf("headline %q ends with a full stop", h)
	}
}

func TestCompress(t *testing.T) {
	cases := []struct{ in, want string }{
		// Source marks and attributions go; a trailing participle or
		// concessive clause goes.
		{"WASHINGTON (Reuters) - The Senate passed a $1.2 trillion infrastructure bill on Tuesday, sending it to the House.", "The Senate passed a $1.2 trillion infrastructure bill"},
		{"(CNN)Blues legend B.B. King was hospitalized for dehydration, though the ailment didn't keep him out for long.", "Blues legend B.B. King was hospitalized for dehydration"},
		{"The government will raise the minimum wage to £10 an hour next year, officials said on Monday.", "The government will raise the minimum wage to £10 an hour next year"},
		{"Police said on Friday that a man had been arrested over the theft of paintings from the museum.", "A man had been arrested over the theft of paintings from the museum"},
		// A bracket goes from a long headline; in a short one, removing it
		// would change too many of its word triples (fidelity).
		{"LONDON -- Shares in Acme (ACME.L) rose 5% after the company reported record profits.", "Shares in Acme (ACME.L) rose 5% after the company reported record profits"},
		{"Shares in the regional water company Northwater (NWC.L) rose 5% in early trading after the regulator approved its plan.", "Shares in the regional water company Northwater rose 5% in early trading after the regulator approved its plan"},
		{"HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party presidential candidate Jill Stein was escorted off the premises of Hofstra University on Monday afternoon, hours before the start of the first debate.", "Green Party presidential candidate Jill Stein was escorted off the premises of Hofstra University"},
		// A complete statement stays whole.
		{"Curtis will take charge of Saturday's match against Bournemouth.", "Curtis will take charge of Saturday's match against Bournemouth"},
		{"The man is said to have been spying on a committee.", "The man is said to have been spying on a committee"},
		{"A new funding formula announced by ministers will leave many rural heads worse off in real terms next year.", "A new funding formula announced by ministers will leave many rural heads worse off in real terms next year"},
		{"Thieves broke into the museum in the early hours of Tuesday and escaped with a gold brooch.", "Thieves broke into the museum in the early hours of Tuesday and escaped with a gold brooch"},
		// A date between a saying verb and what it reports goes as a day
		// does; one that is the news or part of a phrase stays.
		{"The harbour board announced Nov. 18 that it was adding two ferry companies to its contract for the island crossings.", "The harbour board announced that it was adding two ferry companies to its contract for the island crossings"},
		{"The new ferry will make its first crossing on Sept. 30 from the harbour at Eastholm.", "The new ferry will make its first crossing on Sept. 30 from the harbour at Eastholm"},
		{"Voters in Eastholm will go to the polls in the May 3 primary for the harbour board.", "Voters in Eastholm will go to the polls in the May 3 primary for the harbour board"},
		{"Two walkers who had been missing on the moor since Friday were found safe.", "Two walkers who had been missing on the moor were found safe"},
		// A head attribution stays when the rest starts with a pronoun.
		{"Business owners on Riverside Parade say they are at breaking point after the river burst its banks.", "Business owners on Riverside Parade say they are at breaking point after the river burst its banks"},
		// An opening clause or phrase goes when a main clause follows.
		{"While most of the town slept through the storm on Sunday night, volunteers at the harbour worked to keep three fishing boats from sinking.", "Volunteers at the harbour worked to keep three fishing boats from sinking"},
		{"Two years ago, over a cup of tea, my neighbour lent me a battered paperback that would change how I think about cities.", "My neighbour lent me a battered paperback that would change how I think about cities"},
		{"Despite the rain, and the wind that battered the coast all weekend, thousands of runners completed the city marathon in record numbers.", "Thousands of runners completed the city marathon in record numbers"},
		{"Though electric buses are the most popular choice of the county's transport planners and cost the least to run, the council voted to buy diesel ones.", "The council voted to buy diesel ones"},
		// An aside between the subject and its verb goes.
		{"The merger of the two regional bus companies, which became final on Tuesday, will create the largest operator in the north of the country.", "The merger of the two regional bus companies will create the largest operator in the north of the country"},
		{"Councillor Maria Okafor, the most senior member of the planning committee and a critic of the scheme, is likely to vote against the harbour plan next week.", "Councillor Maria Okafor is likely to vote against the harbour plan next week"},
		{"Two climbers — a Scot and a New Zealander — who had been missing on the glacier since Friday were found alive by a helicopter crew.", "Two climbers — a Scot and a New Zealander — were found alive by a helicopter crew"},
		// A trailing clause or phrase goes at a boundary, never inside a
		// phrase: not after "to no longer", not between "slim" and "none".
		{"An independent candidate has won the race to become mayor of Eastholm by just 312 votes, ending 24 years of control by the two main parties.", "An independent candidate has won the race to become mayor of Eastholm by just 312 votes"},
		{"The harbour board faced strong local and national criticism over its decision to no longer allow fishing boats to moor in the old dock.", "The harbour board faced strong local and national criticism"},
		{"Club captain Dan Reyes admits that his team's hopes of promotion are now somewhere between slim and none after the defeat.", "Club captain Dan Reyes admits that his team's hopes of promotion are now somewhere between slim and none after the defeat"},
		// A named day stays; a dateline with any source in brackets goes.
		{"Black Friday is going to be bigger than ever for shops selling televisions this year.", "Black Friday is going to be bigger than ever for shops selling televisions this year"},
		{"PORTSMOUTH, Hampshire (Harbour News Now) - Engineers have confirmed a crack in the old sea wall.", "Engineers have confirmed a crack in the old sea wall"},
		{"Hong Kong (CNN Business)A muddled view of the trade talks is weighing on investors again.", "A muddled view of the trade talks is weighing on investors again"},
		// An aside inside the verb's phrase: the phrase goes on after it.
		{"Three senators have taken the chief constable of the county police force, Ian Ede, to court over the handling of a protest march in the city centre last summer.", "Three senators have taken the chief constable of the county police force, Ian Ede, to court"},
		// A summing-up connective goes; an aside just before an adjective
		// that ends the sentence stays, or the end could not be found in
		// the article as it is (issue 12's measure reads that as cut).
		{"In short, the rumour that the club has sold its ground (for £2 million, or £5 million in some posts) is false.", "The rumour that the club has sold its ground (for £2 million, or £5 million in some posts) is false"},
		{"In other words, the story appears to have been made up.", "The story appears to have been made up"},
		// A bracket inside a pair or list is no place to end: "between
		// 250 euros" without "and 600 euros" is cut.
		{"New ferry rules set compensation for late passengers at between 250 euros (£210) and 600 euros, depending on the length of the crossing.", "New ferry rules set compensation for late passengers at between 250 euros and 600 euros"},
		{"The owners of the struggling ferry firm are to ask the buyer of its old depot to pay back a $90m (£70m) loan.", "The owners of the struggling ferry firm are to ask the buyer of its old depot to pay back a $90m loan"},
		// A noun of time heading a clause opens the sentence like "when".
		{"The last time Ana Ruiz spoke with her brother, Tomas Ruiz was sailing a few miles off the Cornish coast.", "Tomas Ruiz was sailing a few miles off the Cornish coast"},
		{"The time of their lives has turned into a week of storms for 2,000 passengers on a cruise ship.", "The time of their lives has turned into a week of storms for 2,000 passengers on a cruise ship"},
		// A participle needs its agent, a phrasal verb its particle, and a
		// participle followed by "of" is no finite verb.
		{"Officials in the capital believe that the old alliance between the two islands is over, according to a secret briefing paper seen by The Harbour Gazette on Sunday.", "The old alliance between the two islands is over, according to a secret briefing paper seen by The Harbour Gazette"},
		{"A former Eastholm swimming coach accused of taking money from the club's accounts took a plea deal on Friday to avoid a trial, weeping as she accepted the terms in front of the judge.", "A former Eastholm swimming coach accused of taking money from the club's accounts took a plea deal to avoid a trial"},
		{"The 80th qualifier in the field of 80 due to play the Open next week told reporters of his great relief that he held on to claim the last spot.", "The 80th qualifier in the field of 80 due to play the Open next week told reporters of his great relief that he held on to claim the last spot"},
		// A date after the cue is no subject: the attribution stays (the
		// date itself goes, as "on Tuesday" does).
		{"WASHINGTON — The agency announced Nov. 18 that it was adding five companies to its supply contract.", "The agency announced that it was adding five companies to its supply contract"},
	}
	for _, c := range cases {
		got := Compress(c.in)
		if got != c.want {
			t.Errorf("Compress(%q)\n got  %q\n want %q", c.in, got, c.want)
		}
		checkHeadline(t, got)
	}
}

// TestCompressNeverTruncates: a sentence with no boundary a headline may
// end on is kept whole rather than cut.
func TestCompressNeverTruncates(t *testing.T) {
	long := "The committee of the regional assembly in the north of the country voted for a plan to build a new bridge over the river in the centre of the town by the end of the decade"
	got := Compress(long)
	if EndsMidPhrase(got) || !isPieceOf(got, long) {
		t.Errorf("%q", got)
	}
}

// TestCompressNeverStartsWithRelative: dropping an intro whose comma closes
// nothing must not leave a headline that opens with "Which is big, ...".
func TestCompressNeverStartsWithRelative(t *testing.T) {
	for _, s := range []string{
		"In the old harbour town, which is big, the mayor, who is old, said that the council would, after a long and bitter debate in the chamber, approve the plan.",
		"After the storm, when the river rose above the old flood wall near the market square, volunteers filled sandbags through the night.",
	} {
		h := Compress(s)
		if first := strings.ToLower(strings.Fields(h + " x")[0]); relativePronouns[first] {
			t.Errorf("Compress(%q) = %q opens with a relative pronoun", s, h)
		}
	}
}

func TestEndsMidPhrase(t *testing.T) {
	for h, want := range map[string]bool{
		"Gates offers Russia missile cooperation":  false,
		"Gates offers Russia cooperation on the":   true,
		"Gates offers Russia cooperation, but":     true,
		`Gates says "the days of the Cold War`:     true,
		"Council approves library closure (for":    true,
		"Council approves library closure, mayor,": true,
		"Councillor Okafor is likely":              true,
		"Ferry fares are set":                      true,
		"Hopes are between slim":                   true,
	} {
		if got := EndsMidPhrase(h); got != want {
			t.Errorf("EndsMidPhrase(%q) = %v", h, got)
		}
	}
}

// isPieceOf reports whether the words of h occur in s in order, each whole
// (punctuation aside): a headline is made of the sentence's own words,
// never a word cut short or one the sentence does not have.
func isPieceOf(h, s string) bool {
	sw := strings.Fields(s)
	k := 0
	for _, w := range strings.Fields(h) {
		w = bareWord(w)
		for k < len(sw) && !sameWord(sw[k], w) {
			k++
		}
		if k == len(sw) {
			return false
		}
		k++
	}
	return true
}

// sameWord reports whether the sentence word sw is the headline word w,
// or ends with it after a source tag glued on ("(CNN)President", and
// "(0)0)" read as the tag "(0)" and "0)").
func sameWord(sw, w string) bool {
	if strings.EqualFold(bareWord(sw), w) {
		return true
	}
	for i, r := range sw {
		if r == ')' && strings.EqualFold(bareWord(sw[i+1:]), w) {
			return true
		}
	}
	return false
}

// FuzzCompress: any sentence gives, without panicking, a headline made of
// its own whole words in order, of at most maxLongWords words unless it is
// the whole sentence.
func FuzzCompress(f *testing.F) {
	for _, s := range []string{
		"WASHINGTON (Reuters) - The Senate passed a bill on Tuesday, sending it to the House.",
		"Councillor Maria Okafor, the most senior member of the committee, is likely to vote against the plan next week.",
		"A, , b, , c is d e f g h i j k l m n o p q r s t.",
		"While x, y — z — who a b c has been d e f g h i j k l m n o p, between q",
		"Two hostages — an American and an Australian — who had been held since 2016 were released Tuesday.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Compress(s)
		if n := countWords(h); n > maxLongWords && h != wholeSentence(s) {
			t.Errorf("Compress(%q) = %q has %d words", s, h, n)
		}
		if !isPieceOf(h, s) {
			t.Errorf("Compress(%q) = %q is not made of the sentence's words", s, h)
		}
	})
}

// TestCompressionsKeepTheSubject: no shortening of a sentence that keeps its
// opening phrase removes the subject as if it were an aside ("To win the
// county would need ...").
func TestCompressionsKeepTheSubject(t *testing.T) {
	s := "To win the county, which holds the first vote of the year, the candidate would need the support of its farmers and its market towns."
	vs := compressions(s)
	if len(vs) == 0 {
		t.Fatal("no shortening at all")
	}
	for _, v := range vs {
		if h := v.text(); !strings.Contains(h, "the candidate would need") {
			t.Errorf("shortening %q lost the subject", h)
		}
	}
}

func TestFidelityHashesMatchStrings(t *testing.T) {
	orig := strings.Fields(`The council, which met on Monday, voted 7-2 to close the old library on Elm St. by June, officials said.`)
	cases := [][]string{
		strings.Fields(`The council voted 7-2 to close the old library on Elm St. by June`),
		strings.Fields(`The council, which met on Monday, voted 7-2 to close the old library`),
		strings.Fields(`The council on Monday voted to close the library`),
		strings.Fields(`Officials said the library would close`),
		strings.Fields(`The council`),
	}
	for _, k := range cases {
		if got, want := fidelity(k, orig), fidelityStrings(k, orig); got != want {
			t.Errorf("fidelity(%q) = %v, by strings %v", strings.Join(k, " "), got, want)
		}
	}
}

// TestWordsOfReadsOnlyWhatCompressionNeeds checks that wordPrefix finds the
// end of the first n fields and that wordsOf reads no further: a one-sentence
// text of a million words must not be tokenised whole to shorten it.
func TestWordsOfReadsOnlyWhatCompressionNeeds(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want int
	}{
		{"", 3, 0},
		{"one two", 3, 7},
		{"one two three four", 2, 8},
		{"  one\ttwo\nthree", 2, 10},
		{"one two ", 2, 8},
	} {
		if got := wordPrefix(c.s, c.n); got != c.want {
			t.Errorf("wordPrefix(%q, %d) = %d, want %d", c.s, c.n, got, c.want)
		}
	}
	long := strings.Repeat("ba ca da fa. ", 50_000)
	words, starts := wordsOf(long)
	if len(words) > maxCompressWords+1 || len(words) < maxCompressWords || len(starts) != len(words) {
		t.Fatalf("wordsOf read %d words of a 200,000-word sentence, want %d", len(words), maxCompressWords+1)
	}
	if h := Compress(long); h == "" {
		t.Error("Compress of a long sentence is empty")
	}
}

// TestCompleteStatementsHaveShortenings: a complete statement gives at
// least one shortening (so it can be the headline), whatever stands
// between its subject and its verb; without one it could only be taken
// whole as a fallback, and the headline went to a worse sentence.
func TestCompleteStatementsHaveShortenings(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"adverb before a past verb", "Cases of the mosquito-borne virus first appeared in the Eastmoor valley at the end of August.", "Cases of the mosquito-borne virus first appeared in the Eastmoor valley at the end of August"},
		{"-ly adverb before a past verb", "Northwell's new ward monitor recently received approval from the regulator for use in hospitals.", "Northwell's new ward monitor recently received approval from the regulator for use in hospitals"},
		{"gerund subject and adverb", "Saving early takes patience and a steady income.", "Saving early takes patience and a steady income"},
		{"plural present verb", "Small shop owners tend to be wary of new card fees.", "Small shop owners tend to be wary of new card fees"},
		{"sentence adverb opens", "Notably, only one of the three ferries is ready for the winter timetable.", "Only one of the three ferries is ready for the winter timetable"},
		{"sentence adverb opens, -ingly", "Unsurprisingly, the new estate car looks much like the concept shown in March.", "The new estate car looks much like the concept shown in March"},
		{"subject before an aside", "The councillors, however, refused to answer the letter.", "The councillors, however, refused to answer the letter"},
		{"existential there's", "There's a growing gap between the two halves of the town.", "There's a growing gap between the two halves of the town"},
		{"dash phrase ends the sentence", "Harbour company Eastlink is growing fast — in a good way.", "Harbour company Eastlink is growing fast — in a good way"},
		{"short -ied past", "Marta Quell died in a hospital in Lisbon on Sunday, a week after her 80th birthday.", "Marta Quell died in a hospital in Lisbon, a week after her 80th birthday"},
		{"intransitive verb before of", "The ferry captain died of his injuries after the crash off Eastholm.", "The ferry captain died of his injuries after the crash off Eastholm"},
		{"verb after an appositive, then of", "Marta Quell, one of Portugal's most loved fado singers, died of heart failure on Sunday at the age of 80.", "Marta Quell, one of Portugal's most loved fado singers, died of heart failure at the age of 80"},
		{"one-word subject before an aside", "Okafor, 31, is replacing the injured Dan Reyes in the touring production, which opens next month.", "Okafor, 31, is replacing the injured Dan Reyes in the touring production"},
		{"aside with a comma of its own", "The Valdoran Republic, a small, landlocked state in the Caucasus, is using tamper-proof ink in its elections to stop people voting twice.", "The Valdoran Republic, a small, landlocked state in the Caucasus, is using tamper-proof ink in its elections to stop people voting twice"},
		{"aside with a list in it", "Tom Hale, record holder at 5km, 10km and the half marathon, will make his debut in the city marathon.", "Tom Hale, record holder at 5km, 10km and the half marathon, will make his debut in the city marathon"},
		{"age and place asides, then a verb and an adverb", "Dean Pollard, 38, of Harlow, Essex, travelled first class around the world with money stolen from his employer.", "Dean Pollard, 38, of Harlow, Essex, travelled first class around the world with money stolen from his employer"},
		{"irregular past", "Nine-year-old Rufus underwent a long operation at the animal hospital in Newmarket.", "Nine-year-old Rufus underwent a long operation at the animal hospital in Newmarket"},
		{"a saying verb's object, then a subordinate clause", "The Harbour Kings announced the 40-date tour while closing out their sold-out concert at the Ryman Theatre in Eastholm, which featured songs from both of their first albums.", "The Harbour Kings announced the 40-date tour"},
		{"list commas in a relative clause on the subject", "Rail passengers who are unable to board their trains because of strikes, floods or signal failures can now claim a full refund.", "Rail passengers who are unable to board their trains because of strikes, floods or signal failures can now claim a full refund"},
		{"May as a first name", "May Ellen Hart, 51, a partner at an Eastholm law firm, resigned her seat on the board this week, a family spokesman said.", "May Ellen Hart, 51, a partner at an Eastholm law firm, resigned her seat"},
		{"a hyphenated noun for a person heads the subject", "The two-time Emmy-winning actor-singer returns to the Lyric stage this week with a show of sea shanties.", "The two-time Emmy-winning actor-singer returns to the Lyric stage with a show of sea shanties"},
		{"irregular past of a phrasal verb", "Mayor Ana Ruiz and her council allies dove deeper into the harbour board's accounts, launching a new round of questions about the ferry contract.", "Mayor Ana Ruiz and her council allies dove deeper into the harbour board's accounts"},
		{"a short -s verb after a name in -s", "In a letter to council colleagues released Monday, Hobbs rips the deal to sell the harbour company, arguing that it favours a foreign investor.", "Hobbs rips the deal to sell the harbour company"},
		{"all but before the verb", "Hale's victory in the east ward on Tuesday night all but sealed the mayoralty, leading councillor Dan Reyes to drop out of the race.", "Hale's victory in the east ward all but sealed the mayoralty, leading councillor Dan Reyes to drop out of the race"},
		{"a list subject with a comma before and", "During a town hall meeting broadcast by Harbour Radio, councillors Ana Ruiz, Tom Hale, and Dan Reyes offered voters different plans for the port.", "Councillors Ana Ruiz, Tom Hale, and Dan Reyes offered voters different plans for the port"},
		{"a participle and that-clause opening", "Declaring that she alone has the strength to save the port and revive the town, the former harbour master offered herself as a candidate for mayor.", "The former harbour master offered herself as a candidate for mayor"},
		{"a date's comma in the opening phrase", "In a memo dated Feb. 12, 2019, the harbour board warned the council that the sea wall could fail in a winter storm.", "The harbour board warned the council that the sea wall could fail in a winter storm"},
		{"coordinate adjectives", "The mayor's highly personal, sharply worded attacks on a county judge have set off a wave of alarm among lawyers in the town.", "The mayor's highly personal, sharply worded attacks on a county judge have set off a wave of alarm among lawyers"},
		{"a verb after an aside ending on her", "The council's inquiry on Tuesday, in which it heard from the port's engineers but then ruled out any charges against her, was the latest in a series of failures.", "The council's inquiry on Tuesday was the latest in a series of failures"},
		{"an adverb of frequency before the verb", "Mayor Ana Ruiz, whose appeal rests on an aura of toughness, seldom speaks of her brother Dan, who died at sea in 1981.", "Mayor Ana Ruiz, whose appeal rests on an aura of toughness, seldom speaks of her brother Dan"},
		{"an opening phrase that is a list", "With the port in debt, ferry crews on strike, and a campaign fanning fears of closure, the council has voted to sell the harbour company.", "The council has voted to sell the harbour company"},
		{"an opening phrase with no comma before the subject", "On Thursday evening Mayor Ana Ruiz gave her farewell speech as the town's leader, seeking to defend her record while painting her rival, Tom Hale, as a man too inexperienced for the job.", "On Thursday evening Mayor Ana Ruiz gave her farewell speech as the town's leader"},
		{"a quotation in two apostrophes inside the aside", "Hale, who had worked for the port since 2010 and most recently offered commentary on ''Harbour Hour,'' was dismissed after sharing a post that mocked the new ferry rules.", "Hale was dismissed after sharing a post that mocked the new ferry rules"},
		{"a plural verb in the relative clause", "A dozen councillors who want to be mayor squared off on Tuesday, but a grumpy Ruiz stood by her plan to skip the debate.", "A dozen councillors who want to be mayor squared off, but a grumpy Ruiz stood by her plan to skip the debate"},
		{"two names joined by and", "Ana Ruiz and Tom Hale enter the final week of a mayoral race that has defied the expectations of the town's pollsters.", "Ana Ruiz and Tom Hale enter the final week of a mayoral race that has defied the expectations of the town's pollsters"},
		{"an -s verb and its particle", "While the mayor has often said she opposes selling the port, her council carves out exceptions for the ferry company.", "While the mayor has often said she opposes selling the port, her council carves out exceptions for the ferry company"},
		{"an opening phrase the finder does not know", "One floor below, the ballrooms were bustling with engineers, shipowners and council officials who had gathered for the harbour summit.", "One floor below, the ballrooms were bustling with engineers, shipowners and council officials who had gathered for the harbour summit"},
		{"an opening list joined by and", "For all the candidates, all the debates and all the rancour, the race for mayor of Eastholm has taken a clear shape over the past month.", "The race for mayor of Eastholm has taken a clear shape over the past month"},
		{"why clause of a meta verb", "Today, we're going to talk about why saving early pays off for young workers.", "Saving early pays off for young workers"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if len(compressions(c.in)) == 0 {
				t.Fatalf("no shortening of %q", c.in)
			}
			got := Compress(c.in)
			if got != c.want {
				t.Errorf("Compress(%q)\n got  %q\n want %q", c.in, got, c.want)
			}
			checkHeadline(t, got)
		})
	}
}

// TestDashClauseIsNoEnd: a second clause after a dash ("— and I have
// been…") is not a phrase on the statement, so no shortening ends with it.
func TestDashClauseIsNoEnd(t *testing.T) {
	s := "If we have not met yet, my name is Ana Ruiz — and I have been baking bread for a living since 2012."
	for _, v := range compressions(s) {
		if h := v.text(); strings.Contains(h, "—") {
			t.Errorf("shortening %q keeps a dash clause", h)
		}
	}
}

// TestLeansBack: a hook's set-up goes on through sentences that lean on the
// one before, and stops at the turn and at an "it" that points forward.
func TestLeansBack(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"They are only a by-product of the game she has played for years.", true},
		{"Goals also mean little to Ruiz without points attached.", true},
		{"This is the third time the bridge has closed this year.", true},
		{"It is apparent that the council wanted to keep the report quiet.", false},
		{"However, it was the pressing game that won the match.", false},
		{"Ruiz became the first player in league history to do it.", false},
	}
	for _, c := range cases {
		if got := leansBack(strings.Fields(c.s)); got != c.want {
			t.Errorf("leansBack(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestButClause: the clause after ", but" may be the headline alone (past
// an "it is clear that"), never when it is no clause of its own or leans
// on the first clause; a headline ending on "them" pays for the pronoun.
func TestButClause(t *testing.T) {
	has := func(s, want string) bool {
		for _, v := range compressions(s) {
			if v.text() == want {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		in, variant string
		want        bool
	}{
		{"There are some kitchen tools I can never have enough of, but cheap gadgets and big speakers aren't always the right gift.", "Cheap gadgets and big speakers aren't always the right gift", true},
		{"Researchers are only starting to understand them, but it is becoming clear that the cells are a hub for the body's defences.", "The cells are a hub for the body's defences", true},
		{"The senator could back the harbour plan, but only if the cost is lower than promised.", "Only if the cost is lower than promised", false},
		{"The mayor is casting himself as a champion of workers, but there's little in his plan that matches his words.", "There's little in his plan that matches his words", false},
	} {
		if got := has(c.in, c.variant); got != c.want {
			t.Errorf("compressions(%q) has %q: %v, want %v", c.in, c.variant, got, c.want)
		}
	}
	// The same statement ending on "them" costs more than ending on a noun.
	cost := func(s string) float64 {
		v, ok := cheapest(compressions(s))
		if !ok {
			t.Fatalf("no shortening of %q", s)
		}
		return v.penalty
	}
	if a, b := cost("Scientists on the island are only now beginning to understand them."), cost("Scientists on the island are only now beginning to understand tides."); a < b+0.15 {
		t.Errorf("ending on \"them\" costs %.3f, on a noun %.3f", a, b)
	}
}

// TestDashesAndAttributions: a hyphen used as a dash opens a phrase like
// "—"; a dash clause is no end phrase, a dash phrase is; no headline ends
// between a trailing attribution's name and its verb.
func TestDashesAndAttributions(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The mayor is to name a square after the first woman councillor - it will be built next to the market hall", false},
		{"Dan Reyes will be confirmed as manager - exactly eight weeks after he was asked to take charge", true},
		{"Beauty company Coty is breaking out — in a good way", true},
		{"My name is Ana Ruiz — and I have been baking since 2012", false},
	} {
		if got := finalDashPhrase(strings.Fields(c.s)); got != c.want {
			t.Errorf("finalDashPhrase(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if !openDash(strings.Fields("The mayor is to name a square - it will be built")) {
		t.Error("a hyphen between spaces is a dash")
	}
	words := strings.Fields("The climber is being flown back to Norway from Nepal, Norway's Foreign Minister Kari Lund said on Sunday.")
	mv := mainVerb(words, 0)
	if _, ok := endOption(words, len(words)-3, mv); ok {
		t.Errorf("a headline may end between %q and its verb", words[len(words)-4])
	}
	// A that-clause needs its own verb: not "alleged that Ana Pike and Tom
	// Rudd, assigned to the harbour's night watch".
	s := "Prosecutors alleged that Ana Pike and Tom Rudd, assigned to the harbour's night watch, repeatedly failed to make the required checks on the ferry that night."
	for _, v := range compressions(s) {
		if h := v.text(); !strings.Contains(h, "failed") {
			t.Errorf("shortening %q leaves the that-clause without its verb", h)
		}
	}
}

// TestKeyNamesKept: among the shortenings of the headline's sentence, the
// one that keeps the story's key name wins.
func TestKeyNamesKept(t *testing.T) {
	text := "Two federal prison officers were charged Tuesday with falsifying their records, stating they had checked on the jailed harbour magnate Ivo Marsh.\n\n" +
		"Marsh, 71, was found dead in his cell in August. Prosecutors said the officers slept while Marsh was alone.\n\n" +
		"A lawyer for Marsh's family said the charges were overdue."
	h := AnalyseText(text).Headline()
	if !strings.Contains(h, "Marsh") {
		t.Errorf("headline %q leaves out Marsh, named four times", h)
	}
	checkHeadline(t, h)
}

// TestReviewRegressions: cases a review of round six found, each failing
// before its fix.
func TestReviewRegressions(t *testing.T) {
	has := func(s, want string) bool {
		for _, v := range compressions(s) {
			if v.text() == want {
				return true
			}
		}
		return false
	}
	for _, c := range []struct{ name, in, variant string }{
		// A name in -ly is no adverb before the verb.
		{"name in -ly", "Fans in Italy celebrated the win over France on Sunday night.", "Fans in Italy celebrated the win over France"},
		// "that" before a noun points to it; it opens no clause.
		{"that as a determiner", "The minister rejected that claim in a speech to the harbour board on Monday.", "The minister rejected that claim in a speech to the harbour board"},
		// A hyphen between two numbers is a score, not a dash.
		{"a score", "Cardiff beat Swansea 5 - 1 at the Liberty Stadium on Sunday in front of 20,000 fans.", "Cardiff beat Swansea 5 - 1 at the Liberty Stadium"},
		// An "it is clear that" frame at the start can go.
		{"factive frame", "It is clear that the council wanted to keep the harbour report quiet until after the vote.", "The council wanted to keep the harbour report quiet until after the vote"},
	} {
		if !has(c.in, c.variant) {
			t.Errorf("%s: compressions(%q) lack %q", c.name, c.in, c.variant)
		}
	}
	if finalDashPhrase(strings.Fields("The club opened its ground — and a new stand")) {
		t.Error("a dash part opening on \"and\" is a second clause, not a phrase")
	}
	words := strings.Fields("The striker gave up his place in the team after the row.")
	if _, ok := endOption(words, 3, 1); ok {
		t.Error("a headline may end between \"gave\" and \"up\"")
	}
}

// TestKeyNames: the key names after the verb stop at a second statement and
// leave out days, months and names in brackets; a curly possessive keeps
// its name.
func TestKeyNames(t *testing.T) {
	text := "Coach Ivo Marsh will not worry about the defeat by Holland (Orange) on Tuesday in March, insists Gerard Pique.\n\n" +
		"Holland beat Marsh's side in March on Tuesday. Pique said Holland were better; Marsh agreed with Pique about Holland and Orange and Orange.\n\n" +
		"Marsh and Pique meet Holland again in March on Tuesday."
	d := AnalyseText(text).d
	var got []string
	for _, id := range d.keyNames(0) {
		got = append(got, d.terms[id])
	}
	if strings.Join(got, " ") != "holland" {
		t.Errorf("keyNames = %q, want just holland (not Orange in brackets, Tuesday, March, nor Pique after \", insists\")", got)
	}
	vs := []variant{{kept: strings.Fields("Coach Ivo Marsh will not worry about Holland’s win")}, {kept: strings.Fields("Coach Ivo Marsh will not worry")}}
	if n := d.namesLeftOut(0, vs); n[0] != 0 || n[1] != 1 {
		t.Errorf("namesLeftOut = %v, want [0 1] (a curly possessive keeps its name)", n)
	}
}

// TestAsideIsNoSubject: the comma that opens an aside on a reported
// clause's subject does not make the aside a subject of its own ("Only
// described as a man in his 40s, may be tied to…").
func TestAsideIsNoSubject(t *testing.T) {
	s := "Now detectives believe the gunman, only described as a man in his 30s or 40s, may be tied to a robbery that took place on Friday in the north of the city."
	for _, v := range compressions(s) {
		if h := v.text(); strings.HasPrefix(h, "Only") {
			t.Errorf("shortening %q has no subject", h)
		}
	}
}

// TestRelativeClauseIsNoAttribution: a saying verb in a relative clause on
// the subject ("The clerk who revealed that…") heads no reported clause a
// headline could start with.
func TestRelativeClauseIsNoAttribution(t *testing.T) {
	s := "The Eastholm clerk who first revealed that the mayor used council funds for a family holiday was sacked on Monday by the town's board."
	for _, v := range compressions(s) {
		if h := v.text(); strings.HasPrefix(h, "The mayor") {
			t.Errorf("shortening %q starts inside the relative clause", h)
		}
	}
}

// TestQuotations: a lead that runs into a quotation closing in a later
// sentence still gives the headline before the quotation opens; no
// headline ends where a quotation that belongs to its clause opens, nor
// on a saying verb whose quotation follows; a saying verb's object is open
// until the verb past a relative clause on it.
func TestQuotations(t *testing.T) {
	t.Run("lead runs into a quotation", func(t *testing.T) {
		text := `Mayor Ana Ruiz argued that the harbour board has "a long way to go" on dredging, "because it's right now for the ferries" because "Ferries pay it a lot of money. It's got to be for ferries, right?" during a meeting in Eastholm on Friday.` + "\n\n" +
			`Ruiz said that "harbour people" "do a fantastic job. And it's so important."` + "\n\n" + `She added, "We will not wait another winter."`
		h := Headline(text)
		if !strings.HasPrefix(h, "Mayor Ana Ruiz argued that the harbour board has") || strings.Count(h, `"`)%2 != 0 {
			t.Errorf("headline %q, want the lead up to where its quotation opens", h)
		}
	})
	// Each shortening that keeps from, keeps to: the clause that opens
	// at from goes on to to.
	cases := []struct{ name, in, from, to string }{
		{"a quotation that is the clause's verb", `Columnist Dan Reyes wrote that Thursday's debate was "a mess" and the governor "did well, because it was a real debate.`, "the governor", "did well"},
		{"a quotation after a saying verb", `He answered, "I have no idea what the board will do.`, "answered", "no idea"},
		{"a relative clause on a reported subject", `Club chairman Tom Hale said both the rugby side and the squash club, which are also based at the ground, are protected under their leases.`, "said both", "are protected"},
		{"a relative clause's verb is not the reported verb", `Governor Ana Ruiz said the driver, who crashed near the harbour in Eastholm, had been drinking.`, "said the driver", "had been drinking"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, v := range compressions(c.in) {
				if h := v.text(); strings.Contains(h, c.from) && !strings.Contains(h, c.to) {
					t.Errorf("shortening %q ends before %q", h, c.to)
				}
			}
		})
	}
}

// TestVerbPhrasesStayWhole: cuts a held-out reading found on PolNeAR's
// train split, each in text written for the test — no shortening ends on a
// base verb before its object or particle, between a verb and its day and
// that-clause, on a saying verb whose that-clause follows, inside a
// that-clause before its verb, or inside a second clause before its verb.
func TestVerbPhrasesStayWhole(t *testing.T) {
	cases := []struct{ name, in, bad string }{
		{"base verb before its particle", "With its rival gone, the Eastholm Party faces a new challenge as it tries to win over some of the most loyal voters of the old coalition.", "tries to win"},
		{"modal and verb before its particle", "The council said on Tuesday that it will hand over to the auditors thousands of pages of records from the harbour office.", "will hand"},
		{"a day before the that-clause", "The harbour board admitted for the first time Friday that toxic waste had been found in the dredged silt.", "first time"},
		{"a saying verb before its that-clause", "Ana Ruiz argues in the Eastholm Courier that the harbour board bears most of the blame for the flooding.", "Ana Ruiz argues"},
		{"inside a that-clause", "The watchdog stated in a release Tuesday that a search of the council's records, made by its own staff, had found no trace of the missing contract.", "council's records"},
		{"a that-clause on a plural subject", "In a column in the Eastholm Courier, Mayor Ana Ruiz wrote that thousands of harbour workers, worn down by years of cuts, are ready for a change of council.", "harbour workers"},
		{"inside a relative clause after a preposition", "Two hours after his first post, Mayor Ana Ruiz posted a similar map in which the line of the Eastholm Sea Wall - which runs past the old fort - had moved by a mile.", "Eastholm Sea Wall"},
		{"a verb before its complement", "The port authority has quietly removed from its website the safety reports it published on the dredging of the harbour mouth.", "has quietly removed"},
		{"a participle before its agent", "Records show Mayor Ana Ruiz was advised by two harbour engineers that the sea wall could fail in a winter storm.", "was advised"},
		{"a verb and pronoun before the reason", "While Hale has raised record sums from small donors for his own campaign, the Ruiz campaign has criticized him for doing little to help other candidates on the council slate.", "criticized him"},
		{"a relative clause's verb before its phrase", "Eleven residents' groups are asking Mayor Ana Ruiz to turn down the support of a retired admiral who suggested over the summer that the harbour should be closed to ferries.", "who suggested"},
		{"a subject pronoun's verb before its phrase", "The new flood plan for the harbour district will provide the template it follows in its talks with other towns on the estuary.", "template it follows"},
		{"a verb before a day and its complement", "Mayor Ana Ruiz sought on Wednesday to calm growing worries among ferry workers about the sale of the harbour company to a foreign investor.", "Ruiz sought"},
		{"a noun before its complement", "A county judge granted the Harbour Trust's request for documents on whether the council and the port authority hid the dredging reports from the public.", "Trust's request"},
		{"a noun before whom it is with", "Ferry captain Dan Reyes is likely to be asked about his changing accounts of the port authority's dealings with the Eastholm council and a newly found letter.", "authority's dealings"},
		{"a span of time before an event opens the sentence", "Four days after the Eastholm councillors traded insults in their debate at the town hall, Mayor Ana Ruiz was especially critical of the man who leads the opposition.", "at the town hall"},
		{"inside a list", "Mayor Ana Ruiz will get one more chance to poke fun at fellow councillors, the press and herself as she attends her last harbour dinner on Saturday.", "the press"},
		{"inside a subordinate clause after but", "Ana Ruiz is only five feet tall, but when she walks the twenty steps from her office to the council chamber, the room goes quiet.", "twenty steps"},
		{"a day before a clause that says which", "The council is expected to pass a harbour bill later this week that would end the ferry subsidy for good.", "harbour bill"},
		{"a noun before its source", "Mayor Ana Ruiz rejected criticism from the ferry workers' union of her plan to sell the harbour company.", "rejected criticism"},
		{"a day before what was said", "Mayor Ana Ruiz responded to a ferry worker's widow Wednesday night by saying the harbour sale was a \"manufactured\" issue.", "worker's widow"},
		{"a verb and a reflexive before the complement", "While fans spent the weekend at the regatta, the real harbour master was busy distancing himself from a far more sinister kind of scandal.", "distancing himself"},
		{"between coordinate adjectives", "The county is reportedly making plans to question Mayor Ana Ruiz as it nears the end of its inquiry into her use of a private, unsecured phone to conduct harbour business.", "use of a private"},
		{"after an appositive name, before a second object", "Mayor Ana Ruiz, facing growing pressure in the east ward after poor showings in the polls, on Monday brought her older brother, Tom Ruiz, and the former harbour master, Dan Reyes, to vouch for her record.", "brother, Tom Ruiz"},
		{"inside what a trailing saying clause says", "Mayor Ana Ruiz sharply rebuked critics who say she should call the sale \"a surrender,\" saying calling the harbour company, also known as Eastlink or Portco, by another name will change nothing.", "also known as Eastlink"},
		{"inside a that-clause that opens on a subordinate clause", "It appears that when the Eastholm Harbour Party gathers for its conference on Saturday, there will be no one from the mayor's office on the stage.", "for its conference"},
		{"before what the participle names", "Mayor Ana Ruiz and councillor Tom Hale wore a harbour campaign cap reading, \"Make Eastholm Great Again\" on Wednesday night before the vote.", "campaign cap reading"},
		{"before a gerund that is the verb's complement", "Councillor Tom Hale is joining his running mate Ana Ruiz in calling for a special inquiry into the harbour sale and for the port board to be dissolved.", "running mate Ana Ruiz"},
		{"before a day and the complement it splits", "Eastholm's Harbour Party was accused Wednesday of trying to deceive voters by renaming its press office a fact-checking service.", "was accused"},
		{"on an adverb after a comma", "As part of his plea, Tom Hale, 44, said that he cheated nearly 100 ferry passengers from his office on the quay, often by selling them forged tickets.", "quay, often"},
		{"inside a second clause", "The landlord asked for proof of income, and the tenant's bank statement and payslip, which had been accepted by the last landlord, were turned down.", "and payslip"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, v := range compressions(c.in) {
				if h := v.text(); strings.HasSuffix(h, c.bad) {
					t.Errorf("shortening %q is cut", h)
				}
			}
		})
	}
}

// TestHeldOutRoundTwo: the second pass over PolNeAR's train split — a
// subordinate clause after a dropped "But" is no statement, a lead that
// asks its question after a colon gives the statement before it, a base
// verb keeps its preposition ("set to meet | with"), and "late Thursday"
// goes whole.
func TestHeldOutRoundTwo(t *testing.T) {
	for _, v := range compressions("But as Ruiz extends her lead in the polls, Hale must now face the fact that he has almost no chance of winning the seat.") {
		if h := v.text(); !strings.Contains(h, "Hale must") {
			t.Errorf("shortening %q has no main clause", h)
		}
	}
	for _, v := range compressions("Eastholm's new mayor, the self-styled outsider, is set to meet with the leaders of the harbour board on Monday.") {
		if h := v.text(); strings.HasSuffix(h, "set to meet") {
			t.Errorf("shortening %q is cut", h)
		}
	}
	for _, v := range compressions("U.S. District Judge Ana Ruiz late Thursday issued an injunction blocking the harbour law, hours before it was to take effect.") {
		if h := v.text(); strings.Contains(h, "late issued") {
			t.Errorf("shortening %q keeps half of the day", h)
		}
	}
	text := "Ana Ruiz's victory in the Eastholm primary on Tuesday has brought Tom Hale one step closer to a series of hard decisions about his campaign: What does Hale want?\n\n" +
		"How he answers will shape the party's autumn campaign and the votes of its members.\n\nHis campaign has done better than most had predicted."
	if h := Headline(text); !strings.HasPrefix(h, "Ana Ruiz's victory in the Eastholm primary") || strings.Contains(h, "?") || strings.Contains(h, "What does") {
		t.Errorf("headline %q, want the statement before the colon", h)
	}
}

// TestParticipleOpeners: an opening phrase on a past participle goes like
// one on an -ing participle, first or after another opening phrase.
func TestParticipleOpeners(t *testing.T) {
	for _, s := range []string{
		"Inserted in the middle of a long report, the harbour board's auditor compared the mayor's plan with a scheme that failed in 1998.",
		"In a short remark, inserted in the middle of a long report, the harbour board's auditor compared the mayor's plan with a scheme that failed in 1998.",
	} {
		found := false
		for _, v := range compressions(s) {
			found = found || strings.HasPrefix(v.text(), "The harbour board's auditor compared")
		}
		if !found {
			t.Errorf("no shortening of %q starts at its subject", s)
		}
	}
}

// TestHeldOutRoundEight: a comma after a name that opens "a …" description
// is an aside even with an "and" in it, so no verb is found inside it; a
// day can still go after a verb that takes no complement; the clause after
// ", but" that says "it" loses to the clause "it" points to.
func TestHeldOutRoundEight(t *testing.T) {
	const appositive = "Adm. Dana Whitcombe, a retired four-star admiral and former supreme allied commander of naval forces in the Baltic, is an adviser to the Ruiz campaign."
	if mv := mainVerb(strings.Fields(appositive), 0); mv < 0 || strings.Fields(appositive)[mv] != "is" {
		t.Errorf("main verb of %q at %d", appositive, mv)
	}
	for _, v := range compressions(appositive) {
		if h := v.text(); !strings.Contains(h, " is ") {
			t.Errorf("shortening %q has lost the main verb", h)
		}
	}
	found := false
	for _, v := range compressions("Mara Quell resigned on Monday, a week after the council voted to sell the harbour company to a foreign investor.") {
		found = found || v.text() == "Mara Quell resigned"
	}
	if !found {
		t.Errorf("no shortening ends before the day")
	}
	if got := Compress("Mara Quell and Tom Hale, the owners of two shops flooded in the 2019 storm in Eastholm, Kent, have filed a negligence lawsuit against the port authority."); got != "Mara Quell and Tom Hale have filed a negligence lawsuit against the port authority" {
		t.Errorf("Compress: got %q, want the aside with a place's comma gone", got)
	}
	if got := Compress("Council leader Ana Ruiz rejected claims that the harbour board is breaking the law through its joint funding agreement with the port — saying the board had followed the auditors' advice."); !strings.HasSuffix(got, "agreement with the port") {
		t.Errorf("Compress: got %q, want the end before the dash and its participle", got)
	}
	if got := Compress("The council is expected to pass a harbour bill later this week that would end the ferry subsidy for good."); strings.Contains(got, "bill later that") {
		t.Errorf("Compress: got %q, \"later this week\" goes whole", got)
	}
	found = false
	for _, v := range compressions("Eastholm schools will be freed from the rules of No Child Left Behind, the law that set national tests for every pupil in the county from the age of seven.") {
		found = found || v.text() == "Eastholm schools will be freed from the rules of No Child Left Behind"
	}
	if !found {
		t.Errorf("no shortening ends on a name's last word, \"Behind\"")
	}
	if got := Compress("Nearly six months after clashing with Mayor Ana Ruiz over the harbour sale, ferry union leader Tom Hale said on Tuesday that any bad blood had largely gone."); !strings.HasPrefix(got, "Ferry union leader Tom Hale said") {
		t.Errorf("Compress: got %q, want the opening span of time gone", got)
	}
	const wire = "EASTHOLM --  ''The tides come in. The tides go out. But the harbour will never close.''\n\nSo says a voice at the end of a new film about the port, due out in March.\n\nThe film was shot over two summers on the quay."
	if h := AnalyseText(wire).Headline(); strings.Contains(h, "harbour will never close") || strings.Contains(h, "tides") {
		t.Errorf("headline %q is a sentence from inside a quotation marked with two apostrophes", h)
	}
	if got := Compress("After a pause in Maine, the senator seems ready for a bare-knuckle fight in S.C."); got != "After a pause in Maine, the senator seems ready for a bare-knuckle fight in S.C." {
		t.Errorf("Compress: got %q, want the abbreviation's last full stop kept", got)
	}
	for _, c := range []struct {
		headline string
		want     bool
	}{
		{"Mayor Ana Ruiz is on solid ground attacking the harbour board, Tom Hale said Monday", true},
		{"The port did not complain when the ferry company's spending helped the town, a council official said", true},
		{"The harbour board should sell the ferry company, the mayor said", true},
		{"Three of the town's biggest shops will close by Christmas, the chamber of commerce said", false},
		{"A man was stabbed to death during a lecture in Eastholm, police said", false},
	} {
		if got := claimed(strings.Fields(c.headline)); got != c.want {
			t.Errorf("claimed(%q) = %v, want %v", c.headline, got, c.want)
		}
		if EndsMidPhrase(c.headline) {
			t.Errorf("EndsMidPhrase(%q): a final attribution is no cut", c.headline)
		}
	}
	if h := Compress("Mayor Ana Ruiz is on solid ground attacking the harbour board, Tom Hale said Monday."); !strings.HasSuffix(h, "Tom Hale said Monday") && !strings.HasSuffix(h, "Tom Hale said") {
		// (The day may go since round nine; the source stays.)
		t.Errorf("Compress: got %q, want the opinion's source kept", h)
	}
	butOnly := func(s string) float64 {
		for _, v := range compressions(s) {
			if strings.HasPrefix(v.text(), "Local printers") {
				return v.penalty
			}
		}
		t.Fatalf("no shortening of %q starts after \"but\"", s)
		return 0
	}
	const sayIt = "The town's new poster campaign has drawn ridicule online since its launch on Friday, but local printers are divided on whether it will work."
	const sayNot = "The town's new poster campaign has drawn ridicule online since its launch on Friday, but local printers are divided on whether posters will work."
	if d := butOnly(sayIt) - butOnly(sayNot); d < pointsBackCost-1e-9 {
		t.Errorf("the clause after \"but\" that says \"it\" costs %.3f more, want %.2f", d, pointsBackCost)
	}
}

// TestRoundNine holds the cases of round nine (issue 12): transcripts'
// opening days and shows, places with a state's abbreviation, lists inside
// an opening phrase and a relative clause around a verb of believing.
func TestRoundNine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// A day and the place or show that frames it open the sentence.
		{`Tuesday in Eastholm, while touring the harbour for his daughter's campaign, former mayor Tom Hale said the port needed a new ferry because "the old one is sinking."`,
			`Former mayor Tom Hale said the port needed a new ferry because "the old one is sinking."`},
		{`Sunday on Harbour Radio's "Morning Tide," council leader Ana Ruiz said the ferry subsidy would end in March.`,
			"Council leader Ana Ruiz said the ferry subsidy would end in March"},
		{"Monday at Eastholm College in Portree, ME, council leader Ana Ruiz addressed the students of the maritime school.",
			"Council leader Ana Ruiz addressed the students of the maritime school"},
		{"Thursday night at the harbour trust's dinner in Washington, D.C., council leader Ana Ruiz defended the sale of the ferry company.",
			"Council leader Ana Ruiz defended the sale of the ferry company"},
		// A list inside the opening phrase, with a participle on its
		// last item, runs to the phrase's own comma.
		{"While discussing a leaflet from the harbour board featuring a photo of the mayor, coins and a golden anchor likened to the town's crest, council leader Ana Ruiz said the leaflet had no place in the campaign.",
			"Council leader Ana Ruiz said the leaflet had no place in the campaign"},
		// Words in quotation marks inside an opening phrase, the last
		// closing after its comma.
		{`After he mocked the film "Tidewater" and the harbour museum for being too "gloomy," critic Tom Hale has now turned his attention to the town's new theatre.`,
			"Critic Tom Hale has now turned his attention to the town's new theatre"},
	} {
		if got := Compress(c.in); got != c.want {
			t.Errorf("Compress(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	// A day that is the subject is no opening.
	if got := Compress("Tuesday is the last day to register a boat for the harbour race, officials said."); !strings.HasPrefix(got, "Tuesday is the last day") {
		t.Errorf("Compress: got %q, want the day kept as the subject", got)
	}
	// A list whose item opens on an -ing word goes on past it; a
	// participle's clause after a comma is no item.
	hasStart, cutList := false, false
	for _, v := range compressions(`At a rally billed as "Boats for Ruiz," Ana Ruiz unveiled a £20 million plan to fix piers, slipways, jetties, crumbling sea walls and the town's old lifeboat station.`) {
		h := v.text()
		hasStart = hasStart || strings.HasPrefix(h, "Ana Ruiz unveiled")
		cutList = cutList || strings.HasSuffix(h, "jetties") || strings.HasSuffix(h, "sea walls")
	}
	if !hasStart || cutList {
		t.Errorf("shortenings: one after the quoted opening %v, one cut inside the list %v", hasStart, cutList)
	}
	found := false
	for _, v := range compressions("Ana Ruiz won the harbour primary, forcing her rivals Tom Hale and Mara Quell out of the race and earning the party's nomination.") {
		found = found || v.text() == "Ana Ruiz won the harbour primary"
	}
	if !found {
		t.Errorf("no shortening ends before the participle's clause")
	}
	// After a day's phrase, "when" opens a second opening clause.
	if got := Compress(`Sunday on Harbour Radio's "Morning Tide," when asked about the ferry, Mayor Ana Ruiz said she expected that voters will say "no" to the sale.`); !strings.HasPrefix(got, "Mayor Ana Ruiz said") {
		t.Errorf("Compress: got %q, want both opening phrases gone", got)
	}
	// The writer's voice costs; a quotation's and a name's do not.
	for _, c := range []struct {
		headline string
		want     bool
	}{
		{"In our last letter from the harbour, we mocked the council's plans", true},
		{"Ana Ruiz gave a speech on the quay, but chances are you didn't hear it", true},
		{"Specifically I've heard from a number of fishermen", true},
		{`Ana Ruiz said "we will not sell the ferry"`, false},
		{"A new ad from Our Harbour PAC attacks the mayor", false},
		{"The US Navy will visit the harbour in May", false},
		{"Tom Hale said he would resign", false},
	} {
		if got := personalVoice(strings.Fields(c.headline)); got != c.want {
			t.Errorf("personalVoice(%q) = %v, want %v", c.headline, got, c.want)
		}
	}
	if got := Compress("Council leader Ana Ruiz gave a speech on the quay, but chances are you didn't hear it."); got != "Council leader Ana Ruiz gave a speech on the quay" {
		t.Errorf("Compress: got %q, want the clause in the reader's voice gone", got)
	}
	// A poll's finding keeps its source, "according to" or "found"; a
	// fact from a document or an office does not need it.
	for _, c := range []struct {
		headline string
		want     bool
	}{
		{"Mara Quell appears to have the best odds of winning the harbour seat, according to three recent polls", true},
		{"Ana Ruiz and Tom Hale are deadlocked in the harbour ward, a new poll found", true},
		{"The ferry will not run on Sundays, according to the new timetable", true},
		{"The night shift at the port was cut last year, according to three unions", false},
		{"The ferry will run on Sundays from May, according to the timetable", false},
	} {
		if got := claimed(strings.Fields(c.headline)); got != c.want {
			t.Errorf("claimed(%q) = %v, want %v", c.headline, got, c.want)
		}
		if EndsMidPhrase(c.headline) {
			t.Errorf("EndsMidPhrase(%q): a final attribution is no cut", c.headline)
		}
	}
	if got := Compress("Mara Quell appears to have the best odds of winning the harbour seat, according to three recent polls."); !strings.HasSuffix(got, "according to three recent polls") {
		t.Errorf("Compress: got %q, want the poll kept as the finding's source", got)
	}
	// A description before a name may go; an office in capitals, a
	// second subject, a determiner or a participle's phrase may not.
	for _, c := range []struct {
		sentence string
		want     string // the name the subject is left with, "" for none
	}{
		{"Eastholm mayoral candidate Ana Ruiz said the ferry subsidy would end.", "Ana"},
		{"Local radio talk show host Tom Hale said the ferry subsidy would end.", "Tom"},
		{"Former harbour trust chairman and mayoral candidate Ana Ruiz said the ferry would stay.", "Ana"},
		{"The super PAC backing Ana Ruiz is running an advert against the ferry sale.", ""},
		{"Mayor Tom Hale and deputy mayor Ana Ruiz will open the ferry terminal.", ""},
		{"Hale and deputy mayor Ana Ruiz will open the ferry terminal.", ""},
		{"Harbour Board Chairman Tom Hale said the ferry subsidy would end.", ""},
		{"Former Harbour Master Tom Hale said the ferry subsidy would end.", ""},
		{"Eastholm Gazette reporter Tom Hale said the ferry subsidy would end.", ""},
		{"Students at Eastholm High School displayed a photo of the mayor.", ""},
		{"Its chief executive Tom Hale said the ferry subsidy would end.", ""},
		{"A week after mayoral candidate Ana Ruiz visited the quay, the ferry sank.", ""},
	} {
		words := strings.Fields(c.sentence)
		got := ""
		if j := titledName(words, 0); j > 0 {
			got = words[j]
		}
		if got != c.want {
			t.Errorf("titledName(%q) leaves the subject at %q, want %q", c.sentence, got, c.want)
		}
	}
	if got := Compress("Eastholm mayoral candidate and former ferry captain Ana Ruiz told a meeting of harbour traders on Monday evening that the council's sale of the ferry company should be stopped."); !strings.HasPrefix(got, "Ana Ruiz told") {
		t.Errorf("Compress: got %q, want the long headline without the description", got)
	}
	// A day that is the object of "spent" stays.
	for _, v := range compressions("Mayor Ana Ruiz spent Thursday morning at the harbour, where she opened a new ferry terminal built with a £3 million grant.") {
		if h := v.text(); strings.Contains(h, "spent at") {
			t.Errorf("shortening %q lost the object of \"spent\"", h)
		}
	}
	// A thing the story is about, written five times, is kept like a key
	// name: the hearing on the timetable, not "avoided clashes over fares".
	const timetable = "Supporters of council leader Ana Ruiz and Tom Hale avoided confrontations over fares during their first ferry timetable drafting committee hearing on Wednesday.\n\n" +
		"The timetable committee will hold three more hearings before it drafts the summer timetable in May.\n\n" +
		"Ruiz wants a later last crossing in the new timetable. Hale said the timetable should keep the early boat for fishermen.\n\n" +
		"Both camps said the hearing had been calm."
	if h := AnalyseText(timetable).Headline(); !strings.Contains(h, "timetable drafting committee hearing") {
		t.Errorf("headline %q drops the timetable hearing, the story's key thing", h)
	}
	// A day may go from the end of what a headline keeps.
	found = false
	for _, v := range compressions("Mara Quell offered the council an unprecedented level of cooperation in harbour dredging works yesterday, but her rivals made clear they were still against the plan.") {
		found = found || v.text() == "Mara Quell offered the council an unprecedented level of cooperation in harbour dredging works"
	}
	if !found {
		t.Errorf("no shortening loses the day before the comma")
	}
	// Read after the end-of-round reading (sample 7): no end after "not
	// only" before its "but", after "asked" and its object before what was
	// asked, or after a noun before the complement that follows a pair
	// ("frustration, and even a little trepidation, about…"); after a
	// that-clause's own verb, "like" is no main verb.
	for _, c := range []string{
		"A fall in turnout has reached deeply into some of the groups of voters Ana Ruiz must not only win in May, but win big.",
		"Tom Hale, a ferry campaigner, asked the harbour master during a radio phone-in if he would commit to a winter timetable.",
		"Ana Ruiz has expressed frustration, and even a little trepidation, about her first debate with Tom Hale later this month, telling friends she is perplexed.",
	} {
		for _, v := range compressions(c) {
			h := v.text()
			if strings.HasSuffix(h, "not only win in May") || strings.HasSuffix(h, "asked the harbour master") || strings.HasSuffix(h, "expressed frustration") {
				t.Errorf("shortening %q ends before what it needs", h)
			}
		}
	}
	const like = "Tom Hale's claim that more dredging is needed in the harbour to prevent floods like the storm surge in March drew rebukes from the council."
	if mv := mainVerb(strings.Fields(like), 0); mv < 0 || strings.Fields(like)[mv] != "drew" {
		t.Errorf("main verb of %q at %d, want \"drew\"", like, mv)
	}
	// A pronoun whose person went with the opening attribution.
	if got := Compress("Mayor Ana Ruiz said the harbour board had sold the ferry company in secret and she accused the board of lying to the voters of Eastholm."); strings.Contains(got, "and she accused") && !strings.Contains(got, "Ana Ruiz") {
		t.Errorf("Compress: got %q, \"she\" without the mayor", got)
	}
	// "which he believes | will make": the relative clause's verb, not the
	// main clause's; nothing is removed from around it.
	for _, v := range compressions("Harbour, master Tom Hale criticised the board for selling the ferry, which he believes will make it impossible for the town to recover.") {
		if h := v.text(); strings.Contains(h, "ferry will make") {
			t.Errorf("shortening %q lost the relative clause but kept its verb", h)
		}
	}
	// A reported clause's subject with an unclosed relative clause after
	// it: the reported verb follows, so no headline ends on the name.
	for _, v := range compressions(`Mayor Ana Ruiz said Mara Quell, the owner of the ferry company, who sold it in 2019 is "simply wrong" to blame the council.`) {
		if h := v.text(); strings.HasSuffix(h, "said Mara Quell") {
			t.Errorf("shortening %q ends on the reported clause's subject", h)
		}
	}
}

// TestRoundNineReview holds the regressions a code review of round nine
// found in its first build, each with the behaviour it must keep.
func TestRoundNineReview(t *testing.T) {
	has := func(s, want string) bool {
		for _, v := range compressions(s) {
			if strings.Contains(v.text(), want) {
				return true
			}
		}
		return false
	}
	verb := func(s string) string {
		w := strings.Fields(s)
		if mv := mainVerb(w, 0); mv >= 0 {
			return w[mv]
		}
		return ""
	}
	if got := Compress("Supporters of presidential candidate Ana Ruiz protested outside the convention hall for several hours on Monday against the sale of the island ferry company."); !strings.HasPrefix(got, "Supporters of") {
		t.Errorf("Compress: got %q, the subject's head noun lost", got)
	}
	for _, s := range []string{
		"Widow of fallen officer Tom Hale said on Monday that she would sue the harbour board.",
		"Since last summer Tom Hale has run the ferry.",
		"Fans of singer Mara Quell flooded the harbour square.",
	} {
		if j := titledName(strings.Fields(s), 0); j > 0 {
			t.Errorf("titledName(%q) = %d: no title", s, j)
		}
	}
	if got := Compress("The council must decide on the ferry sale by Friday."); !strings.HasSuffix(got, "by Friday") {
		t.Errorf("Compress: got %q, a deadline stays", got)
	}
	if got := Compress("The strike begins Monday."); got != "The strike begins Monday" {
		t.Errorf("Compress: got %q, a day right after the verb stays", got)
	}
	if got := Compress("Ferry services to the islands have been suspended until Monday, the harbour board said."); !strings.Contains(got, "until Monday") {
		t.Errorf("Compress: got %q, a span stays", got)
	}
	for _, c := range []struct{ s, want string }{
		{"Sunday night saw the heaviest rain on the island in forty years, forecasters said.", "saw"},
		{"Monday, May 5, the council voted to sell the ferry.", "voted"},
		{"Most of the fishermen who work the northern banks like the new quota rules, which the council announced on Monday.", "like"},
	} {
		if got := verb(c.s); got != c.want {
			t.Errorf("main verb of %q: %q, want %q", c.s, got, c.want)
		}
	}
	if !has("After the ferry sank, passengers waited for hours in the cold water and the rain, the coastguard said.", "passengers waited for hours") {
		t.Errorf("no shortening keeps the passengers' wait")
	}
	if !has("On Tuesday, CNN, citing two harbour officials, reported that the ferry company would be sold to a rival.", "reported that the ferry company") {
		t.Errorf("no shortening keeps CNN's report")
	}
	if !claimed(strings.Fields("The ferry company is the worst run business on the island, according to harbour master Tom Hale")) {
		t.Errorf("an opinion according to a named person keeps its source")
	}
	if !has("The ferry sale is not only a mistake, it is a betrayal of the islanders, Tom Hale told a rally in the harbour on Monday.", "Tom Hale told a rally in the harbour") {
		t.Errorf("\"not only\" with no \"but\" blocked every end")
	}
	if !has("Ana Ruiz asked tough questions at the hearing, and Tom Hale refused to answer them.", "Ana Ruiz asked tough questions at the hearing") {
		t.Errorf("\"asked\" looked past the comma for what was asked")
	}
	const object = "Harbour master Mara Quell has run the port of Eastholm for twenty years.\n\n" +
		"The protest against her among the fishermen of the northern villages grew after the council refused to keep the old ferry timetable for the winter.\n\n" +
		"Ms Quell said the protest was unfair. Quell runs the fish market too."
	doc := AnalyseText(object)
	h := strings.Fields("The protest against her among the fishermen of the northern villages grew after the council refused to keep the old ferry timetable")
	if got := strings.Join(doc.d.namedPronoun(h, "", 1), " "); strings.Contains(got, "'s among") {
		t.Errorf("namedPronoun made an object possessive: %q", got)
	}
}

// TestRoundTen: an aside of examples between commas may go from anywhere
// after the subject; examples without their commas stay.
func TestRoundTen(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"Harbour master Ana Ruiz has signed an order that restores the fishing rights, including the right to moor at the old quay, of 312 island families.",
			"Harbour master Ana Ruiz has signed an order that restores the fishing rights of 312 island families"},
		{"The storm damaged several piers, such as the north pier and the ferry jetty, along the island's east coast on Sunday.",
			"The storm damaged several piers along the island's east coast on Sunday"},
	} {
		if got := compressionTexts(c.in); !slices.Contains(got, c.want) {
			t.Errorf("compressions(%q)\n got %q\nwant one %q", c.in, got, c.want)
		}
	}
	for _, v := range compressionTexts("The storm damaged piers such as the north pier, the ferry jetty and the lifeboat slip.") {
		if !strings.Contains(v, "such as the north pier") {
			t.Errorf("compressions: %q lost examples that had no comma before them", v)
		}
	}
}

// TestFocusedOpenings: a subordinate clause that opens on an adverb
// ("Almost as soon as", "Even before", "Months after") is an opening
// clause: never the headline on its own, and it may go; the adverb goes
// with a day it limits; a headline never ends on a focusing adverb or on
// a relative clause's verb.
func TestFocusedOpenings(t *testing.T) {
	for _, c := range []struct{ in, want, never string }{
		{"Almost as soon as the storm reached Eastholm on Tuesday morning, the harbour board closed the north pier to all boats.",
			"The harbour board closed the north pier to all boats", "Almost as soon as the storm reached Eastholm"},
		{"Even before the vote was called, the harbour board sold the ferry to a hotel group.",
			"The harbour board sold the ferry to a hotel group", "Even before the vote was called"},
		{"Even as the storm hit, the harbour board sold the ferry to a hotel group.",
			"The harbour board sold the ferry to a hotel group", "Even as the storm hit"},
		{"Months after the ferry sank off the point, the harbour board has sold its last boat to a hotel group.",
			"The harbour board has sold its last boat to a hotel group", "Months after the ferry sank off the point"},
		{"Almost a week after the harbour master brought supplies to the flooded island, the harbour board voted to buy a new ferry.",
			"The harbour board voted to buy a new ferry", "Almost a week after the harbour master brought supplies to the flooded island"},
		{"In what might be the first time the two parties have ever agreed on anything, the harbour board voted to buy a new ferry.",
			"The harbour board voted to buy a new ferry", "In what might be the first time the two parties have ever agreed on anything"},
		{"At the moment the harbour master learned he had lost his seat on the board, the ferry crew walked out in protest.",
			"", "At the moment the harbour master learned he had lost his seat on the board"},
		{"Just one day after it was learned the harbour master had resigned, the board sold the ferry to a hotel group.",
			"The board sold the ferry to a hotel group", "Just one day after it was learned the harbour master had resigned"},
		{"Just last week, the harbour board sold the ferry to a hotel group from Leeds.",
			"", "Just, the harbour board"},
		{"The harbour board sold the ferry only yesterday to a hotel group from Leeds.",
			"", "The harbour board sold the ferry only"},
		{"The mayor says she is a harbour master who goes after anyone who dumps oil in the bay.",
			"", "The mayor says she is a harbour master who goes"},
	} {
		got := compressionTexts(c.in)
		if c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("compressions(%q)\n got %q\nwant one %q", c.in, got, c.want)
		}
		if slices.Contains(got, c.never) {
			t.Errorf("compressions(%q) has the fragment %q", c.in, c.never)
		}
	}
	if got := Compress("Almost as many boats entered the harbour race as last year, organisers said on Monday."); !strings.HasPrefix(got, "Almost as many boats entered") {
		t.Errorf("Compress: got %q; \"Almost as many\" opens no clause", got)
	}
}

// compressionTexts is the text of each shortening of s (see compressions).
func compressionTexts(s string) []string {
	var out []string
	for _, v := range compressions(s) {
		out = append(out, v.text())
	}
	return out
}
