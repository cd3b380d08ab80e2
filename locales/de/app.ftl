# Machine-drafted translation from English (locales/en/app.ftl); a native speaker's review is welcome.
# Spandrels Oberfläche: Kopfzeile, Dialoge, Meldungen und die Tastaturübersicht.
# Begriffe: span = Span, label = Label, suggestion = Vorschlag, document = Dokument, corpus = Korpus,
# annotator = Annotator, curator = Kurator, lead = Leitung, gold = Gold(version), adjudicate = adjudizieren.
# Ein “zitiertes” Argument ist Nutzertext: die “ ” bleiben darum herum stehen.

## The app

language-failed = Die Sprache der Oberfläche konnte nicht geladen werden ({ $reason }); Anzeige auf Englisch.
language-menu = Sprache der Oberfläche
language-menu-title = Die Sprache der Oberfläche (die Seite wird darin neu geladen)

## Header

header-screens = Ansichten
header-annotate = Annotieren
header-documents = Dokumente
header-agreement = Übereinstimmung
header-current-document = Aktuelles Dokument
header-undo = Rückgängig
header-undo-button = ↶ Rückgängig
header-redo = Wiederholen
header-redo-button = ↷ Wiederholen
header-saved = Gespeichert
header-saving = Wird gespeichert…
header-not-saved = Nicht gespeichert
header-guidelines = Richtlinien
header-guidelines-title = Annotationsrichtlinien: die des Projekts und die jedes Labels
header-shortcuts = Tastenkürzel

## Overlays: the label picker, the keyboard map, the guidelines, messages

picker-toolbar = Label für die Auswahl wählen
picker-cancel = Abbrechen
help-title = Tastenkürzel
help-labels = Labels
dialog-close = Schließen
guidelines-title = Annotationsrichtlinien
guidelines-edit = Richtlinien bearbeiten
guidelines-project = Richtlinien des Projekts
guidelines-save = Richtlinien speichern
guidelines-saved = Die Richtlinien wurden gespeichert.
messages-region = Meldungen
message-dismiss = Meldung schließen

## The keyboard map: what each row does, and its keys

keymap-escape = Auswahl und Fokus aufheben, Dialoge schließen, Verknüpfen abbrechen
keymap-escape-keys = Esc
keymap-undo = Rückgängig
keymap-undo-keys = Strg + Z
keymap-redo = Wiederholen
keymap-redo-keys = Strg + Umschalt + Z oder Strg + Y
keymap-help = Diese Tastaturübersicht anzeigen
keymap-help-keys = ?
keymap-done-next = Fertig → weiter: angezeigte Vorschläge annehmen, Dokument als erledigt markieren, nächstes offenes Dokument öffnen
keymap-done-next-keys = Strg + Eingabe
keymap-skip = Überspringen: nächstes offenes Dokument öffnen, ohne dieses zu markieren
keymap-skip-keys = Strg + Umschalt + Eingabe
keymap-next-previous = Nächstes / vorheriges Dokument in Korpusreihenfolge öffnen
keymap-next-previous-keys = ] / [
keymap-find = Im Dokument suchen (Eingabe / Umschalt + Eingabe: nächster / vorheriger Treffer)
keymap-find-keys = /
keymap-review = Prüfmodus: Vorschläge einzeln, die unsichersten zuerst; erneut drücken (oder Esc) beendet ihn
keymap-review-keys = Umschalt + V (oder Alt + V)
keymap-review-accept = Prüfen: annehmen (wenn keiner mehr übrig ist: Fertig → weiter)
keymap-review-accept-keys = Eingabe oder Leertaste (Prüfmodus)
keymap-review-reject = Prüfen: ablehnen
keymap-review-reject-keys = Rücktaste oder Entf (Prüfmodus)
keymap-review-skip = Prüfen: überspringen (bleibt offen; wenn keiner mehr übrig ist, erneut die übersprungenen)
keymap-review-skip-keys = Tab oder ↓ (Prüfmodus)
keymap-review-relabel = Prüfen: mit diesem Label annehmen
keymap-review-relabel-keys = Label-Tastenkürzel (Prüfmodus)
keymap-link = Fokussierten Span mit einem anderen Span verknüpfen (Relation); Esc bricht ab
keymap-link-keys = Umschalt + R (oder Alt + R), dann Tab, Eingabe
keymap-end-word = Ende des fokussierten Spans ein Wort später / früher setzen (in Rechts-nach-links-Text: früher / später)
keymap-end-word-keys = Alt + → / ←
keymap-start-word = Anfang des fokussierten Spans ein Wort später / früher setzen (in Rechts-nach-links-Text: früher / später)
keymap-start-word-keys = Alt + Umschalt + → / ←
keymap-caret-word = Nächstes / vorheriges Wort auswählen (Tastatur-Cursor; in Rechts-nach-links-Text ist ← das nächste)
keymap-caret-word-keys = → / ←
keymap-extend-word = Auswahl um ein Wort erweitern / verkleinern
keymap-extend-word-keys = Umschalt + → / ←
keymap-focus-span = Nächsten / vorherigen Span fokussieren (nach dem letzten verlässt Tab den Text)
keymap-focus-span-keys = Tab / Umschalt + Tab
keymap-link-enter = Im Verknüpfungsmodus: mit dem fokussierten Span verknüpfen
keymap-link-enter-keys = Eingabe
keymap-accept = Fokussierten Vorschlag annehmen
keymap-accept-keys = Eingabe oder Leertaste
keymap-reject = Fokussierten Vorschlag ablehnen oder fokussierten Span löschen
keymap-reject-keys = Rücktaste oder Entf
keymap-label = Auswahl mit einem Label versehen oder dem fokussierten Span ein anderes Label geben
keymap-label-keys = Label-Tastenkürzel (p, o, g, …)
