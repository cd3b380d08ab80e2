# Spandrel messages: panel (English, the reference).

## Side panel: the label palette and a label's menu

panel-aside = Labels and annotations
panel-labels = Labels
# Read before a label's hotkey (for screen readers).
panel-hotkey = hotkey
# Read after a label's count of spans (for screen readers).
panel-label-spans = { $n ->
   *[other] spans
}
panel-new-label-name = New label name
panel-new-label = New label
panel-add = Add
panel-edit-label = Edit label { $label }
panel-name = Name
panel-rename = Rename
panel-colour = Colour
panel-delete-label = Delete label
panel-label-in-use = { $n ->
   *[other] { $n } spans use this label.
}
panel-delete-label-and-spans = Delete label and its spans
panel-delete-label-keep-spans = Delete label, keep spans
panel-cancel = Cancel

## Side panel: suggestions

panel-suggestions = Suggestions
panel-finding-entities = finding entities…
panel-accept-all = Accept all
panel-reject-all = Reject all
panel-review-title = Review one at a time, most doubtful first
panel-review-one-by-one = Review one by one
panel-score-at-least = Score ≥
panel-score-threshold = Score threshold
panel-accept-above = Accept { $n } above
panel-accept-every = Accept every { $label } suggestion
panel-reject-every = Reject every { $label } suggestion

## Side panel: the span list

panel-spans = Spans
panel-filter-label = Filter by label
panel-all-labels = All labels
panel-filter-state = Filter by state
panel-all-states = All states
panel-filter-suggested = Suggested
panel-filter-accepted = Accepted
panel-filter-rejected = Rejected
# A span's state in the span list and the span's details (lower case in English).
panel-state-suggested = suggested
panel-state-accepted = accepted
panel-state-rejected = rejected
panel-show-more = Show more ({ $n } more)

## Side panel: the focused span

panel-span = Span
# $start, $end: the span's character offsets; $state: one of panel-state-*.
panel-span-meta = { $start }–{ $end } · { $state }
# $score: the suggestion's score, already written with two decimals.
panel-span-meta-score = { $start }–{ $end } · { $state } · score { $score }
panel-label = Label
panel-label-of-span = Label of this span
panel-read-only = This shared document is read-only.
panel-save-copy = Save a copy to edit it
panel-accept = Accept
panel-reject = Reject
panel-delete = Delete
panel-adjust-edges = Adjust edges
panel-start-earlier = Start one word earlier (extend)
panel-start-earlier-button = Start −1
panel-start-later = Start one word later (shrink)
panel-start-later-button = Start +1
panel-end-earlier = End one word earlier (shrink)
panel-end-earlier-button = End −1
panel-end-later = End one word later (extend)
panel-end-later-button = End +1
panel-note = Note

## Side panel: the document's text direction

panel-document = Document
panel-text-direction = Text direction
panel-direction-auto = Each paragraph's own
panel-direction-ltr = Left to right
panel-direction-rtl = Right to left

## Side panel: relations

relations-heading = Relations
relations-type = Relation type
relations-link-title = Link two spans: click the source span, then the target (keyboard: Shift+R on the focused span, Tab, Enter)
relations-link = Link
relations-click-source = Click the source span (or Tab to it and press Enter).
# $text: the source span's text.
relations-from = From “{ $text }”: click the target span (or Tab to it and press Enter). Escape cancels.
relations-focus-source = Focus the source span
# $from, $to: the two spans' texts; $kind: the relation type.
relations-delete = Delete relation { $from } → { $to } ({ $kind })
relations-new-type = New relation type
relations-add-type = Add type

## Side panel: attributes of the focused span

attributes-heading = Attributes of the focused span
attributes-remove = Remove attribute { $key }
attributes-name = Attribute name
attributes-name-placeholder = name
attributes-value = Attribute value
attributes-value-placeholder = value
attributes-set = Set
attributes-name-first = Type an attribute name first.

## Side panel: what suggestions learned

learn-based-on-shipped = Based on: the shipped model
learn-based-on-learned = Based on: shipped model + { $taught ->
   *[other] { $taught } of your spans
} ({ $rejected } rejected)
learn-forget = Forget what suggestions learned

## Header: document labels

doclabels-group = Document labels

## The document text

docview-text = Document text
# A piece of text's tooltip, for each suggested span over it.
docview-suggestion = { $label } (suggestion)
# The accessible name of the mark where a span starts.
docview-anchor = { $label } span
docview-selected = Selected “{ $text }”. Choose a label.
docview-selection-failed = That selection could not be used: { $error }

## The review card

review-card = Review: one suggestion at a time
# $score: already written with two decimals.
review-score = score { $score }
review-no-score = no score
review-left = { $n ->
   *[other] { $n } to review in this document
}
review-answers = Answers
review-accept = Accept
review-accept-button = ✓ Accept
review-go-on = Go on
review-reject = Reject
review-reject-button = ✗ Reject
review-skip-title = Skip (it stays pending)
review-skip = Skip
review-accept-as = Accept as { $label }
# $key: the label's hotkey.
review-accept-as-key = Accept as { $label } ({ $key })
review-relabel = { $label }: accept under this label
review-relabel-key = { $label } { $key }: accept under this label
review-leave-title = Leave review mode
review-leave = Leave review
review-pace = { $n ->
    [one] { $n } decision
   *[other] { $n } decisions
}
# $rate: decisions per minute, already written with one decimal.
review-pace-rate = { $n ->
    [one] { $n } decision
   *[other] { $n } decisions
} · { $rate } per minute

## The corpus row

corpus-row = Corpus
# The open document's place in the corpus: $p of $n.
corpus-position = { $p } / { $n }
corpus-position-none = – / –
corpus-position-title = Position in the corpus
corpus-progress = Documents done
# $percent: already rounded to a whole number.
corpus-done = { $done } of { $total } done ({ $percent }%)
# Followed by the next document's title.
corpus-next = Next:
corpus-order-title = Most informative first: the documents the suggestions are least sure about come first (with every second one in corpus order), ranked again after each learning step
corpus-order = Order
corpus-order-corpus = Corpus order
corpus-order-informative = Most informative first
corpus-previous-title = Previous document
corpus-previous = ◀ Previous
corpus-next-title = Next document
corpus-next-button = Next ▶
corpus-skip-title = Skip: next document to do, this one unmarked
corpus-skip = Skip
corpus-done-next-title = Accept the suggestions shown, mark done, open the next document to do
corpus-done-next = Done → next

## Find in the document

search-region = Find in document
search-placeholder = Find… (/)
search-ignore-case = Ignore case
search-whole-word = Whole word
search-no-matches = No matches
# The current hit: $i of $n.
search-hit-of = { $i } of { $n }
search-matches = { $n ->
    [one] { $n } match
   *[other] { $n } matches
}
search-match-of = Match { $i } of { $n }
search-previous = Previous match (Shift+Enter)
search-next = Next match (Enter)
search-fill-label = Label for Label all
search-label-all = Label all
search-type-first = Type the text to find first, then “Label all”.
# $query: the text searched for; $label: the label.
search-none-to-label = No unlabelled occurrences of “{ $query }” to label as { $label }.
search-labelled = { $n ->
    [one] Labelled { $n } occurrence of “{ $query }” as { $label }
   *[other] Labelled { $n } occurrences of “{ $query }” as { $label }
}

# The PDF page view
pageview-show = Page view
pageview-show-title = Show the PDF page beside the text, with the selected span marked
pageview-heading = Page { $page } of { $pages }
pageview-previous = Previous page
pageview-next = Next page
pageview-close = Close the page view
pageview-loading = Drawing the page…
pageview-image = Page { $page } of the PDF
pageview-span = The selected span on the page
pageview-failed = The page cannot be shown: { $error }
