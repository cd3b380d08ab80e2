# Machine-drafted translation from English (locales/en/workspace.ftl); a native speaker's review is welcome.
# Spandrel-Meldungen: Arbeitsbereich und Übertragung (Deutsch).


## Workspace: the window's listeners (other tabs, leaving the page, files dropped on the window)

workspace-other-tabs-off = Änderungen aus anderen Tabs erscheinen hier erst nach dem Neuladen ({ $error }).
workspace-unload-guard-off = Beim Schließen des Tabs wird nicht vor ungespeicherten Änderungen gewarnt ({ $error }).
workspace-page-hidden-off = Änderungen kurz vor dem Verlassen der Seite werden möglicherweise nicht gespeichert ({ $error }).
workspace-window-drop-off = Dateien können nicht auf das Fenster gezogen werden ({ $error }); verwenden Sie Dokumente → Dateien öffnen.
workspace-read-only-add = Dieses geteilte Dokument ist schreibgeschützt. Speichern Sie eine Kopie in Ihrem Arbeitsbereich, bevor Sie Dateien hinzufügen.
workspace-file-unreadable = “{ $name }” konnte nicht gelesen werden: { $error }

## Workspace: the Documents screen

workspace-heading = Dokumente
workspace-storage-unavailable = Der Browserspeicher ist nicht verfügbar: In diesem Tab können keine Dokumente aufgelistet oder gespeichert werden.

## Workspace: deleted documents (undo)

workspace-deleted = “{ $title }” gelöscht.
workspace-restore = Wiederherstellen

## Workspace: filters, sorting and bulk status

workspace-filters = Dokumente filtern
workspace-filter-status = Status
workspace-filter-by-status = Nach Status filtern
workspace-status-any = Alle
workspace-status-not-done = Nicht erledigt
workspace-status-to-do = Offen (neu oder in Bearbeitung)
workspace-filter-label = Label
workspace-filter-by-label = Nach Label filtern
workspace-label-any = Alle
workspace-filter-text = Text
workspace-filter-by-text = Nach Text filtern
workspace-filter-text-placeholder = Titel oder Text
workspace-sort = Sortierung
workspace-sort-documents = Dokumente sortieren
workspace-sort-position = Korpusreihenfolge
workspace-sort-modified = Zuletzt geändert
workspace-doc-count = { $n ->
    [one] { $n } Dokument
   *[other] { $n } Dokumente
}
workspace-doc-count-matching = { $n ->
    [one] { $n } von { $total } Dokumenten passt
   *[other] { $n } von { $total } Dokumenten passen
}
# Followed by the number selected, then “as” and a button per status.
workspace-mark = Markieren
workspace-selected = { $n } ausgewählte
workspace-mark-as = als
# Followed by a button per status.
workspace-mark-all-matching = Alle passenden markieren als
# Said to screen readers; $status is the status's name in lower case.
workspace-marking = { $n ->
    [one] { $n } Dokument wird als { $status } markiert
   *[other] { $n } Dokumente werden als { $status } markiert
}

## Workspace: the documents table

workspace-table-caption = Dokumente in diesem Browser
workspace-select-page = Alle auf dieser Seite auswählen
workspace-col-title = Titel
workspace-col-labels = Labels
workspace-col-suggestions = Vorschläge angenommen / offen
workspace-col-status = Status
workspace-col-modified = Geändert
workspace-col-actions = Aktionen
workspace-col-assigned = Zugewiesen an
workspace-empty = Noch keine Dokumente: Fügen Sie unten eines hinzu.
workspace-no-match = Kein Dokument passt zum Filter.
workspace-pages = Seiten
workspace-previous-page = ◀ Vorherige Seite
workspace-page-of = Seite { $page } von { $pages }
workspace-next-page = Nächste Seite ▶

## Workspace: assigning documents to annotators (a synced lead)

workspace-assign-overlap-invalid = die Überlappung “{ $value }” ist keine Prozentzahl
workspace-assign-k-invalid = “{ $value }” ist keine Anzahl von Annotatoren
workspace-assign-legend = Dokumente Annotatoren zuweisen
workspace-assign-names = Annotatoren (Kontonamen)
# Example account names.
workspace-assign-names-placeholder = alice, bob
workspace-assign-overlap = Überlappung (% der Dokumente)
workspace-assign-k = Annotatoren je überlappendem Dokument
workspace-assign-auto = Alle automatisch zuweisen
workspace-assign-selected = { $n } ausgewählte diesen Annotatoren zuweisen

## Workspace: a document's row

workspace-select-doc = { $title } auswählen
workspace-open-badge = (geöffnet)
workspace-new-title = Neuer Titel
workspace-status-of = Status von { $title }
workspace-open = Öffnen
workspace-rename = Umbenennen
workspace-duplicate = Duplizieren
workspace-delete = Löschen

## Workspace: storage usage

workspace-storage = Speicher
workspace-storage-used = Belegter Speicher
# $used and $quota are sizes (“12.5 KB”), $percent has one decimal.
workspace-usage-of-quota = { $used } von etwa { $quota } belegt ({ $percent } %)
workspace-usage = { $used } belegt
workspace-usage-unknown = Speicherbelegung unbekannt: { $error }

## Workspace: adding documents

workspace-add-heading = Dokument hinzufügen
workspace-add-title = Titel
workspace-add-text = Text
workspace-add-submit = Dokument hinzufügen
workspace-open-files = Dateien öffnen (.txt, .md, .html, .json, .jsonl …)
workspace-drop-hint = Sie können Dateien auch an beliebiger Stelle auf das Fenster ziehen.

## Workspace: recovery of entries set aside

workspace-recovery = Wiederherstellung
workspace-recovery-list-failed = Zurückgestellte Einträge konnten nicht aufgelistet werden: { $error }
workspace-recovery-none = Nichts wurde zurückgestellt: Jeder gespeicherte Eintrag war lesbar.
workspace-recovery-intro = Diese gespeicherten Einträge waren nicht lesbar und wurden zurückgestellt. Laden Sie sie herunter, um ihren Inhalt von Hand zu retten, oder verwerfen Sie sie.
workspace-recovery-download = Herunterladen
workspace-download-failed = Herunterladen fehlgeschlagen: { $error }
workspace-recovery-discard = Verwerfen
workspace-recovery-confirm = Verwerfen bestätigen
workspace-recovery-discard-question = Endgültig verwerfen?
workspace-recovery-yes = Ja, verwerfen
workspace-recovery-keep = Behalten
workspace-not-discarded = Nicht verworfen: { $error }

## Transfer: start (offline files, share links)

transfer-update-available = Eine neue Version von Spandrel ist verfügbar — laden Sie die Seite neu, um sie zu verwenden.
transfer-offline-install-failed = Offline-Nutzung ist aus: Die Offline-Dateien konnten nicht installiert werden ({ $error }).
transfer-offline-off = Offline-Nutzung ist aus: { $error }.
transfer-link-not-opened = Der geteilte Link konnte nicht geöffnet werden: { $error }
transfer-link-invalid = Der geteilte Link konnte nicht geöffnet werden: { $error }. Stattdessen wurde Ihr eigener Arbeitsbereich geöffnet; darin wurde nichts geändert.

## Transfer: the header's buttons

transfer-read-only-banner = Geteiltes Dokument — schreibgeschützt
transfer-save-copy = Kopie in meinem Arbeitsbereich speichern
transfer-import = Importieren
transfer-export = Exportieren
transfer-share = Teilen

## Transfer: export

transfer-no-document = kein Dokument ist geöffnet
transfer-storage-unavailable = in diesem Browser ist kein Speicher verfügbar
# A document that could not be loaded: its id, then why.
transfer-doc-not-loaded = “{ $id }”: { $error }
transfer-none-done = noch kein Dokument ist als erledigt markiert
transfer-exported = { $docs ->
    [one] { $docs } Dokument in { $files } Datei(en) exportiert ({ $format }).
   *[other] { $docs } Dokumente in { $files } Datei(en) exportiert ({ $format }).
}
transfer-export-failed = Export fehlgeschlagen: { $error }
transfer-export-title = Exportieren
transfer-export-what = Was
transfer-scope-current = Aktuelles Dokument
transfer-scope-all = Gesamter Arbeitsbereich
transfer-scope-done = Nur erledigte Dokumente
transfer-scope-count = { $n ->
    [one] ({ $n } Dokument)
   *[other] ({ $n } Dokumente)
}
transfer-format = Format
transfer-export-format = Exportformat
transfer-include-suggestions = Vorschläge einschließen
transfer-include-rejected = Abgelehnte Spans einschließen
transfer-lossy-hint = Dieses Format bewahrt Text, Spans und Labels; Notizen, Zustände oder Relationen bleiben eventuell nicht alle erhalten (siehe README).
transfer-download = Herunterladen

## Transfer: share by link

transfer-share-title = Per Link teilen
transfer-share-intro = Wer den Link hat, sieht dieses Dokument schreibgeschützt; das Dokument steckt im Link selbst, kein Server ist beteiligt.
transfer-include-pending = Offene Vorschläge einschließen
transfer-no-link = Es kann kein Link erstellt werden: { $error }
transfer-link = Link
transfer-link-length = { $n ->
    [one] { $n } Zeichen
   *[other] { $n } Zeichen
}
transfer-link-copied = Link kopiert
transfer-copy-failed = Der Link konnte nicht kopiert werden ({ $error }); markieren Sie ihn im Linkfeld und kopieren Sie ihn selbst.
transfer-copy-link = Link kopieren
transfer-download-instead = Stattdessen als Spandrel-Datei herunterladen

## Transfer: import

transfer-import-title = Importieren
transfer-import-unreadable = Import: “{ $name }” konnte nicht gelesen werden: { $error }
transfer-files = Dateien (oder hierher ziehen)
transfer-reading = wird gelesen…
transfer-import-format = Importformat
transfer-detect = Automatisch erkennen
transfer-plain-text = Reiner Text (die Dateien unverändert)
transfer-offsets = Offsets
transfer-offset-unit = Offset-Einheit
transfer-offsets-as-format = Wie im Format angegeben
transfer-code-points = Codepunkte
transfer-utf16 = UTF-16-Codeeinheiten
transfer-choose-files = Wählen Sie eine oder mehrere Dateien. Nichts wird hinzugefügt, bevor Sie bestätigen.
transfer-import-button = Importieren
# $formats: format names (“CoNLL”, “JSON”…).
transfer-problems = { $n ->
    [one] Diese Dateien können nicht als { $formats } importiert werden: { $n } Problem. Nichts wurde geändert.
   *[other] Diese Dateien können nicht als { $formats } importiert werden: { $n } Probleme. Nichts wurde geändert.
}
transfer-import-partial = Gültigen Teil importieren
transfer-read-as = { $n ->
    [one] Als { $formats } gelesen: { $n } Dokument zum Hinzufügen.
   *[other] Als { $formats } gelesen: { $n } Dokumente zum Hinzufügen.
}
# After a document's title.
transfer-doc-spans = { $n ->
    [one] — { $n } Span
   *[other] — { $n } Spans
}
transfer-add-labels = Diese Labels dem Schema hinzufügen:
transfer-warnings = Warnungen:

## A document's status, as the Documents screen shows it (keys: the stored value)

workspace-status-label = { $status ->
    [new] Neu
    [inprogress] In Bearbeitung
    [done] Erledigt
   *[skipped] Übersprungen
}

## Sharing: advice on the link's length

transfer-advice-ok = Dieser Link kann überall eingefügt werden.
transfer-advice-long = Dieser Link ist lang: Chat-Apps und E-Mail können ihn abschneiden. Senden Sie ihn besser als Datei oder teilen Sie ohne Vorschläge.
transfer-advice-too-long = Dieses Dokument ist zu groß für einen Link: Browser lehnen ihn ab. Exportieren Sie es stattdessen als Datei.
