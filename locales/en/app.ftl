# Spandrel's interface: the header, dialogs, messages and the keyboard map.
# English is the reference: every other language has the same messages.
# A “quoted” argument is user text (a title, a file name, a label): keep the “ ” quotes around it, the
# app isolates what stands between them.

## The app

language-failed = The interface language could not be loaded ({ $reason }); showing English.
language-menu = Interface language
language-menu-title = The language of the interface (the page reloads in it)

## Header

header-screens = Screens
header-annotate = Annotate
header-documents = Documents
header-agreement = Agreement
header-current-document = Current document
header-undo = Undo
header-undo-button = ↶ Undo
header-redo = Redo
header-redo-button = ↷ Redo
header-saved = Saved
header-saving = Saving…
header-not-saved = Not saved
header-guidelines = Guidelines
header-guidelines-title = Annotation guidelines: the project's and each label's
header-shortcuts = Keyboard shortcuts

## Overlays: the label picker, the keyboard map, the guidelines, messages

picker-toolbar = Choose a label for the selection
picker-cancel = Cancel
help-title = Keyboard shortcuts
help-labels = Labels
dialog-close = Close
guidelines-title = Annotation guidelines
guidelines-edit = Edit the guidelines
guidelines-project = Guidelines of the project
guidelines-save = Save the guidelines
guidelines-saved = The guidelines were saved.
messages-region = Messages
message-dismiss = Dismiss message

## The keyboard map: what each row does, and its keys

keymap-escape = Clear the selection and focus, close dialogs, cancel linking
keymap-escape-keys = Escape
keymap-undo = Undo
keymap-undo-keys = Ctrl + Z
keymap-redo = Redo
keymap-redo-keys = Ctrl + Shift + Z or Ctrl + Y
keymap-help = Show this keyboard map
keymap-help-keys = ?
keymap-done-next = Done → next: accept the suggestions shown, mark the document done, open the next one to do
keymap-done-next-keys = Ctrl + Enter
keymap-skip = Skip: open the next document to do without marking this one
keymap-skip-keys = Ctrl + Shift + Enter
keymap-next-previous = Open the next / previous document in corpus order
keymap-next-previous-keys = ] / [
keymap-find = Find in the document (Enter / Shift + Enter: next / previous hit)
keymap-find-keys = /
keymap-review = Review mode: the suggestions one at a time, most doubtful first; again (or Escape) leaves it
keymap-review-keys = Shift + V (or Alt + V)
keymap-review-accept = Review: accept (with none left: Done → next)
keymap-review-accept-keys = Enter or Space (review)
keymap-review-reject = Review: reject
keymap-review-reject-keys = Backspace or Delete (review)
keymap-review-skip = Review: skip (it stays pending; with none left, the skipped ones again)
keymap-review-skip-keys = Tab or ↓ (review)
keymap-review-relabel = Review: accept under that label
keymap-review-relabel-keys = label hotkey (review)
keymap-link = Link the focused span to another span (relation); Escape cancels
keymap-link-keys = Shift + R (or Alt + R), then Tab, Enter
keymap-end-word = Move the focused span's end a word later / earlier (in right-to-left text: earlier / later)
keymap-end-word-keys = Alt + → / ←
keymap-start-word = Move the focused span's start a word later / earlier (in right-to-left text: earlier / later)
keymap-start-word-keys = Alt + Shift + → / ←
keymap-caret-word = Select the next / previous word (keyboard caret; in right-to-left text ← is next)
keymap-caret-word-keys = → / ←
keymap-extend-word = Extend / shrink the selection by a word
keymap-extend-word-keys = Shift + → / ←
keymap-focus-span = Focus the next / previous span (past the last one, Tab leaves the text)
keymap-focus-span-keys = Tab / Shift + Tab
keymap-link-enter = In link mode: link to the focused span
keymap-link-enter-keys = Enter
keymap-accept = Accept the focused suggestion
keymap-accept-keys = Enter or Space
keymap-reject = Reject the focused suggestion, or delete the focused span
keymap-reject-keys = Backspace or Delete
keymap-label = Label the selection, or relabel the focused span
keymap-label-keys = label hotkey (p, o, g, …)
