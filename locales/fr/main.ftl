# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Ensemble, en sécurité en ligne

## Quick exit, skip link and navigation

quick-exit = Quitter ce site
quick-exit-hint = ou appuie trois fois sur Maj
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-home = Accueil
nav-lessons = Leçons
nav-get-help = Trouver de l’aide
nav-languages = Autres langues
nav-countries = Autres pays
footer-nav-label = Plus
language-switcher = Langue
breadcrumbs-label = Tu es ici
pager-label = Autres leçons sur ce thème
published-by = Publié par { $organisation }.
footer-privacy = Ce site n’utilise aucun cookie, n’enregistre rien sur ton appareil et ne te suit pas. Il fonctionne sans connexion internet.

## Choosers

choose-country-title = Choisis ton pays
choose-country-intro = Le site de chaque pays a ses propres leçons, ses langues et ses adresses où trouver de l’aide.
choose-language-intro = Choisis ta langue.

## Home and lesson lists

home-title = Rester en sécurité en ligne
home-intro = Des leçons pour les enfants, les jeunes, les parents et les enseignants sur le pédopiégeage (grooming), les images et les autres risques en ligne, et sur les endroits où trouver de l’aide.
home-topics = Thèmes
lessons-title = Toutes les leçons
lessons-intro = Des leçons pour trois tranches d’âge, avec des guides pour les parents, les proches et les enseignants.
lesson-count = { $count ->
    [one] { $count } leçon
    [many] { $count } de leçons
   *[other] { $count } leçons
}
card-fallback = En { $shown }
card-draft = Traduction en attente de relecture

## Lesson facts

meta-audience = Pour
meta-age-band = Âge
meta-duration = Durée
on-this-page = Sur cette page
previous-lesson = Précédente
next-lesson = Suivante
duration-minutes = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}

topic-grooming = Pédopiégeage (grooming)
topic-self-produced-images = Images et partage
topic-online-risks = Risques en ligne

age-band-8-10 = 8 à 10 ans
age-band-11-13 = 11 à 13 ans
age-band-14-17 = 14 à 17 ans
age-band-adults = Adultes

audience-children = Enfants et jeunes
audience-parents = Parents et proches
audience-teachers = Enseignants

## Notices

fallback-notice = Cette page n’est pas encore disponible en { $requested }. Elle est affichée en { $shown }.
draft-notice = Cette traduction a été faite sans relecture par une personne de langue maternelle et attend d’être vérifiée.
stale-notice = L’original de cette page a changé depuis sa traduction ; la traduction n’est peut-être plus à jour.

## Getting help

help-box-title = Besoin de parler à quelqu’un ?
help-box-text = Ce n’est jamais de ta faute. Ces personnes peuvent t’aider, en toute confidentialité.
help-box-more = Toutes les adresses où trouver de l’aide
contacts-title = Trouver de l’aide : { $country }
contact-kind-emergency = Urgences
contact-kind-helpline = Ligne d’écoute pour les jeunes
contact-kind-hotline = Signaler des images illégales
contact-kind-police = Signaler à la police
contact-kind-other = Autres aides
contact-call = Appeler le { $number }
contact-website = Site web
contact-verified = Vérifié le { $date }
directory-helpline-intro = Trouve une ligne d’écoute pour les jeunes dans ton pays
directory-hotline-intro = Trouve un service de signalement dans ton pays

## Search

search-label = Rechercher dans les leçons
search-button = Rechercher
search-browse = Voir toutes les leçons
search-results = { $count ->
    [0] Aucune leçon ne correspond à ta recherche.
    [one] { $count } leçon correspond à ta recherche.
    [many] { $count } de leçons correspondent à ta recherche.
   *[other] { $count } leçons correspondent à ta recherche.
}
search-shown-in = Affiché en { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – copie hors ligne : { $country }
bundle-readme-body =
    Ce dossier est une copie complète du site. Il fonctionne sans connexion internet.
    Pour l’utiliser, décompresse le dossier, puis ouvre le fichier index.html dans un navigateur web.
    Tu peux copier le dossier sur une clé USB, sur un lecteur partagé ou sur l’intranet de l’école.
    La recherche, le changement de langue et l’impression fonctionnent aussi dans la copie.
    Le fichier MANIFEST-SHA256.txt liste chaque fichier avec sa somme de contrôle SHA-256, pour que tu puisses vérifier que rien n’a été modifié.
    Les leçons contiennent des numéros de téléphone et des sites web de lignes d’écoute. Pense à les vérifier avant une leçon, car ils peuvent changer.

## Not found

not-found-title = Page introuvable
not-found-text = Cette page n’existe pas. Choisis ton pays pour trouver les leçons.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Français

language-bg = bulgare
language-cnr = monténégrin
language-cs = tchèque
language-da = danois
language-de = allemand
language-el = grec
language-en = anglais
language-es = espagnol
language-et = estonien
language-fi = finnois
language-fil = filipino
language-fr = français
language-ga = irlandais
language-hr = croate
language-hu = hongrois
language-it = italien
language-ja = japonais
language-ka = géorgien
language-km = khmer
language-ko = coréen
language-lb = luxembourgeois
language-lt = lituanien
language-lv = letton
language-mi = maori
language-mt = maltais
language-nb = norvégien bokmål
language-nl = néerlandais
language-nn = norvégien nynorsk
language-pl = polonais
language-pt = portugais
language-ro = roumain
language-sk = slovaque
language-sl = slovène
language-sq = albanais
language-sr = serbe (cyrillique)
language-sr-Latn = serbe (latin)
language-sv = suédois
language-th = thaï
language-tr = turc
language-uk = ukrainien
language-vi = vietnamien

## Country names, as written in this locale

country-al = Albanie
country-at = Autriche
country-au = Australie
country-be = Belgique
country-bg = Bulgarie
country-ca = Canada
country-ch = Suisse
country-cy = Chypre
country-cz = Tchéquie
country-de = Allemagne
country-dk = Danemark
country-ee = Estonie
country-es = Espagne
country-fi = Finlande
country-fr = France
country-gb = Royaume-Uni
country-ge = Géorgie
country-gh = Ghana
country-gr = Grèce
country-hr = Croatie
country-hu = Hongrie
country-ie = Irlande
country-it = Italie
country-jp = Japon
country-kh = Cambodge
country-kr = Corée du Sud
country-lt = Lituanie
country-lu = Luxembourg
country-lv = Lettonie
country-md = Moldavie
country-me = Monténégro
country-mt = Malte
country-ng = Nigeria
country-nl = Pays-Bas
country-no = Norvège
country-nz = Nouvelle-Zélande
country-ph = Philippines
country-pl = Pologne
country-pt = Portugal
country-ro = Roumanie
country-rs = Serbie
country-se = Suède
country-si = Slovénie
country-sk = Slovaquie
country-th = Thaïlande
country-tr = Turquie
country-ua = Ukraine
country-us = États-Unis
country-vn = Viêt Nam
