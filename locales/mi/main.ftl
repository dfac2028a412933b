# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Kia Haumaru Tahi i te Ipurangi

## Quick exit, skip link and navigation

quick-exit = Wehe atu i tēnei pae
quick-exit-hint = pēhia rānei te Shift kia toru ngā wā
skip-to-content = Peke ki te ihirangi matua
nav-label = Tahua matua
nav-home = Kāinga
nav-lessons = Akoranga
nav-get-help = Rapua he āwhina
nav-languages = Ētahi atu reo
nav-countries = Ētahi atu whenua
footer-nav-label = Ētahi atu
language-switcher = Reo
breadcrumbs-label = Kei konei koe
pager-label = Ētahi atu akoranga mō tēnei kaupapa
published-by = Nā { $organisation } i whakaputa.
footer-privacy = Kāore tēnei pae e whakamahi pihikete, kāore e penapena i tētahi mea ki tō pūrere, kāore hoki e aroturuki i a koe. Ka mahi tonu ahakoa kāore he hononga ki te ipurangi.

## Choosers

choose-country-title = Kōwhiria tō whenua
choose-country-intro = Kei te pae o ia whenua ōna ake akoranga, ōna ake reo, me ōna wāhi e whiwhi āwhina ai koe.
choose-language-intro = Kōwhiria tō reo.

## Home and lesson lists

home-title = Kia haumaru i te ipurangi
home-intro = He akoranga mā ngā tamariki, ngā rangatahi, ngā mātua me ngā kaiako mō te whakawai (grooming), mō ngā whakaahua me ētahi atu mōrearea ā-ipurangi, me ngā wāhi e whiwhi āwhina ai.
home-topics = Ngā kaupapa
lessons-title = Ngā akoranga katoa
lessons-intro = He akoranga mā ngā rōpū reanga e toru, me ngā aratohu mā ngā mātua, ngā kaitiaki me ngā kaiako.
lesson-count = { $count ->
    [one] { $count } akoranga
   *[other] { $count } akoranga
}
card-fallback = I { $shown }
card-draft = Kei te tatari te whakamāoritanga kia arotakehia

## Lesson facts

meta-audience = Mā wai
meta-age-band = Ngā tau
meta-duration = Te roa
on-this-page = I tēnei whārangi
previous-lesson = Tōmua
next-lesson = Whai ake
duration-minutes = { $minutes ->
    [one] { $minutes } meneti
   *[other] { $minutes } meneti
}

topic-grooming = Te whakawai (grooming)
topic-self-produced-images = Ngā whakaahua me te tiri
topic-online-risks = Ngā mōrearea ā-ipurangi

age-band-8-10 = 8 ki te 10
age-band-11-13 = 11 ki te 13
age-band-14-17 = 14 ki te 17
age-band-adults = Pakeke

audience-children = Ngā tamariki me ngā rangatahi
audience-parents = Ngā mātua me ngā kaitiaki
audience-teachers = Ngā kaiako

## Notices

fallback-notice = Kāore anō tēnei whārangi kia wātea i { $requested }. E whakaaturia ana i { $shown }.
draft-notice = Kāore anō tēnei whakamāoritanga kia arotakehia e tētahi tangata matatau ki te reo, ā, kei te tatari kia tirohia.
stale-notice = Kua rerekē te tuhinga taketake o tēnei whārangi mai i te wā i whakamāoritia ai; tērā pea kua tawhito te whakamāoritanga.

## Getting help

help-box-title = Kei te hiahia kōrero ki tētahi?
help-box-text = Ehara rawa i a koe te hē. Ka taea e ēnei tāngata te āwhina i a koe, mā te matatapu.
help-box-more = Ngā wāhi katoa e whiwhi āwhina ai
contacts-title = Āwhina i { $country }
contact-kind-emergency = Ohotata
contact-kind-helpline = Waea āwhina mā ngā tamariki
contact-kind-hotline = Pūrongohia ngā whakaahua kore ture
contact-kind-police = Pūrongo ki ngā pirihimana
contact-kind-other = Ētahi atu āwhina
contact-call = Waea atu ki { $number }
contact-website = Paetukutuku
contact-verified = I tirohia: { $date }
directory-helpline-intro = Rapua he waea āwhina mā ngā tamariki i tō whenua
directory-hotline-intro = Rapua he wāhi pūrongo i tō whenua

## Search

search-label = Rapua ngā akoranga
search-button = Rapua
search-browse = Tirohia ngā akoranga katoa
search-results = { $count ->
    [0] Kāore he akoranga e hāngai ana ki tō rapunga.
    [one] { $count } akoranga e hāngai ana ki tō rapunga.
   *[other] { $count } akoranga e hāngai ana ki tō rapunga.
}
search-shown-in = E whakaaturia ana i { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: he tārua tuimotu mō { $country }
bundle-readme-body =
    He tārua katoa o te pae tēnei kōpaki. Ka mahi tonu ahakoa kāore he hononga ki te ipurangi.
    Hei whakamahi, wetekina te kōpaki i te kōnae zip, kātahi ka whakatuwhera i te kōnae index.html ki tētahi pūtirotiro tukutuku.
    Ka taea e koe te tārua i te kōpaki ki tētahi rākau USB, ki tētahi puku tiritahi, ki te ipurangi-ā-roto rānei o te kura.
    Ka mahi anō te rapu, te whakawhiti reo me te tā i roto i te tārua.
    Kei te kōnae MANIFEST-SHA256.txt te rārangi o ia kōnae me tōna tau taki SHA-256, kia taea ai e koe te tirotiro kāore tētahi mea i whakarerekētia.
    Kei roto i ngā akoranga ngā nama waea me ngā paetukutuku o ngā waea āwhina. Tēnā koa, tirohia ēnei i mua i te akoranga, nā te mea ka rerekē pea.

## Not found

not-found-title = Kāore i kitea te whārangi
not-found-text = Kāore tēnei whārangi i te tīariari. Kōwhiria tō whenua kia kitea ai ngā akoranga.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Te reo Māori

language-bg = te reo Purukāriana
language-cnr = te reo Maungakororiko
language-cs = te reo Tieke
language-da = te reo Teina
language-de = te reo Tiamana
language-el = te reo Kariki
language-en = te reo Ingarihi
language-es = te reo Pāniora
language-et = te reo Etōniana
language-fi = te reo Whinirānia
language-fil = te reo Piripīno
language-fr = te reo Wīwī
language-ga = te reo Airihi
language-hr = te reo Koroātiana
language-hu = te reo Hanekari
language-it = te reo Itāriana
language-ja = te reo Hapanihi
language-ka = te reo Hōriana
language-km = te reo Kimēra
language-ko = te reo Kōreana
language-lb = te reo Rakapuō
language-lt = te reo Rituānia
language-lv = te reo Rāwhia
language-mi = te reo Māori
language-mt = te reo Mārata
language-nb = te reo Pakamō Nōwei
language-nl = te reo Tati
language-nn = te reo Nīnōka Nōwei
language-pl = te reo Pōrihi
language-pt = te reo Pōtukīhi
language-ro = te reo Romeinia
language-sk = te reo Horowākia
language-sl = te reo Horowinia
language-sq = te reo Arapeiniana
language-sr = te reo Hirupia (Hīririki)
language-sr-Latn = te reo Hirupia (Rātini)
language-sv = te reo Huitene
language-th = te reo Tai
language-tr = te reo Tākei
language-uk = te reo Ukareinga
language-vi = te reo Whitināmu

## Country names, as written in this locale

country-al = Arapeinia
country-at = Ataria
country-au = Ahitereiria
country-be = Peretiama
country-bg = Purukāria
country-ca = Kānata
country-ch = Huiterangi
country-cy = Haipara
country-cz = Tiekia
country-de = Tiamana
country-dk = Tenemāka
country-ee = Etōnia
country-es = Peina
country-fi = Whinarana
country-fr = Wīwī
country-gb = Te Hononga o Piritene
country-ge = Hōria
country-gh = Kāna
country-gr = Kirihi
country-hr = Koroātia
country-hu = Hanekari
country-ie = Airani
country-it = Itāria
country-jp = Hapani
country-kh = Kamapōtia
country-kr = Kōrea ki te Tonga
country-lt = Rituānia
country-lu = Rakapuō
country-lv = Rāwhia
country-md = Morotawa
country-me = Maungakororiko
country-mt = Mārata
country-ng = Ngāitiria
country-nl = Hōrana
country-no = Nōwei
country-nz = Aotearoa
country-ph = Piripīni
country-pl = Pōrana
country-pt = Potukara
country-ro = Romeinia
country-rs = Hirupia
country-se = Huitene
country-si = Horowinia
country-sk = Horowākia
country-th = Tairanga
country-tr = Tākei
country-ua = Ukareinga
country-us = Te Hononga o Amerika
country-vn = Whitināmu
