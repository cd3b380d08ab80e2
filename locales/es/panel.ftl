# Machine-drafted translation from English (locales/en/panel.ftl); a native speaker's review is welcome.

## Panel lateral: la paleta de etiquetas y el menú de una etiqueta

panel-aside = Etiquetas y anotaciones
panel-labels = Etiquetas
# Se lee antes de la tecla rápida de una etiqueta (lectores de pantalla).
panel-hotkey = tecla rápida
# Se lee después del número de fragmentos de una etiqueta (lectores de pantalla).
panel-label-spans = { $n ->
    [one] fragmento
   *[other] fragmentos
}
panel-new-label-name = Nombre de la nueva etiqueta
panel-new-label = Nueva etiqueta
panel-add = Añadir
panel-edit-label = Editar la etiqueta { $label }
panel-name = Nombre
panel-rename = Renombrar
panel-colour = Color
panel-delete-label = Eliminar etiqueta
panel-label-in-use = { $n ->
    [one] { $n } fragmento usa esta etiqueta.
   *[other] { $n } fragmentos usan esta etiqueta.
}
panel-delete-label-and-spans = Eliminar la etiqueta y sus fragmentos
panel-delete-label-keep-spans = Eliminar la etiqueta, conservar los fragmentos
panel-cancel = Cancelar

## Panel lateral: sugerencias

panel-suggestions = Sugerencias
panel-finding-entities = buscando entidades…
panel-accept-all = Aceptar todas
panel-reject-all = Rechazar todas
panel-review-title = Revisar de una en una, primero las más dudosas
panel-review-one-by-one = Revisar una a una
panel-score-at-least = Puntuación ≥
panel-score-threshold = Umbral de puntuación
panel-accept-above = Aceptar { $n } sobre el umbral
panel-accept-every = Aceptar todas las sugerencias { $label }
panel-reject-every = Rechazar todas las sugerencias { $label }

## Panel lateral: la lista de fragmentos

panel-spans = Fragmentos
panel-filter-label = Filtrar por etiqueta
panel-all-labels = Todas las etiquetas
panel-filter-state = Filtrar por estado
panel-all-states = Todos los estados
panel-filter-suggested = Sugeridos
panel-filter-accepted = Aceptados
panel-filter-rejected = Rechazados
# El estado de un fragmento en la lista y en sus detalles (en minúscula).
panel-state-suggested = sugerido
panel-state-accepted = aceptado
panel-state-rejected = rechazado
panel-show-more = Mostrar más ({ $n } más)

## Panel lateral: el fragmento con foco

panel-span = Fragmento
# $start, $end: las posiciones de carácter del fragmento; $state: uno de panel-state-*.
panel-span-meta = { $start }–{ $end } · { $state }
# $score: la puntuación de la sugerencia, ya escrita con dos decimales.
panel-span-meta-score = { $start }–{ $end } · { $state } · puntuación { $score }
panel-label = Etiqueta
panel-label-of-span = Etiqueta de este fragmento
panel-read-only = Este documento compartido es de solo lectura.
panel-save-copy = Guardar una copia para editarlo
panel-accept = Aceptar
panel-reject = Rechazar
panel-delete = Eliminar
panel-adjust-edges = Ajustar límites
panel-start-earlier = Empezar una palabra antes (ampliar)
panel-start-earlier-button = Inicio −1
panel-start-later = Empezar una palabra después (reducir)
panel-start-later-button = Inicio +1
panel-end-earlier = Terminar una palabra antes (reducir)
panel-end-earlier-button = Fin −1
panel-end-later = Terminar una palabra después (ampliar)
panel-end-later-button = Fin +1
panel-note = Nota

## Panel lateral: la dirección del texto del documento

panel-document = Documento
panel-text-direction = Dirección del texto
panel-direction-auto = La de cada párrafo
panel-direction-ltr = De izquierda a derecha
panel-direction-rtl = De derecha a izquierda

## Panel lateral: relaciones

relations-heading = Relaciones
relations-type = Tipo de relación
relations-link-title = Vincular dos fragmentos: haz clic en el fragmento de origen y luego en el de destino (teclado: Mayús+R en el fragmento con foco, Tab, Intro)
relations-link = Vincular
relations-click-source = Haz clic en el fragmento de origen (o llega a él con Tab y pulsa Intro).
# $text: el texto del fragmento de origen.
relations-from = Desde “{ $text }”: haz clic en el fragmento de destino (o llega a él con Tab y pulsa Intro). Esc cancela.
relations-focus-source = Enfocar el fragmento de origen
# $from, $to: los textos de los dos fragmentos; $kind: el tipo de relación.
relations-delete = Eliminar la relación { $from } → { $to } ({ $kind })
relations-new-type = Nuevo tipo de relación
relations-add-type = Añadir tipo

## Panel lateral: atributos del fragmento con foco

attributes-heading = Atributos del fragmento con foco
attributes-remove = Quitar el atributo { $key }
attributes-name = Nombre del atributo
attributes-name-placeholder = nombre
attributes-value = Valor del atributo
attributes-value-placeholder = valor
attributes-set = Asignar
attributes-name-first = Escribe primero un nombre de atributo.

## Panel lateral: lo que aprendieron las sugerencias

learn-based-on-shipped = Basadas en: el modelo incluido
learn-based-on-learned = Basadas en: modelo incluido + { $taught ->
    [one] { $taught } de tus fragmentos
   *[other] { $taught } de tus fragmentos
} ({ $rejected ->
    [one] { $rejected } rechazado
   *[other] { $rejected } rechazados
})
learn-forget = Olvidar lo aprendido por las sugerencias

## Cabecera: etiquetas del documento

doclabels-group = Etiquetas del documento

## El texto del documento

docview-text = Texto del documento
# La información sobre un trozo de texto, por cada fragmento sugerido que lo cubre.
docview-suggestion = { $label } (sugerencia)
# El nombre accesible de la marca donde empieza un fragmento.
docview-anchor = Fragmento { $label }
docview-selected = Seleccionado “{ $text }”. Elige una etiqueta.
docview-selection-failed = No se pudo usar esa selección: { $error }

## La tarjeta de revisión

review-card = Revisión: una sugerencia cada vez
# $score: ya escrita con dos decimales.
review-score = puntuación { $score }
review-no-score = sin puntuación
review-left = { $n ->
    [one] { $n } por revisar en este documento
   *[other] { $n } por revisar en este documento
}
review-answers = Respuestas
review-accept = Aceptar
review-accept-button = ✓ Aceptar
review-go-on = Continuar
review-reject = Rechazar
review-reject-button = ✗ Rechazar
review-skip-title = Omitir (queda pendiente)
review-skip = Omitir
review-accept-as = Aceptar como { $label }
# $key: la tecla rápida de la etiqueta.
review-accept-as-key = Aceptar como { $label } ({ $key })
review-relabel = { $label }: aceptar con esta etiqueta
review-relabel-key = { $label } { $key }: aceptar con esta etiqueta
review-leave-title = Salir del modo revisión
review-leave = Salir de la revisión
review-pace = { $n ->
    [one] { $n } decisión
   *[other] { $n } decisiones
}
# $rate: decisiones por minuto, ya escritas con un decimal.
review-pace-rate = { $n ->
    [one] { $n } decisión
   *[other] { $n } decisiones
} · { $rate } por minuto

## La fila del corpus

corpus-row = Corpus
# La posición del documento abierto en el corpus: $p de $n.
corpus-position = { $p } / { $n }
corpus-position-none = – / –
corpus-position-title = Posición en el corpus
corpus-progress = Documentos hechos
# $percent: ya redondeado a un número entero.
corpus-done = { $done } de { $total } hechos ({ $percent } %)
# Seguido del título del documento siguiente.
corpus-next = Siguiente:
corpus-order-title = Más informativos primero: van primero los documentos de los que las sugerencias están menos seguras (con uno de cada dos en el orden del corpus); se reordenan tras cada paso de aprendizaje
corpus-order = Orden
corpus-order-corpus = Orden del corpus
corpus-order-informative = Más informativos primero
corpus-previous-title = Documento anterior
corpus-previous = ◀ Anterior
corpus-next-title = Documento siguiente
corpus-next-button = Siguiente ▶
corpus-skip-title = Omitir: abrir el siguiente documento pendiente sin marcar este
corpus-skip = Omitir
corpus-done-next-title = Aceptar las sugerencias mostradas, marcar como hecho y abrir el siguiente documento pendiente
corpus-done-next = Hecho → siguiente

## Buscar en el documento

search-region = Buscar en el documento
search-placeholder = Buscar… (/)
search-ignore-case = Ignorar mayúsculas
search-whole-word = Palabra completa
search-no-matches = Sin coincidencias
# El resultado actual: $i de $n.
search-hit-of = { $i } de { $n }
search-matches = { $n ->
    [one] { $n } coincidencia
   *[other] { $n } coincidencias
}
search-match-of = Coincidencia { $i } de { $n }
search-previous = Coincidencia anterior (Mayús+Intro)
search-next = Coincidencia siguiente (Intro)
search-fill-label = Etiqueta para Etiquetar todo
search-label-all = Etiquetar todo
search-type-first = Escribe primero el texto que quieres buscar y luego pulsa “Etiquetar todo”.
# $query: el texto buscado; $label: la etiqueta.
search-none-to-label = No hay apariciones sin etiquetar de “{ $query }” para etiquetar como { $label }.
search-labelled = { $n ->
    [one] Se etiquetó { $n } aparición de “{ $query }” como { $label }
   *[other] Se etiquetaron { $n } apariciones de “{ $query }” como { $label }
}

# The PDF page view
pageview-show = Vista de página
pageview-show-title = Mostrar la página del PDF junto al texto, con el fragmento seleccionado marcado
pageview-heading = Página { $page } de { $pages }
pageview-previous = Página anterior
pageview-next = Página siguiente
pageview-close = Cerrar la vista de página
pageview-loading = Dibujando la página…
pageview-image = Página { $page } del PDF
pageview-span = El fragmento seleccionado en la página
pageview-failed = No se puede mostrar la página: { $error }
