# Machine-drafted translation from English (locales/en/errors.ftl); a native speaker's review is welcome.
# Core's errors, as `src/errors.rs` shows them; usually inside another message's { $error }, so they start
# in lower case. Arguments are data: $reason, $message, $error, $what, $step and $first come from a parser,
# the browser, the server or the program (in English), and are shown as they are.


## Enlaces para compartir

error-share-empty = el enlace no contiene ningún documento (la parte después de '#' está vacía)
# $pos: a character position in the link.
error-share-bad-base64 = el enlace está dañado: el carácter { $pos } después de '#' no está permitido en un enlace para compartir
error-share-unsupported-version = este enlace se creó con una versión más reciente o desconocida de Spandrel (formato { $version }); actualiza la aplicación
error-share-truncated = el enlace está cortado; vuelve a copiar el enlace completo
error-share-not-a-link = esto no es un enlace para compartir de Spandrel: no empieza como uno (dañado, o de otra herramienta)
error-share-decompress = el enlace está dañado y no se puede descomprimir: { $reason }
error-share-too-large = { $limit ->
    [one] el documento compartido ocupa más de { $limit } byte una vez descomprimido, y Spandrel lo rechaza
   *[other] el documento compartido ocupa más de { $limit } bytes una vez descomprimido, y Spandrel lo rechaza
}
# $field: the name of a field of the link's data.
error-share-malformed = el enlace está dañado: el campo '{ $field }' no es válido
error-share-invalid-span = el enlace está dañado: el fragmento n.º { $index } no es válido ({ $reason })
error-share-invalid-relation = el enlace está dañado: la relación n.º { $index } no es válida ({ $reason })
# $id: an annotation's number.
error-share-bad-annotation = la anotación { $id } no se puede compartir: { $reason }

## Archivos de texto que no se pueden leer ($name: el nombre del archivo; $offset: una posición en bytes)

error-decode-invalid-utf8 = “{ $name }” no es UTF-8 válido (byte incorrecto en la posición { $offset }); puede que use una codificación antigua como Windows-1252 — guárdalo de nuevo como UTF-8 y vuelve a abrirlo
error-decode-odd-utf16-length = “{ $name }” dice ser UTF-16 pero tiene un número impar de bytes ({ $len }); el último byte, en la posición { $offset }, está incompleto
error-decode-invalid-utf16 = “{ $name }” no es UTF-16 válido (sustituto sin pareja en la posición de byte { $offset })
error-decode-binary = “{ $name }” contiene un carácter NUL en la posición de byte { $offset }: parece un archivo binario, o UTF-16 sin marca de orden de bytes — guárdalo de nuevo como UTF-8
error-decode-pdf = “{ $name }” es un PDF: su texto se lee en el navegador (pdf.js), así que ábrelo en la aplicación; expórtalo desde allí como JSON de Spandrel para usarlo aquí
error-pdf-no-text = no tiene capa de texto (¿una página escaneada?): Spandrel lee el texto que contiene un PDF y no tiene OCR
error-pdf-bad-item = la página { $page } tiene un elemento de texto cuya posición o tamaño no es un número
error-pdf-no-page = la página { $page } no está en este documento
error-pdf-differs = la página { $page } se lee distinta del texto del documento (el PDF no es del que salió este documento)
error-pdf-password = está protegido con contraseña
error-pdf-invalid = no es un PDF legible ({ $reason })
error-pdf-missing = el archivo PDF no está guardado en este navegador

## El espacio de trabajo en el almacenamiento del navegador ($id: el identificador de un documento; $what: lo que se guardaba, en inglés)

error-storage-quota-exceeded = { $needed ->
    [one] no hay suficiente almacenamiento del navegador para guardar { $what } (falta { $needed } byte); no cambió nada de lo guardado antes. Elimina o exporta algunos documentos para liberar espacio
   *[other] no hay suficiente almacenamiento del navegador para guardar { $what } (faltan { $needed } bytes); no cambió nada de lo guardado antes. Elimina o exporta algunos documentos para liberar espacio
}
error-storage-conflict = el documento “{ $id }” se modificó en otro lugar (probablemente en otra pestaña) y ahora está en la revisión { $revision }; combina las dos versiones antes de guardar
error-storage-not-found = el documento “{ $id }” no existe en este espacio de trabajo
error-storage-already-exists = ya existe un documento con el identificador “{ $id }”
error-storage-corrupt = no se pudo leer el documento “{ $id }”: { $reason }
error-storage-invalid-document = el documento “{ $id }” no se puede guardar: { $reason }
error-storage-store = no se pudo guardar { $what }: { $message }
error-storage-rollback-failed = falló el guardado de { $what } ({ $error }) y también falló la restauración de la versión anterior ({ $rollback }); exporta tu trabajo ahora
# $key: the storage key the old data stays under.
error-storage-migration-failed = no se pudo actualizar el espacio de trabajo antiguo ({ $reason }); los datos antiguos siguen intactos en “{ $key }”
# Adding documents stopped: $title: the document that could not be saved; $cause: why (one of the messages above).
error-add = no se pudo guardar “{ $title }” ({ $cause }); no se añadió nada
# The same, when $n of the $added documents saved before could not be deleted again: $ids, and why the first was not ($first).
error-add-left-behind = { $n ->
    [one] no se pudo guardar “{ $title }” ({ $cause }); no se añadió nada, pero { $n } de los { $added } documentos guardados antes no se pudo retirar ({ $ids }: { $first }); elimínalo desde Documentos
   *[other] no se pudo guardar “{ $title }” ({ $cause }); no se añadió nada, pero { $n } de los { $added } documentos guardados antes no se pudieron retirar ({ $ids }: { $first }); elimínalos desde Documentos
}
# Browser storage itself ($key: a storage key).
error-store-quota-exceeded = { $needed ->
    [one] el almacenamiento del navegador está lleno: escribir “{ $key }” necesita { $needed } byte más de lo que permite la cuota
   *[other] el almacenamiento del navegador está lleno: escribir “{ $key }” necesita { $needed } bytes más de lo que permite la cuota
}
error-store-unavailable = el almacenamiento del navegador no está disponible: { $reason }
error-store-failed = el almacenamiento del navegador falló con “{ $key }”: { $message }
error-ws-unavailable = El almacenamiento no está disponible en este navegador; los cambios no se guardan en esta pestaña.

## Exportar e importar ($doc: el identificador de un documento)

error-export-bad-span = documento “{ $doc }”: la anotación { $id } tiene las posiciones { $start }..{ $end } fuera del texto
# $format: a format's name (“CoNLL”, “spaCy”…).
error-export-empty = { $format } contiene exactamente un documento por conjunto de archivos, y no hay ninguno que exportar
error-export-json = no se pudo escribir el JSON: { $reason }
# $error: why its word boundaries cannot be used (one of the error-word-breaks messages).
error-export-words = documento “{ $doc }”: { $error }
# An import refused: how many problems, and the first one ($first: where, and what the parser said).
error-import-report = { $n ->
    [one] { $n } problema en los datos; el primero: { $first }
   *[other] { $n } problemas en los datos; el primero: { $first }
}
# A file that adds nothing: its first problem, and how many more it has.
error-intake-failure-more = { $more ->
    [one] { $first } (y { $more } problema más)
   *[other] { $first } (y { $more } problemas más)
}

## Sincronización ($what: lo que se rechazó o se pidió, en inglés; $status: un código HTTP)

error-sync-wrong-password = el servidor de sincronización no aceptó la contraseña de “{ $user }” (nombre de usuario o contraseña incorrectos); no se envió nada, tu trabajo se conserva aquí
error-sync-forbidden = Sin permiso: el servidor de sincronización no te deja cambiar { $what }; tu versión se conserva aquí
# $role: the role the settings name, in English (“a lead”).
error-sync-no-read-access = Sin permiso: el servidor de sincronización no te deja leer { $what }. Tus ajustes de sincronización dicen que eres { $role } de este proyecto; elige el rol que te dio el responsable del proyecto (tu trabajo se conserva aquí)
# $first: why the first change was refused; “Sync now” is the button of the sync settings.
error-sync-still-refused = { $count ->
    [one] { $first } ({ $count } cambio rechazado conservado aquí; se enviará de nuevo cuando cambie, o con “Sincronizar ahora”)
   *[other] { $first } ({ $count } cambios rechazados conservados aquí; se enviarán de nuevo cuando cambien, o con “Sincronizar ahora”)
}
error-sync-unreachable = { $waiting ->
    [one] no se puede acceder al servidor de sincronización ({ $reason }); { $waiting } cambio espera aquí y se enviará cuando responda
   *[other] no se puede acceder al servidor de sincronización ({ $reason }); { $waiting } cambios esperan aquí y se enviarán cuando responda
}
error-sync-quota = el servidor de sincronización se negó a almacenar más (HTTP { $status }: cuota o límite de tamaño); tu trabajo se conserva aquí
# $bucket: the project's name.
error-sync-project-not-found = el proyecto “{ $bucket }” no existe en el servidor de sincronización, o no eres miembro de él
error-sync-server-unavailable = el servidor de sincronización no está disponible (HTTP { $status }); tu trabajo se conserva aquí y se enviará más tarde
# The same, with the server's own message.
error-sync-server-unavailable-message = el servidor de sincronización no está disponible (HTTP { $status }: { $message }); tu trabajo se conserva aquí y se enviará más tarde
error-sync-conflict = { $what } no dejó de cambiar en el servidor mientras se combinaba; sincroniza de nuevo
error-sync-unexpected = el servidor de sincronización respondió HTTP { $status } a { $what }
error-sync-unexpected-message = el servidor de sincronización respondió HTTP { $status } a { $what }: { $message }
error-sync-bad-record = el servidor de sincronización envió algo que no es un { $what } válido: { $reason }
error-sync-bad-config = ajustes de sincronización: { $reason }
# The sync state kept in this browser ($key: its storage key).
error-state-store = no se pudo guardar la cola de sincronización en el almacenamiento del navegador ({ $error }); los documentos en sí están guardados
error-state-corrupt = no se pudo leer el estado de sincronización guardado “{ $key }” ({ $reason }); se dejó donde estaba
# A request that got no answer ($reason: the browser's words).
error-http-network = sin conexión con el servidor: { $reason }
error-http-timeout = el servidor no respondió a tiempo
error-http-blocked = el navegador bloqueó la solicitud: { $reason }

## Crear un proyecto en el servidor de sincronización ($bucket: el nombre del proyecto; $user: un nombre de cuenta)

error-setup-wrong-password = el servidor de sincronización no aceptó la contraseña de “{ $user }”; no se creó nada
error-setup-not-allowed = “{ $user }” no puede crear proyectos en este servidor de sincronización (solo su administrador puede); no se creó nada
# “update the existing project” is the set-up form's checkbox.
error-setup-exists = ya existe un proyecto llamado “{ $bucket }” en el servidor de sincronización; elige otro nombre, o marca “Actualizar el proyecto existente” para cambiar sus miembros; no se creó nada
# $names: the missing accounts, each one as error-setup-account-name says, separated by commas; $n: how many.
error-setup-no-such-account = { $n ->
    [one] no existe ninguna cuenta llamada { $names } en el servidor de sincronización (cada miembro crea primero la suya, desde los ajustes de sincronización); no se creó nada
   *[other] no existen las cuentas { $names } en el servidor de sincronización (cada miembro crea primero la suya, desde los ajustes de sincronización); no se creó nada
}
error-setup-account-name = “{ $name }”
error-setup-bad-name = el nombre de proyecto “{ $name }” solo puede usar letras, dígitos, '_' y '-', y debe empezar por una letra o un dígito; no se creó nada
error-setup-cannot-read = “{ $user }” no puede leer los miembros del proyecto “{ $bucket }” (solo pueden el administrador del servidor y los responsables del proyecto), o no existe tal proyecto; no se cambió nada
# $step: what the set-up was doing (in English); $made: error-setup-made-nothing or error-setup-made-so-far.
error-setup-unreachable = no se puede acceder al servidor de sincronización ({ $reason }) en el paso: { $step }; { $made }
error-setup-refused = el servidor de sincronización respondió HTTP { $status } en el paso: { $step }; { $made }
error-setup-refused-message = el servidor de sincronización respondió HTTP { $status } en el paso: { $step } ({ $message }); { $made }
error-setup-made-nothing = no se creó nada
# $made: the parts made, separated by commas (in English).
error-setup-made-so-far = creado hasta ahora: { $made }; vuelve a crearlo con “Actualizar el proyecto existente” marcado para terminar

## Versión oro, arbitraje, asignación

error-gold-other-text = esta versión se hizo sobre otro texto del documento, así que sus posiciones no señalan las mismas palabras que las de la versión oro
# $start, $end: character positions; $len: the text's length in characters.
error-gold-out-of-range = { $len ->
    [one] el fragmento { $start }–{ $end } queda fuera del texto del documento ({ $len } carácter)
   *[other] el fragmento { $start }–{ $end } queda fuera del texto del documento ({ $len } caracteres)
}
# $index: a disagreement's number.
error-adjudication-unknown-disagreement = { $count ->
    [one] decisión para el desacuerdo n.º { $index }, pero solo hay { $count } desacuerdo
   *[other] decisión para el desacuerdo n.º { $index }, pero solo hay { $count } desacuerdos
}
error-adjudication-duplicate-decision = el desacuerdo n.º { $index } tiene dos decisiones
error-assign-no-annotators = no hay ningún anotador al que asignar documentos
error-assign-bad-share = la proporción de solapamiento debe estar entre 0 y 100 %, no { $share }
error-assign-bad-overlap-k = los anotadores por documento solapado deben ser al menos 2, no { $k }

## Edición: posiciones, límites de palabra, cambios y etiquetas ($pos, $prev, $start, $end: posiciones en el texto)

# An offset that cannot be used; $len: the text's length in the unit the message names.
error-offset-out-of-range-code-points = { $len ->
    [one] la posición { $pos } está más allá del final del texto ({ $len } punto de código)
   *[other] la posición { $pos } está más allá del final del texto ({ $len } puntos de código)
}
error-offset-out-of-range-utf16 = { $len ->
    [one] la posición { $pos } está más allá del final del texto ({ $len } unidad de código UTF-16)
   *[other] la posición { $pos } está más allá del final del texto ({ $len } unidades de código UTF-16)
}
error-offset-out-of-range-bytes = { $len ->
    [one] la posición { $pos } está más allá del final del texto ({ $len } byte)
   *[other] la posición { $pos } está más allá del final del texto ({ $len } bytes)
}
error-offset-splits-utf8 = la posición de byte { $pos } cae dentro de un carácter UTF-8
error-offset-splits-surrogate = la posición UTF-16 { $pos } cae entre las dos mitades de un par sustituto
error-offset-reversed = el intervalo { $start }..{ $end } está invertido
# Word boundaries given by the browser's word segmenter; $error: one of the error-offset messages.
error-word-breaks-offset = límite de palabra: { $error }
error-word-breaks-unsorted = el límite de palabra { $pos } va antes del anterior ({ $prev }): los límites deben ir en orden creciente
error-word-breaks-bad-segmenter = el segmentador de palabras devolvió la posición de byte { $pos }, que no es un límite de carácter de su entrada
# A change to the document that was refused (nothing was changed); $len: the text's length in characters.
error-edit-empty-span = la selección { $start }..{ $end } está vacía: selecciona al menos un carácter
error-edit-out-of-range = { $len ->
    [one] el fragmento { $start }..{ $end } va más allá del final del texto ({ $len } carácter)
   *[other] el fragmento { $start }..{ $end } va más allá del final del texto ({ $len } caracteres)
}
error-edit-splits-grapheme = el fragmento { $start }..{ $end } parte un carácter en dos en la posición { $pos }; amplíalo a caracteres completos
# $existing, $id, $from, $to: annotations' or relations' numbers; $label: a label's name; $kind: a relation type.
error-edit-duplicate = la anotación n.º { $existing } ya marca { $start }..{ $end } como { $label }
error-edit-unknown-annotation = la anotación n.º { $id } no existe (puede que se haya eliminado)
error-edit-unknown-relation = la relación n.º { $id } no existe (puede que se haya eliminado)
error-edit-self-relation = una relación no puede unir la anotación n.º { $id } consigo misma
error-edit-duplicate-relation = ya existe una relación “{ $kind }” de n.º { $from } a n.º { $to }
error-edit-empty-label = el nombre de la etiqueta está vacío
error-edit-empty-relation-type = el tipo de relación está vacío
error-edit-empty-attribute-key = el nombre del atributo está vacío
# One change of several made together was refused: $item: its place among them (from 1); $error: why (a message above).
error-edit-in-batch = elemento { $item } del lote: { $error }
error-edit-not-a-suggestion = la anotación { $id } no es una sugerencia pendiente
# A label that cannot be added or renamed ($existing, $name: labels' names).
error-label-empty = el nombre de la etiqueta está vacío
error-label-duplicate = ya existe una etiqueta llamada { $existing }
error-label-unknown = no hay ninguna etiqueta llamada { $name }
