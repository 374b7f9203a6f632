package entityeval

// HeldOut lists, by hand, the people, places and organisations named in
// the cleaned text (the digest's article.text) of 12 English news pages of
// clean-dev that are not in Gold: world and US politics, crime, media
// business, energy, space, health, sport, entertainment, games and an
// opinion piece. Only file names and names are stored here, never article
// text.
//
// It was labelled blind, after the entity rules were frozen (at commit
// 22963c6): the labeller read only each page's article.text and never saw
// newsgist's entities for these pages before the labels were committed.
// The labelling rules are Gold's, word for word. It measures how the rules
// generalise, so it must never be used for tuning: do not change an entity
// rule because of a miss or false positive seen on these pages, and do not
// change a label after seeing the output ("newsgist eval entities
// -heldout"). Once it has been looked at closely it is no longer held out;
// label fresh pages instead.
//
// Decisions where Gold's rules left room, taken before scoring: a place
// inside an organisation's name is not listed unless the text also names it
// on its own ("Wheeling News-Register", "University of Miami"), as in Gold
// ("Washington Healthcare Authority"); a place inside a role or a
// description is ("R-W.Va.", "U.S. attorney", "Sacramento-based"); a
// person named inside a description is listed ("the Trump
// administration"); programmes, initiatives and podcasts are not entities
// ("Commercial Lunar Payload Services", "SunShot Initiative", "Ground
// Game"), nor are web addresses and handles; "the West" is not a place.
var HeldOut = []Page{
	{File: "833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730.html.gz", // US on Israeli settlements
		People: []string{"Mike Pompeo", "Benjamin Netanyahu", "Donald Trump", "Ayman Safadi", "Saeb Erekat", "Avi Bell"},
		Places: []string{"United States|US", "Washington", "Israel|State of Israel", "West Bank", "Jerusalem", "Gush Etzion",
			"Egypt", "Jordan", "Russia", "United Kingdom|UK"},
		Organisations: []string{"United Nations|UN", "European Union|EU", "Arab League", "Security Council|UN Security Council",
			"International Court of Justice", "Palestinian Authority", "General Assembly|UN General Assembly",
			"International Criminal Court|ICC", "Foreign Office|British Foreign Office", "Kohelet Policy Forum"}},
	{File: "aec5deeaada8b2fb81b55349da0229d5c77a4dc9605c1aaa31e5ce8b71358bc9.html.gz", // Democratic debate preview
		People: []string{"Joe Biden", "Elizabeth Warren", "Pete Buttigieg", "Bernie Sanders", "Barack Obama", "Amy Klobuchar",
			"Donald Trump", "Tom Steyer", "Michael Bloomberg", "Deval Patrick", "Kamala Harris", "Cory Booker",
			"Tulsi Gabbard", "Andrew Yang"},
		Places:        []string{"Washington", "Atlanta", "United States|America", "Massachusetts", "New Jersey", "Hawaii"},
		Organisations: []string{"Associated Press|AP", "Democratic Party", "MSNBC", "Senate", "House"}},
	{File: "9e8c9f082a8d77c58c17bda03b6b4bb6a1d6883fe196c252db4ca83b9991e0d3.html.gz", // fact-check: drugs at the border
		People: []string{"David McKinley", "Bruce Bagley"},
		Places: []string{"West Virginia|W.Va.", "Mexico", "McAllen", "Texas", "United States|U.S.", "Colorado",
			"Orange County", "California|Calif."},
		Organisations: []string{"Intelligencer|Wheeling News-Register", "PolitiFact", "Customs and Border Protection",
			"Drug Enforcement Administration|DEA", "University of Colorado", "University of Miami"}},
	{File: "c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7.html.gz", // Epstein's guards charged
		People: []string{"Jeffrey Epstein", "Tova Noel", "Michael Thomas", "Geoffrey Berman", "William Barr",
			"Kathleen Hawk Sawyer", "Ben Sasse", "Ted Cruz", "Jason Foy", "Montell Figgins", "Serene Gregg",
			"Lisa Boesky", "Jack Scarola", "Kristine Phillips"},
		Places: []string{"Washington", "Manhattan", "United States|U.S.", "New York", "Palm Beach", "Florida",
			"Nebraska|Neb.", "Texas", "San Diego"},
		Organisations: []string{"Metropolitan Correctional Center", "Bureau of Prisons", "Senate Judiciary Committee",
			"Congress", "Department of Justice|Justice Department", "U.S. Attorney's Office", "USA Today"}},
	{File: "8634d1211c3f2b73041e6cadd5d59676619838949999a83a23c51a3195b44892.html.gz", // Gannett-GateHouse merger
		People: []string{"Michael Reed", "Ken Doctor", "Michael Ferro", "Patrick Soon-Shiong", "Penelope Muse Abernathy",
			"Leon Cooperman", "Elizabeth Warren"},
		Places: []string{"United States|U.S.", "Sacramento"},
		Organisations: []string{"Gannett", "GateHouse Media|GateHouse", "New Media Investment Group|New Media",
			"Alden Capital|Alden", "Orange County Register", "Denver Post", "San Jose Mercury News", "Tribune",
			"The Times|Times", "McClatchy Co.|McClatchy", "Sacramento Bee", "Miami Herald", "Kansas City Star",
			"Pension Benefit Guarantee Corp.", "Chicago Tribune", "New York Daily News", "Baltimore Sun",
			"Hartford Courant", "San Diego Union-Tribune", "University of North Carolina",
			"Fortress Investment Group|Fortress"}},
	{File: "b0cf2bbf0192315eec95ede9c59bbf4ae58699275739d590edc24b012e3e8800.html.gz", // South Korea's solar roadmap
		People: []string{"Moon Jae-in"},
		Places: []string{"South Korea", "United States|U.S.", "Seoul", "Beijing", "Saemangeum"},
		Organisations: []string{"Ministry of Trade, Industry and Energy|MOTIE", "Department of Energy",
			"International Energy Agency", "Hanwha Q Cells", "LG Electronics", "OCI Group|OCI", "Hanwha Group|Hanwha"}},
	{File: "c50845a7158af12ee75acea301a3ea0dad1e848d6b9dbdb43ba7f2d825b2528b.html.gz", // NASA lunar lander firms
		People: []string{"Jim Bridenstine", "Thomas Zurbuchen", "Jeff Bezos", "Steve Clarke", "Tariq Malik"},
		Places: []string{"Kent", "Washington", "Palo Alto", "California", "Louisville", "Colorado", "Hawthorne", "Irvine"},
		Organisations: []string{"NASA", "SpaceX", "Blue Origin", "Sierra Nevada Corp.|Sierra Nevada Corporation",
			"Ceres Robotics", "Tyvak Nano-Satellite Systems|Tyvak Nano-Satellite Systems Inc.|Tyvak",
			"Science Mission Directorate", "Astrobotic", "Intuitive Machines", "Orbit Beyond", "Twitter", "Facebook"}},
	{File: "abd9d6291b6bfae0c3ffad8ab7623b482c6da46face0271dc42af6324d8f0ce5.html.gz", // flu shots for detained migrants
		People: []string{"Trump", "Kevin McAleenan", "Alex Azar", "Chad Wolf", "Luz Contreras Arroyo"},
		Places: []string{"California", "San Ysidro", "Sacramento", "El Paso", "McAllen"},
		Organisations: []string{"Department of Homeland Security|Homeland Security|DHS|Homeland Security Department",
			"Doctors for Camp Closure|D4CC", "Customs and Border Protection|CBP", "NBC News",
			"Health and Human Services", "Office of Inspector General|DHS Office of Inspector General",
			"Centers for Disease Control|CDC", "Citizenship and Immigration Services"}},
	{File: "eecd2575093b85933997521d6babddd397599419588d7096c5c19dc4ffe2ea72.html.gz", // LeBron James, Lakers beat Thunder
		People: []string{"LeBron James", "Anthony Davis", "Frank Vogel", "Oscar Robertson", "Russell Westbrook",
			"Magic Johnson", "Jason Kidd", "Dennis Schröder", "Danilo Gallinari", "Nerlens Noel", "Paul George",
			"Billy Donovan", "Hamidou Diallo", "Kyle Kuzma", "Darius Bazley", "Danny Green", "Kentavious Caldwell-Pope",
			"Chris Paul", "Rajon Rondo"},
		Places: []string{"Los Angeles", "Staples Center", "Oklahoma City"},
		Organisations: []string{"Associated Press|AP", "NBA", "Los Angeles Lakers|Lakers", "Oklahoma City Thunder|Thunder",
			"Clippers", "Rockets"}},
	{File: "eb62ac8425e5573947ecde962d14433d18e5725cc4a8c908fe22f678e96a65a1.html.gz", // Taylor Swift and Big Machine
		People: []string{"Scooter Braun", "Scott Borchetta", "Taylor Swift", "Justin Beiber", "Demi Lovato", "Ariana Grande",
			"Thomas Rhett", "Jessica Napoli"},
		Places: []string{},
		Organisations: []string{"E! News", "Big Machine Records|Big Machine|Big Machine Label Group", "Variety",
			"Dick Clark Productions", "Rolling Stone", "Netflix", "Fox News"}},
	{File: "8267acacb9e4a109b1f7ee7bafe735b73e9c94180b703b131f9e90c9be044f39.html.gz", // Google Stadia launch
		People: []string{"Patrick Shanley", "Jack Buser", "Lewis Ward", "Chris Early", "Strauss Zelnick"},
		Places: []string{"San Francisco", "New York"},
		Organisations: []string{"Google", "The Hollywood Reporter|Hollywood Reporter|THR", "Tequila Works", "IDC", "Ubisoft",
			"Take-Two Interactive|Take-Two", "Sony", "Microsoft", "Apple"}},
	{File: "e4c6a3b482403a8f60190ba27248cd52b250b86f5d4a8a10edcf7062c64fc3f5.html.gz", // opinion: Xi and Hong Kong
		People: []string{"Xi Jinping", "Emmanuel Macron", "Carrie Lam"},
		Places: []string{"Hong Kong", "China", "Beijing"},
		Organisations: []string{"Peoples Liberation Army", "Ministry of State Security|Chinese Ministry of State Security",
			"Chinese Communist Party|Communist Party", "Standing Committee", "NBA"}},
}
