# Machine-drafted translation from English (locales/en/app.ftl); a native speaker's review is welcome.
# Spandrel's interface: the header, dialogs, messages and the keyboard map.
# A “quoted” argument is user text (a title, a file name, a label): keep the “ ” quotes around it, the
# app isolates what stands between them.

## The app

language-failed = インターフェースの言語を読み込めませんでした（{ $reason }）。英語で表示します。
language-menu = 表示言語
language-menu-title = インターフェースの言語（選ぶとページがその言語で再読み込みされます）

## Header

header-screens = 画面
header-annotate = アノテーション
header-documents = 文書
header-agreement = 一致度
header-current-document = 現在の文書
header-undo = 元に戻す
header-undo-button = ↶ 元に戻す
header-redo = やり直す
header-redo-button = ↷ やり直す
header-saved = 保存済み
header-saving = 保存中…
header-not-saved = 未保存
header-guidelines = ガイドライン
header-guidelines-title = アノテーションガイドライン：プロジェクト全体と各ラベルのもの
header-shortcuts = キーボードショートカット

## Overlays: the label picker, the keyboard map, the guidelines, messages

picker-toolbar = 選択範囲のラベルを選択
picker-cancel = キャンセル
help-title = キーボードショートカット
help-labels = ラベル
dialog-close = 閉じる
guidelines-title = アノテーションガイドライン
guidelines-edit = ガイドラインを編集
guidelines-project = プロジェクトのガイドライン
guidelines-save = ガイドラインを保存
guidelines-saved = ガイドラインを保存しました。
messages-region = メッセージ
message-dismiss = メッセージを閉じる

## The keyboard map: what each row does, and its keys

keymap-escape = 選択とフォーカスを解除、ダイアログを閉じる、リンクを取り消す
keymap-escape-keys = Esc
keymap-undo = 元に戻す
keymap-undo-keys = Ctrl + Z
keymap-redo = やり直す
keymap-redo-keys = Ctrl + Shift + Z または Ctrl + Y
keymap-help = このキーボード一覧を表示
keymap-help-keys = ?
keymap-done-next = 完了 → 次へ：表示中の候補を採用し、文書を完了にして、次の未処理の文書を開く
keymap-done-next-keys = Ctrl + Enter
keymap-skip = スキップ：この文書に印を付けずに、次の未処理の文書を開く
keymap-skip-keys = Ctrl + Shift + Enter
keymap-next-previous = コーパス順で次／前の文書を開く
keymap-next-previous-keys = ] / [
keymap-find = 文書内を検索（Enter / Shift + Enter：次／前の一致）
keymap-find-keys = /
keymap-review = レビューモード：候補を 1 件ずつ、確信度の低いものから表示。もう一度押す（または Esc）と終了
keymap-review-keys = Shift + V（または Alt + V）
keymap-review-accept = レビュー：採用（残りがなければ「完了 → 次へ」）
keymap-review-accept-keys = Enter または Space（レビュー時）
keymap-review-reject = レビュー：却下
keymap-review-reject-keys = Backspace または Delete（レビュー時）
keymap-review-skip = レビュー：スキップ（保留のまま。残りがなければ、スキップしたものを再び表示）
keymap-review-skip-keys = Tab または ↓（レビュー時）
keymap-review-relabel = レビュー：そのラベルで採用
keymap-review-relabel-keys = ラベルのホットキー（レビュー時）
keymap-link = フォーカス中のスパンを別のスパンにリンク（関係）。Esc で取り消し
keymap-link-keys = Shift + R（または Alt + R）、次に Tab、Enter
keymap-end-word = フォーカス中のスパンの終了位置を 1 語後ろ／前へ移動（右から左のテキストでは前／後ろ）
keymap-end-word-keys = Alt + → / ←
keymap-start-word = フォーカス中のスパンの開始位置を 1 語後ろ／前へ移動（右から左のテキストでは前／後ろ）
keymap-start-word-keys = Alt + Shift + → / ←
keymap-caret-word = 次／前の単語を選択（キーボードのキャレット。右から左のテキストでは ← が次）
keymap-caret-word-keys = → / ←
keymap-extend-word = 選択範囲を 1 語ずつ拡張／縮小
keymap-extend-word-keys = Shift + → / ←
keymap-focus-span = 次／前のスパンにフォーカス（最後のスパンの先では Tab でテキストの外へ移動）
keymap-focus-span-keys = Tab / Shift + Tab
keymap-link-enter = リンクモード中：フォーカス中のスパンにリンク
keymap-link-enter-keys = Enter
keymap-accept = フォーカス中の候補を採用
keymap-accept-keys = Enter または Space
keymap-reject = フォーカス中の候補を却下、またはフォーカス中のスパンを削除
keymap-reject-keys = Backspace または Delete
keymap-label = 選択範囲にラベルを付ける、またはフォーカス中のスパンのラベルを変更
keymap-label-keys = ラベルのホットキー（p、o、g、…）
