package figures

// A change told as better or worse ("punctuality improved by 3 points",
// "le chômage s'est amélioré de 0,3 point") rises or falls with what it
// measures: a better rate of punctuality is higher, a better rate of
// unemployment lower.

// qualityVerbs are the words of a change for the better (1) or worse (-1).
var qualityVerbs = map[string]int8{
	"improved": 1, "improve": 1, "improves": 1, "improving": 1, "improvement": 1,
	"worsened": -1, "worsen": -1, "worsens": -1, "worsening": -1, "deteriorated": -1, "deterioration": -1,
	"amélioré": 1, "améliorée": 1, "améliore": 1, "améliorent": 1, "amélioration": 1,
	"dégradé": -1, "dégradée": -1, "dégrade": -1, "dégradation": -1, "détérioré": -1, "détérioration": -1,
}

// badNouns measure something a reader wants lower: better is a fall.
var badNouns = map[string]bool{
	"unemployment": true, "jobless": true, "deficit": true, "debt": true, "delays": true, "delay": true, "waiting": true,
	"inflation": true, "deaths": true, "accidents": true, "crime": true, "emissions": true, "pollution": true,
	"poverty": true, "losses": true, "absenteeism": true, "dropout": true, "arrears": true,
	"chômage": true, "déficit": true, "dette": true, "retards": true, "retard": true, "délais": true, "délai": true,
	"attente": true, "morts": true, "décès": true, "criminalité": true, "émissions": true,
	"pauvreté": true, "pertes": true, "absentéisme": true, "décrochage": true,
}

// qualityDirection is the way a change told at j as better or worse
// goes, read from the nouns before it in its sentence; 0 when j holds no
// such word.
func (p *parser) qualityDirection(j int) int8 {
	d := qualityVerbs[p.word(j)]
	if d == 0 {
		return 0
	}
	for k := j - 1; k >= 0 && k >= j-25; k-- { // ("the deficit is forecast to narrow to €190m from €245m, an improvement of €55m")
		if endMark(p.sym(k)) {
			break
		}
		if badNouns[p.word(k)] {
			return -d
		}
	}
	return d
}
