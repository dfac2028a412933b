# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Sábháilte ar Líne le Chéile

## Quick exit, skip link and navigation

quick-exit = Fág an suíomh seo
quick-exit-hint = nó brúigh Shift trí huaire
skip-to-content = Léim go dtí an príomhábhar
nav-label = Príomhroghchlár
nav-home = Baile
nav-lessons = Ceachtanna
nav-get-help = Faigh cabhair
nav-languages = Teangacha eile
nav-countries = Tíortha eile
footer-nav-label = Tuilleadh
language-switcher = Teanga
breadcrumbs-label = Tá tú anseo
pager-label = Tuilleadh ceachtanna ar an ábhar seo
published-by = Arna fhoilsiú ag { $organisation }.
footer-privacy = Ní úsáideann an suíomh seo fianáin, ní stórálann sé aon rud ar do ghléas agus ní rianaíonn sé thú. Oibríonn sé gan cheangal idirlín.

## Choosers

choose-country-title = Roghnaigh do thír
choose-country-intro = Tá a ceachtanna féin, a teangacha féin agus a háiteanna féin le cabhair a fháil ag gach tír ar a suíomh.
choose-language-intro = Roghnaigh do theanga.

## Home and lesson lists

home-title = Fanacht slán ar líne
home-intro = Ceachtanna do pháistí, do dhaoine óga, do thuismitheoirí agus do mhúinteoirí faoi ghrúmáil, faoi íomhánna agus faoi rioscaí eile ar líne, agus faoin áit ar féidir cabhair a fháil.
home-topics = Ábhair
lessons-title = Na ceachtanna go léir
lessons-intro = Ceachtanna do thrí aoisghrúpa, le treoracha do thuismitheoirí, do chúramóirí agus do mhúinteoirí.
lesson-count = { $count ->
    [one] { $count } cheacht
    [two] { $count } cheacht
    [few] { $count } cheacht
    [many] { $count } gceacht
   *[other] { $count } ceacht
}
card-fallback = As { $shown }
card-draft = Aistriúchán ag fanacht le hathbhreithniú

## Lesson facts

meta-audience = Do
meta-age-band = Aois
meta-duration = Fad
on-this-page = Ar an leathanach seo
previous-lesson = Roimhe seo
next-lesson = Ar aghaidh
duration-minutes = { $minutes ->
    [one] { $minutes } nóiméad
    [two] { $minutes } nóiméad
    [few] { $minutes } nóiméad
    [many] { $minutes } nóiméad
   *[other] { $minutes } nóiméad
}

topic-grooming = Grúmáil
topic-self-produced-images = Íomhánna agus comhroinnt
topic-online-risks = Rioscaí ar líne

age-band-8-10 = 8 go 10
age-band-11-13 = 11 go 13
age-band-14-17 = 14 go 17
age-band-adults = Daoine fásta

audience-children = Páistí agus daoine óga
audience-parents = Tuismitheoirí agus cúramóirí
audience-teachers = Múinteoirí

## Notices

fallback-notice = Níl an leathanach seo ar fáil as { $requested } fós. Tá sé á thaispeáint as { $shown }.
draft-notice = Rinneadh an t-aistriúchán seo gan athbhreithniú ó chainteoir dúchais, agus tá sé ag fanacht le seiceáil.
stale-notice = Athraíodh bunleagan an leathanaigh seo ó aistríodh é; b’fhéidir nach bhfuil an t-aistriúchán cothrom le dáta.

## Getting help

help-box-title = Ar mhaith leat labhairt le duine éigin?
help-box-text = Ní ortsa atá an locht riamh. Is féidir leis na daoine seo cabhrú leat, faoi rún.
help-box-more = Gach áit le cabhair a fháil
contacts-title = Cá bhfaighidh tú cabhair: { $country }
contact-kind-emergency = Éigeandáil
contact-kind-helpline = Líne chabhrach do pháistí
contact-kind-hotline = Tuairiscigh íomhánna mídhleathacha
contact-kind-police = Tuairiscigh do na póilíní
contact-kind-other = Cabhair eile
contact-call = Glaoigh ar { $number }
contact-website = Suíomh gréasáin
contact-verified = Seiceáilte ar { $date }
directory-helpline-intro = Aimsigh líne chabhrach do pháistí i do thír féin
directory-hotline-intro = Aimsigh líne tuairiscithe i do thír féin

## Search

search-label = Cuardaigh na ceachtanna
search-button = Cuardaigh
search-browse = Brabhsáil na ceachtanna go léir
search-results = { $count ->
    [0] Níl aon cheacht ag teacht le do chuardach.
    [one] Tá { $count } cheacht ag teacht le do chuardach.
    [two] Tá { $count } cheacht ag teacht le do chuardach.
    [few] Tá { $count } cheacht ag teacht le do chuardach.
    [many] Tá { $count } gceacht ag teacht le do chuardach.
   *[other] Tá { $count } ceacht ag teacht le do chuardach.
}
search-shown-in = Á thaispeáint as { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – cóip as líne: { $country }
bundle-readme-body =
    Is cóip iomlán den suíomh an fillteán seo. Oibríonn sé gan cheangal idirlín.
    Chun é a úsáid, dízipeáil an fillteán, ansin oscail an comhad index.html i mbrabhsálaí gréasáin.
    Is féidir leat an fillteán a chóipeáil chuig cuimhneán USB, chuig tiomántán comhroinnte nó chuig inlíon na scoile.
    Oibríonn an cuardach, an t-athrú teanga agus an phriontáil sa chóip freisin.
    Liostaíonn an comhad MANIFEST-SHA256.txt gach comhad lena shuim sheiceála SHA-256, ionas gur féidir leat a sheiceáil nár athraíodh aon rud.
    Tá uimhreacha teileafóin agus suíomhanna gréasáin de chuid línte cabhrach sna ceachtanna. Seiceáil iad roimh cheacht, le do thoil, mar is féidir leo athrú.

## Not found

not-found-title = Níor aimsíodh an leathanach
not-found-text = Níl an leathanach seo ann. Roghnaigh do thír chun na ceachtanna a aimsiú.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Gaeilge

language-bg = Bulgáiris
language-cnr = Montainéagrais
language-cs = Seicis
language-da = Danmhairgis
language-de = Gearmáinis
language-el = Gréigis
language-en = Béarla
language-es = Spáinnis
language-et = Eastóinis
language-fi = Fionlainnis
language-fil = Filipínis
language-fr = Fraincis
language-ga = Gaeilge
language-hr = Cróitis
language-hu = Ungáiris
language-it = Iodáilis
language-ja = Seapáinis
language-ka = Seoirsis
language-km = Ciméiris
language-ko = Cóiréis
language-lb = Lucsambuirgis
language-lt = Liotuáinis
language-lv = Laitvis
language-mi = Maorais
language-mt = Máltais
language-nb = Ioruais (Bokmål)
language-nl = Ollainnis
language-nn = Ioruais (Nynorsk)
language-pl = Polainnis
language-pt = Portaingéilis
language-ro = Rómáinis
language-sk = Slóvaicis
language-sl = Slóivéinis
language-sq = Albáinis
language-sr = Seirbis (Coireallach)
language-sr-Latn = Seirbis (Laidineach)
language-sv = Sualainnis
language-th = Téalainnis
language-tr = Tuircis
language-uk = Úcráinis
language-vi = Vítneaimis

## Country names, as written in this locale

country-al = An Albáin
country-at = An Ostair
country-au = An Astráil
country-be = An Bheilg
country-bg = An Bhulgáir
country-ca = Ceanada
country-ch = An Eilvéis
country-cy = An Chipir
country-cz = An tSeicia
country-de = An Ghearmáin
country-dk = An Danmhairg
country-ee = An Eastóin
country-es = An Spáinn
country-fi = An Fhionlainn
country-fr = An Fhrainc
country-gb = An Ríocht Aontaithe
country-ge = An tSeoirsia
country-gh = Gána
country-gr = An Ghréig
country-hr = An Chróit
country-hu = An Ungáir
country-ie = Éire
country-it = An Iodáil
country-jp = An tSeapáin
country-kh = An Chambóid
country-kr = An Chóiré Theas
country-lt = An Liotuáin
country-lu = Lucsamburg
country-lv = An Laitvia
country-md = An Mholdóiv
country-me = Montainéagró
country-mt = Málta
country-ng = An Nigéir
country-nl = An Ísiltír
country-no = An Iorua
country-nz = An Nua-Shéalainn
country-ph = Na hOileáin Fhilipíneacha
country-pl = An Pholainn
country-pt = An Phortaingéil
country-ro = An Rómáin
country-rs = An tSeirbia
country-se = An tSualainn
country-si = An tSlóivéin
country-sk = An tSlóvaic
country-th = An Téalainn
country-tr = An Tuirc
country-ua = An Úcráin
country-us = Stáit Aontaithe Mheiriceá
country-vn = Vítneam
