# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Společně bezpečně online

## Quick exit, skip link and navigation

quick-exit = Opustit tento web
quick-exit-hint = nebo třikrát stiskni Shift
skip-to-content = Přejít na hlavní obsah
nav-label = Hlavní menu
nav-home = Úvod
nav-lessons = Lekce
nav-get-help = Kde najít pomoc
nav-languages = Další jazyky
nav-countries = Další země
footer-nav-label = Další
language-switcher = Jazyk
breadcrumbs-label = Jsi tady
pager-label = Další lekce na toto téma
published-by = Vydává { $organisation }.
footer-privacy = Tento web nepoužívá cookies, nic neukládá do tvého zařízení a nesleduje tě. Funguje i bez připojení k internetu.

## Choosers

choose-country-title = Vyber svou zemi
choose-country-intro = Web každé země má své vlastní lekce, jazyky a místa, kde najdeš pomoc.
choose-language-intro = Vyber svůj jazyk.

## Home and lesson lists

home-title = Bezpečně na internetu
home-intro = Lekce pro děti, dospívající, rodiče a učitele o groomingu, fotkách a dalších rizicích na internetu – a o tom, kde najít pomoc.
home-topics = Témata
lessons-title = Všechny lekce
lessons-intro = Lekce pro tři věkové skupiny a k nim průvodci pro rodiče, pečující osoby a učitele.
lesson-count = { $count ->
    [one] { $count } lekce
    [few] { $count } lekce
    [many] { $count } lekce
   *[other] { $count } lekcí
}
card-fallback = Jazyk: { $shown }
card-draft = Překlad čeká na kontrolu

## Lesson facts

meta-audience = Pro
meta-age-band = Věk
meta-duration = Délka
on-this-page = Na této stránce
previous-lesson = Předchozí
next-lesson = Další
duration-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
}

topic-grooming = Grooming
topic-self-produced-images = Fotky a sdílení
topic-online-risks = Rizika na internetu

age-band-8-10 = 8 až 10 let
age-band-11-13 = 11 až 13 let
age-band-14-17 = 14 až 17 let
age-band-adults = Dospělí

audience-children = Děti a dospívající
audience-parents = Rodiče a pečující osoby
audience-teachers = Učitelé

## Notices

fallback-notice = Tato stránka zatím není dostupná v tomto jazyce: { $requested }. Zobrazuje se v jazyce: { $shown }.
draft-notice = Tento překlad vznikl bez kontroly rodilým mluvčím a čeká na ověření.
stale-notice = Původní verze této stránky se od překladu změnila; překlad nemusí být aktuální.

## Getting help

help-box-title = Potřebuješ si s někým promluvit?
help-box-text = Nikdy to není tvoje vina. Tito lidé ti mohou důvěrně pomoci.
help-box-more = Všechna místa, kde najdeš pomoc
contacts-title = Kde najít pomoc: { $country }
contact-kind-emergency = Tísňové volání
contact-kind-helpline = Linka pomoci pro děti
contact-kind-hotline = Nahlásit nezákonné snímky
contact-kind-police = Nahlásit policii
contact-kind-other = Další pomoc
contact-call = Zavolat na { $number }
contact-website = Webové stránky
contact-verified = Ověřeno { $date }
directory-helpline-intro = Najdi linku pomoci pro děti ve své zemi
directory-hotline-intro = Najdi místo, kde ve své zemi můžeš nahlásit nezákonný obsah

## Search

search-label = Hledat v lekcích
search-button = Hledat
search-browse = Procházet všechny lekce
search-results = { $count ->
    [0] Tvému hledání neodpovídá žádná lekce.
    [one] Tvému hledání odpovídá { $count } lekce.
    [few] Tvému hledání odpovídají { $count } lekce.
    [many] Tvému hledání odpovídá { $count } lekce.
   *[other] Tvému hledání odpovídá { $count } lekcí.
}
search-shown-in = Zobrazeno v jazyce: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – offline kopie: { $country }
bundle-readme-body =
    Tato složka je úplnou kopií webu. Funguje i bez připojení k internetu.
    Chceš-li ji použít, rozbal složku a pak otevři soubor index.html ve webovém prohlížeči.
    Složku můžeš zkopírovat na USB flash disk, na sdílený disk nebo do školního intranetu.
    Vyhledávání, přepínání jazyka a tisk fungují také v kopii.
    Soubor MANIFEST-SHA256.txt uvádí každý soubor s jeho kontrolním součtem SHA-256, takže si můžeš ověřit, že nic nebylo změněno.
    Lekce obsahují telefonní čísla a webové stránky linek pomoci. Před lekcí je prosím zkontroluj, protože se mohou změnit.

## Not found

not-found-title = Stránka nenalezena
not-found-text = Tato stránka neexistuje. Vyber svou zemi a najdi lekce.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Čeština

language-bg = bulharština
language-cnr = černohorština
language-cs = čeština
language-da = dánština
language-de = němčina
language-el = řečtina
language-en = angličtina
language-es = španělština
language-et = estonština
language-fi = finština
language-fil = filipínština
language-fr = francouzština
language-ga = irština
language-hr = chorvatština
language-hu = maďarština
language-it = italština
language-ja = japonština
language-ka = gruzínština
language-km = khmérština
language-ko = korejština
language-lb = lucemburština
language-lt = litevština
language-lv = lotyština
language-mi = maorština
language-mt = maltština
language-nb = norština (bokmål)
language-nl = nizozemština
language-nn = norština (nynorsk)
language-pl = polština
language-pt = portugalština
language-ro = rumunština
language-sk = slovenština
language-sl = slovinština
language-sq = albánština
language-sr = srbština (cyrilice)
language-sr-Latn = srbština (latinka)
language-sv = švédština
language-th = thajština
language-tr = turečtina
language-uk = ukrajinština
language-vi = vietnamština

## Country names, as written in this locale

country-al = Albánie
country-at = Rakousko
country-au = Austrálie
country-be = Belgie
country-bg = Bulharsko
country-ca = Kanada
country-ch = Švýcarsko
country-cy = Kypr
country-cz = Česko
country-de = Německo
country-dk = Dánsko
country-ee = Estonsko
country-es = Španělsko
country-fi = Finsko
country-fr = Francie
country-gb = Spojené království
country-ge = Gruzie
country-gh = Ghana
country-gr = Řecko
country-hr = Chorvatsko
country-hu = Maďarsko
country-ie = Irsko
country-it = Itálie
country-jp = Japonsko
country-kh = Kambodža
country-kr = Jižní Korea
country-lt = Litva
country-lu = Lucembursko
country-lv = Lotyšsko
country-md = Moldavsko
country-me = Černá Hora
country-mt = Malta
country-ng = Nigérie
country-nl = Nizozemsko
country-no = Norsko
country-nz = Nový Zéland
country-ph = Filipíny
country-pl = Polsko
country-pt = Portugalsko
country-ro = Rumunsko
country-rs = Srbsko
country-se = Švédsko
country-si = Slovinsko
country-sk = Slovensko
country-th = Thajsko
country-tr = Turecko
country-ua = Ukrajina
country-us = Spojené státy
country-vn = Vietnam
