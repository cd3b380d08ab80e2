# Machine-drafted translation from English (locales/en/panel.ftl); a native speaker's review is welcome.
# Spandrel messages: panel (Japanese).

## Side panel: the label palette and a label's menu

panel-aside = ラベルとアノテーション
panel-labels = ラベル
# Read before a label's hotkey (for screen readers).
panel-hotkey = ホットキー
# Read after a label's count of spans (for screen readers).
panel-label-spans = スパン
panel-new-label-name = 新しいラベル名
panel-new-label = 新しいラベル
panel-add = 追加
panel-edit-label = ラベル { $label } を編集
panel-name = 名前
panel-rename = 名前を変更
panel-colour = 色
panel-delete-label = ラベルを削除
panel-label-in-use = このラベルは { $n } 個のスパンで使われています。
panel-delete-label-and-spans = ラベルとそのスパンを削除
panel-delete-label-keep-spans = ラベルのみ削除（スパンは残す）
panel-cancel = キャンセル

## Side panel: suggestions

panel-suggestions = 候補
panel-finding-entities = エンティティを検出中…
panel-accept-all = すべて採用
panel-reject-all = すべて却下
panel-review-title = 1 件ずつレビュー（確信度の低いものから）
panel-review-one-by-one = 1 件ずつレビュー
panel-score-at-least = スコア ≥
panel-score-threshold = スコアのしきい値
panel-accept-above = 以上の { $n } 件を採用
panel-accept-every = { $label } の候補をすべて採用
panel-reject-every = { $label } の候補をすべて却下

## Side panel: the span list

panel-spans = スパン
panel-filter-label = ラベルで絞り込み
panel-all-labels = すべてのラベル
panel-filter-state = 状態で絞り込み
panel-all-states = すべての状態
panel-filter-suggested = 候補
panel-filter-accepted = 採用済み
panel-filter-rejected = 却下済み
# A span's state in the span list and the span's details (lower case in English).
panel-state-suggested = 候補
panel-state-accepted = 採用済み
panel-state-rejected = 却下済み
panel-show-more = さらに表示（残り { $n } 件）

## Side panel: the focused span

panel-span = スパン
# $start, $end: the span's character offsets; $state: one of panel-state-*.
panel-span-meta = { $start }–{ $end } · { $state }
# $score: the suggestion's score, already written with two decimals.
panel-span-meta-score = { $start }–{ $end } · { $state } · スコア { $score }
panel-label = ラベル
panel-label-of-span = このスパンのラベル
panel-read-only = この共有文書は読み取り専用です。
panel-save-copy = コピーを保存して編集
panel-accept = 採用
panel-reject = 却下
panel-delete = 削除
panel-adjust-edges = 範囲を調整
panel-start-earlier = 開始を 1 語前へ（拡張）
panel-start-earlier-button = 開始 −1
panel-start-later = 開始を 1 語後ろへ（縮小）
panel-start-later-button = 開始 +1
panel-end-earlier = 終了を 1 語前へ（縮小）
panel-end-earlier-button = 終了 −1
panel-end-later = 終了を 1 語後ろへ（拡張）
panel-end-later-button = 終了 +1
panel-note = メモ

## Side panel: the document's text direction

panel-document = 文書
panel-text-direction = テキストの方向
panel-direction-auto = 段落ごとに自動
panel-direction-ltr = 左から右
panel-direction-rtl = 右から左

## Side panel: relations

relations-heading = 関係
relations-type = 関係の種類
relations-link-title = 2 つのスパンをリンク：起点のスパン、次に対象のスパンをクリック（キーボード：フォーカス中のスパンで Shift+R、Tab、Enter）
relations-link = リンク
relations-click-source = 起点のスパンをクリックしてください（または Tab で移動して Enter）。
# $text: the source span's text.
relations-from = “{ $text }”から：対象のスパンをクリックしてください（または Tab で移動して Enter）。Esc で取り消し。
relations-focus-source = 起点のスパンにフォーカス
# $from, $to: the two spans' texts; $kind: the relation type.
relations-delete = 関係 { $from } → { $to }（{ $kind }）を削除
relations-new-type = 新しい関係の種類
relations-add-type = 種類を追加

## Side panel: attributes of the focused span

attributes-heading = フォーカス中のスパンの属性
attributes-remove = 属性 { $key } を削除
attributes-name = 属性名
attributes-name-placeholder = 名前
attributes-value = 属性値
attributes-value-placeholder = 値
attributes-set = 設定
attributes-name-first = 先に属性名を入力してください。

## Side panel: what suggestions learned

learn-based-on-shipped = 基準：同梱モデル
learn-based-on-learned = 基準：同梱モデル + あなたのスパン { $taught } 件（却下 { $rejected } 件）
learn-forget = 候補の学習内容を消去

## Header: document labels

doclabels-group = 文書ラベル

## The document text

docview-text = 文書のテキスト
# A piece of text's tooltip, for each suggested span over it.
docview-suggestion = { $label }（候補）
# The accessible name of the mark where a span starts.
docview-anchor = { $label } のスパン
docview-selected = “{ $text }”を選択しました。ラベルを選んでください。
docview-selection-failed = その選択範囲は使用できません：{ $error }

## The review card

review-card = レビュー：候補を 1 件ずつ
# $score: already written with two decimals.
review-score = スコア { $score }
review-no-score = スコアなし
review-left = この文書の未レビュー：{ $n } 件
review-answers = 回答
review-accept = 採用
review-accept-button = ✓ 採用
review-go-on = 続ける
review-reject = 却下
review-reject-button = ✗ 却下
review-skip-title = スキップ（保留のまま）
review-skip = スキップ
review-accept-as = { $label } として採用
# $key: the label's hotkey.
review-accept-as-key = { $label } として採用（{ $key }）
review-relabel = { $label }：このラベルで採用
review-relabel-key = { $label } { $key }：このラベルで採用
review-leave-title = レビューモードを終了
review-leave = レビュー終了
review-pace = 判定 { $n } 件
# $rate: decisions per minute, already written with one decimal.
review-pace-rate = 判定 { $n } 件 · 毎分 { $rate } 件

## The corpus row

corpus-row = コーパス
# The open document's place in the corpus: $p of $n.
corpus-position = { $p } / { $n }
corpus-position-none = – / –
corpus-position-title = コーパス内の位置
corpus-progress = 完了した文書
# $percent: already rounded to a whole number.
corpus-done = { $total } 件中 { $done } 件完了（{ $percent }%）
# Followed by the next document's title.
corpus-next = 次：
corpus-order-title = 情報量の多い順：候補の確信度が最も低い文書から表示します（2 件に 1 件はコーパス順）。学習のたびに並べ直します
corpus-order = 順序
corpus-order-corpus = コーパス順
corpus-order-informative = 情報量の多い順
corpus-previous-title = 前の文書
corpus-previous = ◀ 前へ
corpus-next-title = 次の文書
corpus-next-button = 次へ ▶
corpus-skip-title = スキップ：この文書に印を付けずに、次の未処理の文書へ
corpus-skip = スキップ
corpus-done-next-title = 表示中の候補を採用して完了にし、次の未処理の文書を開く
corpus-done-next = 完了 → 次へ

## Find in the document

search-region = 文書内を検索
search-placeholder = 検索…（/）
search-ignore-case = 大文字と小文字を区別しない
search-whole-word = 単語単位
search-no-matches = 一致なし
# The current hit: $i of $n.
search-hit-of = { $i } / { $n }
search-matches = { $n } 件一致
search-match-of = { $n } 件中 { $i } 件目の一致
search-previous = 前の一致（Shift+Enter）
search-next = 次の一致（Enter）
search-fill-label = 「すべてにラベル付け」のラベル
search-label-all = すべてにラベル付け
search-type-first = 先に検索するテキストを入力してから、「すべてにラベル付け」を押してください。
# $query: the text searched for; $label: the label.
search-none-to-label = { $label } としてラベル付けできる、ラベルのない“{ $query }”はありません。
search-labelled = “{ $query }”の { $n } 件を { $label } としてラベル付けしました

# The PDF page view
pageview-show = ページ表示
pageview-show-title = 選択した範囲に印を付けて、PDF のページを本文の横に表示します
pageview-heading = { $pages } ページ中 { $page } ページ
pageview-previous = 前のページ
pageview-next = 次のページ
pageview-close = ページ表示を閉じる
pageview-loading = ページを描画しています…
pageview-image = PDF の { $page } ページ
pageview-span = ページ上の選択した範囲
pageview-failed = ページを表示できません：{ $error }
