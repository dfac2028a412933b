# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Zajedno bezbedni na internetu

## Quick exit, skip link and navigation

quick-exit = Napusti ovaj sajt
quick-exit-hint = ili pritisni Shift tri puta
skip-to-content = Pređi na glavni sadržaj
nav-label = Glavni meni
nav-home = Početna
nav-lessons = Lekcije
nav-get-help = Potraži pomoć
nav-languages = Drugi jezici
nav-countries = Druge zemlje
footer-nav-label = Još
language-switcher = Jezik
breadcrumbs-label = Nalaziš se ovde
pager-label = Još lekcija na ovu temu
published-by = Izdavač: { $organisation }.
footer-privacy = Ovaj sajt ne postavlja kolačiće, ništa ne čuva na tvom uređaju i ne prati te. Radi i bez internet veze.

## Choosers

choose-country-title = Izaberi svoju zemlju
choose-country-intro = Sajt svake zemlje ima svoje lekcije, jezike i mesta gde možeš da dobiješ pomoć.
choose-language-intro = Izaberi svoj jezik.

## Home and lesson lists

home-title = Bezbedno na internetu
home-intro = Lekcije za decu, mlade, roditelje i nastavnike o grumingu, slikama i drugim rizicima na internetu, i o tome gde potražiti pomoć.
home-topics = Teme
lessons-title = Sve lekcije
lessons-intro = Lekcije za tri uzrasne grupe, sa vodičima za roditelje, staratelje i nastavnike.
lesson-count = { $count ->
    [one] { $count } lekcija
    [few] { $count } lekcije
   *[other] { $count } lekcija
}
card-fallback = Jezik: { $shown }
card-draft = Prevod čeka proveru

## Lesson facts

meta-audience = Za
meta-age-band = Uzrast
meta-duration = Trajanje
on-this-page = Na ovoj stranici
previous-lesson = Prethodna
next-lesson = Sledeća
duration-minutes = { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minuta
   *[other] { $minutes } minuta
}

topic-grooming = Gruming
topic-self-produced-images = Slike i deljenje
topic-online-risks = Rizici na internetu

age-band-8-10 = Od 8 do 10
age-band-11-13 = Od 11 do 13
age-band-14-17 = Od 14 do 17
age-band-adults = Odrasli

audience-children = Deca i mladi
audience-parents = Roditelji i staratelji
audience-teachers = Nastavnici

## Notices

fallback-notice = Ova stranica još nije dostupna na traženom jeziku: { $requested }. Prikazana je na jeziku: { $shown }.
draft-notice = Ovaj prevod je napravljen bez recenzenta kome je srpski maternji jezik i čeka proveru.
stale-notice = Original ove stranice promenjen je posle prevođenja; prevod možda nije ažuran.

## Getting help

help-box-title = Treba ti neko s kim možeš da razgovaraš?
help-box-text = To nikada nije tvoja krivica. Ovi ljudi mogu da ti pomognu, i sve što im kažeš ostaje među vama.
help-box-more = Sva mesta gde možeš da dobiješ pomoć
contacts-title = Gde potražiti pomoć: { $country }
contact-kind-emergency = Hitni slučajevi
contact-kind-helpline = Linija za pomoć deci
contact-kind-hotline = Prijavi nezakonite slike
contact-kind-police = Prijavi policiji
contact-kind-other = Druga pomoć
contact-call = Pozovi { $number }
contact-website = Veb-sajt
contact-verified = Provereno: { $date }
directory-helpline-intro = Pronađi liniju za pomoć deci u svojoj zemlji
directory-hotline-intro = Pronađi liniju za prijavu u svojoj zemlji

## Search

search-label = Pretraži lekcije
search-button = Pretraži
search-browse = Pregledaj sve lekcije
search-results = { $count ->
    [0] Nijedna lekcija ne odgovara tvojoj pretrazi.
    [one] Tvojoj pretrazi odgovara { $count } lekcija.
    [few] Tvojoj pretrazi odgovaraju { $count } lekcije.
   *[other] Tvojoj pretrazi odgovara { $count } lekcija.
}
search-shown-in = Prikazano na jeziku: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: oflajn kopija za zemlju: { $country }
bundle-readme-body =
    Ova fascikla je potpuna kopija sajta. Radi i bez internet veze.
    Pre upotrebe raspakuj fasciklu, a zatim otvori datoteku index.html u veb-pregledaču.
    Fasciklu možeš da kopiraš na USB fleš disk, na deljeni disk ili na školski intranet.
    Pretraga, promena jezika i štampanje rade i u kopiji.
    Datoteka MANIFEST-SHA256.txt navodi svaku datoteku sa njenim SHA-256 kontrolnim zbirom, tako da možeš da proveriš da ništa nije promenjeno.
    Lekcije sadrže brojeve telefona i veb-sajtove linija za pomoć. Proveri ih pre lekcije, jer mogu da se promene.

## Not found

not-found-title = Stranica nije pronađena
not-found-text = Ova stranica ne postoji. Izaberi svoju zemlju da pronađeš lekcije.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Srpski (latinica)

language-bg = bugarski
language-cnr = crnogorski
language-cs = češki
language-da = danski
language-de = nemački
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
country-de = Nemačka
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
