# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Razem bezpieczni w sieci

## Quick exit, skip link and navigation

quick-exit = Opuść tę stronę
quick-exit-hint = lub naciśnij trzy razy Shift
skip-to-content = Przejdź do głównej treści
nav-label = Menu główne
nav-home = Strona główna
nav-lessons = Lekcje
nav-get-help = Uzyskaj pomoc
nav-languages = Inne języki
nav-countries = Inne kraje
footer-nav-label = Więcej
language-switcher = Język
breadcrumbs-label = Jesteś tutaj
pager-label = Więcej lekcji na ten temat
published-by = Wydawca: { $organisation }.
footer-privacy = Ta strona nie używa plików cookie, niczego nie zapisuje na twoim urządzeniu i cię nie śledzi. Działa bez połączenia z internetem.

## Choosers

choose-country-title = Wybierz swój kraj
choose-country-intro = Strona każdego kraju ma własne lekcje, języki i miejsca, w których można uzyskać pomoc.
choose-language-intro = Wybierz swój język.

## Home and lesson lists

home-title = Bezpiecznie w internecie
home-intro = Lekcje dla dzieci, młodzieży, rodziców i nauczycieli o groomingu, zdjęciach i innych zagrożeniach w internecie oraz o tym, gdzie szukać pomocy.
home-topics = Tematy
lessons-title = Wszystkie lekcje
lessons-intro = Lekcje dla trzech grup wiekowych oraz poradniki dla rodziców, opiekunów i nauczycieli.
lesson-count = { $count ->
    [one] { $count } lekcja
    [few] { $count } lekcje
    [many] { $count } lekcji
   *[other] { $count } lekcji
}
card-fallback = W języku: { $shown }
card-draft = Tłumaczenie czeka na sprawdzenie

## Lesson facts

meta-audience = Dla kogo
meta-age-band = Wiek
meta-duration = Czas
on-this-page = Na tej stronie
previous-lesson = Poprzednia
next-lesson = Następna
duration-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}

topic-grooming = Grooming
topic-self-produced-images = Zdjęcia i udostępnianie
topic-online-risks = Zagrożenia w internecie

age-band-8-10 = 8–10 lat
age-band-11-13 = 11–13 lat
age-band-14-17 = 14–17 lat
age-band-adults = Dorośli

audience-children = Dzieci i młodzież
audience-parents = Rodzice i opiekunowie
audience-teachers = Nauczyciele

## Notices

fallback-notice = Ta strona nie jest jeszcze dostępna w języku: { $requested }. Wyświetlono ją w języku: { $shown }.
draft-notice = To tłumaczenie powstało bez sprawdzenia przez osobę, dla której ten język jest ojczysty, i czeka na weryfikację.
stale-notice = Oryginał tej strony zmienił się od czasu tłumaczenia; tłumaczenie może być nieaktualne.

## Getting help

help-box-title = Chcesz z kimś porozmawiać?
help-box-text = To nigdy nie jest twoja wina. Te osoby mogą ci pomóc i porozmawiają z tobą poufnie.
help-box-more = Wszystkie miejsca, w których znajdziesz pomoc
contacts-title = Pomoc w kraju: { $country }
contact-kind-emergency = Numer alarmowy
contact-kind-helpline = Telefon zaufania dla dzieci
contact-kind-hotline = Zgłoś nielegalne zdjęcia
contact-kind-police = Zgłoś na policję
contact-kind-other = Inna pomoc
contact-call = Zadzwoń: { $number }
contact-website = Strona internetowa
contact-verified = Sprawdzono: { $date }
directory-helpline-intro = Znajdź telefon zaufania dla dzieci w swoim kraju
directory-hotline-intro = Znajdź punkt zgłaszania nielegalnych treści w swoim kraju

## Search

search-label = Szukaj w lekcjach
search-button = Szukaj
search-browse = Przeglądaj wszystkie lekcje
search-results = { $count ->
    [0] Żadna lekcja nie pasuje do twojego wyszukiwania.
    [one] { $count } lekcja pasuje do twojego wyszukiwania.
    [few] { $count } lekcje pasują do twojego wyszukiwania.
    [many] { $count } lekcji pasuje do twojego wyszukiwania.
   *[other] { $count } lekcji pasuje do twojego wyszukiwania.
}
search-shown-in = Wyświetlono w języku: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: kopia offline dla kraju: { $country }
bundle-readme-body =
    Ten folder to pełna kopia strony. Działa bez połączenia z internetem.
    Aby z niej korzystać, rozpakuj folder, a następnie otwórz plik index.html w przeglądarce internetowej.
    Możesz skopiować folder na pendrive, na dysk współdzielony lub do szkolnego intranetu.
    Wyszukiwanie, zmiana języka i drukowanie działają również w kopii.
    Plik MANIFEST-SHA256.txt zawiera listę wszystkich plików wraz z ich sumami kontrolnymi SHA-256, dzięki czemu możesz sprawdzić, czy nic nie zostało zmienione.
    Lekcje zawierają numery telefonów i strony internetowe telefonów zaufania. Sprawdź je przed lekcją, ponieważ mogą się zmienić.

## Not found

not-found-title = Nie znaleziono strony
not-found-text = Ta strona nie istnieje. Wybierz swój kraj, aby znaleźć lekcje.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Polski

language-bg = bułgarski
language-cnr = czarnogórski
language-cs = czeski
language-da = duński
language-de = niemiecki
language-el = grecki
language-en = angielski
language-es = hiszpański
language-et = estoński
language-fi = fiński
language-fil = filipiński
language-fr = francuski
language-ga = irlandzki
language-hr = chorwacki
language-hu = węgierski
language-it = włoski
language-ja = japoński
language-ka = gruziński
language-km = khmerski
language-ko = koreański
language-lb = luksemburski
language-lt = litewski
language-lv = łotewski
language-mi = maoryski
language-mt = maltański
language-nb = norweski (bokmål)
language-nl = niderlandzki
language-nn = norweski (nynorsk)
language-pl = polski
language-pt = portugalski
language-ro = rumuński
language-sk = słowacki
language-sl = słoweński
language-sq = albański
language-sr = serbski (cyrylica)
language-sr-Latn = serbski (łacinka)
language-sv = szwedzki
language-th = tajski
language-tr = turecki
language-uk = ukraiński
language-vi = wietnamski

## Country names, as written in this locale

country-al = Albania
country-at = Austria
country-au = Australia
country-be = Belgia
country-bg = Bułgaria
country-ca = Kanada
country-ch = Szwajcaria
country-cy = Cypr
country-cz = Czechy
country-de = Niemcy
country-dk = Dania
country-ee = Estonia
country-es = Hiszpania
country-fi = Finlandia
country-fr = Francja
country-gb = Wielka Brytania
country-ge = Gruzja
country-gh = Ghana
country-gr = Grecja
country-hr = Chorwacja
country-hu = Węgry
country-ie = Irlandia
country-it = Włochy
country-jp = Japonia
country-kh = Kambodża
country-kr = Korea Południowa
country-lt = Litwa
country-lu = Luksemburg
country-lv = Łotwa
country-md = Mołdawia
country-me = Czarnogóra
country-mt = Malta
country-ng = Nigeria
country-nl = Holandia
country-no = Norwegia
country-nz = Nowa Zelandia
country-ph = Filipiny
country-pl = Polska
country-pt = Portugalia
country-ro = Rumunia
country-rs = Serbia
country-se = Szwecja
country-si = Słowenia
country-sk = Słowacja
country-th = Tajlandia
country-tr = Turcja
country-ua = Ukraina
country-us = Stany Zjednoczone
country-vn = Wietnam
