# Machine-drafted translation from English (locales/en/actions.ftl); a native speaker's review is welcome.
# Spandrel-Meldungen: Aktionen (Deutsch).


## Agreement

act-agreement-different-text = “{ $name }” annotiert einen anderen Text als “{ $first }” (die Texte unterscheiden sich ab Zeichen { $at }: { $theirs } vs. { $ours } Zeichen). Alle Annotatoren müssen denselben Text annotieren.

## Assigning documents

act-assign-no-documents = es gibt keine Dokumente zum Zuweisen
act-assign-select-first = wählen Sie zuerst die zuzuweisenden Dokumente aus
act-assign-failed = { $n ->
    [one] { $n } Dokument konnte nicht zugewiesen werden: { $error }
   *[other] { $n } Dokumente konnten nicht zugewiesen werden: { $error }
}
# One annotator's load in the summary: a name and how many documents.
act-assign-load = { $who } { $n }
act-assign-loads-none = keine
act-assign-done = { $changed } Dokument(e) auf { $members } Annotator(en) verteilt. Dokumente je Annotator: { $loads }; { $overlapped } Dokument(e) gehen an mehr als einen.

## Corpus work: suggestions prepared ahead, Done → next, Previous / Next

act-corpus-unreadable = Für { $n } Dokument(e) konnten keine Vorschläge vorbereitet werden: { $error }
act-corpus-ahead-failed = Vorschläge konnten nicht im Voraus vorbereitet werden: { $error }
act-corpus-nothing-left = Jedes Dokument ist erledigt oder übersprungen: Es gibt nichts mehr zu tun.
act-corpus-last = Dies ist das letzte Dokument.
act-corpus-first = Dies ist das erste Dokument.
# Announced when a document opens: its place in the corpus and its title.
act-corpus-position = Dokument { $pos } von { $n }: { $title }

## Editing: commands, labels armed, the focused span, the label list

act-edit-read-only = Dieses geteilte Dokument ist schreibgeschützt. Speichern Sie eine Kopie, um es zu bearbeiten.
act-edit-label-disarmed = Label deaktiviert
act-edit-label-armed = { $label } aktiv: Klicken Sie auf ein Wort, um es zu labeln
# The focused span, announced: its label and its text; a suggestion's score has two decimals.
act-edit-describe = { $label } “{ $text }”
act-edit-describe-suggested = { $label } “{ $text }” Vorschlag, Score { $score }
act-edit-describe-rejected = { $label } “{ $text }” abgelehnt
act-edit-label-added = Label { $label } hinzugefügt
act-edit-label-not-added = Das Label wurde nicht hinzugefügt: { $error }.
act-edit-label-not-renamed = Das Label wurde nicht umbenannt: { $error }.

## Suggestions from the extraction worker

act-extract-model-failed = Das Entitätsmodell konnte nicht geladen werden ({ $error }); Vorschläge sind aus.
act-extract-not-added = Die Vorschläge konnten nicht hinzugefügt werden: { $error }
act-extract-added = { $n ->
    [one] { $n } Vorschlag hinzugefügt
   *[other] { $n } Vorschläge hinzugefügt
}

## Learning from the annotator's decisions

act-learn-sources-failed = Vorschläge können nicht aus Ihren früheren Entscheidungen lernen ({ $error }); sie beginnen mit dem mitgelieferten Modell.
act-learn-unreadable = Vorschläge können aus { $n } Ihrer Dokumente nicht lernen (sie waren nicht lesbar): { $error }
act-learn-rebuild-failed = Vorschläge konnten nicht aus Ihren früheren Entscheidungen lernen: { $error }
act-learn-doc-failed = Vorschläge konnten nicht aus diesem Dokument lernen: { $error }
act-learn-follow-failed = Die Vorschläge konnten nicht aktualisiert werden: { $error }
act-learn-refresh-failed = Vorschläge konnten nicht aktualisiert werden: { $error }
act-learn-forget-failed = Das Gelernte der Vorschläge konnte nicht vergessen werden: { $error }
act-learn-forget-storage-failed = Das Gelernte der Vorschläge konnte nicht aus dem Speicher entfernt werden: { $error }
act-learn-forgotten = Die Vorschläge haben ihr Gelerntes vergessen: Sie stammen wieder aus dem mitgelieferten Modell.

## Word boundaries

act-library-segmenter-failed = Wortgrenzen für chinesischen, japanischen oder thailändischen Text sind nicht verfügbar ({ $error }); Auswahlen dort bleiben so, wie Sie sie treffen.

## Opening: boot, open by id, add and open

act-open-quarantined = Ein gespeicherter Eintrag war nicht lesbar und wurde zur Wiederherstellung zurückgestellt: { $reason }
act-open-migrated = Ihre gespeicherte Arbeit wurde von Speicherversion { $version } aktualisiert.
act-open-load-failed = Die gespeicherte Arbeit konnte nicht geladen werden ({ $error }). Änderungen werden in diesem Tab nicht gespeichert.
act-open-not-saved = “{ $title }” konnte nicht gespeichert werden: { $error }
act-open-failed = Das Dokument konnte nicht geöffnet werden: { $error }
act-open-no-storage = In diesem Browser ist kein Speicher verfügbar.
act-open-ahead-failed = Die für dieses Dokument vorbereiteten Vorschläge konnten nicht hinzugefügt werden: { $error }
act-open-predates-unknown = Ob die Vorschläge dieses Dokuments aktuell sind, ist unbekannt: { $error }
act-open-last-open-failed = Welches Dokument geöffnet ist, konnte nicht gespeichert werden: { $error }

## The queue's ranking

act-queue-unreadable = { $n } Dokument(e) konnten für die Rangfolge nicht gelesen werden und behalten ihren Platz im Korpus: { $error }
act-queue-rank-failed = Die Warteschlange konnte nicht sortiert werden (sie behält ihre Reihenfolge): { $error }

## Relations: link mode and relation types

act-relations-cancelled = Verknüpfen abgebrochen
act-relations-no-type = Fügen Sie zuerst einen Relationstyp hinzu (Relationen, “Typ hinzufügen”).
act-relations-linking-from = Verknüpfen von “{ $text }”: Steuern Sie mit Tab den Ziel-Span an und drücken Sie Eingabe, oder klicken Sie ihn an. Esc bricht ab.
act-relations-link-mode = Verknüpfungsmodus: Klicken Sie auf den Quell-Span, dann auf den Ziel-Span. Esc bricht ab.
act-relations-choose-target = Verknüpfen von “{ $text }”: Wählen Sie jetzt den Ziel-Span.
act-relations-same-span = Wählen Sie einen anderen Span als Ziel.
# A link made: the source span's text, the target's, and the relation type.
act-relations-linked = “{ $from }” → “{ $to }” verknüpft ({ $kind })
act-relations-new-source = Verknüpfen von “{ $text }”: Steuern Sie mit Tab den Ziel-Span an und drücken Sie Eingabe.
act-relations-focus-first = Fokussieren Sie zuerst einen Span mit Tab.
act-relations-type-name-first = Geben Sie zuerst einen Namen für den Relationstyp ein.
act-relations-type-exists = Der Relationstyp “{ $kind }” existiert bereits.
act-relations-type-added = Relationstyp “{ $kind }” hinzugefügt

## Review mode

act-review-read-only = Dieses geteilte Dokument ist schreibgeschützt. Speichern Sie eine Kopie, um seine Vorschläge zu prüfen.
act-review-off = Prüfmodus aus
act-review-waiting = Warte auf die Vorschläge dieses Dokuments…
act-review-all-decided = Über jeden Vorschlag dieses Dokuments ist entschieden. Eingabe: Fertig → weiter.
act-review-skipped-left = { $n ->
    [one] { $n } übersprungener Vorschlag übrig. Eingabe: nächstes Dokument; Tab: die übersprungenen erneut fragen.
   *[other] { $n } übersprungene Vorschläge übrig. Eingabe: nächstes Dokument; Tab: die übersprungenen erneut fragen.
}

## Saving and merging with another tab's write

act-save-room-again = Der Speicher hat wieder Platz: Ihre Änderungen sind gespeichert.
act-save-storage-full = Der Speicher ist voll: Ihre letzten Änderungen bleiben auf dem Bildschirm, werden aber nicht gespeichert. Exportieren Sie dieses Dokument (Exportieren) oder löschen Sie nicht mehr benötigte Dokumente; das Speichern wird wiederholt, bis es gelingt.
act-save-failed = Nicht gespeichert: { $error }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-save-leftovers-lost = Was beim Zusammenführen mit einem anderen Tab nicht eingeordnet werden konnte, ließ sich nicht aufbewahren ({ $error }); es lautet: { $json }
act-save-merged = Änderungen aus einem anderen Tab wurden mit Ihren zusammengeführt.
# $conflicts: the first five conflicts described, joined by “; ”; $more: act-save-conflicts-more or
# nothing; $aside: act-save-conflicts-aside or nothing.
act-save-conflicts = Dieses Dokument wurde auch in einem anderen Tab geändert; beide Änderungen wurden behalten. { $conflicts }{ $more }.{ $aside }
act-save-conflicts-more = { " " }(und { $n } weitere)
act-save-conflicts-aside = { " " }Was nicht eingeordnet werden konnte, wurde zurückgestellt: Unter Dokumente → Wiederherstellung können Sie es herunterladen.
act-save-settings-failed = Einstellungen nicht gespeichert: { $error }

## Export and shared links

act-transfer-words-failed = die Wörter von “{ $title }” konnten nicht ermittelt werden ({ $error })
act-transfer-copy-saved = “{ $title }” wurde in Ihrem Arbeitsbereich gespeichert; Sie können es jetzt bearbeiten.

## Team sync: queueing, settings, pulled changes

act-sync-stage-failed = Diese Änderung konnte nicht zur Synchronisierung vorgemerkt werden (sie ist hier gespeichert): { $error }
act-sync-schema-stage-failed = Die Labels konnten nicht für das Projekt vorgemerkt werden (sie sind hier gespeichert): { $error }
act-sync-removal-stage-failed = Das Löschen konnte nicht für das Projekt vorgemerkt werden: { $error }
act-sync-settings-unreadable = die in diesem Browser gespeicherten Sync-Einstellungen sind nicht lesbar ({ $error }); geben Sie sie erneut ein
act-sync-online-failed = Sync bemerkt nicht von selbst, wenn das Netzwerk wieder verfügbar ist: { $error }
act-sync-password-unreadable = das gemerkte Passwort konnte nicht gelesen werden: { $error }
act-sync-is-off = Sync ist aus: { $error }
act-sync-enter-password = geben Sie das Passwort Ihres Kontos auf dem Sync-Server ein
act-sync-settings-not-written = die Einstellungen konnten nicht geschrieben werden: { $error }
act-sync-settings-not-kept = die Einstellungen konnten nicht aufbewahrt werden: { $error }
act-sync-password-not-remembered = Das Passwort konnte für diesen Tab nicht gemerkt werden: { $error }
act-sync-settings-not-removed = Die Sync-Einstellungen konnten nicht entfernt werden: { $error }
act-sync-password-not-removed = Das gemerkte Passwort konnte nicht entfernt werden: { $error }
act-sync-off = Sync ist aus
act-sync-retry-failed = Die abgelehnten Änderungen konnten nicht erneut vorgemerkt werden: { $error }
# $key: which record (a document or the labels); $conflicts: the conflicts described, joined by “; ”.
act-sync-merge-conflicts = { $key } wurde auch auf dem Sync-Server geändert; beide Versionen wurden behalten: { $conflicts }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-sync-leftovers-lost = Was beim Zusammenführen mit dem Server nicht eingeordnet werden konnte, ließ sich nicht aufbewahren ({ $error }); es lautet: { $json }
act-sync-removed-unreadable = Ein aus dem Projekt entferntes Dokument konnte hier nicht gelesen werden: { $error }
act-sync-removed-kept = “{ $title }” wurde aus dem Projekt entfernt; Ihre Kopie mit Ihrer Arbeit bleibt in diesem Browser erhalten.
act-sync-removed = “{ $title }” wurde aus dem Projekt entfernt.
act-sync-removed-not-deleted = Ein aus dem Projekt entferntes Dokument konnte hier nicht entfernt werden: { $error }
act-sync-labels-arrived = Die Labels des Projekts sind vom Sync-Server eingetroffen.
act-sync-change-not-saved = Eine Änderung vom Sync-Server konnte hier nicht gespeichert werden: { $error }
act-sync-doc-not-saved = Ein Dokument vom Sync-Server konnte hier nicht gespeichert werden: { $error }
act-sync-change-unreadable = Eine Änderung vom Sync-Server konnte hier nicht gelesen werden: { $error }

## Team sync: the curator's gold version ($who: an annotator's account name)

act-sync-gold-no-version = { $who } hat hier (noch) keine Version dieses Dokuments
act-sync-gold-no-span = dieser Span ist nicht mehr in der Version des Annotators
act-sync-gold-none = es gibt noch keine Goldversion: Übernehmen Sie zuerst eine Version oder einen Span
act-sync-gold-nothing-worked = noch niemand hat an diesem Dokument gearbeitet
act-sync-gold-took-version = Die Version von { $who } ist jetzt die adjudizierte Goldversion.
act-sync-gold-took-span = { $label } “{ $text }” von { $who } ist in der Goldversion.
act-sync-gold-dropped = { $label } aus der Goldversion entfernt.
act-sync-gold-agreed = { $n ->
    [one] Ein Entwurf der Goldversion mit { $n } Span, bei dem alle Annotatoren übereinstimmen.
   *[other] Ein Entwurf der Goldversion mit den { $n } Spans, bei denen alle Annotatoren übereinstimmen.
}
act-sync-gold-marked = Als adjudiziert markiert.
act-sync-gold-reopened = Wieder geöffnet: Die Goldversion ist wieder ein Entwurf.

## Team sync: setting up a project, accounts, the training set

act-sync-project-ready = Projekt “{ $project }” ist bereit: { $leads } Leitung(en), { $annotators } Annotator(en), { $curators } Kurator(en). Jedes Mitglied schaltet damit und mit seiner Rolle Sync ein.
act-sync-setup-stopped = die Einrichtung wurde vor dem Ende abgebrochen
act-sync-account-enter-first = geben Sie zuerst den gewünschten Benutzernamen und das Passwort ein
act-sync-account-created = Konto “{ $user }” erstellt. Bitten Sie die Projektleitung, Sie zum Projekt hinzuzufügen.
act-sync-account-refused = der Sync-Server hat “{ $user }” nicht erstellt: Der Name ist vergeben, oder dieser Server erlaubt keine Kontoerstellung
# $status: the HTTP status code; $message: what the server said.
act-sync-account-http = der Sync-Server antwortete auf das neue Konto mit HTTP { $status }: { $message }
act-sync-unreachable = der Sync-Server ist nicht erreichbar: { $error }
act-sync-nothing-worked = an noch keinem Dokument des Projekts wurde gearbeitet

## The Documents screen: adding files and text, rename, status, duplicate, delete, other tabs

act-workspace-file-not-added = “{ $file }” wurde nicht hinzugefügt: { $error }. Nichts wurde gespeichert.
act-workspace-import-as-text = Als reinen Text importieren
# $needed, $free: sizes (act-workspace-size-…); $fit: how many documents would fit.
act-workspace-no-room = Diese { $n } Dokumente benötigen etwa { $needed } Browserspeicher, aber nur { $free } sind frei (dieser Browser bietet etwa 10 MB pro Website): Nichts wurde importiert. Teilen Sie die Datei in Teile mit höchstens { $fit } Dokumenten, oder exportieren Sie fertige Dokumente (Exportieren → Gesamter Arbeitsbereich) und löschen Sie sie, um Platz zu schaffen.
act-workspace-importing = Import: { $saved } von { $total } Dokumenten gespeichert
# $labels: the new labels' names, joined by “, ”.
act-workspace-new-labels = Neue Labels aus der Datei: { $labels }.
# $titles: the first five titles, each in “ ”, joined by “, ”; $more: act-workspace-added-more or nothing.
act-workspace-added = { $n ->
    [one] { $n } Dokument hinzugefügt: { $titles }{ $more }.
   *[other] { $n } Dokumente hinzugefügt: { $titles }{ $more }.
}
act-workspace-added-more = { " " }und { $n } weitere
act-workspace-added-count = { $n ->
    [one] { $n } Dokument hinzugefügt
   *[other] { $n } Dokumente hinzugefügt
}
act-workspace-paste-empty = Fügen Sie Text ein oder tippen Sie ihn, um ein Dokument hinzuzufügen.
act-workspace-added-one = “{ $title }” hinzugefügt.
act-workspace-title-needed = Ein Dokument braucht einen Titel.
act-workspace-not-renamed = Nicht umbenannt: { $error }
# A document status inside a sentence (“Marked 3 document(s) as done.”).
act-workspace-status-name = { $status ->
    [new] neu
    [inprogress] in Bearbeitung
    [done] erledigt
   *[skipped] übersprungen
}
act-workspace-not-marked = { $n ->
    [one] { $n } Dokument konnte nicht als { $status } markiert werden: { $error }
   *[other] { $n } Dokumente konnten nicht als { $status } markiert werden: { $error }
}
act-workspace-marked = { $n ->
    [one] { $n } Dokument als { $status } markiert.
   *[other] { $n } Dokumente als { $status } markiert.
}
act-workspace-status-not-changed = Status nicht geändert: { $error }
act-workspace-duplicated = Dokument dupliziert
act-workspace-not-duplicated = Nicht dupliziert: { $error }
act-workspace-not-deleted = Nicht gelöscht: { $error }
act-workspace-deleted = “{ $title }” gelöscht
act-workspace-restored = “{ $title }” wiederhergestellt
act-workspace-not-restored = “{ $title }” konnte nicht wiederhergestellt werden: { $error }
act-workspace-reread-failed = Die Dokumentliste konnte nicht neu gelesen werden: { $error }
act-workspace-deleted-elsewhere = “{ $title }” wurde in einem anderen Tab gelöscht. Es bleibt hier geöffnet; bearbeiten Sie es, um es erneut zu speichern, oder öffnen Sie ein anderes Dokument.
act-workspace-other-tab-unreadable = Die Änderung aus einem anderen Tab konnte nicht gelesen werden: { $error }
act-workspace-other-tab-unlisted = Ein in einem anderen Tab geändertes Dokument konnte nicht aufgelistet werden: { $error }
act-workspace-other-tab-labels = In einem anderen Tab geänderte Labels konnten nicht gelesen werden: { $error }
# A size: $size has one decimal.
act-workspace-size-mb = { $size } MB
act-workspace-size-kb = { $size } KB
act-workspace-size-bytes = { $n } Byte

## The keyboard

key-selected = “{ $text }” ausgewählt
key-selection-failed = Diese Auswahl konnte nicht verwendet werden: { $error }
