// Package date holds the result type of the parser, with the same shape as
// github.com/markusmobius/go-dateparser/date v1.2.3.
package date

import "time"

// Period is the precision of a parsed date.
type Period uint8

// The periods, from the most to the least precise.
const (
	None Period = iota
	Second
	Minute
	Hour
	Day
	Month
	Year
)

var periodString = map[Period]string{
	Second: "Second",
	Minute: "Minute",
	Hour:   "Hour",
	Day:    "Day",
	Month:  "Month",
	Year:   "Year",
}

func (p Period) String() string { return periodString[p] }

// IsTime reports whether the period is finer than a day.
func (p Period) IsTime() bool { return p == Second || p == Minute || p == Hour }

// Date is a parsed date with its precision and the locale that parsed it.
type Date struct {
	Locale string
	Period Period
	Time   time.Time
}

// IsZero reports whether nothing was parsed.
func (d Date) IsZero() bool { return d.Period == None || d.Time.IsZero() }
