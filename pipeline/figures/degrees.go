package figures

// temperatureDegrees makes a bare "degré", "degrees" a degree of the
// temperature scale its sentence measures in: "41,2 °C, battant de 0,8
// degré le record" is a gap of 0.8 °C, which a bullet may add or take
// away ("its previous record of 40.4°C"). The temperature comes first:
// "4 degrees (7.2 °F)" is a gap with its conversion; an angle keeps its
// degrees where no temperature is told.
func (p *parser) temperatureDegrees(ms []Mention) {
	scale, sent := "", -1
	for k := range ms {
		m := &ms[k]
		if s := p.sentenceOf(m.Start); s != sent { // (annotate numbers them later)
			scale, sent = "", s
		}
		switch {
		case m.Kind != Quantity:
		case m.Unit == "°C" || m.Unit == "°F":
			scale = m.Unit
		case m.Unit == "°" && scale != "":
			m.Unit = scale
		}
	}
}

// halfTurns: "180°", "à 180 degrés" said of a direction or a policy is
// the opposite way ("exactement dans la direction inverse"), rarely an
// angle; compared when paired, else dropped.
func (p *parser) halfTurns(ms []Mention) {
	for k := range ms {
		if m := &ms[k]; m.Kind == Quantity && m.Unit == "°" && m.Value == "180" && m.style == "" {
			m.style = "idiom"
		}
	}
}
