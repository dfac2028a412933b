# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Μαζί ασφαλείς στο διαδίκτυο

## Quick exit, skip link and navigation

quick-exit = Φύγε από τον ιστότοπο
quick-exit-hint = ή πάτησε τρεις φορές το Shift
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
nav-label = Κύριο μενού
nav-home = Αρχική
nav-lessons = Μαθήματα
nav-get-help = Βρες βοήθεια
nav-languages = Άλλες γλώσσες
nav-countries = Άλλες χώρες
footer-nav-label = Περισσότερα
language-switcher = Γλώσσα
breadcrumbs-label = Βρίσκεσαι εδώ
pager-label = Περισσότερα μαθήματα για αυτό το θέμα
published-by = Δημοσίευση: { $organisation }.
footer-privacy = Αυτός ο ιστότοπος δεν χρησιμοποιεί cookies, δεν αποθηκεύει τίποτα στη συσκευή σου και δεν σε παρακολουθεί. Λειτουργεί και χωρίς σύνδεση στο διαδίκτυο.

## Choosers

choose-country-title = Διάλεξε τη χώρα σου
choose-country-intro = Ο ιστότοπος κάθε χώρας έχει τα δικά του μαθήματα, τις δικές του γλώσσες και τα δικά του μέρη όπου μπορείς να βρεις βοήθεια.
choose-language-intro = Διάλεξε τη γλώσσα σου.

## Home and lesson lists

home-title = Ασφαλείς στο διαδίκτυο
home-intro = Μαθήματα για παιδιά, νέους, γονείς και εκπαιδευτικούς για τη διαδικτυακή αποπλάνηση (grooming), τις εικόνες και άλλους κινδύνους στο διαδίκτυο, και για το πού μπορείς να βρεις βοήθεια.
home-topics = Θέματα
lessons-title = Όλα τα μαθήματα
lessons-intro = Μαθήματα για τρεις ηλικιακές ομάδες, με οδηγούς για γονείς, κηδεμόνες και εκπαιδευτικούς.
lesson-count = { $count ->
    [one] { $count } μάθημα
   *[other] { $count } μαθήματα
}
card-fallback = Στα { $shown }
card-draft = Η μετάφραση περιμένει έλεγχο

## Lesson facts

meta-audience = Για
meta-age-band = Ηλικία
meta-duration = Διάρκεια
on-this-page = Σε αυτή τη σελίδα
previous-lesson = Προηγούμενο
next-lesson = Επόμενο
duration-minutes = { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}

topic-grooming = Διαδικτυακή αποπλάνηση (grooming)
topic-self-produced-images = Εικόνες και κοινοποίηση
topic-online-risks = Κίνδυνοι στο διαδίκτυο

age-band-8-10 = 8 έως 10 ετών
age-band-11-13 = 11 έως 13 ετών
age-band-14-17 = 14 έως 17 ετών
age-band-adults = Ενήλικες

audience-children = Παιδιά και νέοι
audience-parents = Γονείς και κηδεμόνες
audience-teachers = Εκπαιδευτικοί

## Notices

fallback-notice = Αυτή η σελίδα δεν είναι ακόμη διαθέσιμη στα { $requested }. Εμφανίζεται στα { $shown }.
draft-notice = Αυτή η μετάφραση έγινε χωρίς έλεγχο από φυσικό ομιλητή της γλώσσας και περιμένει να ελεγχθεί.
stale-notice = Το πρωτότυπο αυτής της σελίδας έχει αλλάξει από τότε που μεταφράστηκε· η μετάφραση μπορεί να μην είναι ενημερωμένη.

## Getting help

help-box-title = Θέλεις να μιλήσεις σε κάποιον;
help-box-text = Δεν φταις ποτέ εσύ. Αυτοί οι άνθρωποι μπορούν να σε βοηθήσουν εμπιστευτικά.
help-box-more = Όλα τα μέρη όπου μπορείς να βρεις βοήθεια
contacts-title = Πού θα βρεις βοήθεια: { $country }
contact-kind-emergency = Έκτακτη ανάγκη
contact-kind-helpline = Γραμμή βοήθειας για παιδιά
contact-kind-hotline = Κατάγγειλε παράνομες εικόνες
contact-kind-police = Κατάγγειλε στην αστυνομία
contact-kind-other = Άλλη βοήθεια
contact-call = Κάλεσε το { $number }
contact-website = Ιστότοπος
contact-verified = Ελέγχθηκε στις { $date }
directory-helpline-intro = Βρες μια γραμμή βοήθειας για παιδιά στη χώρα σου
directory-hotline-intro = Βρες μια γραμμή καταγγελιών στη χώρα σου

## Search

search-label = Αναζήτηση στα μαθήματα
search-button = Αναζήτηση
search-browse = Δες όλα τα μαθήματα
search-results = { $count ->
    [0] Κανένα μάθημα δεν ταιριάζει με την αναζήτησή σου.
    [one] { $count } μάθημα ταιριάζει με την αναζήτησή σου.
   *[other] { $count } μαθήματα ταιριάζουν με την αναζήτησή σου.
}
search-shown-in = Εμφανίζεται στα { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – αντίγραφο εκτός σύνδεσης: { $country }
bundle-readme-body =
    Αυτός ο φάκελος είναι ένα πλήρες αντίγραφο του ιστότοπου. Λειτουργεί χωρίς σύνδεση στο διαδίκτυο.
    Για να το χρησιμοποιήσεις, αποσυμπίεσε τον φάκελο και μετά άνοιξε το αρχείο index.html σε ένα πρόγραμμα περιήγησης.
    Μπορείς να αντιγράψεις τον φάκελο σε ένα στικάκι USB, σε έναν κοινόχρηστο δίσκο ή στο intranet του σχολείου.
    Η αναζήτηση, η αλλαγή γλώσσας και η εκτύπωση λειτουργούν και στο αντίγραφο.
    Το αρχείο MANIFEST-SHA256.txt παραθέτει κάθε αρχείο μαζί με το άθροισμα ελέγχου SHA-256 του, ώστε να μπορείς να ελέγξεις ότι δεν έχει αλλάξει τίποτα.
    Τα μαθήματα περιέχουν αριθμούς τηλεφώνου και ιστότοπους γραμμών βοήθειας. Έλεγξέ τους πριν από ένα μάθημα, γιατί μπορεί να αλλάξουν.

## Not found

not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Αυτή η σελίδα δεν υπάρχει. Διάλεξε τη χώρα σου για να βρεις τα μαθήματα.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Ελληνικά

language-bg = βουλγαρικά
language-cnr = μαυροβουνιακά
language-cs = τσεχικά
language-da = δανικά
language-de = γερμανικά
language-el = ελληνικά
language-en = αγγλικά
language-es = ισπανικά
language-et = εσθονικά
language-fi = φινλανδικά
language-fil = φιλιππινικά
language-fr = γαλλικά
language-ga = ιρλανδικά
language-hr = κροατικά
language-hu = ουγγρικά
language-it = ιταλικά
language-ja = ιαπωνικά
language-ka = γεωργιανά
language-km = χμερ
language-ko = κορεατικά
language-lb = λουξεμβουργιανά
language-lt = λιθουανικά
language-lv = λετονικά
language-mi = μαορί
language-mt = μαλτεζικά
language-nb = νορβηγικά (μποκμάλ)
language-nl = ολλανδικά
language-nn = νορβηγικά (νινόρσκ)
language-pl = πολωνικά
language-pt = πορτογαλικά
language-ro = ρουμανικά
language-sk = σλοβακικά
language-sl = σλοβενικά
language-sq = αλβανικά
language-sr = σερβικά (κυριλλικά)
language-sr-Latn = σερβικά (λατινικά)
language-sv = σουηδικά
language-th = ταϊλανδικά
language-tr = τουρκικά
language-uk = ουκρανικά
language-vi = βιετναμικά

## Country names, as written in this locale

country-al = Αλβανία
country-at = Αυστρία
country-au = Αυστραλία
country-be = Βέλγιο
country-bg = Βουλγαρία
country-ca = Καναδάς
country-ch = Ελβετία
country-cy = Κύπρος
country-cz = Τσεχία
country-de = Γερμανία
country-dk = Δανία
country-ee = Εσθονία
country-es = Ισπανία
country-fi = Φινλανδία
country-fr = Γαλλία
country-gb = Ηνωμένο Βασίλειο
country-ge = Γεωργία
country-gh = Γκάνα
country-gr = Ελλάδα
country-hr = Κροατία
country-hu = Ουγγαρία
country-ie = Ιρλανδία
country-it = Ιταλία
country-jp = Ιαπωνία
country-kh = Καμπότζη
country-kr = Νότια Κορέα
country-lt = Λιθουανία
country-lu = Λουξεμβούργο
country-lv = Λετονία
country-md = Μολδαβία
country-me = Μαυροβούνιο
country-mt = Μάλτα
country-ng = Νιγηρία
country-nl = Κάτω Χώρες
country-no = Νορβηγία
country-nz = Νέα Ζηλανδία
country-ph = Φιλιππίνες
country-pl = Πολωνία
country-pt = Πορτογαλία
country-ro = Ρουμανία
country-rs = Σερβία
country-se = Σουηδία
country-si = Σλοβενία
country-sk = Σλοβακία
country-th = Ταϊλάνδη
country-tr = Τουρκία
country-ua = Ουκρανία
country-us = Ηνωμένες Πολιτείες
country-vn = Βιετνάμ
