# Machine-drafted translation from English (locales/en/panel.ftl); a native speaker's review is welcome.
# Spandrel messages: panel (French).

## Panneau latéral : la palette d'étiquettes et le menu d'une étiquette

panel-aside = Étiquettes et annotations
panel-labels = Étiquettes
# Read before a label's hotkey (for screen readers).
panel-hotkey = raccourci
# Read after a label's count of spans (for screen readers).
panel-label-spans = { $n ->
    [one] segment
   *[other] segments
}
panel-new-label-name = Nom de la nouvelle étiquette
panel-new-label = Nouvelle étiquette
panel-add = Ajouter
panel-edit-label = Modifier l'étiquette { $label }
panel-name = Nom
panel-rename = Renommer
panel-colour = Couleur
panel-delete-label = Supprimer l'étiquette
panel-label-in-use = { $n ->
    [one] { $n } segment utilise cette étiquette.
   *[other] { $n } segments utilisent cette étiquette.
}
panel-delete-label-and-spans = Supprimer l'étiquette et ses segments
panel-delete-label-keep-spans = Supprimer l'étiquette, garder les segments
panel-cancel = Annuler

## Panneau latéral : suggestions

panel-suggestions = Suggestions
panel-finding-entities = recherche des entités…
panel-accept-all = Tout accepter
panel-reject-all = Tout rejeter
panel-review-title = Réviser une à une, les plus douteuses d'abord
panel-review-one-by-one = Réviser une à une
panel-score-at-least = Score ≥
panel-score-threshold = Seuil de score
panel-accept-above = Accepter { $n } au-dessus
panel-accept-every = Accepter toutes les suggestions { $label }
panel-reject-every = Rejeter toutes les suggestions { $label }

## Panneau latéral : la liste des segments

panel-spans = Segments
panel-filter-label = Filtrer par étiquette
panel-all-labels = Toutes les étiquettes
panel-filter-state = Filtrer par état
panel-all-states = Tous les états
panel-filter-suggested = Suggérés
panel-filter-accepted = Acceptés
panel-filter-rejected = Rejetés
# A span's state in the span list and the span's details (lower case in English).
panel-state-suggested = suggéré
panel-state-accepted = accepté
panel-state-rejected = rejeté
panel-show-more = Afficher plus ({ $n } de plus)

## Panneau latéral : le segment actif

panel-span = Segment
# $start, $end: the span's character offsets; $state: one of panel-state-*.
panel-span-meta = { $start }–{ $end } · { $state }
# $score: the suggestion's score, already written with two decimals.
panel-span-meta-score = { $start }–{ $end } · { $state } · score { $score }
panel-label = Étiquette
panel-label-of-span = Étiquette de ce segment
panel-read-only = Ce document partagé est en lecture seule.
panel-save-copy = Enregistrer une copie pour le modifier
panel-accept = Accepter
panel-reject = Rejeter
panel-delete = Supprimer
panel-adjust-edges = Ajuster les bornes
panel-start-earlier = Commencer un mot plus tôt (étendre)
panel-start-earlier-button = Début −1
panel-start-later = Commencer un mot plus loin (réduire)
panel-start-later-button = Début +1
panel-end-earlier = Finir un mot plus tôt (réduire)
panel-end-earlier-button = Fin −1
panel-end-later = Finir un mot plus loin (étendre)
panel-end-later-button = Fin +1
panel-note = Note

## Panneau latéral : le sens du texte du document

panel-document = Document
panel-text-direction = Sens du texte
panel-direction-auto = Propre à chaque paragraphe
panel-direction-ltr = De gauche à droite
panel-direction-rtl = De droite à gauche

## Panneau latéral : relations

relations-heading = Relations
relations-type = Type de relation
relations-link-title = Lier deux segments : cliquez sur le segment source, puis sur la cible (clavier : Maj+R sur le segment actif, Tab, Entrée)
relations-link = Lier
relations-click-source = Cliquez sur le segment source (ou atteignez-le avec Tab et appuyez sur Entrée).
# $text: the source span's text.
relations-from = Depuis “{ $text }” : cliquez sur le segment cible (ou atteignez-le avec Tab et appuyez sur Entrée). Échap annule.
relations-focus-source = Activer le segment source
# $from, $to: the two spans' texts; $kind: the relation type.
relations-delete = Supprimer la relation { $from } → { $to } ({ $kind })
relations-new-type = Nouveau type de relation
relations-add-type = Ajouter le type

## Panneau latéral : attributs du segment actif

attributes-heading = Attributs du segment actif
attributes-remove = Supprimer l'attribut { $key }
attributes-name = Nom de l'attribut
attributes-name-placeholder = nom
attributes-value = Valeur de l'attribut
attributes-value-placeholder = valeur
attributes-set = Définir
attributes-name-first = Saisissez d'abord un nom d'attribut.

## Panneau latéral : ce que les suggestions ont appris

learn-based-on-shipped = Basé sur : le modèle fourni
learn-based-on-learned = Basé sur : modèle fourni + { $taught } de vos segments ({ $rejected ->
    [one] { $rejected } rejeté
   *[other] { $rejected } rejetés
})
learn-forget = Oublier ce que les suggestions ont appris

## En-tête : étiquettes du document

doclabels-group = Étiquettes du document

## Le texte du document

docview-text = Texte du document
# A piece of text's tooltip, for each suggested span over it.
docview-suggestion = { $label } (suggestion)
# The accessible name of the mark where a span starts.
docview-anchor = segment { $label }
docview-selected = “{ $text }” sélectionné. Choisissez une étiquette.
docview-selection-failed = Cette sélection n'a pas pu être utilisée : { $error }

## La carte de révision

review-card = Révision : une suggestion à la fois
# $score: already written with two decimals.
review-score = score { $score }
review-no-score = sans score
review-left = { $n } à réviser dans ce document
review-answers = Réponses
review-accept = Accepter
review-accept-button = ✓ Accepter
review-go-on = Continuer
review-reject = Rejeter
review-reject-button = ✗ Rejeter
review-skip-title = Passer (elle reste en attente)
review-skip = Passer
review-accept-as = Accepter comme { $label }
# $key: the label's hotkey.
review-accept-as-key = Accepter comme { $label } ({ $key })
review-relabel = { $label } : accepter avec cette étiquette
review-relabel-key = { $label } { $key } : accepter avec cette étiquette
review-leave-title = Quitter le mode révision
review-leave = Quitter la révision
review-pace = { $n ->
    [one] { $n } décision
   *[other] { $n } décisions
}
# $rate: decisions per minute, already written with one decimal.
review-pace-rate = { $n ->
    [one] { $n } décision
   *[other] { $n } décisions
} · { $rate } par minute

## La ligne du corpus

corpus-row = Corpus
# The open document's place in the corpus: $p of $n.
corpus-position = { $p } / { $n }
corpus-position-none = – / –
corpus-position-title = Position dans le corpus
corpus-progress = Documents terminés
# $percent: already rounded to a whole number.
corpus-done = { $done ->
    [one] { $done } sur { $total } terminé ({ $percent } %)
   *[other] { $done } sur { $total } terminés ({ $percent } %)
}
# Followed by the next document's title.
corpus-next = Suivant :
corpus-order-title = Les plus informatifs d'abord : les documents sur lesquels les suggestions sont le moins sûres passent en premier (un sur deux dans l'ordre du corpus), reclassés après chaque étape d'apprentissage
corpus-order = Ordre
corpus-order-corpus = Ordre du corpus
corpus-order-informative = Les plus informatifs d'abord
corpus-previous-title = Document précédent
corpus-previous = ◀ Précédent
corpus-next-title = Document suivant
corpus-next-button = Suivant ▶
corpus-skip-title = Passer : document suivant à traiter, sans marquer celui-ci
corpus-skip = Passer
corpus-done-next-title = Accepter les suggestions affichées, marquer comme terminé, ouvrir le document suivant à traiter
corpus-done-next = Terminé → suivant

## Rechercher dans le document

search-region = Rechercher dans le document
search-placeholder = Rechercher… (/)
search-ignore-case = Ignorer la casse
search-whole-word = Mot entier
search-no-matches = Aucun résultat
# The current hit: $i of $n.
search-hit-of = { $i } sur { $n }
search-matches = { $n ->
    [one] { $n } résultat
   *[other] { $n } résultats
}
search-match-of = Résultat { $i } sur { $n }
search-previous = Résultat précédent (Maj+Entrée)
search-next = Résultat suivant (Entrée)
search-fill-label = Étiquette pour Tout étiqueter
search-label-all = Tout étiqueter
search-type-first = Saisissez d'abord le texte à rechercher, puis “Tout étiqueter”.
# $query: the text searched for; $label: the label.
search-none-to-label = Aucune occurrence non étiquetée de “{ $query }” à étiqueter comme { $label }.
search-labelled = { $n ->
    [one] { $n } occurrence de “{ $query }” étiquetée comme { $label }
   *[other] { $n } occurrences de “{ $query }” étiquetées comme { $label }
}

# The PDF page view
pageview-show = Vue de la page
pageview-show-title = Afficher la page du PDF à côté du texte, avec le passage sélectionné marqué
pageview-heading = Page { $page } sur { $pages }
pageview-previous = Page précédente
pageview-next = Page suivante
pageview-close = Fermer la vue de la page
pageview-loading = Dessin de la page…
pageview-image = Page { $page } du PDF
pageview-span = Le passage sélectionné sur la page
pageview-failed = La page ne peut pas être affichée : { $error }
