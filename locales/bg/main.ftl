# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Заедно в безопасност онлайн

## Quick exit, skip link and navigation

quick-exit = Напусни този сайт
quick-exit-hint = или натисни Shift три пъти
skip-to-content = Към основното съдържание
nav-label = Основно меню
nav-home = Начало
nav-lessons = Уроци
nav-get-help = Потърси помощ
nav-languages = Други езици
nav-countries = Други държави
footer-nav-label = Още
language-switcher = Език
breadcrumbs-label = Ти си тук
pager-label = Още уроци по тази тема
published-by = Публикувано от { $organisation }.
footer-privacy = Този сайт не използва бисквитки, не записва нищо на устройството ти и не те проследява. Работи и без интернет връзка.

## Choosers

choose-country-title = Избери своята държава
choose-country-intro = Сайтът на всяка държава има свои уроци, езици и места, където можеш да потърсиш помощ.
choose-language-intro = Избери своя език.

## Home and lesson lists

home-title = В безопасност онлайн
home-intro = Уроци за деца, млади хора, родители и учители за онлайн примамването (грууминг), снимките и другите рискове в интернет – и къде да потърсиш помощ.
home-topics = Теми
lessons-title = Всички уроци
lessons-intro = Уроци за три възрастови групи, с наръчници за родители, настойници и учители.
lesson-count = { $count ->
    [one] { $count } урок
   *[other] { $count } урока
}
card-fallback = На { $shown }
card-draft = Преводът очаква проверка

## Lesson facts

meta-audience = За
meta-age-band = Възраст
meta-duration = Времетраене
on-this-page = На тази страница
previous-lesson = Предишен
next-lesson = Следващ
duration-minutes = { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
}

topic-grooming = Онлайн примамване (грууминг)
topic-self-produced-images = Снимки и споделяне
topic-online-risks = Рискове онлайн

age-band-8-10 = От 8 до 10 години
age-band-11-13 = От 11 до 13 години
age-band-14-17 = От 14 до 17 години
age-band-adults = Възрастни

audience-children = Деца и млади хора
audience-parents = Родители и настойници
audience-teachers = Учители

## Notices

fallback-notice = Тази страница все още не е налична на { $requested }. Показана е на { $shown }.
draft-notice = Този превод е направен без проверка от носител на езика и очаква да бъде проверен.
stale-notice = Оригиналът на тази страница е променен след превода ѝ; преводът може да не е актуален.

## Getting help

help-box-title = Искаш ли да поговориш с някого?
help-box-text = Вината никога не е твоя. Тези хора могат да ти помогнат поверително.
help-box-more = Всички места, където можеш да потърсиш помощ
contacts-title = Къде да потърсиш помощ: { $country }
contact-kind-emergency = Спешни случаи
contact-kind-helpline = Телефон за помощ на деца
contact-kind-hotline = Подай сигнал за незаконни изображения
contact-kind-police = Подай сигнал в полицията
contact-kind-other = Друга помощ
contact-call = Обади се на { $number }
contact-website = Уебсайт
contact-verified = Проверено на { $date }
directory-helpline-intro = Намери телефон за помощ на деца в своята държава
directory-hotline-intro = Намери гореща линия за подаване на сигнали в своята държава

## Search

search-label = Търси в уроците
search-button = Търси
search-browse = Разгледай всички уроци
search-results = { $count ->
    [0] Няма уроци, които да отговарят на търсенето ти.
    [one] { $count } урок отговаря на търсенето ти.
   *[other] { $count } урока отговарят на търсенето ти.
}
search-shown-in = Показано на { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: офлайн копие за { $country }
bundle-readme-body =
    Тази папка е пълно копие на сайта. То работи и без интернет връзка.
    За да го използваш, разархивирай папката и след това отвори файла index.html в уеб браузър.
    Можеш да копираш папката на USB флашка, на споделен диск или в училищния интранет.
    Търсенето, смяната на езика и отпечатването работят и в копието.
    Файлът MANIFEST-SHA256.txt изброява всички файлове с тяхната контролна сума SHA-256, за да можеш да провериш, че нищо не е променено.
    Уроците съдържат телефонни номера и уебсайтове на телефони за помощ. Моля, проверявай ги преди урок, защото може да се променят.

## Not found

not-found-title = Страницата не е намерена
not-found-text = Тази страница не съществува. Избери своята държава, за да намериш уроците.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Български

language-bg = български
language-cnr = черногорски
language-cs = чешки
language-da = датски
language-de = немски
language-el = гръцки
language-en = английски
language-es = испански
language-et = естонски
language-fi = фински
language-fil = филипински
language-fr = френски
language-ga = ирландски
language-hr = хърватски
language-hu = унгарски
language-it = италиански
language-ja = японски
language-ka = грузински
language-km = кхмерски
language-ko = корейски
language-lb = люксембургски
language-lt = литовски
language-lv = латвийски
language-mi = маорски
language-mt = малтийски
language-nb = норвежки (букмол)
language-nl = нидерландски
language-nn = норвежки (нюношк)
language-pl = полски
language-pt = португалски
language-ro = румънски
language-sk = словашки
language-sl = словенски
language-sq = албански
language-sr = сръбски (кирилица)
language-sr-Latn = сръбски (латиница)
language-sv = шведски
language-th = тайски
language-tr = турски
language-uk = украински
language-vi = виетнамски

## Country names, as written in this locale

country-al = Албания
country-at = Австрия
country-au = Австралия
country-be = Белгия
country-bg = България
country-ca = Канада
country-ch = Швейцария
country-cy = Кипър
country-cz = Чехия
country-de = Германия
country-dk = Дания
country-ee = Естония
country-es = Испания
country-fi = Финландия
country-fr = Франция
country-gb = Обединеното кралство
country-ge = Грузия
country-gh = Гана
country-gr = Гърция
country-hr = Хърватия
country-hu = Унгария
country-ie = Ирландия
country-it = Италия
country-jp = Япония
country-kh = Камбоджа
country-kr = Южна Корея
country-lt = Литва
country-lu = Люксембург
country-lv = Латвия
country-md = Молдова
country-me = Черна гора
country-mt = Малта
country-ng = Нигерия
country-nl = Нидерландия
country-no = Норвегия
country-nz = Нова Зеландия
country-ph = Филипини
country-pl = Полша
country-pt = Португалия
country-ro = Румъния
country-rs = Сърбия
country-se = Швеция
country-si = Словения
country-sk = Словакия
country-th = Тайланд
country-tr = Турция
country-ua = Украйна
country-us = Съединените щати
country-vn = Виетнам
