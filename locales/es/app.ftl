# Machine-drafted translation from English (locales/en/app.ftl); a native speaker's review is welcome.
# Un argumento entre “comillas” es texto del usuario (un título, un nombre de archivo, una etiqueta).

## La aplicación

language-failed = No se pudo cargar el idioma de la interfaz ({ $reason }); se muestra en inglés.
language-menu = Idioma de la interfaz
language-menu-title = El idioma de la interfaz (la página se recarga en él)

## Cabecera

header-screens = Pantallas
header-annotate = Anotar
header-documents = Documentos
header-agreement = Acuerdo
header-current-document = Documento actual
header-undo = Deshacer
header-undo-button = ↶ Deshacer
header-redo = Rehacer
header-redo-button = ↷ Rehacer
header-saved = Guardado
header-saving = Guardando…
header-not-saved = Sin guardar
header-guidelines = Pautas
header-guidelines-title = Pautas de anotación: las del proyecto y las de cada etiqueta
header-shortcuts = Atajos de teclado

## Superposiciones: el selector de etiquetas, el mapa del teclado, las pautas, los mensajes

picker-toolbar = Elige una etiqueta para la selección
picker-cancel = Cancelar
help-title = Atajos de teclado
help-labels = Etiquetas
dialog-close = Cerrar
guidelines-title = Pautas de anotación
guidelines-edit = Editar las pautas
guidelines-project = Pautas del proyecto
guidelines-save = Guardar las pautas
guidelines-saved = Se guardaron las pautas.
messages-region = Mensajes
message-dismiss = Cerrar el mensaje

## El mapa del teclado: qué hace cada fila y sus teclas

keymap-escape = Borrar la selección y el foco, cerrar los diálogos, cancelar la vinculación
keymap-escape-keys = Esc
keymap-undo = Deshacer
keymap-undo-keys = Ctrl + Z
keymap-redo = Rehacer
keymap-redo-keys = Ctrl + Mayús + Z o Ctrl + Y
keymap-help = Mostrar este mapa del teclado
keymap-help-keys = ?
keymap-done-next = Hecho → siguiente: aceptar las sugerencias mostradas, marcar el documento como hecho y abrir el siguiente pendiente
keymap-done-next-keys = Ctrl + Intro
keymap-skip = Omitir: abrir el siguiente documento pendiente sin marcar este
keymap-skip-keys = Ctrl + Mayús + Intro
keymap-next-previous = Abrir el documento siguiente / anterior en el orden del corpus
keymap-next-previous-keys = ] / [
keymap-find = Buscar en el documento (Intro / Mayús + Intro: resultado siguiente / anterior)
keymap-find-keys = /
keymap-review = Modo revisión: las sugerencias de una en una, primero las más dudosas; pulsar de nuevo (o Esc) sale de él
keymap-review-keys = Mayús + V (o Alt + V)
keymap-review-accept = Revisión: aceptar (si no queda ninguna: Hecho → siguiente)
keymap-review-accept-keys = Intro o Espacio (revisión)
keymap-review-reject = Revisión: rechazar
keymap-review-reject-keys = Retroceso o Supr (revisión)
keymap-review-skip = Revisión: omitir (queda pendiente; cuando no quede ninguna, vuelven las omitidas)
keymap-review-skip-keys = Tab o ↓ (revisión)
keymap-review-relabel = Revisión: aceptar con esa etiqueta
keymap-review-relabel-keys = tecla rápida de la etiqueta (revisión)
keymap-link = Vincular el fragmento con foco a otro fragmento (relación); Esc cancela
keymap-link-keys = Mayús + R (o Alt + R), luego Tab, Intro
keymap-end-word = Mover el final del fragmento con foco una palabra después / antes (en texto de derecha a izquierda: antes / después)
keymap-end-word-keys = Alt + → / ←
keymap-start-word = Mover el inicio del fragmento con foco una palabra después / antes (en texto de derecha a izquierda: antes / después)
keymap-start-word-keys = Alt + Mayús + → / ←
keymap-caret-word = Seleccionar la palabra siguiente / anterior (cursor del teclado; en texto de derecha a izquierda, ← es la siguiente)
keymap-caret-word-keys = → / ←
keymap-extend-word = Ampliar / reducir la selección en una palabra
keymap-extend-word-keys = Mayús + → / ←
keymap-focus-span = Enfocar el fragmento siguiente / anterior (después del último, Tab sale del texto)
keymap-focus-span-keys = Tab / Mayús + Tab
keymap-link-enter = En modo vinculación: vincular al fragmento con foco
keymap-link-enter-keys = Intro
keymap-accept = Aceptar la sugerencia con foco
keymap-accept-keys = Intro o Espacio
keymap-reject = Rechazar la sugerencia con foco, o eliminar el fragmento con foco
keymap-reject-keys = Retroceso o Supr
keymap-label = Etiquetar la selección, o cambiar la etiqueta del fragmento con foco
keymap-label-keys = tecla rápida de la etiqueta (p, o, g, …)
