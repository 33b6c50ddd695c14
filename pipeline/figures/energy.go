package figures

// energyUnitWords spells out the energy units (N17): "gigawattheures",
// "terawatt-hours", "kilowatt hours" are energy (Wh), never power (W).
func energyUnitWords() map[string]string {
	prefixes := map[string]string{"kilo": "k", "méga": "M", "mega": "M", "giga": "G", "téra": "T", "tera": "T"}
	forms := []string{"wattheure", "wattheures", "watt-heure", "watt-heures", "watts-heure", "watts-heures",
		"watt-hour", "watt-hours", "watthour", "watthours"}
	out := map[string]string{}
	for long, short := range prefixes {
		for _, f := range forms {
			out[long+f] = short + "Wh"
		}
	}
	return out
}

// energyHours: a power unit followed by "hours" or "heure(s)" ("1,200
// gigawatt hours", "350 kilowatts heure") is the energy unit; it
// returns that unit, or "".
func energyHours(u, next string) string {
	switch u {
	case "kW", "MW", "GW", "TW":
	default:
		return ""
	}
	switch next {
	case "hours", "hour", "heure", "heures":
		return u + "h"
	}
	return ""
}
