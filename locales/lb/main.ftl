# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Luxembourgish (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Zesumme sécher online

## Quick exit, skip link and navigation

quick-exit = Dës Säit verloossen
quick-exit-hint = oder dréck dräimol op Shift
skip-to-content = Direkt op den Haaptinhalt
nav-label = Haaptmenü
nav-home = Startsäit
nav-lessons = Lektiounen
nav-get-help = Hëllef fannen
nav-languages = Aner Sproochen
nav-countries = Aner Länner
footer-nav-label = Méi
language-switcher = Sprooch
breadcrumbs-label = Du bass hei
pager-label = Méi Lektiounen zu dësem Thema
published-by = Erausgeber: { $organisation }.
footer-privacy = Dës Säit setzt keng Cookien, späichert näischt op dengem Apparat a verfollegt dech net. Si funktionéiert och ouni Internetverbindung.

## Choosers

choose-country-title = Wiel däi Land
choose-country-intro = D'Säit vun all Land huet hir eege Lektiounen, Sproochen a Plazen, wou s du Hëllef kriss.
choose-language-intro = Wiel deng Sprooch.

## Home and lesson lists

home-title = Sécher online
home-intro = Lektioune fir Kanner, Jugendlecher, Elteren a Léierpersonal iwwer Grooming, Biller an aner Risiken online, a wou een Hëllef kritt.
home-topics = Themen
lessons-title = All Lektiounen
lessons-intro = Lektioune fir dräi Altersgruppen, mat Uleedunge fir Elteren, Betreier an Enseignanten.
lesson-count = { $count ->
    [one] { $count } Lektioun
   *[other] { $count } Lektiounen
}
card-fallback = Op { $shown }
card-draft = Iwwersetzung gëtt nach iwwerpréift

## Lesson facts

meta-audience = Fir
meta-age-band = Alter
meta-duration = Dauer
on-this-page = Op dëser Säit
previous-lesson = Vireg
next-lesson = Nächst
duration-minutes = { $minutes ->
    [one] { $minutes } Minutt
   *[other] { $minutes } Minutten
}

topic-grooming = Grooming
topic-self-produced-images = Biller an Deelen
topic-online-risks = Online-Risiken

age-band-8-10 = 8 bis 10 Joer
age-band-11-13 = 11 bis 13 Joer
age-band-14-17 = 14 bis 17 Joer
age-band-adults = Erwuessener

audience-children = Kanner a Jugendlecher
audience-parents = Elteren a Betreier
audience-teachers = Enseignanten

## Notices

fallback-notice = Dës Säit gëtt et nach net op { $requested }. Si gëtt op { $shown } gewisen.
draft-notice = Dës Iwwersetzung gouf ouni Kontroll vun engem Mammesproochler gemaach a muss nach iwwerpréift ginn.
stale-notice = D'Original vun dëser Säit huet sech zanter der Iwwersetzung geännert; d'Iwwersetzung ass eventuell net méi aktuell.

## Getting help

help-box-title = Wëlls du mat engem schwätzen?
help-box-text = Et ass ni deng Schold. Dës Leit kënnen dir vertraulech hëllefen.
help-box-more = All d'Plazen, wou s du Hëllef kriss
contacts-title = Hëllef: { $country }
contact-kind-emergency = Noutfall
contact-kind-helpline = Hëllefsnummer fir Kanner
contact-kind-hotline = Illegal Biller mellen
contact-kind-police = Bei der Police mellen
contact-kind-other = Aner Hëllef
contact-call = { $number } uruffen
contact-website = Websäit
contact-verified = Iwwerpréift: { $date }
directory-helpline-intro = Fann eng Hëllefsnummer fir Kanner an dengem Land
directory-hotline-intro = Fann eng Meldestell an dengem Land

## Search

search-label = An de Lektioune sichen
search-button = Sichen
search-browse = All Lektiounen ukucken
search-results = { $count ->
    [0] Keng Lektioun passt zu denger Sich.
    [one] { $count } Lektioun passt zu denger Sich.
   *[other] { $count } Lektiounen passen zu denger Sich.
}
search-shown-in = Op { $language } gewisen

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – Offline-Kopie: { $country }
bundle-readme-body =
    Dësen Dossier ass eng komplett Kopie vun der Websäit. Si funktionéiert ouni Internetverbindung.
    Fir se ze benotzen, pak den Dossier aus a maach dann de Fichier index.html an engem Webbrowser op.
    Du kanns den Dossier op en USB-Stick, op e gedeelt Laufwierk oder an d'Intranet vun der Schoul kopéieren.
    D'Sich, de Sproochewiessel an d'Drécken funktionéieren och an der Kopie.
    De Fichier MANIFEST-SHA256.txt lëscht all Fichier mat senger SHA-256-Préifsumm op, sou datt s de kontrolléiere kanns, datt näischt geännert gouf.
    D'Lektiounen enthalen Telefonsnummeren a Websäite vu Berodungsstellen. Kontrolléier se w.e.g. virun enger Lektioun, well se sech ännere kënnen.

## Not found

not-found-title = Säit net fonnt
not-found-text = Dës Säit gëtt et net. Wiel däi Land, fir d'Lektiounen ze fannen.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Lëtzebuergesch

language-bg = Bulgaresch
language-cnr = Montenegrinesch
language-cs = Tschechesch
language-da = Dänesch
language-de = Däitsch
language-el = Griichesch
language-en = Englesch
language-es = Spuenesch
language-et = Estnesch
language-fi = Finnesch
language-fil = Filipino
language-fr = Franséisch
language-ga = Iresch
language-hr = Kroatesch
language-hu = Ungaresch
language-it = Italienesch
language-ja = Japanesch
language-ka = Georgesch
language-km = Khmer
language-ko = Koreanesch
language-lb = Lëtzebuergesch
language-lt = Litauesch
language-lv = Lettesch
language-mi = Maori
language-mt = Maltesesch
language-nb = Norwegesch (Bokmål)
language-nl = Hollännesch
language-nn = Norwegesch (Nynorsk)
language-pl = Polnesch
language-pt = Portugisesch
language-ro = Rumänesch
language-sk = Slowakesch
language-sl = Slowenesch
language-sq = Albanesch
language-sr = Serbesch (kyrillesch Schrëft)
language-sr-Latn = Serbesch (laténgesch Schrëft)
language-sv = Schwedesch
language-th = Thailännesch
language-tr = Tierkesch
language-uk = Ukrainesch
language-vi = Vietnamesesch

## Country names, as written in this locale

country-al = Albanien
country-at = Éisträich
country-au = Australien
country-be = Belsch
country-bg = Bulgarien
country-ca = Kanada
country-ch = Schwäiz
country-cy = Zypern
country-cz = Tschechien
country-de = Däitschland
country-dk = Dänemark
country-ee = Estland
country-es = Spuenien
country-fi = Finnland
country-fr = Frankräich
country-gb = Vereenegt Kinnekräich
country-ge = Georgien
country-gh = Ghana
country-gr = Griicheland
country-hr = Kroatien
country-hu = Ungarn
country-ie = Irland
country-it = Italien
country-jp = Japan
country-kh = Kambodscha
country-kr = Südkorea
country-lt = Litauen
country-lu = Lëtzebuerg
country-lv = Lettland
country-md = Moldawien
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Holland
country-no = Norwegen
country-nz = Neiséiland
country-ph = Philippinnen
country-pl = Polen
country-pt = Portugal
country-ro = Rumänien
country-rs = Serbien
country-se = Schweden
country-si = Slowenien
country-sk = Slowakei
country-th = Thailand
country-tr = Tierkei
country-ua = Ukrain
country-us = Vereenegt Staaten
country-vn = Vietnam
