# Machine-drafted translation from English (locales/en/workspace.ftl); a native speaker's review is welcome.
# Spandrel messages: workspace (French).


## Espace de travail : les écouteurs de la fenêtre (autres onglets, sortie de la page, fichiers déposés sur la fenêtre)

workspace-other-tabs-off = Les modifications faites dans d'autres onglets n'apparaîtront ici qu'après rechargement ({ $error }).
workspace-unload-guard-off = La fermeture de l'onglet n'avertira pas des modifications non enregistrées ({ $error }).
workspace-page-hidden-off = Les modifications faites juste avant de quitter la page risquent de ne pas être enregistrées ({ $error }).
workspace-window-drop-off = Impossible de déposer des fichiers sur la fenêtre ({ $error }) ; utilisez Mes documents → Ouvrir des fichiers.
workspace-read-only-add = Ce document partagé est en lecture seule. Enregistrez-en une copie dans votre espace de travail avant d'ajouter des fichiers.
workspace-file-unreadable = “{ $name }” n'a pas pu être lu : { $error }

## Espace de travail : l'écran Documents

workspace-heading = Documents
workspace-storage-unavailable = Le stockage du navigateur est indisponible : impossible de lister ou d'enregistrer des documents dans cet onglet.

## Espace de travail : documents supprimés (annulation)

workspace-deleted = “{ $title }” supprimé.
workspace-restore = Restaurer

## Espace de travail : filtres, tri et statut en lot

workspace-filters = Filtrer les documents
workspace-filter-status = Statut
workspace-filter-by-status = Filtrer par statut
workspace-status-any = Tous
workspace-status-not-done = Non terminés
workspace-status-to-do = À traiter (nouveaux ou en cours)
workspace-filter-label = Étiquette
workspace-filter-by-label = Filtrer par étiquette
workspace-label-any = Toutes
workspace-filter-text = Texte
workspace-filter-by-text = Filtrer par texte
workspace-filter-text-placeholder = titre ou texte
workspace-sort = Trier
workspace-sort-documents = Trier les documents
workspace-sort-position = Ordre du corpus
workspace-sort-modified = Dernière modification
workspace-doc-count = { $n ->
    [one] { $n } document
   *[other] { $n } documents
}
workspace-doc-count-matching = { $n ->
    [one] { $n } document sur { $total } correspond
   *[other] { $n } documents sur { $total } correspondent
}
# Followed by the number selected, then “as” and a button per status.
workspace-mark = Marquer
workspace-selected = { $n ->
    [one] { $n } sélectionné
   *[other] { $n } sélectionnés
}
workspace-mark-as = comme
# Followed by a button per status.
workspace-mark-all-matching = Marquer tous ceux qui correspondent comme
# Said to screen readers; $status is the status's name in lower case.
workspace-marking = Application du statut { $status } à { $n ->
    [one] { $n } document
   *[other] { $n } documents
}

## Espace de travail : le tableau des documents

workspace-table-caption = Documents dans ce navigateur
workspace-select-page = Tout sélectionner sur cette page
workspace-col-title = Titre
workspace-col-labels = Étiquettes
workspace-col-suggestions = Suggestions acceptées / en attente
workspace-col-status = Statut
workspace-col-modified = Modifié le
workspace-col-actions = Actions
workspace-col-assigned = Attribué à
workspace-empty = Aucun document pour l'instant : ajoutez-en un ci-dessous.
workspace-no-match = Aucun document ne correspond au filtre.
workspace-pages = Pages
workspace-previous-page = ◀ Page précédente
workspace-page-of = Page { $page } sur { $pages }
workspace-next-page = Page suivante ▶

## Espace de travail : attribuer des documents aux annotateurs (un responsable synchronisé)

workspace-assign-overlap-invalid = le chevauchement “{ $value }” n'est pas un pourcentage
workspace-assign-k-invalid = “{ $value }” n'est pas un nombre d'annotateurs
workspace-assign-legend = Attribuer des documents aux annotateurs
workspace-assign-names = Annotateurs (noms de compte)
# Example account names.
workspace-assign-names-placeholder = alice, bob
workspace-assign-overlap = Chevauchement (% des documents)
workspace-assign-k = Annotateurs par document en chevauchement
workspace-assign-auto = Tout attribuer automatiquement
workspace-assign-selected = { $n ->
    [one] Attribuer { $n } document sélectionné à ces annotateurs
   *[other] Attribuer { $n } documents sélectionnés à ces annotateurs
}

## Espace de travail : la ligne d'un document

workspace-select-doc = Sélectionner { $title }
workspace-open-badge = (ouvert)
workspace-new-title = Nouveau titre
workspace-status-of = Statut de { $title }
workspace-open = Ouvrir
workspace-rename = Renommer
workspace-duplicate = Dupliquer
workspace-delete = Supprimer

## Espace de travail : utilisation du stockage

workspace-storage = Stockage
workspace-storage-used = Stockage utilisé
# $used and $quota are sizes (“12.5 KB”), $percent has one decimal.
workspace-usage-of-quota = { $used } utilisés sur environ { $quota } ({ $percent } %)
workspace-usage = { $used } utilisés
workspace-usage-unknown = Utilisation du stockage inconnue : { $error }

## Espace de travail : ajouter des documents

workspace-add-heading = Ajouter un document
workspace-add-title = Titre
workspace-add-text = Texte
workspace-add-submit = Ajouter le document
workspace-open-files = Ouvrir des fichiers (.txt, .md, .html, .json, .jsonl …)
workspace-drop-hint = Vous pouvez aussi déposer des fichiers n'importe où sur la fenêtre.

## Espace de travail : récupération des entrées mises de côté

workspace-recovery = Récupération
workspace-recovery-list-failed = Les entrées mises de côté n'ont pas pu être listées : { $error }
workspace-recovery-none = Rien n'a été mis de côté : toutes les entrées stockées ont pu être lues.
workspace-recovery-intro = Ces entrées stockées n'ont pas pu être lues et ont été mises de côté. Téléchargez-les pour récupérer leur contenu à la main, ou supprimez-les.
workspace-recovery-download = Télécharger
workspace-download-failed = Échec du téléchargement : { $error }
workspace-recovery-discard = Supprimer
workspace-recovery-confirm = Confirmer la suppression
workspace-recovery-discard-question = Supprimer définitivement ?
workspace-recovery-yes = Oui, supprimer
workspace-recovery-keep = Garder
workspace-not-discarded = Non supprimé : { $error }

## Transfert : démarrage (fichiers hors ligne, liens de partage)

transfer-update-available = Une nouvelle version de Spandrel est disponible — rechargez la page pour l'utiliser.
transfer-offline-install-failed = L'utilisation hors ligne est désactivée : les fichiers hors ligne n'ont pas pu être installés ({ $error }).
transfer-offline-off = L'utilisation hors ligne est désactivée : { $error }.
transfer-link-not-opened = Le lien partagé n'a pas pu être ouvert : { $error }
transfer-link-invalid = Le lien partagé n'a pas pu être ouvert : { $error }. Votre propre espace de travail a été ouvert à la place ; rien n'y a été modifié.

## Transfert : les boutons de l'en-tête

transfer-read-only-banner = Document partagé — lecture seule
transfer-save-copy = Enregistrer une copie dans mon espace de travail
transfer-import = Importer
transfer-export = Exporter
transfer-share = Partager

## Transfert : export

transfer-no-document = aucun document n'est ouvert
transfer-storage-unavailable = le stockage est indisponible dans ce navigateur
# A document that could not be loaded: its id, then why.
transfer-doc-not-loaded = “{ $id }” : { $error }
transfer-none-done = aucun document n'est encore marqué comme terminé
transfer-exported = { $docs ->
    [one] { $docs } document exporté
   *[other] { $docs } documents exportés
} en { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
} ({ $format }).
transfer-export-failed = Échec de l'export : { $error }
transfer-export-title = Exporter
transfer-export-what = Quoi
transfer-scope-current = Document actuel
transfer-scope-all = Tout l'espace de travail
transfer-scope-done = Documents terminés uniquement
transfer-scope-count = { $n ->
    [one] ({ $n } document)
   *[other] ({ $n } documents)
}
transfer-format = Format
transfer-export-format = Format d'export
transfer-include-suggestions = Inclure les suggestions
transfer-include-rejected = Inclure les segments rejetés
transfer-lossy-hint = Ce format conserve le texte, les segments et les étiquettes ; les notes, les états ou les relations ne sont pas tous conservés (voir le README).
transfer-download = Télécharger

## Transfert : partager par lien

transfer-share-title = Partager par lien
transfer-share-intro = Toute personne disposant du lien voit ce document en lecture seule ; le document voyage dans le lien, aucun serveur n'intervient.
transfer-include-pending = Inclure les suggestions en attente
transfer-no-link = Aucun lien ne peut être créé : { $error }
transfer-link = Lien
transfer-link-length = { $n ->
    [one] { $n } caractère
   *[other] { $n } caractères
}
transfer-link-copied = Lien copié
transfer-copy-failed = Le lien n'a pas pu être copié ({ $error }) ; sélectionnez-le dans le champ Lien et copiez-le vous-même.
transfer-copy-link = Copier le lien
transfer-download-instead = Télécharger plutôt un fichier Spandrel

## Transfert : import

transfer-import-title = Importer
transfer-import-unreadable = Import : “{ $name }” n'a pas pu être lu : { $error }
transfer-files = Fichiers (ou déposez-les ici)
transfer-reading = lecture…
transfer-import-format = Format d'import
transfer-detect = Détecter automatiquement
transfer-plain-text = Texte brut (les fichiers tels quels)
transfer-offsets = Positions
transfer-offset-unit = Unité des positions
transfer-offsets-as-format = Selon le format
transfer-code-points = Points de code
transfer-utf16 = Unités de code UTF-16
transfer-choose-files = Choisissez un ou plusieurs fichiers. Rien n'est ajouté avant votre confirmation.
transfer-import-button = Importer
# $formats: format names (“CoNLL”, “JSON”…).
transfer-problems = { $n ->
    [one] Ces fichiers ne peuvent pas être importés en { $formats } : { $n } problème. Rien n'a été modifié.
   *[other] Ces fichiers ne peuvent pas être importés en { $formats } : { $n } problèmes. Rien n'a été modifié.
}
transfer-import-partial = Importer la partie valide
transfer-read-as = { $n ->
    [one] Lu en { $formats } : { $n } document à ajouter.
   *[other] Lu en { $formats } : { $n } documents à ajouter.
}
# After a document's title.
transfer-doc-spans = { $n ->
    [one] — { $n } segment
   *[other] — { $n } segments
}
transfer-add-labels = Ajouter ces étiquettes au schéma :
transfer-warnings = Avertissements :

## A document's status, as the Documents screen shows it (keys: the stored value)

workspace-status-label = { $status ->
    [new] Nouveau
    [inprogress] En cours
    [done] Terminé
   *[skipped] Passé
}

## Sharing: advice on the link's length

transfer-advice-ok = Ce lien peut être collé n’importe où.
transfer-advice-long = Ce lien est long : les messageries et l’e-mail peuvent le couper. Envoyez-le plutôt en fichier, ou partagez sans les suggestions.
transfer-advice-too-long = Ce document est trop grand pour un lien : les navigateurs le refusent. Exportez-le plutôt en fichier.
