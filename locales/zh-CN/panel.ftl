# Machine-drafted translation from English (locales/en/panel.ftl); a native speaker's review is welcome.

## Side panel: the label palette and a label's menu

panel-aside = 标签与标注
panel-labels = 标签
# Read before a label's hotkey (for screen readers).
panel-hotkey = 快捷键
# Read after a label's count of spans (for screen readers).
panel-label-spans = 个片段
panel-new-label-name = 新标签名称
panel-new-label = 新标签
panel-add = 添加
panel-edit-label = 编辑标签 { $label }
panel-name = 名称
panel-rename = 重命名
panel-colour = 颜色
panel-delete-label = 删除标签
panel-label-in-use = 有 { $n } 个片段使用此标签。
panel-delete-label-and-spans = 删除标签及其片段
panel-delete-label-keep-spans = 删除标签，保留片段
panel-cancel = 取消

## Side panel: suggestions

panel-suggestions = 建议
panel-finding-entities = 正在识别实体…
panel-accept-all = 全部接受
panel-reject-all = 全部拒绝
panel-review-title = 逐条审阅，最不确定的优先
panel-review-one-by-one = 逐条审阅
panel-score-at-least = 分数 ≥
panel-score-threshold = 分数阈值
panel-accept-above = 接受阈值以上的 { $n } 条
panel-accept-every = 接受所有 { $label } 建议
panel-reject-every = 拒绝所有 { $label } 建议

## Side panel: the span list

panel-spans = 片段
panel-filter-label = 按标签筛选
panel-all-labels = 全部标签
panel-filter-state = 按状态筛选
panel-all-states = 全部状态
panel-filter-suggested = 建议
panel-filter-accepted = 已接受
panel-filter-rejected = 已拒绝
# A span's state in the span list and the span's details (lower case in English).
panel-state-suggested = 建议
panel-state-accepted = 已接受
panel-state-rejected = 已拒绝
panel-show-more = 显示更多（还有 { $n } 个）

## Side panel: the focused span

panel-span = 片段
# $start, $end: the span's character offsets; $state: one of panel-state-*.
panel-span-meta = { $start }–{ $end } · { $state }
# $score: the suggestion's score, already written with two decimals.
panel-span-meta-score = { $start }–{ $end } · { $state } · 分数 { $score }
panel-label = 标签
panel-label-of-span = 此片段的标签
panel-read-only = 此共享文档为只读。
panel-save-copy = 保存副本以进行编辑
panel-accept = 接受
panel-reject = 拒绝
panel-delete = 删除
panel-adjust-edges = 调整边界
panel-start-earlier = 开头前移一个词（扩展）
panel-start-earlier-button = 开头 −1
panel-start-later = 开头后移一个词（缩小）
panel-start-later-button = 开头 +1
panel-end-earlier = 结尾前移一个词（缩小）
panel-end-earlier-button = 结尾 −1
panel-end-later = 结尾后移一个词（扩展）
panel-end-later-button = 结尾 +1
panel-note = 备注

## Side panel: the document's text direction

panel-document = 文档
panel-text-direction = 文字方向
panel-direction-auto = 按各段落自身方向
panel-direction-ltr = 从左到右
panel-direction-rtl = 从右到左

## Side panel: relations

relations-heading = 关系
relations-type = 关系类型
relations-link-title = 链接两个片段：先点击源片段，再点击目标片段（键盘：在聚焦片段上按 Shift+R，然后 Tab、Enter）
relations-link = 链接
relations-click-source = 点击源片段（或用 Tab 移到该片段并按 Enter）。
# $text: the source span's text.
relations-from = 从“{ $text }”开始：点击目标片段（或用 Tab 移到该片段并按 Enter）。按 Esc 取消。
relations-focus-source = 聚焦源片段
# $from, $to: the two spans' texts; $kind: the relation type.
relations-delete = 删除关系 { $from } → { $to }（{ $kind }）
relations-new-type = 新关系类型
relations-add-type = 添加类型

## Side panel: attributes of the focused span

attributes-heading = 聚焦片段的属性
attributes-remove = 删除属性 { $key }
attributes-name = 属性名
attributes-name-placeholder = 名称
attributes-value = 属性值
attributes-value-placeholder = 值
attributes-set = 设置
attributes-name-first = 请先输入属性名。

## Side panel: what suggestions learned

learn-based-on-shipped = 依据：内置模型
learn-based-on-learned = 依据：内置模型 + 您的 { $taught } 个片段（{ $rejected } 个已拒绝）
learn-forget = 清除建议学到的内容

## Header: document labels

doclabels-group = 文档标签

## The document text

docview-text = 文档文本
# A piece of text's tooltip, for each suggested span over it.
docview-suggestion = { $label }（建议）
# The accessible name of the mark where a span starts.
docview-anchor = { $label } 片段
docview-selected = 已选择“{ $text }”。请选择标签。
docview-selection-failed = 无法使用该选区：{ $error }

## The review card

review-card = 审阅：逐条处理建议
# $score: already written with two decimals.
review-score = 分数 { $score }
review-no-score = 无分数
review-left = 此文档还有 { $n } 条待审阅
# unsure: "Answers" (the group of accept / reject / skip buttons), rendered as 操作.
review-answers = 操作
review-accept = 接受
review-accept-button = ✓ 接受
review-go-on = 继续
review-reject = 拒绝
review-reject-button = ✗ 拒绝
review-skip-title = 跳过（保持待定）
review-skip = 跳过
review-accept-as = 接受为 { $label }
# $key: the label's hotkey.
review-accept-as-key = 接受为 { $label }（{ $key }）
review-relabel = { $label }：以此标签接受
review-relabel-key = { $label } { $key }：以此标签接受
review-leave-title = 退出审阅模式
review-leave = 退出审阅
review-pace = 已处理 { $n } 条
# $rate: decisions per minute, already written with one decimal.
review-pace-rate = 已处理 { $n } 条 · 每分钟 { $rate } 条

## The corpus row

corpus-row = 语料库
# The open document's place in the corpus: $p of $n.
corpus-position = { $p } / { $n }
corpus-position-none = – / –
corpus-position-title = 在语料库中的位置
corpus-progress = 已完成的文档
# $percent: already rounded to a whole number.
corpus-done = 已完成 { $done } / { $total }（{ $percent }%）
# Followed by the next document's title.
corpus-next = 下一个：
corpus-order-title = 信息量优先：建议最不确定的文档排在前面（每隔一个按语料库顺序），每次学习后重新排序
corpus-order = 顺序
corpus-order-corpus = 语料库顺序
corpus-order-informative = 信息量优先
corpus-previous-title = 上一个文档
corpus-previous = ◀ 上一个
corpus-next-title = 下一个文档
corpus-next-button = 下一个 ▶
corpus-skip-title = 跳过：打开下一个待处理的文档，不标记当前文档
corpus-skip = 跳过
corpus-done-next-title = 接受显示的建议，标记为已完成，打开下一个待处理的文档
corpus-done-next = 完成 → 下一个

## Find in the document

search-region = 在文档中查找
search-placeholder = 查找…（/）
search-ignore-case = 忽略大小写
search-whole-word = 全词匹配
search-no-matches = 无匹配
# The current hit: $i of $n.
search-hit-of = { $i } / { $n }
search-matches = { $n } 个匹配
search-match-of = 第 { $i } 个匹配，共 { $n } 个
search-previous = 上一个匹配（Shift+Enter）
search-next = 下一个匹配（Enter）
search-fill-label = 全部标注所用的标签
search-label-all = 全部标注
search-type-first = 请先输入要查找的文本，再点击“全部标注”。
# $query: the text searched for; $label: the label.
search-none-to-label = 没有可标注为 { $label } 的未标注“{ $query }”。
search-labelled = 已将 { $n } 处“{ $query }”标注为 { $label }

# The PDF page view
pageview-show = 页面视图
pageview-show-title = 在文本旁显示 PDF 页面，并标出所选片段
pageview-heading = 第 { $page } 页，共 { $pages } 页
pageview-previous = 上一页
pageview-next = 下一页
pageview-close = 关闭页面视图
pageview-loading = 正在绘制页面…
pageview-image = PDF 第 { $page } 页
pageview-span = 页面上所选的片段
pageview-failed = 无法显示此页面：{ $error }
