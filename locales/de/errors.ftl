# Machine-drafted translation from English (locales/en/errors.ftl); a native speaker's review is welcome.
# Spandrel-Meldungen: Fehler (Deutsch).
# Core's errors, as `src/errors.rs` shows them; usually inside another message's { $error }, so they start
# in lower case. Arguments are data: $reason, $message, $error, $what, $step and $first come from a parser,
# the browser, the server or the program (in English), and are shown as they are.


## Links zum Teilen

error-share-empty = der Link enthält kein Dokument (der Teil nach '#' ist leer)
# $pos: a character position in the link.
error-share-bad-base64 = der Link ist beschädigt: Zeichen { $pos } nach '#' ist in einem Link zum Teilen nicht erlaubt
error-share-unsupported-version = dieser Link wurde von einer neueren oder unbekannten Version von Spandrel erstellt (Format { $version }); aktualisieren Sie die App
error-share-truncated = der Link ist abgeschnitten; kopieren Sie den ganzen Link noch einmal
error-share-not-a-link = das ist kein Spandrel-Link zum Teilen: er beginnt nicht wie einer (beschädigt oder aus einem anderen Werkzeug)
error-share-decompress = der Link ist beschädigt und kann nicht entpackt werden: { $reason }
error-share-too-large = { $limit ->
    [one] das geteilte Dokument ist entpackt größer als { $limit } Byte, was Spandrel ablehnt
   *[other] das geteilte Dokument ist entpackt größer als { $limit } Bytes, was Spandrel ablehnt
}
# $field: the name of a field of the link's data.
error-share-malformed = der Link ist beschädigt: das Feld '{ $field }' ist ungültig
error-share-invalid-span = der Link ist beschädigt: Span Nr. { $index } ist ungültig ({ $reason })
error-share-invalid-relation = der Link ist beschädigt: Relation Nr. { $index } ist ungültig ({ $reason })
# $id: an annotation's number.
error-share-bad-annotation = Annotation { $id } kann nicht geteilt werden: { $reason }

## Textdateien, die nicht gelesen werden können ($name: der Dateiname; $offset: eine Byte-Position darin)

error-decode-invalid-utf8 = “{ $name }” ist kein gültiges UTF-8 (ungültiges Byte an Position { $offset }); die Datei verwendet vielleicht eine ältere Kodierung wie Windows-1252 — speichern Sie sie als UTF-8 und öffnen Sie sie erneut
error-decode-odd-utf16-length = “{ $name }” gibt sich als UTF-16 aus, hat aber eine ungerade Anzahl Bytes ({ $len }); das letzte Byte, an Position { $offset }, ist unvollständig
error-decode-invalid-utf16 = “{ $name }” ist kein gültiges UTF-16 (einzelnes Surrogat an Byte-Position { $offset })
error-decode-binary = “{ $name }” enthält ein NUL-Zeichen an Byte-Position { $offset }: das sieht nach einer Binärdatei aus oder nach UTF-16 ohne Byte-Order-Mark — speichern Sie sie als UTF-8
error-decode-pdf = “{ $name }” ist ein PDF: sein Text wird im Browser gelesen (pdf.js), öffnen Sie es also in der App; exportieren Sie es dort als Spandrel-JSON, um es hier zu verwenden
error-pdf-no-text = es hat keine Textebene (eine gescannte Seite?): Spandrel liest den Text, den ein PDF enthält, und hat keine Texterkennung
error-pdf-bad-item = Seite { $page } hat ein Textelement, dessen Position oder Größe keine Zahl ist
error-pdf-no-page = Seite { $page } gehört nicht zu diesem Dokument
error-pdf-differs = Seite { $page } liest sich anders als der Text des Dokuments (das PDF ist nicht das, aus dem dieses Dokument stammt)
error-pdf-password = es ist passwortgeschützt
error-pdf-invalid = es ist kein lesbares PDF ({ $reason })
error-pdf-missing = die PDF-Datei ist in diesem Browser nicht gespeichert

## Der Arbeitsbereich im Browserspeicher ($id: die Kennung eines Dokuments; $what: was gespeichert werden sollte, auf Englisch)

error-storage-quota-exceeded = { $needed ->
    [one] nicht genug Browserspeicher, um { $what } zu speichern ({ $needed } Byte mehr nötig); nichts zuvor Gespeichertes wurde verändert. Löschen oder exportieren Sie einige Dokumente, um Platz zu schaffen
   *[other] nicht genug Browserspeicher, um { $what } zu speichern ({ $needed } Bytes mehr nötig); nichts zuvor Gespeichertes wurde verändert. Löschen oder exportieren Sie einige Dokumente, um Platz zu schaffen
}
error-storage-conflict = Dokument “{ $id }” wurde anderswo geändert (wahrscheinlich in einem anderen Tab) und hat jetzt Revision { $revision }; führen Sie die beiden Versionen zusammen, bevor Sie speichern
error-storage-not-found = Dokument “{ $id }” gibt es in diesem Arbeitsbereich nicht
error-storage-already-exists = ein Dokument mit der Kennung “{ $id }” gibt es bereits
error-storage-corrupt = Dokument “{ $id }” konnte nicht gelesen werden: { $reason }
error-storage-invalid-document = Dokument “{ $id }” kann nicht gespeichert werden: { $reason }
error-storage-store = { $what } konnte nicht gespeichert werden: { $message }
error-storage-rollback-failed = das Speichern von { $what } ist fehlgeschlagen ({ $error }), und auch das Wiederherstellen der vorigen Version ist fehlgeschlagen ({ $rollback }); exportieren Sie Ihre Arbeit jetzt
# $key: the storage key the old data stays under.
error-storage-migration-failed = der alte Arbeitsbereich konnte nicht aktualisiert werden ({ $reason }); die alten Daten liegen unverändert unter “{ $key }”
# Adding documents stopped: $title: the document that could not be saved; $cause: why (one of the messages above).
error-add = “{ $title }” konnte nicht gespeichert werden ({ $cause }); es wurde nichts hinzugefügt
# The same, when $n of the $added documents saved before could not be deleted again: $ids, and why the first was not ($first).
error-add-left-behind = { $n ->
    [one] “{ $title }” konnte nicht gespeichert werden ({ $cause }); es wurde nichts hinzugefügt, aber { $n } der { $added } zuvor gespeicherten Dokumente konnte nicht zurückgenommen werden ({ $ids }: { $first }); löschen Sie es unter Dokumente
   *[other] “{ $title }” konnte nicht gespeichert werden ({ $cause }); es wurde nichts hinzugefügt, aber { $n } der { $added } zuvor gespeicherten Dokumente konnten nicht zurückgenommen werden ({ $ids }: { $first }); löschen Sie sie unter Dokumente
}
# Browser storage itself ($key: a storage key).
error-store-quota-exceeded = { $needed ->
    [one] der Browserspeicher ist voll: das Schreiben von “{ $key }” braucht { $needed } Byte mehr, als das Kontingent erlaubt
   *[other] der Browserspeicher ist voll: das Schreiben von “{ $key }” braucht { $needed } Bytes mehr, als das Kontingent erlaubt
}
error-store-unavailable = der Browserspeicher ist nicht verfügbar: { $reason }
error-store-failed = der Browserspeicher ist bei “{ $key }” fehlgeschlagen: { $message }
error-ws-unavailable = In diesem Browser ist kein Speicher verfügbar; Änderungen werden in diesem Tab nicht gespeichert.

## Export und Import ($doc: die Kennung eines Dokuments)

error-export-bad-span = Dokument “{ $doc }”: Annotation { $id } hat die Positionen { $start }..{ $end } außerhalb des Textes
# $format: a format's name (“CoNLL”, “spaCy”…).
error-export-empty = { $format } enthält genau ein Dokument pro Dateisatz, und es gibt keines zu exportieren
error-export-json = JSON konnte nicht geschrieben werden: { $reason }
# $error: why its word boundaries cannot be used (one of the error-word-breaks messages).
error-export-words = Dokument “{ $doc }”: { $error }
# An import refused: how many problems, and the first one ($first: where, and what the parser said).
error-import-report = { $n ->
    [one] { $n } Problem in den Eingabedaten; das erste: { $first }
   *[other] { $n } Probleme in den Eingabedaten; das erste: { $first }
}
# A file that adds nothing: its first problem, and how many more it has.
error-intake-failure-more = { $more ->
    [one] { $first } (und { $more } weiteres Problem)
   *[other] { $first } (und { $more } weitere Probleme)
}

## Sync ($what: was abgelehnt oder angefragt wurde, auf Englisch; $status: ein HTTP-Statuscode)

error-sync-wrong-password = der Sync-Server hat das Passwort für “{ $user }” nicht angenommen (falscher Benutzername oder falsches Passwort); es wurde nichts gesendet, Ihre Arbeit bleibt hier erhalten
error-sync-forbidden = Keine Berechtigung: der Sync-Server lässt Sie { $what } nicht ändern; Ihre Version bleibt hier erhalten
# $role: the role the settings name, in English (“a lead”).
error-sync-no-read-access = Keine Berechtigung: der Sync-Server lässt Sie { $what } nicht lesen. Laut Ihren Sync-Einstellungen sind Sie { $role } dieses Projekts; wählen Sie die Rolle, die Ihnen die Projektleitung gegeben hat (Ihre Arbeit bleibt hier erhalten)
# $first: why the first change was refused; “Sync now” is the button of the sync settings.
error-sync-still-refused = { $count ->
    [one] { $first } ({ $count } abgelehnte Änderung hier aufbewahrt; wird erneut gesendet, wenn sie sich ändert, oder mit “Jetzt synchronisieren”)
   *[other] { $first } ({ $count } abgelehnte Änderungen hier aufbewahrt; werden erneut gesendet, wenn sie sich ändern, oder mit “Jetzt synchronisieren”)
}
error-sync-unreachable = { $waiting ->
    [one] der Sync-Server ist nicht erreichbar ({ $reason }); { $waiting } Änderung wartet hier und wird gesendet, sobald er antwortet
   *[other] der Sync-Server ist nicht erreichbar ({ $reason }); { $waiting } Änderungen warten hier und werden gesendet, sobald er antwortet
}
error-sync-quota = der Sync-Server hat abgelehnt, mehr zu speichern (HTTP { $status }: Kontingent oder Größenlimit); Ihre Arbeit bleibt hier erhalten
# $bucket: the project's name.
error-sync-project-not-found = das Projekt “{ $bucket }” gibt es auf dem Sync-Server nicht, oder Sie sind kein Mitglied
error-sync-server-unavailable = der Sync-Server ist nicht verfügbar (HTTP { $status }); Ihre Arbeit bleibt hier erhalten und wird später gesendet
# The same, with the server's own message.
error-sync-server-unavailable-message = der Sync-Server ist nicht verfügbar (HTTP { $status }: { $message }); Ihre Arbeit bleibt hier erhalten und wird später gesendet
error-sync-conflict = { $what } hat sich auf dem Server während des Zusammenführens immer wieder geändert; synchronisieren Sie erneut
error-sync-unexpected = der Sync-Server hat auf { $what } mit HTTP { $status } geantwortet
error-sync-unexpected-message = der Sync-Server hat auf { $what } mit HTTP { $status } geantwortet: { $message }
error-sync-bad-record = der Sync-Server hat etwas gesendet, das kein gültiges { $what } ist: { $reason }
error-sync-bad-config = Sync-Einstellungen: { $reason }
# The sync state kept in this browser ($key: its storage key).
error-state-store = die Sync-Warteschlange konnte nicht im Browserspeicher gespeichert werden ({ $error }); die Dokumente selbst sind gespeichert
error-state-corrupt = der gespeicherte Sync-Zustand “{ $key }” konnte nicht gelesen werden ({ $reason }); er wurde an seinem Platz belassen
# A request that got no answer ($reason: the browser's words).
error-http-network = keine Verbindung zum Server: { $reason }
error-http-timeout = der Server hat nicht rechtzeitig geantwortet
error-http-blocked = die Anfrage wurde vom Browser blockiert: { $reason }

## Ein Projekt auf dem Sync-Server einrichten ($bucket: der Projektname; $user: ein Kontoname)

error-setup-wrong-password = der Sync-Server hat das Passwort für “{ $user }” nicht angenommen; es wurde nichts angelegt
error-setup-not-allowed = “{ $user }” darf auf diesem Sync-Server keine Projekte anlegen (nur sein Administrator darf das); es wurde nichts angelegt
# “update the existing project” is the set-up form's checkbox.
error-setup-exists = ein Projekt namens “{ $bucket }” gibt es auf dem Sync-Server bereits; wählen Sie einen anderen Namen oder kreuzen Sie “Bestehendes Projekt aktualisieren” an, um seine Mitglieder zu ändern; es wurde nichts angelegt
# $names: the missing accounts, each one as error-setup-account-name says, separated by commas; $n: how many.
error-setup-no-such-account = { $n ->
    [one] auf dem Sync-Server gibt es kein Konto namens { $names } (jedes Mitglied legt zuerst sein eigenes an, in den Sync-Einstellungen); es wurde nichts angelegt
   *[other] auf dem Sync-Server gibt es keine Konten namens { $names } (jedes Mitglied legt zuerst sein eigenes an, in den Sync-Einstellungen); es wurde nichts angelegt
}
error-setup-account-name = “{ $name }”
error-setup-bad-name = der Projektname “{ $name }” darf nur Buchstaben, Ziffern, '_' und '-' enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen; es wurde nichts angelegt
error-setup-cannot-read = “{ $user }” darf die Mitglieder des Projekts “{ $bucket }” nicht lesen (nur der Administrator des Servers und die Leitung des Projekts dürfen das), oder es gibt kein solches Projekt; es wurde nichts geändert
# $step: what the set-up was doing (in English); $made: error-setup-made-nothing or error-setup-made-so-far.
error-setup-unreachable = der Sync-Server ist nicht erreichbar ({ $reason }) beim Schritt: { $step }; { $made }
error-setup-refused = der Sync-Server hat mit HTTP { $status } geantwortet beim Schritt: { $step }; { $made }
error-setup-refused-message = der Sync-Server hat mit HTTP { $status } geantwortet beim Schritt: { $step } ({ $message }); { $made }
error-setup-made-nothing = es wurde nichts angelegt
# $made: the parts made, separated by commas (in English).
error-setup-made-so-far = bisher angelegt: { $made }; richten Sie es mit angekreuztem “Bestehendes Projekt aktualisieren” erneut ein, um es abzuschließen

## Goldversion, Adjudikation, Zuweisung

error-gold-other-text = diese Version wurde auf einem anderen Text des Dokuments erstellt, ihre Positionen zeigen also nicht auf dieselben Wörter wie die der Goldversion
# $start, $end: character positions; $len: the text's length in characters.
error-gold-out-of-range = { $len ->
    [one] der Span { $start }–{ $end } liegt außerhalb des Dokumenttextes ({ $len } Zeichen)
   *[other] der Span { $start }–{ $end } liegt außerhalb des Dokumenttextes ({ $len } Zeichen)
}
# $index: a disagreement's number.
error-adjudication-unknown-disagreement = { $count ->
    [one] Entscheidung für Abweichung Nr. { $index }, aber es gibt nur { $count } Abweichung
   *[other] Entscheidung für Abweichung Nr. { $index }, aber es gibt nur { $count } Abweichungen
}
error-adjudication-duplicate-decision = Abweichung Nr. { $index } hat zwei Entscheidungen
error-assign-no-annotators = es gibt keinen Annotator, dem Dokumente zugewiesen werden können
error-assign-bad-share = der Überlappungsanteil muss zwischen 0 und 100 % liegen, nicht { $share }
error-assign-bad-overlap-k = die Annotatoren je überlappendem Dokument müssen mindestens 2 sein, nicht { $k }

## Bearbeiten: Positionen, Wortgrenzen, Änderungen und Labels ($pos, $prev, $start, $end: Positionen im Text)

# An offset that cannot be used; $len: the text's length in the unit the message names.
error-offset-out-of-range-code-points = { $len ->
    [one] Position { $pos } liegt hinter dem Ende des Textes ({ $len } Codepunkt)
   *[other] Position { $pos } liegt hinter dem Ende des Textes ({ $len } Codepunkte)
}
error-offset-out-of-range-utf16 = { $len ->
    [one] Position { $pos } liegt hinter dem Ende des Textes ({ $len } UTF-16-Codeeinheit)
   *[other] Position { $pos } liegt hinter dem Ende des Textes ({ $len } UTF-16-Codeeinheiten)
}
error-offset-out-of-range-bytes = { $len ->
    [one] Position { $pos } liegt hinter dem Ende des Textes ({ $len } Byte)
   *[other] Position { $pos } liegt hinter dem Ende des Textes ({ $len } Bytes)
}
error-offset-splits-utf8 = Byte-Position { $pos } liegt innerhalb eines UTF-8-Zeichens
error-offset-splits-surrogate = UTF-16-Position { $pos } liegt zwischen den beiden Hälften eines Surrogatpaars
error-offset-reversed = der Bereich { $start }..{ $end } ist umgekehrt
# Word boundaries given by the browser's word segmenter; $error: one of the error-offset messages.
error-word-breaks-offset = Wortgrenze: { $error }
error-word-breaks-unsorted = Wortgrenze { $pos } liegt vor der vorherigen ({ $prev }): Grenzen müssen aufsteigend geordnet sein
error-word-breaks-bad-segmenter = die Wortsegmentierung hat die Byte-Position { $pos } geliefert, die keine Zeichengrenze ihrer Eingabe ist
# A change to the document that was refused (nothing was changed); $len: the text's length in characters.
error-edit-empty-span = die Auswahl { $start }..{ $end } ist leer: wählen Sie mindestens ein Zeichen aus
error-edit-out-of-range = { $len ->
    [one] der Span { $start }..{ $end } reicht über das Ende des Textes hinaus ({ $len } Zeichen)
   *[other] der Span { $start }..{ $end } reicht über das Ende des Textes hinaus ({ $len } Zeichen)
}
error-edit-splits-grapheme = der Span { $start }..{ $end } teilt an Position { $pos } ein Zeichen in zwei; erweitern Sie ihn auf ganze Zeichen
# $existing, $id, $from, $to: annotations' or relations' numbers; $label: a label's name; $kind: a relation type.
error-edit-duplicate = Annotation Nr. { $existing } markiert { $start }..{ $end } bereits als { $label }
error-edit-unknown-annotation = Annotation Nr. { $id } existiert nicht (sie wurde vielleicht entfernt)
error-edit-unknown-relation = Relation Nr. { $id } existiert nicht (sie wurde vielleicht entfernt)
error-edit-self-relation = eine Relation kann Annotation Nr. { $id } nicht mit sich selbst verbinden
error-edit-duplicate-relation = eine Relation “{ $kind }” von Nr. { $from } zu Nr. { $to } existiert bereits
error-edit-empty-label = der Labelname ist leer
error-edit-empty-relation-type = der Relationstyp ist leer
error-edit-empty-attribute-key = der Attributname ist leer
# One change of several made together was refused: $item: its place among them (from 1); $error: why (a message above).
error-edit-in-batch = Element { $item } des Stapels: { $error }
error-edit-not-a-suggestion = Annotation { $id } ist kein offener Vorschlag
# A label that cannot be added or renamed ($existing, $name: labels' names).
error-label-empty = der Labelname ist leer
error-label-duplicate = ein Label namens { $existing } existiert bereits
error-label-unknown = es gibt kein Label namens { $name }
