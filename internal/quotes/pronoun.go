package quotes

// Pass 3, continued: the person a pronoun refers to, chosen by the name
// index (nlp.Names.ResolvePronoun) among the people it names, the unnamed
// sentence subjects it found and the speakers this stage has credited so
// far; names inside quotations refer to no one outside them.

// resolvePronoun finds the person the pronoun pron refers to, looking back
// from pos (at or after it). The index gives the pronoun's gender: "he"
// wants a man, "she" a woman, "they" and "it" anyone.
func (d *doc) resolvePronoun(pos int, pron token) string {
	want := byte(0)
	if p, ok := d.nm.PronounAt(pron.Start); ok && p.Gender != 'p' {
		want = p.Gender
	}
	return d.nm.ResolvePronoun(max(pos, pron.Start), want, d.said, d.quoted)
}
