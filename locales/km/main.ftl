# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Khmer (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = រួមគ្នាដើម្បីសុវត្ថិភាពតាមអនឡាញ

## Quick exit, skip link and navigation

quick-exit = ចាកចេញពីគេហទំព័រនេះ
quick-exit-hint = ឬចុចគ្រាប់ចុច Shift បីដង
skip-to-content = រំលងទៅខ្លឹមសារចម្បង
nav-label = ម៉ឺនុយចម្បង
nav-home = ទំព័រដើម
nav-lessons = មេរៀន
nav-get-help = ស្វែងរកជំនួយ
nav-languages = ភាសាផ្សេងទៀត
nav-countries = ប្រទេសផ្សេងទៀត
footer-nav-label = បន្ថែមទៀត
language-switcher = ភាសា
breadcrumbs-label = អ្នកនៅទីនេះ
pager-label = មេរៀនផ្សេងទៀតអំពីប្រធានបទនេះ
published-by = បោះពុម្ពផ្សាយដោយ { $organisation }។
footer-privacy = គេហទំព័រនេះមិនប្រើខូគី មិនរក្សាទុកអ្វីនៅលើឧបករណ៍របស់អ្នក និងមិនតាមដានអ្នកទេ។ វាអាចប្រើបានដោយមិនចាំបាច់ភ្ជាប់អ៊ីនធឺណិត។

## Choosers

choose-country-title = ជ្រើសរើសប្រទេសរបស់អ្នក
choose-country-intro = គេហទំព័ររបស់ប្រទេសនីមួយៗមានមេរៀន ភាសា និងកន្លែងស្វែងរកជំនួយរៀងៗខ្លួន។
choose-language-intro = ជ្រើសរើសភាសារបស់អ្នក។

## Home and lesson lists

home-title = រក្សាសុវត្ថិភាពតាមអនឡាញ
home-intro = មេរៀនសម្រាប់កុមារ យុវជន ឪពុកម្តាយ និងគ្រូបង្រៀន អំពីការល្បួងកុមារតាមអនឡាញ (grooming) រូបភាព និងហានិភ័យផ្សេងទៀតតាមអនឡាញ ព្រមទាំងកន្លែងដែលអាចស្វែងរកជំនួយបាន។
home-topics = ប្រធានបទ
lessons-title = មេរៀនទាំងអស់
lessons-intro = មេរៀនសម្រាប់ក្រុមអាយុបី ព្រមទាំងការណែនាំសម្រាប់ឪពុកម្តាយ អ្នកថែទាំ និងគ្រូបង្រៀន។
lesson-count = { $count ->
   *[other] មេរៀន { $count }
}
card-fallback = ជា{ $shown }
card-draft = ការបកប្រែកំពុងរង់ចាំការត្រួតពិនិត្យ

## Lesson facts

meta-audience = សម្រាប់
meta-age-band = អាយុ
meta-duration = រយៈពេល
on-this-page = នៅលើទំព័រនេះ
previous-lesson = មុន
next-lesson = បន្ទាប់
duration-minutes = { $minutes ->
   *[other] { $minutes } នាទី
}

topic-grooming = ការល្បួងកុមារតាមអនឡាញ
topic-self-produced-images = រូបភាព និងការចែករំលែក
topic-online-risks = ហានិភ័យតាមអនឡាញ

age-band-8-10 = 8 ដល់ 10 ឆ្នាំ
age-band-11-13 = 11 ដល់ 13 ឆ្នាំ
age-band-14-17 = 14 ដល់ 17 ឆ្នាំ
age-band-adults = មនុស្សពេញវ័យ

audience-children = កុមារ និងយុវជន
audience-parents = ឪពុកម្តាយ និងអ្នកថែទាំ
audience-teachers = គ្រូបង្រៀន

## Notices

fallback-notice = ទំព័រនេះមិនទាន់មានជា{ $requested }នៅឡើយទេ។ វាត្រូវបានបង្ហាញជា{ $shown }។
draft-notice = ការបកប្រែនេះត្រូវបានធ្វើឡើងដោយគ្មានការត្រួតពិនិត្យពីអ្នកដែលនិយាយភាសានេះជាភាសាកំណើត ហើយកំពុងរង់ចាំការត្រួតពិនិត្យ។
stale-notice = អត្ថបទដើមនៃទំព័រនេះបានផ្លាស់ប្តូរ ក្រោយពេលវាត្រូវបានបកប្រែ ដូច្នេះការបកប្រែនេះប្រហែលជាមិនទាន់សម័យទេ។

## Getting help

help-box-title = ត្រូវការនិយាយជាមួយនរណាម្នាក់ទេ?
help-box-text = វាមិនដែលជាកំហុសរបស់អ្នកឡើយ។ មនុស្សទាំងនេះអាចជួយអ្នកបាន ដោយរក្សាការសម្ងាត់។
help-box-more = កន្លែងទាំងអស់ដែលអាចស្វែងរកជំនួយបាន
contacts-title = ជំនួយនៅ{ $country }
contact-kind-emergency = សេវាសង្គ្រោះបន្ទាន់
contact-kind-helpline = ខ្សែទូរស័ព្ទជំនួយកុមារ
contact-kind-hotline = រាយការណ៍អំពីរូបភាពខុសច្បាប់
contact-kind-police = រាយការណ៍ទៅប៉ូលិស
contact-kind-other = ជំនួយផ្សេងទៀត
contact-call = ហៅទូរស័ព្ទទៅលេខ { $number }
contact-website = គេហទំព័រ
contact-verified = បានពិនិត្យ៖ { $date }
directory-helpline-intro = ស្វែងរកខ្សែទូរស័ព្ទជំនួយកុមារនៅក្នុងប្រទេសរបស់អ្នក
directory-hotline-intro = ស្វែងរកសេវារាយការណ៍នៅក្នុងប្រទេសរបស់អ្នក

## Search

search-label = ស្វែងរកមេរៀន
search-button = ស្វែងរក
search-browse = មើលមេរៀនទាំងអស់
search-results = { $count ->
    [0] គ្មានមេរៀនណាត្រូវនឹងការស្វែងរករបស់អ្នកទេ។
   *[other] មានមេរៀន { $count } ត្រូវនឹងការស្វែងរករបស់អ្នក។
}
search-shown-in = បង្ហាញជា{ $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }៖ ច្បាប់ចម្លងក្រៅបណ្តាញសម្រាប់{ $country }
bundle-readme-body =
    ថតឯកសារនេះគឺជាច្បាប់ចម្លងពេញលេញនៃគេហទំព័រ។ វាអាចប្រើបានដោយមិនចាំបាច់ភ្ជាប់អ៊ីនធឺណិត។
    ដើម្បីប្រើវា សូមពន្លាថតឯកសារ រួចបើកឯកសារ index.html នៅក្នុងកម្មវិធីរុករកបណ្តាញ។
    អ្នកអាចចម្លងថតឯកសារនេះទៅឧបករណ៍ផ្ទុក USB ដ្រាយដែលប្រើរួមគ្នា ឬអ៊ីនត្រាណិតរបស់សាលា។
    ការស្វែងរក ការប្តូរភាសា និងការបោះពុម្ព ក៏អាចប្រើបាននៅក្នុងច្បាប់ចម្លងនេះដែរ។
    ឯកសារ MANIFEST-SHA256.txt រាយបញ្ជីឯកសារនីមួយៗ ជាមួយនឹងផលបូកផ្ទៀងផ្ទាត់ SHA-256 របស់វា ដើម្បីឱ្យអ្នកអាចពិនិត្យមើលថា គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
    មេរៀនមានលេខទូរស័ព្ទ និងគេហទំព័ររបស់ខ្សែទូរស័ព្ទជំនួយ។ សូមពិនិត្យមើលពួកវាមុនពេលប្រើមេរៀន ព្រោះវាអាចផ្លាស់ប្តូរបាន។

## Not found

not-found-title = រកមិនឃើញទំព័រ
not-found-text = ទំព័រនេះមិនមានទេ។ សូមជ្រើសរើសប្រទេសរបស់អ្នក ដើម្បីស្វែងរកមេរៀន។

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = ខ្មែរ

language-bg = ភាសាប៊ុលហ្គារី
language-cnr = ភាសាម៉ុងតេណេហ្គ្រោ
language-cs = ភាសាឆេក
language-da = ភាសាដាណឺម៉ាក
language-de = ភាសាអាល្លឺម៉ង់
language-el = ភាសាក្រិក
language-en = ភាសាអង់គ្លេស
language-es = ភាសាអេស្ប៉ាញ
language-et = ភាសាអេស្តូនី
language-fi = ភាសាហ្វាំងឡង់
language-fil = ភាសាហ្វីលីពីន
language-fr = ភាសាបារាំង
language-ga = ភាសាអៀរឡង់
language-hr = ភាសាក្រូអាត
language-hu = ភាសាហុងគ្រី
language-it = ភាសាអ៊ីតាលី
language-ja = ភាសាជប៉ុន
language-ka = ភាសាហ្សកហ្ស៊ី
language-km = ភាសាខ្មែរ
language-ko = ភាសាកូរ៉េ
language-lb = ភាសាលុចសំបួ
language-lt = ភាសាលីទុយអានី
language-lv = ភាសាឡាតវី
language-mi = ភាសាម៉ៅរី
language-mt = ភាសាម៉ាល់តា
language-nb = ភាសាន័រវែស (ប៊ុកម៉ាល់)
language-nl = ភាសាហូឡង់
language-nn = ភាសាន័រវែស (នីនូស)
language-pl = ភាសាប៉ូឡូញ
language-pt = ភាសាព័រទុយហ្គាល់
language-ro = ភាសារូម៉ានី
language-sk = ភាសាស្លូវ៉ាគី
language-sl = ភាសាស្លូវេនី
language-sq = ភាសាអាល់បានី
language-sr = ភាសាស៊ែប៊ី (អក្សរស៊ីរីលីក)
language-sr-Latn = ភាសាស៊ែប៊ី (អក្សរឡាតាំង)
language-sv = ភាសាស៊ុយអែត
language-th = ភាសាថៃ
language-tr = ភាសាទួរគី
language-uk = ភាសាអ៊ុយក្រែន
language-vi = ភាសាវៀតណាម

## Country names, as written in this locale

country-al = អាល់បានី
country-at = អូទ្រីស
country-au = អូស្ត្រាលី
country-be = បែលហ្ស៊ិក
country-bg = ប៊ុលហ្គារី
country-ca = កាណាដា
country-ch = ស្វីស
country-cy = ស៊ីប
country-cz = ឆែក
country-de = អាល្លឺម៉ង់
country-dk = ដាណឺម៉ាក
country-ee = អេស្តូនី
country-es = អេស្ប៉ាញ
country-fi = ហ្វាំងឡង់
country-fr = បារាំង
country-gb = ចក្រភពអង់គ្លេស
country-ge = ហ្សកហ្ស៊ី
country-gh = ហ្គាណា
country-gr = ក្រិក
country-hr = ក្រូអាស៊ី
country-hu = ហុងគ្រី
country-ie = អៀរឡង់
country-it = អ៊ីតាលី
country-jp = ជប៉ុន
country-kh = កម្ពុជា
country-kr = កូរ៉េខាងត្បូង
country-lt = លីទុយអានី
country-lu = លុចសំបួ
country-lv = ឡាតវី
country-md = ម៉ុលដាវី
country-me = ម៉ុងតេណេហ្គ្រោ
country-mt = ម៉ាល់ត៍
country-ng = នីហ្សេរីយ៉ា
country-nl = ហូឡង់
country-no = ន័រវែស
country-nz = នូវែលសេឡង់
country-ph = ហ្វីលីពីន
country-pl = ប៉ូឡូញ
country-pt = ព័រទុយហ្គាល់
country-ro = រូម៉ានី
country-rs = ស៊ែប៊ី
country-se = ស៊ុយអែត
country-si = ស្លូវេនី
country-sk = ស្លូវ៉ាគី
country-th = ថៃ
country-tr = ទួរគី
country-ua = អ៊ុយក្រែន
country-us = សហរដ្ឋអាមេរិក
country-vn = វៀតណាម
