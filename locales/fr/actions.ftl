# Machine-drafted translation from English (locales/en/actions.ftl); a native speaker's review is welcome.
# Spandrel messages: actions (French).


## Accord

act-agreement-different-text = “{ $name }” annote un autre texte que “{ $first }” (les textes diffèrent à partir du caractère { $at } : { $theirs } contre { $ours } caractères). Tous les annotateurs doivent annoter le même texte.

## Attribution des documents

act-assign-no-documents = il n'y a aucun document à attribuer
act-assign-select-first = sélectionnez d'abord les documents à attribuer
act-assign-failed = { $n ->
    [one] { $n } document n'a pas pu être attribué
   *[other] { $n } documents n'ont pas pu être attribués
} : { $error }
# One annotator's load in the summary: a name and how many documents.
act-assign-load = { $who } ({ $n })
act-assign-loads-none = aucun
act-assign-done = { $changed ->
    [one] { $changed } document attribué
   *[other] { $changed } documents attribués
} à { $members ->
    [one] { $members } annotateur
   *[other] { $members } annotateurs
}. Documents par annotateur : { $loads } ; { $overlapped ->
    [one] { $overlapped } document est attribué à plusieurs.
   *[other] { $overlapped } documents sont attribués à plusieurs.
}

## Travail sur le corpus : suggestions préparées à l'avance, Terminé → suivant, Précédent / Suivant

act-corpus-unreadable = Les suggestions n'ont pas pu être préparées pour { $n ->
    [one] { $n } document
   *[other] { $n } documents
} : { $error }
act-corpus-ahead-failed = Les suggestions n'ont pas pu être préparées à l'avance : { $error }
act-corpus-nothing-left = Tous les documents sont terminés ou passés : il ne reste rien à faire.
act-corpus-last = C'est le dernier document.
act-corpus-first = C'est le premier document.
# Announced when a document opens: its place in the corpus and its title.
act-corpus-position = Document { $pos } sur { $n } : { $title }

## Édition : commandes, étiquette activée, segment actif, liste des étiquettes

act-edit-read-only = Ce document partagé est en lecture seule. Enregistrez-en une copie pour le modifier.
# unsure: “activée / désactivée” for a label armed / disarmed (clicking a word then labels it).
act-edit-label-disarmed = Étiquette désactivée
act-edit-label-armed = Étiquette { $label } activée : cliquez sur un mot pour l'étiqueter
# The focused span, announced: its label and its text; a suggestion's score has two decimals.
act-edit-describe = { $label } “{ $text }”
act-edit-describe-suggested = { $label } “{ $text }”, suggestion, score { $score }
act-edit-describe-rejected = { $label } “{ $text }”, rejeté
act-edit-label-added = Étiquette { $label } ajoutée
act-edit-label-not-added = L'étiquette n'a pas été ajoutée : { $error }.
act-edit-label-not-renamed = L'étiquette n'a pas été renommée : { $error }.

## Suggestions du module d'extraction

act-extract-model-failed = Le modèle d'entités n'a pas pu être chargé ({ $error }) ; les suggestions sont désactivées.
act-extract-not-added = Les suggestions n'ont pas pu être ajoutées : { $error }
act-extract-added = { $n ->
    [one] { $n } suggestion ajoutée
   *[other] { $n } suggestions ajoutées
}

## Apprentissage à partir des décisions de l'annotateur

act-learn-sources-failed = Les suggestions ne peuvent pas apprendre de vos décisions antérieures ({ $error }) ; elles partent du modèle fourni.
act-learn-unreadable = Les suggestions ne peuvent pas apprendre de { $n } de vos documents (illisibles) : { $error }
act-learn-rebuild-failed = Les suggestions n'ont pas pu apprendre de vos décisions antérieures : { $error }
act-learn-doc-failed = Les suggestions n'ont pas pu apprendre de ce document : { $error }
act-learn-follow-failed = Les suggestions n'ont pas pu être mises à jour : { $error }
act-learn-refresh-failed = Impossible de mettre à jour les suggestions : { $error }
act-learn-forget-failed = Ce que les suggestions ont appris n'a pas pu être oublié : { $error }
act-learn-forget-storage-failed = Ce que les suggestions ont appris n'a pas pu être supprimé du stockage : { $error }
act-learn-forgotten = Les suggestions ont oublié ce qu'elles avaient appris : elles proviennent de nouveau du modèle fourni.

## Limites de mots

act-library-segmenter-failed = Les limites de mots pour le chinois, le japonais ou le thaï sont indisponibles ({ $error }) ; les sélections y sont conservées telles que vous les faites.

## Ouverture : démarrage, ouverture par identifiant, ajout et ouverture

act-open-quarantined = Une entrée stockée n'a pas pu être lue et a été mise de côté pour récupération : { $reason }
act-open-migrated = Votre travail enregistré a été mis à niveau depuis la version de stockage { $version }.
act-open-load-failed = Le travail enregistré n'a pas pu être chargé ({ $error }). Les modifications ne seront pas enregistrées dans cet onglet.
act-open-not-saved = “{ $title }” n'a pas pu être enregistré : { $error }
act-open-failed = Le document n'a pas pu être ouvert : { $error }
act-open-no-storage = Le stockage est indisponible dans ce navigateur.
act-open-ahead-failed = Les suggestions préparées pour ce document n'ont pas pu être ajoutées : { $error }
act-open-predates-unknown = Impossible de savoir si les suggestions de ce document sont à jour : { $error }
act-open-last-open-failed = Impossible de mémoriser quel document est ouvert : { $error }

## Le classement de la file

act-queue-unreadable = { $n ->
    [one] { $n } document n'a pas pu être lu pour le classement et garde sa place
   *[other] { $n } documents n'ont pas pu être lus pour le classement et gardent leur place
} dans le corpus : { $error }
act-queue-rank-failed = La file n'a pas pu être classée (elle garde son ordre) : { $error }

## Relations : mode liaison et types de relation

act-relations-cancelled = Liaison annulée
act-relations-no-type = Ajoutez d'abord un type de relation (Relations, “Ajouter le type”).
act-relations-linking-from = Liaison depuis “{ $text }” : atteignez le segment cible avec Tab et appuyez sur Entrée, ou cliquez dessus. Échap annule.
act-relations-link-mode = Mode liaison : cliquez sur le segment source, puis sur le segment cible. Échap annule.
act-relations-choose-target = Liaison depuis “{ $text }” : choisissez maintenant le segment cible.
act-relations-same-span = Choisissez un autre segment comme cible.
# A link made: the source span's text, the target's, and the relation type.
act-relations-linked = Lien créé : “{ $from }” → “{ $to }” ({ $kind })
act-relations-new-source = Liaison depuis “{ $text }” : atteignez le segment cible avec Tab et appuyez sur Entrée.
act-relations-focus-first = Activez d'abord un segment avec Tab.
act-relations-type-name-first = Saisissez d'abord un nom pour le type de relation.
act-relations-type-exists = Le type de relation “{ $kind }” existe déjà.
act-relations-type-added = Type de relation “{ $kind }” ajouté

## Mode révision

act-review-read-only = Ce document partagé est en lecture seule. Enregistrez-en une copie pour réviser ses suggestions.
act-review-off = Mode révision désactivé
act-review-waiting = En attente des suggestions de ce document…
act-review-all-decided = Toutes les suggestions de ce document sont traitées. Entrée : Terminé → suivant.
act-review-skipped-left = { $n ->
    [one] { $n } suggestion passée restante. Entrée : le document suivant ; Tab : revoir les suggestions passées.
   *[other] { $n } suggestions passées restantes. Entrée : le document suivant ; Tab : revoir les suggestions passées.
}

## Enregistrement et fusion avec l'écriture d'un autre onglet

act-save-room-again = Le stockage a de nouveau de la place : vos modifications sont enregistrées.
act-save-storage-full = Le stockage est plein : vos dernières modifications restent à l'écran mais ne sont pas enregistrées. Exportez ce document (Exporter) ou supprimez les documents dont vous n'avez plus besoin ; l'enregistrement est retenté jusqu'à ce qu'il réussisse.
act-save-failed = Non enregistré : { $error }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-save-leftovers-lost = Ce que la fusion avec un autre onglet n'a pas pu placer n'a pas pu être conservé ({ $error }) ; le voici : { $json }
act-save-merged = Les modifications d'un autre onglet ont été fusionnées avec les vôtres.
# $conflicts: the first five conflicts described, joined by “; ”; $more: act-save-conflicts-more or
# nothing; $aside: act-save-conflicts-aside or nothing.
act-save-conflicts = Ce document a aussi été modifié dans un autre onglet ; les deux ensembles de modifications ont été conservés. { $conflicts }{ $more }.{ $aside }
act-save-conflicts-more = { " " }(et { $n } de plus)
act-save-conflicts-aside = { " " }Ce qui n'a pas pu être placé a été mis de côté : Mes documents → Récupération permet de le télécharger.
act-save-settings-failed = Paramètres non enregistrés : { $error }

## Export et liens partagés

act-transfer-words-failed = les mots de “{ $title }” n'ont pas pu être trouvés ({ $error })
act-transfer-copy-saved = “{ $title }” a été enregistré dans votre espace de travail ; vous pouvez maintenant le modifier.

## Synchronisation d'équipe : mise en file, paramètres, modifications reçues

act-sync-stage-failed = Cette modification n'a pas pu être mise en file pour la synchronisation (elle est enregistrée ici) : { $error }
act-sync-schema-stage-failed = Les étiquettes n'ont pas pu être mises en file pour le projet (elles sont enregistrées ici) : { $error }
act-sync-removal-stage-failed = La suppression n'a pas pu être mise en file pour le projet : { $error }
act-sync-settings-unreadable = les paramètres de synchronisation conservés dans ce navigateur sont illisibles ({ $error }) ; saisissez-les de nouveau
act-sync-online-failed = La synchronisation ne détectera pas d'elle-même le retour du réseau : { $error }
act-sync-password-unreadable = le mot de passe mémorisé n'a pas pu être lu : { $error }
act-sync-is-off = La synchronisation est désactivée : { $error }
act-sync-enter-password = saisissez le mot de passe de votre compte sur le serveur de synchronisation
act-sync-settings-not-written = les paramètres n'ont pas pu être écrits : { $error }
act-sync-settings-not-kept = les paramètres n'ont pas pu être conservés : { $error }
act-sync-password-not-remembered = Le mot de passe n'a pas pu être mémorisé pour cet onglet : { $error }
act-sync-settings-not-removed = Les paramètres de synchronisation n'ont pas pu être supprimés : { $error }
act-sync-password-not-removed = Le mot de passe mémorisé n'a pas pu être supprimé : { $error }
act-sync-off = la synchronisation est désactivée
act-sync-retry-failed = Les modifications refusées n'ont pas pu être remises en file : { $error }
# $key: which record (a document or the labels); $conflicts: the conflicts described, joined by “; ”.
act-sync-merge-conflicts = L'enregistrement { $key } a aussi été modifié sur le serveur de synchronisation ; les deux versions ont été conservées : { $conflicts }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-sync-leftovers-lost = Ce que la fusion avec le serveur n'a pas pu placer n'a pas pu être conservé ({ $error }) ; le voici : { $json }
act-sync-removed-unreadable = Un document retiré du projet n'a pas pu être lu ici : { $error }
act-sync-removed-kept = “{ $title }” a été retiré du projet ; votre copie, avec votre travail, est conservée dans ce navigateur.
act-sync-removed = “{ $title }” a été retiré du projet.
act-sync-removed-not-deleted = Un document retiré du projet n'a pas pu être supprimé ici : { $error }
act-sync-labels-arrived = Les étiquettes du projet sont arrivées du serveur de synchronisation.
act-sync-change-not-saved = Une modification venant du serveur de synchronisation n'a pas pu être enregistrée ici : { $error }
act-sync-doc-not-saved = Un document venant du serveur de synchronisation n'a pas pu être enregistré ici : { $error }
act-sync-change-unreadable = Une modification venant du serveur de synchronisation n'a pas pu être lue ici : { $error }

## Synchronisation d'équipe : la version de référence de l'arbitre ($who : le nom de compte d'un annotateur)

act-sync-gold-no-version = { $who } n'a pas (encore) de version de ce document ici
act-sync-gold-no-span = ce segment n'est plus dans la version de l'annotateur
act-sync-gold-none = il n'y a pas encore de version de référence : reprenez d'abord une version ou un segment
act-sync-gold-nothing-worked = personne n'a encore travaillé sur ce document
act-sync-gold-took-version = La version de l'annotateur { $who } est désormais la référence arbitrée.
act-sync-gold-took-span = { $label } “{ $text }” (annotateur { $who }) est dans la référence.
act-sync-gold-dropped = { $label } retiré de la référence.
act-sync-gold-agreed = { $n ->
    [one] Référence en brouillon avec { $n } segment sur lequel tous les annotateurs sont d'accord.
   *[other] Référence en brouillon avec les { $n } segments sur lesquels tous les annotateurs sont d'accord.
}
act-sync-gold-marked = Marquée comme arbitrée.
act-sync-gold-reopened = Rouverte : la référence est de nouveau un brouillon.

## Synchronisation d'équipe : configurer un projet, comptes, jeu d'entraînement

act-sync-project-ready = Le projet “{ $project }” est prêt : { $leads ->
    [one] { $leads } responsable
   *[other] { $leads } responsables
}, { $annotators ->
    [one] { $annotators } annotateur
   *[other] { $annotators } annotateurs
}, { $curators ->
    [one] { $curators } arbitre
   *[other] { $curators } arbitres
}. Chaque membre active la synchro avec ce projet et son rôle.
act-sync-setup-stopped = la configuration s'est arrêtée avant la fin
act-sync-account-enter-first = saisissez d'abord le nom d'utilisateur et le mot de passe souhaités
act-sync-account-created = Compte “{ $user }” créé. Demandez au responsable du projet de vous y ajouter.
act-sync-account-refused = le serveur de synchronisation n'a pas créé “{ $user }” : le nom est déjà pris, ou ce serveur ne permet pas de créer des comptes
# $status: the HTTP status code; $message: what the server said.
act-sync-account-http = le serveur de synchronisation a répondu HTTP { $status } à la création du compte : { $message }
act-sync-unreachable = le serveur de synchronisation est injoignable : { $error }
act-sync-nothing-worked = aucun document du projet n'a encore été traité

## L'écran Documents : ajout de fichiers et de texte, renommage, statut, duplication, suppression, autres onglets

act-workspace-file-not-added = “{ $file }” n'a pas été ajouté : { $error }. Rien n'a été stocké.
act-workspace-import-as-text = Importer en texte brut
# $needed, $free: sizes (act-workspace-size-…); $fit: how many documents would fit.
act-workspace-no-room = Ces { $n } documents nécessitent environ { $needed } de stockage du navigateur, mais seuls { $free } sont libres (ce navigateur conserve environ 10 Mo par site) : rien n'a été importé. Découpez le fichier en parties d'au plus { $fit } documents, ou exportez les documents terminés (Exporter → Tout l'espace de travail) et supprimez-les pour faire de la place.
act-workspace-importing = { $saved ->
    [one] Import : { $saved } document sur { $total } enregistré
   *[other] Import : { $saved } documents sur { $total } enregistrés
}
# $labels: the new labels' names, joined by “, ”.
act-workspace-new-labels = Nouvelles étiquettes du fichier : { $labels }.
# $titles: the first five titles, each in “ ”, joined by “, ”; $more: act-workspace-added-more or nothing.
act-workspace-added = { $n ->
    [one] { $n } document ajouté
   *[other] { $n } documents ajoutés
} : { $titles }{ $more }.
act-workspace-added-more = { " " }et { $n } de plus
act-workspace-added-count = { $n ->
    [one] { $n } document ajouté
   *[other] { $n } documents ajoutés
}
act-workspace-paste-empty = Collez ou saisissez du texte pour ajouter un document.
act-workspace-added-one = “{ $title }” ajouté.
act-workspace-title-needed = Un document doit avoir un titre.
act-workspace-not-renamed = Non renommé : { $error }
# A document status inside a sentence (“Marked 3 document(s) as done.”).
act-workspace-status-name = { $status ->
    [new] nouveau
    [inprogress] en cours
    [done] terminé
   *[skipped] passé
}
act-workspace-not-marked = Le statut { $status } n'a pas pu être appliqué à { $n ->
    [one] { $n } document
   *[other] { $n } documents
} : { $error }
act-workspace-marked = Statut { $status } appliqué à { $n ->
    [one] { $n } document
   *[other] { $n } documents
}.
act-workspace-status-not-changed = Statut inchangé : { $error }
act-workspace-duplicated = Document dupliqué
act-workspace-not-duplicated = Non dupliqué : { $error }
act-workspace-not-deleted = Non supprimé : { $error }
act-workspace-deleted = “{ $title }” supprimé
act-workspace-restored = “{ $title }” restauré
act-workspace-not-restored = “{ $title }” n'a pas pu être restauré : { $error }
act-workspace-reread-failed = La liste des documents n'a pas pu être relue : { $error }
act-workspace-deleted-elsewhere = “{ $title }” a été supprimé dans un autre onglet. Il reste ouvert ici ; modifiez-le pour l'enregistrer de nouveau, ou ouvrez un autre document.
act-workspace-other-tab-unreadable = La modification faite dans un autre onglet n'a pas pu être lue : { $error }
act-workspace-other-tab-unlisted = Un document modifié dans un autre onglet n'a pas pu être listé : { $error }
act-workspace-other-tab-labels = Les étiquettes modifiées dans un autre onglet n'ont pas pu être lues : { $error }
# A size: $size has one decimal.
act-workspace-size-mb = { $size } Mo
act-workspace-size-kb = { $size } Ko
act-workspace-size-bytes = { $n ->
    [one] { $n } octet
   *[other] { $n } octets
}

## Le clavier

key-selected = “{ $text }” sélectionné
key-selection-failed = Cette sélection n'a pas pu être utilisée : { $error }
