# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Hungarian (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Együtt biztonságban az interneten

## Quick exit, skip link and navigation

quick-exit = Kilépés az oldalról
quick-exit-hint = vagy nyomd meg háromszor a Shift billentyűt
skip-to-content = Ugrás a fő tartalomra
nav-label = Főmenü
nav-home = Főoldal
nav-lessons = Leckék
nav-get-help = Segítségkérés
nav-languages = Más nyelvek
nav-countries = Más országok
footer-nav-label = Továbbiak
language-switcher = Nyelv
breadcrumbs-label = Itt vagy
pager-label = További leckék ebben a témában
published-by = Kiadó: { $organisation }.
footer-privacy = Ez az oldal nem használ sütiket, semmit sem tárol az eszközödön, és nem követ téged. Internetkapcsolat nélkül is működik.

## Choosers

choose-country-title = Válaszd ki az országodat
choose-country-intro = Minden országnak saját oldala van, saját leckékkel, nyelvekkel és olyan helyekkel, ahol segítséget kaphatsz.
choose-language-intro = Válaszd ki a nyelvedet.

## Home and lesson lists

home-title = Biztonságban az interneten
home-intro = Leckék gyerekeknek, fiataloknak, szülőknek és tanároknak az online becserkészésről (grooming), a képekről és más internetes veszélyekről, valamint arról, hol kaphatsz segítséget.
home-topics = Témák
lessons-title = Az összes lecke
lessons-intro = Leckék három korcsoportnak, útmutatókkal szülőknek, gondviselőknek és tanároknak.
lesson-count = { $count ->
    [one] { $count } lecke
   *[other] { $count } lecke
}
card-fallback = Nyelv: { $shown }
card-draft = A fordítás ellenőrzésre vár

## Lesson facts

meta-audience = Kinek szól
meta-age-band = Életkor
meta-duration = Időtartam
on-this-page = Ezen az oldalon
previous-lesson = Előző
next-lesson = Következő
duration-minutes = { $minutes ->
    [one] { $minutes } perc
   *[other] { $minutes } perc
}

topic-grooming = Becserkészés (grooming)
topic-self-produced-images = Képek és megosztás
topic-online-risks = Internetes veszélyek

age-band-8-10 = 8–10 év
age-band-11-13 = 11–13 év
age-band-14-17 = 14–17 év
age-band-adults = Felnőttek

audience-children = Gyerekek és fiatalok
audience-parents = Szülők és gondviselők
audience-teachers = Tanárok

## Notices

fallback-notice = Ez az oldal ezen a nyelven még nem érhető el: { $requested }. Ezen a nyelven látod: { $shown }.
draft-notice = Ez a fordítás anyanyelvi lektor nélkül készült, és még ellenőrzésre vár.
stale-notice = Az oldal eredetije megváltozott a fordítás óta, ezért a fordítás elavult lehet.

## Getting help

help-box-title = Szeretnél beszélni valakivel?
help-box-text = Ez soha nem a te hibád. Ezek az emberek bizalmasan segíthetnek neked.
help-box-more = Az összes hely, ahol segítséget kaphatsz
contacts-title = Segítség itt: { $country }
contact-kind-emergency = Segélyhívás
contact-kind-helpline = Gyermek-segélyvonal
contact-kind-hotline = Illegális képek bejelentése
contact-kind-police = Bejelentés a rendőrségen
contact-kind-other = Egyéb segítség
contact-call = Hívd: { $number }
contact-website = Weboldal
contact-verified = Ellenőrizve: { $date }
directory-helpline-intro = Keress gyermek-segélyvonalat a saját országodban
directory-hotline-intro = Keress bejelentővonalat a saját országodban

## Search

search-label = Keresés a leckékben
search-button = Keresés
search-browse = Az összes lecke böngészése
search-results = { $count ->
    [0] Egy lecke sem felel meg a keresésednek.
    [one] { $count } lecke felel meg a keresésednek.
   *[other] { $count } lecke felel meg a keresésednek.
}
search-shown-in = Megjelenítés nyelve: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – offline másolat: { $country }
bundle-readme-body =
    Ez a mappa az oldal teljes másolata. Internetkapcsolat nélkül is működik.
    A használatához csomagold ki a mappát, majd nyisd meg az index.html fájlt egy webböngészőben.
    A mappát átmásolhatod pendrive-ra, megosztott meghajtóra vagy az iskolai intranetre.
    A keresés, a nyelvváltás és a nyomtatás a másolatban is működik.
    A MANIFEST-SHA256.txt fájl minden fájlt felsorol az SHA-256 ellenőrzőösszegével együtt, így ellenőrizheted, hogy semmit sem módosítottak.
    A leckék segélyvonalak telefonszámait és weboldalait tartalmazzák. Kérjük, egy lecke előtt ellenőrizd őket, mert megváltozhatnak.

## Not found

not-found-title = Az oldal nem található
not-found-text = Ez az oldal nem létezik. Válaszd ki az országodat, hogy megtaláld a leckéket.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Magyar

language-bg = bolgár
language-cnr = montenegrói
language-cs = cseh
language-da = dán
language-de = német
language-el = görög
language-en = angol
language-es = spanyol
language-et = észt
language-fi = finn
language-fil = filippínó
language-fr = francia
language-ga = ír
language-hr = horvát
language-hu = magyar
language-it = olasz
language-ja = japán
language-ka = grúz
language-km = khmer
language-ko = koreai
language-lb = luxemburgi
language-lt = litván
language-lv = lett
language-mi = maori
language-mt = máltai
language-nb = norvég (bokmål)
language-nl = holland
language-nn = norvég (nynorsk)
language-pl = lengyel
language-pt = portugál
language-ro = román
language-sk = szlovák
language-sl = szlovén
language-sq = albán
language-sr = szerb (cirill betűs)
language-sr-Latn = szerb (latin betűs)
language-sv = svéd
language-th = thai
language-tr = török
language-uk = ukrán
language-vi = vietnámi

## Country names, as written in this locale

country-al = Albánia
country-at = Ausztria
country-au = Ausztrália
country-be = Belgium
country-bg = Bulgária
country-ca = Kanada
country-ch = Svájc
country-cy = Ciprus
country-cz = Csehország
country-de = Németország
country-dk = Dánia
country-ee = Észtország
country-es = Spanyolország
country-fi = Finnország
country-fr = Franciaország
country-gb = Egyesült Királyság
country-ge = Grúzia
country-gh = Ghána
country-gr = Görögország
country-hr = Horvátország
country-hu = Magyarország
country-ie = Írország
country-it = Olaszország
country-jp = Japán
country-kh = Kambodzsa
country-kr = Dél-Korea
country-lt = Litvánia
country-lu = Luxemburg
country-lv = Lettország
country-md = Moldova
country-me = Montenegró
country-mt = Málta
country-ng = Nigéria
country-nl = Hollandia
country-no = Norvégia
country-nz = Új-Zéland
country-ph = Fülöp-szigetek
country-pl = Lengyelország
country-pt = Portugália
country-ro = Románia
country-rs = Szerbia
country-se = Svédország
country-si = Szlovénia
country-sk = Szlovákia
country-th = Thaiföld
country-tr = Törökország
country-ua = Ukrajna
country-us = Egyesült Államok
country-vn = Vietnám
