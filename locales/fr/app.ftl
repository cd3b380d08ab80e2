# Machine-drafted translation from English (locales/en/app.ftl); a native speaker's review is welcome.
# Spandrel's interface: the header, dialogs, messages and the keyboard map.
# English is the reference: every other language has the same messages.
# A “quoted” argument is user text (a title, a file name, a label): keep the “ ” quotes around it, the
# app isolates what stands between them.

## L'application

language-failed = La langue de l'interface n'a pas pu être chargée ({ $reason }) ; affichage en anglais.
language-menu = Langue de l'interface
language-menu-title = La langue de l'interface (la page se recharge dans cette langue)

## En-tête

header-screens = Écrans
header-annotate = Annoter
# unsure: “Mes documents” rather than “Documents”, so that the screen's button differs from the English word.
header-documents = Mes documents
header-agreement = Accord
header-current-document = Document actuel
header-undo = Annuler
header-undo-button = ↶ Annuler
header-redo = Rétablir
header-redo-button = ↷ Rétablir
header-saved = Enregistré
header-saving = Enregistrement…
header-not-saved = Non enregistré
header-guidelines = Consignes
header-guidelines-title = Consignes d'annotation : celles du projet et de chaque étiquette
header-shortcuts = Raccourcis clavier

## Fenêtres : le choix d'étiquette, les raccourcis clavier, les consignes, les messages

picker-toolbar = Choisir une étiquette pour la sélection
picker-cancel = Annuler
help-title = Raccourcis clavier
help-labels = Étiquettes
dialog-close = Fermer
guidelines-title = Consignes d'annotation
guidelines-edit = Modifier les consignes
guidelines-project = Consignes du projet
guidelines-save = Enregistrer les consignes
guidelines-saved = Les consignes ont été enregistrées.
messages-region = Messages
message-dismiss = Fermer le message

## Les raccourcis clavier : l'action de chaque ligne et ses touches

keymap-escape = Effacer la sélection et le focus, fermer les fenêtres, annuler la liaison
keymap-escape-keys = Échap
keymap-undo = Annuler
keymap-undo-keys = Ctrl + Z
keymap-redo = Rétablir
keymap-redo-keys = Ctrl + Maj + Z ou Ctrl + Y
keymap-help = Afficher ces raccourcis clavier
keymap-help-keys = ?
keymap-done-next = Terminé → suivant : accepter les suggestions affichées, marquer le document comme terminé, ouvrir le suivant à traiter
keymap-done-next-keys = Ctrl + Entrée
keymap-skip = Passer : ouvrir le document suivant à traiter sans marquer celui-ci
keymap-skip-keys = Ctrl + Maj + Entrée
keymap-next-previous = Ouvrir le document suivant / précédent dans l'ordre du corpus
keymap-next-previous-keys = ] / [
keymap-find = Rechercher dans le document (Entrée / Maj + Entrée : occurrence suivante / précédente)
keymap-find-keys = /
keymap-review = Mode révision : les suggestions une à une, les plus douteuses d'abord ; à nouveau (ou Échap) pour en sortir
keymap-review-keys = Maj + V (ou Alt + V)
keymap-review-accept = Révision : accepter (s'il n'en reste aucune : Terminé → suivant)
keymap-review-accept-keys = Entrée ou Espace (révision)
keymap-review-reject = Révision : rejeter
keymap-review-reject-keys = Retour arrière ou Suppr (révision)
keymap-review-skip = Révision : passer (elle reste en attente ; s'il n'en reste aucune, de nouveau les suggestions passées)
keymap-review-skip-keys = Tab ou ↓ (révision)
keymap-review-relabel = Révision : accepter avec cette étiquette
keymap-review-relabel-keys = raccourci de l'étiquette (révision)
keymap-link = Lier le segment actif à un autre segment (relation) ; Échap annule
keymap-link-keys = Maj + R (ou Alt + R), puis Tab, Entrée
keymap-end-word = Déplacer la fin du segment actif d'un mot plus loin / plus tôt (texte de droite à gauche : plus tôt / plus loin)
keymap-end-word-keys = Alt + → / ←
keymap-start-word = Déplacer le début du segment actif d'un mot plus loin / plus tôt (texte de droite à gauche : plus tôt / plus loin)
keymap-start-word-keys = Alt + Maj + → / ←
keymap-caret-word = Sélectionner le mot suivant / précédent (curseur clavier ; dans un texte de droite à gauche, ← est le suivant)
keymap-caret-word-keys = → / ←
keymap-extend-word = Étendre / réduire la sélection d'un mot
keymap-extend-word-keys = Maj + → / ←
keymap-focus-span = Activer le segment suivant / précédent (après le dernier, Tab quitte le texte)
keymap-focus-span-keys = Tab / Maj + Tab
keymap-link-enter = En mode liaison : lier au segment actif
keymap-link-enter-keys = Entrée
keymap-accept = Accepter la suggestion active
keymap-accept-keys = Entrée ou Espace
keymap-reject = Rejeter la suggestion active, ou supprimer le segment actif
keymap-reject-keys = Retour arrière ou Suppr
keymap-label = Étiqueter la sélection, ou changer l'étiquette du segment actif
keymap-label-keys = raccourci de l'étiquette (p, o, g, …)
