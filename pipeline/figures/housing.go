package figures

import "strings"

// French estate agents name a flat by its rooms: "un T3", "des F2" is a
// three-room, two-room flat (kitchen and bathroom aside), which English
// says "a three-room flat" or by its bedrooms, "a two-bedroom flat". T3
// is also the third quarter ("au T3 2024") and a tram line ("le T3"), so
// only a T or F after an indefinite or plural article, with no year
// after it, is a flat.

// roomsAt reads "un T3", "des F2", "a T3" as a count of rooms.
func (p *parser) roomsAt(i int) (*Mention, int) {
	t := p.toks[i]
	if t.kind != tWord || t.text != "T" && (t.text != "F" || p.lang == English) || !p.glued(i+1) || !p.roomsLead(i) {
		return nil, 0
	}
	v, ok := p.smallInt(i+1, 7)
	if !ok || v == 0 {
		return nil, 0
	}
	if _, year := p.yearAt(i + 2); year || p.sym(i+2) == "-" {
		return nil, 0 // "un T3 2024 record", "un F-16"
	}
	return &Mention{Kind: Cardinal, Value: itoa(v), Head: "pièces", Alt: "rooms"}, 2
}

// roomsLead: an article before the flat, "un T3", "des F2", "a T3"; or
// in English the bracket after its rooms, "a three-room (T3) flat". "Le
// T3" and "the T3" are as often a tram line.
func (p *parser) roomsLead(i int) bool {
	if p.lang == English {
		return p.word(i-1) == "a" || p.sym(i-1) == "(" && strings.HasSuffix(p.word(i-2), "room")
	}
	switch p.word(i - 1) {
	case "un", "des", "les", "ce", "ces":
		return true
	}
	return false
}

// roomsAsBedrooms: a flat of n rooms has n-1 bedrooms, "un T3" is "a
// two-bedroom flat".
func roomsAsBedrooms(s, t Mention) bool {
	if s.Alt != "rooms" || !bedrooms(t) {
		return false
	}
	sv, tv := s.Rat(), t.Rat()
	return sv != nil && tv != nil && sv.IsInt() && tv.IsInt() && sv.Num().Int64()-1 == tv.Num().Int64()
}

// roomsFit: a flat's rooms answer only rooms or bedrooms on the other
// side, never "over a decade" nearby; bedrooms count one fewer, so "un
// T3" is no "three-bedroom flat" (roomsAsBedrooms).
func roomsFit(s, t Mention) bool {
	if s.Alt != "rooms" && t.Alt != "rooms" {
		// "a one-bedroom flat" counts bedrooms: no "un an" answers it
		return !(bedrooms(t) && !roomy(s) && !chambres(s))
	}
	return roomy(s) && roomy(t) && !bedrooms(s) && !bedrooms(t)
}

func bedrooms(m Mention) bool { return m.Head == "bedroom" || m.Head == "bedrooms" }

func roomy(m Mention) bool {
	switch m.Head {
	case "room", "rooms", "bedroom", "bedrooms", "pièce", "pièces":
		return true
	}
	return m.Alt == "rooms"
}

// chambres: a French count of bedrooms, "trois chambres".
func chambres(m Mention) bool { return m.Head == "chambre" || m.Head == "chambres" }

// otherRooms: the source flat whose rooms a bullet's bedrooms count
// wrongly, "un T2" told as "a two-bedroom flat"; nil when none.
func otherRooms(src []*atom, t Mention) *atom {
	if !bedrooms(t) {
		return nil
	}
	for _, s := range src {
		if s.m.Alt == "rooms" && !roomsAsBedrooms(*s.m, t) {
			return s
		}
	}
	return nil
}
