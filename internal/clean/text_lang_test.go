package clean

import "testing"

func TestLanguageDetection(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council voted on Tuesday to approve the budget for the coming year, and the mayor said it was a fair settlement for the city and its residents.", "en"},
		{"Le conseil municipal a voté mardi le budget de l'année prochaine, et le maire a déclaré qu'il s'agissait d'un accord équitable pour la ville et ses habitants.", "fr"},
		{"Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, und der Bürgermeister sagte, es sei ein fairer Kompromiss für die Stadt und ihre Bewohner.", "de"},
		{"El ayuntamiento aprobó el martes el presupuesto del próximo año, y el alcalde dijo que era un acuerdo justo para la ciudad y sus vecinos, que lo esperaban desde hace meses.", "es"},
		{"Too short.", ""},
	}
	for _, tt := range tests {
		if got := detectLanguage([]string{tt.text}); got != tt.want {
			t.Errorf("detectLanguage(%.30q...) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
