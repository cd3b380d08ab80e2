# Machine-drafted translation from English (locales/en/errors.ftl); a native speaker's review is welcome.
# Spandrel messages: errors (French).
# Les erreurs du cœur, telles que `src/errors.rs` les affiche ; souvent à l'intérieur du { $error } d'un autre
# message, d'où la minuscule initiale. Les arguments sont des données : $reason, $message, $error, $what, $step
# et $first viennent d'un analyseur, du navigateur, du serveur ou du programme (en anglais) et s'affichent tels quels.


## Liens de partage

error-share-empty = le lien ne contient aucun document (la partie après « # » est vide)
# $pos: a character position in the link.
error-share-bad-base64 = le lien est endommagé : le caractère { $pos } après « # » n'est pas permis dans un lien de partage
error-share-unsupported-version = ce lien a été créé par une version plus récente ou inconnue de Spandrel (format { $version }) ; mettez l'application à jour
error-share-truncated = le lien est tronqué ; copiez de nouveau le lien en entier
error-share-not-a-link = ce n'est pas un lien de partage Spandrel : il ne commence pas comme tel (endommagé, ou venant d'un autre outil)
error-share-decompress = le lien est endommagé et ne peut pas être décompressé : { $reason }
error-share-too-large = { $limit ->
    [one] le document partagé dépasse { $limit } octet une fois décompressé, ce que Spandrel refuse
   *[other] le document partagé dépasse { $limit } octets une fois décompressé, ce que Spandrel refuse
}
# $field: the name of a field of the link's data.
error-share-malformed = le lien est endommagé : le champ « { $field } » n'est pas valide
error-share-invalid-span = le lien est endommagé : le segment n° { $index } n'est pas valide ({ $reason })
error-share-invalid-relation = le lien est endommagé : la relation n° { $index } n'est pas valide ({ $reason })
# $id: an annotation's number.
error-share-bad-annotation = l'annotation { $id } ne peut pas être partagée : { $reason }

## Fichiers texte illisibles ($name : le nom du fichier ; $offset : une position en octets)

error-decode-invalid-utf8 = “{ $name }” n'est pas en UTF-8 valide (octet incorrect à la position { $offset }) ; il utilise peut-être un ancien encodage comme Windows-1252 — réenregistrez-le en UTF-8 et ouvrez-le de nouveau
error-decode-odd-utf16-length = “{ $name }” se dit en UTF-16 mais a un nombre impair d'octets ({ $len }) ; le dernier octet, à la position { $offset }, est incomplet
error-decode-invalid-utf16 = “{ $name }” n'est pas en UTF-16 valide (substitut isolé à la position { $offset })
error-decode-binary = “{ $name }” contient un caractère NUL à la position { $offset } : cela ressemble à un fichier binaire, ou à de l'UTF-16 sans indicateur d'ordre des octets — réenregistrez-le en UTF-8
error-decode-pdf = “{ $name }” est un PDF : son texte est lu dans le navigateur (pdf.js), ouvrez-le donc dans l'application ; exportez-le de là en JSON Spandrel pour l'utiliser ici
error-pdf-no-text = il n'a pas de couche de texte (une page numérisée ?) : Spandrel lit le texte que porte un PDF et n'a pas d'OCR
error-pdf-bad-item = la page { $page } a un élément de texte dont la position ou la taille n'est pas un nombre
error-pdf-no-page = la page { $page } n'est pas dans ce document
error-pdf-differs = la page { $page } ne se lit pas comme le texte du document (ce PDF n'est pas celui d'où vient ce document)
error-pdf-password = il est protégé par un mot de passe
error-pdf-invalid = ce n'est pas un PDF lisible ({ $reason })
error-pdf-missing = le fichier PDF n'est pas conservé dans ce navigateur

## L'espace de travail dans le stockage du navigateur ($id : l'identifiant d'un document ; $what : ce qui était enregistré, en anglais)

error-storage-quota-exceeded = { $needed ->
    [one] pas assez de stockage du navigateur pour enregistrer { $what } (il manque { $needed } octet) ; rien de ce qui était déjà enregistré n'a changé. Supprimez ou exportez des documents pour libérer de la place
   *[other] pas assez de stockage du navigateur pour enregistrer { $what } (il manque { $needed } octets) ; rien de ce qui était déjà enregistré n'a changé. Supprimez ou exportez des documents pour libérer de la place
}
error-storage-conflict = le document “{ $id }” a été modifié ailleurs (probablement dans un autre onglet) et en est maintenant à la révision { $revision } ; fusionnez les deux versions avant d'enregistrer
error-storage-not-found = le document “{ $id }” n'existe pas dans cet espace de travail
error-storage-already-exists = un document d'identifiant “{ $id }” existe déjà
error-storage-corrupt = le document “{ $id }” n'a pas pu être lu : { $reason }
error-storage-invalid-document = le document “{ $id }” ne peut pas être enregistré : { $reason }
error-storage-store = impossible d'enregistrer { $what } : { $message }
error-storage-rollback-failed = l'enregistrement de { $what } a échoué ({ $error }) et la restauration de la version précédente aussi ({ $rollback }) ; exportez votre travail maintenant
# $key: the storage key the old data stays under.
error-storage-migration-failed = l'ancien espace de travail n'a pas pu être mis à niveau ({ $reason }) ; les anciennes données sont intactes sous “{ $key }”
# Adding documents stopped: $title: the document that could not be saved; $cause: why (one of the messages above).
error-add = “{ $title }” n'a pas pu être enregistré ({ $cause }) ; rien n'a été ajouté
# The same, when $n of the $added documents saved before could not be deleted again: $ids, and why the first was not ($first).
error-add-left-behind = { $n ->
    [one] “{ $title }” n'a pas pu être enregistré ({ $cause }) ; rien n'a été ajouté, mais { $n } des { $added } documents enregistrés avant lui n'a pas pu être retiré ({ $ids } : { $first }) ; supprimez-le depuis Mes documents
   *[other] “{ $title }” n'a pas pu être enregistré ({ $cause }) ; rien n'a été ajouté, mais { $n } des { $added } documents enregistrés avant lui n'ont pas pu être retirés ({ $ids } : { $first }) ; supprimez-les depuis Mes documents
}
# Browser storage itself ($key: a storage key).
error-store-quota-exceeded = { $needed ->
    [one] le stockage du navigateur est plein : écrire “{ $key }” demande { $needed } octet de plus que le quota ne le permet
   *[other] le stockage du navigateur est plein : écrire “{ $key }” demande { $needed } octets de plus que le quota ne le permet
}
error-store-unavailable = le stockage du navigateur est indisponible : { $reason }
error-store-failed = le stockage du navigateur a échoué sur “{ $key }” : { $message }
error-ws-unavailable = Le stockage est indisponible dans ce navigateur ; les modifications ne sont pas enregistrées dans cet onglet.

## Export et import ($doc : l'identifiant d'un document)

error-export-bad-span = document “{ $doc }” : l'annotation { $id } a des positions { $start }..{ $end } hors du texte
# $format: a format's name (“CoNLL”, “spaCy”…).
error-export-empty = { $format } contient exactement un document par ensemble de fichiers, et il n'y en a aucun à exporter
error-export-json = impossible d'écrire le JSON : { $reason }
# $error: why its word boundaries cannot be used (one of the error-word-breaks messages).
error-export-words = document “{ $doc }” : { $error }
# An import refused: how many problems, and the first one ($first: where, and what the parser said).
error-import-report = { $n ->
    [one] { $n } problème dans les données ; le premier : { $first }
   *[other] { $n } problèmes dans les données ; le premier : { $first }
}
# A file that adds nothing: its first problem, and how many more it has.
error-intake-failure-more = { $more ->
    [one] { $first } (et { $more } autre problème)
   *[other] { $first } (et { $more } autres problèmes)
}

## Synchronisation ($what : ce qui a été refusé ou demandé, en anglais ; $status : un code HTTP)

error-sync-wrong-password = le serveur de synchronisation n'a pas accepté le mot de passe de “{ $user }” (nom d'utilisateur ou mot de passe erroné) ; rien n'a été envoyé, votre travail est conservé ici
error-sync-forbidden = Pas d'autorisation : le serveur de synchronisation ne vous permet pas de modifier { $what } ; votre version est conservée ici
# $role: the role the settings name, in English (“a lead”).
error-sync-no-read-access = Pas d'autorisation : le serveur de synchronisation ne vous permet pas de lire { $what }. Vos réglages de synchronisation disent que vous êtes { $role } de ce projet ; choisissez le rôle que le responsable du projet vous a donné (votre travail est conservé ici)
# $first: why the first change was refused; “Sync now” is the button of the sync settings.
error-sync-still-refused = { $count ->
    [one] { $first } ({ $count } modification refusée conservée ici ; renvoyée quand elle change, ou avec Synchroniser maintenant)
   *[other] { $first } ({ $count } modifications refusées conservées ici ; renvoyées quand elles changent, ou avec Synchroniser maintenant)
}
error-sync-unreachable = { $waiting ->
    [one] le serveur de synchronisation est injoignable ({ $reason }) ; { $waiting } modification attend ici et sera envoyée quand il répondra
   *[other] le serveur de synchronisation est injoignable ({ $reason }) ; { $waiting } modifications attendent ici et seront envoyées quand il répondra
}
error-sync-quota = le serveur de synchronisation a refusé d'en stocker davantage (HTTP { $status } : quota ou limite de taille) ; votre travail est conservé ici
# $bucket: the project's name.
error-sync-project-not-found = le projet “{ $bucket }” n'existe pas sur le serveur de synchronisation, ou vous n'en êtes pas membre
error-sync-server-unavailable = le serveur de synchronisation est indisponible (HTTP { $status }) ; votre travail est conservé ici et sera envoyé plus tard
# The same, with the server's own message.
error-sync-server-unavailable-message = le serveur de synchronisation est indisponible (HTTP { $status } : { $message }) ; votre travail est conservé ici et sera envoyé plus tard
error-sync-conflict = { $what } n'a cessé de changer sur le serveur pendant la fusion ; synchronisez de nouveau
error-sync-unexpected = le serveur de synchronisation a répondu HTTP { $status } à { $what }
error-sync-unexpected-message = le serveur de synchronisation a répondu HTTP { $status } à { $what } : { $message }
error-sync-bad-record = le serveur de synchronisation a envoyé quelque chose qui n'est pas un { $what } valide : { $reason }
error-sync-bad-config = réglages de synchronisation : { $reason }
# The sync state kept in this browser ($key: its storage key).
error-state-store = la file de synchronisation n'a pas pu être enregistrée dans le stockage du navigateur ({ $error }) ; les documents eux-mêmes sont enregistrés
error-state-corrupt = l'état de synchronisation enregistré “{ $key }” n'a pas pu être lu ({ $reason }) ; il a été laissé en place
# A request that got no answer ($reason: the browser's words).
error-http-network = pas de connexion au serveur : { $reason }
error-http-timeout = le serveur n'a pas répondu à temps
error-http-blocked = la requête a été bloquée par le navigateur : { $reason }

## Création d'un projet sur le serveur de synchronisation ($bucket : le nom du projet ; $user : un nom de compte)

error-setup-wrong-password = le serveur de synchronisation n'a pas accepté le mot de passe de “{ $user }” ; rien n'a été créé
error-setup-not-allowed = “{ $user }” ne peut pas créer de projets sur ce serveur de synchronisation (seul son administrateur le peut) ; rien n'a été créé
# “update the existing project” is the set-up form's checkbox.
error-setup-exists = un projet nommé “{ $bucket }” existe déjà sur le serveur de synchronisation ; choisissez un autre nom, ou cochez « Mettre à jour le projet existant » pour changer ses membres ; rien n'a été créé
# $names: the missing accounts, each one as error-setup-account-name says, separated by commas; $n: how many.
error-setup-no-such-account = { $n ->
    [one] aucun compte nommé { $names } n'existe sur le serveur de synchronisation (chaque membre crée d'abord le sien, depuis les réglages de synchronisation) ; rien n'a été créé
   *[other] les comptes { $names } n'existent pas sur le serveur de synchronisation (chaque membre crée d'abord le sien, depuis les réglages de synchronisation) ; rien n'a été créé
}
error-setup-account-name = “{ $name }”
error-setup-bad-name = le nom de projet “{ $name }” ne peut contenir que des lettres, des chiffres, « _ » et « - », et doit commencer par une lettre ou un chiffre ; rien n'a été créé
error-setup-cannot-read = “{ $user }” ne peut pas lire les membres du projet “{ $bucket }” (seuls l'administrateur du serveur et les responsables du projet le peuvent), ou ce projet n'existe pas ; rien n'a été modifié
# $step: what the set-up was doing (in English); $made: error-setup-made-nothing or error-setup-made-so-far.
error-setup-unreachable = le serveur de synchronisation est injoignable ({ $reason }) pendant l'étape : { $step } ; { $made }
error-setup-refused = le serveur de synchronisation a répondu HTTP { $status } pendant l'étape : { $step } ; { $made }
error-setup-refused-message = le serveur de synchronisation a répondu HTTP { $status } pendant l'étape : { $step } ({ $message }) ; { $made }
error-setup-made-nothing = rien n'a été créé
# $made: the parts made, separated by commas (in English).
error-setup-made-so-far = déjà créé : { $made } ; recommencez avec « Mettre à jour le projet existant » coché pour terminer

## La version de référence, l'arbitrage, la répartition

error-gold-other-text = cette version a été faite sur un autre texte du document : ses positions ne désignent pas les mêmes mots que celles de la version de référence
# $start, $end: character positions; $len: the text's length in characters.
error-gold-out-of-range = { $len ->
    [one] le segment { $start }–{ $end } est hors du texte du document ({ $len } caractère)
   *[other] le segment { $start }–{ $end } est hors du texte du document ({ $len } caractères)
}
# $index: a disagreement's number.
error-adjudication-unknown-disagreement = { $count ->
    [one] décision pour le désaccord n° { $index }, mais il n'y a que { $count } désaccord
   *[other] décision pour le désaccord n° { $index }, mais il n'y a que { $count } désaccords
}
error-adjudication-duplicate-decision = le désaccord n° { $index } a deux décisions
error-assign-no-annotators = il n'y a aucun annotateur à qui répartir les documents
error-assign-bad-share = la part en chevauchement doit être comprise entre 0 et 100 %, pas { $share }
error-assign-bad-overlap-k = le nombre d'annotateurs par document en chevauchement doit être d'au moins 2, pas { $k }

## Édition : positions, limites de mots, modifications et étiquettes ($pos, $prev, $start, $end : positions dans le texte)

# An offset that cannot be used; $len: the text's length in the unit the message names.
error-offset-out-of-range-code-points = { $len ->
    [one] la position { $pos } est au-delà de la fin du texte ({ $len } point de code)
   *[other] la position { $pos } est au-delà de la fin du texte ({ $len } points de code)
}
error-offset-out-of-range-utf16 = { $len ->
    [one] la position { $pos } est au-delà de la fin du texte ({ $len } unité de code UTF-16)
   *[other] la position { $pos } est au-delà de la fin du texte ({ $len } unités de code UTF-16)
}
error-offset-out-of-range-bytes = { $len ->
    [one] la position { $pos } est au-delà de la fin du texte ({ $len } octet)
   *[other] la position { $pos } est au-delà de la fin du texte ({ $len } octets)
}
error-offset-splits-utf8 = la position en octets { $pos } tombe à l'intérieur d'un caractère UTF-8
error-offset-splits-surrogate = la position UTF-16 { $pos } tombe entre les deux moitiés d'une paire de substitution
error-offset-reversed = l'intervalle { $start }..{ $end } est inversé
# Word boundaries given by the browser's word segmenter; $error: one of the error-offset messages.
error-word-breaks-offset = limite de mot : { $error }
error-word-breaks-unsorted = la limite de mot { $pos } vient avant la précédente ({ $prev }) : les limites doivent être dans l'ordre croissant
error-word-breaks-bad-segmenter = le segmenteur de mots a renvoyé la position en octets { $pos }, qui n'est pas une limite de caractère de son entrée
# A change to the document that was refused (nothing was changed); $len: the text's length in characters.
error-edit-empty-span = la sélection { $start }..{ $end } est vide : sélectionnez au moins un caractère
error-edit-out-of-range = { $len ->
    [one] le segment { $start }..{ $end } dépasse la fin du texte ({ $len } caractère)
   *[other] le segment { $start }..{ $end } dépasse la fin du texte ({ $len } caractères)
}
error-edit-splits-grapheme = le segment { $start }..{ $end } coupe un caractère en deux à la position { $pos } ; étendez-le à des caractères entiers
# $existing, $id, $from, $to: annotations' or relations' numbers; $label: a label's name; $kind: a relation type.
error-edit-duplicate = l'annotation n° { $existing } marque déjà { $start }..{ $end } comme { $label }
error-edit-unknown-annotation = l'annotation n° { $id } n'existe pas (elle a peut-être été supprimée)
error-edit-unknown-relation = la relation n° { $id } n'existe pas (elle a peut-être été supprimée)
error-edit-self-relation = une relation ne peut pas relier l'annotation n° { $id } à elle-même
error-edit-duplicate-relation = une relation “{ $kind }” de n° { $from } à n° { $to } existe déjà
error-edit-empty-label = le nom de l'étiquette est vide
error-edit-empty-relation-type = le type de relation est vide
error-edit-empty-attribute-key = le nom de l'attribut est vide
# One change of several made together was refused: $item: its place among them (from 1); $error: why (a message above).
error-edit-in-batch = élément { $item } du lot : { $error }
error-edit-not-a-suggestion = l'annotation { $id } n'est pas une suggestion en attente
# A label that cannot be added or renamed ($existing, $name: labels' names).
error-label-empty = le nom de l'étiquette est vide
error-label-duplicate = une étiquette nommée { $existing } existe déjà
error-label-unknown = il n'y a aucune étiquette nommée { $name }
