package realeval

import (
	"github.com/newsgist/newsgist/internal/entityeval"
)

// EntityScore counts one entity type over the labelled pages: strict
// matches (equal words) and lenient ones (people: same surname and first
// name, or one side a single name; organisations and places: one name's
// words inside the other's), each one-to-one. The matching is
// entityeval.ScoreReal's, which `eval entities -real` prints too.
type EntityScore struct {
	Pages, Gold, Predicted, Strict, Lenient int
}

// scoreEntities scores the digests' people, organisations and places
// against the entity labels, in entityeval.RealTypes order.
func scoreEntities(pages map[string]Page, l *Labels) []EntityScore {
	gold := make([]entityeval.RealPage, 0, len(l.entIDs))
	preds := make([][][]string, 0, len(l.entIDs))
	for _, id := range l.entIDs {
		e := l.Entities[id]
		gold = append(gold, entityeval.RealPage{ID: id, People: e.People, Organisations: e.Organisations, Places: e.Places})
		d := pages[id].Digest.Entities
		preds = append(preds, [][]string{d.People, d.Organisations, d.Places})
	}
	counts, _ := entityeval.ScoreReal(gold, preds)
	out := make([]EntityScore, len(counts))
	for i, c := range counts {
		out[i] = EntityScore{Pages: len(gold), Gold: c.Gold, Predicted: c.Pred, Strict: c.Strict, Lenient: c.Lenient}
	}
	return out
}
