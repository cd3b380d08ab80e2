# Machine-drafted translation from English (locales/en/errors.ftl); a native speaker's review is welcome.
# Spandrel messages: errors (Hebrew).
# Core's errors, as `src/errors.rs` shows them; usually inside another message's { $error }. Arguments are
# data: $reason, $message, $error, $what, $step and $first come from a parser, the browser, the server or the
# program (in English), and are shown as they are.


## Share links

error-share-empty = הקישור אינו מכיל מסמך (החלק שאחרי '#' ריק)
# $pos: a character position in the link.
error-share-bad-base64 = הקישור פגום: התו { $pos } אחרי '#' אינו מותר בקישור שיתוף
error-share-unsupported-version = הקישור הזה נוצר בגרסה חדשה יותר או לא מוכרת של Spandrel (תבנית { $version }); יש לעדכן את האפליקציה
error-share-truncated = הקישור קטוע; יש להעתיק שוב את הקישור המלא
error-share-not-a-link = זה אינו קישור שיתוף של Spandrel: הוא לא מתחיל כמו קישור שיתוף (פגום, או מכלי אחר)
error-share-decompress = הקישור פגום ולא ניתן לפרוס אותו: { $reason }
error-share-too-large = { $limit ->
    [one] המסמך המשותף גדול מבית אחד לאחר הפריסה, ו־Spandrel מסרב לו
   *[other] המסמך המשותף גדול מ־{ $limit } בתים לאחר הפריסה, ו־Spandrel מסרב לו
}
# $field: the name of a field of the link's data.
error-share-malformed = הקישור פגום: השדה '{ $field }' אינו תקין
error-share-invalid-span = הקישור פגום: מקטע מס' { $index } אינו תקין ({ $reason })
error-share-invalid-relation = הקישור פגום: קשר מס' { $index } אינו תקין ({ $reason })
# $id: an annotation's number.
error-share-bad-annotation = לא ניתן לשתף את התיוג { $id }: { $reason }

## Text files that cannot be read ($name: the file's name; $offset: a byte position in it)

error-decode-invalid-utf8 = “{ $name }” אינו UTF-8 תקין (בית שגוי במיקום { $offset }); ייתכן שהוא בקידוד ישן כמו Windows-1252 — יש לשמור אותו מחדש כ־UTF-8 ולפתוח אותו שוב
error-decode-odd-utf16-length = “{ $name }” מוצהר כ־UTF-16 אבל מספר הבתים בו אי־זוגי ({ $len }); הבית האחרון, במיקום { $offset }, חלקי
error-decode-invalid-utf16 = “{ $name }” אינו UTF-16 תקין (תחליף ללא בן זוג במיקום בית { $offset })
error-decode-binary = “{ $name }” מכיל תו NUL במיקום בית { $offset }: נראה שזה קובץ בינארי, או UTF-16 ללא סימן סדר בתים — יש לשמור אותו מחדש כ־UTF-8
error-decode-pdf = “{ $name }” הוא קובץ PDF: הטקסט שלו נקרא בדפדפן (pdf.js), לכן יש לפתוח אותו ביישום; ייצאו אותו משם כ־Spandrel JSON כדי להשתמש בו כאן
error-pdf-no-text = אין בו שכבת טקסט (דף סרוק?): Spandrel קורא את הטקסט ש־PDF נושא ואין בו זיהוי תווים (OCR)
error-pdf-bad-item = בעמוד { $page } יש פריט טקסט שמיקומו או גודלו אינו מספר
error-pdf-no-page = עמוד { $page } אינו במסמך הזה
error-pdf-differs = עמוד { $page } נקרא אחרת מהטקסט של המסמך (זה לא ה־PDF שממנו בא המסמך)
error-pdf-password = הוא מוגן בסיסמה
error-pdf-invalid = זה אינו PDF קריא ({ $reason })
error-pdf-missing = קובץ ה־PDF אינו שמור בדפדפן הזה

## The workspace in browser storage ($id: a document's id; $what: what was being saved, in English)

error-storage-quota-exceeded = { $needed ->
    [one] אין די אחסון בדפדפן כדי לשמור את { $what } (חסר בית אחד); דבר ממה שנשמר קודם לא השתנה. יש למחוק או לייצא כמה מסמכים כדי לפנות מקום
   *[other] אין די אחסון בדפדפן כדי לשמור את { $what } (חסרים { $needed } בתים); דבר ממה שנשמר קודם לא השתנה. יש למחוק או לייצא כמה מסמכים כדי לפנות מקום
}
error-storage-conflict = המסמך “{ $id }” שונה במקום אחר (כנראה בכרטיסייה אחרת) ועכשיו הוא בגרסה { $revision }; יש למזג את שתי הגרסאות לפני השמירה
error-storage-not-found = המסמך “{ $id }” אינו קיים בסביבת העבודה הזו
error-storage-already-exists = כבר קיים מסמך עם המזהה “{ $id }”
error-storage-corrupt = לא ניתן היה לקרוא את המסמך “{ $id }”: { $reason }
error-storage-invalid-document = לא ניתן לשמור את המסמך “{ $id }”: { $reason }
error-storage-store = לא ניתן היה לשמור את { $what }: { $message }
error-storage-rollback-failed = שמירת { $what } נכשלה ({ $error }) וגם שחזור הגרסה הקודמת נכשל ({ $rollback }); יש לייצא את העבודה שלך עכשיו
# $key: the storage key the old data stays under.
error-storage-migration-failed = לא ניתן היה לשדרג את סביבת העבודה הישנה ({ $reason }); הנתונים הישנים נשארו ללא שינוי תחת “{ $key }”
# Adding documents stopped: $title: the document that could not be saved; $cause: why (one of the messages above).
error-add = לא ניתן היה לשמור את “{ $title }” ({ $cause }); דבר לא נוסף
# The same, when $n of the $added documents saved before could not be deleted again: $ids, and why the first was not ($first).
error-add-left-behind = { $n ->
    [one] לא ניתן היה לשמור את “{ $title }” ({ $cause }); דבר לא נוסף, אבל לא ניתן היה לבטל מסמך אחד מתוך { $added } המסמכים שנשמרו לפניו ({ $ids }: { $first }); יש למחוק אותו במסמכים
   *[other] לא ניתן היה לשמור את “{ $title }” ({ $cause }); דבר לא נוסף, אבל לא ניתן היה לבטל { $n } מתוך { $added } המסמכים שנשמרו לפניו ({ $ids }: { $first }); יש למחוק אותם במסמכים
}
# Browser storage itself ($key: a storage key).
error-store-quota-exceeded = { $needed ->
    [one] האחסון בדפדפן מלא: כתיבת “{ $key }” דורשת בית אחד יותר ממה שהמכסה מתירה
   *[other] האחסון בדפדפן מלא: כתיבת “{ $key }” דורשת { $needed } בתים יותר ממה שהמכסה מתירה
}
error-store-unavailable = האחסון בדפדפן אינו זמין: { $reason }
error-store-failed = האחסון בדפדפן נכשל ב־“{ $key }”: { $message }
error-ws-unavailable = האחסון אינו זמין בדפדפן הזה; שינויים לא נשמרים בכרטיסייה הזו.

## Export and import ($doc: a document's id)

error-export-bad-span = המסמך “{ $doc }”: לתיוג { $id } יש מיקומים { $start }..{ $end } מחוץ לטקסט
# $format: a format's name (“CoNLL”, “spaCy”…).
error-export-empty = { $format } מכיל בדיוק מסמך אחד לכל קבוצת קבצים, ואין מסמכים לייצוא
error-export-json = לא ניתן היה לכתוב JSON: { $reason }
# $error: why its word boundaries cannot be used (one of the error-word-breaks messages).
error-export-words = המסמך “{ $doc }”: { $error }
# An import refused: how many problems, and the first one ($first: where, and what the parser said).
error-import-report = { $n ->
    [one] בעיה אחת בקלט; הראשונה: { $first }
   *[other] { $n } בעיות בקלט; הראשונה: { $first }
}
# A file that adds nothing: its first problem, and how many more it has.
error-intake-failure-more = { $more ->
    [one] { $first } (ועוד בעיה אחת)
   *[other] { $first } (ועוד { $more } בעיות)
}

## Sync ($what: what was refused or asked for, in English; $status: an HTTP status code)

error-sync-wrong-password = שרת הסנכרון לא קיבל את הסיסמה של “{ $user }” (שם משתמש או סיסמה שגויים); דבר לא נשלח, העבודה שלך נשמרת כאן
error-sync-forbidden = אין הרשאה: שרת הסנכרון לא מאפשר לך לשנות את { $what }; הגרסה שלך נשמרת כאן
# $role: the role the settings name, in English (“a lead”).
error-sync-no-read-access = אין הרשאה: שרת הסנכרון לא מאפשר לך לקרוא את { $what }. לפי הגדרות הסנכרון שלך, התפקיד שלך בפרויקט הזה הוא { $role }; יש לבחור את התפקיד שראש הצוות של הפרויקט נתן לך (העבודה שלך נשמרת כאן)
# $first: why the first change was refused; “Sync now” is the button of the sync settings.
error-sync-still-refused = { $count ->
    [one] { $first } (שינוי אחד שנדחה נשמר כאן; הוא יישלח שוב כשישתנה, או ב“סנכרון עכשיו”)
   *[other] { $first } ({ $count } שינויים שנדחו נשמרים כאן; הם יישלחו שוב כשישתנו, או ב“סנכרון עכשיו”)
}
error-sync-unreachable = { $waiting ->
    [one] אין גישה לשרת הסנכרון ({ $reason }); שינוי אחד ממתין כאן ויישלח כשהשרת יענה
   *[other] אין גישה לשרת הסנכרון ({ $reason }); { $waiting } שינויים ממתינים כאן ויישלחו כשהשרת יענה
}
error-sync-quota = שרת הסנכרון סירב לאחסן עוד (HTTP { $status }: מכסה או מגבלת גודל); העבודה שלך נשמרת כאן
# $bucket: the project's name.
error-sync-project-not-found = הפרויקט “{ $bucket }” אינו קיים בשרת הסנכרון, או שאינך חבר בו
error-sync-server-unavailable = שרת הסנכרון אינו זמין (HTTP { $status }); העבודה שלך נשמרת כאן ותישלח מאוחר יותר
# The same, with the server's own message.
error-sync-server-unavailable-message = שרת הסנכרון אינו זמין (HTTP { $status }: { $message }); העבודה שלך נשמרת כאן ותישלח מאוחר יותר
error-sync-conflict = { $what } המשיך להשתנות בשרת בזמן המיזוג; יש לסנכרן שוב
error-sync-unexpected = שרת הסנכרון השיב HTTP { $status } ל־{ $what }
error-sync-unexpected-message = שרת הסנכרון השיב HTTP { $status } ל־{ $what }: { $message }
error-sync-bad-record = שרת הסנכרון שלח משהו שאינו { $what } תקין: { $reason }
error-sync-bad-config = הגדרות הסנכרון: { $reason }
# The sync state kept in this browser ($key: its storage key).
error-state-store = לא ניתן היה לשמור את תור הסנכרון באחסון הדפדפן ({ $error }); המסמכים עצמם שמורים
error-state-corrupt = לא ניתן היה לקרוא את מצב הסנכרון השמור “{ $key }” ({ $reason }); הוא נשאר במקומו
# A request that got no answer ($reason: the browser's words).
error-http-network = אין חיבור לשרת: { $reason }
error-http-timeout = השרת לא ענה בזמן
error-http-blocked = הדפדפן חסם את הבקשה: { $reason }

## Setting up a project on the sync server ($bucket: the project's name; $user: an account name)

error-setup-wrong-password = שרת הסנכרון לא קיבל את הסיסמה של “{ $user }”; דבר לא נוצר
error-setup-not-allowed = ל־“{ $user }” אין הרשאה ליצור פרויקטים בשרת הסנכרון הזה (רק למנהל שלו יש); דבר לא נוצר
# “update the existing project” is the set-up form's checkbox.
error-setup-exists = פרויקט בשם “{ $bucket }” כבר קיים בשרת הסנכרון; יש לבחור שם אחר, או לסמן “עדכון הפרויקט הקיים” כדי לשנות את החברים בו; דבר לא נוצר
# $names: the missing accounts, each one as error-setup-account-name says, separated by commas; $n: how many.
error-setup-no-such-account = { $n ->
    [one] אין בשרת הסנכרון חשבון בשם { $names } (כל חבר יוצר קודם את החשבון שלו, בהגדרות הסנכרון); דבר לא נוצר
   *[other] אין בשרת הסנכרון חשבונות בשמות { $names } (כל חבר יוצר קודם את החשבון שלו, בהגדרות הסנכרון); דבר לא נוצר
}
error-setup-account-name = “{ $name }”
error-setup-bad-name = שם הפרויקט “{ $name }” יכול להכיל רק אותיות, ספרות, '_' ו־'-', ולהתחיל באות או בספרה; דבר לא נוצר
error-setup-cannot-read = ל־“{ $user }” אין הרשאה לקרוא את החברים בפרויקט “{ $bucket }” (רק למנהל השרת ולראשי הצוות של הפרויקט יש), או שאין פרויקט כזה; דבר לא שונה
# $step: what the set-up was doing (in English); $made: error-setup-made-nothing or error-setup-made-so-far.
error-setup-unreachable = אין גישה לשרת הסנכרון ({ $reason }) במהלך השלב: { $step }; { $made }
error-setup-refused = שרת הסנכרון השיב HTTP { $status } במהלך השלב: { $step }; { $made }
error-setup-refused-message = שרת הסנכרון השיב HTTP { $status } במהלך השלב: { $step } ({ $message }); { $made }
error-setup-made-nothing = דבר לא נוצר
# $made: the parts made, separated by commas (in English).
error-setup-made-so-far = מה שנוצר עד כה: { $made }; יש להגדיר שוב עם “עדכון הפרויקט הקיים” מסומן כדי לסיים

## The gold version, adjudication, assignment

error-gold-other-text = הגרסה הזו נעשתה על טקסט אחר של המסמך, ולכן המיקומים שלה אינם מצביעים על אותן מילים כמו של גרסת הזהב
# $start, $end: character positions; $len: the text's length in characters.
error-gold-out-of-range = { $len ->
    [one] המקטע { $start }–{ $end } נמצא מחוץ לטקסט של המסמך (תו אחד)
   *[other] המקטע { $start }–{ $end } נמצא מחוץ לטקסט של המסמך ({ $len } תווים)
}
# $index: a disagreement's number.
error-adjudication-unknown-disagreement = { $count ->
    [one] החלטה לאי־הסכמה מס' { $index }, אבל יש רק אי־הסכמה אחת
   *[other] החלטה לאי־הסכמה מס' { $index }, אבל יש רק { $count } אי־הסכמות
}
error-adjudication-duplicate-decision = לאי־הסכמה מס' { $index } יש שתי החלטות
error-assign-no-annotators = אין מתייג שאפשר להקצות לו מסמכים
error-assign-bad-share = שיעור החפיפה צריך להיות בין 0 ל־100 %, לא { $share }
error-assign-bad-overlap-k = מספר המתייגים לכל מסמך חופף צריך להיות לפחות 2, לא { $k }

## Editing: offsets, word boundaries, changes and labels ($pos, $prev, $start, $end: positions in the text)

# An offset that cannot be used; $len: the text's length in the unit the message names.
error-offset-out-of-range-code-points = { $len ->
    [one] המיקום { $pos } נמצא אחרי סוף הטקסט (נקודת קוד אחת)
   *[other] המיקום { $pos } נמצא אחרי סוף הטקסט ({ $len } נקודות קוד)
}
error-offset-out-of-range-utf16 = { $len ->
    [one] המיקום { $pos } נמצא אחרי סוף הטקסט (יחידת קוד UTF-16 אחת)
   *[other] המיקום { $pos } נמצא אחרי סוף הטקסט ({ $len } יחידות קוד UTF-16)
}
error-offset-out-of-range-bytes = { $len ->
    [one] המיקום { $pos } נמצא אחרי סוף הטקסט (בית אחד)
   *[other] המיקום { $pos } נמצא אחרי סוף הטקסט ({ $len } בתים)
}
error-offset-splits-utf8 = מיקום הבית { $pos } נופל בתוך תו UTF-8
error-offset-splits-surrogate = מיקום ה־UTF-16 { $pos } נופל בין שני החצאים של זוג תחליפים (surrogate pair)
error-offset-reversed = הטווח { $start }..{ $end } הפוך
# Word boundaries given by the browser's word segmenter; $error: one of the error-offset messages.
error-word-breaks-offset = גבול מילה: { $error }
error-word-breaks-unsorted = גבול המילה { $pos } בא לפני הגבול הקודם ({ $prev }): הגבולות חייבים להיות בסדר עולה
error-word-breaks-bad-segmenter = מפלח המילים החזיר את מיקום הבית { $pos }, שאינו גבול תו בקלט שלו
# A change to the document that was refused (nothing was changed); $len: the text's length in characters.
error-edit-empty-span = הבחירה { $start }..{ $end } ריקה: יש לבחור לפחות תו אחד
error-edit-out-of-range = { $len ->
    [one] המקטע { $start }..{ $end } חורג מסוף הטקסט (תו אחד)
   *[other] המקטע { $start }..{ $end } חורג מסוף הטקסט ({ $len } תווים)
}
error-edit-splits-grapheme = המקטע { $start }..{ $end } חוצה תו לשניים במיקום { $pos }; יש להרחיב אותו לתווים שלמים
# $existing, $id, $from, $to: annotations' or relations' numbers; $label: a label's name; $kind: a relation type.
error-edit-duplicate = התיוג מס' { $existing } כבר מסמן את { $start }..{ $end } בתור { $label }
error-edit-unknown-annotation = התיוג מס' { $id } אינו קיים (ייתכן שהוסר)
error-edit-unknown-relation = הקשר מס' { $id } אינו קיים (ייתכן שהוסר)
error-edit-self-relation = קשר אינו יכול לקשר את התיוג מס' { $id } לעצמו
error-edit-duplicate-relation = כבר קיים קשר “{ $kind }” ממס' { $from } למס' { $to }
error-edit-empty-label = שם התווית ריק
error-edit-empty-relation-type = סוג הקשר ריק
error-edit-empty-attribute-key = שם המאפיין ריק
# One change of several made together was refused: $item: its place among them (from 1); $error: why (a message above).
error-edit-in-batch = פריט { $item } באצווה: { $error }
error-edit-not-a-suggestion = התיוג { $id } אינו הצעה ממתינה
# A label that cannot be added or renamed ($existing, $name: labels' names).
error-label-empty = שם התווית ריק
error-label-duplicate = כבר קיימת תווית בשם { $existing }
error-label-unknown = אין תווית בשם { $name }
