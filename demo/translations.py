"""Welsh and Urdu for the demo content, as a translation memory: English source text -> translation.

`load_demo_content` looks each wagtail-localize source segment up here by its English text, so the same
string is translated the same way wherever it appears. Strings not listed fall back to English, which
wagtail-localize shows as untranslated in the editor. Rows are (English, Welsh, Urdu); None means "no
translation in that language". Page slugs are translated into Welsh only: wagtail-localize runs
slugs through Django's ASCII slugify, which would empty an Urdu one, so Urdu pages keep the English slug.
"""

import string

ROWS = [
    # Home page
    ("Human Learning Systems", "Systemau Dysgu Dynol", "ہیومن لرننگ سسٹمز"),
    (
        "Public service for the real world",
        "Gwasanaeth cyhoeddus ar gyfer y byd go iawn",
        "حقیقی دنیا کے لیے عوامی خدمت",
    ),
    (
        "Human Learning Systems is a way of running public services that starts with people's real lives. "
        "Councils, charities, NHS bodies and government teams across the UK are using it to build "
        "relationships, learn continuously and look after the systems that shape people's outcomes. Explore "
        "their stories below.",
        "Mae Systemau Dysgu Dynol yn ffordd o redeg gwasanaethau cyhoeddus sy'n dechrau gyda bywydau go iawn "
        "pobl. Mae cynghorau, elusennau, cyrff y GIG a thimau llywodraeth ledled y DU yn ei defnyddio i feithrin "
        "perthnasoedd, i ddysgu'n barhaus ac i ofalu am y systemau sy'n llunio canlyniadau pobl. Archwiliwch eu "
        "straeon isod.",
        "ہیومن لرننگ سسٹمز عوامی خدمات چلانے کا ایک ایسا طریقہ ہے جو لوگوں کی حقیقی زندگیوں سے شروع ہوتا ہے۔ "
        "پورے برطانیہ میں کونسلیں، خیراتی ادارے، این ایچ ایس کے ادارے اور حکومتی ٹیمیں اسے رشتے استوار کرنے، "
        "مسلسل سیکھنے اور ان نظاموں کی دیکھ بھال کے لیے استعمال کر رہی ہیں جو لوگوں کی زندگیوں کے نتائج طے کرتے "
        "ہیں۔ نیچے ان کی کہانیاں دیکھیں۔",
    ),
    (
        "Stories from councils, charities, NHS bodies and government teams using Human Learning Systems to "
        "make public service more human.",
        "Straeon gan gynghorau, elusennau, cyrff y GIG a thimau llywodraeth sy'n defnyddio Systemau Dysgu Dynol "
        "i wneud gwasanaeth cyhoeddus yn fwy dynol.",
        "کونسلوں، خیراتی اداروں، این ایچ ایس کے اداروں اور حکومتی ٹیموں کی کہانیاں جو عوامی خدمت کو زیادہ انسانی "
        "بنانے کے لیے ہیومن لرننگ سسٹمز استعمال کر رہی ہیں۔",
    ),
    ("Featured case studies", "Astudiaethau achos dan sylw", "نمایاں کیس اسٹڈیز"),
    ("Latest case studies", "Astudiaethau achos diweddaraf", "تازہ ترین کیس اسٹڈیز"),
    # Case study library
    ("Case studies", "Astudiaethau achos", "کیس اسٹڈیز"),
    (
        "Real stories of organisations putting Human Learning Systems into practice. Filter by theme, "
        "sector, region or organisation to find work like yours.",
        "Straeon go iawn am sefydliadau sy'n rhoi Systemau Dysgu Dynol ar waith. Hidlwch yn ôl thema, sector, "
        "rhanbarth neu sefydliad i ddod o hyd i waith tebyg i'ch gwaith chi.",
        "ان اداروں کی حقیقی کہانیاں جو ہیومن لرننگ سسٹمز کو عملی طور پر اپنا رہے ہیں۔ اپنے جیسا کام تلاش کرنے کے "
        "لیے موضوع، شعبے، علاقے یا ادارے کے لحاظ سے چھانٹیں۔",
    ),
    (
        "A library of case studies showing Human Learning Systems in practice across the UK.",
        "Llyfrgell o astudiaethau achos sy'n dangos Systemau Dysgu Dynol ar waith ledled y DU.",
        "کیس اسٹڈیز کا ایک ذخیرہ جو پورے برطانیہ میں ہیومن لرننگ سسٹمز کو عمل میں دکھاتا ہے۔",
    ),
    # Themes
    ("Human", "Dynol", "انسانی"),
    (
        "Building real relationships with the people services support, and responding to each person's "
        "strengths, needs and circumstances.",
        "Meithrin perthnasoedd go iawn gyda'r bobl y mae gwasanaethau'n eu cefnogi, ac ymateb i gryfderau, "
        "anghenion ac amgylchiadau pob unigolyn.",
        "ان لوگوں کے ساتھ حقیقی رشتے استوار کرنا جن کی خدمات مدد کرتی ہیں، اور ہر فرد کی خوبیوں، ضروریات اور "
        "حالات کے مطابق ردِعمل دینا۔",
    ),
    ("Learning", "Dysgu", "سیکھنا"),
    (
        "Using continuous learning, not targets, as the way to improve: trying things, noticing what happens "
        "and adapting.",
        "Defnyddio dysgu parhaus, nid targedau, fel y ffordd i wella: rhoi cynnig ar bethau, sylwi ar yr hyn "
        "sy'n digwydd ac addasu.",
        "بہتری کے لیے اہداف کے بجائے مسلسل سیکھنے کو راستہ بنانا: چیزیں آزمانا، نتائج پر غور کرنا اور خود کو "
        "ڈھالنا۔",
    ),
    ("Systems", "Systemau", "نظام"),
    (
        "Recognising that outcomes come from whole systems, not single organisations, and looking after the "
        "health of those systems.",
        "Cydnabod bod canlyniadau'n dod o systemau cyfan, nid o sefydliadau unigol, a gofalu am iechyd y "
        "systemau hynny.",
        "یہ تسلیم کرنا کہ نتائج کسی ایک ادارے سے نہیں بلکہ پورے نظام سے جنم لیتے ہیں، اور ان نظاموں کی صحت کا "
        "خیال رکھنا۔",
    ),
    # Sectors
    ("Housing", "Tai", "رہائش"),
    (
        "Homes, tenancies and the support that helps people keep them.",
        "Cartrefi, tenantiaethau a'r cymorth sy'n helpu pobl i'w cadw.",
        "گھر، کرایہ داری اور وہ مدد جو لوگوں کو اپنا گھر برقرار رکھنے میں معاون ہو۔",
    ),
    ("Health", "Iechyd", "صحت"),
    (
        "NHS and community health services, physical and mental.",
        "Gwasanaethau iechyd y GIG a'r gymuned, corfforol a meddyliol.",
        "این ایچ ایس اور کمیونٹی کی صحت کی خدمات، جسمانی بھی اور ذہنی بھی۔",
    ),
    ("Social care", "Gofal cymdeithasol", "سماجی نگہداشت"),
    (
        "Care and support for adults at home and in the community.",
        "Gofal a chymorth i oedolion gartref ac yn y gymuned.",
        "بالغوں کے لیے گھر اور کمیونٹی میں نگہداشت اور مدد۔",
    ),
    ("Children and young people", "Plant a phobl ifanc", "بچے اور نوجوان"),
    (
        "Early help, children's social care, youth work and residential care.",
        "Cymorth cynnar, gofal cymdeithasol plant, gwaith ieuenctid a gofal preswyl.",
        "ابتدائی مدد، بچوں کی سماجی نگہداشت، نوجوانوں کے ساتھ کام اور رہائشی نگہداشت۔",
    ),
    ("Criminal justice", "Cyfiawnder troseddol", "فوجداری انصاف"),
    (
        "Policing, courts, prisons, probation and youth justice.",
        "Plismona, llysoedd, carchardai, y gwasanaeth prawf a chyfiawnder ieuenctid.",
        "پولیس، عدالتیں، جیلیں، پروبیشن اور نوعمروں کا نظامِ انصاف۔",
    ),
    ("Employment and money", "Cyflogaeth ac arian", "روزگار اور مالی امور"),
    (
        "Work, benefits, debt advice and financial inclusion.",
        "Gwaith, budd-daliadau, cyngor ar ddyledion a chynhwysiant ariannol.",
        "کام، سرکاری امداد، قرض سے متعلق مشورہ اور مالی شمولیت۔",
    ),
    ("Community", "Cymuned", "کمیونٹی"),
    (
        "Neighbourhoods, voluntary groups and civil society.",
        "Cymdogaethau, grwpiau gwirfoddol a chymdeithas sifil.",
        "محلے، رضاکار گروپ اور سول سوسائٹی۔",
    ),
    ("Homelessness", "Digartrefedd", "بے گھری"),
    (
        "Preventing homelessness and supporting people without a home.",
        "Atal digartrefedd a chefnogi pobl heb gartref.",
        "بے گھری کی روک تھام اور بے گھر لوگوں کی مدد۔",
    ),
    # Regions
    ("North East England", "Gogledd-ddwyrain Lloegr", "شمال مشرقی انگلینڈ"),
    ("From Northumberland to Teesside.", "O Northumberland i Teesside.", "نارتھمبرلینڈ سے ٹیز سائیڈ تک۔"),
    ("North West England", "Gogledd-orllewin Lloegr", "شمال مغربی انگلینڈ"),
    ("From Cumbria to Cheshire.", "O Gymbria i Swydd Gaer.", "کمبریا سے چیشائر تک۔"),
    ("London", "Llundain", "لندن"),
    (
        "Greater London and its thirty-three local authorities.",
        "Llundain Fwyaf a'i thri deg tri awdurdod lleol.",
        "گریٹر لندن اور اس کے تینتیس مقامی حکومتی ادارے۔",
    ),
    ("South West England", "De-orllewin Lloegr", "جنوب مغربی انگلینڈ"),
    ("From Gloucestershire to Cornwall.", "O Swydd Gaerloyw i Gernyw.", "گلوسٹرشائر سے کارنوال تک۔"),
    ("West Midlands", "Gorllewin Canolbarth Lloegr", "ویسٹ مڈلینڈز"),
    (
        "Birmingham, the Black Country and the counties around them.",
        "Birmingham, y Wlad Ddu a'r siroedd o'u cwmpas.",
        "برمنگھم، بلیک کنٹری اور ان کے اردگرد کی کاؤنٹیاں۔",
    ),
    ("Scotland", "Yr Alban", "اسکاٹ لینڈ"),
    (
        "Work across Scotland's local partnerships and national bodies.",
        "Gwaith ar draws partneriaethau lleol a chyrff cenedlaethol yr Alban.",
        "اسکاٹ لینڈ کی مقامی شراکتوں اور قومی اداروں میں ہونے والا کام۔",
    ),
    ("Wales", "Cymru", "ویلز"),
    (
        "Work in Wales, often in Welsh as well as English.",
        "Gwaith yng Nghymru, yn aml yn Gymraeg yn ogystal ag yn Saesneg.",
        "ویلز میں ہونے والا کام، اکثر انگریزی کے ساتھ ویلش زبان میں بھی۔",
    ),
    ("Northern Ireland", "Gogledd Iwerddon", "شمالی آئرلینڈ"),
    (
        "Work across Northern Ireland's councils and trusts.",
        "Gwaith ar draws cynghorau ac ymddiriedolaethau Gogledd Iwerddon.",
        "شمالی آئرلینڈ کی کونسلوں اور ٹرسٹس میں ہونے والا کام۔",
    ),
    # Organisations: names of charities and companies stay as they are in Welsh.
    ("Collaborate CIC", "Collaborate CIC", "کولیبوریٹ سی آئی سی"),
    (
        "A social business that helps public services work together differently.",
        "Busnes cymdeithasol sy'n helpu gwasanaethau cyhoeddus i gydweithio mewn ffordd wahanol.",
        "ایک سماجی کاروبار جو عوامی خدمات کو نئے انداز میں مل کر کام کرنے میں مدد دیتا ہے۔",
    ),
    ("Empowerment", "Empowerment", "ایمپاورمنٹ"),
    (
        "A charity supporting people facing disadvantage to take control of their lives.",
        "Elusen sy'n cefnogi pobl sy'n wynebu anfantais i gymryd rheolaeth dros eu bywydau.",
        "ایک خیراتی ادارہ جو محرومی کا سامنا کرنے والے لوگوں کو اپنی زندگی کا اختیار سنبھالنے میں مدد دیتا ہے۔",
    ),
    ("Good Cents", "Good Cents", "گڈ سینٹس"),
    (
        "A debt advice service built around trust and safety.",
        "Gwasanaeth cyngor ar ddyledion wedi'i adeiladu ar ymddiriedaeth a diogelwch.",
        "قرض سے متعلق مشورے کی ایک سروس جس کی بنیاد اعتماد اور تحفظ پر ہے۔",
    ),
    ("Lighthouse", "Lighthouse", "لائٹ ہاؤس"),
    (
        "Residential care homes for young people, run with the young people who live in them.",
        "Cartrefi gofal preswyl i bobl ifanc, wedi'u rhedeg gyda'r bobl ifanc sy'n byw ynddynt.",
        "نوجوانوں کے لیے رہائشی نگہداشت کے گھر، جو وہاں رہنے والے نوجوانوں کے ساتھ مل کر چلائے جاتے ہیں۔",
    ),
    ("Plymouth Alliance", "Cynghrair Plymouth", "پلیمتھ الائنس"),
    (
        "An alliance of organisations supporting people with multiple and complex needs.",
        "Cynghrair o sefydliadau sy'n cefnogi pobl ag anghenion lluosog a chymhleth.",
        "اداروں کا ایک اتحاد جو متعدد اور پیچیدہ ضروریات رکھنے والے لوگوں کی مدد کرتا ہے۔",
    ),
    ("Wellbeing Teams", "Wellbeing Teams", "ویل بیئنگ ٹیمز"),
    (
        "Small, self-managing teams providing care and support at home.",
        "Timau bach hunanreoledig sy'n darparu gofal a chymorth yn y cartref.",
        "چھوٹی، خود انتظامی ٹیمیں جو گھر پر نگہداشت اور مدد فراہم کرتی ہیں۔",
    ),
    ("Northmoor Borough Council", "Cyngor Bwrdeistref Northmoor", "نارتھ مور بورو کونسل"),
    (
        "A borough council serving towns and villages in the north east.",
        "Cyngor bwrdeistref sy'n gwasanaethu trefi a phentrefi yn y gogledd-ddwyrain.",
        "ایک بورو کونسل جو شمال مشرق کے قصبوں اور دیہات کی خدمت کرتی ہے۔",
    ),
    ("Riverside City Council", "Cyngor Dinas Riverside", "ریور سائیڈ سٹی کونسل"),
    (
        "A city council in the West Midlands.",
        "Cyngor dinas yng Ngorllewin Canolbarth Lloegr.",
        "ویسٹ مڈلینڈز کی ایک سٹی کونسل۔",
    ),
    (
        "Valley Health NHS Foundation Trust",
        "Ymddiriedolaeth Sefydledig GIG Valley Health",
        "ویلی ہیلتھ این ایچ ایس فاؤنڈیشن ٹرسٹ",
    ),
    (
        "An NHS trust providing hospital, community and mental health services.",
        "Ymddiriedolaeth GIG sy'n darparu gwasanaethau ysbyty, cymunedol ac iechyd meddwl.",
        "این ایچ ایس کا ایک ٹرسٹ جو ہسپتال، کمیونٹی اور ذہنی صحت کی خدمات فراہم کرتا ہے۔",
    ),
    ("Coastal Integrated Care Board", "Bwrdd Gofal Integredig yr Arfordir", "کوسٹل انٹیگریٹڈ کیئر بورڈ"),
    (
        "The NHS body that plans and pays for health services along the coast.",
        "Corff y GIG sy'n cynllunio ac yn talu am wasanaethau iechyd ar hyd yr arfordir.",
        "این ایچ ایس کا وہ ادارہ جو ساحلی علاقے میں صحت کی خدمات کی منصوبہ بندی اور ادائیگی کرتا ہے۔",
    ),
    (
        "Department for Communities and Public Service",
        "Adran Cymunedau a Gwasanaeth Cyhoeddus",
        "محکمہ برائے کمیونٹیز و عوامی خدمت",
    ),
    (
        "A government department responsible for communities and public service reform.",
        "Adran o'r llywodraeth sy'n gyfrifol am gymunedau a diwygio gwasanaethau cyhoeddus.",
        "ایک سرکاری محکمہ جو کمیونٹیز اور عوامی خدمات میں اصلاحات کا ذمہ دار ہے۔",
    ),
    ("Public Service Reform Unit", "Uned Diwygio Gwasanaethau Cyhoeddus", "عوامی خدمات کی اصلاح کا یونٹ"),
    (
        "A national team supporting reform of public services in Scotland.",
        "Tîm cenedlaethol sy'n cefnogi diwygio gwasanaethau cyhoeddus yn yr Alban.",
        "ایک قومی ٹیم جو اسکاٹ لینڈ میں عوامی خدمات کی اصلاح میں مدد کرتی ہے۔",
    ),
    ("Common Ground Foundation", "Common Ground Foundation", "کامن گراؤنڈ فاؤنڈیشن"),
    (
        "An independent foundation funding community organisations for the long term.",
        "Sefydliad annibynnol sy'n ariannu sefydliadau cymunedol am y tymor hir.",
        "ایک خودمختار فاؤنڈیشن جو کمیونٹی اداروں کو طویل مدت کے لیے مالی مدد دیتی ہے۔",
    ),
    ("Pedagogy in Practice Network", "Rhwydwaith Addysgeg ar Waith", "پیڈاگوجی اِن پریکٹس نیٹ ورک"),
    (
        "A network of practitioners who use social pedagogy in their work.",
        "Rhwydwaith o ymarferwyr sy'n defnyddio addysgeg gymdeithasol yn eu gwaith.",
        "ان پیشہ ور افراد کا نیٹ ورک جو اپنے کام میں سوشل پیڈاگوجی استعمال کرتے ہیں۔",
    ),
    ("Tŷ Cymunedol Housing", "Tai Tŷ Cymunedol", "تی کمنیدول ہاؤسنگ"),
    (
        "A community housing association in west Wales.",
        "Cymdeithas dai gymunedol yng ngorllewin Cymru.",
        "مغربی ویلز میں ایک کمیونٹی ہاؤسنگ ایسوسی ایشن۔",
    ),
    (
        "Lagan Youth Justice Partnership",
        "Partneriaeth Cyfiawnder Ieuenctid Lagan",
        "لیگن یوتھ جسٹس پارٹنرشپ",
    ),
    (
        "A partnership of statutory and voluntary bodies working with young people in the justice system.",
        "Partneriaeth o gyrff statudol a gwirfoddol sy'n gweithio gyda phobl ifanc yn y system gyfiawnder.",
        "سرکاری اور رضاکار اداروں کی شراکت جو نظامِ انصاف سے گزرنے والے نوجوانوں کے ساتھ کام کرتی ہے۔",
    ),
    ("Pathways Employment Trust", "Ymddiriedolaeth Cyflogaeth Pathways", "پاتھ ویز ایمپلائمنٹ ٹرسٹ"),
    (
        "A charity offering voluntary, strengths-based employment support.",
        "Elusen sy'n cynnig cymorth cyflogaeth gwirfoddol sy'n seiliedig ar gryfderau.",
        "ایک خیراتی ادارہ جو رضاکارانہ، خوبیوں پر مبنی روزگار کی مدد فراہم کرتا ہے۔",
    ),
    # Case study: a lived experience team (Welsh and Urdu)
    (
        "A lived experience team as system change agents",
        "Tîm profiad bywyd yn asiantau newid system",
        "ذاتی تجربہ رکھنے والوں کی ٹیم، نظام میں تبدیلی کی محرک",
    ),
    ("lived-experience-team-system-change", "tim-profiad-bywyd-newid-system", None),
    (
        "Empowerment employs people who have used local services to work alongside managers and "
        "commissioners, spotting where the system gets in the way and helping to change it from the inside.",
        "Mae Empowerment yn cyflogi pobl sydd wedi defnyddio gwasanaethau lleol i weithio ochr yn ochr â "
        "rheolwyr a chomisiynwyr, gan sylwi ble mae'r system yn rhwystr a helpu i'w newid o'r tu mewn.",
        "ایمپاورمنٹ ایسے لوگوں کو ملازمت دیتا ہے جو خود مقامی خدمات استعمال کر چکے ہیں، تاکہ وہ منیجرز اور "
        "کمشنرز کے ساتھ مل کر کام کریں، یہ پہچانیں کہ نظام کہاں رکاوٹ بنتا ہے اور اسے اندر سے بدلنے میں مدد دیں۔",
    ),
    ("Lived experience team coordinator", "Cydlynydd y tîm profiad bywyd", "ذاتی تجربے کی ٹیم کی رابطہ کار"),
    ("Why a lived experience team", "Pam tîm profiad bywyd", "ذاتی تجربے کی ٹیم کیوں"),
    (
        "Local services had mostly been designed by people who had never needed them. Surveys and one-off "
        "consultations left people feeling heard once and then forgotten.",
        "Roedd gwasanaethau lleol wedi'u cynllunio gan fwyaf gan bobl nad oedd erioed wedi bod eu hangen. Roedd "
        "arolygon ac ymgynghoriadau untro yn gadael pobl yn teimlo eu bod wedi cael eu clywed unwaith ac yna'u "
        "hanghofio.",
        "مقامی خدمات زیادہ تر ایسے لوگوں نے بنائی تھیں جنہیں کبھی ان کی ضرورت نہیں پڑی تھی۔ سروے اور ایک بار کی "
        "مشاورت کے بعد لوگوں کو لگتا تھا کہ انہیں ایک بار سنا گیا اور پھر بھلا دیا گیا۔",
    ),
    (
        "Empowerment wanted something sturdier: a standing team of people with first-hand experience of "
        "homelessness, addiction and the benefits system, paid properly for their expertise.",
        "Roedd Empowerment eisiau rhywbeth cadarnach: tîm parhaol o bobl â phrofiad uniongyrchol o "
        "ddigartrefedd, caethiwed a'r system fudd-daliadau, yn cael eu talu'n iawn am eu harbenigedd.",
        "ایمپاورمنٹ کچھ زیادہ پائیدار چاہتا تھا: ایسے لوگوں کی ایک مستقل ٹیم جنہیں بے گھری، نشے کی لت اور "
        "سرکاری امداد کے نظام کا براہِ راست تجربہ ہو، اور جنہیں ان کی مہارت کا مناسب معاوضہ دیا جائے۔",
    ),
    ("What the team does", "Beth mae'r tîm yn ei wneud", "ٹیم کیا کرتی ہے"),
    (
        "Team members sit on commissioning panels, shadow front-line staff and hold listening sessions in "
        "places people already go, such as food banks and drop-in centres. They bring back patterns, not only "
        "stories: the letter that frightens people, the form that asks the same question three times, the "
        "appointment that clashes with the last bus home.",
        "Mae aelodau'r tîm yn eistedd ar baneli comisiynu, yn cysgodi staff rheng flaen ac yn cynnal sesiynau "
        "gwrando mewn mannau y mae pobl eisoes yn mynd iddynt, fel banciau bwyd a chanolfannau galw heibio. "
        "Maent yn dod â phatrymau yn ôl, nid straeon yn unig: y llythyr sy'n codi ofn ar bobl, y ffurflen sy'n "
        "gofyn yr un cwestiwn dair gwaith, yr apwyntiad sy'n gwrthdaro â'r bws olaf adref.",
        "ٹیم کے ارکان کمیشننگ پینلز میں بیٹھتے ہیں، فرنٹ لائن عملے کے ساتھ رہ کر ان کا کام دیکھتے ہیں، اور ان "
        "جگہوں پر سننے کی نشستیں رکھتے ہیں جہاں لوگ پہلے ہی آتے جاتے ہیں، جیسے فوڈ بینک اور ڈراپ اِن مراکز۔ وہ "
        "صرف کہانیاں نہیں بلکہ رجحانات بھی واپس لاتے ہیں: وہ خط جو لوگوں کو خوفزدہ کر دیتا ہے، وہ فارم جو ایک ہی "
        "سوال تین بار پوچھتا ہے، وہ ملاقات جس کا وقت گھر جانے والی آخری بس سے ٹکراتا ہے۔",
    ),
    (
        "For the first time I was in the room when the decision was made, not reading about it afterwards.",
        "Am y tro cyntaf roeddwn i yn yr ystafell pan wnaed y penderfyniad, nid yn darllen amdano wedyn.",
        "پہلی بار میں اس کمرے میں موجود تھا جہاں فیصلہ ہوا، بعد میں صرف اس کے بارے میں پڑھ نہیں رہا تھا۔",
    ),
    ("A member of the Lived Experience Team", "Aelod o'r Tîm Profiad Bywyd", "ذاتی تجربے کی ٹیم کا ایک رکن"),
    ("The first two years", "Y ddwy flynedd gyntaf", "پہلے دو سال"),
    (
        "team members employed on paid contracts",
        "aelod o'r tîm wedi'u cyflogi ar gontractau â thâl",
        "ٹیم ارکان باقاعدہ تنخواہ دار معاہدوں پر ملازم",
    ),
    (
        "changes to local processes proposed by the team",
        "newid i brosesau lleol wedi'u cynnig gan y tîm",
        "مقامی طریقۂ کار میں تبدیلیاں جو ٹیم نے تجویز کیں",
    ),
    (
        "commissioning panels with a team member",
        "panel comisiynu ag aelod o'r tîm arnynt",
        "کمیشننگ پینلز جن میں ٹیم کا ایک رکن شامل ہے",
    ),
    (
        "Members of the Lived Experience Team talk about their first year",
        "Aelodau'r Tîm Profiad Bywyd yn sôn am eu blwyddyn gyntaf",
        "ذاتی تجربے کی ٹیم کے ارکان اپنے پہلے سال کے بارے میں بتاتے ہیں",
    ),
    (
        "Narrator: When we started, nobody was sure what a lived experience team would do.\n"
        "Team member: I thought I would be a token. Instead I was asked to chair the panel.",
        "Adroddwr: Pan ddechreuon ni, doedd neb yn siŵr beth fyddai tîm profiad bywyd yn ei wneud.\n"
        "Aelod o'r tîm: Roeddwn i'n meddwl mai dim ond ar gyfer y sioe y byddwn i yno. Yn lle hynny gofynnwyd "
        "i mi gadeirio'r panel.",
        "راوی: جب ہم نے شروع کیا تو کسی کو یقین نہیں تھا کہ ذاتی تجربے کی ٹیم کیا کرے گی۔\n"
        "ٹیم کا رکن: میرا خیال تھا کہ مجھے صرف دکھاوے کے لیے رکھا جائے گا۔ اس کے بجائے مجھ سے پینل کی صدارت "
        "کرنے کو کہا گیا۔",
    ),
    (
        "Find more stories about co-production",
        "Dewch o hyd i ragor o straeon am gydgynhyrchu",
        "مشترکہ تخلیق کے بارے میں مزید کہانیاں تلاش کریں",
    ),
    ("Browse all case studies", "Pori'r holl astudiaethau achos", "تمام کیس اسٹڈیز دیکھیں"),
    (
        "See how other organisations share power with the people they support.",
        "Gwelwch sut mae sefydliadau eraill yn rhannu pŵer gyda'r bobl y maent yn eu cefnogi.",
        "دیکھیں کہ دوسرے ادارے جن لوگوں کی مدد کرتے ہیں ان کے ساتھ اختیار کیسے بانٹتے ہیں۔",
    ),
    # Case study: trauma-informed debt advice (Welsh and Urdu)
    (
        "Debt advice that starts with safety",
        "Cyngor ar ddyledion sy'n dechrau gyda diogelwch",
        "قرض کا مشورہ جو تحفظ سے شروع ہوتا ہے",
    ),
    ("trauma-informed-debt-advice", "cyngor-ar-ddyledion-syn-dechrau-gyda-diogelwch", None),
    (
        "Good Cents rebuilt its debt service around the fact that money trouble is often tangled up with past "
        "harm, training advisers to slow down, offer choice and stay with people rather than close cases "
        "quickly.",
        "Ailadeiladodd Good Cents ei wasanaeth dyledion o gwmpas y ffaith bod trafferthion ariannol yn aml "
        "ynghlwm wrth niwed yn y gorffennol, gan hyfforddi cynghorwyr i arafu, cynnig dewis ac aros gyda phobl "
        "yn hytrach na chau achosion yn gyflym.",
        "گڈ سینٹس نے اپنی قرض کی سروس کو اس حقیقت کے گرد نئے سرے سے ترتیب دیا کہ مالی مشکلات اکثر ماضی کے "
        "صدمات سے جڑی ہوتی ہیں۔ مشیروں کو تربیت دی گئی کہ وہ جلدی نہ کریں، انتخاب کا موقع دیں اور کیس جلد بند "
        "کرنے کے بجائے لوگوں کا ساتھ نبھائیں۔",
    ),
    ("Head of advice", "Pennaeth cyngor", "شعبۂ مشاورت کے سربراہ"),
    ("Looking beyond the balance sheet", "Edrych y tu hwnt i'r fantolen", "حساب کتاب سے آگے دیکھنا"),
    (
        "Advisers noticed that many clients missed appointments, left letters unopened and seemed to "
        "disappear just as a plan was agreed. The old service called this disengagement and closed the case.",
        "Sylwodd cynghorwyr fod llawer o gleientiaid yn colli apwyntiadau, yn gadael llythyrau heb eu hagor ac "
        "yn ymddangos fel petaent yn diflannu yr union adeg y cytunwyd ar gynllun. Roedd yr hen wasanaeth yn "
        "galw hyn yn ymddieithrio ac yn cau'r achos.",
        "مشیروں نے دیکھا کہ بہت سے کلائنٹس ملاقاتوں پر نہیں آتے، خط کھولے بغیر چھوڑ دیتے ہیں اور عین اس وقت "
        "غائب ہو جاتے ہیں جب کوئی منصوبہ طے پاتا ہے۔ پرانی سروس اسے عدم دلچسپی قرار دے کر کیس بند کر دیتی تھی۔",
    ),
    (
        "When the team listened more closely, they heard about bereavement, violence and years of shame. For "
        "many people a brown envelope was not an admin task but a reminder of harm.",
        "Pan wrandawodd y tîm yn fwy gofalus, clywsant am brofedigaeth, trais a blynyddoedd o gywilydd. I lawer "
        "o bobl nid tasg weinyddol oedd amlen frown ond atgof o niwed.",
        "جب ٹیم نے زیادہ غور سے سنا تو انہیں سوگ، تشدد اور برسوں کی شرمندگی کی کہانیاں سننے کو ملیں۔ بہت سے "
        "لوگوں کے لیے ایک بھورا لفافہ کوئی دفتری کام نہیں بلکہ تکلیف کی یاد تھا۔",
    ),
    ("Changing how the first meeting feels", "Newid naws y cyfarfod cyntaf", "پہلی ملاقات کا احساس بدلنا"),
    (
        "Every adviser now trains in trauma-informed practice. First meetings happen where the client "
        "chooses, start with what matters to them and end with one small next step rather than a full budget.",
        "Mae pob cynghorydd bellach yn cael hyfforddiant mewn ymarfer sy'n ystyriol o drawma. Mae cyfarfodydd "
        "cyntaf yn digwydd lle mae'r cleient yn dewis, yn dechrau gyda'r hyn sy'n bwysig iddo ac yn gorffen "
        "gydag un cam bach nesaf yn hytrach na chyllideb lawn.",
        "اب ہر مشیر صدمے سے آگاہ طریقۂ کار کی تربیت لیتا ہے۔ پہلی ملاقات وہاں ہوتی ہے جہاں کلائنٹ چاہے، اس بات "
        "سے شروع ہوتی ہے جو اس کے لیے اہم ہو، اور مکمل بجٹ کے بجائے ایک چھوٹے سے اگلے قدم پر ختم ہوتی ہے۔",
    ),
    (
        "Cases stay open for as long as they are useful, and advisers have regular reflective supervision so "
        "they can carry difficult conversations without burning out.",
        "Mae achosion yn aros ar agor cyhyd ag y maent yn ddefnyddiol, ac mae cynghorwyr yn cael goruchwyliaeth "
        "fyfyriol reolaidd fel y gallant ymdopi â sgyrsiau anodd heb orflino.",
        "کیس اس وقت تک کھلے رہتے ہیں جب تک وہ مفید ہوں، اور مشیروں کو باقاعدہ غور و فکر پر مبنی نگرانی ملتی ہے "
        "تاکہ وہ تھکن کا شکار ہوئے بغیر مشکل گفتگو سنبھال سکیں۔",
    ),
    (
        "Abstract illustration of two soft circles side by side above rolling hills",
        "Darlun haniaethol o ddau gylch meddal ochr yn ochr uwchben bryniau tonnog",
        "تجریدی تصویر: لہراتی پہاڑیوں کے اوپر ساتھ ساتھ دو ہلکے دائرے",
    ),
    (
        "First meetings now take place wherever people feel safe, often at home.",
        "Mae cyfarfodydd cyntaf bellach yn digwydd lle bynnag y mae pobl yn teimlo'n ddiogel, yn aml gartref.",
        "اب پہلی ملاقات وہاں ہوتی ہے جہاں لوگ خود کو محفوظ محسوس کریں، اکثر ان کے اپنے گھر میں۔",
    ),
    (
        "Illustration for the HLS demo site",
        "Darlun ar gyfer safle arddangos HLS",
        "ایچ ایل ایس ڈیمو سائٹ کے لیے تصویر",
    ),
    ("After two years", "Ar ôl dwy flynedd", "دو سال بعد"),
    (
        "of clients stayed with us until their plan was in place",
        "o gleientiaid wedi aros gyda ni nes bod eu cynllun yn ei le",
        "کلائنٹس منصوبہ طے ہونے تک ہمارے ساتھ رہے",
    ),
    ("3x", "3 gwaith", "3 گنا"),
    (
        "fewer missed appointments than under the old model",
        "yn llai o apwyntiadau wedi'u colli nag o dan yr hen fodel",
        "کم ملاقاتیں چھوٹیں، پرانے طریقے کے مقابلے میں",
    ),
    (
        "cases closed for not engaging",
        "achos wedi'u cau am beidio ag ymgysylltu",
        "کیس عدم شرکت کی بنا پر بند کیے گئے",
    ),
    (
        "Our trauma-informed debt advice guide",
        "Ein canllaw i gyngor ar ddyledion sy'n ystyriol o drawma",
        "صدمے سے آگاہ قرض کے مشورے پر ہماری رہنما کتاب",
    ),
    (
        "A short guide for advice teams who want to try the approach.",
        "Canllaw byr i dimau cynghori sydd am roi cynnig ar y dull.",
        "ان مشاورتی ٹیموں کے لیے ایک مختصر رہنما جو یہ طریقہ آزمانا چاہتی ہیں۔",
    ),
    # Case study: residential care with young people (Welsh)
    (
        "Residential care designed with the young people who live there",
        "Gofal preswyl wedi'i gynllunio gyda'r bobl ifanc sy'n byw yno",
        None,
    ),
    ("co-produced-residential-care", "gofal-preswyl-gyda-phobl-ifanc", None),
    (
        "Lighthouse invites the young people in its homes to help recruit staff, write house agreements and "
        "shape daily routines, so that care feels less like a placement and more like a home.",
        "Mae Lighthouse yn gwahodd y bobl ifanc yn ei gartrefi i helpu i recriwtio staff, ysgrifennu cytundebau'r "
        "tŷ a llunio trefn bob dydd, fel bod gofal yn teimlo'n llai fel lleoliad ac yn fwy fel cartref.",
        None,
    ),
    ("Registered manager", "Rheolwr cofrestredig", None),
    ("A home, not a placement", "Cartref, nid lleoliad", None),
    (
        "Young people in residential care often move many times and meet dozens of professionals. Rules "
        "arrive ready-made, and the adults around them change with every rota.",
        "Mae pobl ifanc mewn gofal preswyl yn aml yn symud sawl gwaith ac yn cwrdd â dwsinau o weithwyr "
        "proffesiynol. Mae rheolau'n cyrraedd yn barod, ac mae'r oedolion o'u cwmpas yn newid gyda phob rota.",
        None,
    ),
    (
        "Lighthouse asked a simple question: what would it look like if the young people had a real say in how "
        "their home was run?",
        "Gofynnodd Lighthouse gwestiwn syml: sut olwg fyddai ar bethau petai gan y bobl ifanc lais go iawn yn y "
        "ffordd y caiff eu cartref ei redeg?",
        None,
    ),
    ("Young people at the centre of decisions", "Pobl ifanc wrth galon penderfyniadau", None),
    (
        "Residents now sit on interview panels for new staff, agree house rules together at a weekly meeting "
        "and plan meals and outings with the team. Staff are recruited for warmth and patience as much as for "
        "qualifications.",
        "Mae'r preswylwyr bellach yn eistedd ar baneli cyfweld ar gyfer staff newydd, yn cytuno ar reolau'r tŷ "
        "gyda'i gilydd mewn cyfarfod wythnosol ac yn cynllunio prydau bwyd a theithiau gyda'r tîm. Caiff staff "
        "eu recriwtio am eu cynhesrwydd a'u hamynedd gymaint ag am eu cymwysterau.",
        None,
    ),
    (
        "They asked me what I wanted my room to look like. Nobody had ever asked me that before.",
        "Gofynnon nhw i mi sut roeddwn i eisiau i'm hystafell edrych. Doedd neb erioed wedi gofyn hynny i mi o'r "
        "blaen.",
        None,
    ),
    ("A young person at Lighthouse", "Person ifanc yn Lighthouse", None),
    (
        "Young people and staff describe a day at Lighthouse",
        "Pobl ifanc a staff yn disgrifio diwrnod yn Lighthouse",
        None,
    ),
    (
        "Young person: Breakfast is whenever you get up at weekends. We voted on that.\n"
        "Staff member: Our job is to be here, and to keep being here.",
        "Person ifanc: Mae brecwast pryd bynnag rydych chi'n codi ar benwythnosau. Fe bleidleision ni ar hynny.\n"
        "Aelod o staff: Ein gwaith ni yw bod yma, a dal ati i fod yma.",
        None,
    ),
    ("Work with us", "Gweithiwch gyda ni", None),
    ("See jobs at Lighthouse", "Gweld swyddi yn Lighthouse", None),
    (
        "We are looking for people who want to build lasting relationships with young people.",
        "Rydym yn chwilio am bobl sydd am feithrin perthnasoedd parhaol gyda phobl ifanc.",
        None,
    ),
    # Case study: home care and the living wage (Welsh)
    (
        "Home care workers paid the living wage, in self-managing teams",
        "Gweithwyr gofal cartref ar y cyflog byw, mewn timau hunanreoledig",
        None,
    ),
    ("home-care-living-wage", "gofal-cartref-cyflog-byw", None),
    (
        "Wellbeing Teams pays its home care workers at least the real living wage and organises them in small "
        "self-managing teams, giving them the time and trust to build relationships with the people they "
        "support.",
        "Mae Wellbeing Teams yn talu o leiaf y cyflog byw gwirioneddol i'w weithwyr gofal cartref ac yn eu "
        "trefnu mewn timau bach hunanreoledig, gan roi'r amser a'r ymddiriedaeth iddynt feithrin perthnasoedd "
        "gyda'r bobl y maent yn eu cefnogi.",
        None,
    ),
    ("Team coach", "Hyfforddwr tîm", None),
    ("Valuing the work of care", "Gwerthfawrogi gwaith gofal", None),
    (
        "Home care is skilled and demanding work, yet it is often paid at the minimum wage and squeezed into "
        "fifteen-minute visits. High turnover means people receiving care see a stream of strangers.",
        "Mae gofal cartref yn waith medrus a heriol, ond yn aml caiff ei dalu ar yr isafswm cyflog a'i wasgu i "
        "ymweliadau pymtheg munud. Mae trosiant staff uchel yn golygu bod pobl sy'n derbyn gofal yn gweld llif "
        "o ddieithriaid.",
        None,
    ),
    (
        "Wellbeing Teams set out to do things differently, starting with pay.",
        "Aeth Wellbeing Teams ati i wneud pethau'n wahanol, gan ddechrau gyda chyflog.",
        None,
    ),
    ("What fair pay made possible", "Yr hyn a wnaeth cyflog teg yn bosibl", None),
    (
        "of team members paid at least the real living wage",
        "o aelodau'r tîm yn cael o leiaf y cyflog byw gwirioneddol",
        None,
    ),
    ("8 to 12", "8 i 12", None),
    ("people in each self-managing team", "o bobl ym mhob tîm hunanreoledig", None),
    ("Under 10%", "Llai na 10%", None),
    ("staff turnover a year", "o drosiant staff y flwyddyn", None),
    ("Small teams, big trust", "Timau bach, ymddiriedaeth fawr", None),
    (
        "Each neighbourhood team recruits its own colleagues, plans its own rota and decides with each person "
        "how their time together is spent. A coach supports the team, but there are no layers of supervisors "
        "watching the clock.",
        "Mae pob tîm cymdogaeth yn recriwtio ei gydweithwyr ei hun, yn cynllunio ei rota ei hun ac yn penderfynu "
        "gyda phob person sut y caiff eu hamser gyda'i gilydd ei dreulio. Mae hyfforddwr yn cefnogi'r tîm, ond "
        "nid oes haenau o oruchwylwyr yn gwylio'r cloc.",
        None,
    ),
    (
        "A Wellbeing Team member describes her week",
        "Aelod o Wellbeing Team yn disgrifio'i hwythnos",
        None,
    ),
    (
        "Team member: On Monday we plan the week together as a team.\n"
        "Team member: If someone needs more time, we talk about it and we give it.",
        "Aelod o'r tîm: Ddydd Llun rydym yn cynllunio'r wythnos gyda'n gilydd fel tîm.\n"
        "Aelod o'r tîm: Os oes angen mwy o amser ar rywun, rydym yn siarad am y peth ac yn ei roi.",
        None,
    ),
    (
        "I have time to sit and have a cup of tea with people now. That is when I find out how they really "
        "are.",
        "Mae gen i amser i eistedd a chael paned gyda phobl nawr. Dyna pryd rydw i'n dod i wybod sut maen nhw go "
        "iawn.",
        None,
    ),
    ("A Wellbeing Team member", "Aelod o Wellbeing Team", None),
    # Case study: equity, diversity and inclusion resource (Urdu)
    (
        "An equity, diversity and inclusion resource for HLS practitioners",
        None,
        "ایچ ایل ایس سے وابستہ پیشہ ور افراد کے لیے مساوات، تنوع اور شمولیت کا وسیلہ",
    ),
    (
        "Collaborate gathered practitioners' experience into a practical resource on equity, diversity and "
        "inclusion, asking who relational practice reaches, who decides and whose voices a learning system "
        "hears.",
        None,
        "کولیبوریٹ نے پیشہ ور افراد کے تجربات کو مساوات، تنوع اور شمولیت پر ایک عملی وسیلے کی شکل دی، جو یہ "
        "سوال اٹھاتا ہے کہ رشتوں پر مبنی کام کن لوگوں تک پہنچتا ہے، فیصلے کون کرتا ہے اور سیکھنے والا نظام کن "
        "آوازوں کو سنتا ہے۔",
    ),
    ("Programme lead", None, "پروگرام کی سربراہ"),
    ("Why equity needs its own attention", None, "مساوات پر الگ سے توجہ کیوں ضروری ہے"),
    (
        "Working relationally and learning as you go should help services respond to each person's "
        "circumstances. But relationships tend to form along familiar lines, and learning can easily repeat "
        "the blind spots of whoever is doing it.",
        None,
        "رشتوں کی بنیاد پر کام کرنا اور ساتھ ساتھ سیکھنا خدمات کو ہر فرد کے حالات کے مطابق ڈھلنے میں مدد دیتا "
        "ہے۔ لیکن رشتے عموماً جانے پہچانے دائروں میں بنتے ہیں، اور سیکھنے کا عمل آسانی سے انہی کوتاہیوں کو دہرا "
        "سکتا ہے جو سیکھنے والے کو خود نظر نہیں آتیں۔",
    ),
    (
        "Practitioners told us they wanted help to ask harder questions about power, bias and who is missing "
        "from the room.",
        None,
        "پیشہ ور افراد نے ہمیں بتایا کہ وہ اختیار، تعصب اور اس بارے میں مشکل سوالات پوچھنے میں مدد چاہتے ہیں کہ "
        "کون لوگ کمرے میں موجود نہیں ہیں۔",
    ),
    ("What the resource covers", None, "اس وسیلے میں کیا شامل ہے"),
    (
        "The resource follows the three parts of Human Learning Systems. It offers questions for building "
        "relationships across difference, prompts for noticing whose knowledge counts in learning, and ways "
        "to share power across a system.",
        None,
        "یہ وسیلہ ہیومن لرننگ سسٹمز کے تین حصوں کی ترتیب پر چلتا ہے۔ اس میں اختلافات کے باوجود رشتے استوار "
        "کرنے کے لیے سوالات، یہ پہچاننے کے لیے اشارے کہ سیکھنے میں کس کے علم کو اہمیت دی جاتی ہے، اور پورے نظام "
        "میں اختیار بانٹنے کے طریقے شامل ہیں۔",
    ),
    (
        "If we only learn from the people who are already comfortable talking to us, we will keep getting "
        "the same answers.",
        None,
        "اگر ہم صرف ان لوگوں سے سیکھیں گے جو پہلے ہی ہم سے بات کرنے میں آسانی محسوس کرتے ہیں، تو ہمیں ہمیشہ "
        "وہی جواب ملتے رہیں گے۔",
    ),
    (
        "A participant in a Diversity in the New World conversation",
        None,
        "’نئی دنیا میں تنوع‘ کی گفتگو کے ایک شریک",
    ),
    (
        "Equity, diversity and inclusion: questions for practitioners",
        None,
        "مساوات، تنوع اور شمولیت: پیشہ ور افراد کے لیے سوالات",
    ),
    (
        "Reflective questions and practical prompts, organised by the Human, Learning and Systems themes.",
        None,
        "غور و فکر کے سوالات اور عملی اشارے، جو انسانی، سیکھنے اور نظام کے موضوعات کے تحت ترتیب دیے گئے ہیں۔",
    ),
    ("Where the conversation started", None, "یہ گفتگو کہاں سے شروع ہوئی"),
    ("Read about HLS Week 2022", None, "ایچ ایل ایس ویک 2022 کے بارے میں پڑھیں"),
    # Case study: tenancy support in Wales (Welsh)
    ("Tenancy support that listens first", "Cymorth tenantiaeth sy'n gwrando yn gyntaf", None),
    ("tenancy-sustainment-wales", "cymorth-tenantiaeth-syn-gwrando-yn-gyntaf", None),
    (
        "Tŷ Cymunedol Housing replaced its arrears-led approach with relationship-based tenancy support, so "
        "officers get to know tenants and help early, before problems turn into evictions.",
        "Disodlodd Tai Tŷ Cymunedol ei ddull a oedd yn cael ei yrru gan ôl-ddyledion â chymorth tenantiaeth sy'n "
        "seiliedig ar berthynas, fel bod swyddogion yn dod i adnabod tenantiaid ac yn helpu'n gynnar, cyn i "
        "broblemau droi'n achosion troi allan.",
        None,
    ),
    ("Tenancy support manager", "Rheolwr cymorth tenantiaeth", None),
    ("Arrears were a symptom", "Symptom oedd yr ôl-ddyledion", None),
    (
        "Housing officers used to meet tenants mainly when rent was overdue. By then debts had grown and trust "
        "was low.",
        "Arferai swyddogion tai gwrdd â thenantiaid yn bennaf pan oedd y rhent yn hwyr. Erbyn hynny roedd "
        "dyledion wedi tyfu ac ymddiriedaeth yn isel.",
        None,
    ),
    (
        "Looking back over five years of evictions, the association found that most tenants had shown signs "
        "of difficulty long before the arrears began.",
        "Wrth edrych yn ôl dros bum mlynedd o achosion troi allan, canfu'r gymdeithas fod y rhan fwyaf o "
        "denantiaid wedi dangos arwyddion o anhawster ymhell cyn i'r ôl-ddyledion ddechrau.",
        None,
    ),
    ("Getting to know tenants", "Dod i adnabod tenantiaid", None),
    (
        "Every new tenant now has a welcome visit in the language of their choice, and officers keep in touch "
        "regularly through the first year. They can refer tenants straight to money advice, and they meet "
        "every month to reflect on difficult cases together.",
        "Mae pob tenant newydd bellach yn cael ymweliad croeso yn yr iaith o'i ddewis, ac mae swyddogion yn "
        "cadw mewn cysylltiad yn rheolaidd drwy gydol y flwyddyn gyntaf. Gallant gyfeirio tenantiaid yn syth at "
        "gyngor ariannol, ac maent yn cwrdd bob mis i fyfyrio ar achosion anodd gyda'i gilydd.",
        None,
    ),
    ("Since the change", "Ers y newid", None),
    ("fewer notices seeking possession", "yn llai o hysbysiadau ceisio meddiant", None),
    ("1 in 3", "1 o bob 3", None),
    (
        "tenants choose to speak Welsh with their officer",
        "tenant yn dewis siarad Cymraeg â'u swyddog",
        None,
    ),
    (
        "It felt like they were on my side, not chasing me.",
        "Roedd yn teimlo eu bod nhw ar fy ochr i, nid yn fy erlid.",
        None,
    ),
    ("A tenant", "Tenant", None),
    # Home page: the resources section
    ("Latest resources", "Adnoddau diweddaraf", "تازہ ترین وسائل"),
    # Resources library
    ("Resources", "Adnoddau", "وسائل"),
    (
        "Guides, toolkits, reports, templates, films and podcasts made by people putting Human Learning "
        "Systems into practice. Filter by type, theme, sector or region, borrow what helps and adapt it to your "
        "own work.",
        "Canllawiau, pecynnau cymorth, adroddiadau, templedi, ffilmiau a phodlediadau gan bobl sy'n rhoi "
        "Systemau Dysgu Dynol ar waith. Hidlwch yn ôl math, thema, sector neu ranbarth, benthycwch yr hyn sy'n "
        "helpu a'i addasu i'ch gwaith eich hun.",
        "رہنما کتابچے، ٹول کٹس، رپورٹیں، ٹیمپلیٹس، فلمیں اور پوڈکاسٹ، جو ہیومن لرننگ سسٹمز کو عملی طور پر "
        "اپنانے والے لوگوں نے تیار کیے ہیں۔ قسم، موضوع، شعبے یا علاقے کے لحاظ سے چھانٹیں، جو مفید لگے اسے "
        "لیں اور اپنے کام کے مطابق ڈھال لیں۔",
    ),
    (
        "Free guides, toolkits, reports and templates for councils, charities, NHS bodies and government teams "
        "working in a Human Learning Systems way.",
        "Canllawiau, pecynnau cymorth, adroddiadau a thempledi am ddim i gynghorau, elusennau, cyrff y GIG a "
        "thimau llywodraeth sy'n gweithio yn null Systemau Dysgu Dynol.",
        "کونسلوں، خیراتی اداروں، این ایچ ایس کے اداروں اور حکومتی ٹیموں کے لیے مفت رہنما کتابچے، ٹول کٹس، "
        "رپورٹیں اور ٹیمپلیٹس، جو ہیومن لرننگ سسٹمز کے انداز میں کام کر رہی ہیں۔",
    ),
    # Resource: equity in practice (Welsh and Urdu)
    (
        "Equity in practice: a guide for practitioners",
        "Tegwch ar waith: canllaw i ymarferwyr",
        "عمل میں مساوات: پیشہ ور افراد کے لیے ایک رہنما",
    ),
    ("equity-in-practice", "tegwch-ar-waith", None),
    (
        "A practical guide to equity, diversity and inclusion for anyone working in a Human Learning Systems "
        "way: who our relationships reach, whose knowledge counts when we learn, and how to share power across "
        "a system.",
        "Canllaw ymarferol i degwch, amrywiaeth a chynhwysiant i unrhyw un sy'n gweithio yn null Systemau "
        "Dysgu Dynol: pwy y mae ein perthnasoedd yn eu cyrraedd, gwybodaeth pwy sy'n cyfrif pan fyddwn yn "
        "dysgu, a sut i rannu pŵer ar draws system.",
        "ہیومن لرننگ سسٹمز کے انداز میں کام کرنے والے ہر فرد کے لیے مساوات، تنوع اور شمولیت پر ایک عملی "
        "رہنما: ہمارے رشتے کن لوگوں تک پہنچتے ہیں، سیکھتے وقت کس کے علم کو اہمیت دی جاتی ہے، اور پورے نظام "
        "میں اختیار کیسے بانٹا جائے۔",
    ),
    ("Why this guide", "Pam y canllaw hwn", "یہ رہنما کیوں"),
    (
        "Relational, learning-led work should help services respond to each person's circumstances. Without "
        "deliberate attention, though, it can repeat old inequalities: relationships form with the people who "
        "are easiest to reach, and learning hears the voices that are already loudest.",
        "Dylai gwaith sy'n seiliedig ar berthynas ac sy'n cael ei arwain gan ddysgu helpu gwasanaethau i ymateb "
        "i amgylchiadau pob unigolyn. Heb sylw bwriadol, fodd bynnag, gall ailadrodd hen anghydraddoldebau: "
        "mae perthnasoedd yn ffurfio gyda'r bobl sydd hawsaf eu cyrraedd, ac mae dysgu'n clywed y lleisiau sydd "
        "eisoes yn uchaf.",
        "رشتوں پر مبنی اور سیکھنے کی رہنمائی میں ہونے والا کام خدمات کو ہر فرد کے حالات کے مطابق ڈھلنے میں "
        "مدد دیتا ہے۔ لیکن شعوری توجہ کے بغیر یہ پرانی ناہمواریوں کو دہرا سکتا ہے: رشتے انہی لوگوں سے بنتے ہیں "
        "جن تک پہنچنا سب سے آسان ہو، اور سیکھنے کا عمل وہی آوازیں سنتا ہے جو پہلے ہی سب سے بلند ہیں۔",
    ),
    ("What it covers", "Beth sydd ynddo", "اس میں کیا شامل ہے"),
    (
        "Human: building relationships across difference and noticing who is missing.",
        "Dynol: meithrin perthnasoedd ar draws gwahaniaethau a sylwi pwy sydd ar goll.",
        "انسانی: اختلافات کے باوجود رشتے استوار کرنا اور یہ دیکھنا کہ کون غائب ہے۔",
    ),
    (
        "Learning: making sure that people who are often overlooked help decide what is working.",
        "Dysgu: sicrhau bod pobl sy'n aml yn cael eu hanwybyddu yn helpu i benderfynu beth sy'n gweithio.",
        "سیکھنا: اس بات کو یقینی بنانا کہ جن لوگوں کو اکثر نظرانداز کیا جاتا ہے وہ بھی یہ طے کرنے میں حصہ لیں "
        "کہ کیا کارگر ہے۔",
    ),
    (
        "Systems: seeing where power sits and finding ways to share it.",
        "Systemau: gweld ble mae pŵer yn gorwedd a chanfod ffyrdd o'i rannu.",
        "نظام: یہ دیکھنا کہ اختیار کہاں ہے اور اسے بانٹنے کے طریقے تلاش کرنا۔",
    ),
    (
        "Responding to diversity is not an extra. It is what makes an approach human.",
        "Nid rhywbeth ychwanegol yw ymateb i amrywiaeth. Dyna sy'n gwneud dull yn ddynol.",
        "تنوع کا خیال رکھنا کوئی اضافی کام نہیں۔ یہی چیز کسی طریقے کو انسانی بناتی ہے۔",
    ),
    (
        "A participant in an HLS Week conversation",
        "Cyfranogwr mewn sgwrs yn ystod Wythnos HLS",
        "ایچ ایل ایس ویک کی ایک گفتگو کے شریک",
    ),
    # Resource: learning review template (Welsh)
    ("Learning review template", "Templed adolygiad dysgu", None),
    ("learning-review-template", "templed-adolygiad-dysgu", None),
    (
        "A ready-to-use template for a team's regular learning review: what you set out to learn, what you saw, "
        "what people told you, what you will change and who needs to hear about it.",
        "Templed parod i'w ddefnyddio ar gyfer adolygiad dysgu rheolaidd tîm: beth roeddech chi'n bwriadu ei "
        "ddysgu, beth welsoch chi, beth ddywedodd pobl wrthych chi, beth fyddwch chi'n ei newid a phwy sydd "
        "angen clywed amdano.",
        None,
    ),
    ("How to use it", "Sut i'w ddefnyddio", None),
    (
        "Fill in the template together at the end of each learning cycle, ideally with people who use the "
        "service in the room. It takes about an hour. Keep each review short and honest: it is a record of "
        "learning, not a performance report.",
        "Llenwch y templed gyda'ch gilydd ar ddiwedd pob cylch dysgu, gyda phobl sy'n defnyddio'r gwasanaeth "
        "yn yr ystafell os oes modd. Mae'n cymryd tua awr. Cadwch bob adolygiad yn fyr ac yn onest: cofnod o "
        "ddysgu yw hwn, nid adroddiad perfformiad.",
        None,
    ),
    ("What the sections cover", "Beth mae'r adrannau'n ei gynnwys", None),
    (
        "The question you set out to explore.",
        "Y cwestiwn roeddech chi'n bwriadu ei archwilio.",
        None,
    ),
    (
        "What you noticed, in numbers and in stories.",
        "Yr hyn y sylwoch chi arno, mewn rhifau ac mewn straeon.",
        None,
    ),
    (
        "What you will change, and who needs to know.",
        "Yr hyn y byddwch chi'n ei newid, a phwy sydd angen gwybod.",
        None,
    ),
    # Resource: welcome visits guide (Welsh)
    (
        "Welcome visits in the tenant's own language: a guide for housing officers",
        "Ymweliadau croeso yn iaith y tenant ei hun: canllaw i swyddogion tai",
        None,
    ),
    ("welcome-visits-guide", "ymweliadau-croeso-canllaw-i-swyddogion-tai", None),
    (
        "How Tŷ Cymunedol Housing plans the first visit to every new tenant in Welsh or English, as the tenant "
        "chooses, and keeps in touch through the first year so that problems are spotted early.",
        "Sut mae Tai Tŷ Cymunedol yn cynllunio'r ymweliad cyntaf â phob tenant newydd yn Gymraeg neu yn "
        "Saesneg, yn ôl dewis y tenant, ac yn cadw mewn cysylltiad drwy'r flwyddyn gyntaf er mwyn sylwi ar "
        "broblemau'n gynnar.",
        None,
    ),
    ("Why the first visit matters", "Pam mae'r ymweliad cyntaf yn bwysig", None),
    (
        "The first visit sets the tone for the whole tenancy. Officers go to listen, not to check: how the move "
        "went, what the tenant is worried about and what would help.",
        "Mae'r ymweliad cyntaf yn gosod y naws ar gyfer y denantiaeth gyfan. Mae swyddogion yn mynd i wrando, "
        "nid i wirio: sut aeth y symud, beth sy'n poeni'r tenant a beth fyddai'n helpu.",
        None,
    ),
    ("What the guide covers", "Beth mae'r canllaw yn ei gynnwys", None),
    (
        "Offering Welsh or English from the first letter.",
        "Cynnig Cymraeg neu Saesneg o'r llythyr cyntaf.",
        None,
    ),
    ("A conversation plan for the first visit.", "Cynllun sgwrs ar gyfer yr ymweliad cyntaf.", None),
    ("Keeping in touch through the first year.", "Cadw mewn cysylltiad drwy'r flwyddyn gyntaf.", None),
    (
        "Hearing Welsh at the door made me feel at home before I had unpacked.",
        "Roedd clywed Cymraeg wrth y drws yn gwneud i mi deimlo'n gartrefol cyn i mi ddadbacio.",
        None,
    ),
    # Resource: starting a learning cycle (Urdu)
    (
        "Starting a learning cycle: a guide for teams",
        None,
        "سیکھنے کا دور شروع کرنا: ٹیموں کے لیے ایک رہنما",
    ),
    (
        "A step-by-step guide for teams who want to replace a target with a learning cycle: choosing a "
        "question that matters, gathering stories and data, making sense of them together and deciding what to "
        "change.",
        None,
        "ان ٹیموں کے لیے قدم بہ قدم رہنما جو کسی ہدف کی جگہ سیکھنے کا دور اپنانا چاہتی ہیں: ایک اہم سوال کا "
        "انتخاب، کہانیاں اور اعداد و شمار جمع کرنا، مل کر ان کا مطلب سمجھنا اور یہ طے کرنا کہ کیا بدلنا ہے۔",
    ),
    ("Who this guide is for", None, "یہ رہنما کس کے لیے ہے"),
    (
        "Front-line teams, managers and commissioners who feel that their current measures tell them little "
        "about what really helps people. You need no special training or budget to begin.",
        None,
        "فرنٹ لائن ٹیمیں، منیجرز اور کمشنرز جنہیں لگتا ہے کہ ان کے موجودہ پیمانے یہ کم ہی بتاتے ہیں کہ لوگوں "
        "کی اصل مدد کس چیز سے ہوتی ہے۔ شروع کرنے کے لیے کسی خاص تربیت یا بجٹ کی ضرورت نہیں۔",
    ),
    ("What is inside", None, "اس میں کیا ہے"),
    (
        "How to choose a learning question with the people you support.",
        None,
        "جن لوگوں کی آپ مدد کرتے ہیں ان کے ساتھ مل کر سیکھنے کا سوال کیسے چنیں۔",
    ),
    (
        "Simple ways to collect stories alongside numbers.",
        None,
        "اعداد کے ساتھ ساتھ کہانیاں جمع کرنے کے آسان طریقے۔",
    ),
    (
        "A plan for your first three cycles, with examples from councils and charities.",
        None,
        "آپ کے پہلے تین ادوار کا منصوبہ، کونسلوں اور خیراتی اداروں کی مثالوں کے ساتھ۔",
    ),
    (
        "We stopped asking whether we had hit the target and started asking what we had learned. The "
        "conversations changed overnight.",
        None,
        "ہم نے یہ پوچھنا چھوڑ دیا کہ ہدف پورا ہوا یا نہیں، اور یہ پوچھنا شروع کیا کہ ہم نے کیا سیکھا۔ راتوں "
        "رات گفتگو کا انداز بدل گیا۔",
    ),
    ("A housing team manager", None, "ہاؤسنگ ٹیم کی ایک منیجر"),
    # Newsletter archive (Welsh and Urdu)
    ("Newsletter", "Cylchlythyr", "نیوز لیٹر"),
    ("newsletter", "cylchlythyr", None),
    (
        "About once a month, the best of what the Human Learning Systems community is learning, in one short "
        "read: new case studies and resources, news from councils, charities and NHS teams, and open events "
        "where you can meet people doing the work. Every issue is here, with RSS and Atom feeds.",
        "Tua unwaith y mis, y gorau o'r hyn y mae cymuned Systemau Dysgu Dynol yn ei ddysgu, mewn un darn byr: "
        "astudiaethau achos ac adnoddau newydd, newyddion gan gynghorau, elusennau a thimau'r GIG, a "
        "digwyddiadau agored lle gallwch gwrdd â'r bobl sy'n gwneud y gwaith. Mae pob rhifyn yma, gyda "
        "ffrydiau RSS ac Atom.",
        "تقریباً مہینے میں ایک بار، ہیومن لرننگ سسٹمز کمیونٹی جو کچھ سیکھ رہی ہے اس کا بہترین حصہ، ایک مختصر "
        "تحریر میں: نئی کیس اسٹڈیز اور وسائل، کونسلوں، خیراتی اداروں اور این ایچ ایس ٹیموں کی خبریں، اور کھلی "
        "تقریبات جہاں آپ یہ کام کرنے والے لوگوں سے مل سکتے ہیں۔ ہر شمارہ یہاں موجود ہے، آر ایس ایس اور ایٹم "
        "فیڈز کے ساتھ۔",
    ),
    (
        "The Human Learning Systems newsletter: new stories, resources, news and events from people making "
        "public service more human, roughly once a month.",
        "Cylchlythyr Systemau Dysgu Dynol: straeon, adnoddau, newyddion a digwyddiadau newydd gan bobl sy'n "
        "gwneud gwasanaeth cyhoeddus yn fwy dynol, tua unwaith y mis.",
        "ہیومن لرننگ سسٹمز کا نیوز لیٹر: عوامی خدمت کو زیادہ انسانی بنانے والے لوگوں کی نئی کہانیاں، وسائل، "
        "خبریں اور تقریبات، تقریباً مہینے میں ایک بار۔",
    ),
    (
        "Abstract illustration of rolling hills under a low sun",
        "Darlun haniaethol o fryniau tonnog dan haul isel",
        "تجریدی تصویر: ڈھلتے سورج تلے لہراتی پہاڑیاں",
    ),
    # Newsletter issue 7: listening first, in Welsh and English (Welsh)
    (
        "Issue 7: Listening first, in Welsh and English",
        "Rhifyn 7: Gwrando yn gyntaf, yn Gymraeg ac yn Saesneg",
        None,
    ),
    ("listening-first-in-welsh-and-english", "gwrando-yn-gyntaf-yn-gymraeg-ac-yn-saesneg", None),
    (
        "This issue comes from Wales. Tŷ Cymunedol Housing shares its guide to welcome visits in the tenant's "
        "own language, and we look at how listening first has changed its work.",
        "Daw'r rhifyn hwn o Gymru. Mae Tai Tŷ Cymunedol yn rhannu ei ganllaw i ymweliadau croeso yn iaith y "
        "tenant ei hun, ac rydym yn edrych ar sut mae gwrando yn gyntaf wedi newid ei waith.",
        None,
    ),
    (
        "For this issue we visited Tŷ Cymunedol Housing, a housing association that decided arrears were a "
        "symptom rather than the problem. Its officers now meet every new tenant in Welsh or English, as the "
        "tenant chooses, and stay in touch through the first year.",
        "Ar gyfer y rhifyn hwn buom yn ymweld â Thai Tŷ Cymunedol, cymdeithas dai a benderfynodd mai symptom "
        "oedd ôl-ddyledion, nid y broblem ei hun. Mae ei swyddogion bellach yn cwrdd â phob tenant newydd yn "
        "Gymraeg neu yn Saesneg, yn ôl dewis y tenant, ac yn cadw mewn cysylltiad drwy'r flwyddyn gyntaf.",
        None,
    ),
    (
        "A practical guide to the first visit, with a conversation plan you can adapt.",
        "Canllaw ymarferol i'r ymweliad cyntaf, gyda chynllun sgwrs y gallwch ei addasu.",
        None,
    ),
    (
        "How the association moved from chasing arrears to helping early, and what has changed since.",
        "Sut symudodd y gymdeithas o fynd ar ôl ôl-ddyledion i helpu'n gynnar, a beth sydd wedi newid ers "
        "hynny.",
        None,
    ),
    (
        "Welcome visits take place at home, in the language the tenant chooses.",
        "Mae ymweliadau croeso yn digwydd gartref, yn yr iaith y mae'r tenant yn ei dewis.",
        None,
    ),
    ("The newsletter in Welsh", "Y cylchlythyr yn Gymraeg", None),
    (
        "From this issue you can read the newsletter in Welsh as well as English. Tell us which stories you "
        "would like to read in Welsh next.",
        "O'r rhifyn hwn ymlaen gallwch ddarllen y cylchlythyr yn Gymraeg yn ogystal ag yn Saesneg. Dywedwch "
        "wrthym pa straeon yr hoffech eu darllen yn Gymraeg nesaf.",
        None,
    ),
    ("Write to the newsletter team", "Ysgrifennwch at dîm y cylchlythyr", None),
    (
        "Tenancy support that listens: a visit and conversation",
        "Cymorth tenantiaeth sy'n gwrando: ymweliad a sgwrs",
        None,
    ),
    ("Aberystwyth", "Aberystwyth", None),
    (
        "Meet the tenancy support team, hear from tenants and try a welcome visit conversation for yourself. "
        "In Welsh and English.",
        "Dewch i gwrdd â'r tîm cymorth tenantiaeth, clywed gan denantiaid a rhoi cynnig ar sgwrs ymweliad "
        "croeso eich hun. Yn Gymraeg ac yn Saesneg.",
        None,
    ),
    ("More stories from the community", "Rhagor o straeon gan y gymuned", None),
    ("Browse the case studies", "Pori'r astudiaethau achos", None),
    (
        "Councils, charities, NHS bodies and government teams share what they changed and what they learned.",
        "Mae cynghorau, elusennau, cyrff y GIG a thimau llywodraeth yn rhannu'r hyn a newidiwyd ganddynt a'r "
        "hyn a ddysgwyd.",
        None,
    ),
]


def _hero_alt_rows():
    """The generated hero pictures share one alt text pattern, varying only by letter."""
    return [
        (
            f"Abstract illustration of hills under a low sun, with a large letter {letter}",
            f"Darlun haniaethol o fryniau dan haul isel, gyda'r llythyren fawr {letter}",
            f"تجریدی تصویر: ڈھلتے سورج تلے پہاڑیاں، اور ساتھ انگریزی کا بڑا حرف {letter}",
        )
        for letter in string.ascii_uppercase
    ]


def _memory():
    memory = {"cy": {}, "ur": {}}
    for english, welsh, urdu in ROWS + _hero_alt_rows():
        for code, text in (("cy", welsh), ("ur", urdu)):
            if text is not None:
                memory[code][english] = text
    return memory


MEMORY = _memory()
