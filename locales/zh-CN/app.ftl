# Machine-drafted translation from English (locales/en/app.ftl); a native speaker's review is welcome.
# Terms: span 片段, label 标签, suggestion 建议, document 文档, corpus 语料库, annotator 标注员,
# curator 审核员, lead 负责人, gold 金标准, adjudicate 裁定, review 审阅, tab (browser) 标签页.

## The app

language-failed = 无法加载界面语言（{ $reason }），将显示英文。
language-menu = 界面语言
language-menu-title = 界面所用的语言（页面将以该语言重新加载）

## Header

header-screens = 视图
header-annotate = 标注
header-documents = 文档
header-agreement = 一致性
header-current-document = 当前文档
header-undo = 撤销
header-undo-button = ↶ 撤销
header-redo = 重做
header-redo-button = ↷ 重做
header-saved = 已保存
header-saving = 正在保存…
header-not-saved = 未保存
header-guidelines = 指南
header-guidelines-title = 标注指南：项目的指南及各标签的指南
header-shortcuts = 键盘快捷键

## Overlays: the label picker, the keyboard map, the guidelines, messages

picker-toolbar = 为选区选择标签
picker-cancel = 取消
help-title = 键盘快捷键
help-labels = 标签
dialog-close = 关闭
guidelines-title = 标注指南
guidelines-edit = 编辑指南
guidelines-project = 项目指南
guidelines-save = 保存指南
guidelines-saved = 指南已保存。
messages-region = 消息
message-dismiss = 关闭消息

## The keyboard map: what each row does, and its keys

keymap-escape = 清除选区和焦点，关闭对话框，取消链接
keymap-escape-keys = Esc
keymap-undo = 撤销
keymap-undo-keys = Ctrl + Z
keymap-redo = 重做
keymap-redo-keys = Ctrl + Shift + Z 或 Ctrl + Y
keymap-help = 显示此快捷键列表
keymap-help-keys = ?
keymap-done-next = 完成 → 下一个：接受显示的建议，将文档标记为已完成，打开下一个待处理的文档
keymap-done-next-keys = Ctrl + Enter
keymap-skip = 跳过：打开下一个待处理的文档，不标记当前文档
keymap-skip-keys = Ctrl + Shift + Enter
keymap-next-previous = 按语料库顺序打开下一个 / 上一个文档
keymap-next-previous-keys = ] / [
keymap-find = 在文档中查找（Enter / Shift + Enter：下一个 / 上一个结果）
keymap-find-keys = /
keymap-review = 审阅模式：逐条审阅建议，最不确定的优先；再按一次（或按 Esc）退出
keymap-review-keys = Shift + V（或 Alt + V）
keymap-review-accept = 审阅：接受（全部处理完时：完成 → 下一个）
keymap-review-accept-keys = Enter 或 Space（审阅时）
keymap-review-reject = 审阅：拒绝
keymap-review-reject-keys = Backspace 或 Delete（审阅时）
keymap-review-skip = 审阅：跳过（保持待定；全部处理完后，再次审阅跳过的建议）
keymap-review-skip-keys = Tab 或 ↓（审阅时）
keymap-review-relabel = 审阅：以该标签接受
keymap-review-relabel-keys = 标签快捷键（审阅时）
keymap-link = 将聚焦片段链接到另一个片段（关系）；按 Esc 取消
keymap-link-keys = Shift + R（或 Alt + R），然后 Tab、Enter
keymap-end-word = 将聚焦片段的结尾后移 / 前移一个词（在从右到左的文本中：前移 / 后移）
keymap-end-word-keys = Alt + → / ←
keymap-start-word = 将聚焦片段的开头后移 / 前移一个词（在从右到左的文本中：前移 / 后移）
keymap-start-word-keys = Alt + Shift + → / ←
keymap-caret-word = 选择下一个 / 上一个词（键盘光标；在从右到左的文本中 ← 为下一个）
keymap-caret-word-keys = → / ←
keymap-extend-word = 按词扩展 / 缩小选区
keymap-extend-word-keys = Shift + → / ←
keymap-focus-span = 聚焦下一个 / 上一个片段（越过最后一个后，Tab 将离开文本）
keymap-focus-span-keys = Tab / Shift + Tab
keymap-link-enter = 链接模式中：链接到聚焦片段
keymap-link-enter-keys = Enter
keymap-accept = 接受聚焦的建议
keymap-accept-keys = Enter 或 Space
keymap-reject = 拒绝聚焦的建议，或删除聚焦片段
keymap-reject-keys = Backspace 或 Delete
keymap-label = 为选区加标签，或更改聚焦片段的标签
keymap-label-keys = 标签快捷键（p、o、g、…）
