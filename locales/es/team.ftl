# Machine-drafted translation from English (locales/en/team.ftl); a native speaker's review is welcome.


## Sincronización: el estado en la cabecera y el error debajo

sync-off = Sincronización desactivada
sync-paused = Sincronización en pausa: introduce la contraseña
sync-synced = Sincronizado
sync-syncing = Sincronizando…
sync-offline = { $waiting ->
    [one] Sin conexión, { $waiting } cambio en espera
   *[other] Sin conexión, { $waiting } cambios en espera
}
sync-error = Error de sincronización
sync-settings-title = Ajustes de sincronización del equipo
sync-settings-button = Ajustes de sincronización
sync-try-again = Reintentar

## Sincronización: el formulario de ajustes

sync-form = Sincronización del equipo
sync-form-hint = Sincroniza tus anotaciones con el servidor Kinto de tu equipo. Tu trabajo siempre se guarda primero en este navegador; la contraseña solo se conserva en esta pestaña (nunca en exportaciones ni en enlaces compartidos).
sync-server = Servidor
sync-server-placeholder = https://kinto.example.org/v1 o /sync/v1
sync-project = Proyecto
sync-user = Usuario
sync-password = Contraseña
sync-role = Rol
sync-role-annotator = Anotador
# unsure: "curator" → «curador» (alternativas: «revisor», «supervisor»).
sync-role-curator = Curador
sync-role-lead = Responsable
sync-remember = Recordar la contraseña en esta pestaña
sync-apply = Aplicar
sync-turn-on = Activar la sincronización
sync-now = Sincronizar ahora
sync-turn-off = Desactivar la sincronización
sync-close = Cerrar

## Sincronización: crear una cuenta, configurar un proyecto

sync-setup-create-account = Crear mi cuenta
sync-setup-open = Configurar un proyecto…
sync-setup-legend = Configurar el proyecto indicado arriba (el administrador del servidor de sincronización) o cambiar sus miembros (un responsable)
sync-setup-admin = Administrador o responsable
sync-setup-admin-password = Su contraseña
sync-setup-leads = Responsables
sync-setup-leads-placeholder = lena
sync-setup-annotators = Anotadores
sync-setup-annotators-placeholder = alice, bob
sync-setup-curators = Curadores
sync-setup-curators-placeholder = cora
sync-setup-update = Actualizar el proyecto existente (sus miembros y permisos)
sync-setup-load = Cargar los miembros actuales
sync-setup-submit = Configurar el proyecto
sync-setup-members-loaded = Los miembros de “{ $project }”: cámbialos y pulsa “{ sync-setup-submit }” para actualizarlo.

## Curador: la versión de cada anotador del documento abierto, y la versión oro

# unsure: "curate" → «curar» / «curación».
curator-region = Curación
curator-open = Curar este documento
curator-not-in-project = Este documento no forma parte del proyecto.
curator-edited = { $said } Se está sincronizando.
# unsure: "gold (version)" → «versión oro» (alternativas: «versión de referencia», «versión definitiva», «gold standard»).
curator-edit-failed = No se cambió la versión oro: { $error }
curator-take-span-label = Pasar { $label } “{ $covered }” de { $who } a la versión oro
curator-span-in-gold = Ya está en la versión oro
curator-take-span-title = Pasar este fragmento a la versión oro
curator-version-empty = sin fragmentos
curator-take-version = Pasar a oro
curator-gold-none = Versión oro: aún no hay. Toma arriba una versión entera o fragmentos sueltos, o empieza por lo que todos acordaron.
curator-gold-agreed = Empezar por los fragmentos acordados
curator-drop-span-label = Quitar { $label } “{ $covered }” de la versión oro
curator-drop-span = Quitar
# unsure: "adjudicate" → «arbitrar».
curator-gold-adjudicated = Versión oro (arbitrada)
curator-gold-draft = Versión oro (borrador, aún sin arbitrar)
curator-gold-empty = : sin fragmentos
curator-gold-reopen = Reabrir
curator-gold-mark = Marcar como arbitrada

## Curador: el acuerdo entre las versiones de los anotadores

curator-agreement-none = Acuerdo: hacen falta las versiones de dos anotadores.
curator-agreement-caption = Acuerdo (el segundo de cada par es la referencia)
curator-agreement-pair = Par
curator-agreement-exact = P / R / F1 exactas
# unsure: "overlap" (coincidencia con solapamiento) → «parcial».
curator-agreement-overlap = F1 parcial
curator-agreement-kappa = κ de Cohen (tokens)
curator-agreement-pair-row = { $a } vs. { $b }

## Equipo: progreso y cola de arbitraje (pantalla Documentos)

team-region = Progreso del equipo
team-open = Progreso del equipo y arbitraje
team-sync-off = La sincronización está desactivada.
team-summary = { $documents ->
    [one] { $documents } documento, arbitrados: { $adjudicated } ({ $percent }). Fragmentos aceptados por etiqueta: { $labels }.
   *[other] { $documents } documentos, arbitrados: { $adjudicated } ({ $percent }). Fragmentos aceptados por etiqueta: { $labels }.
}
team-labels-none = ninguno aún
team-members-caption = Anotadores
team-col-annotator = Anotador
team-col-assigned = Asignados
team-col-done = Hechos
team-col-skipped = Omitidos
team-col-in-progress = En curso
team-col-last-activity = Última actividad
team-queue-caption = Cola de arbitraje: documentos con más de una versión, primero los de mayor desacuerdo
team-col-document = Documento
team-col-annotators = Anotadores
team-col-exact-f1 = F1 exacta
team-col-overlap-f1 = F1 parcial
team-col-kappa = κ por token
team-col-gold = Oro
team-gold-adjudicated = arbitrada
team-gold-draft = borrador
team-gold-todo = pendiente
team-open-doc = Abrir para arbitrar
team-mean-agreement = Acuerdo medio de fragmentos exactos en los documentos solapados: { $value }.
team-mean-agreement-none = aún no hay ningún documento con dos versiones

## Equipo: el conjunto de entrenamiento

team-training-format = Conjunto de entrenamiento (la versión oro; si no, la única versión; si no, la mayoritaria) como
team-training-download = Descargar el conjunto de entrenamiento
team-training-downloaded = { $n ->
    [one] Conjunto de entrenamiento descargado: { $n } documento.
   *[other] Conjunto de entrenamiento descargado: { $n } documentos.
}
team-training-failed = No se pudo exportar el conjunto de entrenamiento: { $error }

## Pantalla Acuerdo: cargar archivos de anotación

agreement-plain-text = “{ $name }” es texto sin formato y sin anotaciones. Para brat, elígelo junto con su archivo .ann.
agreement-ann-alone = “{ $name }” es un archivo .ann de brat: elígelo junto con el archivo .txt del mismo nombre.
agreement-unknown-format = “{ $name }” no es un archivo de anotación que Spandrel reconozca (Spandrel JSON, spaCy, doccano, Label Studio, brat .txt + .ann, CoNLL, W3C Web Annotation).
agreement-unreadable-as = No se pudo leer “{ $name }” como { $format }: { $reason }
agreement-many-documents = { $n ->
    [one] “{ $name }” contiene { $n } documento; el acuerdo compara anotaciones de un mismo texto, así que elige archivos con exactamente un documento cada uno.
   *[other] “{ $name }” contiene { $n } documentos; el acuerdo compara anotaciones de un mismo texto, así que elige archivos con exactamente un documento cada uno.
}
agreement-warning = “{ $name }”: { $warning }
agreement-warning-more = { $n ->
    [one] { $warning } (y { $n } más)
   *[other] { $warning } (y { $n } más)
}
agreement-file-unreadable = No se pudo leer “{ $name }”: { $error }
agreement-loaded = { $n ->
    [one] { $n } anotador cargado
   *[other] { $n } anotadores cargados
}
agreement-no-document = No hay ningún documento abierto.
agreement-current-name = Documento actual: { $title }
agreement-current-added = Los fragmentos aceptados del documento actual se añadieron como un anotador

## Pantalla Acuerdo: crear el documento arbitrado

agreement-adjudicate-failed = No se pudo crear el documento arbitrado: { $error }
agreement-adjudicated-title = Arbitrado: { $a } + { $b }
agreement-created = { $n ->
    [one] Se creó “{ $title }” con { $n } fragmento aceptado.
   *[other] Se creó “{ $title }” con { $n } fragmentos aceptados.
}

## Pantalla Acuerdo: anotadores y puntuaciones por pares

agreement-heading = Acuerdo entre anotadores
agreement-hint = Carga dos o más archivos de anotación del mismo texto (Spandrel JSON, spaCy, doccano, Label Studio, brat .txt + .ann, CoNLL, W3C). Cada archivo es un anotador; solo cuentan los fragmentos aceptados. En cada par, el segundo anotador es la referencia.
agreement-load = Cargar archivos de anotación…
agreement-files = Archivos de anotación
agreement-use-current = Usar los fragmentos aceptados del documento actual
agreement-reading = Leyendo…
agreement-annotators = Anotadores
agreement-spans = { $n ->
    [one] { $n } fragmento
   *[other] { $n } fragmentos
}
agreement-remove = Quitar { $name }
agreement-need-two = Carga al menos dos anotadores para compararlos.
agreement-pairwise = Acuerdo por pares
agreement-col-a = A
agreement-col-b = B (referencia)
agreement-exact-p = P exacta
agreement-exact-r = R exacta
agreement-exact-f1 = F1 exacta
agreement-counts = vp / fp / fn
agreement-counts-title = verdaderos positivos / falsos positivos / falsos negativos
agreement-overlap-p = P parcial
agreement-overlap-r = R parcial
agreement-overlap-f1 = F1 parcial
agreement-kappa = κ de Cohen (tokens)
agreement-details = Detalles
agreement-compare-label = Comparar { $a } con { $b }
agreement-compare = Comparar

## Pantalla Acuerdo: el par elegido, sus desacuerdos y sus decisiones

agreement-pair-title = { $a } vs. { $b } (referencia)
agreement-per-label = Por etiqueta
agreement-col-label = Etiqueta
agreement-disagreements = Desacuerdos
agreement-no-disagreements = Estos dos anotadores coinciden en todos los fragmentos.
agreement-decide-all = Decidir todo:
agreement-all-a = Siempre A
agreement-all-b = Siempre B
agreement-all-both = Siempre ambas
agreement-all-neither = Siempre ninguna
agreement-only-a = Solo A
agreement-only-b = Solo B
agreement-label-differs = Etiqueta distinta
agreement-boundary-differs = Límites distintos
agreement-side-a = A: { $name }
agreement-side-b = B: { $name }
agreement-choice-legend = Qué versión conservar en el desacuerdo { $n }
agreement-choice-a = A
agreement-choice-b = B
agreement-choice-both = Ambas
agreement-choice-neither = Ninguna
agreement-create = Crear el documento arbitrado
agreement-decided = { $n ->
    [one] { $decided } de { $n } desacuerdo decidido; se conservan los fragmentos acordados y se omiten los desacuerdos sin decidir.
   *[other] { $decided } de { $n } desacuerdos decididos; se conservan los fragmentos acordados y se omiten los desacuerdos sin decidir.
}
