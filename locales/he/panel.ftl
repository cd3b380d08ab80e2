# Machine-drafted translation from English (locales/en/panel.ftl); a native speaker's review is welcome.
# Spandrel messages: panel (Hebrew).

## Side panel: the label palette and a label's menu

panel-aside = תוויות ותיוגים
panel-labels = תוויות
# Read before a label's hotkey (for screen readers).
panel-hotkey = מקש קיצור
# Read after a label's count of spans (for screen readers).
panel-label-spans = { $n ->
    [one] מקטע
   *[other] מקטעים
}
panel-new-label-name = שם התווית החדשה
panel-new-label = תווית חדשה
panel-add = הוספה
panel-edit-label = עריכת התווית { $label }
panel-name = שם
panel-rename = שינוי שם
panel-colour = צבע
panel-delete-label = מחיקת התווית
panel-label-in-use = { $n ->
    [one] מקטע אחד משתמש בתווית הזו.
   *[other] { $n } מקטעים משתמשים בתווית הזו.
}
panel-delete-label-and-spans = מחיקת התווית והמקטעים שלה
panel-delete-label-keep-spans = מחיקת התווית, שמירת המקטעים
panel-cancel = ביטול

## Side panel: suggestions

panel-suggestions = הצעות
panel-finding-entities = איתור ישויות…
panel-accept-all = אישור הכול
panel-reject-all = דחיית הכול
panel-review-title = סקירה אחת אחת, המפוקפקות ביותר תחילה
panel-review-one-by-one = סקירה אחת אחת
panel-score-at-least = ציון ≥
panel-score-threshold = סף ציון
panel-accept-above = אישור { $n } מעל הסף
panel-accept-every = אישור כל ההצעות של { $label }
panel-reject-every = דחיית כל ההצעות של { $label }

## Side panel: the span list

panel-spans = מקטעים
panel-filter-label = סינון לפי תווית
panel-all-labels = כל התוויות
panel-filter-state = סינון לפי מצב
panel-all-states = כל המצבים
panel-filter-suggested = מוצעים
panel-filter-accepted = מאושרים
panel-filter-rejected = נדחים
# A span's state in the span list and the span's details (lower case in English).
panel-state-suggested = מוצע
panel-state-accepted = מאושר
panel-state-rejected = נדחה
panel-show-more = הצגת עוד ({ $n } נוספים)

## Side panel: the focused span

panel-span = מקטע
# $start, $end: the span's character offsets; $state: one of panel-state-*.
panel-span-meta = { $start }–{ $end } · { $state }
# $score: the suggestion's score, already written with two decimals.
panel-span-meta-score = { $start }–{ $end } · { $state } · ציון { $score }
panel-label = תווית
panel-label-of-span = התווית של המקטע הזה
panel-read-only = המסמך המשותף הזה לקריאה בלבד.
panel-save-copy = שמירת עותק לעריכה
panel-accept = אישור
panel-reject = דחייה
panel-delete = מחיקה
panel-adjust-edges = כוונון הגבולות
panel-start-earlier = הזזת ההתחלה מילה אחת אחורה (הרחבה)
# The invisible left-to-right mark ("\u200E") keeps the sign before the number in right-to-left text.
panel-start-earlier-button = התחלה { "\u200E" }−1
panel-start-later = הזזת ההתחלה מילה אחת קדימה (צמצום)
panel-start-later-button = התחלה { "\u200E" }+1
panel-end-earlier = הזזת הסוף מילה אחת אחורה (צמצום)
panel-end-earlier-button = סוף { "\u200E" }−1
panel-end-later = הזזת הסוף מילה אחת קדימה (הרחבה)
panel-end-later-button = סוף { "\u200E" }+1
panel-note = הערה

## Side panel: the document's text direction

panel-document = מסמך
panel-text-direction = כיוון הטקסט
panel-direction-auto = לפי כל פסקה
panel-direction-ltr = משמאל לימין
panel-direction-rtl = מימין לשמאל

## Side panel: relations

relations-heading = קשרים
relations-type = סוג קשר
relations-link-title = קישור שני מקטעים: יש ללחוץ על מקטע המקור ואז על מקטע היעד (מקלדת: Shift+R על המקטע שבמיקוד, Tab, Enter)
relations-link = קישור
relations-click-source = יש ללחוץ על מקטע המקור (או להגיע אליו עם Tab ולהקיש Enter).
# $text: the source span's text.
relations-from = קישור מ־“{ $text }”: יש ללחוץ על מקטע היעד (או להגיע אליו עם Tab ולהקיש Enter). Esc מבטל.
relations-focus-source = מיקוד במקטע המקור
# $from, $to: the two spans' texts; $kind: the relation type.
relations-delete = מחיקת הקשר { $from } ← { $to } ({ $kind })
relations-new-type = סוג קשר חדש
relations-add-type = הוספת סוג

## Side panel: attributes of the focused span

attributes-heading = מאפייני המקטע שבמיקוד
attributes-remove = הסרת המאפיין { $key }
attributes-name = שם המאפיין
attributes-name-placeholder = שם
attributes-value = ערך המאפיין
attributes-value-placeholder = ערך
attributes-set = הגדרה
attributes-name-first = יש להקליד קודם שם מאפיין.

## Side panel: what suggestions learned

learn-based-on-shipped = מבוסס על: המודל המובנה
learn-based-on-learned = מבוסס על: המודל המובנה + { $taught ->
    [one] מקטע אחד שלך
   *[other] { $taught } מקטעים שלך
} (נדחו: { $rejected })
learn-forget = מחיקת מה שההצעות למדו

## Header: document labels

doclabels-group = תוויות המסמך

## The document text

docview-text = טקסט המסמך
# A piece of text's tooltip, for each suggested span over it.
docview-suggestion = { $label } (הצעה)
# The accessible name of the mark where a span starts.
docview-anchor = מקטע { $label }
docview-selected = נבחר “{ $text }”. יש לבחור תווית.
docview-selection-failed = לא ניתן להשתמש בבחירה הזו: { $error }

## The review card

review-card = סקירה: הצעה אחת בכל פעם
# $score: already written with two decimals.
review-score = ציון { $score }
review-no-score = אין ציון
review-left = { $n ->
    [one] הצעה אחת לסקירה במסמך הזה
   *[other] { $n } הצעות לסקירה במסמך הזה
}
review-answers = תשובות
review-accept = אישור
review-accept-button = ✓ אישור
review-go-on = המשך
review-reject = דחייה
review-reject-button = ✗ דחייה
review-skip-title = דילוג (ההצעה נשארת ממתינה)
review-skip = דילוג
review-accept-as = אישור בתור { $label }
# $key: the label's hotkey.
review-accept-as-key = אישור בתור { $label } ({ $key })
review-relabel = { $label }: אישור תחת התווית הזו
review-relabel-key = { $label } { $key }: אישור תחת התווית הזו
review-leave-title = יציאה ממצב סקירה
review-leave = יציאה מהסקירה
review-pace = { $n ->
    [one] החלטה אחת
   *[other] { $n } החלטות
}
# $rate: decisions per minute, already written with one decimal.
review-pace-rate = { $n ->
    [one] החלטה אחת
   *[other] { $n } החלטות
} · { $rate } לדקה

## The corpus row

corpus-row = קורפוס
# The open document's place in the corpus: $p of $n.
corpus-position = { $p } / { $n }
corpus-position-none = – / –
corpus-position-title = המיקום בקורפוס
corpus-progress = מסמכים שהושלמו
# $percent: already rounded to a whole number.
corpus-done = הושלמו { $done } מתוך { $total } ({ $percent }%)
# Followed by the next document's title.
corpus-next = הבא:
corpus-order-title = האינפורמטיביים ביותר תחילה: המסמכים שההצעות הכי פחות בטוחות לגביהם באים ראשונים (וכל מסמך שני לפי סדר הקורפוס), והדירוג מתעדכן אחרי כל שלב למידה
corpus-order = סדר
corpus-order-corpus = סדר הקורפוס
corpus-order-informative = האינפורמטיביים ביותר תחילה
corpus-previous-title = המסמך הקודם
# The ◀ ▶ triangles are mirrored for right-to-left: "previous" points right, "next" points left.
corpus-previous = ▶ הקודם
corpus-next-title = המסמך הבא
corpus-next-button = הבא ◀
corpus-skip-title = דילוג: המסמך הבא לעבודה, בלי לסמן את הנוכחי
corpus-skip = דילוג
corpus-done-next-title = אישור ההצעות המוצגות, סימון כהושלם ופתיחת המסמך הבא לעבודה
corpus-done-next = סיום ← הבא

## Find in the document

search-region = חיפוש במסמך
search-placeholder = חיפוש… (/)
search-ignore-case = התעלמות מרישיות
search-whole-word = מילה שלמה
search-no-matches = אין תוצאות
# The current hit: $i of $n.
search-hit-of = { $i } מתוך { $n }
search-matches = { $n ->
    [one] תוצאה אחת
   *[other] { $n } תוצאות
}
search-match-of = תוצאה { $i } מתוך { $n }
search-previous = התוצאה הקודמת (Shift+Enter)
search-next = התוצאה הבאה (Enter)
search-fill-label = תווית עבור “תיוג הכול”
search-label-all = תיוג הכול
search-type-first = יש להקליד קודם את הטקסט לחיפוש, ואז “תיוג הכול”.
# $query: the text searched for; $label: the label.
search-none-to-label = אין מופעים לא מתויגים של “{ $query }” לתיוג בתור { $label }.
search-labelled = { $n ->
    [one] מופע אחד של “{ $query }” תויג בתור { $label }
   *[other] { $n } מופעים של “{ $query }” תויגו בתור { $label }
}

# The PDF page view
pageview-show = תצוגת עמוד
pageview-show-title = הצגת עמוד ה־PDF לצד הטקסט, עם הקטע הנבחר מסומן
pageview-heading = עמוד { $page } מתוך { $pages }
pageview-previous = העמוד הקודם
pageview-next = העמוד הבא
pageview-close = סגירת תצוגת העמוד
pageview-loading = העמוד מצויר…
pageview-image = עמוד { $page } של ה־PDF
pageview-span = הקטע הנבחר בעמוד
pageview-failed = אי אפשר להציג את העמוד: { $error }
