package app

import "trainingdesk/outcome"

// englishFigureWords are outcome's figure texts in English.
var englishFigureWords = outcome.FigureWords{
	Pending:       "pending (window closes %s; so far %s / %s)",
	None:          "none (nobody to count)",
	Ratio:         "%.1f (%s ÷ %s)",
	Percent:       "%.1f%% (%s ÷ %s)",
	TargetRatio:   ", target ≥ %g",
	TargetPercent: ", target ≥ %g%%",
	Met:           " met",
	NotMet:        " not met",
	Open:          " (%d more classes count after %s)",
}

// figureText is a figure's value line in the UI's language.
func (s *StatsScreen) figureText(f outcome.Figure) string {
	if s.u.lang != "en" {
		return f.Text()
	}
	return f.TextIn(englishFigureWords)
}
