# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Flimkien Siguri Online

## Quick exit, skip link and navigation

quick-exit = Oħroġ minn dan is-sit
quick-exit-hint = jew agħfas Shift tliet darbiet
skip-to-content = Aqbeż għall-kontenut prinċipali
nav-label = Menu prinċipali
nav-home = Paġna ewlenija
nav-lessons = Lezzjonijiet
nav-get-help = Ikseb l-għajnuna
nav-languages = Lingwi oħra
nav-countries = Pajjiżi oħra
footer-nav-label = Aktar
language-switcher = Lingwa
breadcrumbs-label = Tinsab hawn
pager-label = Aktar lezzjonijiet dwar dan is-suġġett
published-by = Ippubblikat minn { $organisation }.
footer-privacy = Dan is-sit ma juża l-ebda cookie, ma jaħżen xejn fuq l-apparat tiegħek u ma jsegwikx. Jaħdem anke mingħajr konnessjoni mal-internet.

## Choosers

choose-country-title = Agħżel il-pajjiż tiegħek
choose-country-intro = Is-sit ta' kull pajjiż għandu l-lezzjonijiet u l-lingwi tiegħu, u l-postijiet tiegħu fejn tista' ssib l-għajnuna.
choose-language-intro = Agħżel il-lingwa tiegħek.

## Home and lesson lists

home-title = Nibqgħu siguri online
home-intro = Lezzjonijiet għat-tfal, iż-żgħażagħ, il-ġenituri u l-għalliema dwar il-grooming, ir-ritratti u riskji oħra online, u fejn tista' ssib l-għajnuna.
home-topics = Suġġetti
lessons-title = Il-lezzjonijiet kollha
lessons-intro = Lezzjonijiet għal tliet gruppi ta' età, bi gwidi għall-ġenituri, għal min jieħu ħsieb it-tfal u għall-għalliema.
lesson-count = { $count ->
    [one] { $count } lezzjoni
    [two] { $count } lezzjonijiet
    [few] { $count } lezzjonijiet
    [many] { $count } lezzjoni
   *[other] { $count } lezzjoni
}
card-fallback = Bil-lingwa: { $shown }
card-draft = Traduzzjoni li qed tistenna reviżjoni

## Lesson facts

meta-audience = Għal
meta-age-band = Età
meta-duration = Ħin
on-this-page = F'din il-paġna
previous-lesson = Ta' qabel
next-lesson = Li jmiss
duration-minutes = { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minuti
    [many] { $minutes } minuta
   *[other] { $minutes } minuta
}

topic-grooming = Grooming
topic-self-produced-images = Ritratti u qsim
topic-online-risks = Riskji online

age-band-8-10 = 8 sa 10
age-band-11-13 = 11 sa 13
age-band-14-17 = 14 sa 17
age-band-adults = Adulti

audience-children = Tfal u żgħażagħ
audience-parents = Ġenituri u min jieħu ħsieb it-tfal
audience-teachers = Għalliema

## Notices

fallback-notice = Din il-paġna għadha mhix disponibbli bil-lingwa: { $requested }. Qed tintwera bil-lingwa: { $shown }.
draft-notice = Din it-traduzzjoni saret mingħajr reviżjoni minn kelliem nattiv u għadha qed tistenna li tiġi ċċekkjata.
stale-notice = L-oriġinal ta' din il-paġna nbidel minn meta ġie tradott; it-traduzzjoni tista' ma tkunx aġġornata.

## Getting help

help-box-title = Għandek bżonn titkellem ma' xi ħadd?
help-box-text = Qatt mhu tort tiegħek. Dawn in-nies jistgħu jgħinuk, b'mod kunfidenzjali.
help-box-more = Il-postijiet kollha fejn tista' ssib l-għajnuna
contacts-title = Għajnuna f'pajjiżek: { $country }
contact-kind-emergency = Emerġenza
contact-kind-helpline = Linja ta' għajnuna għat-tfal
contact-kind-hotline = Irrapporta immaġni illegali
contact-kind-police = Irrapporta lill-pulizija
contact-kind-other = Għajnuna oħra
contact-call = Ċempel fuq { $number }
contact-website = Sit web
contact-verified = Iċċekkjat: { $date }
directory-helpline-intro = Sib linja ta' għajnuna għat-tfal f'pajjiżek
directory-hotline-intro = Sib servizz ta' rapportar f'pajjiżek

## Search

search-label = Fittex fil-lezzjonijiet
search-button = Fittex
search-browse = Ara l-lezzjonijiet kollha
search-results = { $count ->
    [0] L-ebda lezzjoni ma taqbel mat-tfittxija tiegħek.
    [one] { $count } lezzjoni taqbel mat-tfittxija tiegħek.
    [two] { $count } lezzjonijiet jaqblu mat-tfittxija tiegħek.
    [few] { $count } lezzjonijiet jaqblu mat-tfittxija tiegħek.
    [many] { $count } lezzjoni jaqblu mat-tfittxija tiegħek.
   *[other] { $count } lezzjoni jaqblu mat-tfittxija tiegħek.
}
search-shown-in = Murija bil-lingwa: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: kopja offline għal pajjiżek: { $country }
bundle-readme-body =
    Dan il-folder huwa kopja sħiħa tas-sit. Jaħdem anke mingħajr konnessjoni mal-internet.
    Biex tużah, oħroġ il-folder mill-fajl zip, imbagħad iftaħ il-fajl index.html f'web browser.
    Tista' tikkopja l-folder fuq USB stick, fuq drive kondiviż jew fuq l-intranet tal-iskola.
    It-tfittxija, il-bdil tal-lingwa u l-istampar jaħdmu wkoll fil-kopja.
    Il-fajl MANIFEST-SHA256.txt jelenka kull fajl flimkien mas-checksum SHA-256 tiegħu, biex tkun tista' tiċċekkja li ma nbidel xejn.
    Il-lezzjonijiet fihom numri tat-telefon u siti web ta' linji ta' għajnuna. Jekk jogħġbok iċċekkjahom qabel il-lezzjoni, għax jistgħu jinbidlu.

## Not found

not-found-title = Il-paġna ma nstabitx
not-found-text = Din il-paġna ma teżistix. Agħżel il-pajjiż tiegħek biex issib il-lezzjonijiet.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Malti

language-bg = Bulgaru
language-cnr = Montenegrin
language-cs = Ċek
language-da = Daniż
language-de = Ġermaniż
language-el = Grieg
language-en = Ingliż
language-es = Spanjol
language-et = Estonjan
language-fi = Finlandiż
language-fil = Filippin
language-fr = Franċiż
language-ga = Irlandiż
language-hr = Kroat
language-hu = Ungeriż
language-it = Taljan
language-ja = Ġappuniż
language-ka = Ġorġjan
language-km = Khmer
language-ko = Korean
language-lb = Lussemburgiż
language-lt = Litwan
language-lv = Latvjan
language-mi = Maori
language-mt = Malti
language-nb = Norveġiż Bokmål
language-nl = Olandiż
language-nn = Norveġiż Nynorsk
language-pl = Pollakk
language-pt = Portugiż
language-ro = Rumen
language-sk = Slovakk
language-sl = Sloven
language-sq = Albaniż
language-sr = Serb (Ċirilliku)
language-sr-Latn = Serb (Latin)
language-sv = Żvediż
language-th = Tajlandiż
language-tr = Tork
language-uk = Ukren
language-vi = Vjetnamiż

## Country names, as written in this locale

country-al = L-Albanija
country-at = L-Awstrija
country-au = L-Awstralja
country-be = Il-Belġju
country-bg = Il-Bulgarija
country-ca = Il-Kanada
country-ch = L-Iżvizzera
country-cy = Ċipru
country-cz = Iċ-Ċekja
country-de = Il-Ġermanja
country-dk = Id-Danimarka
country-ee = L-Estonja
country-es = Spanja
country-fi = Il-Finlandja
country-fr = Franza
country-gb = Ir-Renju Unit
country-ge = Il-Georgia
country-gh = Il-Ghana
country-gr = Il-Greċja
country-hr = Il-Kroazja
country-hu = L-Ungerija
country-ie = L-Irlanda
country-it = L-Italja
country-jp = Il-Ġappun
country-kh = Il-Kambodja
country-kr = Il-Korea t'Isfel
country-lt = Il-Litwanja
country-lu = Il-Lussemburgu
country-lv = Il-Latvja
country-md = Il-Moldova
country-me = Il-Montenegro
country-mt = Malta
country-ng = In-Niġerja
country-nl = In-Netherlands
country-no = In-Norveġja
country-nz = New Zealand
country-ph = Il-Filippini
country-pl = Il-Polonja
country-pt = Il-Portugall
country-ro = Ir-Rumanija
country-rs = Is-Serbja
country-se = L-Iżvezja
country-si = Is-Slovenja
country-sk = Is-Slovakkja
country-th = It-Tajlandja
country-tr = It-Turkija
country-ua = L-Ukrajna
country-us = L-Istati Uniti
country-vn = Il-Vjetnam
