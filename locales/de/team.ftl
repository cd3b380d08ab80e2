# Machine-drafted translation from English (locales/en/team.ftl); a native speaker's review is welcome.
# Spandrel-Meldungen: Team, Kuratieren und Übereinstimmung (Deutsch).


## Sync: the header's status and the error under it

sync-off = Sync aus
sync-paused = Sync pausiert: Passwort eingeben
sync-synced = Synchronisiert
sync-syncing = Wird synchronisiert…
sync-offline = { $waiting ->
    [one] Offline, { $waiting } Änderung wartet
   *[other] Offline, { $waiting } Änderungen warten
}
sync-error = Sync-Fehler
sync-settings-title = Einstellungen der Team-Synchronisierung
sync-settings-button = Sync-Einstellungen
sync-try-again = Erneut versuchen

## Sync: the settings form

sync-form = Team-Synchronisierung
sync-form-hint = Synchronisieren Sie Ihre Annotationen mit dem Kinto-Server Ihres Teams. Ihre Arbeit wird immer zuerst in diesem Browser gespeichert; das Passwort bleibt nur in diesem Tab (nie in Exporten oder geteilten Links).
sync-server = Server
sync-server-placeholder = https://kinto.example.org/v1 oder /sync/v1
sync-project = Projekt
sync-user = Benutzer
sync-password = Passwort
sync-role = Rolle
sync-role-annotator = Annotator
sync-role-curator = Kurator
# unsure: "Lead" as a role; "Leitung" (project lead) chosen.
sync-role-lead = Leitung
sync-remember = Passwort in diesem Tab merken
sync-apply = Übernehmen
sync-turn-on = Sync einschalten
sync-now = Jetzt synchronisieren
sync-turn-off = Sync ausschalten
sync-close = Schließen

## Sync: creating an account, setting up a project

sync-setup-create-account = Mein Konto erstellen
sync-setup-open = Projekt einrichten…
sync-setup-legend = Das oben genannte Projekt einrichten (Administrator des Sync-Servers) oder seine Mitglieder ändern (Leitung)
sync-setup-admin = Administrator oder Leitung
sync-setup-admin-password = Dessen Passwort
sync-setup-leads = Leitung
sync-setup-leads-placeholder = lena
sync-setup-annotators = Annotatoren
sync-setup-annotators-placeholder = alice, bob
sync-setup-curators = Kuratoren
sync-setup-curators-placeholder = cora
sync-setup-update = Bestehendes Projekt aktualisieren (Mitglieder und Berechtigungen)
sync-setup-load = Aktuelle Mitglieder laden
sync-setup-submit = Projekt einrichten
sync-setup-members-loaded = Die Mitglieder von “{ $project }”: Ändern Sie sie und klicken Sie dann auf “{ sync-setup-submit }”, um es zu aktualisieren.

## Curator: each annotator's version of the open document, and the gold version

curator-region = Kuratieren
curator-open = Dieses Dokument kuratieren
curator-not-in-project = Dieses Dokument gehört nicht zum Projekt.
curator-edited = { $said } Wird synchronisiert.
curator-edit-failed = Die Goldversion wurde nicht geändert: { $error }
curator-take-span-label = { $label } “{ $covered }” von { $who } in Gold übernehmen
curator-span-in-gold = Bereits in der Goldversion
curator-take-span-title = Diesen Span in die Goldversion übernehmen
curator-version-empty = keine Spans
curator-take-version = In Gold übernehmen
curator-gold-none = Gold: noch keine. Übernehmen Sie oben eine ganze Version oder einzelne Spans, oder beginnen Sie mit dem, worin alle übereinstimmen.
curator-gold-agreed = Mit den übereinstimmenden Spans beginnen
curator-drop-span-label = { $label } “{ $covered }” aus Gold entfernen
curator-drop-span = Entfernen
# unsure: "adjudicated" rendered as "adjudiziert" (annotation jargon); "entschieden" would be plainer.
curator-gold-adjudicated = Gold (adjudiziert)
curator-gold-draft = Gold (Entwurf, noch nicht adjudiziert)
curator-gold-empty = : keine Spans
curator-gold-reopen = Wieder öffnen
curator-gold-mark = Als adjudiziert markieren

## Curator: the agreement of the annotators' versions

curator-agreement-none = Übereinstimmung: braucht die Versionen von zwei Annotatoren.
curator-agreement-caption = Übereinstimmung (die zweite Version jedes Paars ist die Referenz)
curator-agreement-pair = Paar
curator-agreement-exact = Exakt P / R / F1
curator-agreement-overlap = Überlappung F1
curator-agreement-kappa = Cohens κ (Tokens)
curator-agreement-pair-row = { $a } vs. { $b }

## Team: progress and adjudication queue (Documents screen)

team-region = Team-Fortschritt
team-open = Team-Fortschritt und Adjudikation
team-sync-off = Sync ist aus.
team-summary = { $documents ->
    [one] { $documents } Dokument, { $adjudicated } adjudiziert ({ $percent }). Angenommene Spans je Label: { $labels }.
   *[other] { $documents } Dokumente, { $adjudicated } adjudiziert ({ $percent }). Angenommene Spans je Label: { $labels }.
}
team-labels-none = noch keine
team-members-caption = Annotatoren
team-col-annotator = Annotator
team-col-assigned = Zugewiesen
team-col-done = Erledigt
team-col-skipped = Übersprungen
team-col-in-progress = In Bearbeitung
team-col-last-activity = Letzte Aktivität
team-queue-caption = Adjudikations-Warteschlange: Dokumente mit mehr als einer Version, größte Uneinigkeit zuerst
team-col-document = Dokument
team-col-annotators = Annotatoren
team-col-exact-f1 = Exakt F1
team-col-overlap-f1 = Überlappung F1
team-col-kappa = Token-κ
team-col-gold = Gold
team-gold-adjudicated = adjudiziert
team-gold-draft = Entwurf
team-gold-todo = offen
team-open-doc = Zum Adjudizieren öffnen
team-mean-agreement = Mittlere Übereinstimmung exakter Spans in den überlappenden Dokumenten: { $value }.
team-mean-agreement-none = noch kein Dokument hat zwei Versionen

## Team: the training set

team-training-format = Trainingsdaten (Gold, sonst die einzige Version, sonst die Mehrheit) als
team-training-download = Trainingsdaten herunterladen
team-training-downloaded = { $n ->
    [one] Trainingsdaten heruntergeladen: { $n } Dokument.
   *[other] Trainingsdaten heruntergeladen: { $n } Dokumente.
}
team-training-failed = Die Trainingsdaten konnten nicht exportiert werden: { $error }

## Agreement screen: loading annotation files

agreement-plain-text = “{ $name }” ist reiner Text ohne Annotationen. Für brat wählen Sie die Datei zusammen mit ihrer .ann-Datei.
agreement-ann-alone = “{ $name }” ist eine brat-.ann-Datei: Wählen Sie sie zusammen mit der gleichnamigen .txt-Datei.
agreement-unknown-format = “{ $name }” ist keine Annotationsdatei, die Spandrel erkennt (Spandrel JSON, spaCy, doccano, Label Studio, brat .txt + .ann, CoNLL, W3C Web Annotation).
agreement-unreadable-as = “{ $name }” konnte nicht als { $format } gelesen werden: { $reason }
agreement-many-documents = { $n ->
    [one] “{ $name }” enthält { $n } Dokument; die Übereinstimmung vergleicht Annotationen eines Textes, wählen Sie also Dateien mit genau einem Dokument.
   *[other] “{ $name }” enthält { $n } Dokumente; die Übereinstimmung vergleicht Annotationen eines Textes, wählen Sie also Dateien mit genau einem Dokument.
}
agreement-warning = “{ $name }”: { $warning }
agreement-warning-more = { $n ->
    [one] { $warning } (und { $n } weitere)
   *[other] { $warning } (und { $n } weitere)
}
agreement-file-unreadable = “{ $name }” konnte nicht gelesen werden: { $error }
agreement-loaded = { $n ->
    [one] { $n } Annotator geladen
   *[other] { $n } Annotatoren geladen
}
agreement-no-document = Kein Dokument ist geöffnet.
agreement-current-name = Aktuelles Dokument: { $title }
agreement-current-added = Die angenommenen Spans des aktuellen Dokuments wurden als Annotator hinzugefügt

## Agreement screen: creating the adjudicated document

agreement-adjudicate-failed = Das adjudizierte Dokument konnte nicht erstellt werden: { $error }
agreement-adjudicated-title = Adjudiziert: { $a } + { $b }
agreement-created = { $n ->
    [one] “{ $title }” mit { $n } angenommenen Span erstellt.
   *[other] “{ $title }” mit { $n } angenommenen Spans erstellt.
}

## Agreement screen: annotators and pairwise scores

agreement-heading = Übereinstimmung zwischen Annotatoren
agreement-hint = Laden Sie zwei oder mehr Annotationsdateien desselben Textes (Spandrel JSON, spaCy, doccano, Label Studio, brat .txt + .ann, CoNLL, W3C). Jede Datei ist ein Annotator; nur angenommene Spans zählen. In jedem Paar ist der zweite Annotator die Referenz.
agreement-load = Annotationsdateien laden…
agreement-files = Annotationsdateien
agreement-use-current = Angenommene Spans des aktuellen Dokuments verwenden
agreement-reading = Wird gelesen…
agreement-annotators = Annotatoren
agreement-spans = { $n ->
    [one] { $n } Span
   *[other] { $n } Spans
}
agreement-remove = { $name } entfernen
agreement-need-two = Laden Sie mindestens zwei Annotatoren, um sie zu vergleichen.
agreement-pairwise = Paarweise Übereinstimmung
agreement-col-a = A
agreement-col-b = B (Referenz)
agreement-exact-p = Exakt P
agreement-exact-r = Exakt R
agreement-exact-f1 = Exakt F1
agreement-counts = tp / fp / fn
agreement-counts-title = richtig positiv / falsch positiv / falsch negativ
agreement-overlap-p = Überlappung P
agreement-overlap-r = Überlappung R
agreement-overlap-f1 = Überlappung F1
agreement-kappa = Cohens κ (Tokens)
agreement-details = Details
agreement-compare-label = { $a } mit { $b } vergleichen
agreement-compare = Vergleichen

## Agreement screen: the chosen pair, its disagreements and their decisions

agreement-pair-title = { $a } vs. { $b } (Referenz)
agreement-per-label = Je Label
agreement-col-label = Label
agreement-disagreements = Abweichungen
agreement-no-disagreements = Diese beiden Annotatoren stimmen bei jedem Span überein.
agreement-decide-all = Alle entscheiden:
agreement-all-a = Alle A
agreement-all-b = Alle B
agreement-all-both = Alle beide
agreement-all-neither = Alle keine
agreement-only-a = Nur A
agreement-only-b = Nur B
agreement-label-differs = Label weicht ab
agreement-boundary-differs = Grenze weicht ab
agreement-side-a = A: { $name }
agreement-side-b = B: { $name }
agreement-choice-legend = Welche Version von Abweichung { $n } behalten
agreement-choice-a = A
agreement-choice-b = B
agreement-choice-both = Beide
agreement-choice-neither = Keine
agreement-create = Adjudiziertes Dokument erstellen
agreement-decided = { $n ->
    [one] { $decided } von { $n } Abweichung entschieden; übereinstimmende Spans bleiben erhalten, unentschiedene Abweichungen werden weggelassen.
   *[other] { $decided } von { $n } Abweichungen entschieden; übereinstimmende Spans bleiben erhalten, unentschiedene Abweichungen werden weggelassen.
}
