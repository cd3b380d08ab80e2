# Machine-drafted translation from English (locales/en/app.ftl); a native speaker's review is welcome.
# Spandrel's interface in Arabic: the header, dialogs, messages and the keyboard map.
# Terms used throughout: span = مقطع، label = وسم، suggestion = اقتراح، document = مستند، corpus = المدونة،
# annotation = توسيم، annotator = موسِّم، curator = منقِّح، lead = قائد، gold = النسخة الذهبية،
# adjudicate = تحكيم، review = مراجعة، focused span = المقطع المُركَّز عليه.
# A “quoted” argument is user text: the “ ” quotes stay around it.

## The app

language-failed = تعذّر تحميل لغة الواجهة ({ $reason })؛ تُعرض الواجهة بالإنجليزية.
language-menu = لغة الواجهة
language-menu-title = لغة الواجهة (يُعاد تحميل الصفحة بها)

## Header

header-screens = الشاشات
header-annotate = التوسيم
header-documents = المستندات
header-agreement = الاتفاق
header-current-document = المستند الحالي
header-undo = تراجع
header-undo-button = ↷ تراجع
header-redo = إعادة
header-redo-button = ↶ إعادة
header-saved = محفوظ
header-saving = جارٍ الحفظ…
header-not-saved = غير محفوظ
header-guidelines = الإرشادات
header-guidelines-title = إرشادات التوسيم: إرشادات المشروع وإرشادات كل وسم
header-shortcuts = اختصارات لوحة المفاتيح

## Overlays: the label picker, the keyboard map, the guidelines, messages

picker-toolbar = اختر وسمًا للتحديد
picker-cancel = إلغاء
help-title = اختصارات لوحة المفاتيح
help-labels = الوسوم
dialog-close = إغلاق
guidelines-title = إرشادات التوسيم
guidelines-edit = تحرير الإرشادات
guidelines-project = إرشادات المشروع
guidelines-save = حفظ الإرشادات
guidelines-saved = حُفظت الإرشادات.
messages-region = الرسائل
message-dismiss = إخفاء الرسالة

## The keyboard map: what each row does, and its keys

keymap-escape = مسح التحديد والتركيز، وإغلاق مربعات الحوار، وإلغاء الربط
keymap-escape-keys = Esc
keymap-undo = تراجع
keymap-undo-keys = Ctrl + Z
keymap-redo = إعادة
keymap-redo-keys = Ctrl + Shift + Z أو Ctrl + Y
keymap-help = عرض خريطة لوحة المفاتيح هذه
keymap-help-keys = ?
keymap-done-next = تم ← التالي: قبول الاقتراحات المعروضة، وتعليم المستند كمنجز، وفتح المستند التالي للإنجاز
keymap-done-next-keys = Ctrl + Enter
keymap-skip = تخطٍّ: فتح المستند التالي للإنجاز دون تعليم هذا المستند
keymap-skip-keys = Ctrl + Shift + Enter
keymap-next-previous = فتح المستند التالي / السابق بترتيب المدونة
keymap-next-previous-keys = ] / [
keymap-find = البحث في المستند (Enter / Shift + Enter: النتيجة التالية / السابقة)
keymap-find-keys = /
keymap-review = وضع المراجعة: الاقتراحات واحدًا تلو الآخر، الأكثر شكًّا أولًا؛ الضغط مجددًا (أو Esc) يُنهيه
keymap-review-keys = Shift + V (أو Alt + V)
keymap-review-accept = المراجعة: قبول (وإن لم يبقَ شيء: تم ← التالي)
keymap-review-accept-keys = Enter أو Space (المراجعة)
keymap-review-reject = المراجعة: رفض
keymap-review-reject-keys = Backspace أو Delete (المراجعة)
keymap-review-skip = المراجعة: تخطٍّ (يبقى الاقتراح معلّقًا؛ وإن لم يبقَ شيء، تُعرض المتخطّاة مجددًا)
keymap-review-skip-keys = Tab أو ↓ (المراجعة)
keymap-review-relabel = المراجعة: القبول بذلك الوسم
keymap-review-relabel-keys = مفتاح اختصار الوسم (المراجعة)
keymap-link = ربط المقطع المُركَّز عليه بمقطع آخر (علاقة)؛ Esc يُلغي
keymap-link-keys = Shift + R (أو Alt + R)، ثم Tab، Enter
keymap-end-word = تأخير / تقديم نهاية المقطع المُركَّز عليه كلمةً (في النص من اليمين إلى اليسار: تقديم / تأخير)
keymap-end-word-keys = Alt + → / ←
keymap-start-word = تأخير / تقديم بداية المقطع المُركَّز عليه كلمةً (في النص من اليمين إلى اليسار: تقديم / تأخير)
keymap-start-word-keys = Alt + Shift + → / ←
keymap-caret-word = تحديد الكلمة التالية / السابقة (مؤشر لوحة المفاتيح؛ في النص من اليمين إلى اليسار ← هو التالي)
keymap-caret-word-keys = → / ←
keymap-extend-word = توسيع / تقليص التحديد بكلمة
keymap-extend-word-keys = Shift + → / ←
keymap-focus-span = التركيز على المقطع التالي / السابق (بعد آخر مقطع، ينقل Tab التركيز خارج النص)
keymap-focus-span-keys = Tab / Shift + Tab
keymap-link-enter = في وضع الربط: الربط بالمقطع المُركَّز عليه
keymap-link-enter-keys = Enter
keymap-accept = قبول الاقتراح المُركَّز عليه
keymap-accept-keys = Enter أو Space
keymap-reject = رفض الاقتراح المُركَّز عليه، أو حذف المقطع المُركَّز عليه
keymap-reject-keys = Backspace أو Delete
keymap-label = وسم التحديد، أو تغيير وسم المقطع المُركَّز عليه
keymap-label-keys = مفتاح اختصار الوسم (p، o، g، …)
