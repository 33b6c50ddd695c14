package figures

import (
	"strings"
	"sync"
	"sync/atomic"
)

// idiomsHolding caches, per language and lower-cased figure text, the set
// phrases whose words hold that text: the lists run to some hundreds of
// phrases, and a text repeats its figures' words ("deux", "100 %"), so
// the scan ran once per figure for the same answer.
var (
	idiomsHolding  sync.Map // idiomKey -> []string
	idiomsCached   atomic.Int64
	maxIdiomsCache = int64(1 << 14) // a bound for long-running processes: past it, scan
)

type idiomKey struct {
	lang Lang
	core string
}

// formsHolding lists the set phrases of lang holding core, in list order.
func formsHolding(core string, lang Lang) []string {
	key := idiomKey{lang, core}
	if v, ok := idiomsHolding.Load(key); ok {
		return v.([]string)
	}
	list := frIdiomForms
	if lang == English {
		list = enIdiomForms
	}
	var hold []string
	for _, id := range list {
		if strings.Contains(id, core) {
			hold = append(hold, id)
		}
	}
	if idiomsCached.Add(1) <= maxIdiomsCache {
		key.core = strings.Clone(core) // not a slice of the whole article
		idiomsHolding.Store(key, hold)
	}
	return hold
}
