# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Zajedno bezbjedni na internetu

## Quick exit, skip link and navigation

quick-exit = Napusti ovaj sajt
quick-exit-hint = ili pritisni Shift tri puta
skip-to-content = Pređi na glavni sadržaj
nav-label = Glavni meni
nav-home = Početna
nav-lessons = Lekcije
nav-get-help = Potraži pomoć
nav-languages = Drugi jezici
nav-countries = Druge države
footer-nav-label = Još
language-switcher = Jezik
breadcrumbs-label = Nalaziš se ovdje
pager-label = Još lekcija na ovu temu
published-by = Izdavač: { $organisation }.
footer-privacy = Ovaj sajt ne postavlja kolačiće, ništa ne čuva na tvom uređaju i ne prati te. Radi i bez internet veze.

## Choosers

choose-country-title = Izaberi svoju državu
choose-country-intro = Sajt svake države ima svoje lekcije, jezike i mjesta gdje možeš dobiti pomoć.
choose-language-intro = Izaberi svoj jezik.

## Home and lesson lists

home-title = Bezbjedno na internetu
home-intro = Lekcije za djecu, mlade, roditelje i nastavnike o grumingu, slikama i drugim rizicima na internetu, i o tome gdje potražiti pomoć.
home-topics = Teme
lessons-title = Sve lekcije
lessons-intro = Lekcije za tri uzrasne grupe, s vodičima za roditelje, staratelje i nastavnike.
lesson-count = { $count ->
    [one] { $count } lekcija
    [few] { $count } lekcije
   *[other] { $count } lekcija
}
card-fallback = Jezik: { $shown }
card-draft = Prevod čeka provjeru

## Lesson facts

meta-audience = Za
meta-age-band = Uzrast
meta-duration = Trajanje
on-this-page = Na ovoj stranici
previous-lesson = Prethodna
next-lesson = Sljedeća
duration-minutes = { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minuta
   *[other] { $minutes } minuta
}

topic-grooming = Gruming
topic-self-produced-images = Slike i dijeljenje
topic-online-risks = Rizici na internetu

age-band-8-10 = Od 8 do 10
age-band-11-13 = Od 11 do 13
age-band-14-17 = Od 14 do 17
age-band-adults = Odrasli

audience-children = Djeca i mladi
audience-parents = Roditelji i staratelji
audience-teachers = Nastavnici

## Notices

fallback-notice = Ova stranica još nije dostupna na traženom jeziku: { $requested }. Prikazana je na jeziku: { $shown }.
draft-notice = Ovaj prevod je napravljen bez recenzenta kojem je crnogorski maternji jezik i čeka provjeru.
stale-notice = Original ove stranice promijenjen je nakon prevođenja; prevod možda nije ažuran.

## Getting help

help-box-title = Treba ti neko s kim možeš razgovarati?
help-box-text = To nikada nije tvoja krivica. Ovi ljudi ti mogu pomoći, i sve što im kažeš ostaje među vama.
help-box-more = Sva mjesta gdje možeš dobiti pomoć
contacts-title = Gdje potražiti pomoć: { $country }
contact-kind-emergency = Hitni slučajevi
contact-kind-helpline = Linija za pomoć djeci
contact-kind-hotline = Prijavi nezakonite slike
contact-kind-police = Prijavi policiji
contact-kind-other = Druga pomoć
contact-call = Pozovi { $number }
contact-website = Veb-sajt
contact-verified = Provjereno: { $date }
directory-helpline-intro = Pronađi liniju za pomoć djeci u svojoj državi
directory-hotline-intro = Pronađi liniju za prijavu u svojoj državi

## Search

search-label = Pretraži lekcije
search-button = Traži
search-browse = Pregledaj sve lekcije
search-results = { $count ->
    [0] Nijedna lekcija ne odgovara tvojoj pretrazi.
    [one] { $count } lekcija odgovara tvojoj pretrazi.
    [few] { $count } lekcije odgovaraju tvojoj pretrazi.
   *[other] { $count } lekcija odgovara tvojoj pretrazi.
}
search-shown-in = Prikazano na jeziku: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – kopija za rad bez interneta: { $country }
bundle-readme-body =
    Ovaj folder je potpuna kopija sajta. Radi i bez internet veze.
    Da bi koristio kopiju, raspakuj folder, a zatim otvori fajl index.html u veb-pregledaču.
    Folder možeš kopirati na USB fleš, na zajednički mrežni disk ili na školski intranet.
    Pretraga, promjena jezika i štampanje rade i u kopiji.
    Fajl MANIFEST-SHA256.txt navodi svaki fajl s njegovim SHA-256 kontrolnim zbirom, pa možeš provjeriti da ništa nije promijenjeno.
    Lekcije sadrže brojeve telefona i veb-sajtove linija za pomoć. Molimo te da ih provjeriš prije lekcije, jer se mogu promijeniti.

## Not found

not-found-title = Stranica nije pronađena
not-found-text = Ova stranica ne postoji. Izaberi svoju državu da pronađeš lekcije.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Crnogorski

language-bg = bugarski
language-cnr = crnogorski
language-cs = češki
language-da = danski
language-de = njemački
language-el = grčki
language-en = engleski
language-es = španski
language-et = estonski
language-fi = finski
language-fil = filipinski
language-fr = francuski
language-ga = irski
language-hr = hrvatski
language-hu = mađarski
language-it = italijanski
language-ja = japanski
language-ka = gruzijski
language-km = kmerski
language-ko = korejski
language-lb = luksemburški
language-lt = litvanski
language-lv = letonski
language-mi = maorski
language-mt = malteški
language-nb = norveški (bukmol)
language-nl = holandski
language-nn = norveški (ninorsk)
language-pl = poljski
language-pt = portugalski
language-ro = rumunski
language-sk = slovački
language-sl = slovenački
language-sq = albanski
language-sr = srpski (ćirilica)
language-sr-Latn = srpski (latinica)
language-sv = švedski
language-th = tajski
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
country-ch = Švajcarska
country-cy = Kipar
country-cz = Češka
country-de = Njemačka
country-dk = Danska
country-ee = Estonija
country-es = Španija
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
country-lt = Litvanija
country-lu = Luksemburg
country-lv = Letonija
country-md = Moldavija
country-me = Crna Gora
country-mt = Malta
country-ng = Nigerija
country-nl = Holandija
country-no = Norveška
country-nz = Novi Zeland
country-ph = Filipini
country-pl = Poljska
country-pt = Portugalija
country-ro = Rumunija
country-rs = Srbija
country-se = Švedska
country-si = Slovenija
country-sk = Slovačka
country-th = Tajland
country-tr = Turska
country-ua = Ukrajina
country-us = Sjedinjene Države
country-vn = Vijetnam
