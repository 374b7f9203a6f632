package nlp

import "testing"

// An invented council story: one person under four forms, a role written
// before and after names, a woman known by title and surname, a place and an
// organisation that are no people.
const namesArticle = `Harbour councillors voted on Tuesday to close the Eastgate ferry.

Council leader Dana Lowe said the service had lost money for a decade. "We cannot keep paying," Lowe said.

Marcus Webb, a ferry engineer, said the crews were never asked. Mrs. Ortega, who runs a cafe by the pier, said trade would suffer. Ruth Ortega has run the cafe since 2009.

Ms Lowe said the Harbour Transport Authority would run buses instead. Dana will meet the crews on Friday, Webb said.`

func TestIndexNames(t *testing.T) {
	nm := IndexNames(NewDocument(namesArticle))
	// every person mention, in text order, by its canonical name
	var got []string
	for _, i := range nm.Persons {
		got = append(got, nm.Mentions[i].Canon)
	}
	want := []string{"Dana Lowe", "Dana Lowe", "Marcus Webb", "Ruth Ortega", "Ruth Ortega", "Dana Lowe", "Dana Lowe", "Marcus Webb"}
	if len(got) != len(want) {
		t.Fatalf("person mentions %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("person mention %d: %q, want %q (all: %q)", i, got[i], want[i], got)
		}
	}
	people := []struct {
		canon, role string
		gender      byte
		count       int
	}{
		{"Dana Lowe", "council leader", 'f', 4},
		{"Marcus Webb", "ferry engineer", 'm', 2},
		{"Ruth Ortega", "", 'f', 2},
	}
	for _, p := range people {
		if r := nm.Role(p.canon); r != p.role {
			t.Errorf("Role(%q) = %q, want %q", p.canon, r, p.role)
		}
		if g := nm.Gender(p.canon); g != p.gender {
			t.Errorf("Gender(%q) = %q, want %q", p.canon, g, p.gender)
		}
		if n := nm.Count(p.canon); n != p.count {
			t.Errorf("Count(%q) = %d, want %d", p.canon, n, p.count)
		}
		if !nm.IsPersonal(p.canon) {
			t.Errorf("IsPersonal(%q) = false", p.canon)
		}
	}
	for _, m := range nm.Mentions {
		if m.Canon == "Harbour Transport Authority" || m.Person && m.Canon == "" {
			t.Errorf("mention %q: person %v canon %q", m.Name, m.Person, m.Canon)
		}
	}
}

func TestCanonical(t *testing.T) {
	nm := IndexNames(NewDocument(namesArticle))
	for _, c := range []struct {
		words      []string
		name, role string
		person     bool
	}{
		{[]string{"Lowe"}, "Dana Lowe", "council leader", true},
		{[]string{"Ms", "Lowe"}, "Dana Lowe", "council leader", true},
		{[]string{"Mrs.", "Ortega"}, "Ruth Ortega", "", true},
		{[]string{"Dana"}, "Dana Lowe", "council leader", true},
		{[]string{"Webb"}, "Marcus Webb", "ferry engineer", true},
		{[]string{"Eastgate"}, "Eastgate", "", false},
	} {
		name, role, ok := nm.Canonical(c.words)
		if name != c.name || role != c.role || ok != c.person {
			t.Errorf("Canonical(%q) = %q, %q, %v; want %q, %q, %v", c.words, name, role, ok, c.name, c.role, c.person)
		}
	}
}

// TestPrepositionOpensNoName: a preposition that opens a sentence is no
// first name ("Within Lowe's campaign, …" is about Dana Lowe).
func TestPrepositionOpensNoName(t *testing.T) {
	const text = "Council leader Dana Lowe wants the ferry kept. Within Lowe's campaign, aides say the vote is close. Throughout Lowe's term, the ferry ran at a loss. Lowe said she would not give up."
	nm := IndexNames(NewDocument(text))
	for _, i := range nm.Persons {
		if c := nm.Mentions[i].Canon; c != "Dana Lowe" {
			t.Errorf("person mention %q, want every one to be Dana Lowe", c)
		}
	}
}
