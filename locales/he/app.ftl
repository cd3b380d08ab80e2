# Machine-drafted translation from English (locales/en/app.ftl); a native speaker's review is welcome.
# Spandrel's interface: the header, dialogs, messages and the keyboard map (Hebrew).
# A “quoted” argument is user text: the “ ” quotes stay around it, the app isolates what stands between them.
# Terms: span = מקטע, label = תווית, suggestion = הצעה, document = מסמך, corpus = קורפוס, annotation = תיוג,
# annotator = מתייג, curator = אוצר, lead = ראש צוות, gold = (גרסת) זהב, adjudicate = הכרעה/מוכרע,
# accept = אישור, reject = דחייה. Buttons and commands are nouns of action (שמירה, מחיקה), instructions use "יש ל…".

## The app

language-failed = לא ניתן היה לטעון את שפת הממשק ({ $reason }); הממשק מוצג באנגלית.
language-menu = שפת הממשק
language-menu-title = שפת הממשק (הדף ייטען מחדש בשפה שנבחרה)

## Header

header-screens = מסכים
header-annotate = תיוג
header-documents = מסמכים
header-agreement = הסכמה
header-current-document = המסמך הנוכחי
header-undo = ביטול פעולה
header-undo-button = ↷ ביטול
header-redo = ביצוע מחדש
header-redo-button = ↶ ביצוע מחדש
header-saved = נשמר
header-saving = בשמירה…
header-not-saved = לא נשמר
header-guidelines = הנחיות
header-guidelines-title = הנחיות התיוג: של הפרויקט ושל כל תווית
header-shortcuts = קיצורי מקלדת

## Overlays: the label picker, the keyboard map, the guidelines, messages

picker-toolbar = בחירת תווית לטקסט הנבחר
picker-cancel = ביטול
help-title = קיצורי מקלדת
help-labels = תוויות
dialog-close = סגירה
guidelines-title = הנחיות תיוג
guidelines-edit = עריכת ההנחיות
guidelines-project = הנחיות הפרויקט
guidelines-save = שמירת ההנחיות
guidelines-saved = ההנחיות נשמרו.
messages-region = הודעות
message-dismiss = סגירת ההודעה

## The keyboard map: what each row does, and its keys

keymap-escape = ניקוי הבחירה והמיקוד, סגירת תיבות דו-שיח, ביטול קישור
keymap-escape-keys = Esc
keymap-undo = ביטול פעולה
keymap-undo-keys = Ctrl + Z
keymap-redo = ביצוע מחדש
keymap-redo-keys = Ctrl + Shift + Z או Ctrl + Y
keymap-help = הצגת מפת המקשים הזו
keymap-help-keys = ?
keymap-done-next = סיום ← הבא: אישור ההצעות המוצגות, סימון המסמך כהושלם ופתיחת המסמך הבא לעבודה
keymap-done-next-keys = Ctrl + Enter
keymap-skip = דילוג: פתיחת המסמך הבא לעבודה בלי לסמן את הנוכחי
keymap-skip-keys = Ctrl + Shift + Enter
keymap-next-previous = פתיחת המסמך הבא / הקודם לפי סדר הקורפוס
keymap-next-previous-keys = ] / [
keymap-find = חיפוש במסמך (Enter / Shift + Enter: התוצאה הבאה / הקודמת)
keymap-find-keys = /
keymap-review = מצב סקירה: ההצעות אחת אחת, המפוקפקות ביותר תחילה; הקשה חוזרת (או Esc) יוצאת ממנו
keymap-review-keys = Shift + V (או Alt + V)
keymap-review-accept = סקירה: אישור (כשלא נותרו הצעות: סיום ← הבא)
keymap-review-accept-keys = Enter או Space (סקירה)
keymap-review-reject = סקירה: דחייה
keymap-review-reject-keys = Backspace או Delete (סקירה)
keymap-review-skip = סקירה: דילוג (ההצעה נשארת ממתינה; כשלא נותרו אחרות, שוב אלה שדולגו)
keymap-review-skip-keys = Tab או ↓ (סקירה)
keymap-review-relabel = סקירה: אישור תחת התווית הזו
keymap-review-relabel-keys = מקש הקיצור של תווית (סקירה)
keymap-link = קישור המקטע שבמיקוד למקטע אחר (קשר); Esc מבטל
keymap-link-keys = Shift + R (או Alt + R), ואז Tab, Enter
keymap-end-word = הזזת סוף המקטע שבמיקוד מילה אחת קדימה / אחורה (בטקסט מימין לשמאל: אחורה / קדימה)
keymap-end-word-keys = Alt + → / ←
keymap-start-word = הזזת תחילת המקטע שבמיקוד מילה אחת קדימה / אחורה (בטקסט מימין לשמאל: אחורה / קדימה)
keymap-start-word-keys = Alt + Shift + → / ←
keymap-caret-word = בחירת המילה הבאה / הקודמת (סמן המקלדת; בטקסט מימין לשמאל ← היא הבאה)
keymap-caret-word-keys = → / ←
keymap-extend-word = הרחבה / צמצום של הבחירה במילה אחת
keymap-extend-word-keys = Shift + → / ←
keymap-focus-span = מיקוד במקטע הבא / הקודם (אחרי האחרון, Tab יוצא מהטקסט)
keymap-focus-span-keys = Tab / Shift + Tab
keymap-link-enter = במצב קישור: קישור למקטע שבמיקוד
keymap-link-enter-keys = Enter
keymap-accept = אישור ההצעה שבמיקוד
keymap-accept-keys = Enter או Space
keymap-reject = דחיית ההצעה שבמיקוד, או מחיקת המקטע שבמיקוד
keymap-reject-keys = Backspace או Delete
keymap-label = תיוג הבחירה, או החלפת התווית של המקטע שבמיקוד
keymap-label-keys = מקש הקיצור של תווית (p, o, g, …)
