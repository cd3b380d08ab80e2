# Machine-drafted translation from English (locales/en/errors.ftl); a native speaker's review is welcome.
# Spandrel messages: errors (Japanese).
# Core's errors, as `src/errors.rs` shows them; usually inside another message's { $error }. Arguments are
# data: $reason, $message, $error, $what, $step and $first come from a parser, the browser, the server or the
# program (in English), and are shown as they are. Japanese has one plural form: counts need no selector.


## Share links

error-share-empty = リンクに文書が含まれていません（“#”より後ろが空です）
# $pos: a character position in the link.
error-share-bad-base64 = リンクが壊れています：“#”の後ろの { $pos } 文字目は共有リンクに使えない文字です
error-share-unsupported-version = このリンクは新しいバージョンまたは不明なバージョンの Spandrel で作成されています（形式 { $version }）。アプリを更新してください
error-share-truncated = リンクが途中で切れています。リンク全体をもう一度コピーしてください
error-share-not-a-link = これは Spandrel の共有リンクではありません：共有リンクの形式で始まっていません（壊れているか、別のツールのものです）
error-share-decompress = リンクが壊れていて展開できません：{ $reason }
error-share-too-large = 共有された文書は展開すると { $limit } バイトを超えるため、Spandrel は受け付けません
# $field: the name of a field of the link's data.
error-share-malformed = リンクが壊れています：フィールド“{ $field }”が不正です
error-share-invalid-span = リンクが壊れています：スパン #{ $index } が不正です（{ $reason }）
error-share-invalid-relation = リンクが壊れています：関係 #{ $index } が不正です（{ $reason }）
# $id: an annotation's number.
error-share-bad-annotation = アノテーション { $id } は共有できません：{ $reason }

## Text files that cannot be read ($name: the file's name; $offset: a byte position in it)

error-decode-invalid-utf8 = “{ $name }”は正しい UTF-8 ではありません（オフセット { $offset } に不正なバイト）。Windows-1252 などの古い文字コードかもしれません — UTF-8 で保存し直してから開き直してください
error-decode-odd-utf16-length = “{ $name }”は UTF-16 とされていますが、バイト数が奇数です（{ $len }）。オフセット { $offset } にある最後のバイトが不完全です
error-decode-invalid-utf16 = “{ $name }”は正しい UTF-16 ではありません（バイトオフセット { $offset } に対になっていないサロゲート）
error-decode-binary = “{ $name }”のバイトオフセット { $offset } に NUL 文字があります：バイナリファイルか、バイト順マークのない UTF-16 のようです — UTF-8 で保存し直してください
error-decode-pdf = “{ $name }”は PDF です：その本文はブラウザー（pdf.js）で読み取るため、アプリで開いてください。ここで使うには、アプリから Spandrel JSON として書き出してください
error-pdf-no-text = テキストレイヤーがありません（スキャンしたページ？）：Spandrel は PDF が持つテキストを読み取り、OCR はありません
error-pdf-bad-item = { $page } ページに、位置または大きさが数値でないテキスト項目があります
error-pdf-no-page = { $page } ページはこの文書にありません
error-pdf-differs = { $page } ページが文書の本文と異なります（この文書の元になった PDF ではありません）
error-pdf-password = パスワードで保護されています
error-pdf-invalid = 読み取れる PDF ではありません（{ $reason }）
error-pdf-missing = この PDF ファイルはこのブラウザーに保存されていません

## The workspace in browser storage ($id: a document's id; $what: what was being saved, in English)

error-storage-quota-exceeded = { $what } を保存するためのブラウザーのストレージが足りません（あと { $needed } バイト必要です）。これまでに保存した内容は変わっていません。文書をいくつか削除またはエクスポートして空きを作ってください
error-storage-conflict = 文書“{ $id }”は別の場所（おそらく別のタブ）で変更され、現在はリビジョン { $revision } です。保存する前に 2 つのバージョンを統合してください
error-storage-not-found = 文書“{ $id }”はこのワークスペースにありません
error-storage-already-exists = ID が“{ $id }”の文書はすでに存在します
error-storage-corrupt = 文書“{ $id }”を読み込めませんでした：{ $reason }
error-storage-invalid-document = 文書“{ $id }”は保存できません：{ $reason }
error-storage-store = { $what } を保存できませんでした：{ $message }
error-storage-rollback-failed = { $what } の保存に失敗し（{ $error }）、前のバージョンへの復元にも失敗しました（{ $rollback }）。今すぐ作業をエクスポートしてください
# $key: the storage key the old data stays under.
error-storage-migration-failed = 古いワークスペースを更新できませんでした（{ $reason }）。古いデータは“{ $key }”にそのまま残っています
# Adding documents stopped: $title: the document that could not be saved; $cause: why (one of the messages above).
error-add = “{ $title }”を保存できませんでした（{ $cause }）。何も追加されていません
# The same, when $n of the $added documents saved before could not be deleted again: $ids, and why the first was not ($first).
error-add-left-behind = “{ $title }”を保存できませんでした（{ $cause }）。何も追加されていませんが、その前に保存した { $added } 件の文書のうち { $n } 件を取り消せませんでした（{ $ids }：{ $first }）。「文書」から削除してください
# Browser storage itself ($key: a storage key).
error-store-quota-exceeded = ブラウザーのストレージがいっぱいです：“{ $key }”の書き込みには割り当てより { $needed } バイト多く必要です
error-store-unavailable = ブラウザーのストレージを使用できません：{ $reason }
error-store-failed = “{ $key }”でブラウザーのストレージが失敗しました：{ $message }
error-ws-unavailable = このブラウザーではストレージを使用できません。このタブでの変更は保存されません。

## Export and import ($doc: a document's id)

error-export-bad-span = 文書“{ $doc }”：アノテーション { $id } のオフセット { $start }..{ $end } がテキストの範囲外です
# $format: a format's name (“CoNLL”, “spaCy”…).
error-export-empty = { $format } は 1 組のファイルにちょうど 1 つの文書を収めますが、エクスポートする文書がありません
error-export-json = JSON を書き出せませんでした：{ $reason }
# $error: why its word boundaries cannot be used (one of the error-word-breaks messages).
error-export-words = 文書“{ $doc }”：{ $error }
# An import refused: how many problems, and the first one ($first: where, and what the parser said).
error-import-report = 入力に問題が { $n } 件あります。最初の問題：{ $first }
# A file that adds nothing: its first problem, and how many more it has.
error-intake-failure-more = { $first }（ほかに問題が { $more } 件）

## Sync ($what: what was refused or asked for, in English; $status: an HTTP status code)

error-sync-wrong-password = 同期サーバーは“{ $user }”のパスワードを受け付けませんでした（ユーザー名またはパスワードが違います）。何も送信されていません。作業内容はここに保持されています
error-sync-forbidden = 権限がありません：同期サーバーでは { $what } を変更できません。あなたのバージョンはここに保持されています
# $role: the role the settings name, in English (“a lead”).
error-sync-no-read-access = 権限がありません：同期サーバーでは { $what } を読み取れません。同期設定ではあなたはこのプロジェクトの { $role } になっています。プロジェクトのリーダーから与えられた役割を選んでください（作業内容はここに保持されています）
# $first: why the first change was refused; “Sync now” is the button of the sync settings.
error-sync-still-refused = { $first }（拒否された変更 { $count } 件をここに保持しています。変更されたとき、または“今すぐ同期”で再送信されます）
error-sync-unreachable = 同期サーバーに接続できません（{ $reason }）。{ $waiting } 件の変更がここで待機しており、サーバーが応答したら送信されます
error-sync-quota = 同期サーバーがこれ以上の保存を拒否しました（HTTP { $status }：割り当てまたはサイズの上限）。作業内容はここに保持されています
# $bucket: the project's name.
error-sync-project-not-found = プロジェクト“{ $bucket }”は同期サーバーに存在しないか、あなたはそのメンバーではありません
error-sync-server-unavailable = 同期サーバーを利用できません（HTTP { $status }）。作業内容はここに保持され、後で送信されます
# The same, with the server's own message.
error-sync-server-unavailable-message = 同期サーバーを利用できません（HTTP { $status }：{ $message }）。作業内容はここに保持され、後で送信されます
error-sync-conflict = 統合中に { $what } がサーバー上で変わり続けました。もう一度同期してください
error-sync-unexpected = 同期サーバーが { $what } に HTTP { $status } を返しました
error-sync-unexpected-message = 同期サーバーが { $what } に HTTP { $status } を返しました：{ $message }
error-sync-bad-record = 同期サーバーが有効な { $what } ではないものを送ってきました：{ $reason }
error-sync-bad-config = 同期設定：{ $reason }
# The sync state kept in this browser ($key: its storage key).
error-state-store = 同期キューをブラウザーのストレージに保存できませんでした（{ $error }）。文書そのものは保存されています
error-state-corrupt = 保存された同期状態“{ $key }”を読み込めませんでした（{ $reason }）。そのまま残してあります
# A request that got no answer ($reason: the browser's words).
error-http-network = サーバーに接続できません：{ $reason }
error-http-timeout = サーバーが時間内に応答しませんでした
error-http-blocked = リクエストがブラウザーにブロックされました：{ $reason }

## Setting up a project on the sync server ($bucket: the project's name; $user: an account name)

error-setup-wrong-password = 同期サーバーは“{ $user }”のパスワードを受け付けませんでした。何も作成されていません
error-setup-not-allowed = “{ $user }”はこの同期サーバーでプロジェクトを作成できません（作成できるのは管理者だけです）。何も作成されていません
# “update the existing project” is the set-up form's checkbox.
error-setup-exists = “{ $bucket }”という名前のプロジェクトはすでに同期サーバーにあります。別の名前を選ぶか、メンバーを変更するには“既存のプロジェクトを更新”にチェックを入れてください。何も作成されていません
# $names: the missing accounts, each one as error-setup-account-name says, separated by commas; $n: how many.
error-setup-no-such-account = 同期サーバーに { $names } という名前のアカウントはありません（各メンバーが先に同期設定から自分のアカウントを作成します）。何も作成されていません
error-setup-account-name = “{ $name }”
error-setup-bad-name = プロジェクト名“{ $name }”に使えるのは英字、数字、'_' と '-' だけで、英字か数字で始める必要があります。何も作成されていません
error-setup-cannot-read = “{ $user }”はプロジェクト“{ $bucket }”のメンバーを読み取れません（読み取れるのはサーバーの管理者とプロジェクトのリーダーだけです）。または、そのプロジェクトは存在しません。何も変更されていません
# $step: what the set-up was doing (in English); $made: error-setup-made-nothing or error-setup-made-so-far.
error-setup-unreachable = 手順“{ $step }”の途中で同期サーバーに接続できなくなりました（{ $reason }）。{ $made }
error-setup-refused = 手順“{ $step }”の途中で同期サーバーが HTTP { $status } を返しました。{ $made }
error-setup-refused-message = 手順“{ $step }”の途中で同期サーバーが HTTP { $status } を返しました：{ $message }。{ $made }
error-setup-made-nothing = 何も作成されていません
# $made: the parts made, separated by commas (in English).
error-setup-made-so-far = ここまでに作成したもの：{ $made }。完了するには“既存のプロジェクトを更新”にチェックを入れてもう一度設定してください

## The gold version, adjudication, assignment

error-gold-other-text = このバージョンは文書の別のテキストで作られたため、そのオフセットはゴールド版と同じ語を指していません
# $start, $end: character positions; $len: the text's length in characters.
error-gold-out-of-range = スパン { $start }–{ $end } は文書のテキスト（{ $len } 文字）の範囲外です
# $index: a disagreement's number.
error-adjudication-unknown-disagreement = 不一致 #{ $index } への決定がありますが、不一致は { $count } 件しかありません
error-adjudication-duplicate-decision = 不一致 #{ $index } に決定が 2 つあります
error-assign-no-annotators = 文書を割り当てるアノテーターがいません
error-assign-bad-share = 重複率は 0 〜 100 % の範囲で指定してください（{ $share } は範囲外です）
error-assign-bad-overlap-k = 重複文書あたりのアノテーター数は 2 以上にしてください（{ $k } は不可です）

## Editing: offsets, word boundaries, changes and labels ($pos, $prev, $start, $end: positions in the text)

# An offset that cannot be used; $len: the text's length in the unit the message names.
error-offset-out-of-range-code-points = オフセット { $pos } はテキストの末尾（{ $len } コードポイント）を超えています
error-offset-out-of-range-utf16 = オフセット { $pos } はテキストの末尾（{ $len } UTF-16 コード単位）を超えています
error-offset-out-of-range-bytes = オフセット { $pos } はテキストの末尾（{ $len } バイト）を超えています
error-offset-splits-utf8 = バイトオフセット { $pos } が UTF-8 文字の途中にあります
error-offset-splits-surrogate = UTF-16 オフセット { $pos } がサロゲートペアの 2 つの半分の間にあります
error-offset-reversed = 範囲 { $start }..{ $end } が逆順です
# Word boundaries given by the browser's word segmenter; $error: one of the error-offset messages.
error-word-breaks-offset = 単語境界：{ $error }
error-word-breaks-unsorted = 単語境界 { $pos } が前の境界（{ $prev }）より前にあります：境界は昇順でなければなりません
error-word-breaks-bad-segmenter = 単語分割器がバイトオフセット { $pos } を返しましたが、これは入力の文字境界ではありません
# A change to the document that was refused (nothing was changed); $len: the text's length in characters.
error-edit-empty-span = 選択範囲 { $start }..{ $end } が空です：1 文字以上選択してください
error-edit-out-of-range = スパン { $start }..{ $end } がテキストの末尾（{ $len } 文字）を超えています
error-edit-splits-grapheme = スパン { $start }..{ $end } は位置 { $pos } で文字を 2 つに分断しています。文字全体を含むように広げてください
# $existing, $id, $from, $to: annotations' or relations' numbers; $label: a label's name; $kind: a relation type.
error-edit-duplicate = アノテーション #{ $existing } がすでに { $start }..{ $end } を { $label } としてマークしています
error-edit-unknown-annotation = アノテーション #{ $id } は存在しません（削除された可能性があります）
error-edit-unknown-relation = 関係 #{ $id } は存在しません（削除された可能性があります）
error-edit-self-relation = 関係でアノテーション #{ $id } をそれ自身に結ぶことはできません
error-edit-duplicate-relation = #{ $from } から #{ $to } への“{ $kind }”関係はすでに存在します
error-edit-empty-label = ラベル名が空です
error-edit-empty-relation-type = 関係の種類が空です
error-edit-empty-attribute-key = 属性名が空です
# One change of several made together was refused: $item: its place among them (from 1); $error: why (a message above).
error-edit-in-batch = 一括変更の項目 { $item }：{ $error }
error-edit-not-a-suggestion = アノテーション { $id } は保留中の候補ではありません
# A label that cannot be added or renamed ($existing, $name: labels' names).
error-label-empty = ラベル名が空です
error-label-duplicate = { $existing } という名前のラベルはすでに存在します
error-label-unknown = { $name } という名前のラベルはありません
