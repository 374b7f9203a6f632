package nlp

import (
	"strings"
	"testing"
)

// sentenceCases is a hand-written corpus of news-style sentence boundaries
// that a plain Punkt model gets wrong or that are easy to break. Each case
// lists the sentences the text must be split into; sentences are joined with
// a single space unless the text is given explicitly.
var sentenceCases = []struct {
	name string
	text string   // if empty, strings.Join(want, " ")
	want []string // expected sentences, in order
}{
	// A spaced dash after an abbreviation's full stop goes on: a dateline.
	{"dateline-dash", "", []string{"EASTPORT, Pa. - The harbour board's vote on Tuesday has brought the mayor one step closer to a decision.", "It is due in May."}},
	// Titles and honorifics never end a sentence.
	{"mr", "", []string{"Mr. Smith met Sen. Jones on Friday.", "They talked for an hour."}},
	{"dr", "", []string{"The report was written by Dr. Alice Wong of Stanford.", "It was published on Monday."}},
	{"gov", "", []string{"Gov. Andrew Cuomo signed the bill.", "Critics said it went too far."}},
	{"rep-sen", "", []string{"Rep. Nancy Pelosi and Sen. Chuck Schumer issued a joint statement.", "The White House did not respond."}},
	{"gen-lt", "", []string{"Gen. Mark Milley and Lt. Col. Alexander Vindman testified.", "Both declined to comment afterwards."}},
	{"mrs-ms", "", []string{"Mrs. Clinton thanked Ms. Rice for her help.", "The two women then left."}},
	{"prof-rev", "", []string{"Prof. Stephen Hawking and the Rev. Jesse Jackson were among the guests.", "Tickets sold out within hours."}},
	{"st", "", []string{"The march began at St. Paul's Cathedral.", "Police estimated the crowd at 10,000."}},
	{"no-dot-title", "", []string{"Mr Gates said the plan was sound.", "Mr Putin disagreed."}},
	{"del", "", []string{"Her niece, state Del. Nora Quill, said the family was proud.", "The seat has been open since May."}},
	// A no-break space after a full stop is a gap like any other.
	{"nbsp", "The ferry lost money for a decade.\u00a0\u201cWe cannot keep paying,\u201d the council leader said.",
		[]string{"The ferry lost money for a decade.", "\u201cWe cannot keep paying,\u201d the council leader said."}},
	// Months.
	{"jan", "", []string{"The law takes effect Jan. 1, officials said.", "It was passed last year."}},
	{"sept", "", []string{"The attacks of Sept. 11 changed everything.", "Security was tightened."}},
	{"month-end", "", []string{"The vote is scheduled for Dec. 14.", "Both parties expect a close result."}},
	// Country and organisation abbreviations.
	{"us-mid", "", []string{"The U.S. military said it had no plans to withdraw.", "Allies welcomed the news."}},
	{"us-end", "", []string{"The company plans to expand in the U.S.", "It already has offices in Europe."}},
	{"us-end-he", "", []string{"He was born in the U.K.", "He moved to Canada in 1990."}},
	{"un", "", []string{"The U.N. Security Council met on Tuesday.", "No resolution was passed."}},
	{"inc-mid", "", []string{"Apple Inc. reported record sales.", "Its shares rose 3 percent."}},
	{"inc-end", "", []string{"The deal was struck with Acme Inc.", "Terms were not disclosed."}},
	{"corp-co", "", []string{"Microsoft Corp. and Ford Motor Co. announced a partnership.", "Analysts were surprised."}},
	{"ltd-end", "", []string{"He is chairman of Rio Tinto Ltd.", "He has held the post since 2009."}},
	{"dc", "", []string{"The protest took place in Washington, D.C. on Saturday.", "Thousands attended."}},
	{"pm-mid", "", []string{"The polls close at 8 p.m. Eastern time.", "Results are expected by midnight."}},
	{"pm-end", "", []string{"The fire broke out at about 11 p.m.", "Firefighters arrived within minutes."}},
	{"am-end-the", "", []string{"The train left at 6 a.m.", "The next one was cancelled."}},
	{"vs", "", []string{"The case, Roe v. Wade, was decided in 1973.", "It remains contested."}},
	{"etc", "", []string{"They sell books, games, toys, etc. at low prices.", "Sales are growing."}},
	{"no", "", []string{"He is ranked No. 1 in the world.", "His rival is second."}},
	// Initials.
	{"initial", "", []string{"President George W. Bush spoke to reporters.", "He did not take questions."}},
	{"initials-two", "", []string{"The novel by J. K. Rowling sold millions.", "A film followed."}},
	{"initials-joined", "", []string{"The poet T.S. Eliot was born in St. Louis.", "He later moved to London."}},
	{"initial-jr", "", []string{"Martin Luther King Jr. gave the speech in 1963.", "It is still studied."}},
	// Numbers and money.
	{"money", "", []string{"The deal is worth $3.5 billion.", "It is the largest this year."}},
	{"decimal-start", "", []string{"Growth slowed to 2.1 percent.", "3.5 million people lost their jobs."}},
	{"pounds", "", []string{"Shares fell 4.2% to £1.13 in early trading.", "They recovered later."}},
	{"year-end", "", []string{"The company was founded in 1998.", "It went public in 2004."}},
	// Quotes.
	{"quote-said", "", []string{`"We will not give up on them," said Mr. Gates.`, "He then left the room."}},
	{"quote-period-split", "", []string{`"The war is over."`, "He said it twice."}},
	{"quote-question-lower", "", []string{`"Is this the end?" he asked.`, "Nobody answered."}},
	{"quote-exclaim-lower", "", []string{`"Get out!" she shouted at the crowd.`, "Then she left."}},
	{"quote-question-said", "", []string{`"Why now?" said Ms. Lee.`, "The answer was unclear."}},
	{"single-quote", "", []string{`He called it 'a disgrace.'`, "Others agreed."}},
	{"quote-mid-said", "", []string{`"This is wrong," he said.`, `"We must act now."`, "The crowd cheered."}},
	{"quote-dash", "", []string{`"We are ready -- and we will win," the minister said.`, "Voters were unconvinced."}},
	{"quoted-slogan", "", []string{`The state's "Drugs. Not here." campaign drew mockery online this week.`, "Officials defended it."}},
	{"quoted-slogan-curly", "", []string{`Her “Stop. Think. Vote.” posters went up across the county on Friday.`, "Turnout rose."}},
	{"quoted-speech-after-cue", "", []string{`He said "I was there.`, `We left." and went home.`}},
	{"quoted-capital-after", "", []string{`The slogan read "Drugs.`, `Not here."`, "Critics mocked it."}},
	{"paren-sentence", "", []string{"He resigned.", "(He later denied it.)", "The board met the next day."}},
	// Ellipses.
	{"ellipsis-split", "", []string{"He paused...", "Then he spoke again."}},
	{"ellipsis-mid", "", []string{"She said it was... complicated.", "Nobody pressed her."}},
	{"ellipsis-unicode", "", []string{"The wait goes on…", "Fans are restless."}},
	// Paragraphs, headings, lists.
	{"paragraph", "Breaking News\n\nThe minister resigned on Monday", []string{"Breaking News", "The minister resigned on Monday"}},
	{"paragraph-mr", "He thanked Mr.\n\nSmith was not there.", []string{"He thanked Mr.", "Smith was not there."}},
	{"paragraph-no-punct", "The vote was close\n\nThe result was announced at noon.", []string{"The vote was close", "The result was announced at noon."}},
	{"heading-line", "What happens next\nThe talks resume on Monday.", []string{"What happens next", "The talks resume on Monday."}},
	{"list-items", "Key points:\n- Taxes rise by 2%\n- Spending is cut\n- Debt falls", []string{"Key points:", "- Taxes rise by 2%", "- Spending is cut", "- Debt falls"}},
	{"numbered-list", "1. Open the box\n2. Remove the device", []string{"1. Open the box", "2. Remove the device"}},
	{"wrapped-line", "The minister said the plan\nwould be published next week.", []string{"The minister said the plan\nwould be published next week."}},
	// Datelines, bylines, odd punctuation.
	{"dateline", "", []string{"WASHINGTON (Reuters) - The Senate passed the bill on Friday.", "It now goes to the House."}},
	{"cnn", "", []string{"(CNN)They may be close to finding life, a NASA scientist says.", "The agency agreed."}},
	{"question-split", "", []string{"What happens now?", "Nobody knows."}},
	{"exclaim-split", "", []string{"It was a disaster!", "Shares fell."}},
	{"letter-exclaim-name", "", []string{"The singer is said to be unhappy, according to a report by E! News.", "Her label declined to comment."}},
	{"letter-exclaim-end", "", []string{"Everyone wanted Plan B!", "The board agreed."}},
	{"url", "", []string{"Details are at www.example.com today.", "Registration is free."}},
	{"email-dots", "", []string{"Write to news@example.co.uk for details.", "We reply within a day."}},
	{"ph-d", "", []string{"She has a Ph.D. in physics from MIT.", "She joined in 2010."}},
	{"lowercase-start", "", []string{"The firm, known as eBay, grew fast.", "eBay later split from PayPal."}},
	{"glued-caption", "", []string{"Lewis Hamilton stands on his car after winning the race", "It was another fine performance."}},
	{"glued-caption-paren", "", []string{"The victim was found in her bedroom (stock photo)", "He has covered the gap in his hedge."}},
	{"not-glued", "", []string{"The film was based on a novel called The Grapes of Wrath by John Steinbeck.", "It won awards."}},
	{"semicolon", "", []string{"The talks failed; both sides blamed each other.", "A new round is planned."}},
	{"abbr-est", "", []string{"The blast happened at 9 a.m. local time (0100 GMT).", "No one was hurt."}},
	{"mt-ft", "", []string{"Mt. Everest is 29,032 ft. tall.", "Climbers arrive in May."}},
	// A full stop with no space after it, as pages that drop the space
	// between <p> elements print it.
	{"no-space", "Two people were hurt, police said on Wednesday.The attack happened at a clinic.Officers arrested a man.", []string{"Two people were hurt, police said on Wednesday.", "The attack happened at a clinic.", "Officers arrested a man."}},
	{"no-space-not-domain", "", []string{"Shares of Amazon.com and Booking.com rose.", "Analysts cited node.js and ASP.NET jobs."}},
	{"no-space-initials", "", []string{"The film stars J.K.Simmons and the late R.Lee Ermey.", "It opens in May."}},
	// Names and abbreviations with dots that real pages broke on: a model
	// name with a number, a German abbreviation, "No." and "U.S." before
	// a capital.
	{"model-name-dot-number", "", []string{"Nordwerk's first ID.5 electric car isn't ready.", "The firm says that while the ID.5 is late, deliveries will start in May."}},
	{"bzw", "", []string{"Der Preis bzw. die Miete steigt um drei Prozent.", "Das gilt ab Januar."}},
	{"no-before-capital-name", "", []string{"The No. 10 policy unit met on Monday.", "Its head resigned."}},
	{"us-open", "", []string{"She reached the U.S. Open final for the first time.", "It was her third major final."}},
	// A sentence that lacks its full stop, at the end of a paragraph or
	// of the page, is kept, not dropped.
	{"missing-full-stop", "The council approved the plan on Monday. Work on the bridge starts next year\n\nThe vote was 7 to 2.", []string{"The council approved the plan on Monday.", "Work on the bridge starts next year", "The vote was 7 to 2."}},
	{"missing-full-stop-end", "Shares rose 4% in early trading. Analysts expect more gains", []string{"Shares rose 4% in early trading.", "Analysts expect more gains"}},
	// Data rows are lines of their own.
	{"data-rows", "Results:\nEastholm 3, Westbury 1\nNorthgate 0, Southport 2", []string{"Results:", "Eastholm 3, Westbury 1", "Northgate 0, Southport 2"}},
}

func TestSentences(t *testing.T) {
	boundaries, punktWrong := 0, 0
	for _, c := range sentenceCases {
		text := c.text
		if text == "" {
			text = strings.Join(c.want, " ")
		}
		boundaries += len(c.want) - 1
		got := spansText(text, Sentences(text))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s:\n got  %q\n want %q", c.name, got, c.want)
		}
		if raw := spansText(text, RawSentences(text)); strings.Join(raw, "|") != strings.Join(c.want, "|") {
			punktWrong++
		}
	}
	if len(sentenceCases) < 50 {
		t.Errorf("only %d cases", len(sentenceCases))
	}
	t.Logf("%d cases, %d boundaries; Punkt alone gets %d cases wrong", len(sentenceCases), boundaries, punktWrong)
}

func TestSentencesOffsets(t *testing.T) {
	text := "  Ünïcode Mr. Ümlaut said “hello.” Then he left.\n\n\nNew paragraph here  "
	for _, s := range Sentences(text) {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("bad span %+v", s)
		}
		if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
			t.Errorf("untrimmed span %q", text[s.Start:s.End])
		}
	}
	if Sentences("") != nil || len(Sentences("   \n\n ")) != 0 {
		t.Errorf("empty text gave sentences")
	}
}

func TestSentencesLarge(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 20000; i++ {
		b.WriteString("Mr. Smith said the U.S. economy grew 3.5 percent. ")
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	got := Sentences(b.String())
	if len(got) != 20000 {
		t.Errorf("got %d sentences, want 20000", len(got))
	}
}

func BenchmarkSentences(b *testing.B) {
	para := `WASHINGTON (Reuters) - Mr. Gates said the U.S. would spend $3.5 billion on the plan. "We will not give up on them," he said. Critics disagreed... The vote is set for Jan. 14.`
	text := strings.Repeat(para+"\n\n", 25) // about 800 words
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
	}
}
