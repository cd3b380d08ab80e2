# Machine-drafted translation from English (locales/en/actions.ftl); a native speaker's review is welcome.


## Acuerdo

act-agreement-different-text = “{ $name }” anota un texto distinto del de “{ $first }” (los textos difieren a partir del carácter { $at }: { $theirs } frente a { $ours } caracteres). Todos los anotadores deben anotar el mismo texto.

## Asignar documentos

act-assign-no-documents = no hay documentos para asignar
act-assign-select-first = selecciona primero los documentos que quieres asignar
act-assign-failed = { $n ->
    [one] No se pudo asignar { $n } documento: { $error }
   *[other] No se pudieron asignar { $n } documentos: { $error }
}
# La carga de un anotador en el resumen: un nombre y cuántos documentos.
act-assign-load = { $who } { $n }
act-assign-loads-none = ninguno
act-assign-done = Documentos asignados: { $changed }, entre { $members ->
    [one] { $members } anotador
   *[other] { $members } anotadores
}. Documentos por anotador: { $loads }; documentos asignados a más de uno: { $overlapped }.

## Trabajo en el corpus: sugerencias preparadas por adelantado, Hecho → siguiente, Anterior / Siguiente

act-corpus-unreadable = { $n ->
    [one] No se pudieron preparar sugerencias para { $n } documento: { $error }
   *[other] No se pudieron preparar sugerencias para { $n } documentos: { $error }
}
act-corpus-ahead-failed = No se pudieron preparar sugerencias por adelantado: { $error }
act-corpus-nothing-left = Todos los documentos están hechos u omitidos: no queda nada pendiente.
act-corpus-last = Este es el último documento.
act-corpus-first = Este es el primer documento.
# Se anuncia al abrir un documento: su posición en el corpus y su título.
act-corpus-position = Documento { $pos } de { $n }: { $title }

## Edición: órdenes, etiqueta activa, el fragmento con foco, la lista de etiquetas

act-edit-read-only = Este documento compartido es de solo lectura. Guarda una copia para editarlo.
act-edit-label-disarmed = Etiqueta desactivada
act-edit-label-armed = { $label } activa: haz clic en una palabra para etiquetarla
# El fragmento con foco, anunciado: su etiqueta y su texto; la puntuación de una sugerencia tiene dos decimales.
act-edit-describe = { $label } “{ $text }”
act-edit-describe-suggested = { $label } “{ $text }”, sugerencia, puntuación { $score }
act-edit-describe-rejected = { $label } “{ $text }”, rechazado
act-edit-label-added = Etiqueta { $label } añadida
act-edit-label-not-added = No se añadió la etiqueta: { $error }.
act-edit-label-not-renamed = No se renombró la etiqueta: { $error }.

## Sugerencias del proceso de extracción

act-extract-model-failed = No se pudo cargar el modelo de entidades ({ $error }); las sugerencias están desactivadas.
act-extract-not-added = No se pudieron añadir las sugerencias: { $error }
act-extract-added = { $n ->
    [one] { $n } sugerencia añadida
   *[other] { $n } sugerencias añadidas
}

## Aprender de las decisiones del anotador

act-learn-sources-failed = Las sugerencias no pueden aprender de tus decisiones anteriores ({ $error }); parten del modelo incluido.
act-learn-unreadable = { $n ->
    [one] Las sugerencias no pueden aprender de { $n } de tus documentos (no se pudo leer): { $error }
   *[other] Las sugerencias no pueden aprender de { $n } de tus documentos (no se pudieron leer): { $error }
}
act-learn-rebuild-failed = Las sugerencias no pudieron aprender de tus decisiones anteriores: { $error }
act-learn-doc-failed = Las sugerencias no pudieron aprender de este documento: { $error }
act-learn-follow-failed = No se pudieron actualizar las sugerencias: { $error }
act-learn-refresh-failed = No se pudieron actualizar las sugerencias: { $error }
act-learn-forget-failed = No se pudo olvidar lo aprendido por las sugerencias: { $error }
act-learn-forget-storage-failed = No se pudo borrar del almacenamiento lo aprendido por las sugerencias: { $error }
act-learn-forgotten = Las sugerencias olvidaron lo aprendido: vuelven a basarse en el modelo incluido.

## Límites de palabra

act-library-segmenter-failed = Los límites de palabra para textos en chino, japonés o tailandés no están disponibles ({ $error }); en esos textos, las selecciones se quedan tal como las hagas.

## Apertura: arranque, abrir por id, añadir y abrir

act-open-quarantined = No se pudo leer una entrada almacenada y se apartó para recuperarla: { $reason }
act-open-migrated = Tu trabajo guardado se actualizó desde la versión { $version } del almacenamiento.
act-open-load-failed = No se pudo cargar el trabajo guardado ({ $error }). Los cambios no se guardarán en esta pestaña.
act-open-not-saved = No se pudo guardar “{ $title }”: { $error }
act-open-failed = No se pudo abrir el documento: { $error }
act-open-no-storage = El almacenamiento no está disponible en este navegador.
act-open-ahead-failed = No se pudieron añadir las sugerencias preparadas para este documento: { $error }
act-open-predates-unknown = No se sabe si las sugerencias de este documento están actualizadas: { $error }
act-open-last-open-failed = No se pudo recordar qué documento está abierto: { $error }

## La clasificación de la cola

act-queue-unreadable = { $n ->
    [one] No se pudo leer { $n } documento para la clasificación; conserva su lugar en el corpus: { $error }
   *[other] No se pudieron leer { $n } documentos para la clasificación; conservan su lugar en el corpus: { $error }
}
act-queue-rank-failed = No se pudo clasificar la cola (mantiene su orden): { $error }

## Relaciones: modo vinculación y tipos de relación

act-relations-cancelled = Vinculación cancelada
act-relations-no-type = Añade primero un tipo de relación (Relaciones, “Añadir tipo”).
act-relations-linking-from = Vinculando desde “{ $text }”: ve con Tab al fragmento de destino y pulsa Intro, o haz clic en él. Esc cancela.
act-relations-link-mode = Modo vinculación: haz clic en el fragmento de origen y luego en el de destino. Esc cancela.
act-relations-choose-target = Vinculando desde “{ $text }”: ahora elige el fragmento de destino.
act-relations-same-span = Elige otro fragmento como destino.
# Un vínculo creado: el texto del fragmento de origen, el del destino y el tipo de relación.
act-relations-linked = Vinculado “{ $from }” → “{ $to }” ({ $kind })
act-relations-new-source = Vinculando desde “{ $text }”: ve con Tab al fragmento de destino y pulsa Intro.
act-relations-focus-first = Primero enfoca un fragmento con Tab.
act-relations-type-name-first = Escribe primero un nombre para el tipo de relación.
act-relations-type-exists = El tipo de relación “{ $kind }” ya existe.
act-relations-type-added = Tipo de relación “{ $kind }” añadido

## Modo revisión

act-review-read-only = Este documento compartido es de solo lectura. Guarda una copia para revisar sus sugerencias.
act-review-off = Modo revisión desactivado
act-review-waiting = Esperando las sugerencias de este documento…
act-review-all-decided = Todas las sugerencias de este documento están decididas. Intro: Hecho → siguiente.
act-review-skipped-left = { $n ->
    [one] Queda { $n } sugerencia omitida. Intro: el siguiente documento; Tab: volver a preguntar por la omitida.
   *[other] Quedan { $n } sugerencias omitidas. Intro: el siguiente documento; Tab: volver a preguntar por las omitidas.
}

## Guardar y fusionar con lo escrito por otra pestaña

act-save-room-again = Vuelve a haber espacio en el almacenamiento: tus cambios están guardados.
act-save-storage-full = El almacenamiento está lleno: tus últimos cambios se mantienen en pantalla, pero no se guardan. Exporta este documento (Exportar) o elimina los documentos que ya no necesites; se reintentará guardar hasta que se consiga.
act-save-failed = No guardado: { $error }
# $json: lo que no se pudo colocar, como JSON (se muestra para que no se pierda).
act-save-leftovers-lost = No se pudo conservar lo que la fusión con otra pestaña no pudo colocar ({ $error }); es esto: { $json }
act-save-merged = Los cambios de otra pestaña se fusionaron con los tuyos.
# $conflicts: los cinco primeros conflictos descritos, unidos por «; »; $more: act-save-conflicts-more o
# nada; $aside: act-save-conflicts-aside o nada.
act-save-conflicts = Este documento también se cambió en otra pestaña; se conservaron ambos conjuntos de cambios. { $conflicts }{ $more }.{ $aside }
act-save-conflicts-more = { " " }(y { $n } más)
act-save-conflicts-aside = { " " }Lo que no se pudo colocar se apartó: puedes descargarlo en Documentos → Entradas apartadas.
act-save-settings-failed = No se guardaron los ajustes: { $error }

## Exportar y enlaces compartidos

act-transfer-words-failed = no se encontraron las palabras de “{ $title }” ({ $error })
act-transfer-copy-saved = “{ $title }” se guardó en tu espacio de trabajo; ya puedes editarlo.

## Sincronización del equipo: cola, ajustes, cambios recibidos

act-sync-stage-failed = No se pudo poner este cambio en la cola de sincronización (está guardado aquí): { $error }
act-sync-schema-stage-failed = No se pudieron poner las etiquetas en la cola del proyecto (están guardadas aquí): { $error }
act-sync-removal-stage-failed = No se pudo poner la eliminación en la cola del proyecto: { $error }
act-sync-settings-unreadable = no se pueden leer los ajustes de sincronización guardados en este navegador ({ $error }); vuelve a introducirlos
act-sync-online-failed = La sincronización no detectará por sí sola que vuelve la red: { $error }
act-sync-password-unreadable = no se pudo leer la contraseña recordada: { $error }
act-sync-is-off = La sincronización está desactivada: { $error }
act-sync-enter-password = introduce la contraseña de tu cuenta en el servidor de sincronización
act-sync-settings-not-written = no se pudieron escribir los ajustes: { $error }
act-sync-settings-not-kept = no se pudieron conservar los ajustes: { $error }
act-sync-password-not-remembered = No se pudo recordar la contraseña en esta pestaña: { $error }
act-sync-settings-not-removed = No se pudieron quitar los ajustes de sincronización: { $error }
act-sync-password-not-removed = No se pudo quitar la contraseña recordada: { $error }
act-sync-off = la sincronización está desactivada
act-sync-retry-failed = No se pudieron volver a poner en cola los cambios rechazados: { $error }
# $key: qué registro (un documento o las etiquetas); $conflicts: los conflictos descritos, unidos por «; ».
act-sync-merge-conflicts = { $key } también se cambió en el servidor de sincronización; se conservaron ambas versiones: { $conflicts }
# $json: lo que no se pudo colocar, como JSON (se muestra para que no se pierda).
act-sync-leftovers-lost = No se pudo conservar lo que la fusión con el servidor no pudo colocar ({ $error }); es esto: { $json }
act-sync-removed-unreadable = No se pudo leer aquí un documento quitado del proyecto: { $error }
act-sync-removed-kept = “{ $title }” se quitó del proyecto; tu copia, con tu trabajo, se conserva en este navegador.
act-sync-removed = “{ $title }” se quitó del proyecto.
act-sync-removed-not-deleted = No se pudo eliminar aquí un documento quitado del proyecto: { $error }
act-sync-labels-arrived = Las etiquetas del proyecto llegaron del servidor de sincronización.
act-sync-change-not-saved = No se pudo guardar aquí un cambio del servidor de sincronización: { $error }
act-sync-doc-not-saved = No se pudo guardar aquí un documento del servidor de sincronización: { $error }
act-sync-change-unreadable = No se pudo leer aquí un cambio del servidor de sincronización: { $error }

## Sincronización del equipo: la versión oro del curador ($who: el nombre de cuenta de un anotador)

act-sync-gold-no-version = { $who } (aún) no tiene aquí ninguna versión de este documento
act-sync-gold-no-span = ese fragmento ya no está en la versión del anotador
act-sync-gold-none = aún no hay versión oro: primero toma una versión o un fragmento
act-sync-gold-nothing-worked = nadie ha trabajado aún en este documento
act-sync-gold-took-version = La versión de { $who } es ahora la versión oro arbitrada.
act-sync-gold-took-span = { $label } “{ $text }” de { $who } está en la versión oro.
act-sync-gold-dropped = Se quitó { $label } de la versión oro.
act-sync-gold-agreed = { $n ->
    [one] Un borrador de versión oro con el { $n } fragmento en que coincidieron todos los anotadores.
   *[other] Un borrador de versión oro con los { $n } fragmentos en que coincidieron todos los anotadores.
}
act-sync-gold-marked = Marcada como arbitrada.
act-sync-gold-reopened = Reabierta: la versión oro vuelve a ser un borrador.

## Sincronización del equipo: configurar un proyecto, cuentas, el conjunto de entrenamiento

act-sync-project-ready = El proyecto “{ $project }” está listo. Responsables: { $leads }; anotadores: { $annotators }; curadores: { $curators }. Cada miembro activa la sincronización con él y con su rol.
act-sync-setup-stopped = la configuración se detuvo antes de terminar
act-sync-account-enter-first = introduce primero el nombre de usuario y la contraseña que quieras
act-sync-account-created = Cuenta “{ $user }” creada. Pide al responsable del proyecto que te añada a él.
act-sync-account-refused = el servidor de sincronización no creó “{ $user }”: el nombre ya está en uso o este servidor no permite crear cuentas
# $status: el código de estado HTTP; $message: lo que dijo el servidor.
act-sync-account-http = el servidor de sincronización respondió HTTP { $status } a la nueva cuenta: { $message }
act-sync-unreachable = no se puede acceder al servidor de sincronización: { $error }
act-sync-nothing-worked = aún no se ha trabajado en ningún documento del proyecto

## La pantalla Documentos: añadir archivos y texto, renombrar, estado, duplicar, eliminar, otras pestañas

act-workspace-file-not-added = No se añadió “{ $file }”: { $error }. No se guardó nada.
act-workspace-import-as-text = Importar como texto sin formato
# $needed, $free: tamaños (act-workspace-size-…); $fit: cuántos documentos cabrían.
act-workspace-no-room = Estos { $n } documentos necesitan unos { $needed } del almacenamiento del navegador, pero solo hay { $free } libres (este navegador reserva unos 10 MB por sitio): no se importó nada. Divide el archivo en partes de { $fit } documentos como máximo, o exporta los documentos que hayas terminado (Exportar → Todo el espacio de trabajo) y elimínalos para hacer sitio.
act-workspace-importing = Importando: { $saved } de { $total } documentos guardados
# $labels: los nombres de las nuevas etiquetas, unidos por «, ».
act-workspace-new-labels = Nuevas etiquetas del archivo: { $labels }.
# $titles: los cinco primeros títulos, cada uno entre “ ”, unidos por «, »; $more: act-workspace-added-more o nada.
act-workspace-added = { $n ->
    [one] Se añadió { $n } documento: { $titles }{ $more }.
   *[other] Se añadieron { $n } documentos: { $titles }{ $more }.
}
act-workspace-added-more = { " " }y { $n } más
act-workspace-added-count = { $n ->
    [one] Se añadió { $n } documento
   *[other] Se añadieron { $n } documentos
}
act-workspace-paste-empty = Pega o escribe algún texto para añadir un documento.
act-workspace-added-one = Se añadió “{ $title }”.
act-workspace-title-needed = Un documento necesita un título.
act-workspace-not-renamed = No se renombró: { $error }
# Un estado de documento dentro de una frase («Se marcó 1 documento como hecho.»).
act-workspace-status-name = { $status ->
    [new] nuevo
    [inprogress] en curso
    [done] hecho
   *[skipped] omitido
}
act-workspace-not-marked = { $n ->
    [one] No se pudo marcar { $n } documento como { $status }: { $error }
   *[other] No se pudieron marcar { $n } documentos con el estado { $status }: { $error }
}
act-workspace-marked = { $n ->
    [one] Se marcó { $n } documento como { $status }.
   *[other] Se marcaron { $n } documentos con el estado { $status }.
}
act-workspace-status-not-changed = No se cambió el estado: { $error }
act-workspace-duplicated = Documento duplicado
act-workspace-not-duplicated = No se duplicó: { $error }
act-workspace-not-deleted = No se eliminó: { $error }
act-workspace-deleted = Se eliminó “{ $title }”
act-workspace-restored = Se restauró “{ $title }”
act-workspace-not-restored = No se pudo restaurar “{ $title }”: { $error }
act-workspace-reread-failed = No se pudo volver a leer la lista de documentos: { $error }
act-workspace-deleted-elsewhere = “{ $title }” se eliminó en otra pestaña. Sigue abierto aquí; edítalo para volver a guardarlo, o abre otro documento.
act-workspace-other-tab-unreadable = No se pudo leer el cambio hecho en otra pestaña: { $error }
act-workspace-other-tab-unlisted = No se pudo listar un documento cambiado en otra pestaña: { $error }
act-workspace-other-tab-labels = No se pudieron leer las etiquetas cambiadas en otra pestaña: { $error }
# Un tamaño: $size tiene un decimal.
act-workspace-size-mb = { $size } MB
act-workspace-size-kb = { $size } KB
act-workspace-size-bytes = { $n ->
    [one] { $n } byte
   *[other] { $n } bytes
}

## El teclado

key-selected = Seleccionado “{ $text }”
key-selection-failed = No se pudo usar esa selección: { $error }
