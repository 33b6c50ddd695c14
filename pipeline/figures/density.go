package figures

import "strings"

// A paragraph that gave a concentration in full often shortens it:
// "80 microgrammes par mètre cube ... l'objectif de l'OMS, fixé à 10
// microgrammes". The bare mass is the same density, as the English "10
// µg/m³" says.

// densityMasses are the masses a density is counted in.
var densityMasses = map[string]bool{"µg": true, "mg": true, "ng": true, "g": true}

// elidedDensity gives a bare mass the density its paragraph named before
// in the same mass.
func (p *parser) elidedDensity(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != Quantity || !densityMasses[m.Unit] {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			prev := ms[j]
			if strings.Contains(p.text[prev.End:m.Start], "\n") {
				break
			}
			if prev.Kind == Quantity && strings.HasPrefix(prev.Unit, m.Unit+"/") {
				m.Unit = prev.Unit
				break
			}
		}
	}
}
