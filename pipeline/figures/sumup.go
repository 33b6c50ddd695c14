package figures

// sumUp: "up to" after "add" or "come" is the verb of a total, not a
// bound: "losses add up to more than €5bn" says what "s'élèvent à plus de
// 5 milliards" says, and the bound, if any, is the hedge that follows
// ("more than", "nearly"). Read as "up to" it conflicted with "plus de".
func (p *parser) sumUp(i int) bool {
	if p.word(i+1) != "to" {
		return false
	}
	switch p.word(i - 1) {
	case "add", "adds", "added", "adding", "come", "comes", "came", "coming", "tot", "tots", "totted", "totting":
		return true
	}
	return false
}
