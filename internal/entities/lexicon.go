package entities

import (
	"strings"

	"github.com/newsgist/newsgist/internal/lexicon"
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// afterName returns the verbs that are not weak and that can follow a
// singular name: no "-ing" form, and no plural form ("say" when "says" is
// a verb too).
func afterName(verbs, weak map[string]bool) map[string]bool {
	m := make(map[string]bool, len(verbs))
	for v := range verbs {
		if !weak[v] && !strings.HasSuffix(v, "ing") && !verbs[v+"s"] {
			m[v] = true
		}
	}
	return m
}

// without returns a new set holding the words of s but the ones given.
func without(s map[string]bool, words ...string) map[string]bool {
	m := make(map[string]bool, len(s))
	for w := range s {
		m[w] = true
	}
	for _, w := range words {
		delete(m, w)
	}
	return m
}

// titles precede a person's name and are not part of it, and so do the
// occupations written like titles ("Analyst Priyanka Shah"). A title's
// full stop is not part of the word (see appendWords), so they are written
// without it.
var titles = lexicon.Union(lexicon.Titles(), lexicon.Descriptors())

// connectors may join the words of a name ("Bank of England").
var connectors = set("of", "de", "la", "du", "von", "van", "der", "al", "bin", "for", "the", "on", "&")

// sentenceStarters are ordinary words often capitalised only because they
// start a sentence or a headline, and the names of days and months.
var sentenceStarters = lexicon.Union(lexicon.SentenceStarters(), lexicon.CalendarWords())

// speechVerbs follow a speaker's name: the cue verbs of quotations in the
// past tense or the third person singular ("said", "says"). Not the weak
// ones ("called", "found"), which follow things as often, nor plural and
// participle forms: "the spring floods, say officials" names no speaker.
var speechVerbs = afterName(lexicon.CueVerbs(), lexicon.WeakCueVerbs())

// placePrepositions precede place names ("in Sylmar", "near Harwick").
var placePrepositions = set("in", "near", "outside", "across", "around", "throughout", "towards", "toward")

// orgWords mark a capitalised phrase as an organisation.
var orgWords = lexicon.OrgWords()

// knownOrgs are single-word organisations that carry no org word.
var knownOrgs = lexicon.KnownOrgs()

// places maps place names to their canonical form ("" keeps the name).
var places = lexicon.Places()

// firstNames are common given names: a capitalised pair starting with one
// ("Dale Porter") is a person even with no title or speech verb.
var firstNames = lexicon.GivenNames()

// demonyms are adjectives of nationality or region: "Australian Thomas
// Calloway" is the person Thomas Calloway, a lone "Swedish" no entity.
var demonyms = lexicon.Demonyms()

// directions may precede a place and belong to its name ("Southern
// California", "Inner Mongolia").
var directions = set("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Inner",
	"Upper", "Lower", "Greater", "Northeast", "Northwest", "Southeast", "Southwest")

// placeSuffixes end a place's name ("Napa County", "South China Sea").
var placeSuffixes = set("County", "Province", "Region", "Island", "Islands", "Sea", "Ocean", "River", "Lake", "Valley",
	"Bay", "Plateau", "Peninsula", "Mountains", "Desert", "Coast", "Strait", "Gulf", "Area", "Heights", "Hills", "Canyon",
	"Springs", "Beach", "Falls", "City", "Borough", "Township", "Parish", "State", "Republic", "Amphitheatre", "Amphitheater",
	"Pavilion", "Arena", "Stadium", "Theatre", "Theater")

// genericAcronyms are capitals that name no organisation.
var genericAcronyms = set("TV", "CEO", "CFO", "COO", "CTO", "VIP", "PC", "LED", "USB", "SUV", "GPS", "AM", "PM", "A.M.",
	"P.M.", "IPO", "HIV", "AIDS", "OK", "ET", "EST", "EDT", "PST", "PDT", "GMT", "UTC", "DNA", "GDP", "CPI", "AI", "VR",
	"AR", "PDF", "URL", "HTML", "FAQ", "DIY", "ATM", "ID", "IQ", "HQ", "PR", "RV", "MVP", "PS",
	"RSS", "SMS", "MP", "MPs", "DJ", "CD", "DVD", "HD", "UV", "IT", "AC", "DC", "LGBT", "LGBTQ",
	"COVID", "USD", "EUR", "GBP", "S&P", "AAA", "GW", "MW", "KW", "SARS", "MERS", "EEE", "GWh", "MWh", "PV", "EP", "LP", "TBA", "XL", "NB", "FYI", "ASAP", "TBD", "RIP", "OMG", "LOL", "YES", "NO")

// stateCodes are US postal codes, places only after "City," ("Hartford, CT").
var stateCodes = lexicon.StateCodes()

// orgCues precede an organisation's name ("research firm Quantra") or end an
// apposition after it ("DataNexa, a Round Rock-based provider"). Not
// "board", which precedes a person's role ("board member Ruth Abara").
var orgCues = without(lexicon.OrgNouns(), "board")

// roleNouns before "at" make the following name an employer
// ("strategist at Keller Tabor").
var roleNouns = lexicon.WorkRoles()

// titleObjects follow "of" in a title ("Secretary of State Gerald Hastings").
var titleObjects = set("the", "State", "Staff", "Defense", "Defence", "Homeland", "Security", "Health", "Justice", "Interior",
	"Police", "Commerce", "Energy", "Education", "Transportation", "Transport", "Treasury", "Agriculture", "Labor", "Labour",
	"Veterans", "Affairs", "Foreign", "Finance", "Home", "Housing", "Operations", "Communications", "Public", "Safety",
	"and", "Human", "Services", "Resources", "Emergency", "Management")

// titleModifiers precede a title and belong to neither the name nor the
// body before it ("White House Press Secretary").
var titleModifiers = set("High", "Press", "Deputy", "Assistant", "Acting", "Interim", "Senior", "Associate", "Managing", "Communications")

// possessiveKeep are possessors that stay in an organisation's name
// ("Sheriff's Department").
var possessiveKeep = set("Sheriff", "Children", "Women", "Men", "People", "Governor", "Veterans", "Attorney", "Lloyd", "Mary")

// placeNouns name a kind of place before "of" ("the town of Ziketan") or
// after the name ("Zabul province").
var placeNouns = set("settlement", "town", "city", "village", "province", "county", "counties", "state", "region", "district",
	"island", "suburb", "capital", "neighbourhood", "neighborhood", "borough", "prefecture", "municipality")

// streetWords end an address ("Seventh Street"), which is no entity.
var streetWords = set("Street", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Drive", "Boulevard", "Blvd", "Lane", "Place")

// portfolios qualify a title ("Home Secretary", "Health Minister") and make
// none alone: "Home Depot", "World Health Organization".
var portfolios = set("Foreign", "Home", "Interior", "Finance", "Health", "Defence", "Defense", "Vice", "Prime", "Deputy", "Ranking")

// romanNumerals follow a monarch's or a pope's name ("Margaret III").
var romanNumerals = set("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI")

// royalTitles stay in the name of a monarch or a royal known by a given
// name alone ("Queen Margaret III", "Prince Harold").
var royalTitles = lexicon.RoyalTitles()

// orgOfRoles before "of" make the following name an employer ("CEO of
// Take-Two", "founder of Blue Origin").
var orgOfRoles = set("CEO", "ceo", "founder", "co-founder", "chairman", "chairwoman", "owner", "head", "executive",
	"spokesman", "spokeswoman", "spokesperson", "shareholders", "investors", "subsidiary", "unit", "division", "parent",
	"employees", "vp", "president")

// personNouns before a name make it a person ("teenager Darnell Okafor",
// "Lakers great Marcus Whitfield").
var personNouns = set("teenager", "rookie", "great", "forward", "guard", "striker", "midfielder", "defender", "goalkeeper",
	"quarterback", "pitcher", "actor", "actress", "rapper", "star", "coach", "player", "captain", "lawmaker", "candidate",
	"model", "host", "comedian", "boss", "cousin", "brother", "sister", "wife", "husband", "son", "daughter", "mother",
	"father", "friend", "colleague", "victim", "suspect", "defendant", "plaintiff", "activist", "novelist", "poet",
	"photographer", "rider", "trainer", "jockey", "entrepreneur", "billionaire", "businessman", "businesswoman", "veteran", "Democrat", "Republican")

// actionVerbs after a two- or three-word name make it a person acting
// ("Terrence Holloway-Banks drilled a 3-pointer"); not "had", which
// companies do as often ("LG Electronics had 3 GW").
var actionVerbs = set("scored", "added", "got", "drilled", "missed", "hit", "finished", "played", "threw", "ran",
	"caught", "grabbed", "blocked", "returned", "pleaded", "testified", "resigned", "died", "smiled", "laughed", "shrugged",
	"nodded", "recalled", "admitted", "denied", "tweeted", "posted", "sang", "starred", "married", "graduated")

// productNouns after a name make it a product or a work, no entity
// ("its Nimbus Pro subscription", "Blue Moon lander", "the Full Stop campaign").
var productNouns = set("service", "subscription", "lander", "rocket", "spacecraft", "capsule", "app", "console", "phone",
	"smartphone", "device", "platform", "campaign", "programme", "album", "song", "single", "film", "movie", "novel",
	"book", "series", "documentary", "podcast", "index", "disease", "syndrome", "vaccine", "drug", "controller", "program",
	"initiative", "project", "mission", "strategy", "plan", "scheme", "effort", "spaceplane", "vehicle")

// productWords end a product's name ("Launch Edition", "Nimbus Pro").
var productWords = set("Edition", "Pro", "Plus", "Ultra", "Max", "Mini", "Lite")

// eventWords end the name of an event or competition ("World Cup",
// "Six-Day War"), which is no entity.
var eventWords = set("Cup", "Championship", "Championships", "Olympics", "Bowl", "Tournament", "Trophy", "War", "Festival",
	"Awards", "Prix", "Marathon", "Derby", "Classic", "Summit", "Expo", "Week", "Day", "Average", "Index", "Fire", "Flood", "Award", "Prize", "Medal",
	"Earthquake", "Storm", "Hurricane", "Event", "Show", "Final", "Finals")

// competitionLeagues are competitions, not leagues ("Champions League").
var competitionLeagues = set("Champions", "Europa", "Nations", "Conference")

// orgNounsAfter after a name make it an organisation ("Walter Brandt
// hospital", "the Haqqani network").
var orgNounsAfter = set("hospital", "clinic", "network", "university", "prison", "jail", "company", "firm", "bank", "club",
	"newspaper", "airline", "chain", "outlet", "studio", "label", "agency", "militia", "cartel", "faction", "conglomerate")

// orgPlurals name the members of a list as organisations ("companies
// selected by NASA: …", "retailers", "gaming powers such as …").
var orgPlurals = set("companies", "firms", "newspapers", "papers", "clubs", "teams", "retailers", "brands", "banks",
	"publishers", "studios", "networks", "outlets", "carriers", "airlines", "automakers", "carmakers", "groups",
	"organisations", "organizations", "agencies", "charities", "universities", "makers", "developers", "powers",
	"manufacturers", "chains", "startups", "lenders", "insurers", "businesses", "corporations", "sides", "rivals",
	"publications", "broadcasters", "labels", "contractors", "suppliers", "partners", "sponsors", "providers")

// personPlurals name the members of a list as people ("media figures such
// as …", "players").
var personPlurals = set("figures", "politicians", "players", "stars", "actors", "singers", "lawmakers", "senators",
	"candidates", "celebrities", "athletes", "executives", "people", "officials", "artists", "musicians", "writers",
	"authors", "guests", "speakers", "hosts", "members", "colleagues", "associates", "witnesses", "victims", "suspects")

// venueWords end the name of a venue, a place when it stands without "the"
// ("at Staples Center").
var venueWords = set("Center", "Centre", "Arena", "Stadium", "Coliseum", "Dome", "Field")

// corporateSuffixes end a company's full name ("McClatchy Co.",
// "Take-Two Interactive").
var corporateSuffixes = lexicon.CompanySuffixes()

// domainWords name a field before "and" inside an organisation's name
// ("Securities and Exchange Commission", "Customs and Border Protection").
var domainWords = set("Securities", "Customs", "Trade", "Industry", "Energy", "Health", "Science", "Technology", "Arts",
	"Culture", "Fisheries", "Food", "Alcohol", "Tobacco", "Firearms", "Immigration", "Naturalization", "Fish", "Wildlife",
	"Parks", "Recreation", "Transport", "Transportation", "Housing", "Urban", "Labor", "Labour", "Commerce", "Environment",
	"Education", "Research", "Development", "Forestry", "Fire", "Veterans", "Rail", "Citizenship", "Border", "Drug", "Mines",
	"Oceans", "Sciences", "Letters", "Agriculture")

// labelWords before a single letter make a label, not a name ("Group D",
// "Path C", "Plan B").
var labelWords = set("Group", "Path", "Pool", "Section", "Round", "Phase", "Stage", "Plan", "Type", "Class", "Category",
	"Zone", "Level", "Grade", "Exhibit", "Appendix", "Figure", "Table", "Option", "Part", "Block", "Gate", "Terminal")

// nameVerbs after a word ending in 's show the 's is part of a name
// ("Lowe's reported", "McDonald's said"): a possessive is followed by what
// is possessed.
var nameVerbs = set("said", "says", "reported", "reports", "announced", "is", "was", "has", "had", "will", "would",
	"and", "or", "posted", "expects", "declined")

// mastheads end a newspaper's name ("Denver Post", "Miami Herald") and make
// no organisation when they start a name ("Post Malone", "Times Square").
var mastheads = set("Post", "Times", "News", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Inquirer",
	"Examiner", "Observer", "Register", "Dispatch", "Courier", "Telegraph", "Reporter", "Press", "Express")

// nameParticles may stand lower-case inside a person's name.
var nameParticles = lexicon.NameParticles()
