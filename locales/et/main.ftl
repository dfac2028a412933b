# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Koos turvaliselt veebis

## Quick exit, skip link and navigation

quick-exit = Lahku sellelt lehelt
quick-exit-hint = või vajuta kolm korda Shift-klahvi
skip-to-content = Mine põhisisu juurde
nav-label = Peamenüü
nav-home = Avaleht
nav-lessons = Õppetunnid
nav-get-help = Otsi abi
nav-languages = Teised keeled
nav-countries = Teised riigid
footer-nav-label = Veel
language-switcher = Keel
breadcrumbs-label = Sa oled siin
pager-label = Veel õppetunde sellel teemal
published-by = Avaldaja: { $organisation }.
footer-privacy = See veebileht ei kasuta küpsiseid, ei salvesta sinu seadmesse midagi ega jälgi sind. See töötab ka ilma internetiühenduseta.

## Choosers

choose-country-title = Vali oma riik
choose-country-intro = Iga riigi veebilehel on oma õppetunnid, keeled ja kohad, kust abi saada.
choose-language-intro = Vali oma keel.

## Home and lesson lists

home-title = Turvaliselt internetis
home-intro = Õppetunnid lastele, noortele, lapsevanematele ja õpetajatele ligimeelitamisest (groomingust), piltidest ja muudest internetiohtudest ning sellest, kust abi saada.
home-topics = Teemad
lessons-title = Kõik õppetunnid
lessons-intro = Õppetunnid kolmele vanuserühmale koos juhenditega lapsevanematele, hooldajatele ja õpetajatele.
lesson-count = { $count ->
    [one] { $count } õppetund
   *[other] { $count } õppetundi
}
card-fallback = Keel: { $shown }
card-draft = Tõlge ootab ülevaatust

## Lesson facts

meta-audience = Kellele
meta-age-band = Vanus
meta-duration = Kestus
on-this-page = Sellel lehel
previous-lesson = Eelmine
next-lesson = Järgmine
duration-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutit
}

topic-grooming = Ligimeelitamine (grooming)
topic-self-produced-images = Pildid ja jagamine
topic-online-risks = Ohud internetis

age-band-8-10 = 8–10 aastat
age-band-11-13 = 11–13 aastat
age-band-14-17 = 14–17 aastat
age-band-adults = Täiskasvanud

audience-children = Lapsed ja noored
audience-parents = Lapsevanemad ja hooldajad
audience-teachers = Õpetajad

## Notices

fallback-notice = See leht ei ole veel saadaval järgmises keeles: { $requested }. Praegu näidatakse seda järgmises keeles: { $shown }.
draft-notice = See tõlge on tehtud ilma emakeelse ülevaatajata ja ootab kontrollimist.
stale-notice = Selle lehe originaal on pärast tõlkimist muutunud; tõlge võib olla aegunud.

## Getting help

help-box-title = Kas tahad kellegagi rääkida?
help-box-text = See ei ole kunagi sinu süü. Need inimesed saavad sind aidata ja sinu jutt jääb konfidentsiaalseks.
help-box-more = Kõik kohad, kust abi saada
contacts-title = Kust saada abi: { $country }
contact-kind-emergency = Hädaabi
contact-kind-helpline = Laste abitelefon
contact-kind-hotline = Teata ebaseaduslikest piltidest
contact-kind-police = Teata politseile
contact-kind-other = Muu abi
contact-call = Helista numbril { $number }
contact-website = Veebileht
contact-verified = Kontrollitud { $date }
directory-helpline-intro = Leia oma riigi laste abitelefon
directory-hotline-intro = Leia oma riigi vihjeliin, kuhu ebaseaduslikust sisust teatada

## Search

search-label = Otsi õppetundidest
search-button = Otsi
search-browse = Vaata kõiki õppetunde
search-results = { $count ->
    [0] Sinu otsingule ei vasta ükski õppetund.
    [one] Sinu otsingule vastab { $count } õppetund.
   *[other] Sinu otsingule vastab { $count } õppetundi.
}
search-shown-in = Näidatav keel: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – võrguühenduseta koopia: { $country }
bundle-readme-body =
    See kaust on veebilehe täielik koopia. See töötab ka ilma internetiühenduseta.
    Kasutamiseks paki kaust lahti ja ava seejärel fail index.html veebibrauseris.
    Kausta saad kopeerida USB-mälupulgale, jagatud kettale või kooli siseveebi.
    Otsing, keele vahetamine ja printimine töötavad ka koopias.
    Fail MANIFEST-SHA256.txt loetleb kõik failid koos nende SHA-256 kontrollsummaga, et saaksid veenduda, et midagi pole muudetud.
    Õppetundides on abitelefonide telefoninumbrid ja veebilehed. Palun kontrolli neid enne tundi, sest need võivad muutuda.

## Not found

not-found-title = Lehte ei leitud
not-found-text = Seda lehte ei ole olemas. Vali oma riik, et õppetunnid üles leida.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Eesti

language-bg = bulgaaria keel
language-cnr = montenegro keel
language-cs = tšehhi keel
language-da = taani keel
language-de = saksa keel
language-el = kreeka keel
language-en = inglise keel
language-es = hispaania keel
language-et = eesti keel
language-fi = soome keel
language-fil = filipiini keel
language-fr = prantsuse keel
language-ga = iiri keel
language-hr = horvaadi keel
language-hu = ungari keel
language-it = itaalia keel
language-ja = jaapani keel
language-ka = gruusia keel
language-km = khmeeri keel
language-ko = korea keel
language-lb = letseburgi keel
language-lt = leedu keel
language-lv = läti keel
language-mi = maoori keel
language-mt = malta keel
language-nb = norra keel (bokmål)
language-nl = hollandi keel
language-nn = norra keel (nynorsk)
language-pl = poola keel
language-pt = portugali keel
language-ro = rumeenia keel
language-sk = slovaki keel
language-sl = sloveeni keel
language-sq = albaania keel
language-sr = serbia keel (kirillitsa)
language-sr-Latn = serbia keel (ladina kiri)
language-sv = rootsi keel
language-th = tai keel
language-tr = türgi keel
language-uk = ukraina keel
language-vi = vietnami keel

## Country names, as written in this locale

country-al = Albaania
country-at = Austria
country-au = Austraalia
country-be = Belgia
country-bg = Bulgaaria
country-ca = Kanada
country-ch = Šveits
country-cy = Küpros
country-cz = Tšehhi
country-de = Saksamaa
country-dk = Taani
country-ee = Eesti
country-es = Hispaania
country-fi = Soome
country-fr = Prantsusmaa
country-gb = Ühendkuningriik
country-ge = Gruusia
country-gh = Ghana
country-gr = Kreeka
country-hr = Horvaatia
country-hu = Ungari
country-ie = Iirimaa
country-it = Itaalia
country-jp = Jaapan
country-kh = Kambodža
country-kr = Lõuna-Korea
country-lt = Leedu
country-lu = Luksemburg
country-lv = Läti
country-md = Moldova
country-me = Montenegro
country-mt = Malta
country-ng = Nigeeria
country-nl = Holland
country-no = Norra
country-nz = Uus-Meremaa
country-ph = Filipiinid
country-pl = Poola
country-pt = Portugal
country-ro = Rumeenia
country-rs = Serbia
country-se = Rootsi
country-si = Sloveenia
country-sk = Slovakkia
country-th = Tai
country-tr = Türgi
country-ua = Ukraina
country-us = Ameerika Ühendriigid
country-vn = Vietnam
