package figures

import (
	"math/big"
	"strings"
)

// perUnit explains a summary amount said per head ("€80,000 per home",
// "roughly €20,000 each", "more than €50,000 per person") as an amount
// of the source divided by a count of the source (N20): "640 millions
// d'euros pour 8 000 logements". Both source figures are exact and in
// one paragraph, the count's noun is named in the summary clause (or
// the clause says "each" of a noun it names), and the quotient fits the
// summary's hedge.
func perUnit(src, line []*atom, t Mention) string {
	if t.Kind != Money && t.Kind != Quantity && class(t.Kind) != Cardinal || !perWord(t, line) {
		return "" // a count too: "300 représentations" for 42 shows, "about seven each"
	}
	tv := t.Rat()
	if tv == nil || tv.Sign() <= 0 {
		return ""
	}
	// a hedged total or count ("près de 2,6 milliards") gives only a
	// hedged amount per head
	exactT := t.Comparator == CmpNone || t.Comparator == CmpExact
	for _, a := range src {
		money := a.m.moneyCtx && t.Kind == Money // "un budget de 45 millions"
		converted := a.m.Kind == Quantity && t.Kind == Quantity && a.m.Unit != t.Unit && sameFamily(*a.m, t)
		if (class(a.m.Kind) != class(t.Kind) || a.m.Unit != t.Unit) && !money && !converted || hedged(*a.m) && exactT || a.m.Rat() == nil {
			continue
		}
		if periodUnit[t.Head] != "" && periodUnit[a.m.Head] == "" {
			continue // a share of "90 policiers" is no number of days, whatever it is divided by
		}
		av, want := a.m.Rat(), tv
		if converted {
			av, _ = inBase(*a.m) // "2,4 tonnes" for 620 people: "close to 4 kg" each
			want, _ = inBase(t)
		}
		for _, b := range src {
			if b == a || class(b.m.Kind) != Cardinal || b.m.Unit != "" || hedged(*b.m) && exactT || b.m.Paragraph != a.m.Paragraph && !perNamed(*b.m, t) || !countNamed(*b.m, t, line) {
				continue
			}
			bv := b.m.Rat()
			if bv == nil || bv.Cmp(big.NewRat(1, 1)) <= 0 || sameDuration(*a.m, *b.m) {
				continue // ("172 trimestres, soit 43 ans": one length said twice, whose quotient counts nothing)
			}
			if q := new(big.Rat).Quo(av, bv); quotientFits(q, want, t.Comparator) {
				return a.m.Raw + " divided by " + b.m.Raw
			}
		}
	}
	return ""
}

// perNamed: t is said "per" the noun b counts, "roughly €52 per culled
// bird" of "1,2 million de volailles": the count may stand in another
// paragraph than the total.
func perNamed(b, t Mention) bool {
	if t.Head != "per" && t.Head != "each" && t.Head != "a" && t.Head != "every" {
		return false
	}
	for _, w := range t.ctx {
		if namesCount(b.Head, w) || perHead[w] && countsPeople(b.Head) {
			return true // ("€710 a head" of "100 millions de touristes")
		}
	}
	return false
}

// perWord: the summary figure is said of each one: per, each, apiece, a
// head; "each" may stand in its line before another figure ("each of the
// 500,000 households will get €4,000").
func perWord(t Mention, line []*atom) bool {
	switch t.Head {
	case "per", "each", "apiece", "a", "every":
		return true
	}
	own := append(t.clause(), t.ctx...) // a translation reads no clauses: "each collecting close to 4 kg"
	for _, w := range own {
		if w == "every" || (w == "average" || w == "avg") && (t.Kind == Money || t.Kind == Quantity || class(t.Kind) == Cardinal && !hedged(t)) || (w == "averaging" || w == "averages" || w == "averaged") && class(t.Kind) == Cardinal {
			return true // "one every 2 km", "an average ticket price of roughly €7": said of t itself; "averaging two blocks a game"; "an average of 2,700" a game, exact (a hedged count's average tolerates too much)
		}
	}
	words := own
	for _, u := range line {
		words = append(words, u.m.clause()...)
	}
	for _, w := range words {
		if w == "per" || w == "each" || w == "apiece" {
			return true
		}
	}
	return false
}

// countNamed: the source count's noun, in English, is a word of the
// summary clause ("8 000 logements" and "per home") or the noun of
// another figure of its line ("€80,000 each on 8,000 homes").
func countNamed(b, t Mention, line []*atom) bool {
	if b.Head == "" {
		return false
	}
	// the clause keeps words of four letters or more; the context words
	// after the figure keep "job", "car" ("€85,000 per job")
	words := append(append(t.clause(), t.Head), t.ctx...)
	for _, u := range line {
		if u.m.Value == b.Value && class(u.m.Kind) == Cardinal && u.m.Unit == "" && (periodUnit[u.m.Head] == "") == (periodUnit[b.Head] == "") {
			// the bullet gives the count itself: "2,300 savers ..., roughly
			// €20,000 each"; "seven days" is no count of sept villages
			return true
		}
	}
	for _, u := range line {
		words = append(words, u.m.Head)
	}
	for _, w := range words {
		if perHead[w] && countsPeople(b.Head) {
			return true // "€250 per head" of "12 400 habitants"
		}
		if namesCount(b.Head, w) {
			return true
		}
		if len(w) > 4 && cognate(b.Head, w) {
			return true // rénovations, per renovation
		}
	}
	return false
}

// countLexicons are the lexicons that name, in English, the nouns a
// French count counts: "2,2 millions de vélos" is "per bike".
var countLexicons = [...]map[string][]string{newsNouns, perNouns, ctxLexicon, newsLexicon}

// namesCount: the English word w, singular or plural, names the French
// noun head in one of the lexicons.
func namesCount(head, w string) bool {
	for _, lex := range countLexicons {
		for _, n := range lex[head] {
			if w == n || w+"s" == n || strings.TrimSuffix(n, "es") == w && len(w) > 3 || irregularSingular[n] == w {
				return true
			}
		}
	}
	return false
}

// perNouns add the nouns a sum is shared among to the lexicon of counts.
var perNouns = map[string][]string{
	"bénéficiaires": {"recipients", "beneficiaries", "people"}, "ménages": {"households", "homes", "families"},
	"familles": {"families", "households"}, "communes": {"towns", "municipalities", "communes"},
	"élèves": {"pupils", "students", "children"}, "agriculteurs": {"farmers"}, "lits": {"beds"},
	"médecins": {"doctors", "gps", "physicians"}, "radars": {"cameras", "radars"},
	"places": {"places", "spaces", "seats", "beds"}, "postes": {"jobs", "posts", "positions"},
	"exploitations": {"farms", "holdings"}, "écoles": {"schools"}, "hôpitaux": {"hospitals"},
	"commerces": {"shops", "businesses", "retailers"}, "salles": {"rooms", "cinemas", "venues"},
	"volailles": {"birds", "poultry", "fowl"}, "animaux": {"animals", "head"}, "bêtes": {"animals", "head"}, "athlètes": {"athletes"}, "spectacles": {"shows", "productions", "plays"}, "lieux": {"sites", "venues", "places", "locations"}, "logements": {"units", "flats", "apartments", "dwellings"}, "joueurs": {"players"}, "clubs": {"clubs"}, "villes": {"cities", "towns"},
	"travailleurs": {"workers", "employees"}, "fonctionnaires": {"civil", "officials", "workers"},
	"entrées": {"admissions", "tickets", "entries", "visits", "visitors"},
	"envois":  {"parcels", "shipments", "packages", "items"}, "colis": {"parcels", "packages", "shipments"},
	"excès": {"offences", "offenses", "violations"}, "infractions": {"offences", "offenses", "violations"},
	"étapes": {"legs", "stages"}, "détenus": {"inmates", "prisoners", "detainees"}, "escales": {"calls", "stopovers"},
	"repas": {"meals"}, "agences": {"branches", "agencies", "offices"}, "objets": {"objects", "items", "pieces"},
	"magasins": {"stores", "shops"}, "boîtes": {"boxes", "packs"}, "bouteilles": {"bottles"},
}

// irregularSingular: "per child" names "children".
var irregularSingular = map[string]string{"children": "child", "people": "person", "men": "man", "women": "woman"}

// perHead are the English words that share an amount among people,
// whatever the source calls them.
var perHead = map[string]bool{"head": true, "capita": true, "person": true}

// countsPeople: a French count of people, which "per head" may name.
func countsPeople(h string) bool {
	for _, n := range newsNouns[h] {
		if n == "people" {
			return true
		}
	}
	return false
}

// roundFigure: at most two significant digits, as 80,000 or 1,500.
func roundFigure(v *big.Rat) bool {
	if !v.IsInt() {
		return false
	}
	d := strings.TrimRight(v.Num().String(), "0")
	return len(d) <= 2
}

// quotientFits: the quotient q is what the summary says, t, given its
// hedge: exact (a round figure to 0.5%), about within the rounding it
// allows, more than / nearly on the right side of t within 15%.
func quotientFits(q, tv *big.Rat, cmp Comparator) bool {
	r, _ := new(big.Rat).Quo(q, tv).Float64()
	switch cmp {
	case CmpNone, CmpExact:
		// exact, or a round figure within 0.5%: €80,003 is no rounding
		return q.Cmp(tv) == 0 || roundFigure(tv) && r > 0.995 && r < 1.005
	case CmpApprox:
		// a rounding: to two significant figures or within 5% (€84,000
		// or €80,000 for 83 871, not €90,000)
		return roundSig(q, 2).Cmp(tv) == 0 || r > 0.95 && r < 1.05
	case CmpGT, CmpGE:
		return r >= 1 && r < 1.15
	case CmpLT, CmpLE, CmpNearly:
		return r <= 1 && r > 0.85
	}
	return false
}
