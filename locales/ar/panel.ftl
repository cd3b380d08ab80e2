# Machine-drafted translation from English (locales/en/panel.ftl); a native speaker's review is welcome.

## Side panel: the label palette and a label's menu

panel-aside = الوسوم والتوسيمات
panel-labels = الوسوم
# Read before a label's hotkey (for screen readers).
panel-hotkey = مفتاح الاختصار
# Read after a label's count of spans (for screen readers).
panel-label-spans = { $n ->
    [zero] مقطع
    [one] مقطع
    [two] مقطعان
    [few] مقاطع
    [many] مقطعًا
   *[other] مقطع
}
panel-new-label-name = اسم الوسم الجديد
panel-new-label = وسم جديد
panel-add = إضافة
panel-edit-label = تحرير الوسم { $label }
panel-name = الاسم
panel-rename = إعادة تسمية
panel-colour = اللون
panel-delete-label = حذف الوسم
panel-label-in-use = { $n ->
    [zero] لا توجد مقاطع تستخدم هذا الوسم.
    [one] مقطع واحد يستخدم هذا الوسم.
    [two] مقطعان يستخدمان هذا الوسم.
    [few] { $n } مقاطع تستخدم هذا الوسم.
    [many] { $n } مقطعًا تستخدم هذا الوسم.
   *[other] { $n } مقطع تستخدم هذا الوسم.
}
panel-delete-label-and-spans = حذف الوسم ومقاطعه
panel-delete-label-keep-spans = حذف الوسم مع إبقاء المقاطع
panel-cancel = إلغاء

## Side panel: suggestions

panel-suggestions = الاقتراحات
panel-finding-entities = جارٍ البحث عن الكيانات…
panel-accept-all = قبول الكل
panel-reject-all = رفض الكل
panel-review-title = المراجعة واحدًا تلو الآخر، الأكثر شكًّا أولًا
panel-review-one-by-one = المراجعة واحدًا واحدًا
panel-score-at-least = الدرجة ≥
panel-score-threshold = حدّ الدرجة
panel-accept-above = قبول { $n } فوق الحد
panel-accept-every = قبول كل اقتراحات { $label }
panel-reject-every = رفض كل اقتراحات { $label }

## Side panel: the span list

panel-spans = المقاطع
panel-filter-label = التصفية حسب الوسم
panel-all-labels = كل الوسوم
panel-filter-state = التصفية حسب الحالة
panel-all-states = كل الحالات
panel-filter-suggested = مقترحة
panel-filter-accepted = مقبولة
panel-filter-rejected = مرفوضة
# A span's state in the span list and the span's details (lower case in English).
panel-state-suggested = مقترح
panel-state-accepted = مقبول
panel-state-rejected = مرفوض
panel-show-more = عرض المزيد (بقي { $n })

## Side panel: the focused span

panel-span = المقطع
# $start, $end: the span's character offsets; $state: one of panel-state-*.
panel-span-meta = { $start }–{ $end } · { $state }
# $score: the suggestion's score, already written with two decimals.
panel-span-meta-score = { $start }–{ $end } · { $state } · الدرجة { $score }
panel-label = الوسم
panel-label-of-span = وسم هذا المقطع
panel-read-only = هذا المستند المشترك للقراءة فقط.
panel-save-copy = حفظ نسخة لتحريره
panel-accept = قبول
panel-reject = رفض
panel-delete = حذف
panel-adjust-edges = ضبط الحدود
panel-start-earlier = تقديم البداية كلمةً واحدة (توسيع)
# unsure: words instead of "Start −1": a sign before a digit shows as "1−" in right-to-left text.
panel-start-earlier-button = تقديم البداية
panel-start-later = تأخير البداية كلمةً واحدة (تقليص)
panel-start-later-button = تأخير البداية
panel-end-earlier = تقديم النهاية كلمةً واحدة (تقليص)
panel-end-earlier-button = تقديم النهاية
panel-end-later = تأخير النهاية كلمةً واحدة (توسيع)
panel-end-later-button = تأخير النهاية
panel-note = ملاحظة

## Side panel: the document's text direction

panel-document = المستند
panel-text-direction = اتجاه النص
panel-direction-auto = اتجاه كل فقرة
panel-direction-ltr = من اليسار إلى اليمين
panel-direction-rtl = من اليمين إلى اليسار

## Side panel: relations

relations-heading = العلاقات
relations-type = نوع العلاقة
relations-link-title = ربط مقطعين: انقر المقطع المصدر، ثم الهدف (لوحة المفاتيح: Shift+R على المقطع المُركَّز عليه، ثم Tab، ثم Enter)
relations-link = ربط
relations-click-source = انقر المقطع المصدر (أو انتقل إليه بـ Tab واضغط Enter).
# $text: the source span's text.
relations-from = من “{ $text }”: انقر المقطع الهدف (أو انتقل إليه بـ Tab واضغط Enter). اضغط Esc للإلغاء.
relations-focus-source = التركيز على المقطع المصدر
# $from, $to: the two spans' texts; $kind: the relation type.
relations-delete = حذف العلاقة { $from } ← { $to } ({ $kind })
relations-new-type = نوع علاقة جديد
relations-add-type = إضافة نوع

## Side panel: attributes of the focused span

attributes-heading = سمات المقطع المُركَّز عليه
attributes-remove = إزالة السمة { $key }
attributes-name = اسم السمة
attributes-name-placeholder = الاسم
attributes-value = قيمة السمة
attributes-value-placeholder = القيمة
attributes-set = تعيين
attributes-name-first = اكتب اسم السمة أولًا.

## Side panel: what suggestions learned

learn-based-on-shipped = الأساس: النموذج المرفق
learn-based-on-learned = الأساس: النموذج المرفق + { $taught ->
    [one] مقطع واحد من مقاطعك
    [two] مقطعان من مقاطعك
   *[other] { $taught } من مقاطعك
} ({ $rejected } مرفوضة)
learn-forget = نسيان ما تعلّمته الاقتراحات

## Header: document labels

doclabels-group = وسوم المستند

## The document text

docview-text = نص المستند
# A piece of text's tooltip, for each suggested span over it.
docview-suggestion = { $label } (اقتراح)
# The accessible name of the mark where a span starts.
docview-anchor = مقطع { $label }
docview-selected = تم تحديد “{ $text }”. اختر وسمًا.
docview-selection-failed = تعذّر استخدام هذا التحديد: { $error }

## The review card

review-card = المراجعة: اقتراح واحد في كل مرة
# $score: already written with two decimals.
review-score = الدرجة { $score }
review-no-score = بلا درجة
review-left = { $n ->
    [zero] لا شيء للمراجعة في هذا المستند
    [one] بقي اقتراح واحد للمراجعة في هذا المستند
    [two] بقي اقتراحان للمراجعة في هذا المستند
    [few] بقي { $n } اقتراحات للمراجعة في هذا المستند
    [many] بقي { $n } اقتراحًا للمراجعة في هذا المستند
   *[other] بقي { $n } اقتراح للمراجعة في هذا المستند
}
review-answers = الإجابات
review-accept = قبول
review-accept-button = ✓ قبول
review-go-on = متابعة
review-reject = رفض
review-reject-button = ✗ رفض
review-skip-title = تخطٍّ (يبقى معلّقًا)
review-skip = تخطٍّ
review-accept-as = قبول بوسم { $label }
# $key: the label's hotkey.
review-accept-as-key = قبول بوسم { $label } ({ $key })
review-relabel = { $label }: القبول بهذا الوسم
review-relabel-key = { $label } { $key }: القبول بهذا الوسم
review-leave-title = الخروج من وضع المراجعة
review-leave = إنهاء المراجعة
review-pace = { $n ->
    [zero] لا قرارات
    [one] قرار واحد
    [two] قراران
    [few] { $n } قرارات
    [many] { $n } قرارًا
   *[other] { $n } قرار
}
# $rate: decisions per minute, already written with one decimal.
review-pace-rate = { $n ->
    [zero] لا قرارات
    [one] قرار واحد
    [two] قراران
    [few] { $n } قرارات
    [many] { $n } قرارًا
   *[other] { $n } قرار
} · { $rate } في الدقيقة

## The corpus row

corpus-row = المدونة
# The open document's place in the corpus: $p of $n.
corpus-position = { $p } / { $n }
corpus-position-none = – / –
corpus-position-title = الموضع في المدونة
corpus-progress = المستندات المنجزة
# $percent: already rounded to a whole number.
corpus-done = أُنجز { $done } من { $total } ({ $percent }%)
# Followed by the next document's title.
corpus-next = التالي:
corpus-order-title = الأكثر إفادة أولًا: تأتي أولًا المستندات التي تكون الاقتراحات أقل ثقة بها (مع مستند من كل اثنين بترتيب المدونة)، ويُعاد ترتيبها بعد كل خطوة تعلّم
corpus-order = الترتيب
corpus-order-corpus = ترتيب المدونة
corpus-order-informative = الأكثر إفادة أولًا
corpus-previous-title = المستند السابق
# unsure: the triangles are mirrored for the right-to-left layout (previous sits on the right).
corpus-previous = ▶ السابق
corpus-next-title = المستند التالي
corpus-next-button = التالي ◀
corpus-skip-title = تخطٍّ: المستند التالي للإنجاز، دون تعليم هذا المستند
corpus-skip = تخطٍّ
corpus-done-next-title = قبول الاقتراحات المعروضة، والتعليم كمنجز، وفتح المستند التالي للإنجاز
corpus-done-next = تم ← التالي

## Find in the document

search-region = البحث في المستند
search-placeholder = بحث… (/)
search-ignore-case = تجاهل حالة الأحرف
search-whole-word = الكلمة كاملة
search-no-matches = لا توجد نتائج
# The current hit: $i of $n.
search-hit-of = { $i } من { $n }
search-matches = { $n ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $n } نتائج
    [many] { $n } نتيجةً
   *[other] { $n } نتيجة
}
search-match-of = النتيجة { $i } من { $n }
search-previous = النتيجة السابقة (Shift+Enter)
search-next = النتيجة التالية (Enter)
search-fill-label = الوسم المستخدم في “وسم الكل”
search-label-all = وسم الكل
search-type-first = اكتب النص المراد البحث عنه أولًا، ثم “وسم الكل”.
# $query: the text searched for; $label: the label.
search-none-to-label = لا توجد مواضع غير موسومة من “{ $query }” لوسمها بالوسم { $label }.
search-labelled = { $n ->
    [one] وُسم موضع واحد من “{ $query }” بالوسم { $label }
    [two] وُسم موضعان من “{ $query }” بالوسم { $label }
    [few] وُسمت { $n } مواضع من “{ $query }” بالوسم { $label }
    [many] وُسم { $n } موضعًا من “{ $query }” بالوسم { $label }
   *[other] وُسم { $n } موضع من “{ $query }” بالوسم { $label }
}

# The PDF page view
pageview-show = عرض الصفحة
pageview-show-title = اعرض صفحة PDF بجانب النص، مع تمييز المقطع المحدد
pageview-heading = الصفحة { $page } من { $pages }
pageview-previous = الصفحة السابقة
pageview-next = الصفحة التالية
pageview-close = أغلق عرض الصفحة
pageview-loading = جارٍ رسم الصفحة…
pageview-image = الصفحة { $page } من ملف PDF
pageview-span = المقطع المحدد على الصفحة
pageview-failed = لا يمكن عرض الصفحة: { $error }
