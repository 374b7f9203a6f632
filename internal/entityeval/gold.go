package entityeval

// Gold lists, by hand, the people, places and organisations named in the
// cleaned text (the digest's article.text) of 25 English news pages of
// clean-dev: politics, business, sport, science and local news. Only file
// names and names are stored here, never article text.
//
// Labelling rules:
//   - A person is listed once, by the fullest name the article gives
//     ("Donald Trump" where the text has it, "Trump" where it never does);
//     a title or role ("President", "Secretary of State", "Lt. Col.") is not
//     part of the name. Reporters credited in the text count as people.
//   - Places are countries, states, counties, cities, regions, geographic
//     features and named venues ("Old Trafford", "Magic Box"). A capital used
//     for its government ("Washington", "Beijing") is still a place. A
//     country adjective ("Swedish", "Afghan") is not a place, nor are
//     street names, planets and moons. A place inside a role, a company's
//     description or another name counts when it is a name of its own
//     ("White House Russia adviser", "a California-based firm").
//   - Organisations are companies, government bodies, parties, agencies,
//     courts, teams, leagues, universities, hospitals, jails, militant
//     groups and publications; a news agency in a dateline ("LONDON (AP)")
//     is an organisation. "White House" is an organisation; the plural of a
//     party member ("Democrats") is not. Events, competitions, diseases,
//     products, indexes and campaigns are not entities.
//   - A name written several ways is one entity with its forms separated by
//     "|", the canonical one first ("United States|US|U.S.|America",
//     "European Union|EU"); any form matches it.
var Gold = []Page{
	{File: "82b6d780c792df78dcfb00484d50c86fbc7f324a9eb5835b7615f028edb9a574.html.gz", // Sondland, impeachment
		People: []string{"Gordon Sondland", "Donald Trump", "Joe Biden", "Volodymyr Zelenskiy|Zelensky", "Rudy Giuliani",
			"David Holmes", "Fiona Hill", "Alexander Vindman", "Hunter Biden", "Williams", "Timothy Morrison", "Kurt Volker",
			"Alan Fram", "Zeke Miller", "Laurie Kellman", "Colleen Long", "Eric Tucker", "Lolita Baldor", "Jill Colvin"},
		Places: []string{"Washington", "Ukraine", "Kyiv", "Brussels", "Warsaw", "United States|US|U.S.", "Russia"},
		Organisations: []string{"Associated Press|AP", "European Union|EU", "White House", "State Department", "Burisma",
			"National Security Council"}},
	{File: "a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31.html.gz", // Taliban hostage swap
		People: []string{"Kevin King", "Timothy Weeks", "Anas Haqqani", "Sirajuddin Haqqani", "Mike Pompeo",
			"Stephanie Grisham", "Ashraf Ghani", "Scott Morrison", "Trump"},
		Places: []string{"Afghanistan", "Zabul", "Qatar", "Doha", "Kabul", "United States|US|U.S.", "Washington"},
		Organisations: []string{"Taliban", "American University of Kabul", "Agence France-Presse|AFP", "Haqqani network",
			"White House"}},
	{File: "a6968f427cdb786531cfb326518e674bd8b48af94df7c5c6165cdf40e944357a.html.gz", // Deval Patrick campaign
		People: []string{"Deval Patrick", "Joe Biden", "Cory Booker", "Kamala Harris", "Eyamba Sowers", "Bernie Sanders",
			"Donald Trump", "Beth Ruffin", "Beto O'Rourke"},
		Places:        []string{"Columbia", "South Carolina|S.C.", "Massachusetts", "Nevada", "Iowa"},
		Organisations: []string{"Associated Press|AP", "Twitter"}},
	{File: "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754.html.gz", // Esper in Vietnam
		People: []string{"Mark Esper", "John McCain"},
		Places: []string{"Hanoi", "Vietnam", "China", "South China Sea", "United States|US|U.S.", "Beijing",
			"Hoa Lo prison|Hoa Lo"},
		Organisations: []string{"Associated Press|AP", "Diplomatic Academy of Vietnam", "Communist Party"}},
	{File: "d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756.html.gz", // Amnesty on Iran
		People:        []string{"Philip Luther"},
		Places:        []string{"Iran", "Middle East", "North Africa"},
		Organisations: []string{"PanARMENIAN.Net|PanARMENIAN", "Amnesty International|Amnesty"}},
	{File: "dc7ccccc1f34eb2928cb238739aaf18c712d59d8d34b41acfb29178aeba65356.html.gz", // Assange, Sweden
		People: []string{"Julian Assange", "Eva-Marie Persson"},
		Places: []string{"Sweden", "United States|US|U.S.", "London", "United Kingdom|UK|U.K.|Britain", "Quito",
			"Afghanistan", "Iraq"},
		Organisations: []string{"WikiLeaks", "Ecuadorean Embassy", "Justice Department|US Justice Department"}},
	{File: "e7994d5500875202d93e736e8f0c8a0436107d10add94ce3789001b8c5c32358.html.gz", // UK Tories' Twitter account
		People: []string{"Boris Johnson", "Jeremy Corbyn", "Will Moy", "Dominic Raab", "Keir Starmer", "Nick Clegg"},
		Places: []string{"London", "United Kingdom|UK|U.K.|Britain"},
		Organisations: []string{"Associated Press|AP", "Conservative Party|Conservatives", "Labour Party|Labour", "Twitter",
			"Full Fact", "BBC", "Electoral Commission", "European Union|EU", "Liberal Democrats|Liberal Democrat",
			"Facebook"}},
	{File: "e372e42c0a3df7b86e1c0bacf7bc14d042144a01e88833bc5a643d61b3547090.html.gz", // von Weizsäcker stabbed
		People:        []string{"Richard von Weizsäcker", "Fritz Eckart von Weizsäcker"},
		Places:        []string{"Berlin"},
		Organisations: []string{"Kan", "Schlosspark-Klinik", "Jerusalem Post"}},
	{File: "e7301133baab43596f19076beab32096f6405b868e0a69bcfc3349e595d62475.html.gz", // Nigerian senators sue police chief
		People: []string{"Bukola Saraki", "Dino Melaye", "Ben Murray-Bruce", "Ibrahim Idris", "Mahmud Abubakar Magaji"},
		Places: []string{"Abuja", "Osun State|Osun", "Nigeria"},
		Organisations: []string{"Senate", "Nigeria Police", "Peoples Democratic Party", "Independent National Electoral Commission",
			"Force Headquarters", "Federal Capital Territory Command"}},
	{File: "9ebb3af65694a953005df5bd3869b2cefc263e1dea0471e3ef361c66a264cdd3.html.gz", // Houston car sales
		People:        []string{"Dan McDowell", "Jessica Caldwell"},
		Places:        []string{"Houston", "Sugar Land", "California"},
		Organisations: []string{"InfoNation", "Edmunds.com|Edmunds", "Federal Reserve"}},
	{File: "bc13ff87b2630ffbebc33bc37b11178b14f03109055e1d17bf644f804b63d98a.html.gz", // WeWork lay-offs
		People:        []string{"Marcelo Claure", "Adam Neumann"},
		Places:        []string{"United States|US|U.S."},
		Organisations: []string{"WeWork", "The Real Deal|Real Deal|TRD", "SoftBank", "WeWorkers Coalition", "JLL", "Twitter"}},
	{File: "ffc109d474fdee1a59fa554df8b09643f4a7d45b23eceabad66f0712c3f7daed.html.gz", // Coty and Kylie Jenner
		People:        []string{"Kylie Jenner", "Matt Maley", "John Petrides"},
		Places:        []string{},
		Organisations: []string{"Coty", "Miller Tabak", "CNBC", "Tocqueville Asset Management", "Ulta Beauty|Ulta"}},
	{File: "f8ff621a0b9b7646cc0d57d37416feabba2bf78ef5dd0bfc5b080f9f97bbe584.html.gz", // Home Depot results
		People:        []string{"Craig Menear", "Jonathan Matuszewski", "Zachary Fadem"},
		Places:        []string{"Canada", "Wall Street"},
		Organisations: []string{"Home Depot", "Jefferies", "Wells Fargo", "Lowe's|Lowe"}},
	{File: "d605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d.html.gz", // Asian markets, trade talks
		People:        []string{"Donald Trump", "Jeffrey Halley", "Xi Jinping"},
		Places:        []string{"Hong Kong", "Beijing", "China", "Japan", "South Korea", "Asia", "United States|US|U.S."},
		Organisations: []string{"CNN Business|CNN", "CNBC", "Oanda", "Huawei"}},
	{File: "921019755f4a96ac4abf9dbcb4ef9d5ac202624a542d5ea70912330aa6fcc71f.html.gz", // Mourinho to Tottenham
		People: []string{"Jose Mourinho", "Mauricio Pochettino", "Harry Kane"},
		Places: []string{"London", "Portugal", "England", "Italy", "Spain", "China", "Old Trafford"},
		Organisations: []string{"Tottenham|Tottenham Hotspur|Spurs", "Manchester United", "FC Porto|Porto", "Inter Milan",
			"Chelsea", "Real Madrid", "Premier League", "Twitter", "Sky Sports", "West Ham"}},
	{File: "8e3efab59f48fd29a1e1e7aa135880c4251a9f090f94999668cdbaec59d30b5a.html.gz", // Chargers coach
		People:        []string{"Anthony Lynn"},
		Places:        []string{},
		Organisations: []string{"Chargers", "Chiefs", "Los Angeles Times", "AFC"}},
	{File: "8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50.html.gz", // plague in Beijing
		People: []string{},
		Places: []string{"Beijing", "China", "Inner Mongolia", "Ziketan", "Qinghai", "Tibetan Plateau", "Mongolia",
			"Uglii", "Europe"},
		Organisations: []string{"World Health Organization|WHO"}},
	{File: "f344ca5fb36e130f4344235fa22726f3367e09c211c120f21d9ae92effe902db.html.gz", // water vapour on Europa
		People:        []string{"Lucas Paganini"},
		Places:        []string{"Honolulu", "Hawaii", "Mauna Kea"},
		Organisations: []string{"HawaiiNewsNow", "NASA", "Nature Astronomy"}},
	{File: "b37be3535e1fb61e5a238b7fa1ead1ad98b651cb09f138efadac3d54a122fb21.html.gz", // hibernating astronauts
		People:        []string{"Jennifer Ngo-Anh"},
		Places:        []string{"Berlin"},
		Organisations: []string{"European Space Agency|ESA"}},
	{File: "c467d507551a836efa9cfe843ba5d7bafe519750e04d0c9ff0decf44f013f829.html.gz", // Michigan EEE death
		People: []string{"Joneigh Khaldun"},
		Places: []string{"St. Joseph|St Joseph", "Michigan|Mich.", "West Michigan", "Barry|Barry County", "Berrien|Berrien County",
			"Calhoun|Calhoun County", "Cass|Cass County", "Kalamazoo|Kalamazoo County", "Van Buren|Van Buren County"},
		Organisations: []string{"Associated Press|AP", "Berrien County Health Department",
			"Michigan Department of Health and Human Services"}},
	{File: "961bd85ca85aaf791b278cc4a60058e92d57c4f32a3411cf8e7d802af183c926.html.gz", // Columbus drug arrests
		People: []string{"Elizabeth A. Burton", "Matt Harris", "Christopher L. Tays", "Jonathan P. Blair", "Ryan S. Hollman",
			"Victor N. Burton", "Christopher D. Battin"},
		Places: []string{"Franklin", "Hope", "Bartholomew County"},
		Organisations: []string{"Columbus Police Department|Columbus Police Department Intelligence Led Policing Unit",
			"Bartholomew County Sheriff's Department", "Joint Narcotics Enforcement Team", "Bartholomew County Jail"}},
	{File: "ef2b3f268a67950c16563de9ca3209163c7618868c0216739e1e794e7884cc20.html.gz", // cat found in Santa Fe
		People:        []string{"Viktor Usov"},
		Places:        []string{"Santa Fe", "New Mexico|N.M.", "Portland", "Oregon"},
		Organisations: []string{"Associated Press|AP", "Santa Fe Animal Shelter", "American Airlines"}},
	{File: "d0382c0d9573a0a7beb1e649012d04ec7275ac23513ca6ca59e51477b028283c.html.gz", // PG&E power shutoff
		People: []string{"Scott Strenfel", "Mark Quinlan", "Andy Vesey", "Marybel Batjer"},
		Places: []string{"San Francisco", "California", "Napa County", "Sierra Nevada", "Southern California",
			"San Diego County", "Los Angeles", "Orange County|Orange", "Riverside County|Riverside", "Sacramento",
			"San Francisco Bay Area|Bay Area", "Marin County"},
		Organisations: []string{"Associated Press|AP", "Pacific Gas & Electric Co.|Pacific Gas & Electric|PG&E", "AT&T",
			"Comcast|Xfinity|Comcast/Xfinity", "T-Mobile", "California Public Utilities Commission|CPUC|PUC",
			"California Governor's Office of Emergency Services"}},
	{File: "88c328b68b038a625b4b3f8c322215caa30b0e88af0754bd71056ffc15c7b4b7.html.gz", // Davis Cup podcast
		People:        []string{"Catherine Whitaker", "David Law", "Matt Roberts"},
		Places:        []string{"Madrid", "Magic Box", "Russia", "Croatia", "Colombia", "Belgium", "Canada", "Italy"},
		Organisations: []string{"The Tennis Podcast|Tennis Podcast", "WTA", "ATP", "Rakuten"}},
	{File: "c13b9c0e04fb28d445d22e92bff6ab7f7800a429930677c28c4dad89f3269869.html.gz", // Spokane ad agencies
		People:        []string{"Michelle Hege", "Julie Graham", "Jeff Sanborn"},
		Places:        []string{"South Dakota", "Spokane", "Seattle", "Minneapolis", "United States|America"},
		Organisations: []string{"DH", "Washington Healthcare Authority", "Washington State Department of Health", "Chapter & Verse"}},
}
