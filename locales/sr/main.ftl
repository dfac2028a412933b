# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Заједно безбедни на интернету

## Quick exit, skip link and navigation

quick-exit = Напусти овај сајт
quick-exit-hint = или притисни Shift три пута
skip-to-content = Пређи на главни садржај
nav-label = Главни мени
nav-home = Почетна
nav-lessons = Лекције
nav-get-help = Потражи помоћ
nav-languages = Други језици
nav-countries = Друге земље
footer-nav-label = Још
language-switcher = Језик
breadcrumbs-label = Налазиш се овде
pager-label = Још лекција на ову тему
published-by = Издавач: { $organisation }.
footer-privacy = Овај сајт не поставља колачиће, ништа не чува на твом уређају и не прати те. Ради и без интернет везе.

## Choosers

choose-country-title = Изабери своју земљу
choose-country-intro = Сајт сваке земље има своје лекције, језике и места где можеш да добијеш помоћ.
choose-language-intro = Изабери свој језик.

## Home and lesson lists

home-title = Безбедно на интернету
home-intro = Лекције за децу, младе, родитеље и наставнике о грумингу, сликама и другим ризицима на интернету, и о томе где потражити помоћ.
home-topics = Теме
lessons-title = Све лекције
lessons-intro = Лекције за три узрасне групе, са водичима за родитеље, старатеље и наставнике.
lesson-count = { $count ->
    [one] { $count } лекција
    [few] { $count } лекције
   *[other] { $count } лекција
}
card-fallback = Језик: { $shown }
card-draft = Превод чека проверу

## Lesson facts

meta-audience = За
meta-age-band = Узраст
meta-duration = Трајање
on-this-page = На овој страници
previous-lesson = Претходна
next-lesson = Следећа
duration-minutes = { $minutes ->
    [one] { $minutes } минут
    [few] { $minutes } минута
   *[other] { $minutes } минута
}

topic-grooming = Груминг
topic-self-produced-images = Слике и дељење
topic-online-risks = Ризици на интернету

age-band-8-10 = Од 8 до 10
age-band-11-13 = Од 11 до 13
age-band-14-17 = Од 14 до 17
age-band-adults = Одрасли

audience-children = Деца и млади
audience-parents = Родитељи и старатељи
audience-teachers = Наставници

## Notices

fallback-notice = Ова страница још није доступна на траженом језику: { $requested }. Приказана је на језику: { $shown }.
draft-notice = Овај превод је направљен без рецензента коме је српски матерњи језик и чека проверу.
stale-notice = Оригинал ове странице промењен је после превођења; превод можда није ажуран.

## Getting help

help-box-title = Треба ти неко с ким можеш да разговараш?
help-box-text = То никада није твоја кривица. Ови људи могу да ти помогну, и све што им кажеш остаје међу вама.
help-box-more = Сва места где можеш да добијеш помоћ
contacts-title = Где потражити помоћ: { $country }
contact-kind-emergency = Хитни случајеви
contact-kind-helpline = Линија за помоћ деци
contact-kind-hotline = Пријави незаконите слике
contact-kind-police = Пријави полицији
contact-kind-other = Друга помоћ
contact-call = Позови { $number }
contact-website = Веб-сајт
contact-verified = Проверено: { $date }
directory-helpline-intro = Пронађи линију за помоћ деци у својој земљи
directory-hotline-intro = Пронађи линију за пријаву у својој земљи

## Search

search-label = Претражи лекције
search-button = Претражи
search-browse = Прегледај све лекције
search-results = { $count ->
    [0] Ниједна лекција не одговара твојој претрази.
    [one] Твојој претрази одговара { $count } лекција.
    [few] Твојој претрази одговарају { $count } лекције.
   *[other] Твојој претрази одговара { $count } лекција.
}
search-shown-in = Приказано на језику: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: офлајн копија за земљу: { $country }
bundle-readme-body =
    Ова фасцикла је потпуна копија сајта. Ради и без интернет везе.
    Пре употребе распакуј фасциклу, а затим отвори датотеку index.html у веб-прегледачу.
    Фасциклу можеш да копираш на USB флеш диск, на дељени диск или на школски интранет.
    Претрага, промена језика и штампање раде и у копији.
    Датотека MANIFEST-SHA256.txt наводи сваку датотеку са њеним SHA-256 контролним збиром, тако да можеш да провериш да ништа није промењено.
    Лекције садрже бројеве телефона и веб-сајтове линија за помоћ. Провери их пре лекције, јер могу да се промене.

## Not found

not-found-title = Страница није пронађена
not-found-text = Ова страница не постоји. Изабери своју земљу да пронађеш лекције.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Српски

language-bg = бугарски
language-cnr = црногорски
language-cs = чешки
language-da = дански
language-de = немачки
language-el = грчки
language-en = енглески
language-es = шпански
language-et = естонски
language-fi = фински
language-fil = филипински
language-fr = француски
language-ga = ирски
language-hr = хрватски
language-hu = мађарски
language-it = италијански
language-ja = јапански
language-ka = грузијски
language-km = кмерски
language-ko = корејски
language-lb = луксембуршки
language-lt = литвански
language-lv = летонски
language-mi = маорски
language-mt = малтешки
language-nb = норвешки (букмол)
language-nl = холандски
language-nn = норвешки (нинорск)
language-pl = пољски
language-pt = португалски
language-ro = румунски
language-sk = словачки
language-sl = словеначки
language-sq = албански
language-sr = српски (ћирилица)
language-sr-Latn = српски (латиница)
language-sv = шведски
language-th = тајски
language-tr = турски
language-uk = украјински
language-vi = вијетнамски

## Country names, as written in this locale

country-al = Албанија
country-at = Аустрија
country-au = Аустралија
country-be = Белгија
country-bg = Бугарска
country-ca = Канада
country-ch = Швајцарска
country-cy = Кипар
country-cz = Чешка
country-de = Немачка
country-dk = Данска
country-ee = Естонија
country-es = Шпанија
country-fi = Финска
country-fr = Француска
country-gb = Уједињено Краљевство
country-ge = Грузија
country-gh = Гана
country-gr = Грчка
country-hr = Хрватска
country-hu = Мађарска
country-ie = Ирска
country-it = Италија
country-jp = Јапан
country-kh = Камбоџа
country-kr = Јужна Кореја
country-lt = Литванија
country-lu = Луксембург
country-lv = Летонија
country-md = Молдавија
country-me = Црна Гора
country-mt = Малта
country-ng = Нигерија
country-nl = Холандија
country-no = Норвешка
country-nz = Нови Зеланд
country-ph = Филипини
country-pl = Пољска
country-pt = Португалија
country-ro = Румунија
country-rs = Србија
country-se = Шведска
country-si = Словенија
country-sk = Словачка
country-th = Тајланд
country-tr = Турска
country-ua = Украјина
country-us = Сједињене Државе
country-vn = Вијетнам
