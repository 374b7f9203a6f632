package entities

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titles precede a person's name and are not part of it.
var titles = set("Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Lord", "Lady",
	"Prof", "Professor", "President", "Vice", "Prime", "Minister", "Secretary", "Senator", "Sen", "Sen.",
	"Rep", "Rep.", "Representative", "Gov", "Gov.", "Governor", "Mayor", "Judge", "Justice", "General", "Gen", "Gen.",
	"Colonel", "Col", "Captain", "Capt", "Admiral", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope",
	"Bishop", "Rev", "Rev.", "Father", "Chairman", "Chairwoman", "Chief", "Director", "Ambassador", "Commissioner",
	"Speaker", "Leader", "Superintendent", "Inspector", "Sergeant", "Sgt", "Officer", "Coach", "Defence", "Defense",
	"Foreign", "Home", "Interior", "Finance", "Health", "Deputy", "Attorney", "Councillor", "Councilman", "Councilwoman")

// connectors may join the words of a name ("Bank of England").
var connectors = set("of", "de", "la", "du", "von", "van", "der", "al", "bin", "for", "the", "on")

// sentenceStarters are ordinary words often capitalised only because they
// start a sentence or a headline.
var sentenceStarters = set("The", "A", "An", "But", "And", "Or", "On", "In", "At", "It", "He", "She", "They", "We",
	"I", "You", "This", "That", "These", "Those", "There", "Their", "His", "Her", "Its", "Our", "If", "When", "While",
	"After", "Afterwards", "Before", "Since", "As", "For", "From", "To", "With", "Without", "By", "Of", "Some", "Many",
	"Most", "All", "No", "Not", "Yes", "So", "Yet", "Still", "Also", "However", "Meanwhile", "Earlier", "Later",
	"Last", "Next", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday",
	"Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
	"Oct", "Nov", "Dec", "What", "Why", "How", "Who", "Where", "Which", "One", "Two", "Three", "Both", "Each", "Every",
	"Other", "Another", "Such", "Even", "Only", "Just", "Although", "Though", "Because", "Despite", "During", "Under",
	"Over", "About", "Asked", "According", "Read", "More", "Sign", "Please", "Get", "Photo", "Image", "Copyright",
	"Cold", "War", "Russian", "American", "British", "European", "Chinese", "French", "German", "Iranian", "Israeli",
	"Ukrainian", "Soviet", "Western", "Eastern", "Northern", "Southern", "Democrats", "Republicans", "Democrat", "Republican",
	"Christmas", "Easter", "Internet", "Mr", "Mrs", "Ms", "Dr")

// speechVerbs follow a speaker's name.
var speechVerbs = set("said", "says", "told", "added", "warned", "insisted", "wrote", "tweeted", "asked", "explained",
	"argued", "noted", "stated", "claimed", "announced", "replied", "recalled", "declared", "admitted")

// placePrepositions precede place names ("in Sylmar", "near Harwick").
var placePrepositions = set("in", "near", "outside", "across", "around", "throughout", "towards", "toward")

// orgWords mark a capitalised phrase as an organisation.
var orgWords = set("Ministry", "Department", "Party", "Council", "Agency", "Bank", "Company", "Corp", "Corporation",
	"Inc", "Ltd", "LLC", "Plc", "University", "College", "School", "Commission", "Court", "Committee", "Association",
	"Union", "Group", "Institute", "Office", "Service", "Services", "Authority", "Board", "Foundation", "Federation",
	"Organisation", "Organization", "Administration", "Congress", "Parliament", "Senate", "House", "Police", "Army",
	"Navy", "Force", "Forces", "Guard", "Club", "Society", "Trust", "Fund", "Bureau", "Airlines", "Airways", "Motors",
	"Times", "Post", "News", "Press", "Journal", "Network", "Channel", "Hospital", "Institution", "Alliance", "Coalition",
	"Cabinet", "Kremlin", "Pentagon", "Treasury", "Reserve", "Exchange", "Holdings", "Technologies", "Systems", "Labs")

// knownOrgs are single-word organisations that carry no org word.
var knownOrgs = set("Pentagon", "Kremlin", "Interfax", "Reuters", "Bloomberg", "Google", "Apple", "Microsoft", "Amazon",
	"Facebook", "Meta", "Twitter", "Tesla", "Nasa", "Nato", "Unicef", "Interpol", "Europol", "Greenpeace", "Ofcom",
	"Ofgem", "Tass", "Xinhua", "Boeing", "Airbus", "Toyota", "Volkswagen", "Samsung", "Huawei", "OpenAI", "Netflix")

// places maps place names to their canonical form ("" keeps the name).
var places = map[string]string{
	"US": "United States", "U.S.": "United States", "USA": "United States", "United States": "",
	"America": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
	"Great Britain": "United Kingdom", "United Kingdom": "", "England": "", "Scotland": "", "Wales": "",
	"Northern Ireland": "", "Ireland": "", "Europe": "", "Asia": "", "Africa": "", "Middle East": "",
	"Latin America": "", "South America": "", "North America": "", "Arctic": "", "Antarctica": "",
	"EU": "", "Russia": "", "China": "", "India": "", "Japan": "", "Germany": "", "France": "", "Italy": "",
	"Spain": "", "Portugal": "", "Poland": "", "Czech Republic": "", "Czechia": "", "Slovakia": "", "Hungary": "",
	"Austria": "", "Switzerland": "", "Belgium": "", "Netherlands": "", "Denmark": "", "Norway": "", "Sweden": "",
	"Finland": "", "Iceland": "", "Estonia": "", "Latvia": "", "Lithuania": "", "Ukraine": "", "Belarus": "",
	"Moldova": "", "Romania": "", "Bulgaria": "", "Greece": "", "Turkey": "", "Serbia": "", "Croatia": "",
	"Bosnia": "", "Albania": "", "Kosovo": "", "Georgia": "", "Armenia": "", "Azerbaijan": "", "Kazakhstan": "",
	"Iran": "", "Iraq": "", "Syria": "", "Lebanon": "", "Israel": "", "Gaza": "", "West Bank": "", "Jordan": "",
	"Egypt": "", "Libya": "", "Tunisia": "", "Algeria": "", "Morocco": "", "Saudi Arabia": "", "Yemen": "",
	"Oman": "", "Qatar": "", "Kuwait": "", "Bahrain": "", "United Arab Emirates": "", "UAE": "United Arab Emirates",
	"Afghanistan": "", "Pakistan": "", "Bangladesh": "", "Sri Lanka": "", "Nepal": "", "Myanmar": "",
	"Thailand": "", "Vietnam": "", "Cambodia": "", "Laos": "", "Malaysia": "", "Singapore": "", "Indonesia": "",
	"Philippines": "", "Australia": "", "New Zealand": "", "North Korea": "", "South Korea": "", "Korea": "",
	"Taiwan": "", "Hong Kong": "", "Mongolia": "", "Canada": "", "Mexico": "", "Cuba": "", "Haiti": "",
	"Venezuela": "", "Colombia": "", "Brazil": "", "Argentina": "", "Chile": "", "Peru": "", "Bolivia": "",
	"Ecuador": "", "Nigeria": "", "Ghana": "", "Kenya": "", "Ethiopia": "", "Somalia": "", "Sudan": "",
	"South Sudan": "", "South Africa": "", "Zimbabwe": "", "Congo": "", "Uganda": "", "Rwanda": "", "Mali": "",
	"Niger": "", "Senegal": "", "Tanzania": "", "Mozambique": "", "Angola": "", "Cameroon": "",
	"Moscow": "", "Washington": "", "London": "", "Paris": "", "Berlin": "", "Brussels": "", "Rome": "",
	"Madrid": "", "Warsaw": "", "Prague": "", "Vienna": "", "Kyiv": "", "Kiev": "", "Minsk": "", "Beijing": "",
	"Shanghai": "", "Tokyo": "", "Seoul": "", "Pyongyang": "", "Delhi": "", "New Delhi": "", "Mumbai": "",
	"Tehran": "", "Baghdad": "", "Damascus": "", "Beirut": "", "Jerusalem": "", "Tel Aviv": "", "Cairo": "",
	"Istanbul": "", "Ankara": "", "Athens": "", "Dublin": "", "Edinburgh": "", "Manchester": "", "Birmingham": "",
	"Glasgow": "", "Cardiff": "", "Belfast": "", "Liverpool": "", "Leeds": "", "Bristol": "", "New York": "",
	"Los Angeles": "", "Chicago": "", "Houston": "", "Boston": "", "San Francisco": "", "Seattle": "",
	"Miami": "", "Atlanta": "", "Dallas": "", "Denver": "", "Detroit": "", "Philadelphia": "", "Phoenix": "",
	"Toronto": "", "Montreal": "", "Vancouver": "", "Ottawa": "", "Sydney": "", "Melbourne": "", "Canberra": "",
	"Geneva": "", "Zurich": "", "Amsterdam": "", "Stockholm": "", "Oslo": "", "Copenhagen": "", "Helsinki": "",
	"Lisbon": "", "Budapest": "", "Bucharest": "", "Johannesburg": "", "Nairobi": "", "Lagos": "",
	"Alabama": "", "Alaska": "", "Arizona": "", "Arkansas": "", "California": "", "Colorado": "", "Connecticut": "",
	"Delaware": "", "Florida": "", "Hawaii": "", "Idaho": "", "Illinois": "", "Indiana": "", "Iowa": "",
	"Kansas": "", "Kentucky": "", "Louisiana": "", "Maine": "", "Maryland": "", "Massachusetts": "",
	"Michigan": "", "Minnesota": "", "Mississippi": "", "Missouri": "", "Montana": "", "Nebraska": "",
	"Nevada": "", "New Hampshire": "", "New Jersey": "", "New Mexico": "", "North Carolina": "",
	"North Dakota": "", "Ohio": "", "Oklahoma": "", "Oregon": "", "Pennsylvania": "", "Rhode Island": "",
	"South Carolina": "", "South Dakota": "", "Tennessee": "", "Texas": "", "Utah": "", "Vermont": "",
	"Virginia": "", "West Virginia": "", "Wisconsin": "", "Wyoming": "",
}
