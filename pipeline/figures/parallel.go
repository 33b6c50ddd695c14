package figures

// parallelDegrees: "le 52e parallèle", "the 49th parallel" are a latitude
// in degrees, which a translation may write "52° north" or "latitude 52".
func (p *parser) parallelDegrees(m *Mention) {
	if m.Kind != Ordinal || m.Unit != "" {
		return
	}
	if w := p.word(p.tokenAfter(m.End)); w == "parallèle" || w == "parallel" {
		m.Kind, m.Unit = Quantity, "°"
	}
}
