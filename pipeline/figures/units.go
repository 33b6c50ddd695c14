package figures

import "math/big"

// Currencies written as words or symbols (N6). "$" alone is USD only when
// the source said dollars without qualifier; see lenientUnit.
var currencyWords = map[string]string{
	"euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "kč": "CZK",
	"dollar": "USD", "dollars": "USD", "usd": "USD", "$": "USD",
	"livre": "GBP", "livres": "GBP", "pound": "GBP", "pounds": "GBP", "£": "GBP", "gbp": "GBP",
	"sterling": "GBP", "chf": "CHF", "fcfa": "XOF", "cfa": "XOF", "cfaf": "XOF", "yen": "JPY", "yens": "JPY",
	"¥": "JPY", "yuan": "CNY", "yuans": "CNY", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
	"ruble": "RUB", "francs": "FRF", "franc": "FRF", "dinars": "DZD", "dinar": "DZD", "dirhams": "MAD", "dirham": "MAD",
	// the euro's forerunners, in either language
	"lires": "ITL", "lire": "ITL", "lira": "ITL", "pesetas": "ESP", "peseta": "ESP", "florins": "NLG", "guilders": "NLG",
	"schillings": "ATS", "escudos": "PTE", "drachmes": "GRD", "drachmas": "GRD",
	"zlotys": "PLN", "zloty": "PLN", "złotys": "PLN", "złoty": "PLN", "forints": "HUF", "forint": "HUF",
	"riyals": "SAR", "riyal": "SAR", "rands": "ZAR", "rand": "ZAR", // (rials and rupees name several currencies)
}

// prefixCodes are ISO codes a translation writes, upper case, before an
// amount ("FRF 3 million", "SEK 500"); besides EUR, USD, GBP, CHF.
var prefixCodes = map[string]string{"frf": "FRF", "dem": "DEM", "itl": "ITL", "esp": "ESP", "bef": "BEF",
	"nlg": "NLG", "ats": "ATS", "pte": "PTE", "iep": "IEP", "fim": "FIM", "grd": "GRD", "luf": "LUF",
	"sek": "SEK", "dkk": "DKK", "nok": "NOK", "jpy": "JPY", "cad": "CAD", "aud": "AUD", "cny": "CNY",
	"rub": "RUB", "pln": "PLN", "czk": "CZK", "huf": "HUF", "xof": "XOF", "mad": "MAD", "dzd": "DZD", "tnd": "TND",
	"sar": "SAR", "aed": "AED", "qar": "QAR", "inr": "INR", "zar": "ZAR", "egp": "EGP", "ngn": "NGN", "brl": "BRL"}

// currencyQualifiers refine dollars and francs: dollars canadiens, Swiss francs.
var currencyQualifiers = map[string]string{
	"canadiens": "CAD", "canadian": "CAD", "australiens": "AUD", "australian": "AUD",
	"américains": "USD", "us": "USD", "american": "USD", "suisses": "CHF", "swiss": "CHF",
	"cfa": "XOF", "cfp": "XPF", "sterling": "GBP", "hong": "HKD",
	// pounds and crowns of other countries: "livres irlandaises", "couronnes suédoises"
	"irlandaises": "IEP", "chypriotes": "CYP", "maltaises": "MTL", "égyptiennes": "EGP", "libanaises": "LBP",
	"suédoises": "SEK", "danoises": "DKK", "norvégiennes": "NOK", "tchèques": "CZK", "estoniennes": "EEK",
	"slovaques": "SKK", "islandaises": "ISK",
	// the francs of the euro's forerunners: "francs belges" = BEF
	"belges": "BEF", "luxembourgeois": "LUF", "français": "FRF", "french": "FRF", "belgian": "BEF", "luxembourg": "LUF",
}

// unitWords map unit spellings of both languages to one canonical unit
// (N17): the common ones, the spelled-out energy units and the units of
// technology news. Later tables win a shared key. Built in a variable's
// initialiser, not patched from init(): Go then orders it before every
// table that reads it.
var unitWords = mergeMaps(baseUnitWords, energyUnitWords(), techWords)

var baseUnitWords = map[string]string{
	"km": "km", "kilomètres": "km", "kilomètre": "km", "kilometres": "km", "kilometers": "km",
	"ppm": "ppm", "ppb": "ppb", // a concentration: "420 ppm de CO2", "2.5ppm a year"
	"kilometre": "km", "kilometer": "km", "m": "m", "mètres": "m", "mètre": "m", "metres": "m",
	"meters": "m", "metre": "m", "meter": "m", "cm": "cm", "centimètres": "cm", "centimetres": "cm",
	"centimeters": "cm", "mm": "mm", "millimètres": "mm", "millimetres": "mm", "millimeters": "mm",
	"kg": "kg", "kilos": "kg", "kilo": "kg", "kilogrammes": "kg", "kilograms": "kg", "kilogrammes2": "kg",
	"kilogram": "kg", "kilogramme": "kg", "gram": "g", "gramme": "g", "centimetre": "cm", "centimeter": "cm",
	"centimètre": "cm", "millimetre": "mm", "millimeter": "mm", "millimètre": "mm",
	"g": "g", "grammes": "g", "grams": "g", "t": "t", "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t",
	"ha": "ha", "hectares": "ha", "hectare": "ha", "mw": "MW", "mégawatts": "MW", "megawatts": "MW",
	"gw": "GW", "gigawatts": "GW", "kw": "kW", "kilowatts": "kW", "kilowatt": "kW", "megawatt": "MW",
	"mégawatt": "MW", "gigawatt": "GW", "terawatt": "TW", "terawatts": "TW", "térawatt": "TW", "térawatts": "TW",
	// peak power of solar panels: "152 mégawatts-crête", "152 MWc", "3 kWc"
	"mégawatts-crête": "MW", "mégawatt-crête": "MW", "megawatts-crête": "MW", "mwc": "MW", "kwc": "kW", "gwc": "GW",
	"kilowatts-crête": "kW", "kilowatt-crête": "kW", "gigawatts-crête": "GW", "mwp": "MW", "kwp": "kW", "gwp": "GW",
	"térawatts-heure": "TWh", "terawatt-hours": "TWh", "kilomètres-heure": "km/h", "twh": "TWh", "gwh": "GWh",
	"mwh": "MWh", "kwh": "kWh", "l": "l", "litres": "l", "litre": "l", "liters": "l", "liter": "l",
	"cl": "cl", "centilitres": "cl", "centilitre": "cl", "centiliters": "cl", "ml": "ml", "millilitres": "ml", "millilitre": "ml", "milliliters": "ml",
	"kilonewtons": "kN", "kilonewton": "kN", "newtons": "N", "newton": "N", // thrust, never a mass

	"hl": "hl", "hectolitres": "hl", "hectolitre": "hl", "hectoliters": "hl", "hectoliter": "hl", "quintaux": "q", "quintal": "q", "quintals": "q", "miles": "mi", "mile": "mi", "mi": "mi", "acres": "acre",
	"acre": "acre", "mph": "mph", "feet": "ft", "foot": "ft", "ft": "ft", "yards": "yd", "yard": "yd", "yd": "yd", "verges": "yd", "verge": "yd", "pieds": "ft", "lb": "lb", "lbs": "lb",
	"pounds-weight": "lb", "degrés": "°", "degrees": "°", "degré": "°", "degree": "°",
	"inches": "in", "inch": "in", "gallons": "gal", "gallon": "gal",
	"km²": "km2", "km2": "km2", "m²": "m2", "m2": "m2", "m³": "m3", "m3": "m3", "km/h": "km/h", "kph": "km/h", "°c": "°C", "°f": "°F",
	"mètres carrés": "m2", "kilomètres carrés": "km2", "barils": "bbl", "barrels": "bbl", "bpj": "bbl",
	"ounces": "oz", "ounce": "oz", "oz": "oz", "onces": "oz", "pints": "pint", "pint": "pint", "pintes": "pint",
	"carats": "carat", "carat": "carat", "kelvins": "K", "kelvin": "K",
	"µg": "µg", "μg": "µg", "mg": "mg", "ng": "ng", "microgrammes": "µg", "micrograms": "µg", "microgramme": "µg", "microgram": "µg",
	"milligrammes": "mg", "milligrams": "mg", "milligramme": "mg", "milligram": "mg", "nanogrammes": "ng", "nanograms": "ng", "nanogramme": "ng", "nanogram": "ng",
	"nœuds": "kn", "noeuds": "kn", "nœud": "kn", "noeud": "kn", "knots": "kn", "knot": "kn", "kn": "kn", "kt": "kn", "kts": "kn",
	// emissions in megatonnes: "21,3 Mt de CO2", "1.2 Gt of CO2"
	"mt": "Mt", "mégatonnes": "Mt", "megatonnes": "Mt", "megatons": "Mt", "mteq": "Mt",
	"gt": "Gt", "gigatonnes": "Gt", "gigatons": "Gt",
}

// englishUnit is how FormatEnglish writes a canonical unit.
var englishUnit = mergeMaps(baseEnglishUnit, techEnglishUnits())

var baseEnglishUnit = map[string]string{
	"km": "km", "m": "metres", "cm": "cm", "mm": "mm", "kg": "kg", "g": "grams", "t": "tonnes", "ha": "hectares",
	"MW": "MW", "GW": "GW", "kW": "kW", "TWh": "TWh", "GWh": "GWh", "MWh": "MWh", "kWh": "kWh",
	"l": "litres", "hl": "hl", "cl": "cl", "ml": "ml", "q": "quintals", "kN": "kilonewtons", "N": "newtons", "km2": "km²", "m2": "m²", "m3": "m³", "m3/s": "m³/s", "km/h": "km/h", "°C": "°C", "°F": "°F",
	"°": "degrees", "in": "inches", "gal": "gallons", "mi2": "square miles", "ft2": "square feet", "ft3": "cubic feet", "bp": "basis points", "pts": "points", "bbl": "barrels", "mi": "miles", "acre": "acres", "ft": "feet", "yd": "yards", "lb": "lb", "mph": "mph", "kn": "knots", "nmi": "nautical miles", "K": "kelvin", "µg": "µg", "mg": "mg", "ng": "ng",
	"µg/m3": "µg/m³", "mg/m3": "mg/m³", "ng/m3": "ng/m³", "m/s": "metres per second", "km/s": "km per second", "l/s": "litres per second", "ppm": "ppm", "ppb": "ppb",
	"oz": "ounces", "pint": "pints", "carat": "carats", "Mt": "Mt", "Gt": "Gt",
}

// dateCues before a bare four-digit number make it a year (N14).
var dateCues = map[string]bool{
	"en": true, "depuis": true, "dès": true, "avant": true, "après": true, "jusqu'en": true,
	"année": true, "l'année": true, "an": true, "fin": true, "début": true, "courant": true,
	"printemps": true, "été": true, "automne": true, "hiver": true, "saison": true, "mi": true,
	"in": true, "since": true, "by": true, "until": true, "before": true, "after": true, "from": true,
	"during": true, "year": true, "early": true, "late": true, "mid": true, "spring": true, "summer": true,
	"autumn": true, "winter": true, "season": true, "of": true, "jusqu'": true, "à": false, "d'ici": true,
	"contre": true, "than": true, "versus": true, "vs": true, "au": false, "end": true, "through": true,
	"election": true, "élection": true, "présidentielle": true, "presidential": true,
	// a year's report, budget or vintage: "le bilan 2024 de ses trains", "le millésime 2022"
	"bilan": true, "budget": true, "exercice": true, "millésime": true, "édition": true, "promotion": true,
	"rentrée": true, "campagne": true, "cuvée": true,
}

// metricBase gives a unit its base unit and power of ten, so that 1 500
// MW = 1.5 GW, and 480 MW -> 480 GW is a scale error, not a conversion
// (N17).
var metricBase = mergeMaps(baseMetric, techBase)

// unitScale is a unit's base unit and power of ten.
type unitScale struct {
	base string
	exp  int
}

// mergeMaps copies the tables into one; a later table wins a shared key.
func mergeMaps[V any](tables ...map[string]V) map[string]V {
	out := map[string]V{}
	for _, t := range tables {
		for k, v := range t {
			out[k] = v
		}
	}
	return out
}

// baseMetric: the units of measure and of power and energy.
var baseMetric = map[string]unitScale{
	"kW": {"W", 3}, "MW": {"W", 6}, "GW": {"W", 9}, "kWh": {"Wh", 3}, "MWh": {"Wh", 6}, "GWh": {"Wh", 9},
	"TWh": {"Wh", 12}, "mm": {"m", -3}, "cm": {"m", -2}, "m": {"m", 0}, "km": {"m", 3}, "g": {"g", 0},
	"kg": {"g", 3}, "q": {"g", 5}, "t": {"g", 6}, "Mt": {"g", 12}, "Gt": {"g", 15}, "l": {"l", 0}, "mg": {"g", -3}, "µg": {"g", -6}, "ng": {"g", -9},
	"mg/m3": {"g/m3", -3}, "µg/m3": {"g/m3", -6}, "ng/m3": {"g/m3", -9}, "hl": {"l", 2}, "cl": {"l", -2}, "ml": {"l", -3}, "m2": {"m2", 0}, "km2": {"m2", 6}, "ha": {"m2", 4},
}

// inBase is a quantity in its base unit, or nil for other units.
func inBase(m Mention) (*big.Rat, string) {
	b, ok := metricBase[m.Unit]
	if !ok || m.Kind != Quantity {
		return nil, ""
	}
	v := m.Rat()
	if v == nil {
		return nil, ""
	}
	if b.exp >= 0 {
		return v.Mul(v, pow10(b.exp)), b.base
	}
	return v.Quo(v, pow10(-b.exp)), b.base
}
