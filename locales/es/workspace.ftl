# Machine-drafted translation from English (locales/en/workspace.ftl); a native speaker's review is welcome.


## Espacio de trabajo: los oyentes de la ventana (otras pestañas, salir de la página, archivos soltados en la ventana)

workspace-other-tabs-off = Los cambios hechos en otras pestañas no se verán aquí hasta recargar ({ $error }).
workspace-unload-guard-off = Al cerrar la pestaña no se avisará de los cambios sin guardar ({ $error }).
workspace-page-hidden-off = Puede que no se guarden los cambios hechos justo antes de salir de la página ({ $error }).
workspace-window-drop-off = No se pueden soltar archivos en la ventana ({ $error }); usa Documentos → Abrir archivos.
workspace-read-only-add = Este documento compartido es de solo lectura. Guarda una copia en tu espacio de trabajo antes de añadir archivos.
workspace-file-unreadable = No se pudo leer “{ $name }”: { $error }

## Espacio de trabajo: la pantalla Documentos

workspace-heading = Documentos
workspace-storage-unavailable = El almacenamiento del navegador no está disponible: en esta pestaña no se pueden listar ni guardar documentos.

## Espacio de trabajo: documentos eliminados (deshacer)

workspace-deleted = Se eliminó “{ $title }”.
workspace-restore = Restaurar

## Espacio de trabajo: filtros, orden y estado en bloque

workspace-filters = Filtrar documentos
workspace-filter-status = Estado
workspace-filter-by-status = Filtrar por estado
workspace-status-any = Cualquiera
workspace-status-not-done = No hechos
workspace-status-to-do = Pendientes (nuevos o en curso)
workspace-filter-label = Etiqueta
workspace-filter-by-label = Filtrar por etiqueta
workspace-label-any = Cualquiera
workspace-filter-text = Texto
workspace-filter-by-text = Filtrar por texto
workspace-filter-text-placeholder = título o texto
workspace-sort = Ordenar
workspace-sort-documents = Ordenar documentos
workspace-sort-position = Orden del corpus
workspace-sort-modified = Última modificación
workspace-doc-count = { $n ->
    [one] { $n } documento
   *[other] { $n } documentos
}
workspace-doc-count-matching = { $total ->
    [one] { $n } de { $total } documento coincide
   *[other] { $n ->
        [one] { $n } de { $total } documentos coincide
       *[other] { $n } de { $total } documentos coinciden
    }
}
# Seguido del número de seleccionados, luego «como» y un botón por estado.
workspace-mark = Marcar
workspace-selected = { $n ->
    [one] { $n } seleccionado
   *[other] { $n } seleccionados
}
workspace-mark-as = como
# Seguido de un botón por estado.
workspace-mark-all-matching = Marcar todos los que coinciden como
# Para lectores de pantalla; $status es el nombre del estado en minúscula.
workspace-marking = { $n ->
    [one] Marcando { $n } documento como { $status }
   *[other] Marcando { $n } documentos con el estado { $status }
}

## Espacio de trabajo: la tabla de documentos

workspace-table-caption = Documentos en este navegador
workspace-select-page = Seleccionar todos los de esta página
workspace-col-title = Título
workspace-col-labels = Etiquetas
workspace-col-suggestions = Sugerencias aceptadas / pendientes
workspace-col-status = Estado
workspace-col-modified = Modificado
workspace-col-actions = Acciones
workspace-col-assigned = Asignado a
workspace-empty = Aún no hay documentos: añade uno abajo.
workspace-no-match = Ningún documento coincide con el filtro.
workspace-pages = Páginas
workspace-previous-page = ◀ Página anterior
workspace-page-of = Página { $page } de { $pages }
workspace-next-page = Página siguiente ▶

## Espacio de trabajo: asignar documentos a anotadores (un responsable sincronizado)

workspace-assign-overlap-invalid = el solapamiento “{ $value }” no es un porcentaje
workspace-assign-k-invalid = “{ $value }” no es un número de anotadores
workspace-assign-legend = Asignar documentos a anotadores
workspace-assign-names = Anotadores (nombres de cuenta)
# Nombres de cuenta de ejemplo.
workspace-assign-names-placeholder = alice, bob
workspace-assign-overlap = Solapamiento (% de documentos)
workspace-assign-k = Anotadores por documento solapado
workspace-assign-auto = Asignar todo automáticamente
workspace-assign-selected = { $n ->
    [one] Asignar { $n } seleccionado a estos anotadores
   *[other] Asignar { $n } seleccionados a estos anotadores
}

## Espacio de trabajo: la fila de un documento

workspace-select-doc = Seleccionar { $title }
workspace-open-badge = (abierto)
workspace-new-title = Nuevo título
workspace-status-of = Estado de { $title }
workspace-open = Abrir
workspace-rename = Renombrar
workspace-duplicate = Duplicar
workspace-delete = Eliminar

## Espacio de trabajo: uso del almacenamiento

workspace-storage = Almacenamiento
workspace-storage-used = Almacenamiento usado
# $used y $quota son tamaños («12.5 KB»), $percent tiene un decimal.
workspace-usage-of-quota = { $used } usados de unos { $quota } ({ $percent } %)
workspace-usage = { $used } usados
workspace-usage-unknown = Uso del almacenamiento desconocido: { $error }

## Espacio de trabajo: añadir documentos

workspace-add-heading = Añadir documento
workspace-add-title = Título
workspace-add-text = Texto
workspace-add-submit = Añadir documento
workspace-open-files = Abrir archivos (.txt, .md, .html, .json, .jsonl …)
workspace-drop-hint = También puedes soltar archivos en cualquier parte de la ventana.

## Espacio de trabajo: recuperación de entradas apartadas

workspace-recovery = Recuperación
workspace-recovery-list-failed = No se pudieron listar las entradas apartadas: { $error }
workspace-recovery-none = No se apartó nada: todas las entradas almacenadas se pudieron leer.
workspace-recovery-intro = Estas entradas almacenadas no se pudieron leer y se apartaron. Descárgalas para recuperar su contenido a mano, o descártalas.
workspace-recovery-download = Descargar
workspace-download-failed = Error en la descarga: { $error }
workspace-recovery-discard = Descartar
workspace-recovery-confirm = Confirmar el descarte
workspace-recovery-discard-question = ¿Descartar definitivamente?
workspace-recovery-yes = Sí, descartar
workspace-recovery-keep = Conservar
workspace-not-discarded = No se descartó: { $error }

## Transferencia: inicio (archivos sin conexión, enlaces compartidos)

transfer-update-available = Hay una nueva versión de Spandrel: recarga la página para usarla.
transfer-offline-install-failed = El uso sin conexión está desactivado: no se pudieron instalar los archivos sin conexión ({ $error }).
transfer-offline-off = El uso sin conexión está desactivado: { $error }.
transfer-link-not-opened = No se pudo abrir el enlace compartido: { $error }
transfer-link-invalid = No se pudo abrir el enlace compartido: { $error }. En su lugar se abrió tu propio espacio de trabajo; no se cambió nada en él.

## Transferencia: los botones de la cabecera

transfer-read-only-banner = Documento compartido — solo lectura
transfer-save-copy = Guardar una copia en mi espacio de trabajo
transfer-import = Importar
transfer-export = Exportar
transfer-share = Compartir

## Transferencia: exportar

transfer-no-document = no hay ningún documento abierto
transfer-storage-unavailable = el almacenamiento no está disponible en este navegador
# Un documento que no se pudo cargar: su id y el motivo.
transfer-doc-not-loaded = “{ $id }”: { $error }
transfer-none-done = aún no hay ningún documento marcado como hecho
transfer-exported = { $docs ->
    [one] Se exportó { $docs } documento en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    } ({ $format }).
   *[other] Se exportaron { $docs } documentos en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    } ({ $format }).
}
transfer-export-failed = Error al exportar: { $error }
transfer-export-title = Exportar
transfer-export-what = Qué
transfer-scope-current = Documento actual
transfer-scope-all = Todo el espacio de trabajo
transfer-scope-done = Solo los documentos hechos
transfer-scope-count = { $n ->
    [one] ({ $n } documento)
   *[other] ({ $n } documentos)
}
transfer-format = Formato
transfer-export-format = Formato de exportación
transfer-include-suggestions = Incluir sugerencias
transfer-include-rejected = Incluir fragmentos rechazados
transfer-lossy-hint = Este formato conserva el texto, los fragmentos y las etiquetas; puede que las notas, los estados o las relaciones no se conserven del todo (consulta el README).
transfer-download = Descargar

## Transferencia: compartir por enlace

transfer-share-title = Compartir por enlace
transfer-share-intro = Quien tenga el enlace verá este documento en solo lectura; el documento viaja dentro del enlace, sin pasar por ningún servidor.
transfer-include-pending = Incluir las sugerencias pendientes
transfer-no-link = No se puede crear el enlace: { $error }
transfer-link = Enlace
transfer-link-length = { $n ->
    [one] { $n } carácter
   *[other] { $n } caracteres
}
transfer-link-copied = Enlace copiado
transfer-copy-failed = No se pudo copiar el enlace ({ $error }); selecciónalo en el campo Enlace y cópialo tú.
transfer-copy-link = Copiar enlace
transfer-download-instead = Descargar como archivo de Spandrel

## Transferencia: importar

transfer-import-title = Importar
transfer-import-unreadable = Importar: no se pudo leer “{ $name }”: { $error }
transfer-files = Archivos (o suéltalos aquí)
transfer-reading = leyendo…
transfer-import-format = Formato de importación
transfer-detect = Detectar automáticamente
transfer-plain-text = Texto sin formato (los archivos tal cual)
# unsure: "offsets" (posiciones de carácter); alternativa: «desplazamientos».
transfer-offsets = Posiciones
transfer-offset-unit = Unidad de las posiciones
transfer-offsets-as-format = Según el formato
transfer-code-points = Puntos de código
transfer-utf16 = Unidades de código UTF-16
transfer-choose-files = Elige uno o varios archivos. No se añade nada hasta que confirmes.
transfer-import-button = Importar
# $formats: nombres de formato («CoNLL», «JSON»…).
transfer-problems = { $n ->
    [one] Estos archivos no se pueden importar como { $formats }: { $n } problema. No se cambió nada.
   *[other] Estos archivos no se pueden importar como { $formats }: { $n } problemas. No se cambió nada.
}
transfer-import-partial = Importar la parte válida
transfer-read-as = { $n ->
    [one] Leído como { $formats }: { $n } documento por añadir.
   *[other] Leído como { $formats }: { $n } documentos por añadir.
}
# Tras el título de un documento.
transfer-doc-spans = { $n ->
    [one] — { $n } fragmento
   *[other] — { $n } fragmentos
}
transfer-add-labels = Añadir estas etiquetas al esquema:
transfer-warnings = Advertencias:

## A document's status, as the Documents screen shows it (keys: the stored value)

workspace-status-label = { $status ->
    [new] Nuevo
    [inprogress] En curso
    [done] Hecho
   *[skipped] Omitido
}

## Sharing: advice on the link's length

transfer-advice-ok = Este enlace se puede pegar en cualquier sitio.
transfer-advice-long = Este enlace es largo: las aplicaciones de chat y el correo pueden cortarlo. Mejor envíalo como archivo o compártelo sin sugerencias.
transfer-advice-too-long = Este documento es demasiado grande para un enlace: los navegadores lo rechazan. Expórtalo como archivo.
