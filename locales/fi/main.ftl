# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Yhdessä turvallisesti verkossa

## Quick exit, skip link and navigation

quick-exit = Poistu sivustolta
quick-exit-hint = tai paina Shift-näppäintä kolme kertaa
skip-to-content = Siirry pääsisältöön
nav-label = Päävalikko
nav-home = Etusivu
nav-lessons = Oppitunnit
nav-get-help = Hae apua
nav-languages = Muut kielet
nav-countries = Muut maat
footer-nav-label = Lisää
language-switcher = Kieli
breadcrumbs-label = Olet tässä
pager-label = Lisää oppitunteja tästä aiheesta
published-by = Julkaisija: { $organisation }.
footer-privacy = Tämä sivusto ei käytä evästeitä, ei tallenna mitään laitteellesi eikä seuraa sinua. Se toimii myös ilman internetyhteyttä.

## Choosers

choose-country-title = Valitse maasi
choose-country-intro = Jokaisen maan sivustolla on omat oppitunnit, kielet ja paikat, joista saa apua.
choose-language-intro = Valitse kielesi.

## Home and lesson lists

home-title = Turvallisesti verkossa
home-intro = Oppitunteja lapsille, nuorille, vanhemmille ja opettajille groomingista, kuvista ja muista verkon riskeistä – ja siitä, mistä saa apua.
home-topics = Aiheet
lessons-title = Kaikki oppitunnit
lessons-intro = Oppitunteja kolmelle ikäryhmälle sekä oppaat vanhemmille, muille huoltajille ja opettajille.
lesson-count = { $count ->
    [one] { $count } oppitunti
   *[other] { $count } oppituntia
}
card-fallback = Kieli: { $shown }
card-draft = Käännös odottaa tarkistusta

## Lesson facts

meta-audience = Kenelle
meta-age-band = Ikä
meta-duration = Kesto
on-this-page = Tällä sivulla
previous-lesson = Edellinen
next-lesson = Seuraava
duration-minutes = { $minutes ->
    [one] { $minutes } minuutti
   *[other] { $minutes } minuuttia
}

topic-grooming = Grooming
topic-self-produced-images = Kuvat ja jakaminen
topic-online-risks = Verkon riskit

age-band-8-10 = 8–10-vuotiaat
age-band-11-13 = 11–13-vuotiaat
age-band-14-17 = 14–17-vuotiaat
age-band-adults = Aikuiset

audience-children = Lapset ja nuoret
audience-parents = Vanhemmat ja huoltajat
audience-teachers = Opettajat

## Notices

fallback-notice = Tätä sivua ei ole vielä saatavilla kielellä: { $requested }. Sivu näytetään kielellä: { $shown }.
draft-notice = Tämä käännös on tehty ilman äidinkielistä tarkastajaa, ja se odottaa tarkistusta.
stale-notice = Tämän sivun alkuperäinen versio on muuttunut käännöksen jälkeen; käännös voi olla vanhentunut.

## Getting help

help-box-title = Haluatko puhua jonkun kanssa?
help-box-text = Se ei ole koskaan sinun syysi. Nämä ihmiset voivat auttaa sinua luottamuksellisesti.
help-box-more = Kaikki paikat, joista saa apua
contacts-title = Mistä saa apua: { $country }
contact-kind-emergency = Hätänumero
contact-kind-helpline = Lasten ja nuorten auttava puhelin
contact-kind-hotline = Ilmoita laittomista kuvista
contact-kind-police = Ilmoita poliisille
contact-kind-other = Muuta apua
contact-call = Soita numeroon { $number }
contact-website = Verkkosivusto
contact-verified = Tarkistettu { $date }
directory-helpline-intro = Löydä lasten ja nuorten auttava puhelin omasta maastasi
directory-hotline-intro = Löydä omasta maastasi palvelu, jolle voit ilmoittaa laittomasta sisällöstä

## Search

search-label = Hae oppitunneista
search-button = Hae
search-browse = Selaa kaikkia oppitunteja
search-results = { $count ->
    [0] Hakuasi vastaavia oppitunteja ei löytynyt.
    [one] Hakuasi vastaa { $count } oppitunti.
   *[other] Hakuasi vastaa { $count } oppituntia.
}
search-shown-in = Näytetään kielellä: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – offline-kopio: { $country }
bundle-readme-body =
    Tämä kansio on sivuston täydellinen kopio. Se toimii ilman internetyhteyttä.
    Jos haluat käyttää sitä, pura kansio ja avaa sitten tiedosto index.html verkkoselaimessa.
    Voit kopioida kansion USB-muistitikulle, jaetulle levylle tai koulun intranetiin.
    Haku, kielen vaihto ja tulostus toimivat myös kopiossa.
    Tiedosto MANIFEST-SHA256.txt luettelee jokaisen tiedoston ja sen SHA-256-tarkistussumman, jotta voit tarkistaa, ettei mitään ole muutettu.
    Oppitunneissa on auttavien puhelinten puhelinnumeroita ja verkkosivustoja. Tarkistathan ne ennen oppituntia, koska ne voivat muuttua.

## Not found

not-found-title = Sivua ei löytynyt
not-found-text = Tätä sivua ei ole olemassa. Valitse maasi, niin löydät oppitunnit.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Suomi

language-bg = bulgaria
language-cnr = montenegro
language-cs = tšekki
language-da = tanska
language-de = saksa
language-el = kreikka
language-en = englanti
language-es = espanja
language-et = viro
language-fi = suomi
language-fil = filipino
language-fr = ranska
language-ga = iiri
language-hr = kroatia
language-hu = unkari
language-it = italia
language-ja = japani
language-ka = georgia
language-km = khmer
language-ko = korea
language-lb = luxemburg
language-lt = liettua
language-lv = latvia
language-mi = maori
language-mt = malta
language-nb = norjan bokmål
language-nl = hollanti
language-nn = norjan nynorsk
language-pl = puola
language-pt = portugali
language-ro = romania
language-sk = slovakki
language-sl = sloveeni
language-sq = albania
language-sr = serbia (kyrillinen)
language-sr-Latn = serbia (latinalainen)
language-sv = ruotsi
language-th = thai
language-tr = turkki
language-uk = ukraina
language-vi = vietnam

## Country names, as written in this locale

country-al = Albania
country-at = Itävalta
country-au = Australia
country-be = Belgia
country-bg = Bulgaria
country-ca = Kanada
country-ch = Sveitsi
country-cy = Kypros
country-cz = Tšekki
country-de = Saksa
country-dk = Tanska
country-ee = Viro
country-es = Espanja
country-fi = Suomi
country-fr = Ranska
country-gb = Iso-Britannia
country-ge = Georgia
country-gh = Ghana
country-gr = Kreikka
country-hr = Kroatia
country-hu = Unkari
country-ie = Irlanti
country-it = Italia
country-jp = Japani
country-kh = Kambodža
country-kr = Etelä-Korea
country-lt = Liettua
country-lu = Luxemburg
country-lv = Latvia
country-md = Moldova
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Alankomaat
country-no = Norja
country-nz = Uusi-Seelanti
country-ph = Filippiinit
country-pl = Puola
country-pt = Portugali
country-ro = Romania
country-rs = Serbia
country-se = Ruotsi
country-si = Slovenia
country-sk = Slovakia
country-th = Thaimaa
country-tr = Turkki
country-ua = Ukraina
country-us = Yhdysvallat
country-vn = Vietnam
