# Machine-drafted translation from English (locales/en/actions.ftl); a native speaker's review is welcome.


## Agreement

act-agreement-different-text = “{ $name }”标注的文本与“{ $first }”不同（两者从第 { $at } 个字符起不同：前者 { $theirs } 个字符，后者 { $ours } 个字符）。所有标注员必须标注同一文本。

## Assigning documents

act-assign-no-documents = 没有可分配的文档
act-assign-select-first = 请先选择要分配的文档
act-assign-failed = { $n } 个文档无法分配：{ $error }
# One annotator's load in the summary: a name and how many documents.
act-assign-load = { $who } { $n }
act-assign-loads-none = 无
act-assign-done = 已将 { $changed } 个文档分配给 { $members } 位标注员。每位标注员的文档数：{ $loads }；{ $overlapped } 个文档分配给了多位标注员。

## Corpus work: suggestions prepared ahead, Done → next, Previous / Next

act-corpus-unreadable = 无法为 { $n } 个文档准备建议：{ $error }
act-corpus-ahead-failed = 无法提前准备建议：{ $error }
act-corpus-nothing-left = 所有文档均已完成或已跳过：没有剩余的工作。
act-corpus-last = 这是最后一个文档。
act-corpus-first = 这是第一个文档。
# Announced when a document opens: its place in the corpus and its title.
act-corpus-position = 第 { $pos } 个文档，共 { $n } 个：{ $title }

## Editing: commands, labels armed, the focused span, the label list

act-edit-read-only = 此共享文档为只读。请保存副本以进行编辑。
# unsure: “armed” (a label chosen first, applied by clicking words) rendered as 选定.
act-edit-label-disarmed = 已取消选定标签
act-edit-label-armed = 已选定 { $label }：点击一个词即可标注
# The focused span, announced: its label and its text; a suggestion's score has two decimals.
act-edit-describe = { $label }“{ $text }”
act-edit-describe-suggested = { $label }“{ $text }”，建议，分数 { $score }
act-edit-describe-rejected = { $label }“{ $text }”，已拒绝
act-edit-label-added = 已添加标签 { $label }
act-edit-label-not-added = 未添加标签：{ $error }。
act-edit-label-not-renamed = 未重命名标签：{ $error }。

## Suggestions from the extraction worker

act-extract-model-failed = 无法加载实体模型（{ $error }）；建议功能已关闭。
act-extract-not-added = 无法添加建议：{ $error }
act-extract-added = 已添加 { $n } 条建议

## Learning from the annotator's decisions

act-learn-sources-failed = 建议无法从您之前的决定中学习（{ $error }）；将从内置模型开始。
act-learn-unreadable = 建议无法从您的 { $n } 个文档中学习（无法读取这些文档）：{ $error }
act-learn-rebuild-failed = 建议无法从您之前的决定中学习：{ $error }
act-learn-doc-failed = 建议无法从此文档中学习：{ $error }
act-learn-follow-failed = 无法更新这些建议：{ $error }
act-learn-refresh-failed = 无法更新建议：{ $error }
act-learn-forget-failed = 无法清除建议学到的内容：{ $error }
act-learn-forget-storage-failed = 无法从存储中移除建议学到的内容：{ $error }
act-learn-forgotten = 已清除建议学到的内容：建议重新来自内置模型。

## Word boundaries

act-library-segmenter-failed = 中文、日文或泰文文本的分词功能不可用（{ $error }）；在这些文本中的选区将按您的选择原样保留。

## Opening: boot, open by id, add and open

act-open-quarantined = 一个存储的条目无法读取，已被隔离以便恢复：{ $reason }
act-open-migrated = 您保存的工作已从存储版本 { $version } 升级。
act-open-load-failed = 无法加载已保存的工作（{ $error }）。此标签页中的更改将不会被保存。
act-open-not-saved = 无法保存“{ $title }”：{ $error }
act-open-failed = 无法打开文档：{ $error }
act-open-no-storage = 此浏览器中存储不可用。
act-open-ahead-failed = 无法添加为此文档准备的建议：{ $error }
act-open-predates-unknown = 无法确定此文档的建议是否为最新：{ $error }
act-open-last-open-failed = 无法记住当前打开的文档：{ $error }

## The queue's ranking

act-queue-unreadable = { $n } 个文档无法读取，不参与排序，保持其在语料库中的位置：{ $error }
act-queue-rank-failed = 无法对队列排序（保持原顺序）：{ $error }

## Relations: link mode and relation types

act-relations-cancelled = 已取消链接
act-relations-no-type = 请先添加关系类型（关系，“添加类型”）。
act-relations-linking-from = 从“{ $text }”开始链接：用 Tab 移到目标片段并按 Enter，或直接点击它。按 Esc 取消。
act-relations-link-mode = 链接模式：先点击源片段，再点击目标片段。按 Esc 取消。
act-relations-choose-target = 从“{ $text }”开始链接：现在请选择目标片段。
act-relations-same-span = 请选择另一个片段作为目标。
# A link made: the source span's text, the target's, and the relation type.
act-relations-linked = 已链接“{ $from }”→“{ $to }”（{ $kind }）
act-relations-new-source = 从“{ $text }”开始链接：用 Tab 移到目标片段并按 Enter。
act-relations-focus-first = 请先用 Tab 聚焦一个片段。
act-relations-type-name-first = 请先输入关系类型的名称。
act-relations-type-exists = 关系类型“{ $kind }”已存在。
act-relations-type-added = 已添加关系类型“{ $kind }”

## Review mode

act-review-read-only = 此共享文档为只读。请保存副本以审阅其建议。
act-review-off = 审阅模式已关闭
act-review-waiting = 正在等待此文档的建议…
act-review-all-decided = 此文档的所有建议均已处理。Enter：完成 → 下一个。
act-review-skipped-left = 还剩 { $n } 条跳过的建议。Enter：下一个文档；Tab：再次审阅跳过的建议。

## Saving and merging with another tab's write

act-save-room-again = 存储空间已恢复：您的编辑已保存。
act-save-storage-full = 存储空间已满：您最新的编辑仍显示在屏幕上，但未保存。请导出此文档（导出），或删除不再需要的文档；系统会不断重试保存，直到成功。
act-save-failed = 未保存：{ $error }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-save-leftovers-lost = 与另一个标签页合并时无法放置的内容未能保留（{ $error }）；其内容为：{ $json }
act-save-merged = 另一个标签页中的更改已与您的更改合并。
# $conflicts: the first five conflicts described, joined by “; ”; $more: act-save-conflicts-more or
# nothing; $aside: act-save-conflicts-aside or nothing.
act-save-conflicts = 此文档也在另一个标签页中被修改；双方的更改均已保留。{ $conflicts }{ $more }。{ $aside }
act-save-conflicts-more = （另有 { $n } 处）
act-save-conflicts-aside = 无法放置的内容已被隔离，可在文档页面的恢复部分下载。
act-save-settings-failed = 设置未保存：{ $error }

## Export and shared links

act-transfer-words-failed = 无法找到“{ $title }”中的词（{ $error }）
act-transfer-copy-saved = “{ $title }”已保存到您的工作区；现在可以编辑了。

## Team sync: queueing, settings, pulled changes

act-sync-stage-failed = 此更改无法加入同步队列（已保存在本地）：{ $error }
act-sync-schema-stage-failed = 标签无法加入项目的同步队列（已保存在本地）：{ $error }
act-sync-removal-stage-failed = 删除操作无法加入项目的同步队列：{ $error }
act-sync-settings-unreadable = 此浏览器中保存的同步设置无法读取（{ $error }）；请重新输入
act-sync-online-failed = 网络恢复时，同步将无法自动察觉：{ $error }
act-sync-password-unreadable = 无法读取记住的密码：{ $error }
act-sync-is-off = 同步已关闭：{ $error }
act-sync-enter-password = 请输入您在同步服务器上的账户密码
act-sync-settings-not-written = 无法写入设置：{ $error }
act-sync-settings-not-kept = 无法保留设置：{ $error }
act-sync-password-not-remembered = 无法在此标签页中记住密码：{ $error }
act-sync-settings-not-removed = 无法移除同步设置：{ $error }
act-sync-password-not-removed = 无法移除记住的密码：{ $error }
act-sync-off = 同步已关闭
act-sync-retry-failed = 被拒绝的更改无法重新加入队列：{ $error }
# $key: which record (a document or the labels); $conflicts: the conflicts described, joined by “; ”.
act-sync-merge-conflicts = { $key } 在同步服务器上也被修改；两个版本均已保留：{ $conflicts }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-sync-leftovers-lost = 与服务器合并时无法放置的内容未能保留（{ $error }）；其内容为：{ $json }
act-sync-removed-unreadable = 无法在此读取一个已从项目中移除的文档：{ $error }
act-sync-removed-kept = “{ $title }”已从项目中移除；您的副本及其中的工作仍保留在此浏览器中。
act-sync-removed = “{ $title }”已从项目中移除。
act-sync-removed-not-deleted = 一个已从项目中移除的文档无法在此删除：{ $error }
act-sync-labels-arrived = 已从同步服务器收到项目的标签。
act-sync-change-not-saved = 来自同步服务器的一项更改无法保存在此：{ $error }
act-sync-doc-not-saved = 来自同步服务器的一个文档无法保存在此：{ $error }
act-sync-change-unreadable = 来自同步服务器的一项更改无法在此读取：{ $error }

## Team sync: the curator's gold version ($who: an annotator's account name)

act-sync-gold-no-version = 此处（尚）没有 { $who } 对此文档的版本
act-sync-gold-no-span = 该片段已不在该标注员的版本中
act-sync-gold-none = 尚无金标准版本：请先采用一个版本或片段
act-sync-gold-nothing-worked = 还没有人处理过此文档
act-sync-gold-took-version = { $who } 的版本现已成为已裁定的金标准版本。
act-sync-gold-took-span = 来自 { $who } 的 { $label }“{ $text }”已纳入金标准版本。
act-sync-gold-dropped = 已从金标准版本中移除 { $label }。
act-sync-gold-agreed = 已生成金标准草稿，包含所有标注员一致认可的 { $n } 个片段。
act-sync-gold-marked = 已标记为已裁定。
act-sync-gold-reopened = 已重新打开：金标准版本再次成为草稿。

## Team sync: setting up a project, accounts, the training set

act-sync-project-ready = 项目“{ $project }”已就绪：{ $leads } 位负责人、{ $annotators } 位标注员、{ $curators } 位审核员。每位成员用该项目名和自己的角色开启同步。
act-sync-setup-stopped = 设置在完成前中止了
act-sync-account-enter-first = 请先输入您想要的用户名和密码
act-sync-account-created = 已创建账户“{ $user }”。请让项目负责人将您加入项目。
act-sync-account-refused = 同步服务器未创建“{ $user }”：该名称已被占用，或此服务器不允许自行创建账户
# $status: the HTTP status code; $message: what the server said.
act-sync-account-http = 同步服务器对新账户请求的应答为 HTTP { $status }：{ $message }
act-sync-unreachable = 无法连接同步服务器：{ $error }
act-sync-nothing-worked = 项目中还没有任何文档被处理过

## The Documents screen: adding files and text, rename, status, duplicate, delete, other tabs

act-workspace-file-not-added = 未添加“{ $file }”：{ $error }。未存储任何内容。
act-workspace-import-as-text = 作为纯文本导入
# $needed, $free: sizes (act-workspace-size-…); $fit: how many documents would fit.
act-workspace-no-room = 这 { $n } 个文档需要约 { $needed } 的浏览器存储空间，但只剩 { $free } 可用（此浏览器为每个网站提供约 10 MB）：未导入任何内容。请将文件拆分为每份最多 { $fit } 个文档，或导出已完成的文档（导出 → 整个工作区）并将其删除以腾出空间。
act-workspace-importing = 正在导入：已保存 { $saved } / { $total } 个文档
# $labels: the new labels' names, joined by “, ”.
act-workspace-new-labels = 文件中的新标签：{ $labels }。
# $titles: the first five titles, each in “ ”, joined by “, ”; $more: act-workspace-added-more or nothing.
act-workspace-added = 已添加 { $n } 个文档：{ $titles }{ $more }。
act-workspace-added-more = ，另有 { $n } 个
act-workspace-added-count = 已添加 { $n } 个文档
act-workspace-paste-empty = 请粘贴或输入一些文本以添加文档。
act-workspace-added-one = 已添加“{ $title }”。
act-workspace-title-needed = 文档需要标题。
act-workspace-not-renamed = 未重命名：{ $error }
# A document status inside a sentence (“Marked 3 document(s) as done.”).
act-workspace-status-name = { $status ->
    [new] 新建
    [inprogress] 进行中
    [done] 已完成
   *[skipped] 已跳过
}
act-workspace-not-marked = { $n } 个文档无法标记为{ $status }：{ $error }
act-workspace-marked = 已将 { $n } 个文档标记为{ $status }。
act-workspace-status-not-changed = 状态未更改：{ $error }
act-workspace-duplicated = 已复制文档
act-workspace-not-duplicated = 未复制：{ $error }
act-workspace-not-deleted = 未删除：{ $error }
act-workspace-deleted = 已删除“{ $title }”
act-workspace-restored = 已恢复“{ $title }”
act-workspace-not-restored = 无法恢复“{ $title }”：{ $error }
act-workspace-reread-failed = 无法重新读取文档列表：{ $error }
act-workspace-deleted-elsewhere = “{ $title }”已在另一个标签页中被删除。它在此处仍保持打开；编辑它即可重新保存，或打开其他文档。
act-workspace-other-tab-unreadable = 无法读取在另一个标签页中所做的更改：{ $error }
act-workspace-other-tab-unlisted = 无法列出在另一个标签页中更改的文档：{ $error }
act-workspace-other-tab-labels = 无法读取在另一个标签页中更改的标签：{ $error }
# A size: $size has one decimal.
act-workspace-size-mb = { $size } MB
act-workspace-size-kb = { $size } KB
act-workspace-size-bytes = { $n } 字节

## The keyboard

key-selected = 已选择“{ $text }”
key-selection-failed = 无法使用该选区：{ $error }
