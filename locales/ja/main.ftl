# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Japanese (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = みんなでネットを安全に

## Quick exit, skip link and navigation

quick-exit = このサイトから出る
quick-exit-hint = またはShiftキーを3回押してください
skip-to-content = 本文へスキップ
nav-label = メインメニュー
nav-home = ホーム
nav-lessons = レッスン
nav-get-help = 相談する
nav-languages = ほかの言語
nav-countries = ほかの国
footer-nav-label = その他
language-switcher = 言語
breadcrumbs-label = 現在の場所
pager-label = このテーマのほかのレッスン
published-by = 発行：{ $organisation }
footer-privacy = このサイトはクッキーを使わず、あなたの端末に何も保存せず、あなたを追跡しません。インターネットにつながっていなくても使えます。

## Choosers

choose-country-title = 国を選んでください
choose-country-intro = それぞれの国のサイトに、その国のレッスン、言語、相談できる場所があります。
choose-language-intro = 言語を選んでください。

## Home and lesson lists

home-title = ネットで安全に過ごすために
home-intro = 子ども、若者、保護者、先生のためのレッスンです。グルーミング、画像、そのほかのネット上の危険について、そして相談できる場所について学べます。
home-topics = テーマ
lessons-title = すべてのレッスン
lessons-intro = 3つの年齢層に向けたレッスンと、保護者・養育者・先生向けのガイドです。
lesson-count = { $count ->
   *[other] { $count }件のレッスン
}
card-fallback = { $shown }で表示
card-draft = 翻訳の確認待ち

## Lesson facts

meta-audience = 対象
meta-age-band = 年齢
meta-duration = 所要時間
on-this-page = このページの内容
previous-lesson = 前へ
next-lesson = 次へ
duration-minutes = { $minutes ->
   *[other] { $minutes }分
}

topic-grooming = グルーミング
topic-self-produced-images = 画像と共有
topic-online-risks = ネット上の危険

age-band-8-10 = 8～10歳
age-band-11-13 = 11～13歳
age-band-14-17 = 14～17歳
age-band-adults = 大人

audience-children = 子どもと若者
audience-parents = 保護者・養育者
audience-teachers = 先生

## Notices

fallback-notice = このページはまだ{ $requested }で読むことができません。{ $shown }で表示しています。
draft-notice = この翻訳はネイティブスピーカーによる確認を受けておらず、確認を待っています。
stale-notice = 翻訳したあとで、このページの元の文章が変わりました。翻訳が古くなっている可能性があります。

## Getting help

help-box-title = だれかに話したいですか？
help-box-text = あなたは決して悪くありません。この人たちが、秘密を守ってあなたの力になってくれます。
help-box-more = 相談できる場所の一覧
contacts-title = { $country }の相談先
contact-kind-emergency = 緊急
contact-kind-helpline = 子どもの相談電話
contact-kind-hotline = 違法な画像を通報する
contact-kind-police = 警察に通報する
contact-kind-other = その他の相談先
contact-call = { $number }に電話する
contact-website = ウェブサイト
contact-verified = { $date }に確認済み
directory-helpline-intro = あなたの国の子どもの相談電話を探す
directory-hotline-intro = あなたの国の通報窓口を探す

## Search

search-label = レッスンを検索
search-button = 検索
search-browse = すべてのレッスンを見る
search-results = { $count ->
    [0] 検索に一致するレッスンはありません。
   *[other] 検索に一致するレッスンが{ $count }件あります。
}
search-shown-in = { $language }で表示

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }：{ $country }向けオフライン版
bundle-readme-body =
    このフォルダーは、サイト全体のコピーです。インターネットにつながっていなくても使えます。
    使うときは、フォルダーを解凍してから、ウェブブラウザでファイル index.html を開いてください。
    フォルダーは、USBメモリ、共有ドライブ、学校のイントラネットにコピーできます。
    コピーでも、検索、言語の切り替え、印刷が使えます。
    ファイル MANIFEST-SHA256.txt には、すべてのファイルとそのSHA-256チェックサムが記載されているので、何も変更されていないことを確認できます。
    レッスンには、相談電話の番号とウェブサイトが載っています。変わることがあるので、レッスンの前に確認してください。

## Not found

not-found-title = ページが見つかりません
not-found-text = このページはありません。国を選んで、レッスンを探してください。

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = 日本語

language-bg = ブルガリア語
language-cnr = モンテネグロ語
language-cs = チェコ語
language-da = デンマーク語
language-de = ドイツ語
language-el = ギリシャ語
language-en = 英語
language-es = スペイン語
language-et = エストニア語
language-fi = フィンランド語
language-fil = フィリピノ語
language-fr = フランス語
language-ga = アイルランド語
language-hr = クロアチア語
language-hu = ハンガリー語
language-it = イタリア語
language-ja = 日本語
language-ka = ジョージア語
language-km = クメール語
language-ko = 韓国語
language-lb = ルクセンブルク語
language-lt = リトアニア語
language-lv = ラトビア語
language-mi = マオリ語
language-mt = マルタ語
language-nb = ノルウェー語（ブークモール）
language-nl = オランダ語
language-nn = ノルウェー語（ニーノシュク）
language-pl = ポーランド語
language-pt = ポルトガル語
language-ro = ルーマニア語
language-sk = スロバキア語
language-sl = スロベニア語
language-sq = アルバニア語
language-sr = セルビア語（キリル文字）
language-sr-Latn = セルビア語（ラテン文字）
language-sv = スウェーデン語
language-th = タイ語
language-tr = トルコ語
language-uk = ウクライナ語
language-vi = ベトナム語

## Country names, as written in this locale

country-al = アルバニア
country-at = オーストリア
country-au = オーストラリア
country-be = ベルギー
country-bg = ブルガリア
country-ca = カナダ
country-ch = スイス
country-cy = キプロス
country-cz = チェコ
country-de = ドイツ
country-dk = デンマーク
country-ee = エストニア
country-es = スペイン
country-fi = フィンランド
country-fr = フランス
country-gb = イギリス
country-ge = ジョージア
country-gh = ガーナ
country-gr = ギリシャ
country-hr = クロアチア
country-hu = ハンガリー
country-ie = アイルランド
country-it = イタリア
country-jp = 日本
country-kh = カンボジア
country-kr = 韓国
country-lt = リトアニア
country-lu = ルクセンブルク
country-lv = ラトビア
country-md = モルドバ
country-me = モンテネグロ
country-mt = マルタ
country-ng = ナイジェリア
country-nl = オランダ
country-no = ノルウェー
country-nz = ニュージーランド
country-ph = フィリピン
country-pl = ポーランド
country-pt = ポルトガル
country-ro = ルーマニア
country-rs = セルビア
country-se = スウェーデン
country-si = スロベニア
country-sk = スロバキア
country-th = タイ
country-tr = トルコ
country-ua = ウクライナ
country-us = アメリカ合衆国
country-vn = ベトナム
