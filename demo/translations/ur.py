"""Urdu (ur) for the demo content: (English source text, Urdu) pairs, looked up by the English.

A string not listed here is shown in English (wagtail-localize marks it as still to translate).
No page slugs here: wagtail-localize runs slugs through Django's ASCII slugify, which would empty
an Urdu one, so Urdu pages keep the English slug.
"""

import string

TRANSLATIONS = [
    # Home page
    ("Human Learning Systems", "ہیومن لرننگ سسٹمز"),
    ("Public service for the real world", "حقیقی دنیا کے لیے عوامی خدمت"),
    (
        "Human Learning Systems is a way of running public services that starts with people's real lives. "
        "Councils, charities, NHS bodies and government teams across the UK are using it to build "
        "relationships, learn continuously and look after the systems that shape people's outcomes. Explore "
        "their stories below.",
        "ہیومن لرننگ سسٹمز عوامی خدمات چلانے کا ایک ایسا طریقہ ہے جو لوگوں کی حقیقی زندگیوں سے شروع ہوتا ہے۔ "
        "پورے برطانیہ میں کونسلیں، خیراتی ادارے، این ایچ ایس کے ادارے اور حکومتی ٹیمیں اسے رشتے استوار کرنے، "
        "مسلسل سیکھنے اور ان نظاموں کی دیکھ بھال کے لیے استعمال کر رہی ہیں جو لوگوں کی زندگیوں کے نتائج طے کرتے "
        "ہیں۔ نیچے ان کی کہانیاں دیکھیں۔",
    ),
    (
        "Stories from councils, charities, NHS bodies and government teams using Human Learning Systems to "
        "make public service more human.",
        "کونسلوں، خیراتی اداروں، این ایچ ایس کے اداروں اور حکومتی ٹیموں کی کہانیاں جو عوامی خدمت کو زیادہ انسانی "
        "بنانے کے لیے ہیومن لرننگ سسٹمز استعمال کر رہی ہیں۔",
    ),
    ("Featured case studies", "نمایاں کیس اسٹڈیز"),
    ("Latest case studies", "تازہ ترین کیس اسٹڈیز"),
    # Case study library
    ("Case studies", "کیس اسٹڈیز"),
    (
        "Real stories of organisations putting Human Learning Systems into practice. Filter by theme, "
        "sector, region or organisation to find work like yours.",
        "ان اداروں کی حقیقی کہانیاں جو ہیومن لرننگ سسٹمز کو عملی طور پر اپنا رہے ہیں۔ اپنے جیسا کام تلاش کرنے کے "
        "لیے موضوع، شعبے، علاقے یا ادارے کے لحاظ سے چھانٹیں۔",
    ),
    (
        "A library of case studies showing Human Learning Systems in practice across the UK.",
        "کیس اسٹڈیز کا ایک ذخیرہ جو پورے برطانیہ میں ہیومن لرننگ سسٹمز کو عمل میں دکھاتا ہے۔",
    ),
    # Themes
    ("Human", "انسانی"),
    (
        "Building real relationships with the people services support, and responding to each person's "
        "strengths, needs and circumstances.",
        "ان لوگوں کے ساتھ حقیقی رشتے استوار کرنا جن کی خدمات مدد کرتی ہیں، اور ہر فرد کی خوبیوں، ضروریات اور "
        "حالات کے مطابق ردِعمل دینا۔",
    ),
    ("Learning", "سیکھنا"),
    (
        "Using continuous learning, not targets, as the way to improve: trying things, noticing what happens "
        "and adapting.",
        "بہتری کے لیے اہداف کے بجائے مسلسل سیکھنے کو راستہ بنانا: چیزیں آزمانا، نتائج پر غور کرنا اور خود کو "
        "ڈھالنا۔",
    ),
    ("Systems", "نظام"),
    (
        "Recognising that outcomes come from whole systems, not single organisations, and looking after the "
        "health of those systems.",
        "یہ تسلیم کرنا کہ نتائج کسی ایک ادارے سے نہیں بلکہ پورے نظام سے جنم لیتے ہیں، اور ان نظاموں کی صحت کا "
        "خیال رکھنا۔",
    ),
    # Sectors
    ("Housing", "رہائش"),
    (
        "Homes, tenancies and the support that helps people keep them.",
        "گھر، کرایہ داری اور وہ مدد جو لوگوں کو اپنا گھر برقرار رکھنے میں معاون ہو۔",
    ),
    ("Health", "صحت"),
    (
        "NHS and community health services, physical and mental.",
        "این ایچ ایس اور کمیونٹی کی صحت کی خدمات، جسمانی بھی اور ذہنی بھی۔",
    ),
    ("Social care", "سماجی نگہداشت"),
    (
        "Care and support for adults at home and in the community.",
        "بالغوں کے لیے گھر اور کمیونٹی میں نگہداشت اور مدد۔",
    ),
    ("Children and young people", "بچے اور نوجوان"),
    (
        "Early help, children's social care, youth work and residential care.",
        "ابتدائی مدد، بچوں کی سماجی نگہداشت، نوجوانوں کے ساتھ کام اور رہائشی نگہداشت۔",
    ),
    ("Criminal justice", "فوجداری انصاف"),
    (
        "Policing, courts, prisons, probation and youth justice.",
        "پولیس، عدالتیں، جیلیں، پروبیشن اور نوعمروں کا نظامِ انصاف۔",
    ),
    ("Employment and money", "روزگار اور مالی امور"),
    (
        "Work, benefits, debt advice and financial inclusion.",
        "کام، سرکاری امداد، قرض سے متعلق مشورہ اور مالی شمولیت۔",
    ),
    ("Community", "کمیونٹی"),
    ("Neighbourhoods, voluntary groups and civil society.", "محلے، رضاکار گروپ اور سول سوسائٹی۔"),
    ("Homelessness", "بے گھری"),
    (
        "Preventing homelessness and supporting people without a home.",
        "بے گھری کی روک تھام اور بے گھر لوگوں کی مدد۔",
    ),
    # Regions
    ("North East England", "شمال مشرقی انگلینڈ"),
    ("From Northumberland to Teesside.", "نارتھمبرلینڈ سے ٹیز سائیڈ تک۔"),
    ("North West England", "شمال مغربی انگلینڈ"),
    ("From Cumbria to Cheshire.", "کمبریا سے چیشائر تک۔"),
    ("London", "لندن"),
    (
        "Greater London and its thirty-three local authorities.",
        "گریٹر لندن اور اس کے تینتیس مقامی حکومتی ادارے۔",
    ),
    ("South West England", "جنوب مغربی انگلینڈ"),
    ("From Gloucestershire to Cornwall.", "گلوسٹرشائر سے کارنوال تک۔"),
    ("West Midlands", "ویسٹ مڈلینڈز"),
    (
        "Birmingham, the Black Country and the counties around them.",
        "برمنگھم، بلیک کنٹری اور ان کے اردگرد کی کاؤنٹیاں۔",
    ),
    ("Scotland", "اسکاٹ لینڈ"),
    (
        "Work across Scotland's local partnerships and national bodies.",
        "اسکاٹ لینڈ کی مقامی شراکتوں اور قومی اداروں میں ہونے والا کام۔",
    ),
    ("Wales", "ویلز"),
    (
        "Work in Wales, often in Welsh as well as English.",
        "ویلز میں ہونے والا کام، اکثر انگریزی کے ساتھ ویلش زبان میں بھی۔",
    ),
    ("Northern Ireland", "شمالی آئرلینڈ"),
    (
        "Work across Northern Ireland's councils and trusts.",
        "شمالی آئرلینڈ کی کونسلوں اور ٹرسٹس میں ہونے والا کام۔",
    ),
    # Organisations: names of charities and companies stay as they are in Welsh.
    ("Collaborate CIC", "کولیبوریٹ سی آئی سی"),
    (
        "A social business that helps public services work together differently.",
        "ایک سماجی کاروبار جو عوامی خدمات کو نئے انداز میں مل کر کام کرنے میں مدد دیتا ہے۔",
    ),
    ("Empowerment", "ایمپاورمنٹ"),
    (
        "A charity supporting people facing disadvantage to take control of their lives.",
        "ایک خیراتی ادارہ جو محرومی کا سامنا کرنے والے لوگوں کو اپنی زندگی کا اختیار سنبھالنے میں مدد دیتا ہے۔",
    ),
    ("Good Cents", "گڈ سینٹس"),
    (
        "A debt advice service built around trust and safety.",
        "قرض سے متعلق مشورے کی ایک سروس جس کی بنیاد اعتماد اور تحفظ پر ہے۔",
    ),
    ("Lighthouse", "لائٹ ہاؤس"),
    (
        "Residential care homes for young people, run with the young people who live in them.",
        "نوجوانوں کے لیے رہائشی نگہداشت کے گھر، جو وہاں رہنے والے نوجوانوں کے ساتھ مل کر چلائے جاتے ہیں۔",
    ),
    ("Plymouth Alliance", "پلیمتھ الائنس"),
    (
        "An alliance of organisations supporting people with multiple and complex needs.",
        "اداروں کا ایک اتحاد جو متعدد اور پیچیدہ ضروریات رکھنے والے لوگوں کی مدد کرتا ہے۔",
    ),
    ("Wellbeing Teams", "ویل بیئنگ ٹیمز"),
    (
        "Small, self-managing teams providing care and support at home.",
        "چھوٹی، خود انتظامی ٹیمیں جو گھر پر نگہداشت اور مدد فراہم کرتی ہیں۔",
    ),
    ("Northmoor Borough Council", "نارتھ مور بورو کونسل"),
    (
        "A borough council serving towns and villages in the north east.",
        "ایک بورو کونسل جو شمال مشرق کے قصبوں اور دیہات کی خدمت کرتی ہے۔",
    ),
    ("Riverside City Council", "ریور سائیڈ سٹی کونسل"),
    ("A city council in the West Midlands.", "ویسٹ مڈلینڈز کی ایک سٹی کونسل۔"),
    ("Valley Health NHS Foundation Trust", "ویلی ہیلتھ این ایچ ایس فاؤنڈیشن ٹرسٹ"),
    (
        "An NHS trust providing hospital, community and mental health services.",
        "این ایچ ایس کا ایک ٹرسٹ جو ہسپتال، کمیونٹی اور ذہنی صحت کی خدمات فراہم کرتا ہے۔",
    ),
    ("Coastal Integrated Care Board", "کوسٹل انٹیگریٹڈ کیئر بورڈ"),
    (
        "The NHS body that plans and pays for health services along the coast.",
        "این ایچ ایس کا وہ ادارہ جو ساحلی علاقے میں صحت کی خدمات کی منصوبہ بندی اور ادائیگی کرتا ہے۔",
    ),
    ("Department for Communities and Public Service", "محکمہ برائے کمیونٹیز و عوامی خدمت"),
    (
        "A government department responsible for communities and public service reform.",
        "ایک سرکاری محکمہ جو کمیونٹیز اور عوامی خدمات میں اصلاحات کا ذمہ دار ہے۔",
    ),
    ("Public Service Reform Unit", "عوامی خدمات کی اصلاح کا یونٹ"),
    (
        "A national team supporting reform of public services in Scotland.",
        "ایک قومی ٹیم جو اسکاٹ لینڈ میں عوامی خدمات کی اصلاح میں مدد کرتی ہے۔",
    ),
    ("Common Ground Foundation", "کامن گراؤنڈ فاؤنڈیشن"),
    (
        "An independent foundation funding community organisations for the long term.",
        "ایک خودمختار فاؤنڈیشن جو کمیونٹی اداروں کو طویل مدت کے لیے مالی مدد دیتی ہے۔",
    ),
    ("Pedagogy in Practice Network", "پیڈاگوجی اِن پریکٹس نیٹ ورک"),
    (
        "A network of practitioners who use social pedagogy in their work.",
        "ان پیشہ ور افراد کا نیٹ ورک جو اپنے کام میں سوشل پیڈاگوجی استعمال کرتے ہیں۔",
    ),
    ("Tŷ Cymunedol Housing", "تی کمنیدول ہاؤسنگ"),
    ("A community housing association in west Wales.", "مغربی ویلز میں ایک کمیونٹی ہاؤسنگ ایسوسی ایشن۔"),
    ("Lagan Youth Justice Partnership", "لیگن یوتھ جسٹس پارٹنرشپ"),
    (
        "A partnership of statutory and voluntary bodies working with young people in the justice system.",
        "سرکاری اور رضاکار اداروں کی شراکت جو نظامِ انصاف سے گزرنے والے نوجوانوں کے ساتھ کام کرتی ہے۔",
    ),
    ("Pathways Employment Trust", "پاتھ ویز ایمپلائمنٹ ٹرسٹ"),
    (
        "A charity offering voluntary, strengths-based employment support.",
        "ایک خیراتی ادارہ جو رضاکارانہ، خوبیوں پر مبنی روزگار کی مدد فراہم کرتا ہے۔",
    ),
    # Case study: a lived experience team
    (
        "A lived experience team as system change agents",
        "ذاتی تجربہ رکھنے والوں کی ٹیم، نظام میں تبدیلی کی محرک",
    ),
    (
        "Empowerment employs people who have used local services to work alongside managers and "
        "commissioners, spotting where the system gets in the way and helping to change it from the inside.",
        "ایمپاورمنٹ ایسے لوگوں کو ملازمت دیتا ہے جو خود مقامی خدمات استعمال کر چکے ہیں، تاکہ وہ منیجرز اور "
        "کمشنرز کے ساتھ مل کر کام کریں، یہ پہچانیں کہ نظام کہاں رکاوٹ بنتا ہے اور اسے اندر سے بدلنے میں مدد دیں۔",
    ),
    ("Lived experience team coordinator", "ذاتی تجربے کی ٹیم کی رابطہ کار"),
    ("Why a lived experience team", "ذاتی تجربے کی ٹیم کیوں"),
    (
        "Local services had mostly been designed by people who had never needed them. Surveys and one-off "
        "consultations left people feeling heard once and then forgotten.",
        "مقامی خدمات زیادہ تر ایسے لوگوں نے بنائی تھیں جنہیں کبھی ان کی ضرورت نہیں پڑی تھی۔ سروے اور ایک بار کی "
        "مشاورت کے بعد لوگوں کو لگتا تھا کہ انہیں ایک بار سنا گیا اور پھر بھلا دیا گیا۔",
    ),
    (
        "Empowerment wanted something sturdier: a standing team of people with first-hand experience of "
        "homelessness, addiction and the benefits system, paid properly for their expertise.",
        "ایمپاورمنٹ کچھ زیادہ پائیدار چاہتا تھا: ایسے لوگوں کی ایک مستقل ٹیم جنہیں بے گھری، نشے کی لت اور "
        "سرکاری امداد کے نظام کا براہِ راست تجربہ ہو، اور جنہیں ان کی مہارت کا مناسب معاوضہ دیا جائے۔",
    ),
    ("What the team does", "ٹیم کیا کرتی ہے"),
    (
        "Team members sit on commissioning panels, shadow front-line staff and hold listening sessions in "
        "places people already go, such as food banks and drop-in centres. They bring back patterns, not only "
        "stories: the letter that frightens people, the form that asks the same question three times, the "
        "appointment that clashes with the last bus home.",
        "ٹیم کے ارکان کمیشننگ پینلز میں بیٹھتے ہیں، فرنٹ لائن عملے کے ساتھ رہ کر ان کا کام دیکھتے ہیں، اور ان "
        "جگہوں پر سننے کی نشستیں رکھتے ہیں جہاں لوگ پہلے ہی آتے جاتے ہیں، جیسے فوڈ بینک اور ڈراپ اِن مراکز۔ وہ "
        "صرف کہانیاں نہیں بلکہ رجحانات بھی واپس لاتے ہیں: وہ خط جو لوگوں کو خوفزدہ کر دیتا ہے، وہ فارم جو ایک ہی "
        "سوال تین بار پوچھتا ہے، وہ ملاقات جس کا وقت گھر جانے والی آخری بس سے ٹکراتا ہے۔",
    ),
    (
        "For the first time I was in the room when the decision was made, not reading about it afterwards.",
        "پہلی بار میں اس کمرے میں موجود تھا جہاں فیصلہ ہوا، بعد میں صرف اس کے بارے میں پڑھ نہیں رہا تھا۔",
    ),
    ("A member of the Lived Experience Team", "ذاتی تجربے کی ٹیم کا ایک رکن"),
    ("The first two years", "پہلے دو سال"),
    ("team members employed on paid contracts", "ٹیم ارکان باقاعدہ تنخواہ دار معاہدوں پر ملازم"),
    ("changes to local processes proposed by the team", "مقامی طریقۂ کار میں تبدیلیاں جو ٹیم نے تجویز کیں"),
    ("commissioning panels with a team member", "کمیشننگ پینلز جن میں ٹیم کا ایک رکن شامل ہے"),
    (
        "Members of the Lived Experience Team talk about their first year",
        "ذاتی تجربے کی ٹیم کے ارکان اپنے پہلے سال کے بارے میں بتاتے ہیں",
    ),
    (
        "Narrator: When we started, nobody was sure what a lived experience team would do.\n"
        "Team member: I thought I would be a token. Instead I was asked to chair the panel.",
        "راوی: جب ہم نے شروع کیا تو کسی کو یقین نہیں تھا کہ ذاتی تجربے کی ٹیم کیا کرے گی۔\n"
        "ٹیم کا رکن: میرا خیال تھا کہ مجھے صرف دکھاوے کے لیے رکھا جائے گا۔ اس کے بجائے مجھ سے پینل کی صدارت "
        "کرنے کو کہا گیا۔",
    ),
    ("Find more stories about co-production", "مشترکہ تخلیق کے بارے میں مزید کہانیاں تلاش کریں"),
    ("Browse all case studies", "تمام کیس اسٹڈیز دیکھیں"),
    (
        "See how other organisations share power with the people they support.",
        "دیکھیں کہ دوسرے ادارے جن لوگوں کی مدد کرتے ہیں ان کے ساتھ اختیار کیسے بانٹتے ہیں۔",
    ),
    # Case study: trauma-informed debt advice
    ("Debt advice that starts with safety", "قرض کا مشورہ جو تحفظ سے شروع ہوتا ہے"),
    (
        "Good Cents rebuilt its debt service around the fact that money trouble is often tangled up with past "
        "harm, training advisers to slow down, offer choice and stay with people rather than close cases "
        "quickly.",
        "گڈ سینٹس نے اپنی قرض کی سروس کو اس حقیقت کے گرد نئے سرے سے ترتیب دیا کہ مالی مشکلات اکثر ماضی کے "
        "صدمات سے جڑی ہوتی ہیں۔ مشیروں کو تربیت دی گئی کہ وہ جلدی نہ کریں، انتخاب کا موقع دیں اور کیس جلد بند "
        "کرنے کے بجائے لوگوں کا ساتھ نبھائیں۔",
    ),
    ("Head of advice", "شعبۂ مشاورت کے سربراہ"),
    ("Looking beyond the balance sheet", "حساب کتاب سے آگے دیکھنا"),
    (
        "Advisers noticed that many clients missed appointments, left letters unopened and seemed to "
        "disappear just as a plan was agreed. The old service called this disengagement and closed the case.",
        "مشیروں نے دیکھا کہ بہت سے کلائنٹس ملاقاتوں پر نہیں آتے، خط کھولے بغیر چھوڑ دیتے ہیں اور عین اس وقت "
        "غائب ہو جاتے ہیں جب کوئی منصوبہ طے پاتا ہے۔ پرانی سروس اسے عدم دلچسپی قرار دے کر کیس بند کر دیتی تھی۔",
    ),
    (
        "When the team listened more closely, they heard about bereavement, violence and years of shame. For "
        "many people a brown envelope was not an admin task but a reminder of harm.",
        "جب ٹیم نے زیادہ غور سے سنا تو انہیں سوگ، تشدد اور برسوں کی شرمندگی کی کہانیاں سننے کو ملیں۔ بہت سے "
        "لوگوں کے لیے ایک بھورا لفافہ کوئی دفتری کام نہیں بلکہ تکلیف کی یاد تھا۔",
    ),
    ("Changing how the first meeting feels", "پہلی ملاقات کا احساس بدلنا"),
    (
        "Every adviser now trains in trauma-informed practice. First meetings happen where the client "
        "chooses, start with what matters to them and end with one small next step rather than a full budget.",
        "اب ہر مشیر صدمے سے آگاہ طریقۂ کار کی تربیت لیتا ہے۔ پہلی ملاقات وہاں ہوتی ہے جہاں کلائنٹ چاہے، اس بات "
        "سے شروع ہوتی ہے جو اس کے لیے اہم ہو، اور مکمل بجٹ کے بجائے ایک چھوٹے سے اگلے قدم پر ختم ہوتی ہے۔",
    ),
    (
        "Cases stay open for as long as they are useful, and advisers have regular reflective supervision so "
        "they can carry difficult conversations without burning out.",
        "کیس اس وقت تک کھلے رہتے ہیں جب تک وہ مفید ہوں، اور مشیروں کو باقاعدہ غور و فکر پر مبنی نگرانی ملتی ہے "
        "تاکہ وہ تھکن کا شکار ہوئے بغیر مشکل گفتگو سنبھال سکیں۔",
    ),
    (
        "Abstract illustration of two soft circles side by side above rolling hills",
        "تجریدی تصویر: لہراتی پہاڑیوں کے اوپر ساتھ ساتھ دو ہلکے دائرے",
    ),
    (
        "First meetings now take place wherever people feel safe, often at home.",
        "اب پہلی ملاقات وہاں ہوتی ہے جہاں لوگ خود کو محفوظ محسوس کریں، اکثر ان کے اپنے گھر میں۔",
    ),
    ("Illustration for the HLS demo site", "ایچ ایل ایس ڈیمو سائٹ کے لیے تصویر"),
    ("After two years", "دو سال بعد"),
    ("of clients stayed with us until their plan was in place", "کلائنٹس منصوبہ طے ہونے تک ہمارے ساتھ رہے"),
    ("3x", "3 گنا"),
    ("fewer missed appointments than under the old model", "کم ملاقاتیں چھوٹیں، پرانے طریقے کے مقابلے میں"),
    ("cases closed for not engaging", "کیس عدم شرکت کی بنا پر بند کیے گئے"),
    ("Our trauma-informed debt advice guide", "صدمے سے آگاہ قرض کے مشورے پر ہماری رہنما کتاب"),
    (
        "A short guide for advice teams who want to try the approach.",
        "ان مشاورتی ٹیموں کے لیے ایک مختصر رہنما جو یہ طریقہ آزمانا چاہتی ہیں۔",
    ),
    # Case study: residential care with young people
    # Case study: home care and the living wage
    # Case study: equity, diversity and inclusion resource
    (
        "An equity, diversity and inclusion resource for HLS practitioners",
        "ایچ ایل ایس سے وابستہ پیشہ ور افراد کے لیے مساوات، تنوع اور شمولیت کا وسیلہ",
    ),
    (
        "Collaborate gathered practitioners' experience into a practical resource on equity, diversity and "
        "inclusion, asking who relational practice reaches, who decides and whose voices a learning system "
        "hears.",
        "کولیبوریٹ نے پیشہ ور افراد کے تجربات کو مساوات، تنوع اور شمولیت پر ایک عملی وسیلے کی شکل دی، جو یہ "
        "سوال اٹھاتا ہے کہ رشتوں پر مبنی کام کن لوگوں تک پہنچتا ہے، فیصلے کون کرتا ہے اور سیکھنے والا نظام کن "
        "آوازوں کو سنتا ہے۔",
    ),
    ("Programme lead", "پروگرام کی سربراہ"),
    ("Why equity needs its own attention", "مساوات پر الگ سے توجہ کیوں ضروری ہے"),
    (
        "Working relationally and learning as you go should help services respond to each person's "
        "circumstances. But relationships tend to form along familiar lines, and learning can easily repeat "
        "the blind spots of whoever is doing it.",
        "رشتوں کی بنیاد پر کام کرنا اور ساتھ ساتھ سیکھنا خدمات کو ہر فرد کے حالات کے مطابق ڈھلنے میں مدد دیتا "
        "ہے۔ لیکن رشتے عموماً جانے پہچانے دائروں میں بنتے ہیں، اور سیکھنے کا عمل آسانی سے انہی کوتاہیوں کو دہرا "
        "سکتا ہے جو سیکھنے والے کو خود نظر نہیں آتیں۔",
    ),
    (
        "Practitioners told us they wanted help to ask harder questions about power, bias and who is missing "
        "from the room.",
        "پیشہ ور افراد نے ہمیں بتایا کہ وہ اختیار، تعصب اور اس بارے میں مشکل سوالات پوچھنے میں مدد چاہتے ہیں کہ "
        "کون لوگ کمرے میں موجود نہیں ہیں۔",
    ),
    ("What the resource covers", "اس وسیلے میں کیا شامل ہے"),
    (
        "The resource follows the three parts of Human Learning Systems. It offers questions for building "
        "relationships across difference, prompts for noticing whose knowledge counts in learning, and ways "
        "to share power across a system.",
        "یہ وسیلہ ہیومن لرننگ سسٹمز کے تین حصوں کی ترتیب پر چلتا ہے۔ اس میں اختلافات کے باوجود رشتے استوار "
        "کرنے کے لیے سوالات، یہ پہچاننے کے لیے اشارے کہ سیکھنے میں کس کے علم کو اہمیت دی جاتی ہے، اور پورے نظام "
        "میں اختیار بانٹنے کے طریقے شامل ہیں۔",
    ),
    (
        "If we only learn from the people who are already comfortable talking to us, we will keep getting "
        "the same answers.",
        "اگر ہم صرف ان لوگوں سے سیکھیں گے جو پہلے ہی ہم سے بات کرنے میں آسانی محسوس کرتے ہیں، تو ہمیں ہمیشہ "
        "وہی جواب ملتے رہیں گے۔",
    ),
    (
        "A participant in a Diversity in the New World conversation",
        "’نئی دنیا میں تنوع‘ کی گفتگو کے ایک شریک",
    ),
    (
        "Equity, diversity and inclusion: questions for practitioners",
        "مساوات، تنوع اور شمولیت: پیشہ ور افراد کے لیے سوالات",
    ),
    (
        "Reflective questions and practical prompts, organised by the Human, Learning and Systems themes.",
        "غور و فکر کے سوالات اور عملی اشارے، جو انسانی، سیکھنے اور نظام کے موضوعات کے تحت ترتیب دیے گئے ہیں۔",
    ),
    ("Where the conversation started", "یہ گفتگو کہاں سے شروع ہوئی"),
    ("Read about HLS Week 2022", "ایچ ایل ایس ویک 2022 کے بارے میں پڑھیں"),
    # Case study: tenancy support in Wales
    # Home page: the resources section
    ("Latest resources", "تازہ ترین وسائل"),
    # Resources library
    ("Resources", "وسائل"),
    (
        "Guides, toolkits, reports, templates, films and podcasts made by people putting Human Learning "
        "Systems into practice. Filter by type, theme, sector or region, borrow what helps and adapt it to your "
        "own work.",
        "رہنما کتابچے، ٹول کٹس، رپورٹیں، ٹیمپلیٹس، فلمیں اور پوڈکاسٹ، جو ہیومن لرننگ سسٹمز کو عملی طور پر "
        "اپنانے والے لوگوں نے تیار کیے ہیں۔ قسم، موضوع، شعبے یا علاقے کے لحاظ سے چھانٹیں، جو مفید لگے اسے "
        "لیں اور اپنے کام کے مطابق ڈھال لیں۔",
    ),
    (
        "Free guides, toolkits, reports and templates for councils, charities, NHS bodies and government teams "
        "working in a Human Learning Systems way.",
        "کونسلوں، خیراتی اداروں، این ایچ ایس کے اداروں اور حکومتی ٹیموں کے لیے مفت رہنما کتابچے، ٹول کٹس، "
        "رپورٹیں اور ٹیمپلیٹس، جو ہیومن لرننگ سسٹمز کے انداز میں کام کر رہی ہیں۔",
    ),
    # Resource: equity in practice
    ("Equity in practice: a guide for practitioners", "عمل میں مساوات: پیشہ ور افراد کے لیے ایک رہنما"),
    (
        "A practical guide to equity, diversity and inclusion for anyone working in a Human Learning Systems "
        "way: who our relationships reach, whose knowledge counts when we learn, and how to share power across "
        "a system.",
        "ہیومن لرننگ سسٹمز کے انداز میں کام کرنے والے ہر فرد کے لیے مساوات، تنوع اور شمولیت پر ایک عملی "
        "رہنما: ہمارے رشتے کن لوگوں تک پہنچتے ہیں، سیکھتے وقت کس کے علم کو اہمیت دی جاتی ہے، اور پورے نظام "
        "میں اختیار کیسے بانٹا جائے۔",
    ),
    ("Why this guide", "یہ رہنما کیوں"),
    (
        "Relational, learning-led work should help services respond to each person's circumstances. Without "
        "deliberate attention, though, it can repeat old inequalities: relationships form with the people who "
        "are easiest to reach, and learning hears the voices that are already loudest.",
        "رشتوں پر مبنی اور سیکھنے کی رہنمائی میں ہونے والا کام خدمات کو ہر فرد کے حالات کے مطابق ڈھلنے میں "
        "مدد دیتا ہے۔ لیکن شعوری توجہ کے بغیر یہ پرانی ناہمواریوں کو دہرا سکتا ہے: رشتے انہی لوگوں سے بنتے ہیں "
        "جن تک پہنچنا سب سے آسان ہو، اور سیکھنے کا عمل وہی آوازیں سنتا ہے جو پہلے ہی سب سے بلند ہیں۔",
    ),
    ("What it covers", "اس میں کیا شامل ہے"),
    (
        "Human: building relationships across difference and noticing who is missing.",
        "انسانی: اختلافات کے باوجود رشتے استوار کرنا اور یہ دیکھنا کہ کون غائب ہے۔",
    ),
    (
        "Learning: making sure that people who are often overlooked help decide what is working.",
        "سیکھنا: اس بات کو یقینی بنانا کہ جن لوگوں کو اکثر نظرانداز کیا جاتا ہے وہ بھی یہ طے کرنے میں حصہ لیں "
        "کہ کیا کارگر ہے۔",
    ),
    (
        "Systems: seeing where power sits and finding ways to share it.",
        "نظام: یہ دیکھنا کہ اختیار کہاں ہے اور اسے بانٹنے کے طریقے تلاش کرنا۔",
    ),
    (
        "Responding to diversity is not an extra. It is what makes an approach human.",
        "تنوع کا خیال رکھنا کوئی اضافی کام نہیں۔ یہی چیز کسی طریقے کو انسانی بناتی ہے۔",
    ),
    ("A participant in an HLS Week conversation", "ایچ ایل ایس ویک کی ایک گفتگو کے شریک"),
    # Resource: learning review template
    # Resource: welcome visits guide
    # Resource: starting a learning cycle
    ("Starting a learning cycle: a guide for teams", "سیکھنے کا دور شروع کرنا: ٹیموں کے لیے ایک رہنما"),
    (
        "A step-by-step guide for teams who want to replace a target with a learning cycle: choosing a "
        "question that matters, gathering stories and data, making sense of them together and deciding what to "
        "change.",
        "ان ٹیموں کے لیے قدم بہ قدم رہنما جو کسی ہدف کی جگہ سیکھنے کا دور اپنانا چاہتی ہیں: ایک اہم سوال کا "
        "انتخاب، کہانیاں اور اعداد و شمار جمع کرنا، مل کر ان کا مطلب سمجھنا اور یہ طے کرنا کہ کیا بدلنا ہے۔",
    ),
    ("Who this guide is for", "یہ رہنما کس کے لیے ہے"),
    (
        "Front-line teams, managers and commissioners who feel that their current measures tell them little "
        "about what really helps people. You need no special training or budget to begin.",
        "فرنٹ لائن ٹیمیں، منیجرز اور کمشنرز جنہیں لگتا ہے کہ ان کے موجودہ پیمانے یہ کم ہی بتاتے ہیں کہ لوگوں "
        "کی اصل مدد کس چیز سے ہوتی ہے۔ شروع کرنے کے لیے کسی خاص تربیت یا بجٹ کی ضرورت نہیں۔",
    ),
    ("What is inside", "اس میں کیا ہے"),
    (
        "How to choose a learning question with the people you support.",
        "جن لوگوں کی آپ مدد کرتے ہیں ان کے ساتھ مل کر سیکھنے کا سوال کیسے چنیں۔",
    ),
    (
        "Simple ways to collect stories alongside numbers.",
        "اعداد کے ساتھ ساتھ کہانیاں جمع کرنے کے آسان طریقے۔",
    ),
    (
        "A plan for your first three cycles, with examples from councils and charities.",
        "آپ کے پہلے تین ادوار کا منصوبہ، کونسلوں اور خیراتی اداروں کی مثالوں کے ساتھ۔",
    ),
    (
        "We stopped asking whether we had hit the target and started asking what we had learned. The "
        "conversations changed overnight.",
        "ہم نے یہ پوچھنا چھوڑ دیا کہ ہدف پورا ہوا یا نہیں، اور یہ پوچھنا شروع کیا کہ ہم نے کیا سیکھا۔ راتوں "
        "رات گفتگو کا انداز بدل گیا۔",
    ),
    ("A housing team manager", "ہاؤسنگ ٹیم کی ایک منیجر"),
    # Newsletter archive
    ("Newsletter", "نیوز لیٹر"),
    (
        "About once a month, the best of what the Human Learning Systems community is learning, in one short "
        "read: new case studies and resources, news from councils, charities and NHS teams, and open events "
        "where you can meet people doing the work. Every issue is here, with RSS and Atom feeds.",
        "تقریباً مہینے میں ایک بار، ہیومن لرننگ سسٹمز کمیونٹی جو کچھ سیکھ رہی ہے اس کا بہترین حصہ، ایک مختصر "
        "تحریر میں: نئی کیس اسٹڈیز اور وسائل، کونسلوں، خیراتی اداروں اور این ایچ ایس ٹیموں کی خبریں، اور کھلی "
        "تقریبات جہاں آپ یہ کام کرنے والے لوگوں سے مل سکتے ہیں۔ ہر شمارہ یہاں موجود ہے، آر ایس ایس اور ایٹم "
        "فیڈز کے ساتھ۔",
    ),
    (
        "The Human Learning Systems newsletter: new stories, resources, news and events from people making "
        "public service more human, roughly once a month.",
        "ہیومن لرننگ سسٹمز کا نیوز لیٹر: عوامی خدمت کو زیادہ انسانی بنانے والے لوگوں کی نئی کہانیاں، وسائل، "
        "خبریں اور تقریبات، تقریباً مہینے میں ایک بار۔",
    ),
    ("Abstract illustration of rolling hills under a low sun", "تجریدی تصویر: ڈھلتے سورج تلے لہراتی پہاڑیاں"),
    # The generated hero pictures share one alt text pattern, varying only by letter.
    *(
        (
            f"Abstract illustration of hills under a low sun, with a large letter {letter}",
            f"تجریدی تصویر: ڈھلتے سورج تلے پہاڑیاں، اور ساتھ انگریزی کا بڑا حرف {letter}",
        )
        for letter in string.ascii_uppercase
    ),
]
