package figures

// temperatureDegrees makes a bare "degré", "degrees" a degree of the
// temperature scale its sentence measures in: "41,2 °C, battant de 0,8
// degré le record" is a gap of 0.8 °C, which a bullet may add or take
// away ("its previous record of 40.4°C"). The temperature comes first:
// "4 degrees (7.2 °F)" is a gap with its conversion; an angle keeps its
// degrees where no temperature is told.
func (p *parser) temperatureDegrees(ms []Mention) {
	for k := range ms {
		if ms[k].Kind != Quantity || ms[k].Unit != "°" {
			continue
		}
		for _, o := range ms {
			if o.Kind == Quantity && (o.Unit == "°C" || o.Unit == "°F") && o.End <= ms[k].Start && o.Sentence == ms[k].Sentence && o.Paragraph == ms[k].Paragraph {
				ms[k].Unit = o.Unit
				break
			}
		}
	}
}
