### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Safe Online Together

## Quick exit, skip link and navigation

quick-exit = Leave this site
quick-exit-hint = or press Shift three times
skip-to-content = Skip to main content
nav-label = Main
nav-home = Home
nav-lessons = Lessons
nav-get-help = Get help
nav-languages = Other languages
nav-countries = Other countries
footer-nav-label = More
language-switcher = Language
breadcrumbs-label = You are here
pager-label = More lessons on this topic
published-by = Published by { $organisation }.
footer-privacy = This site sets no cookies, stores nothing on your device and does not track you. It works without an internet connection.

## Choosers

choose-country-title = Choose your country
choose-country-intro = Each country's site has its own lessons, languages and places to get help.
choose-language-intro = Choose your language.

## Home and lesson lists

home-title = Staying safe online
home-intro = Lessons for children, young people, parents and teachers about grooming, images and other risks online, and where to get help.
home-topics = Topics
lessons-title = All lessons
lessons-intro = Lessons for three age groups, with guides for parents, carers and teachers.
lesson-count = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
card-fallback = In { $shown }
card-draft = Translation awaiting review

## Lesson facts

meta-audience = For
meta-age-band = Ages
meta-duration = Time
on-this-page = On this page
previous-lesson = Previous
next-lesson = Next
duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}

topic-grooming = Grooming
topic-self-produced-images = Images and sharing
topic-online-risks = Online risks

age-band-8-10 = 8 to 10
age-band-11-13 = 11 to 13
age-band-14-17 = 14 to 17
age-band-adults = Adults

audience-children = Children and young people
audience-parents = Parents and carers
audience-teachers = Teachers

## Notices

fallback-notice = This page is not yet available in { $requested }. It is shown in { $shown }.
draft-notice = This translation was made without a native-speaking reviewer and is waiting to be checked.
stale-notice = The original of this page has changed since it was translated; the translation may be out of date.

## Getting help

help-box-title = Need to talk to someone?
help-box-text = It is never your fault. These people can help, in confidence.
help-box-more = All the places to get help
contacts-title = Help in { $country }
contact-kind-emergency = Emergency
contact-kind-helpline = Child helpline
contact-kind-hotline = Report illegal images
contact-kind-police = Report to the police
contact-kind-other = Other help
contact-call = Call { $number }
contact-website = Website
contact-verified = Checked on { $date }
directory-helpline-intro = Find a child helpline in your country
directory-hotline-intro = Find a reporting hotline in your country

## Search

search-label = Search the lessons
search-button = Search
search-browse = Browse all lessons
search-results = { $count ->
    [0] No lessons match your search.
    [one] { $count } lesson matches your search.
   *[other] { $count } lessons match your search.
}
search-shown-in = Shown in { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: offline copy for { $country }
bundle-readme-body =
    This folder is a complete copy of the site. It works without an internet connection.
    To use it, unzip the folder, then open the file index.html in a web browser.
    You can copy the folder to a USB stick, to a shared drive or to a school intranet.
    Search, the language switch and printing work in the copy too.
    The file MANIFEST-SHA256.txt lists every file with its SHA-256 checksum, so that you can check that nothing was changed.
    The lessons contain phone numbers and websites of helplines. Please check them before a lesson, as they can change.

## Not found

not-found-title = Page not found
not-found-text = This page does not exist. Choose your country to find the lessons.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = English

language-bg = Bulgarian
language-cnr = Montenegrin
language-cs = Czech
language-da = Danish
language-de = German
language-el = Greek
language-en = English
language-es = Spanish
language-et = Estonian
language-fi = Finnish
language-fil = Filipino
language-fr = French
language-ga = Irish
language-hr = Croatian
language-hu = Hungarian
language-it = Italian
language-ja = Japanese
language-ka = Georgian
language-km = Khmer
language-ko = Korean
language-lb = Luxembourgish
language-lt = Lithuanian
language-lv = Latvian
language-mi = Māori
language-mt = Maltese
language-nb = Norwegian Bokmål
language-nl = Dutch
language-nn = Norwegian Nynorsk
language-pl = Polish
language-pt = Portuguese
language-ro = Romanian
language-sk = Slovak
language-sl = Slovenian
language-sq = Albanian
language-sr = Serbian (Cyrillic)
language-sr-Latn = Serbian (Latin)
language-sv = Swedish
language-th = Thai
language-tr = Turkish
language-uk = Ukrainian
language-vi = Vietnamese

## Country names, as written in this locale

country-al = Albania
country-at = Austria
country-au = Australia
country-be = Belgium
country-bg = Bulgaria
country-ca = Canada
country-ch = Switzerland
country-cy = Cyprus
country-cz = Czechia
country-de = Germany
country-dk = Denmark
country-ee = Estonia
country-es = Spain
country-fi = Finland
country-fr = France
country-gb = United Kingdom
country-ge = Georgia
country-gh = Ghana
country-gr = Greece
country-hr = Croatia
country-hu = Hungary
country-ie = Ireland
country-it = Italy
country-jp = Japan
country-kh = Cambodia
country-kr = South Korea
country-lt = Lithuania
country-lu = Luxembourg
country-lv = Latvia
country-md = Moldova
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Netherlands
country-no = Norway
country-nz = New Zealand
country-ph = Philippines
country-pl = Poland
country-pt = Portugal
country-ro = Romania
country-rs = Serbia
country-se = Sweden
country-si = Slovenia
country-sk = Slovakia
country-th = Thailand
country-tr = Türkiye
country-ua = Ukraine
country-us = United States
country-vn = Vietnam
