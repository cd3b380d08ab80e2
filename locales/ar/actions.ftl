# Machine-drafted translation from English (locales/en/actions.ftl); a native speaker's review is welcome.


## Agreement

act-agreement-different-text = “{ $name }” يوسِّم نصًا مختلفًا عن “{ $first }” (يختلف النصان ابتداءً من الحرف { $at }؛ عدد الأحرف: { $theirs } مقابل { $ours }). يجب أن يوسِّم كل الموسِّمين النص نفسه.

## Assigning documents

act-assign-no-documents = لا توجد مستندات لإسنادها
act-assign-select-first = حدّد المستندات المراد إسنادها أولًا
act-assign-failed = { $n ->
    [one] تعذّر إسناد مستند واحد: { $error }
    [two] تعذّر إسناد مستندين: { $error }
    [few] تعذّر إسناد { $n } مستندات: { $error }
    [many] تعذّر إسناد { $n } مستندًا: { $error }
   *[other] تعذّر إسناد { $n } مستند: { $error }
}
# One annotator's load in the summary: a name and how many documents.
act-assign-load = { $who } { $n }
act-assign-loads-none = لا شيء
act-assign-done = أُسند { $changed } من المستندات إلى { $members } من الموسِّمين. المستندات لكل موسِّم: { $loads }؛ ويذهب { $overlapped } منها إلى أكثر من موسِّم.

## Corpus work: suggestions prepared ahead, Done → next, Previous / Next

act-corpus-unreadable = { $n ->
    [one] تعذّر تحضير الاقتراحات لمستند واحد: { $error }
    [two] تعذّر تحضير الاقتراحات لمستندين: { $error }
    [few] تعذّر تحضير الاقتراحات لـ { $n } مستندات: { $error }
    [many] تعذّر تحضير الاقتراحات لـ { $n } مستندًا: { $error }
   *[other] تعذّر تحضير الاقتراحات لـ { $n } مستند: { $error }
}
act-corpus-ahead-failed = تعذّر تحضير الاقتراحات مسبقًا: { $error }
act-corpus-nothing-left = كل المستندات منجزة أو متخطّاة: لم يبقَ شيء للإنجاز.
act-corpus-last = هذا هو المستند الأخير.
act-corpus-first = هذا هو المستند الأول.
# Announced when a document opens: its place in the corpus and its title.
act-corpus-position = المستند { $pos } من { $n }: { $title }

## Editing: commands, labels armed, the focused span, the label list

act-edit-read-only = هذا المستند المشترك للقراءة فقط. احفظ نسخة لتحريره.
# unsure: "armed" (a label ready to apply on click) = جاهز.
act-edit-label-disarmed = أُلغي تجهيز الوسم
act-edit-label-armed = { $label } جاهز: انقر كلمة لوسمها
# The focused span, announced: its label and its text; a suggestion's score has two decimals.
act-edit-describe = { $label } “{ $text }”
act-edit-describe-suggested = { $label } “{ $text }” اقتراح، الدرجة { $score }
act-edit-describe-rejected = { $label } “{ $text }” مرفوض
act-edit-label-added = أُضيف الوسم { $label }
act-edit-label-not-added = لم يُضف الوسم: { $error }.
act-edit-label-not-renamed = لم تُغيَّر تسمية الوسم: { $error }.

## Suggestions from the extraction worker

act-extract-model-failed = تعذّر تحميل نموذج الكيانات ({ $error })؛ الاقتراحات متوقفة.
act-extract-not-added = تعذّرت إضافة الاقتراحات: { $error }
act-extract-added = { $n ->
    [zero] لم يُضف أي اقتراح
    [one] أُضيف اقتراح واحد
    [two] أُضيف اقتراحان
    [few] أُضيفت { $n } اقتراحات
    [many] أُضيف { $n } اقتراحًا
   *[other] أُضيف { $n } اقتراح
}

## Learning from the annotator's decisions

act-learn-sources-failed = لا يمكن للاقتراحات التعلّم من قراراتك السابقة ({ $error })؛ فهي تبدأ من النموذج المرفق.
act-learn-unreadable = لا يمكن للاقتراحات التعلّم من { $n } من مستنداتك (تعذّرت قراءتها): { $error }
act-learn-rebuild-failed = تعذّر على الاقتراحات التعلّم من قراراتك السابقة: { $error }
act-learn-doc-failed = تعذّر على الاقتراحات التعلّم من هذا المستند: { $error }
act-learn-follow-failed = تعذّر تحديث الاقتراحات: { $error }
act-learn-refresh-failed = تعذّر تحديث الاقتراحات: { $error }
act-learn-forget-failed = تعذّر محو ما تعلّمته الاقتراحات: { $error }
act-learn-forget-storage-failed = تعذّرت إزالة ما تعلّمته الاقتراحات من التخزين: { $error }
act-learn-forgotten = نسيت الاقتراحات ما تعلّمته: أصبحت تأتي من النموذج المرفق مجددًا.

## Word boundaries

act-library-segmenter-failed = حدود الكلمات في النصوص الصينية أو اليابانية أو التايلاندية غير متاحة ({ $error })؛ تبقى التحديدات فيها كما تُجريها.

## Opening: boot, open by id, add and open

act-open-quarantined = تعذّرت قراءة إدخال مخزّن فنُحّي جانبًا للاسترداد: { $reason }
act-open-migrated = رُقّي عملك المحفوظ من إصدار التخزين { $version }.
act-open-load-failed = تعذّر تحميل العمل المحفوظ ({ $error }). لن تُحفظ التغييرات في علامة التبويب هذه.
act-open-not-saved = تعذّر حفظ “{ $title }”: { $error }
act-open-failed = تعذّر فتح المستند: { $error }
act-open-no-storage = التخزين غير متاح في هذا المتصفح.
act-open-ahead-failed = تعذّرت إضافة الاقتراحات المُحضّرة لهذا المستند: { $error }
act-open-predates-unknown = لا يُعرف إن كانت اقتراحات هذا المستند محدّثة: { $error }
act-open-last-open-failed = تعذّر تذكّر المستند المفتوح: { $error }

## The queue's ranking

act-queue-unreadable = { $n ->
    [one] تعذّرت قراءة مستند واحد للترتيب، فيبقى في موضعه من المدونة: { $error }
    [two] تعذّرت قراءة مستندين للترتيب، فيبقيان في موضعيهما من المدونة: { $error }
    [few] تعذّرت قراءة { $n } مستندات للترتيب، فتبقى في مواضعها من المدونة: { $error }
    [many] تعذّرت قراءة { $n } مستندًا للترتيب، فتبقى في مواضعها من المدونة: { $error }
   *[other] تعذّرت قراءة { $n } مستند للترتيب، فتبقى في مواضعها من المدونة: { $error }
}
act-queue-rank-failed = تعذّر ترتيب قائمة الانتظار (تحتفظ بترتيبها): { $error }

## Relations: link mode and relation types

act-relations-cancelled = أُلغي الربط
act-relations-no-type = أضف نوع علاقة أولًا (العلاقات، “إضافة نوع”).
act-relations-linking-from = الربط من “{ $text }”: انتقل إلى المقطع الهدف بـ Tab واضغط Enter، أو انقره. اضغط Esc للإلغاء.
act-relations-link-mode = وضع الربط: انقر المقطع المصدر، ثم المقطع الهدف. اضغط Esc للإلغاء.
act-relations-choose-target = الربط من “{ $text }”: اختر الآن المقطع الهدف.
act-relations-same-span = اختر مقطعًا مختلفًا هدفًا.
# A link made: the source span's text, the target's, and the relation type.
act-relations-linked = رُبط “{ $from }” ← “{ $to }” ({ $kind })
act-relations-new-source = الربط من “{ $text }”: انتقل إلى المقطع الهدف بـ Tab واضغط Enter.
act-relations-focus-first = ركّز على مقطع باستخدام Tab أولًا.
act-relations-type-name-first = اكتب اسمًا لنوع العلاقة أولًا.
act-relations-type-exists = نوع العلاقة “{ $kind }” موجود بالفعل.
act-relations-type-added = أُضيف نوع العلاقة “{ $kind }”

## Review mode

act-review-read-only = هذا المستند المشترك للقراءة فقط. احفظ نسخة لمراجعة اقتراحاته.
act-review-off = وضع المراجعة متوقف
act-review-waiting = في انتظار اقتراحات هذا المستند…
act-review-all-decided = حُسمت كل اقتراحات هذا المستند. Enter: تم ← التالي.
act-review-skipped-left = { $n ->
    [one] بقي اقتراح متخطّى واحد. Enter: المستند التالي؛ Tab: طرح المتخطّاة مجددًا.
    [two] بقي اقتراحان متخطّيان. Enter: المستند التالي؛ Tab: طرح المتخطّاة مجددًا.
    [few] بقيت { $n } اقتراحات متخطّاة. Enter: المستند التالي؛ Tab: طرح المتخطّاة مجددًا.
    [many] بقي { $n } اقتراحًا متخطّى. Enter: المستند التالي؛ Tab: طرح المتخطّاة مجددًا.
   *[other] بقي { $n } اقتراح متخطّى. Enter: المستند التالي؛ Tab: طرح المتخطّاة مجددًا.
}

## Saving and merging with another tab's write

act-save-room-again = أصبح في التخزين متسع مجددًا: حُفظت تعديلاتك.
act-save-storage-full = التخزين ممتلئ: تبقى أحدث تعديلاتك معروضة على الشاشة لكنها غير محفوظة. صدّر هذا المستند (تصدير) أو احذف المستندات التي لم تعد تحتاج إليها؛ تُعاد محاولة الحفظ حتى تنجح.
act-save-failed = لم يُحفظ: { $error }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-save-leftovers-lost = تعذّر الاحتفاظ بما لم يتمكّن الدمج مع علامة التبويب الأخرى من وضعه ({ $error })؛ وهو: { $json }
act-save-merged = دُمجت التغييرات من علامة تبويب أخرى مع تغييراتك.
# $conflicts: the first five conflicts described, joined by “; ”; $more: act-save-conflicts-more or
# nothing; $aside: act-save-conflicts-aside or nothing.
act-save-conflicts = تغيّر هذا المستند أيضًا في علامة تبويب أخرى؛ واحتُفظ بمجموعتي التغييرات كلتيهما. { $conflicts }{ $more }.{ $aside }
act-save-conflicts-more = { " " }(و{ $n } غيرها)
act-save-conflicts-aside = { " " }ما تعذّر وضعه نُحّي جانبًا: المستندات ← الإدخالات المنحّاة جانبًا تتيح لك تنزيله.
act-save-settings-failed = لم تُحفظ الإعدادات: { $error }

## Export and shared links

act-transfer-words-failed = تعذّر العثور على كلمات “{ $title }” ({ $error })
act-transfer-copy-saved = حُفظ “{ $title }” في مساحة عملك؛ يمكنك تحريره الآن.

## Team sync: queueing, settings, pulled changes

act-sync-stage-failed = تعذّر وضع هذا التغيير في قائمة انتظار المزامنة (وهو محفوظ هنا): { $error }
act-sync-schema-stage-failed = تعذّر وضع الوسوم في قائمة الانتظار للمشروع (وهي محفوظة هنا): { $error }
act-sync-removal-stage-failed = تعذّر وضع الحذف في قائمة الانتظار للمشروع: { $error }
act-sync-settings-unreadable = إعدادات المزامنة المحفوظة في هذا المتصفح غير مقروءة ({ $error })؛ أدخلها مجددًا
act-sync-online-failed = لن تلاحظ المزامنة عودة الشبكة تلقائيًا: { $error }
act-sync-password-unreadable = تعذّرت قراءة كلمة المرور المُتذكَّرة: { $error }
act-sync-is-off = المزامنة متوقفة: { $error }
act-sync-enter-password = أدخل كلمة مرور حسابك على خادم المزامنة
act-sync-settings-not-written = تعذّرت كتابة الإعدادات: { $error }
act-sync-settings-not-kept = تعذّر الاحتفاظ بالإعدادات: { $error }
act-sync-password-not-remembered = تعذّر تذكّر كلمة المرور لعلامة التبويب هذه: { $error }
act-sync-settings-not-removed = تعذّرت إزالة إعدادات المزامنة: { $error }
act-sync-password-not-removed = تعذّرت إزالة كلمة المرور المُتذكَّرة: { $error }
act-sync-off = المزامنة متوقفة
act-sync-retry-failed = تعذّر وضع التغييرات المرفوضة في قائمة الانتظار مجددًا: { $error }
# $key: which record (a document or the labels); $conflicts: the conflicts described, joined by “; ”.
act-sync-merge-conflicts = تغيّر { $key } أيضًا على خادم المزامنة؛ واحتُفظ بالنسختين كلتيهما: { $conflicts }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-sync-leftovers-lost = تعذّر الاحتفاظ بما لم يتمكّن الدمج مع الخادم من وضعه ({ $error })؛ وهو: { $json }
act-sync-removed-unreadable = تعذّرت هنا قراءة مستند أُزيل من المشروع: { $error }
act-sync-removed-kept = أُزيل “{ $title }” من المشروع؛ ونسختك، بعملك، محفوظة في هذا المتصفح.
act-sync-removed = أُزيل “{ $title }” من المشروع.
act-sync-removed-not-deleted = تعذّرت هنا إزالة مستند أُزيل من المشروع: { $error }
act-sync-labels-arrived = وصلت وسوم المشروع من خادم المزامنة.
act-sync-change-not-saved = تعذّر هنا حفظ تغيير من خادم المزامنة: { $error }
act-sync-doc-not-saved = تعذّر هنا حفظ مستند من خادم المزامنة: { $error }
act-sync-change-unreadable = تعذّرت هنا قراءة تغيير من خادم المزامنة: { $error }

## Team sync: the curator's gold version ($who: an annotator's account name)

act-sync-gold-no-version = لا توجد هنا نسخة لـ { $who } من هذا المستند (بعد)
act-sync-gold-no-span = لم يعد هذا المقطع موجودًا في نسخة الموسِّم
act-sync-gold-none = لا توجد نسخة ذهبية بعد: انقل نسخة أو مقطعًا أولًا
act-sync-gold-nothing-worked = لم يعمل أحد على هذا المستند بعد
act-sync-gold-took-version = أصبحت نسخة { $who } هي النسخة الذهبية المُحكَّمة.
act-sync-gold-took-span = أصبح { $label } “{ $text }” من { $who } في النسخة الذهبية.
act-sync-gold-dropped = أُزيل { $label } من النسخة الذهبية.
act-sync-gold-agreed = مسودة نسخة ذهبية بالمقاطع التي اتفق عليها كل الموسِّمين ({ $n }).
act-sync-gold-marked = عُلِّمت كمُحكَّمة.
act-sync-gold-reopened = أُعيد فتحها: النسخة الذهبية مسودة مجددًا.

## Team sync: setting up a project, accounts, the training set

act-sync-project-ready = المشروع “{ $project }” جاهز: القادة: { $leads }، الموسِّمون: { $annotators }، المنقِّحون: { $curators }. يشغّل كل عضو المزامنة به وبدوره.
act-sync-setup-stopped = توقّف الإعداد قبل اكتماله
act-sync-account-enter-first = أدخل أولًا اسم المستخدم وكلمة المرور اللذين تريدهما
act-sync-account-created = أُنشئ الحساب “{ $user }”. اطلب من قائد المشروع إضافتك إلى المشروع.
act-sync-account-refused = لم يُنشئ خادم المزامنة “{ $user }”: الاسم مأخوذ، أو أن هذا الخادم لا يسمح بإنشاء الحسابات
# $status: the HTTP status code; $message: what the server said.
act-sync-account-http = أجاب خادم المزامنة بـ HTTP { $status } على الحساب الجديد: { $message }
act-sync-unreachable = تعذّر الوصول إلى خادم المزامنة: { $error }
act-sync-nothing-worked = لم يُعمل بعد على أي مستند من المشروع

## The Documents screen: adding files and text, rename, status, duplicate, delete, other tabs

act-workspace-file-not-added = لم يُضف “{ $file }”: { $error }. لم يُخزَّن شيء.
act-workspace-import-as-text = الاستيراد كنص عادي
# $needed, $free: sizes (act-workspace-size-…); $fit: how many documents would fit.
act-workspace-no-room = تحتاج هذه المستندات ({ $n }) إلى نحو { $needed } من تخزين المتصفح، لكن المتاح { $free } فقط (يحتفظ هذا المتصفح بنحو 10 ميغابايت لكل موقع): لم يُستورد شيء. قسّم الملف إلى أجزاء لا يتجاوز كل منها { $fit } من المستندات، أو صدّر المستندات التي أنهيتها (تصدير ← مساحة العمل كلها) واحذفها لإفساح المجال.
act-workspace-importing = جارٍ استيراد المستندات: حُفظ { $saved } من { $total }
# $labels: the new labels' names, joined by “, ”.
act-workspace-new-labels = وسوم جديدة من الملف: { $labels }.
# $titles: the first five titles, each in “ ”, joined by “, ”; $more: act-workspace-added-more or nothing.
act-workspace-added = { $n ->
    [one] أُضيف مستند واحد: { $titles }{ $more }.
    [two] أُضيف مستندان: { $titles }{ $more }.
    [few] أُضيفت { $n } مستندات: { $titles }{ $more }.
    [many] أُضيف { $n } مستندًا: { $titles }{ $more }.
   *[other] أُضيف { $n } مستند: { $titles }{ $more }.
}
act-workspace-added-more = { " " }و{ $n } غيرها
act-workspace-added-count = { $n ->
    [zero] لم يُضف أي مستند
    [one] أُضيف مستند واحد
    [two] أُضيف مستندان
    [few] أُضيفت { $n } مستندات
    [many] أُضيف { $n } مستندًا
   *[other] أُضيف { $n } مستند
}
act-workspace-paste-empty = الصق نصًا أو اكتبه لإضافة مستند.
act-workspace-added-one = أُضيف “{ $title }”.
act-workspace-title-needed = يحتاج المستند إلى عنوان.
act-workspace-not-renamed = لم تُغيَّر التسمية: { $error }
# A document status inside a sentence (“Marked 3 document(s) as done.”).
act-workspace-status-name = { $status ->
    [new] جديد
    [inprogress] قيد العمل
    [done] منجز
   *[skipped] متخطّى
}
act-workspace-not-marked = { $n ->
    [one] تعذّر تعليم مستند واحد بحالة { $status }: { $error }
    [two] تعذّر تعليم مستندين بحالة { $status }: { $error }
    [few] تعذّر تعليم { $n } مستندات بحالة { $status }: { $error }
    [many] تعذّر تعليم { $n } مستندًا بحالة { $status }: { $error }
   *[other] تعذّر تعليم { $n } مستند بحالة { $status }: { $error }
}
act-workspace-marked = { $n ->
    [one] عُلِّم مستند واحد بحالة { $status }.
    [two] عُلِّم مستندان بحالة { $status }.
    [few] عُلِّمت { $n } مستندات بحالة { $status }.
    [many] عُلِّم { $n } مستندًا بحالة { $status }.
   *[other] عُلِّم { $n } مستند بحالة { $status }.
}
act-workspace-status-not-changed = لم تتغيّر الحالة: { $error }
act-workspace-duplicated = كُرِّر المستند
act-workspace-not-duplicated = لم يُكرَّر: { $error }
act-workspace-not-deleted = لم يُحذف: { $error }
act-workspace-deleted = حُذف “{ $title }”
act-workspace-restored = استُعيد “{ $title }”
act-workspace-not-restored = تعذّرت استعادة “{ $title }”: { $error }
act-workspace-reread-failed = تعذّرت إعادة قراءة قائمة المستندات: { $error }
act-workspace-deleted-elsewhere = حُذف “{ $title }” في علامة تبويب أخرى. يبقى مفتوحًا هنا؛ حرّره لحفظه مجددًا، أو افتح مستندًا آخر.
act-workspace-other-tab-unreadable = تعذّرت قراءة التغيير الذي أُجري في علامة تبويب أخرى: { $error }
act-workspace-other-tab-unlisted = تعذّر سرد مستند تغيّر في علامة تبويب أخرى: { $error }
act-workspace-other-tab-labels = تعذّرت قراءة الوسوم التي تغيّرت في علامة تبويب أخرى: { $error }
# A size: $size has one decimal.
act-workspace-size-mb = { $size } ميغابايت
act-workspace-size-kb = { $size } كيلوبايت
act-workspace-size-bytes = { $n } بايت

## The keyboard

key-selected = تم تحديد “{ $text }”
key-selection-failed = تعذّر استخدام هذا التحديد: { $error }
