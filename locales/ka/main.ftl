# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Georgian (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = ერთად უსაფრთხოდ ინტერნეტში

## Quick exit, skip link and navigation

quick-exit = საიტის დატოვება
quick-exit-hint = ან სამჯერ დააჭირე Shift ღილაკს
skip-to-content = მთავარ შინაარსზე გადასვლა
nav-label = მთავარი მენიუ
nav-home = მთავარი
nav-lessons = გაკვეთილები
nav-get-help = დახმარების მიღება
nav-languages = სხვა ენები
nav-countries = სხვა ქვეყნები
footer-nav-label = მეტი
language-switcher = ენა
breadcrumbs-label = შენ აქ ხარ
pager-label = სხვა გაკვეთილები ამ თემაზე
published-by = გამომცემელი: { $organisation }.
footer-privacy = ეს საიტი არ იყენებს ქუქი-ფაილებს, არაფერს ინახავს შენს მოწყობილობაზე და არ გითვალთვალებს. ის ინტერნეტის გარეშეც მუშაობს.

## Choosers

choose-country-title = აირჩიე შენი ქვეყანა
choose-country-intro = თითოეული ქვეყნის საიტს აქვს საკუთარი გაკვეთილები, ენები და ადგილები, სადაც დახმარებას მიიღებ.
choose-language-intro = აირჩიე შენი ენა.

## Home and lesson lists

home-title = უსაფრთხოდ ინტერნეტში
home-intro = გაკვეთილები ბავშვებისთვის, ახალგაზრდებისთვის, მშობლებისა და მასწავლებლებისთვის გრუმინგის, სურათებისა და ინტერნეტის სხვა საფრთხეების შესახებ, ასევე იმაზე, თუ სად შეიძლება დახმარების მიღება.
home-topics = თემები
lessons-title = ყველა გაკვეთილი
lessons-intro = გაკვეთილები სამი ასაკობრივი ჯგუფისთვის და სახელმძღვანელოები მშობლების, მეურვეებისა და მასწავლებლებისთვის.
lesson-count = { $count ->
    [one] { $count } გაკვეთილი
   *[other] { $count } გაკვეთილი
}
card-fallback = ენა: { $shown }
card-draft = თარგმანი გადამოწმებას ელოდება

## Lesson facts

meta-audience = ვისთვის
meta-age-band = ასაკი
meta-duration = ხანგრძლივობა
on-this-page = ამ გვერდზე
previous-lesson = წინა
next-lesson = შემდეგი
duration-minutes = { $minutes ->
    [one] { $minutes } წუთი
   *[other] { $minutes } წუთი
}

topic-grooming = გრუმინგი
topic-self-produced-images = სურათები და გაზიარება
topic-online-risks = საფრთხეები ინტერნეტში

age-band-8-10 = 8–10 წელი
age-band-11-13 = 11–13 წელი
age-band-14-17 = 14–17 წელი
age-band-adults = ზრდასრულები

audience-children = ბავშვები და ახალგაზრდები
audience-parents = მშობლები და მეურვეები
audience-teachers = მასწავლებლები

## Notices

fallback-notice = ეს გვერდი ჯერ არ არის ხელმისაწვდომი ამ ენაზე: { $requested }. ის ნაჩვენებია ამ ენაზე: { $shown }.
draft-notice = ეს თარგმანი მომზადდა ენის მშობლიური მცოდნე რედაქტორის გარეშე და გადამოწმებას ელოდება.
stale-notice = თარგმნის შემდეგ ამ გვერდის ორიგინალი შეიცვალა; თარგმანი შეიძლება მოძველებული იყოს.

## Getting help

help-box-title = გინდა ვინმეს დაელაპარაკო?
help-box-text = ეს არასოდეს არის შენი ბრალი. ეს ადამიანები კონფიდენციალურად დაგეხმარებიან.
help-box-more = ყველა ადგილი, სადაც დახმარებას მიიღებ
contacts-title = დახმარება: { $country }
contact-kind-emergency = გადაუდებელი დახმარება
contact-kind-helpline = ბავშვთა დახმარების ხაზი
contact-kind-hotline = უკანონო სურათების შესახებ შეტყობინება
contact-kind-police = შეატყობინე პოლიციას
contact-kind-other = სხვა დახმარება
contact-call = დარეკე: { $number }
contact-website = ვებსაიტი
contact-verified = გადამოწმებულია: { $date }
directory-helpline-intro = იპოვე ბავშვთა დახმარების ხაზი შენს ქვეყანაში
directory-hotline-intro = იპოვე შეტყობინების ცხელი ხაზი შენს ქვეყანაში

## Search

search-label = გაკვეთილებში ძიება
search-button = ძიება
search-browse = ყველა გაკვეთილის ნახვა
search-results = { $count ->
    [0] შენს ძიებას არცერთი გაკვეთილი არ შეესაბამება.
    [one] შენს ძიებას { $count } გაკვეთილი შეესაბამება.
   *[other] შენს ძიებას { $count } გაკვეთილი შეესაბამება.
}
search-shown-in = ნაჩვენებია ამ ენაზე: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – ოფლაინ ასლი: { $country }
bundle-readme-body =
    ეს საქაღალდე საიტის სრული ასლია. ის ინტერნეტის გარეშეც მუშაობს.
    გამოსაყენებლად ამოაარქივე საქაღალდე, შემდეგ კი ვებბრაუზერში გახსენი ფაილი index.html.
    საქაღალდის კოპირება შეგიძლია USB ფლეშ-მეხსიერებაზე, საერთო დისკზე ან სკოლის ინტრანეტში.
    ძიება, ენის გადართვა და ბეჭდვა ასლშიც მუშაობს.
    ფაილი MANIFEST-SHA256.txt ჩამოთვლის ყველა ფაილს მისი SHA-256 საკონტროლო ჯამით, რათა შეამოწმო, რომ არაფერი შეცვლილა.
    გაკვეთილებში მოცემულია დახმარების ხაზების ტელეფონის ნომრები და ვებსაიტები. გთხოვ, გაკვეთილამდე გადაამოწმე ისინი, რადგან შეიძლება შეიცვალოს.

## Not found

not-found-title = გვერდი ვერ მოიძებნა
not-found-text = ეს გვერდი არ არსებობს. აირჩიე შენი ქვეყანა, რომ გაკვეთილები იპოვო.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = ქართული

language-bg = ბულგარული
language-cnr = მონტენეგრული
language-cs = ჩეხური
language-da = დანიური
language-de = გერმანული
language-el = ბერძნული
language-en = ინგლისური
language-es = ესპანური
language-et = ესტონური
language-fi = ფინური
language-fil = ფილიპინური
language-fr = ფრანგული
language-ga = ირლანდიური
language-hr = ხორვატული
language-hu = უნგრული
language-it = იტალიური
language-ja = იაპონური
language-ka = ქართული
language-km = ქმერული
language-ko = კორეული
language-lb = ლუქსემბურგული
language-lt = ლიეტუვური
language-lv = ლატვიური
language-mi = მაორი
language-mt = მალტური
language-nb = ნორვეგიული (ბუკმოლი)
language-nl = ნიდერლანდური
language-nn = ნორვეგიული (ნიუნორსკი)
language-pl = პოლონური
language-pt = პორტუგალიური
language-ro = რუმინული
language-sk = სლოვაკური
language-sl = სლოვენური
language-sq = ალბანური
language-sr = სერბული (კირილიცა)
language-sr-Latn = სერბული (ლათინური)
language-sv = შვედური
language-th = ტაილანდური
language-tr = თურქული
language-uk = უკრაინული
language-vi = ვიეტნამური

## Country names, as written in this locale

country-al = ალბანეთი
country-at = ავსტრია
country-au = ავსტრალია
country-be = ბელგია
country-bg = ბულგარეთი
country-ca = კანადა
country-ch = შვეიცარია
country-cy = კვიპროსი
country-cz = ჩეხეთი
country-de = გერმანია
country-dk = დანია
country-ee = ესტონეთი
country-es = ესპანეთი
country-fi = ფინეთი
country-fr = საფრანგეთი
country-gb = გაერთიანებული სამეფო
country-ge = საქართველო
country-gh = განა
country-gr = საბერძნეთი
country-hr = ხორვატია
country-hu = უნგრეთი
country-ie = ირლანდია
country-it = იტალია
country-jp = იაპონია
country-kh = კამბოჯა
country-kr = სამხრეთ კორეა
country-lt = ლიეტუვა
country-lu = ლუქსემბურგი
country-lv = ლატვია
country-md = მოლდოვა
country-me = მონტენეგრო
country-mt = მალტა
country-ng = ნიგერია
country-nl = ნიდერლანდები
country-no = ნორვეგია
country-nz = ახალი ზელანდია
country-ph = ფილიპინები
country-pl = პოლონეთი
country-pt = პორტუგალია
country-ro = რუმინეთი
country-rs = სერბეთი
country-se = შვედეთი
country-si = სლოვენია
country-sk = სლოვაკეთი
country-th = ტაილანდი
country-tr = თურქეთი
country-ua = უკრაინა
country-us = ამერიკის შეერთებული შტატები
country-vn = ვიეტნამი
