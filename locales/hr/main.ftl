# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Croatian (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Zajedno sigurni na internetu

## Quick exit, skip link and navigation

quick-exit = Napusti ovu stranicu
quick-exit-hint = ili triput pritisni Shift
skip-to-content = Preskoči na glavni sadržaj
nav-label = Glavni izbornik
nav-home = Početna
nav-lessons = Lekcije
nav-get-help = Potraži pomoć
nav-languages = Drugi jezici
nav-countries = Druge zemlje
footer-nav-label = Više
language-switcher = Jezik
breadcrumbs-label = Ovdje si
pager-label = Još lekcija o ovoj temi
published-by = Izdavač: { $organisation }.
footer-privacy = Ova stranica ne postavlja kolačiće, ništa ne sprema na tvoj uređaj i ne prati te. Radi i bez internetske veze.

## Choosers

choose-country-title = Odaberi svoju zemlju
choose-country-intro = Stranica svake zemlje ima svoje lekcije, jezike i mjesta na kojima možeš potražiti pomoć.
choose-language-intro = Odaberi svoj jezik.

## Home and lesson lists

home-title = Sigurno na internetu
home-intro = Lekcije za djecu, mlade, roditelje i učitelje o mamljenju (groomingu), slikama i drugim opasnostima na internetu te o tome gdje potražiti pomoć.
home-topics = Teme
lessons-title = Sve lekcije
lessons-intro = Lekcije za tri dobne skupine, s vodičima za roditelje, skrbnike i učitelje.
lesson-count = { $count ->
    [one] { $count } lekcija
    [few] { $count } lekcije
   *[other] { $count } lekcija
}
card-fallback = Na jeziku: { $shown }
card-draft = Prijevod čeka provjeru

## Lesson facts

meta-audience = Namijenjeno
meta-age-band = Dob
meta-duration = Trajanje
on-this-page = Na ovoj stranici
previous-lesson = Prethodna
next-lesson = Sljedeća
duration-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minute
   *[other] { $minutes } minuta
}

topic-grooming = Mamljenje (grooming)
topic-self-produced-images = Slike i dijeljenje
topic-online-risks = Opasnosti na internetu

age-band-8-10 = od 8 do 10 godina
age-band-11-13 = od 11 do 13 godina
age-band-14-17 = od 14 do 17 godina
age-band-adults = Odrasli

audience-children = Djeca i mladi
audience-parents = Roditelji i skrbnici
audience-teachers = Učitelji

## Notices

fallback-notice = Ova stranica još nije dostupna na ovom jeziku: { $requested }. Prikazana je na jeziku: { $shown }.
draft-notice = Ovaj je prijevod napravljen bez provjere osobe kojoj je to materinski jezik i čeka provjeru.
stale-notice = Izvornik ove stranice promijenio se nakon prevođenja; prijevod možda nije ažuran.

## Getting help

help-box-title = Trebaš s nekim razgovarati?
help-box-text = To nikad nije tvoja krivnja. Ovi ljudi mogu ti pomoći, a razgovor ostaje povjerljiv.
help-box-more = Sva mjesta na kojima možeš potražiti pomoć
contacts-title = Pomoć – { $country }
contact-kind-emergency = Hitne službe
contact-kind-helpline = Savjetodavna linija za djecu
contact-kind-hotline = Prijavi nezakonite slike
contact-kind-police = Prijavi policiji
contact-kind-other = Druga pomoć
contact-call = Nazovi { $number }
contact-website = Mrežna stranica
contact-verified = Provjereno: { $date }
directory-helpline-intro = Pronađi savjetodavnu liniju za djecu u svojoj zemlji
directory-hotline-intro = Pronađi liniju za prijavu nezakonitog sadržaja u svojoj zemlji

## Search

search-label = Pretraži lekcije
search-button = Traži
search-browse = Pregledaj sve lekcije
search-results = { $count ->
    [0] Nijedna lekcija ne odgovara tvojem pretraživanju.
    [one] { $count } lekcija odgovara tvojem pretraživanju.
    [few] { $count } lekcije odgovaraju tvojem pretraživanju.
   *[other] { $count } lekcija odgovara tvojem pretraživanju.
}
search-shown-in = Prikazano na jeziku: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: izvanmrežna kopija – { $country }
bundle-readme-body =
    Ova je mapa potpuna kopija mrežne stranice. Radi i bez internetske veze.
    Za upotrebu raspakiraj mapu, a zatim otvori datoteku index.html u web-pregledniku.
    Mapu možeš kopirati na USB memoriju, na zajednički pogon ili na školski intranet.
    Pretraživanje, promjena jezika i ispis rade i u kopiji.
    Datoteka MANIFEST-SHA256.txt navodi svaku datoteku s njezinim kontrolnim zbrojem SHA-256, pa možeš provjeriti da ništa nije promijenjeno.
    Lekcije sadržavaju telefonske brojeve i mrežne stranice savjetodavnih linija. Molimo te da ih provjeriš prije lekcije jer se mogu promijeniti.

## Not found

not-found-title = Stranica nije pronađena
not-found-text = Ova stranica ne postoji. Odaberi svoju zemlju i pronađi lekcije.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Hrvatski

language-bg = bugarski
language-cnr = crnogorski
language-cs = češki
language-da = danski
language-de = njemački
language-el = grčki
language-en = engleski
language-es = španjolski
language-et = estonski
language-fi = finski
language-fil = filipinski
language-fr = francuski
language-ga = irski
language-hr = hrvatski
language-hu = mađarski
language-it = talijanski
language-ja = japanski
language-ka = gruzijski
language-km = kmerski
language-ko = korejski
language-lb = luksemburški
language-lt = litavski
language-lv = latvijski
language-mi = maorski
language-mt = malteški
language-nb = norveški (bokmål)
language-nl = nizozemski
language-nn = norveški (nynorsk)
language-pl = poljski
language-pt = portugalski
language-ro = rumunjski
language-sk = slovački
language-sl = slovenski
language-sq = albanski
language-sr = srpski (ćirilica)
language-sr-Latn = srpski (latinica)
language-sv = švedski
language-th = tajlandski
language-tr = turski
language-uk = ukrajinski
language-vi = vijetnamski

## Country names, as written in this locale

country-al = Albanija
country-at = Austrija
country-au = Australija
country-be = Belgija
country-bg = Bugarska
country-ca = Kanada
country-ch = Švicarska
country-cy = Cipar
country-cz = Češka
country-de = Njemačka
country-dk = Danska
country-ee = Estonija
country-es = Španjolska
country-fi = Finska
country-fr = Francuska
country-gb = Ujedinjeno Kraljevstvo
country-ge = Gruzija
country-gh = Gana
country-gr = Grčka
country-hr = Hrvatska
country-hu = Mađarska
country-ie = Irska
country-it = Italija
country-jp = Japan
country-kh = Kambodža
country-kr = Južna Koreja
country-lt = Litva
country-lu = Luksemburg
country-lv = Latvija
country-md = Moldavija
country-me = Crna Gora
country-mt = Malta
country-ng = Nigerija
country-nl = Nizozemska
country-no = Norveška
country-nz = Novi Zeland
country-ph = Filipini
country-pl = Poljska
country-pt = Portugal
country-ro = Rumunjska
country-rs = Srbija
country-se = Švedska
country-si = Slovenija
country-sk = Slovačka
country-th = Tajland
country-tr = Turska
country-ua = Ukrajina
country-us = Sjedinjene Američke Države
country-vn = Vijetnam
