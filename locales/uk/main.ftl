# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Разом безпечно онлайн

## Quick exit, skip link and navigation

quick-exit = Вийти з цього сайту
quick-exit-hint = або натисни Shift тричі
skip-to-content = Перейти до основного вмісту
nav-label = Головне меню
nav-home = Головна
nav-lessons = Уроки
nav-get-help = Отримати допомогу
nav-languages = Інші мови
nav-countries = Інші країни
footer-nav-label = Більше
language-switcher = Мова
breadcrumbs-label = Ти тут
pager-label = Інші уроки на цю тему
published-by = Видавець: { $organisation }.
footer-privacy = Цей сайт не використовує файли cookie, нічого не зберігає на твоєму пристрої і не стежить за тобою. Він працює без підключення до інтернету.

## Choosers

choose-country-title = Обери свою країну
choose-country-intro = Сайт кожної країни має власні уроки, мови та місця, де можна отримати допомогу.
choose-language-intro = Обери свою мову.

## Home and lesson lists

home-title = Безпека в інтернеті
home-intro = Уроки для дітей, молоді, батьків і вчителів про грумінг, зображення та інші ризики в інтернеті, а також про те, де отримати допомогу.
home-topics = Теми
lessons-title = Усі уроки
lessons-intro = Уроки для трьох вікових груп, а також посібники для батьків, опікунів і вчителів.
lesson-count = { $count ->
    [one] { $count } урок
    [few] { $count } уроки
    [many] { $count } уроків
   *[other] { $count } уроку
}
card-fallback = Мова: { $shown }
card-draft = Переклад чекає на перевірку

## Lesson facts

meta-audience = Для кого
meta-age-band = Вік
meta-duration = Тривалість
on-this-page = На цій сторінці
previous-lesson = Попередній
next-lesson = Наступний
duration-minutes = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}

topic-grooming = Грумінг
topic-self-produced-images = Зображення і поширення
topic-online-risks = Ризики в інтернеті

age-band-8-10 = Від 8 до 10
age-band-11-13 = Від 11 до 13
age-band-14-17 = Від 14 до 17
age-band-adults = Дорослі

audience-children = Діти й молодь
audience-parents = Батьки та опікуни
audience-teachers = Вчителі

## Notices

fallback-notice = Цієї сторінки ще немає такою мовою: { $requested }. Її показано такою мовою: { $shown }.
draft-notice = Цей переклад зроблено без перевірки носієм мови, і він чекає на перевірку.
stale-notice = Оригінал цієї сторінки змінився після перекладу; переклад може бути застарілим.

## Getting help

help-box-title = Хочеш із кимось поговорити?
help-box-text = Це ніколи не твоя провина. Ці люди можуть допомогти, і все, що ти розкажеш, залишиться між вами.
help-box-more = Усі місця, де можна отримати допомогу
contacts-title = Де отримати допомогу: { $country }
contact-kind-emergency = Екстрена допомога
contact-kind-helpline = Дитяча лінія допомоги
contact-kind-hotline = Повідомити про незаконні зображення
contact-kind-police = Звернутися до поліції
contact-kind-other = Інша допомога
contact-call = Зателефонувати: { $number }
contact-website = Вебсайт
contact-verified = Перевірено: { $date }
directory-helpline-intro = Знайди дитячу лінію допомоги у своїй країні
directory-hotline-intro = Знайди гарячу лінію для повідомлень у своїй країні

## Search

search-label = Пошук в уроках
search-button = Шукати
search-browse = Переглянути всі уроки
search-results = { $count ->
    [0] Жоден урок не відповідає твоєму запиту.
    [one] Твоєму запиту відповідає { $count } урок.
    [few] Твоєму запиту відповідають { $count } уроки.
    [many] Твоєму запиту відповідає { $count } уроків.
   *[other] Твоєму запиту відповідає { $count } уроку.
}
search-shown-in = Показано такою мовою: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: офлайн-копія для країни: { $country }
bundle-readme-body =
    Ця папка — повна копія сайту. Вона працює без підключення до інтернету.
    Щоб скористатися нею, розпакуй папку, а потім відкрий файл index.html у веббраузері.
    Ти можеш скопіювати папку на USB-флешку, на спільний диск або в шкільну інтранет-мережу.
    Пошук, перемикання мов і друк також працюють у копії.
    Файл MANIFEST-SHA256.txt містить перелік усіх файлів з їхніми контрольними сумами SHA-256, щоб можна було перевірити, що нічого не змінено.
    Уроки містять номери телефонів і вебсайти ліній допомоги. Будь ласка, перевір їх перед уроком, бо вони можуть змінитися.

## Not found

not-found-title = Сторінку не знайдено
not-found-text = Такої сторінки не існує. Обери свою країну, щоб знайти уроки.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Українська

language-bg = болгарська
language-cnr = чорногорська
language-cs = чеська
language-da = данська
language-de = німецька
language-el = грецька
language-en = англійська
language-es = іспанська
language-et = естонська
language-fi = фінська
language-fil = філіппінська
language-fr = французька
language-ga = ірландська
language-hr = хорватська
language-hu = угорська
language-it = італійська
language-ja = японська
language-ka = грузинська
language-km = кхмерська
language-ko = корейська
language-lb = люксембурзька
language-lt = литовська
language-lv = латиська
language-mi = маорі
language-mt = мальтійська
language-nb = норвезька (букмол)
language-nl = нідерландська
language-nn = норвезька (нюношк)
language-pl = польська
language-pt = португальська
language-ro = румунська
language-sk = словацька
language-sl = словенська
language-sq = албанська
language-sr = сербська (кирилиця)
language-sr-Latn = сербська (латиниця)
language-sv = шведська
language-th = тайська
language-tr = турецька
language-uk = українська
language-vi = вʼєтнамська

## Country names, as written in this locale

country-al = Албанія
country-at = Австрія
country-au = Австралія
country-be = Бельгія
country-bg = Болгарія
country-ca = Канада
country-ch = Швейцарія
country-cy = Кіпр
country-cz = Чехія
country-de = Німеччина
country-dk = Данія
country-ee = Естонія
country-es = Іспанія
country-fi = Фінляндія
country-fr = Франція
country-gb = Велика Британія
country-ge = Грузія
country-gh = Гана
country-gr = Греція
country-hr = Хорватія
country-hu = Угорщина
country-ie = Ірландія
country-it = Італія
country-jp = Японія
country-kh = Камбоджа
country-kr = Південна Корея
country-lt = Литва
country-lu = Люксембург
country-lv = Латвія
country-md = Молдова
country-me = Чорногорія
country-mt = Мальта
country-ng = Нігерія
country-nl = Нідерланди
country-no = Норвегія
country-nz = Нова Зеландія
country-ph = Філіппіни
country-pl = Польща
country-pt = Португалія
country-ro = Румунія
country-rs = Сербія
country-se = Швеція
country-si = Словенія
country-sk = Словаччина
country-th = Таїланд
country-tr = Туреччина
country-ua = Україна
country-us = США
country-vn = Вʼєтнам
