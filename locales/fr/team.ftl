# Machine-drafted translation from English (locales/en/team.ftl); a native speaker's review is welcome.
# Spandrel messages: team (French).


## Synchronisation : l'état dans l'en-tête et l'erreur en dessous

sync-off = Synchro désactivée
sync-paused = Synchro en pause : saisissez le mot de passe
sync-synced = Synchronisé
sync-syncing = Synchronisation…
sync-offline = { $waiting ->
    [one] Hors ligne, { $waiting } modification en attente
   *[other] Hors ligne, { $waiting } modifications en attente
}
sync-error = Erreur de synchro
sync-settings-title = Paramètres de synchronisation de l'équipe
sync-settings-button = Paramètres de synchro
sync-try-again = Réessayer

## Synchronisation : le formulaire des paramètres

sync-form = Synchronisation d'équipe
sync-form-hint = Synchronisez vos annotations avec le serveur Kinto de votre équipe. Votre travail est toujours enregistré d'abord dans ce navigateur ; le mot de passe n'est conservé que dans cet onglet (jamais dans les exports ni dans les liens de partage).
sync-server = Serveur
sync-server-placeholder = https://kinto.example.org/v1 ou /sync/v1
sync-project = Projet
sync-user = Utilisateur
sync-password = Mot de passe
sync-role = Rôle
sync-role-annotator = Annotateur
# unsure: “Arbitre” for curator (the one who adjudicates between annotators' versions).
sync-role-curator = Arbitre
sync-role-lead = Responsable
sync-remember = Mémoriser le mot de passe dans cet onglet
sync-apply = Appliquer
sync-turn-on = Activer la synchro
sync-now = Synchroniser maintenant
sync-turn-off = Désactiver la synchro
sync-close = Fermer

## Synchronisation : créer un compte, configurer un projet

sync-setup-create-account = Créer mon compte
sync-setup-open = Configurer un projet…
sync-setup-legend = Configurer le projet nommé ci-dessus (l'administrateur du serveur de synchronisation), ou modifier ses membres (un responsable)
sync-setup-admin = Administrateur ou responsable
sync-setup-admin-password = Son mot de passe
sync-setup-leads = Responsables
sync-setup-leads-placeholder = lena
sync-setup-annotators = Annotateurs
sync-setup-annotators-placeholder = alice, bob
sync-setup-curators = Arbitres
sync-setup-curators-placeholder = cora
sync-setup-update = Mettre à jour le projet existant (ses membres et ses droits)
sync-setup-load = Charger les membres actuels
sync-setup-submit = Configurer le projet
sync-setup-members-loaded = Les membres de “{ $project }” : modifiez-les, puis appuyez sur “{ sync-setup-submit }” pour le mettre à jour.

## Arbitre : la version de chaque annotateur pour le document ouvert, et la version de référence

curator-region = Arbitrage
curator-open = Arbitrer ce document
curator-not-in-project = Ce document ne fait pas partie du projet.
curator-edited = { $said } Synchronisation en cours.
# unsure: “référence” (version de référence) for gold.
curator-edit-failed = La version de référence n'a pas été modifiée : { $error }
curator-take-span-label = Reprendre { $label } “{ $covered }” (annotateur { $who }) dans la référence
curator-span-in-gold = Déjà dans la référence
curator-take-span-title = Reprendre ce segment dans la référence
curator-version-empty = aucun segment
curator-take-version = Reprendre dans la référence
curator-gold-none = Référence : aucune pour l'instant. Reprenez ci-dessus une version entière ou des segments isolés, ou partez de ce sur quoi tout le monde est d'accord.
curator-gold-agreed = Partir des segments en accord
curator-drop-span-label = Retirer { $label } “{ $covered }” de la référence
curator-drop-span = Retirer
curator-gold-adjudicated = Référence (arbitrée)
curator-gold-draft = Référence (brouillon, pas encore arbitrée)
# Follows curator-gold-adjudicated or curator-gold-draft directly: French puts a no-break space before the colon.
curator-gold-empty = { "\u00A0" }: aucun segment
curator-gold-reopen = Rouvrir
curator-gold-mark = Marquer comme arbitrée

## Arbitre : l'accord entre les versions des annotateurs

curator-agreement-none = Accord : il faut les versions de deux annotateurs.
# unsure: “référence” here is the reference annotator of a pair, the same word as the gold version (“référence”).
curator-agreement-caption = Accord (le second de chaque paire sert de référence)
curator-agreement-pair = Paire
curator-agreement-exact = P / R / F1 exacts
curator-agreement-overlap = F1 chevauchement
# unsure: “tokens” kept as in French NLP usage (rather than “jetons”).
curator-agreement-kappa = κ de Cohen (tokens)
curator-agreement-pair-row = { $a } vs { $b }

## Équipe : avancement et file d'arbitrage (écran Documents)

team-region = Avancement de l'équipe
team-open = Avancement de l'équipe et arbitrage
team-sync-off = La synchronisation est désactivée.
team-summary = { $documents ->
    [one] { $documents } document
   *[other] { $documents } documents
}, { $adjudicated ->
    [one] { $adjudicated } arbitré
   *[other] { $adjudicated } arbitrés
} ({ $percent }). Segments acceptés par étiquette : { $labels }.
team-labels-none = aucun pour l'instant
team-members-caption = Annotateurs
team-col-annotator = Annotateur
team-col-assigned = Attribués
team-col-done = Terminés
team-col-skipped = Passés
team-col-in-progress = En cours
team-col-last-activity = Dernière activité
team-queue-caption = File d'arbitrage : documents ayant plus d'une version, les plus grands désaccords d'abord
team-col-document = Document
team-col-annotators = Annotateurs
team-col-exact-f1 = F1 exact
team-col-overlap-f1 = F1 chevauchement
team-col-kappa = κ (tokens)
team-col-gold = Référence
team-gold-adjudicated = arbitrée
team-gold-draft = brouillon
team-gold-todo = à faire
team-open-doc = Ouvrir pour arbitrer
team-mean-agreement = Accord moyen sur les segments exacts dans les documents en chevauchement : { $value }.
team-mean-agreement-none = aucun document n'a encore deux versions

## Équipe : le jeu d'entraînement

team-training-format = Jeu d'entraînement (la référence, sinon l'unique version, sinon la majorité) au format
team-training-download = Télécharger le jeu d'entraînement
team-training-downloaded = { $n ->
    [one] Jeu d'entraînement téléchargé : { $n } document.
   *[other] Jeu d'entraînement téléchargé : { $n } documents.
}
team-training-failed = Le jeu d'entraînement n'a pas pu être exporté : { $error }

## Écran Accord : chargement des fichiers d'annotations

agreement-plain-text = “{ $name }” est du texte brut sans annotations. Pour brat, choisissez-le avec son fichier .ann.
agreement-ann-alone = “{ $name }” est un fichier .ann de brat : choisissez-le avec le fichier .txt du même nom.
agreement-unknown-format = “{ $name }” n'est pas un fichier d'annotations reconnu par Spandrel (Spandrel JSON, spaCy, doccano, Label Studio, brat .txt + .ann, CoNLL, W3C Web Annotation).
agreement-unreadable-as = “{ $name }” n'a pas pu être lu en { $format } : { $reason }
agreement-many-documents = “{ $name }” contient { $n } documents ; l'accord compare les annotations d'un seul texte : choisissez des fichiers contenant chacun exactement un document.
agreement-warning = “{ $name }” : { $warning }
agreement-warning-more = { $warning } (et { $n } de plus)
agreement-file-unreadable = “{ $name }” n'a pas pu être lu : { $error }
agreement-loaded = { $n ->
    [one] { $n } annotateur chargé
   *[other] { $n } annotateurs chargés
}
agreement-no-document = Aucun document n'est ouvert.
agreement-current-name = Document actuel : { $title }
agreement-current-added = Les segments acceptés du document actuel ont été ajoutés comme annotateur

## Écran Accord : création du document arbitré

agreement-adjudicate-failed = Le document arbitré n'a pas pu être créé : { $error }
agreement-adjudicated-title = Arbitré : { $a } + { $b }
agreement-created = { $n ->
    [one] “{ $title }” créé avec { $n } segment accepté.
   *[other] “{ $title }” créé avec { $n } segments acceptés.
}

## Écran Accord : annotateurs et scores par paire

agreement-heading = Accord entre annotateurs
agreement-hint = Chargez au moins deux fichiers d'annotations du même texte (Spandrel JSON, spaCy, doccano, Label Studio, brat .txt + .ann, CoNLL, W3C). Chaque fichier est un annotateur ; seuls les segments acceptés comptent. Dans chaque paire, le second annotateur sert de référence.
agreement-load = Charger des fichiers d'annotations…
agreement-files = Fichiers d'annotations
agreement-use-current = Utiliser les segments acceptés du document actuel
agreement-reading = Lecture…
agreement-annotators = Annotateurs
agreement-spans = { $n ->
    [one] { $n } segment
   *[other] { $n } segments
}
agreement-remove = Retirer { $name }
agreement-need-two = Chargez au moins deux annotateurs pour les comparer.
agreement-pairwise = Accord par paire
agreement-col-a = A
agreement-col-b = B (référence)
agreement-exact-p = P exact
agreement-exact-r = R exact
agreement-exact-f1 = F1 exact
agreement-counts = VP / FP / FN
agreement-counts-title = vrais positifs / faux positifs / faux négatifs
agreement-overlap-p = P chevauchement
agreement-overlap-r = R chevauchement
agreement-overlap-f1 = F1 chevauchement
agreement-kappa = κ de Cohen (tokens)
agreement-details = Détails
agreement-compare-label = Comparer { $a } avec { $b }
agreement-compare = Comparer

## Écran Accord : la paire choisie, ses désaccords et leurs décisions

agreement-pair-title = { $a } vs { $b } (référence)
agreement-per-label = Par étiquette
agreement-col-label = Étiquette
agreement-disagreements = Désaccords
agreement-no-disagreements = Ces deux annotateurs sont d'accord sur tous les segments.
agreement-decide-all = Tout trancher :
agreement-all-a = A partout
agreement-all-b = B partout
agreement-all-both = Les deux partout
agreement-all-neither = Aucune partout
agreement-only-a = Seulement A
agreement-only-b = Seulement B
agreement-label-differs = Étiquette différente
agreement-boundary-differs = Bornes différentes
agreement-side-a = A : { $name }
agreement-side-b = B : { $name }
agreement-choice-legend = Version à garder pour le désaccord { $n }
agreement-choice-a = A
agreement-choice-b = B
agreement-choice-both = Les deux
agreement-choice-neither = Aucune
agreement-create = Créer le document arbitré
agreement-decided = { $decided ->
    [one] { $decided } désaccord sur { $n } tranché ; les segments en accord sont conservés, les désaccords non tranchés sont écartés.
   *[other] { $decided } désaccords sur { $n } tranchés ; les segments en accord sont conservés, les désaccords non tranchés sont écartés.
}
