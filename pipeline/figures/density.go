package figures

import "strings"

// A paragraph that gave a concentration in full often shortens it:
// "80 microgrammes par mètre cube ... l'objectif de l'OMS, fixé à 10
// microgrammes". The bare mass is the same density, as the English "10
// µg/m³" says.

// densityMasses are the masses a density is counted in.
var densityMasses = map[string]bool{"µg": true, "mg": true, "ng": true, "g": true}

// elidedDensity gives a bare mass the density its paragraph named before
// in the same mass. One pass: the last density of each mass is kept until
// a paragraph ends.
func (p *parser) elidedDensity(ms []Mention) {
	last := map[string]string{}
	for k := range ms {
		m := &ms[k]
		if k > 0 && ms[k-1].End <= m.Start && strings.Contains(p.text[ms[k-1].End:m.Start], "\n") {
			clear(last)
		}
		if m.Kind != Quantity {
			continue
		}
		if mass, _, ok := strings.Cut(m.Unit, "/"); ok && densityMasses[mass] {
			last[mass] = m.Unit
		} else if d := last[m.Unit]; d != "" && densityMasses[m.Unit] {
			m.Unit = d
		}
	}
}
