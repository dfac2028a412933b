# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Skupaj varni na spletu

## Quick exit, skip link and navigation

quick-exit = Zapusti to stran
quick-exit-hint = ali trikrat pritisni Shift
skip-to-content = Preskoči na glavno vsebino
nav-label = Glavni meni
nav-home = Domov
nav-lessons = Lekcije
nav-get-help = Poišči pomoč
nav-languages = Drugi jeziki
nav-countries = Druge države
footer-nav-label = Več
language-switcher = Jezik
breadcrumbs-label = Tukaj si
pager-label = Več lekcij o tej temi
published-by = Izdajatelj: { $organisation }.
footer-privacy = Ta stran ne uporablja piškotkov, v tvoji napravi ne shranjuje ničesar in ti ne sledi. Deluje tudi brez internetne povezave.

## Choosers

choose-country-title = Izberi svojo državo
choose-country-intro = Stran vsake države ima svoje lekcije, jezike in mesta, kjer lahko dobiš pomoč.
choose-language-intro = Izberi svoj jezik.

## Home and lesson lists

home-title = Varno na spletu
home-intro = Lekcije za otroke, mlade, starše in učitelje o groomingu, slikah in drugih nevarnostih na spletu ter o tem, kje lahko dobiš pomoč.
home-topics = Teme
lessons-title = Vse lekcije
lessons-intro = Lekcije za tri starostne skupine, z vodniki za starše, skrbnike in učitelje.
lesson-count = { $count ->
    [one] { $count } lekcija
    [two] { $count } lekciji
    [few] { $count } lekcije
   *[other] { $count } lekcij
}
card-fallback = V jeziku: { $shown }
card-draft = Prevod čaka na pregled

## Lesson facts

meta-audience = Za koga
meta-age-band = Starost
meta-duration = Čas
on-this-page = Na tej strani
previous-lesson = Prejšnja
next-lesson = Naslednja
duration-minutes = { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
}

topic-grooming = Grooming
topic-self-produced-images = Slike in deljenje
topic-online-risks = Nevarnosti na spletu

age-band-8-10 = od 8 do 10 let
age-band-11-13 = od 11 do 13 let
age-band-14-17 = od 14 do 17 let
age-band-adults = Odrasli

audience-children = Otroci in mladi
audience-parents = Starši in skrbniki
audience-teachers = Učitelji

## Notices

fallback-notice = Ta stran še ni na voljo v jeziku: { $requested }. Prikazana je v jeziku: { $shown }.
draft-notice = Ta prevod je nastal brez pregleda naravnega govorca in še čaka na preverjanje.
stale-notice = Izvirnik te strani se je od prevoda spremenil; prevod je morda zastarel.

## Getting help

help-box-title = Se želiš s kom pogovoriti?
help-box-text = Nikoli ni tvoja krivda. Ti ljudje ti lahko pomagajo, zaupno.
help-box-more = Vsa mesta, kjer lahko dobiš pomoč
contacts-title = Pomoč v državi: { $country }
contact-kind-emergency = Nujna pomoč
contact-kind-helpline = Telefon za pomoč otrokom
contact-kind-hotline = Prijavi nezakonite slike
contact-kind-police = Prijavi policiji
contact-kind-other = Druga pomoč
contact-call = Pokliči { $number }
contact-website = Spletna stran
contact-verified = Preverjeno: { $date }
directory-helpline-intro = Poišči telefon za pomoč otrokom v svoji državi
directory-hotline-intro = Poišči točko za prijavo v svoji državi

## Search

search-label = Išči po lekcijah
search-button = Išči
search-browse = Prebrskaj vse lekcije
search-results = { $count ->
    [0] Nobena lekcija ne ustreza tvojemu iskanju.
    [one] Tvojemu iskanju ustreza { $count } lekcija.
    [two] Tvojemu iskanju ustrezata { $count } lekciji.
    [few] Tvojemu iskanju ustrezajo { $count } lekcije.
   *[other] Tvojemu iskanju ustreza { $count } lekcij.
}
search-shown-in = Prikazano v jeziku: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: kopija brez povezave za državo: { $country }
bundle-readme-body =
    Ta mapa je popolna kopija strani. Deluje tudi brez internetne povezave.
    Če jo želiš uporabljati, razširi mapo iz arhiva zip, nato pa v spletnem brskalniku odpri datoteko index.html.
    Mapo lahko kopiraš na ključek USB, na skupni pogon ali v šolski intranet.
    Iskanje, preklop jezika in tiskanje delujejo tudi v kopiji.
    Datoteka MANIFEST-SHA256.txt navaja vse datoteke z njihovimi kontrolnimi vsotami SHA-256, da lahko preveriš, ali ni bilo nič spremenjeno.
    Lekcije vsebujejo telefonske številke in spletne strani telefonov za pomoč. Pred lekcijo jih preveri, saj se lahko spremenijo.

## Not found

not-found-title = Strani ni mogoče najti
not-found-text = Ta stran ne obstaja. Izberi svojo državo in poišči lekcije.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Slovenščina

language-bg = bolgarščina
language-cnr = črnogorščina
language-cs = češčina
language-da = danščina
language-de = nemščina
language-el = grščina
language-en = angleščina
language-es = španščina
language-et = estonščina
language-fi = finščina
language-fil = filipinščina
language-fr = francoščina
language-ga = irščina
language-hr = hrvaščina
language-hu = madžarščina
language-it = italijanščina
language-ja = japonščina
language-ka = gruzijščina
language-km = kmerščina
language-ko = korejščina
language-lb = luksemburščina
language-lt = litovščina
language-lv = latvijščina
language-mi = maorščina
language-mt = malteščina
language-nb = knjižna norveščina
language-nl = nizozemščina
language-nn = novonorveščina
language-pl = poljščina
language-pt = portugalščina
language-ro = romunščina
language-sk = slovaščina
language-sl = slovenščina
language-sq = albanščina
language-sr = srbščina (cirilica)
language-sr-Latn = srbščina (latinica)
language-sv = švedščina
language-th = tajščina
language-tr = turščina
language-uk = ukrajinščina
language-vi = vietnamščina

## Country names, as written in this locale

country-al = Albanija
country-at = Avstrija
country-au = Avstralija
country-be = Belgija
country-bg = Bolgarija
country-ca = Kanada
country-ch = Švica
country-cy = Ciper
country-cz = Češka
country-de = Nemčija
country-dk = Danska
country-ee = Estonija
country-es = Španija
country-fi = Finska
country-fr = Francija
country-gb = Združeno kraljestvo
country-ge = Gruzija
country-gh = Gana
country-gr = Grčija
country-hr = Hrvaška
country-hu = Madžarska
country-ie = Irska
country-it = Italija
country-jp = Japonska
country-kh = Kambodža
country-kr = Južna Koreja
country-lt = Litva
country-lu = Luksemburg
country-lv = Latvija
country-md = Moldavija
country-me = Črna gora
country-mt = Malta
country-ng = Nigerija
country-nl = Nizozemska
country-no = Norveška
country-nz = Nova Zelandija
country-ph = Filipini
country-pl = Poljska
country-pt = Portugalska
country-ro = Romunija
country-rs = Srbija
country-se = Švedska
country-si = Slovenija
country-sk = Slovaška
country-th = Tajska
country-tr = Turčija
country-ua = Ukrajina
country-us = Združene države Amerike
country-vn = Vietnam
