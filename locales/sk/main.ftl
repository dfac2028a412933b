# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Spolu bezpečne online

## Quick exit, skip link and navigation

quick-exit = Odísť z tejto stránky
quick-exit-hint = alebo trikrát stlač Shift
skip-to-content = Preskočiť na hlavný obsah
nav-label = Hlavné menu
nav-home = Domov
nav-lessons = Lekcie
nav-get-help = Získať pomoc
nav-languages = Ďalšie jazyky
nav-countries = Ďalšie krajiny
footer-nav-label = Viac
language-switcher = Jazyk
breadcrumbs-label = Nachádzaš sa tu
pager-label = Ďalšie lekcie na túto tému
published-by = Vydavateľ: { $organisation }.
footer-privacy = Táto stránka nepoužíva súbory cookie, nič neukladá do tvojho zariadenia a nesleduje ťa. Funguje aj bez pripojenia na internet.

## Choosers

choose-country-title = Vyber si svoju krajinu
choose-country-intro = Stránka každej krajiny má vlastné lekcie, jazyky a miesta, kde môžeš získať pomoc.
choose-language-intro = Vyber si svoj jazyk.

## Home and lesson lists

home-title = Bezpečne online
home-intro = Lekcie pre deti, mladých ľudí, rodičov a učiteľov o groomingu, fotkách a iných rizikách na internete a o tom, kde nájsť pomoc.
home-topics = Témy
lessons-title = Všetky lekcie
lessons-intro = Lekcie pre tri vekové skupiny s príručkami pre rodičov, opatrovateľov a učiteľov.
lesson-count = { $count ->
    [one] { $count } lekcia
    [few] { $count } lekcie
    [many] { $count } lekcie
   *[other] { $count } lekcií
}
card-fallback = V jazyku: { $shown }
card-draft = Preklad čaká na kontrolu

## Lesson facts

meta-audience = Pre koho
meta-age-band = Vek
meta-duration = Čas
on-this-page = Na tejto stránke
previous-lesson = Predchádzajúca
next-lesson = Ďalšia
duration-minutes = { $minutes ->
    [one] { $minutes } minúta
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}

topic-grooming = Grooming
topic-self-produced-images = Fotky a zdieľanie
topic-online-risks = Riziká na internete

age-band-8-10 = 8 až 10 rokov
age-band-11-13 = 11 až 13 rokov
age-band-14-17 = 14 až 17 rokov
age-band-adults = Dospelí

audience-children = Deti a mladí ľudia
audience-parents = Rodičia a opatrovatelia
audience-teachers = Učitelia

## Notices

fallback-notice = Táto stránka zatiaľ nie je dostupná v jazyku: { $requested }. Zobrazuje sa v jazyku: { $shown }.
draft-notice = Tento preklad vznikol bez kontroly rodeným hovoriacim a ešte čaká na overenie.
stale-notice = Originál tejto stránky sa od prekladu zmenil; preklad už nemusí byť aktuálny.

## Getting help

help-box-title = Potrebuješ sa s niekým porozprávať?
help-box-text = Nikdy to nie je tvoja vina. Títo ľudia ti môžu pomôcť a porozprávajú sa s tebou dôverne.
help-box-more = Všetky miesta, kde nájdeš pomoc
contacts-title = Pomoc v krajine: { $country }
contact-kind-emergency = Tiesňová linka
contact-kind-helpline = Linka pomoci pre deti
contact-kind-hotline = Nahlásiť nezákonné obrázky
contact-kind-police = Nahlásiť polícii
contact-kind-other = Iná pomoc
contact-call = Zavolať na { $number }
contact-website = Webová stránka
contact-verified = Overené: { $date }
directory-helpline-intro = Nájdi linku pomoci pre deti vo svojej krajine
directory-hotline-intro = Nájdi miesto na nahlasovanie vo svojej krajine

## Search

search-label = Hľadať v lekciách
search-button = Hľadať
search-browse = Prezrieť všetky lekcie
search-results = { $count ->
    [0] Tvojmu vyhľadávaniu nezodpovedá žiadna lekcia.
    [one] Tvojmu vyhľadávaniu zodpovedá { $count } lekcia.
    [few] Tvojmu vyhľadávaniu zodpovedajú { $count } lekcie.
    [many] Tvojmu vyhľadávaniu zodpovedá { $count } lekcie.
   *[other] Tvojmu vyhľadávaniu zodpovedá { $count } lekcií.
}
search-shown-in = Zobrazené v jazyku: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: offline kópia pre krajinu: { $country }
bundle-readme-body =
    Tento priečinok je úplná kópia stránky. Funguje aj bez pripojenia na internet.
    Ak ho chceš použiť, rozbaľ priečinok a potom otvor súbor index.html vo webovom prehliadači.
    Priečinok môžeš skopírovať na USB kľúč, na zdieľaný disk alebo do školského intranetu.
    Vyhľadávanie, prepínanie jazykov a tlač fungujú aj v kópii.
    Súbor MANIFEST-SHA256.txt uvádza všetky súbory s ich kontrolným súčtom SHA-256, aby sa dalo overiť, že sa nič nezmenilo.
    Lekcie obsahujú telefónne čísla a webové stránky liniek pomoci. Pred lekciou ich, prosím, skontroluj, pretože sa môžu zmeniť.

## Not found

not-found-title = Stránka sa nenašla
not-found-text = Táto stránka neexistuje. Vyber si svoju krajinu a nájdeš lekcie.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Slovenčina

language-bg = bulharčina
language-cnr = čiernohorčina
language-cs = čeština
language-da = dánčina
language-de = nemčina
language-el = gréčtina
language-en = angličtina
language-es = španielčina
language-et = estónčina
language-fi = fínčina
language-fil = filipínčina
language-fr = francúzština
language-ga = írčina
language-hr = chorvátčina
language-hu = maďarčina
language-it = taliančina
language-ja = japončina
language-ka = gruzínčina
language-km = khmérčina
language-ko = kórejčina
language-lb = luxemburčina
language-lt = litovčina
language-lv = lotyština
language-mi = maorijčina
language-mt = maltčina
language-nb = nórčina (bokmål)
language-nl = holandčina
language-nn = nórčina (nynorsk)
language-pl = poľština
language-pt = portugalčina
language-ro = rumunčina
language-sk = slovenčina
language-sl = slovinčina
language-sq = albánčina
language-sr = srbčina (cyrilika)
language-sr-Latn = srbčina (latinka)
language-sv = švédčina
language-th = thajčina
language-tr = turečtina
language-uk = ukrajinčina
language-vi = vietnamčina

## Country names, as written in this locale

country-al = Albánsko
country-at = Rakúsko
country-au = Austrália
country-be = Belgicko
country-bg = Bulharsko
country-ca = Kanada
country-ch = Švajčiarsko
country-cy = Cyprus
country-cz = Česko
country-de = Nemecko
country-dk = Dánsko
country-ee = Estónsko
country-es = Španielsko
country-fi = Fínsko
country-fr = Francúzsko
country-gb = Spojené kráľovstvo
country-ge = Gruzínsko
country-gh = Ghana
country-gr = Grécko
country-hr = Chorvátsko
country-hu = Maďarsko
country-ie = Írsko
country-it = Taliansko
country-jp = Japonsko
country-kh = Kambodža
country-kr = Južná Kórea
country-lt = Litva
country-lu = Luxembursko
country-lv = Lotyšsko
country-md = Moldavsko
country-me = Čierna Hora
country-mt = Malta
country-ng = Nigéria
country-nl = Holandsko
country-no = Nórsko
country-nz = Nový Zéland
country-ph = Filipíny
country-pl = Poľsko
country-pt = Portugalsko
country-ro = Rumunsko
country-rs = Srbsko
country-se = Švédsko
country-si = Slovinsko
country-sk = Slovensko
country-th = Thajsko
country-tr = Turecko
country-ua = Ukrajina
country-us = Spojené štáty
country-vn = Vietnam
