"""Welsh (cy) for the demo content: (English source text, Welsh) pairs, looked up by the English.

A string not listed here is shown in English (wagtail-localize marks it as still to translate).
Page slugs are translated too (the English slug -> the Welsh one).
"""

import string

TRANSLATIONS = [
    # Home page
    ("Human Learning Systems", "Systemau Dysgu Dynol"),
    ("Public service for the real world", "Gwasanaeth cyhoeddus ar gyfer y byd go iawn"),
    (
        "Human Learning Systems is a way of running public services that starts with people's real lives. "
        "Councils, charities, NHS bodies and government teams across the UK are using it to build "
        "relationships, learn continuously and look after the systems that shape people's outcomes. Explore "
        "their stories below.",
        "Mae Systemau Dysgu Dynol yn ffordd o redeg gwasanaethau cyhoeddus sy'n dechrau gyda bywydau go iawn "
        "pobl. Mae cynghorau, elusennau, cyrff y GIG a thimau llywodraeth ledled y DU yn ei defnyddio i feithrin "
        "perthnasoedd, i ddysgu'n barhaus ac i ofalu am y systemau sy'n llunio canlyniadau pobl. Archwiliwch eu "
        "straeon isod.",
    ),
    (
        "Stories from councils, charities, NHS bodies and government teams using Human Learning Systems to "
        "make public service more human.",
        "Straeon gan gynghorau, elusennau, cyrff y GIG a thimau llywodraeth sy'n defnyddio Systemau Dysgu Dynol "
        "i wneud gwasanaeth cyhoeddus yn fwy dynol.",
    ),
    ("Featured case studies", "Astudiaethau achos dan sylw"),
    ("Latest case studies", "Astudiaethau achos diweddaraf"),
    # Case study library
    ("Case studies", "Astudiaethau achos"),
    (
        "Real stories of organisations putting Human Learning Systems into practice. Filter by theme, "
        "sector, region or organisation to find work like yours.",
        "Straeon go iawn am sefydliadau sy'n rhoi Systemau Dysgu Dynol ar waith. Hidlwch yn ôl thema, sector, "
        "rhanbarth neu sefydliad i ddod o hyd i waith tebyg i'ch gwaith chi.",
    ),
    (
        "A library of case studies showing Human Learning Systems in practice across the UK.",
        "Llyfrgell o astudiaethau achos sy'n dangos Systemau Dysgu Dynol ar waith ledled y DU.",
    ),
    # Themes
    ("Human", "Dynol"),
    (
        "Building real relationships with the people services support, and responding to each person's "
        "strengths, needs and circumstances.",
        "Meithrin perthnasoedd go iawn gyda'r bobl y mae gwasanaethau'n eu cefnogi, ac ymateb i gryfderau, "
        "anghenion ac amgylchiadau pob unigolyn.",
    ),
    ("Learning", "Dysgu"),
    (
        "Using continuous learning, not targets, as the way to improve: trying things, noticing what happens "
        "and adapting.",
        "Defnyddio dysgu parhaus, nid targedau, fel y ffordd i wella: rhoi cynnig ar bethau, sylwi ar yr hyn "
        "sy'n digwydd ac addasu.",
    ),
    ("Systems", "Systemau"),
    (
        "Recognising that outcomes come from whole systems, not single organisations, and looking after the "
        "health of those systems.",
        "Cydnabod bod canlyniadau'n dod o systemau cyfan, nid o sefydliadau unigol, a gofalu am iechyd y "
        "systemau hynny.",
    ),
    # Sectors
    ("Housing", "Tai"),
    (
        "Homes, tenancies and the support that helps people keep them.",
        "Cartrefi, tenantiaethau a'r cymorth sy'n helpu pobl i'w cadw.",
    ),
    ("Health", "Iechyd"),
    (
        "NHS and community health services, physical and mental.",
        "Gwasanaethau iechyd y GIG a'r gymuned, corfforol a meddyliol.",
    ),
    ("Social care", "Gofal cymdeithasol"),
    (
        "Care and support for adults at home and in the community.",
        "Gofal a chymorth i oedolion gartref ac yn y gymuned.",
    ),
    ("Children and young people", "Plant a phobl ifanc"),
    (
        "Early help, children's social care, youth work and residential care.",
        "Cymorth cynnar, gofal cymdeithasol plant, gwaith ieuenctid a gofal preswyl.",
    ),
    ("Criminal justice", "Cyfiawnder troseddol"),
    (
        "Policing, courts, prisons, probation and youth justice.",
        "Plismona, llysoedd, carchardai, y gwasanaeth prawf a chyfiawnder ieuenctid.",
    ),
    ("Employment and money", "Cyflogaeth ac arian"),
    (
        "Work, benefits, debt advice and financial inclusion.",
        "Gwaith, budd-daliadau, cyngor ar ddyledion a chynhwysiant ariannol.",
    ),
    ("Community", "Cymuned"),
    (
        "Neighbourhoods, voluntary groups and civil society.",
        "Cymdogaethau, grwpiau gwirfoddol a chymdeithas sifil.",
    ),
    ("Homelessness", "Digartrefedd"),
    (
        "Preventing homelessness and supporting people without a home.",
        "Atal digartrefedd a chefnogi pobl heb gartref.",
    ),
    # Regions
    ("North East England", "Gogledd-ddwyrain Lloegr"),
    ("From Northumberland to Teesside.", "O Northumberland i Teesside."),
    ("North West England", "Gogledd-orllewin Lloegr"),
    ("From Cumbria to Cheshire.", "O Gymbria i Swydd Gaer."),
    ("London", "Llundain"),
    (
        "Greater London and its thirty-three local authorities.",
        "Llundain Fwyaf a'i thri deg tri awdurdod lleol.",
    ),
    ("South West England", "De-orllewin Lloegr"),
    ("From Gloucestershire to Cornwall.", "O Swydd Gaerloyw i Gernyw."),
    ("West Midlands", "Gorllewin Canolbarth Lloegr"),
    (
        "Birmingham, the Black Country and the counties around them.",
        "Birmingham, y Wlad Ddu a'r siroedd o'u cwmpas.",
    ),
    ("Scotland", "Yr Alban"),
    (
        "Work across Scotland's local partnerships and national bodies.",
        "Gwaith ar draws partneriaethau lleol a chyrff cenedlaethol yr Alban.",
    ),
    ("Wales", "Cymru"),
    (
        "Work in Wales, often in Welsh as well as English.",
        "Gwaith yng Nghymru, yn aml yn Gymraeg yn ogystal ag yn Saesneg.",
    ),
    ("Northern Ireland", "Gogledd Iwerddon"),
    (
        "Work across Northern Ireland's councils and trusts.",
        "Gwaith ar draws cynghorau ac ymddiriedolaethau Gogledd Iwerddon.",
    ),
    # Organisations: names of charities and companies stay as they are in Welsh.
    ("Collaborate CIC", "Collaborate CIC"),
    (
        "A social business that helps public services work together differently.",
        "Busnes cymdeithasol sy'n helpu gwasanaethau cyhoeddus i gydweithio mewn ffordd wahanol.",
    ),
    ("Empowerment", "Empowerment"),
    (
        "A charity supporting people facing disadvantage to take control of their lives.",
        "Elusen sy'n cefnogi pobl sy'n wynebu anfantais i gymryd rheolaeth dros eu bywydau.",
    ),
    ("Good Cents", "Good Cents"),
    (
        "A debt advice service built around trust and safety.",
        "Gwasanaeth cyngor ar ddyledion wedi'i adeiladu ar ymddiriedaeth a diogelwch.",
    ),
    ("Lighthouse", "Lighthouse"),
    (
        "Residential care homes for young people, run with the young people who live in them.",
        "Cartrefi gofal preswyl i bobl ifanc, wedi'u rhedeg gyda'r bobl ifanc sy'n byw ynddynt.",
    ),
    ("Plymouth Alliance", "Cynghrair Plymouth"),
    (
        "An alliance of organisations supporting people with multiple and complex needs.",
        "Cynghrair o sefydliadau sy'n cefnogi pobl ag anghenion lluosog a chymhleth.",
    ),
    ("Wellbeing Teams", "Wellbeing Teams"),
    (
        "Small, self-managing teams providing care and support at home.",
        "Timau bach hunanreoledig sy'n darparu gofal a chymorth yn y cartref.",
    ),
    ("Northmoor Borough Council", "Cyngor Bwrdeistref Northmoor"),
    (
        "A borough council serving towns and villages in the north east.",
        "Cyngor bwrdeistref sy'n gwasanaethu trefi a phentrefi yn y gogledd-ddwyrain.",
    ),
    ("Riverside City Council", "Cyngor Dinas Riverside"),
    ("A city council in the West Midlands.", "Cyngor dinas yng Ngorllewin Canolbarth Lloegr."),
    ("Valley Health NHS Foundation Trust", "Ymddiriedolaeth Sefydledig GIG Valley Health"),
    (
        "An NHS trust providing hospital, community and mental health services.",
        "Ymddiriedolaeth GIG sy'n darparu gwasanaethau ysbyty, cymunedol ac iechyd meddwl.",
    ),
    ("Coastal Integrated Care Board", "Bwrdd Gofal Integredig yr Arfordir"),
    (
        "The NHS body that plans and pays for health services along the coast.",
        "Corff y GIG sy'n cynllunio ac yn talu am wasanaethau iechyd ar hyd yr arfordir.",
    ),
    ("Department for Communities and Public Service", "Adran Cymunedau a Gwasanaeth Cyhoeddus"),
    (
        "A government department responsible for communities and public service reform.",
        "Adran o'r llywodraeth sy'n gyfrifol am gymunedau a diwygio gwasanaethau cyhoeddus.",
    ),
    ("Public Service Reform Unit", "Uned Diwygio Gwasanaethau Cyhoeddus"),
    (
        "A national team supporting reform of public services in Scotland.",
        "Tîm cenedlaethol sy'n cefnogi diwygio gwasanaethau cyhoeddus yn yr Alban.",
    ),
    ("Common Ground Foundation", "Common Ground Foundation"),
    (
        "An independent foundation funding community organisations for the long term.",
        "Sefydliad annibynnol sy'n ariannu sefydliadau cymunedol am y tymor hir.",
    ),
    ("Pedagogy in Practice Network", "Rhwydwaith Addysgeg ar Waith"),
    (
        "A network of practitioners who use social pedagogy in their work.",
        "Rhwydwaith o ymarferwyr sy'n defnyddio addysgeg gymdeithasol yn eu gwaith.",
    ),
    ("Tŷ Cymunedol Housing", "Tai Tŷ Cymunedol"),
    ("A community housing association in west Wales.", "Cymdeithas dai gymunedol yng ngorllewin Cymru."),
    ("Lagan Youth Justice Partnership", "Partneriaeth Cyfiawnder Ieuenctid Lagan"),
    (
        "A partnership of statutory and voluntary bodies working with young people in the justice system.",
        "Partneriaeth o gyrff statudol a gwirfoddol sy'n gweithio gyda phobl ifanc yn y system gyfiawnder.",
    ),
    ("Pathways Employment Trust", "Ymddiriedolaeth Cyflogaeth Pathways"),
    (
        "A charity offering voluntary, strengths-based employment support.",
        "Elusen sy'n cynnig cymorth cyflogaeth gwirfoddol sy'n seiliedig ar gryfderau.",
    ),
    # Case study: a lived experience team
    ("A lived experience team as system change agents", "Tîm profiad bywyd yn asiantau newid system"),
    ("lived-experience-team-system-change", "tim-profiad-bywyd-newid-system"),
    (
        "Empowerment employs people who have used local services to work alongside managers and "
        "commissioners, spotting where the system gets in the way and helping to change it from the inside.",
        "Mae Empowerment yn cyflogi pobl sydd wedi defnyddio gwasanaethau lleol i weithio ochr yn ochr â "
        "rheolwyr a chomisiynwyr, gan sylwi ble mae'r system yn rhwystr a helpu i'w newid o'r tu mewn.",
    ),
    ("Lived experience team coordinator", "Cydlynydd y tîm profiad bywyd"),
    ("Why a lived experience team", "Pam tîm profiad bywyd"),
    (
        "Local services had mostly been designed by people who had never needed them. Surveys and one-off "
        "consultations left people feeling heard once and then forgotten.",
        "Roedd gwasanaethau lleol wedi'u cynllunio gan fwyaf gan bobl nad oedd erioed wedi bod eu hangen. Roedd "
        "arolygon ac ymgynghoriadau untro yn gadael pobl yn teimlo eu bod wedi cael eu clywed unwaith ac yna'u "
        "hanghofio.",
    ),
    (
        "Empowerment wanted something sturdier: a standing team of people with first-hand experience of "
        "homelessness, addiction and the benefits system, paid properly for their expertise.",
        "Roedd Empowerment eisiau rhywbeth cadarnach: tîm parhaol o bobl â phrofiad uniongyrchol o "
        "ddigartrefedd, caethiwed a'r system fudd-daliadau, yn cael eu talu'n iawn am eu harbenigedd.",
    ),
    ("What the team does", "Beth mae'r tîm yn ei wneud"),
    (
        "Team members sit on commissioning panels, shadow front-line staff and hold listening sessions in "
        "places people already go, such as food banks and drop-in centres. They bring back patterns, not only "
        "stories: the letter that frightens people, the form that asks the same question three times, the "
        "appointment that clashes with the last bus home.",
        "Mae aelodau'r tîm yn eistedd ar baneli comisiynu, yn cysgodi staff rheng flaen ac yn cynnal sesiynau "
        "gwrando mewn mannau y mae pobl eisoes yn mynd iddynt, fel banciau bwyd a chanolfannau galw heibio. "
        "Maent yn dod â phatrymau yn ôl, nid straeon yn unig: y llythyr sy'n codi ofn ar bobl, y ffurflen sy'n "
        "gofyn yr un cwestiwn dair gwaith, yr apwyntiad sy'n gwrthdaro â'r bws olaf adref.",
    ),
    (
        "For the first time I was in the room when the decision was made, not reading about it afterwards.",
        "Am y tro cyntaf roeddwn i yn yr ystafell pan wnaed y penderfyniad, nid yn darllen amdano wedyn.",
    ),
    ("A member of the Lived Experience Team", "Aelod o'r Tîm Profiad Bywyd"),
    ("The first two years", "Y ddwy flynedd gyntaf"),
    ("team members employed on paid contracts", "aelod o'r tîm wedi'u cyflogi ar gontractau â thâl"),
    ("changes to local processes proposed by the team", "newid i brosesau lleol wedi'u cynnig gan y tîm"),
    ("commissioning panels with a team member", "panel comisiynu ag aelod o'r tîm arnynt"),
    (
        "Members of the Lived Experience Team talk about their first year",
        "Aelodau'r Tîm Profiad Bywyd yn sôn am eu blwyddyn gyntaf",
    ),
    (
        "Narrator: When we started, nobody was sure what a lived experience team would do.\n"
        "Team member: I thought I would be a token. Instead I was asked to chair the panel.",
        "Adroddwr: Pan ddechreuon ni, doedd neb yn siŵr beth fyddai tîm profiad bywyd yn ei wneud.\n"
        "Aelod o'r tîm: Roeddwn i'n meddwl mai dim ond ar gyfer y sioe y byddwn i yno. Yn lle hynny gofynnwyd "
        "i mi gadeirio'r panel.",
    ),
    ("Find more stories about co-production", "Dewch o hyd i ragor o straeon am gydgynhyrchu"),
    ("Browse all case studies", "Pori'r holl astudiaethau achos"),
    (
        "See how other organisations share power with the people they support.",
        "Gwelwch sut mae sefydliadau eraill yn rhannu pŵer gyda'r bobl y maent yn eu cefnogi.",
    ),
    # Case study: trauma-informed debt advice
    ("Debt advice that starts with safety", "Cyngor ar ddyledion sy'n dechrau gyda diogelwch"),
    ("trauma-informed-debt-advice", "cyngor-ar-ddyledion-syn-dechrau-gyda-diogelwch"),
    (
        "Good Cents rebuilt its debt service around the fact that money trouble is often tangled up with past "
        "harm, training advisers to slow down, offer choice and stay with people rather than close cases "
        "quickly.",
        "Ailadeiladodd Good Cents ei wasanaeth dyledion o gwmpas y ffaith bod trafferthion ariannol yn aml "
        "ynghlwm wrth niwed yn y gorffennol, gan hyfforddi cynghorwyr i arafu, cynnig dewis ac aros gyda phobl "
        "yn hytrach na chau achosion yn gyflym.",
    ),
    ("Head of advice", "Pennaeth cyngor"),
    ("Looking beyond the balance sheet", "Edrych y tu hwnt i'r fantolen"),
    (
        "Advisers noticed that many clients missed appointments, left letters unopened and seemed to "
        "disappear just as a plan was agreed. The old service called this disengagement and closed the case.",
        "Sylwodd cynghorwyr fod llawer o gleientiaid yn colli apwyntiadau, yn gadael llythyrau heb eu hagor ac "
        "yn ymddangos fel petaent yn diflannu yr union adeg y cytunwyd ar gynllun. Roedd yr hen wasanaeth yn "
        "galw hyn yn ymddieithrio ac yn cau'r achos.",
    ),
    (
        "When the team listened more closely, they heard about bereavement, violence and years of shame. For "
        "many people a brown envelope was not an admin task but a reminder of harm.",
        "Pan wrandawodd y tîm yn fwy gofalus, clywsant am brofedigaeth, trais a blynyddoedd o gywilydd. I lawer "
        "o bobl nid tasg weinyddol oedd amlen frown ond atgof o niwed.",
    ),
    ("Changing how the first meeting feels", "Newid naws y cyfarfod cyntaf"),
    (
        "Every adviser now trains in trauma-informed practice. First meetings happen where the client "
        "chooses, start with what matters to them and end with one small next step rather than a full budget.",
        "Mae pob cynghorydd bellach yn cael hyfforddiant mewn ymarfer sy'n ystyriol o drawma. Mae cyfarfodydd "
        "cyntaf yn digwydd lle mae'r cleient yn dewis, yn dechrau gyda'r hyn sy'n bwysig iddo ac yn gorffen "
        "gydag un cam bach nesaf yn hytrach na chyllideb lawn.",
    ),
    (
        "Cases stay open for as long as they are useful, and advisers have regular reflective supervision so "
        "they can carry difficult conversations without burning out.",
        "Mae achosion yn aros ar agor cyhyd ag y maent yn ddefnyddiol, ac mae cynghorwyr yn cael goruchwyliaeth "
        "fyfyriol reolaidd fel y gallant ymdopi â sgyrsiau anodd heb orflino.",
    ),
    (
        "Abstract illustration of two soft circles side by side above rolling hills",
        "Darlun haniaethol o ddau gylch meddal ochr yn ochr uwchben bryniau tonnog",
    ),
    (
        "First meetings now take place wherever people feel safe, often at home.",
        "Mae cyfarfodydd cyntaf bellach yn digwydd lle bynnag y mae pobl yn teimlo'n ddiogel, yn aml gartref.",
    ),
    ("Illustration for the HLS demo site", "Darlun ar gyfer safle arddangos HLS"),
    ("After two years", "Ar ôl dwy flynedd"),
    (
        "of clients stayed with us until their plan was in place",
        "o gleientiaid wedi aros gyda ni nes bod eu cynllun yn ei le",
    ),
    ("3x", "3 gwaith"),
    (
        "fewer missed appointments than under the old model",
        "yn llai o apwyntiadau wedi'u colli nag o dan yr hen fodel",
    ),
    ("cases closed for not engaging", "achos wedi'u cau am beidio ag ymgysylltu"),
    ("Our trauma-informed debt advice guide", "Ein canllaw i gyngor ar ddyledion sy'n ystyriol o drawma"),
    (
        "A short guide for advice teams who want to try the approach.",
        "Canllaw byr i dimau cynghori sydd am roi cynnig ar y dull.",
    ),
    # Case study: residential care with young people
    (
        "Residential care designed with the young people who live there",
        "Gofal preswyl wedi'i gynllunio gyda'r bobl ifanc sy'n byw yno",
    ),
    ("co-produced-residential-care", "gofal-preswyl-gyda-phobl-ifanc"),
    (
        "Lighthouse invites the young people in its homes to help recruit staff, write house agreements and "
        "shape daily routines, so that care feels less like a placement and more like a home.",
        "Mae Lighthouse yn gwahodd y bobl ifanc yn ei gartrefi i helpu i recriwtio staff, ysgrifennu cytundebau'r "
        "tŷ a llunio trefn bob dydd, fel bod gofal yn teimlo'n llai fel lleoliad ac yn fwy fel cartref.",
    ),
    ("Registered manager", "Rheolwr cofrestredig"),
    ("A home, not a placement", "Cartref, nid lleoliad"),
    (
        "Young people in residential care often move many times and meet dozens of professionals. Rules "
        "arrive ready-made, and the adults around them change with every rota.",
        "Mae pobl ifanc mewn gofal preswyl yn aml yn symud sawl gwaith ac yn cwrdd â dwsinau o weithwyr "
        "proffesiynol. Mae rheolau'n cyrraedd yn barod, ac mae'r oedolion o'u cwmpas yn newid gyda phob rota.",
    ),
    (
        "Lighthouse asked a simple question: what would it look like if the young people had a real say in how "
        "their home was run?",
        "Gofynnodd Lighthouse gwestiwn syml: sut olwg fyddai ar bethau petai gan y bobl ifanc lais go iawn yn y "
        "ffordd y caiff eu cartref ei redeg?",
    ),
    ("Young people at the centre of decisions", "Pobl ifanc wrth galon penderfyniadau"),
    (
        "Residents now sit on interview panels for new staff, agree house rules together at a weekly meeting "
        "and plan meals and outings with the team. Staff are recruited for warmth and patience as much as for "
        "qualifications.",
        "Mae'r preswylwyr bellach yn eistedd ar baneli cyfweld ar gyfer staff newydd, yn cytuno ar reolau'r tŷ "
        "gyda'i gilydd mewn cyfarfod wythnosol ac yn cynllunio prydau bwyd a theithiau gyda'r tîm. Caiff staff "
        "eu recriwtio am eu cynhesrwydd a'u hamynedd gymaint ag am eu cymwysterau.",
    ),
    (
        "They asked me what I wanted my room to look like. Nobody had ever asked me that before.",
        "Gofynnon nhw i mi sut roeddwn i eisiau i'm hystafell edrych. Doedd neb erioed wedi gofyn hynny i mi o'r "
        "blaen.",
    ),
    ("A young person at Lighthouse", "Person ifanc yn Lighthouse"),
    (
        "Young people and staff describe a day at Lighthouse",
        "Pobl ifanc a staff yn disgrifio diwrnod yn Lighthouse",
    ),
    (
        "Young person: Breakfast is whenever you get up at weekends. We voted on that.\n"
        "Staff member: Our job is to be here, and to keep being here.",
        "Person ifanc: Mae brecwast pryd bynnag rydych chi'n codi ar benwythnosau. Fe bleidleision ni ar hynny.\n"
        "Aelod o staff: Ein gwaith ni yw bod yma, a dal ati i fod yma.",
    ),
    ("Work with us", "Gweithiwch gyda ni"),
    ("See jobs at Lighthouse", "Gweld swyddi yn Lighthouse"),
    (
        "We are looking for people who want to build lasting relationships with young people.",
        "Rydym yn chwilio am bobl sydd am feithrin perthnasoedd parhaol gyda phobl ifanc.",
    ),
    # Case study: home care and the living wage
    (
        "Home care workers paid the living wage, in self-managing teams",
        "Gweithwyr gofal cartref ar y cyflog byw, mewn timau hunanreoledig",
    ),
    ("home-care-living-wage", "gofal-cartref-cyflog-byw"),
    (
        "Wellbeing Teams pays its home care workers at least the real living wage and organises them in small "
        "self-managing teams, giving them the time and trust to build relationships with the people they "
        "support.",
        "Mae Wellbeing Teams yn talu o leiaf y cyflog byw gwirioneddol i'w weithwyr gofal cartref ac yn eu "
        "trefnu mewn timau bach hunanreoledig, gan roi'r amser a'r ymddiriedaeth iddynt feithrin perthnasoedd "
        "gyda'r bobl y maent yn eu cefnogi.",
    ),
    ("Team coach", "Hyfforddwr tîm"),
    ("Valuing the work of care", "Gwerthfawrogi gwaith gofal"),
    (
        "Home care is skilled and demanding work, yet it is often paid at the minimum wage and squeezed into "
        "fifteen-minute visits. High turnover means people receiving care see a stream of strangers.",
        "Mae gofal cartref yn waith medrus a heriol, ond yn aml caiff ei dalu ar yr isafswm cyflog a'i wasgu i "
        "ymweliadau pymtheg munud. Mae trosiant staff uchel yn golygu bod pobl sy'n derbyn gofal yn gweld llif "
        "o ddieithriaid.",
    ),
    (
        "Wellbeing Teams set out to do things differently, starting with pay.",
        "Aeth Wellbeing Teams ati i wneud pethau'n wahanol, gan ddechrau gyda chyflog.",
    ),
    ("What fair pay made possible", "Yr hyn a wnaeth cyflog teg yn bosibl"),
    (
        "of team members paid at least the real living wage",
        "o aelodau'r tîm yn cael o leiaf y cyflog byw gwirioneddol",
    ),
    ("8 to 12", "8 i 12"),
    ("people in each self-managing team", "o bobl ym mhob tîm hunanreoledig"),
    ("Under 10%", "Llai na 10%"),
    ("staff turnover a year", "o drosiant staff y flwyddyn"),
    ("Small teams, big trust", "Timau bach, ymddiriedaeth fawr"),
    (
        "Each neighbourhood team recruits its own colleagues, plans its own rota and decides with each person "
        "how their time together is spent. A coach supports the team, but there are no layers of supervisors "
        "watching the clock.",
        "Mae pob tîm cymdogaeth yn recriwtio ei gydweithwyr ei hun, yn cynllunio ei rota ei hun ac yn penderfynu "
        "gyda phob person sut y caiff eu hamser gyda'i gilydd ei dreulio. Mae hyfforddwr yn cefnogi'r tîm, ond "
        "nid oes haenau o oruchwylwyr yn gwylio'r cloc.",
    ),
    ("A Wellbeing Team member describes her week", "Aelod o Wellbeing Team yn disgrifio'i hwythnos"),
    (
        "Team member: On Monday we plan the week together as a team.\n"
        "Team member: If someone needs more time, we talk about it and we give it.",
        "Aelod o'r tîm: Ddydd Llun rydym yn cynllunio'r wythnos gyda'n gilydd fel tîm.\n"
        "Aelod o'r tîm: Os oes angen mwy o amser ar rywun, rydym yn siarad am y peth ac yn ei roi.",
    ),
    (
        "I have time to sit and have a cup of tea with people now. That is when I find out how they really "
        "are.",
        "Mae gen i amser i eistedd a chael paned gyda phobl nawr. Dyna pryd rydw i'n dod i wybod sut maen nhw go "
        "iawn.",
    ),
    ("A Wellbeing Team member", "Aelod o Wellbeing Team"),
    # Case study: equity, diversity and inclusion resource
    # Case study: tenancy support in Wales
    ("Tenancy support that listens first", "Cymorth tenantiaeth sy'n gwrando yn gyntaf"),
    ("tenancy-sustainment-wales", "cymorth-tenantiaeth-syn-gwrando-yn-gyntaf"),
    (
        "Tŷ Cymunedol Housing replaced its arrears-led approach with relationship-based tenancy support, so "
        "officers get to know tenants and help early, before problems turn into evictions.",
        "Disodlodd Tai Tŷ Cymunedol ei ddull a oedd yn cael ei yrru gan ôl-ddyledion â chymorth tenantiaeth sy'n "
        "seiliedig ar berthynas, fel bod swyddogion yn dod i adnabod tenantiaid ac yn helpu'n gynnar, cyn i "
        "broblemau droi'n achosion troi allan.",
    ),
    ("Tenancy support manager", "Rheolwr cymorth tenantiaeth"),
    ("Arrears were a symptom", "Symptom oedd yr ôl-ddyledion"),
    (
        "Housing officers used to meet tenants mainly when rent was overdue. By then debts had grown and trust "
        "was low.",
        "Arferai swyddogion tai gwrdd â thenantiaid yn bennaf pan oedd y rhent yn hwyr. Erbyn hynny roedd "
        "dyledion wedi tyfu ac ymddiriedaeth yn isel.",
    ),
    (
        "Looking back over five years of evictions, the association found that most tenants had shown signs "
        "of difficulty long before the arrears began.",
        "Wrth edrych yn ôl dros bum mlynedd o achosion troi allan, canfu'r gymdeithas fod y rhan fwyaf o "
        "denantiaid wedi dangos arwyddion o anhawster ymhell cyn i'r ôl-ddyledion ddechrau.",
    ),
    ("Getting to know tenants", "Dod i adnabod tenantiaid"),
    (
        "Every new tenant now has a welcome visit in the language of their choice, and officers keep in touch "
        "regularly through the first year. They can refer tenants straight to money advice, and they meet "
        "every month to reflect on difficult cases together.",
        "Mae pob tenant newydd bellach yn cael ymweliad croeso yn yr iaith o'i ddewis, ac mae swyddogion yn "
        "cadw mewn cysylltiad yn rheolaidd drwy gydol y flwyddyn gyntaf. Gallant gyfeirio tenantiaid yn syth at "
        "gyngor ariannol, ac maent yn cwrdd bob mis i fyfyrio ar achosion anodd gyda'i gilydd.",
    ),
    ("Since the change", "Ers y newid"),
    ("fewer notices seeking possession", "yn llai o hysbysiadau ceisio meddiant"),
    ("1 in 3", "1 o bob 3"),
    ("tenants choose to speak Welsh with their officer", "tenant yn dewis siarad Cymraeg â'u swyddog"),
    (
        "It felt like they were on my side, not chasing me.",
        "Roedd yn teimlo eu bod nhw ar fy ochr i, nid yn fy erlid.",
    ),
    ("A tenant", "Tenant"),
    # Home page: the resources section
    ("Latest resources", "Adnoddau diweddaraf"),
    # Resources library
    ("Resources", "Adnoddau"),
    (
        "Guides, toolkits, reports, templates, films and podcasts made by people putting Human Learning "
        "Systems into practice. Filter by type, theme, sector or region, borrow what helps and adapt it to your "
        "own work.",
        "Canllawiau, pecynnau cymorth, adroddiadau, templedi, ffilmiau a phodlediadau gan bobl sy'n rhoi "
        "Systemau Dysgu Dynol ar waith. Hidlwch yn ôl math, thema, sector neu ranbarth, benthycwch yr hyn sy'n "
        "helpu a'i addasu i'ch gwaith eich hun.",
    ),
    (
        "Free guides, toolkits, reports and templates for councils, charities, NHS bodies and government teams "
        "working in a Human Learning Systems way.",
        "Canllawiau, pecynnau cymorth, adroddiadau a thempledi am ddim i gynghorau, elusennau, cyrff y GIG a "
        "thimau llywodraeth sy'n gweithio yn null Systemau Dysgu Dynol.",
    ),
    # Resource: equity in practice
    ("Equity in practice: a guide for practitioners", "Tegwch ar waith: canllaw i ymarferwyr"),
    ("equity-in-practice", "tegwch-ar-waith"),
    (
        "A practical guide to equity, diversity and inclusion for anyone working in a Human Learning Systems "
        "way: who our relationships reach, whose knowledge counts when we learn, and how to share power across "
        "a system.",
        "Canllaw ymarferol i degwch, amrywiaeth a chynhwysiant i unrhyw un sy'n gweithio yn null Systemau "
        "Dysgu Dynol: pwy y mae ein perthnasoedd yn eu cyrraedd, gwybodaeth pwy sy'n cyfrif pan fyddwn yn "
        "dysgu, a sut i rannu pŵer ar draws system.",
    ),
    ("Why this guide", "Pam y canllaw hwn"),
    (
        "Relational, learning-led work should help services respond to each person's circumstances. Without "
        "deliberate attention, though, it can repeat old inequalities: relationships form with the people who "
        "are easiest to reach, and learning hears the voices that are already loudest.",
        "Dylai gwaith sy'n seiliedig ar berthynas ac sy'n cael ei arwain gan ddysgu helpu gwasanaethau i ymateb "
        "i amgylchiadau pob unigolyn. Heb sylw bwriadol, fodd bynnag, gall ailadrodd hen anghydraddoldebau: "
        "mae perthnasoedd yn ffurfio gyda'r bobl sydd hawsaf eu cyrraedd, ac mae dysgu'n clywed y lleisiau sydd "
        "eisoes yn uchaf.",
    ),
    ("What it covers", "Beth sydd ynddo"),
    (
        "Human: building relationships across difference and noticing who is missing.",
        "Dynol: meithrin perthnasoedd ar draws gwahaniaethau a sylwi pwy sydd ar goll.",
    ),
    (
        "Learning: making sure that people who are often overlooked help decide what is working.",
        "Dysgu: sicrhau bod pobl sy'n aml yn cael eu hanwybyddu yn helpu i benderfynu beth sy'n gweithio.",
    ),
    (
        "Systems: seeing where power sits and finding ways to share it.",
        "Systemau: gweld ble mae pŵer yn gorwedd a chanfod ffyrdd o'i rannu.",
    ),
    (
        "Responding to diversity is not an extra. It is what makes an approach human.",
        "Nid rhywbeth ychwanegol yw ymateb i amrywiaeth. Dyna sy'n gwneud dull yn ddynol.",
    ),
    ("A participant in an HLS Week conversation", "Cyfranogwr mewn sgwrs yn ystod Wythnos HLS"),
    # Resource: learning review template
    ("Learning review template", "Templed adolygiad dysgu"),
    ("learning-review-template", "templed-adolygiad-dysgu"),
    (
        "A ready-to-use template for a team's regular learning review: what you set out to learn, what you saw, "
        "what people told you, what you will change and who needs to hear about it.",
        "Templed parod i'w ddefnyddio ar gyfer adolygiad dysgu rheolaidd tîm: beth roeddech chi'n bwriadu ei "
        "ddysgu, beth welsoch chi, beth ddywedodd pobl wrthych chi, beth fyddwch chi'n ei newid a phwy sydd "
        "angen clywed amdano.",
    ),
    ("How to use it", "Sut i'w ddefnyddio"),
    (
        "Fill in the template together at the end of each learning cycle, ideally with people who use the "
        "service in the room. It takes about an hour. Keep each review short and honest: it is a record of "
        "learning, not a performance report.",
        "Llenwch y templed gyda'ch gilydd ar ddiwedd pob cylch dysgu, gyda phobl sy'n defnyddio'r gwasanaeth "
        "yn yr ystafell os oes modd. Mae'n cymryd tua awr. Cadwch bob adolygiad yn fyr ac yn onest: cofnod o "
        "ddysgu yw hwn, nid adroddiad perfformiad.",
    ),
    ("What the sections cover", "Beth mae'r adrannau'n ei gynnwys"),
    ("The question you set out to explore.", "Y cwestiwn roeddech chi'n bwriadu ei archwilio."),
    (
        "What you noticed, in numbers and in stories.",
        "Yr hyn y sylwoch chi arno, mewn rhifau ac mewn straeon.",
    ),
    (
        "What you will change, and who needs to know.",
        "Yr hyn y byddwch chi'n ei newid, a phwy sydd angen gwybod.",
    ),
    # Resource: welcome visits guide
    (
        "Welcome visits in the tenant's own language: a guide for housing officers",
        "Ymweliadau croeso yn iaith y tenant ei hun: canllaw i swyddogion tai",
    ),
    ("welcome-visits-guide", "ymweliadau-croeso-canllaw-i-swyddogion-tai"),
    (
        "How Tŷ Cymunedol Housing plans the first visit to every new tenant in Welsh or English, as the tenant "
        "chooses, and keeps in touch through the first year so that problems are spotted early.",
        "Sut mae Tai Tŷ Cymunedol yn cynllunio'r ymweliad cyntaf â phob tenant newydd yn Gymraeg neu yn "
        "Saesneg, yn ôl dewis y tenant, ac yn cadw mewn cysylltiad drwy'r flwyddyn gyntaf er mwyn sylwi ar "
        "broblemau'n gynnar.",
    ),
    ("Why the first visit matters", "Pam mae'r ymweliad cyntaf yn bwysig"),
    (
        "The first visit sets the tone for the whole tenancy. Officers go to listen, not to check: how the move "
        "went, what the tenant is worried about and what would help.",
        "Mae'r ymweliad cyntaf yn gosod y naws ar gyfer y denantiaeth gyfan. Mae swyddogion yn mynd i wrando, "
        "nid i wirio: sut aeth y symud, beth sy'n poeni'r tenant a beth fyddai'n helpu.",
    ),
    ("What the guide covers", "Beth mae'r canllaw yn ei gynnwys"),
    ("Offering Welsh or English from the first letter.", "Cynnig Cymraeg neu Saesneg o'r llythyr cyntaf."),
    ("A conversation plan for the first visit.", "Cynllun sgwrs ar gyfer yr ymweliad cyntaf."),
    ("Keeping in touch through the first year.", "Cadw mewn cysylltiad drwy'r flwyddyn gyntaf."),
    (
        "Hearing Welsh at the door made me feel at home before I had unpacked.",
        "Roedd clywed Cymraeg wrth y drws yn gwneud i mi deimlo'n gartrefol cyn i mi ddadbacio.",
    ),
    # Resource: starting a learning cycle
    # Newsletter archive
    ("Newsletter", "Cylchlythyr"),
    ("newsletter", "cylchlythyr"),
    (
        "About once a month, the best of what the Human Learning Systems community is learning, in one short "
        "read: new case studies and resources, news from councils, charities and NHS teams, and open events "
        "where you can meet people doing the work. Every issue is here, with RSS and Atom feeds.",
        "Tua unwaith y mis, y gorau o'r hyn y mae cymuned Systemau Dysgu Dynol yn ei ddysgu, mewn un darn byr: "
        "astudiaethau achos ac adnoddau newydd, newyddion gan gynghorau, elusennau a thimau'r GIG, a "
        "digwyddiadau agored lle gallwch gwrdd â'r bobl sy'n gwneud y gwaith. Mae pob rhifyn yma, gyda "
        "ffrydiau RSS ac Atom.",
    ),
    (
        "The Human Learning Systems newsletter: new stories, resources, news and events from people making "
        "public service more human, roughly once a month.",
        "Cylchlythyr Systemau Dysgu Dynol: straeon, adnoddau, newyddion a digwyddiadau newydd gan bobl sy'n "
        "gwneud gwasanaeth cyhoeddus yn fwy dynol, tua unwaith y mis.",
    ),
    (
        "Abstract illustration of rolling hills under a low sun",
        "Darlun haniaethol o fryniau tonnog dan haul isel",
    ),
    # Newsletter issue 7: listening first, in Welsh and English
    (
        "Issue 7: Listening first, in Welsh and English",
        "Rhifyn 7: Gwrando yn gyntaf, yn Gymraeg ac yn Saesneg",
    ),
    ("listening-first-in-welsh-and-english", "gwrando-yn-gyntaf-yn-gymraeg-ac-yn-saesneg"),
    (
        "This issue comes from Wales. Tŷ Cymunedol Housing shares its guide to welcome visits in the tenant's "
        "own language, and we look at how listening first has changed its work.",
        "Daw'r rhifyn hwn o Gymru. Mae Tai Tŷ Cymunedol yn rhannu ei ganllaw i ymweliadau croeso yn iaith y "
        "tenant ei hun, ac rydym yn edrych ar sut mae gwrando yn gyntaf wedi newid ei waith.",
    ),
    (
        "For this issue we visited Tŷ Cymunedol Housing, a housing association that decided arrears were a "
        "symptom rather than the problem. Its officers now meet every new tenant in Welsh or English, as the "
        "tenant chooses, and stay in touch through the first year.",
        "Ar gyfer y rhifyn hwn buom yn ymweld â Thai Tŷ Cymunedol, cymdeithas dai a benderfynodd mai symptom "
        "oedd ôl-ddyledion, nid y broblem ei hun. Mae ei swyddogion bellach yn cwrdd â phob tenant newydd yn "
        "Gymraeg neu yn Saesneg, yn ôl dewis y tenant, ac yn cadw mewn cysylltiad drwy'r flwyddyn gyntaf.",
    ),
    (
        "A practical guide to the first visit, with a conversation plan you can adapt.",
        "Canllaw ymarferol i'r ymweliad cyntaf, gyda chynllun sgwrs y gallwch ei addasu.",
    ),
    (
        "How the association moved from chasing arrears to helping early, and what has changed since.",
        "Sut symudodd y gymdeithas o fynd ar ôl ôl-ddyledion i helpu'n gynnar, a beth sydd wedi newid ers "
        "hynny.",
    ),
    (
        "Welcome visits take place at home, in the language the tenant chooses.",
        "Mae ymweliadau croeso yn digwydd gartref, yn yr iaith y mae'r tenant yn ei dewis.",
    ),
    ("The newsletter in Welsh", "Y cylchlythyr yn Gymraeg"),
    (
        "From this issue you can read the newsletter in Welsh as well as English. Tell us which stories you "
        "would like to read in Welsh next.",
        "O'r rhifyn hwn ymlaen gallwch ddarllen y cylchlythyr yn Gymraeg yn ogystal ag yn Saesneg. Dywedwch "
        "wrthym pa straeon yr hoffech eu darllen yn Gymraeg nesaf.",
    ),
    ("Write to the newsletter team", "Ysgrifennwch at dîm y cylchlythyr"),
    (
        "Tenancy support that listens: a visit and conversation",
        "Cymorth tenantiaeth sy'n gwrando: ymweliad a sgwrs",
    ),
    ("Aberystwyth", "Aberystwyth"),
    (
        "Meet the tenancy support team, hear from tenants and try a welcome visit conversation for yourself. "
        "In Welsh and English.",
        "Dewch i gwrdd â'r tîm cymorth tenantiaeth, clywed gan denantiaid a rhoi cynnig ar sgwrs ymweliad "
        "croeso eich hun. Yn Gymraeg ac yn Saesneg.",
    ),
    ("More stories from the community", "Rhagor o straeon gan y gymuned"),
    ("Browse the case studies", "Pori'r astudiaethau achos"),
    (
        "Councils, charities, NHS bodies and government teams share what they changed and what they learned.",
        "Mae cynghorau, elusennau, cyrff y GIG a thimau llywodraeth yn rhannu'r hyn a newidiwyd ganddynt a'r "
        "hyn a ddysgwyd.",
    ),
    # The generated hero pictures share one alt text pattern, varying only by letter.
    *(
        (
            f"Abstract illustration of hills under a low sun, with a large letter {letter}",
            f"Darlun haniaethol o fryniau dan haul isel, gyda'r llythyren fawr {letter}",
        )
        for letter in string.ascii_uppercase
    ),
]
