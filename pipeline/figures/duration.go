package figures

// periodUnit maps the nouns of periods to a family and size, so that
// "dix ans" = "a decade", "18 mois" = "a year and a half" and "une heure
// et quart" = "75 minutes" compare as one duration. Calendar periods are
// counted in months, clock periods in seconds; the two do not mix.
var periodUnit = map[string]string{
	"an": "month", "ans": "month", "année": "month", "années": "month", "year": "month", "years": "month",
	"mois": "month", "month": "month", "months": "month", "décennie": "month", "décennies": "month",
	"decade": "month", "decades": "month", "siècle": "month", "siècles": "month", "century": "month",
	"centuries": "month", "semestre": "month", "semestres": "month", "trimestre": "month", "trimestres": "month",
	"jour": "sec", "jours": "sec", "day": "sec", "days": "sec", "semaine": "sec", "semaines": "sec",
	"week": "sec", "weeks": "sec", "heure": "sec", "heures": "sec", "hour": "sec", "hours": "sec",
	"minute": "sec", "minutes": "sec", "seconde": "sec", "secondes": "sec", "second": "sec", "seconds": "sec",
	"fortnight": "sec", "quinzaine": "sec",
}
