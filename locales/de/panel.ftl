# Machine-drafted translation from English (locales/en/panel.ftl); a native speaker's review is welcome.
# Spandrel-Meldungen: Seitenleiste (Deutsch).

## Side panel: the label palette and a label's menu

panel-aside = Labels und Annotationen
panel-labels = Labels
# Read before a label's hotkey (for screen readers).
panel-hotkey = Tastenkürzel
# Read after a label's count of spans (for screen readers).
panel-label-spans = { $n ->
    [one] Span
   *[other] Spans
}
panel-new-label-name = Name des neuen Labels
panel-new-label = Neues Label
panel-add = Hinzufügen
panel-edit-label = Label { $label } bearbeiten
panel-name = Name
panel-rename = Umbenennen
panel-colour = Farbe
panel-delete-label = Label löschen
panel-label-in-use = { $n ->
    [one] { $n } Span verwendet dieses Label.
   *[other] { $n } Spans verwenden dieses Label.
}
panel-delete-label-and-spans = Label und seine Spans löschen
panel-delete-label-keep-spans = Label löschen, Spans behalten
panel-cancel = Abbrechen

## Side panel: suggestions

panel-suggestions = Vorschläge
panel-finding-entities = Entitäten werden gesucht…
panel-accept-all = Alle annehmen
panel-reject-all = Alle ablehnen
panel-review-title = Einzeln prüfen, die unsichersten zuerst
panel-review-one-by-one = Einzeln prüfen
panel-score-at-least = Score ≥
panel-score-threshold = Score-Schwelle
panel-accept-above = { $n } darüber annehmen
panel-accept-every = Alle { $label }-Vorschläge annehmen
panel-reject-every = Alle { $label }-Vorschläge ablehnen

## Side panel: the span list

panel-spans = Spans
panel-filter-label = Nach Label filtern
panel-all-labels = Alle Labels
panel-filter-state = Nach Zustand filtern
panel-all-states = Alle Zustände
panel-filter-suggested = Vorgeschlagen
panel-filter-accepted = Angenommen
panel-filter-rejected = Abgelehnt
# A span's state in the span list and the span's details (lower case in English).
panel-state-suggested = vorgeschlagen
panel-state-accepted = angenommen
panel-state-rejected = abgelehnt
panel-show-more = Mehr anzeigen ({ $n } weitere)

## Side panel: the focused span

panel-span = Span
# $start, $end: the span's character offsets; $state: one of panel-state-*.
panel-span-meta = { $start }–{ $end } · { $state }
# $score: the suggestion's score, already written with two decimals.
panel-span-meta-score = { $start }–{ $end } · { $state } · Score { $score }
panel-label = Label
panel-label-of-span = Label dieses Spans
panel-read-only = Dieses geteilte Dokument ist schreibgeschützt.
panel-save-copy = Kopie speichern, um es zu bearbeiten
panel-accept = Annehmen
panel-reject = Ablehnen
panel-delete = Löschen
panel-adjust-edges = Grenzen anpassen
panel-start-earlier = Anfang ein Wort früher (erweitern)
panel-start-earlier-button = Anfang −1
panel-start-later = Anfang ein Wort später (verkleinern)
panel-start-later-button = Anfang +1
panel-end-earlier = Ende ein Wort früher (verkleinern)
panel-end-earlier-button = Ende −1
panel-end-later = Ende ein Wort später (erweitern)
panel-end-later-button = Ende +1
panel-note = Notiz

## Side panel: the document's text direction

panel-document = Dokument
panel-text-direction = Textrichtung
panel-direction-auto = Je Absatz eigene
panel-direction-ltr = Links nach rechts
panel-direction-rtl = Rechts nach links

## Side panel: relations

relations-heading = Relationen
relations-type = Relationstyp
relations-link-title = Zwei Spans verknüpfen: erst den Quell-Span anklicken, dann das Ziel (Tastatur: Umschalt+R auf dem fokussierten Span, Tab, Eingabe)
relations-link = Verknüpfen
relations-click-source = Quell-Span anklicken (oder mit Tab ansteuern und Eingabe drücken).
# $text: the source span's text.
relations-from = Von “{ $text }”: Ziel-Span anklicken (oder mit Tab ansteuern und Eingabe drücken). Esc bricht ab.
relations-focus-source = Quell-Span fokussieren
# $from, $to: the two spans' texts; $kind: the relation type.
relations-delete = Relation { $from } → { $to } ({ $kind }) löschen
relations-new-type = Neuer Relationstyp
relations-add-type = Typ hinzufügen

## Side panel: attributes of the focused span

attributes-heading = Attribute des fokussierten Spans
attributes-remove = Attribut { $key } entfernen
attributes-name = Attributname
attributes-name-placeholder = Name
attributes-value = Attributwert
attributes-value-placeholder = Wert
attributes-set = Setzen
attributes-name-first = Geben Sie zuerst einen Attributnamen ein.

## Side panel: what suggestions learned

learn-based-on-shipped = Grundlage: das mitgelieferte Modell
learn-based-on-learned = Grundlage: mitgeliefertes Modell + { $taught ->
    [one] { $taught } Ihrer Spans
   *[other] { $taught } Ihrer Spans
} ({ $rejected } abgelehnt)
learn-forget = Gelerntes der Vorschläge vergessen

## Header: document labels

doclabels-group = Dokument-Labels

## The document text

docview-text = Dokumenttext
# A piece of text's tooltip, for each suggested span over it.
docview-suggestion = { $label } (Vorschlag)
# The accessible name of the mark where a span starts.
docview-anchor = { $label }-Span
docview-selected = “{ $text }” ausgewählt. Wählen Sie ein Label.
docview-selection-failed = Diese Auswahl konnte nicht verwendet werden: { $error }

## The review card

review-card = Prüfen: ein Vorschlag nach dem anderen
# $score: already written with two decimals.
review-score = Score { $score }
review-no-score = kein Score
review-left = { $n ->
    [one] { $n } in diesem Dokument zu prüfen
   *[other] { $n } in diesem Dokument zu prüfen
}
review-answers = Antworten
review-accept = Annehmen
review-accept-button = ✓ Annehmen
review-go-on = Weiter
review-reject = Ablehnen
review-reject-button = ✗ Ablehnen
review-skip-title = Überspringen (bleibt offen)
review-skip = Überspringen
review-accept-as = Als { $label } annehmen
# $key: the label's hotkey.
review-accept-as-key = Als { $label } annehmen ({ $key })
review-relabel = { $label }: mit diesem Label annehmen
review-relabel-key = { $label } { $key }: mit diesem Label annehmen
review-leave-title = Prüfmodus verlassen
review-leave = Prüfen beenden
review-pace = { $n ->
    [one] { $n } Entscheidung
   *[other] { $n } Entscheidungen
}
# $rate: decisions per minute, already written with one decimal.
review-pace-rate = { $n ->
    [one] { $n } Entscheidung
   *[other] { $n } Entscheidungen
} · { $rate } pro Minute

## The corpus row

corpus-row = Korpus
# The open document's place in the corpus: $p of $n.
corpus-position = { $p } / { $n }
corpus-position-none = – / –
corpus-position-title = Position im Korpus
corpus-progress = Erledigte Dokumente
# $percent: already rounded to a whole number.
corpus-done = { $done } von { $total } erledigt ({ $percent } %)
# Followed by the next document's title.
corpus-next = Nächstes:
corpus-order-title = Informativste zuerst: Dokumente, bei denen die Vorschläge am unsichersten sind, kommen zuerst (jedes zweite in Korpusreihenfolge); nach jedem Lernschritt neu sortiert
corpus-order = Reihenfolge
corpus-order-corpus = Korpusreihenfolge
corpus-order-informative = Informativste zuerst
corpus-previous-title = Vorheriges Dokument
corpus-previous = ◀ Zurück
corpus-next-title = Nächstes Dokument
corpus-next-button = Weiter ▶
corpus-skip-title = Überspringen: nächstes offenes Dokument, dieses bleibt unmarkiert
corpus-skip = Überspringen
corpus-done-next-title = Angezeigte Vorschläge annehmen, als erledigt markieren, nächstes offenes Dokument öffnen
corpus-done-next = Fertig → weiter

## Find in the document

search-region = Im Dokument suchen
search-placeholder = Suchen… (/)
search-ignore-case = Groß-/Kleinschreibung ignorieren
search-whole-word = Ganzes Wort
search-no-matches = Keine Treffer
# The current hit: $i of $n.
search-hit-of = { $i } von { $n }
search-matches = { $n ->
    [one] { $n } Treffer
   *[other] { $n } Treffer
}
search-match-of = Treffer { $i } von { $n }
search-previous = Vorheriger Treffer (Umschalt+Eingabe)
search-next = Nächster Treffer (Eingabe)
search-fill-label = Label zum Labeln aller Treffer
search-label-all = Alle labeln
search-type-first = Geben Sie zuerst den Suchtext ein, dann “Alle labeln”.
# $query: the text searched for; $label: the label.
search-none-to-label = Keine ungelabelten Vorkommen von “{ $query }”, die als { $label } gelabelt werden könnten.
search-labelled = { $n ->
    [one] { $n } Vorkommen von “{ $query }” als { $label } gelabelt
   *[other] { $n } Vorkommen von “{ $query }” als { $label } gelabelt
}

# The PDF page view
pageview-show = Seitenansicht
pageview-show-title = Die PDF-Seite neben dem Text zeigen, mit der ausgewählten Markierung
pageview-heading = Seite { $page } von { $pages }
pageview-previous = Vorige Seite
pageview-next = Nächste Seite
pageview-close = Seitenansicht schließen
pageview-loading = Die Seite wird gezeichnet…
pageview-image = Seite { $page } des PDF
pageview-span = Die ausgewählte Markierung auf der Seite
pageview-failed = Die Seite kann nicht gezeigt werden: { $error }
