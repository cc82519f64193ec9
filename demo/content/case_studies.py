"""The case study library and its case studies."""

from datetime import date

from demo.content.helpers import (
    DaysFromLoad,
    call_to_action,
    document,
    heading,
    image,
    key_figures,
    newsletter_signup,
    paragraph,
    quote,
    video,
)

INDEX = {
    "title": "Case studies",
    "slug": "case-studies",
    "intro": "Real stories of organisations putting Human Learning Systems into practice. Filter by theme, "
    "sector, region or organisation to find work like yours.",
    "search_description": "A library of case studies showing Human Learning Systems in practice across "
    "the UK.",
}


# `days_ago`: how long before the first run each story counts as published, so "newest first" is
# meaningful. `translate`: the locales a translation is made for (see demo/translations/).
CASE_STUDIES = [
    {
        "slug": "lived-experience-team-system-change",
        "title": "A lived experience team as system change agents",
        "summary": "Empowerment employs people who have used local services to work alongside managers and "
        "commissioners, spotting where the system gets in the way and helping to change it from the inside.",
        "organisation": "empowerment",
        "themes": ["human", "systems"],
        "sectors": ["community", "homelessness"],
        "regions": ["north-west-england"],
        "tags": ["lived experience", "co-production", "system change"],
        "period_start": date(2021, 3, 1),
        "period_end": None,
        "contact_name": "Aisha Rahman",
        "contact_role": "Lived experience team coordinator",
        "contact_email": "aisha.rahman@example.org",
        "days_ago": 24,
        "related": ["equity-diversity-inclusion-resource", "co-produced-residential-care"],
        "translate": ["cy", "ur"],
        "body": [
            heading("Why a lived experience team"),
            paragraph(
                "Local services had mostly been designed by people who had never needed them. Surveys and "
                "one-off consultations left people feeling heard once and then forgotten.",
                "Empowerment wanted something sturdier: a standing team of people with first-hand experience "
                "of homelessness, addiction and the benefits system, paid properly for their expertise.",
            ),
            heading("What the team does"),
            paragraph(
                "Team members sit on commissioning panels, shadow front-line staff and hold listening "
                "sessions in places people already go, such as food banks and drop-in centres. They bring "
                "back patterns, not only stories: the letter that frightens people, the form that asks the "
                "same question three times, the appointment that clashes with the last bus home."
            ),
            quote(
                "For the first time I was in the room when the decision was made, not reading about it "
                "afterwards.",
                "A member of the Lived Experience Team",
            ),
            key_figures(
                "The first two years",
                ("14", "team members employed on paid contracts"),
                ("37", "changes to local processes proposed by the team"),
                ("9", "commissioning panels with a team member"),
            ),
            video(
                "empowerment-film",
                "Members of the Lived Experience Team talk about their first year",
                "Narrator: When we started, nobody was sure what a lived experience team would do.\n"
                "Team member: I thought I would be a token. Instead I was asked to chair the panel.",
            ),
            call_to_action(
                "Find more stories about co-production",
                "Browse all case studies",
                text="See how other organisations share power with the people they support.",
                page="case-studies",
            ),
            newsletter_signup(
                "Hear about new stories first",
                "One email a month with new case studies, resources and events from the community.",
            ),
        ],
    },
    {
        "slug": "trauma-informed-debt-advice",
        "title": "Debt advice that starts with safety",
        "summary": "Good Cents rebuilt its debt service around the fact that money trouble is often tangled "
        "up with past harm, training advisers to slow down, offer choice and stay with people rather than "
        "close cases quickly.",
        "organisation": "good-cents",
        "themes": ["human", "learning"],
        "sectors": ["employment-and-money"],
        "regions": ["west-midlands"],
        "tags": ["trauma-informed", "relational practice", "financial inclusion"],
        "period_start": date(2020, 9, 1),
        "period_end": date(2023, 6, 30),
        "contact_name": "Daniel Okafor",
        "contact_role": "Head of advice",
        "contact_email": "daniel.okafor@example.org",
        "days_ago": 61,
        "related": ["employment-support-without-sanctions"],
        "translate": ["cy", "ur"],
        "body": [
            heading("Looking beyond the balance sheet"),
            paragraph(
                "Advisers noticed that many clients missed appointments, left letters unopened and seemed "
                "to disappear just as a plan was agreed. The old service called this disengagement and "
                "closed the case.",
                "When the team listened more closely, they heard about bereavement, violence and years of "
                "shame. For many people a brown envelope was not an admin task but a reminder of harm.",
            ),
            heading("Changing how the first meeting feels"),
            paragraph(
                "Every adviser now trains in trauma-informed practice. First meetings happen where the "
                "client chooses, start with what matters to them and end with one small next step rather "
                "than a full budget.",
                "Cases stay open for as long as they are useful, and advisers have regular reflective "
                "supervision so they can carry difficult conversations without burning out.",
            ),
            image(
                "kitchen-table",
                "Abstract illustration of two soft circles side by side above rolling hills",
                caption="First meetings now take place wherever people feel safe, often at home.",
                credit="Illustration for the HLS demo site",
            ),
            key_figures(
                "After two years",
                ("82%", "of clients stayed with us until their plan was in place"),
                ("3x", "fewer missed appointments than under the old model"),
                ("0", "cases closed for not engaging"),
            ),
            document(
                "good-cents-guide",
                "Our trauma-informed debt advice guide",
                "A short guide for advice teams who want to try the approach.",
            ),
        ],
    },
    {
        "slug": "co-produced-residential-care",
        "title": "Residential care designed with the young people who live there",
        "summary": "Lighthouse invites the young people in its homes to help recruit staff, write house "
        "agreements and shape daily routines, so that care feels less like a placement and more like a home.",
        "organisation": "lighthouse",
        "themes": ["human", "systems"],
        "sectors": ["children-and-young-people", "social-care"],
        "regions": ["london"],
        "tags": ["co-production", "young people", "relational practice"],
        "period_start": date(2019, 5, 1),
        "period_end": None,
        "contact_name": "Grace Mensah",
        "contact_role": "Registered manager",
        "contact_email": "grace.mensah@example.org",
        "days_ago": 103,
        "related": ["social-pedagogy-practitioners", "youth-justice-relational-practice"],
        "translate": ["cy"],
        "body": [
            heading("A home, not a placement"),
            paragraph(
                "Young people in residential care often move many times and meet dozens of professionals. "
                "Rules arrive ready-made, and the adults around them change with every rota.",
                "Lighthouse asked a simple question: what would it look like if the young people had a "
                "real say in how their home was run?",
            ),
            heading("Young people at the centre of decisions"),
            paragraph(
                "Residents now sit on interview panels for new staff, agree house rules together at a "
                "weekly meeting and plan meals and outings with the team. Staff are recruited for warmth "
                "and patience as much as for qualifications."
            ),
            quote(
                "They asked me what I wanted my room to look like. Nobody had ever asked me that before.",
                "A young person at Lighthouse",
            ),
            video(
                "lighthouse-film",
                "Young people and staff describe a day at Lighthouse",
                "Young person: Breakfast is whenever you get up at weekends. We voted on that.\n"
                "Staff member: Our job is to be here, and to keep being here.",
            ),
            call_to_action(
                "Work with us",
                "See jobs at Lighthouse",
                text="We are looking for people who want to build lasting relationships with young people.",
                url="https://www.lighthousecare.org.uk/jobs",
            ),
        ],
    },
    {
        "slug": "appreciative-inquiry-alliance",
        "title": "Appreciative inquiry helps an alliance see through each other's eyes",
        "summary": "Partners in the Plymouth Alliance used appreciative inquiry to explore what already "
        "worked for people facing multiple disadvantage, building empathy between organisations that used "
        "to compete for contracts.",
        "organisation": "plymouth-alliance",
        "themes": ["learning", "systems"],
        "sectors": ["homelessness", "health"],
        "regions": ["south-west-england"],
        "tags": ["appreciative inquiry", "empathy", "learning culture"],
        "period_start": date(2019, 4, 1),
        "period_end": date(2022, 3, 31),
        "contact_name": "Tom Bradley",
        "contact_role": "Alliance learning lead",
        "contact_email": "tom.bradley@example.org",
        "days_ago": 390,
        "related": ["system-stewardship-civil-society"],
        "translate": [],
        "body": [
            heading("From competitors to partners"),
            paragraph(
                "Before the alliance, each organisation held its own contract and guarded its own numbers. "
                "Staff knew little about what colleagues elsewhere in the city actually did.",
                "A single alliance contract created the structure for working together, but not the trust. "
                "Partners needed a way to understand one another.",
            ),
            heading("Starting with what works"),
            paragraph(
                "Instead of auditing failures, the alliance ran a series of appreciative inquiry sessions. "
                "Small mixed groups of workers, managers and people using services interviewed each other "
                "about times when support had gone really well.",
                "The stories were collected, themes drawn out and turned into shared principles that every "
                "partner signed up to.",
            ),
            image(
                "workshop-wall",
                "Abstract illustration of scattered pale circles over layered hills",
                caption="Participants sorted the themes from the inquiry sessions into shared principles.",
                credit="Plymouth Alliance",
            ),
            quote(
                "Hearing a support worker from another charity describe her best day changed how I saw that "
                "whole organisation.",
                "An alliance manager",
            ),
            key_figures(
                "The inquiry in numbers",
                ("120", "people interviewed one another"),
                ("9", "partner organisations took part"),
                ("6", "shared principles agreed"),
            ),
            call_to_action(
                "Stewarding a whole system",
                "Read about system stewardship",
                page="system-stewardship-civil-society",
            ),
        ],
    },
    {
        "slug": "home-care-living-wage",
        "title": "Home care workers paid the living wage, in self-managing teams",
        "summary": "Wellbeing Teams pays its home care workers at least the real living wage and organises "
        "them in small self-managing teams, giving them the time and trust to build relationships with the "
        "people they support.",
        "organisation": "wellbeing-teams",
        "themes": ["human", "systems"],
        "sectors": ["social-care", "health"],
        "regions": ["north-west-england"],
        "tags": ["living wage", "self-management", "relational practice"],
        "period_start": date(2017, 1, 1),
        "period_end": None,
        "contact_name": "Helen Price",
        "contact_role": "Team coach",
        "contact_email": "helen.price@example.org",
        "days_ago": 12,
        "related": ["employment-support-without-sanctions", "co-produced-residential-care"],
        "translate": ["cy"],
        "body": [
            heading("Valuing the work of care"),
            paragraph(
                "Home care is skilled and demanding work, yet it is often paid at the minimum wage and "
                "squeezed into fifteen-minute visits. High turnover means people receiving care see a "
                "stream of strangers.",
                "Wellbeing Teams set out to do things differently, starting with pay.",
            ),
            key_figures(
                "What fair pay made possible",
                ("100%", "of team members paid at least the real living wage"),
                ("8 to 12", "people in each self-managing team"),
                ("Under 10%", "staff turnover a year"),
            ),
            heading("Small teams, big trust"),
            paragraph(
                "Each neighbourhood team recruits its own colleagues, plans its own rota and decides with "
                "each person how their time together is spent. A coach supports the team, but there are no "
                "layers of supervisors watching the clock."
            ),
            video(
                "wellbeing-film",
                "A Wellbeing Team member describes her week",
                "Team member: On Monday we plan the week together as a team.\n"
                "Team member: If someone needs more time, we talk about it and we give it.",
            ),
            quote(
                "I have time to sit and have a cup of tea with people now. That is when I find out how they "
                "really are.",
                "A Wellbeing Team member",
            ),
        ],
    },
    {
        "slug": "equity-diversity-inclusion-resource",
        "title": "An equity, diversity and inclusion resource for HLS practitioners",
        "summary": "Collaborate gathered practitioners' experience into a practical resource on equity, "
        "diversity and inclusion, asking who relational practice reaches, who decides and whose voices a "
        "learning system hears.",
        "organisation": "collaborate",
        "themes": ["human", "learning", "systems"],
        "sectors": ["community"],
        "regions": ["london"],
        "tags": ["equity", "diversity", "power"],
        "period_start": date(2022, 5, 1),
        "period_end": date(2023, 4, 30),
        "contact_name": "Priya Shah",
        "contact_role": "Programme lead",
        "contact_email": "priya.shah@example.org",
        "days_ago": 540,
        "related": ["hls-week-2022", "lived-experience-team-system-change"],
        "translate": ["ur"],
        "body": [
            heading("Why equity needs its own attention"),
            paragraph(
                "Working relationally and learning as you go should help services respond to each person's "
                "circumstances. But relationships tend to form along familiar lines, and learning can easily "
                "repeat the blind spots of whoever is doing it.",
                "Practitioners told us they wanted help to ask harder questions about power, bias and who is "
                "missing from the room.",
            ),
            heading("What the resource covers"),
            paragraph(
                "The resource follows the three parts of Human Learning Systems. It offers questions for "
                "building relationships across difference, prompts for noticing whose knowledge counts in "
                "learning, and ways to share power across a system."
            ),
            quote(
                "If we only learn from the people who are already comfortable talking to us, we will keep "
                "getting the same answers.",
                "A participant in a Diversity in the New World conversation",
            ),
            document(
                "edi-resource",
                "Equity, diversity and inclusion: questions for practitioners",
                "Reflective questions and practical prompts, organised by the Human, Learning and Systems "
                "themes.",
            ),
            call_to_action(
                "Where the conversation started", "Read about HLS Week 2022", page="hls-week-2022"
            ),
        ],
    },
    {
        "slug": "hls-week-2022",
        "title": "HLS Week 2022: a week of learning in the open",
        "summary": "More than five hundred people joined twenty-five online events during HLS Week 2022, "
        "where over fifty practitioners shared what a Human Learning Systems approach looks like in their "
        "day-to-day work.",
        "organisation": "collaborate",
        "themes": ["learning"],
        "sectors": ["community"],
        "regions": ["london", "scotland"],
        "tags": ["events", "peer learning", "learning culture"],
        "period_start": date(2022, 5, 16),
        "period_end": date(2022, 5, 20),
        "hero_decorative": True,
        "contact_name": "Sam Whitfield",
        "contact_role": "Events coordinator",
        "contact_email": "sam.whitfield@example.org",
        "days_ago": 610,
        "related": [],
        "translate": [],
        "body": [
            key_figures(
                "HLS Week at a glance",
                ("500+", "people took part"),
                ("25", "events across the week"),
                ("50+", "practitioners shared their experience"),
            ),
            heading("Practitioners leading the conversation"),
            paragraph(
                "Instead of keynote speakers, most sessions were hosted by people doing the work: council "
                "officers, charity staff, commissioners and people with lived experience. Every session left "
                "time for questions and for honest talk about what had not worked.",
                "The week closed with <b>Diversity in the New World</b>, a conversation about the systemic "
                "barriers people of colour face in the charity sector and how HLS approaches might help to "
                "break them down.",
            ),
            video(
                "hls-week-film",
                "Highlights from HLS Week 2022",
                "Host: Welcome to HLS Week. This week is about learning from each other.\n"
                "Speaker: The biggest change for us was stopping the targets.",
            ),
            document(
                "hls-week-programme",
                "HLS Week 2022 programme",
                "All five days of sessions, with their themes.",
            ),
            call_to_action(
                "Join the next learning event",
                "See upcoming events",
                text="The community runs open events through the year. Everyone is welcome.",
                url="https://www.humanlearning.systems/events/",
            ),
        ],
    },
    {
        "slug": "local-authority-learning-community",
        "title": "Councils learning together in a local authority learning community",
        "summary": "Officers from twelve councils meet every month to test HLS ideas in their own "
        "organisations, bringing real dilemmas to the group and taking back practical changes to "
        "commissioning, performance and team culture.",
        "organisation": "collaborate",
        "themes": ["learning", "systems"],
        "sectors": ["community", "housing"],
        "regions": ["north-east-england", "west-midlands"],
        "tags": ["learning community", "local government", "peer learning"],
        "period_start": date(2021, 9, 1),
        "period_end": None,
        "contact_name": "Rachel Evans",
        "contact_role": "Learning community facilitator",
        "contact_email": "rachel.evans@example.org",
        "days_ago": 455,
        "related": ["homelessness-learning-cycles"],
        "translate": [],
        "body": [
            heading("A space to be honest"),
            paragraph(
                "Council officers trying new approaches often feel on their own. Performance frameworks, "
                "procurement rules and political pressure all pull back towards the familiar.",
                "The learning community gives them a regular, confidential place to compare notes with peers "
                "who face the same constraints.",
            ),
            heading("How the sessions work"),
            paragraph(
                "Each month one council brings a live dilemma. Recent ones include:",
                "<ul><li>how to report progress to councillors without targets</li>"
                "<li>how to write a contract that leaves room for learning</li>"
                "<li>how to support managers who are used to checking rather than coaching</li></ul>",
                "The group asks questions, shares what it has tried and agrees what to test before the next "
                "meeting.",
            ),
            image(
                "circle-conversation",
                "Abstract illustration of a ring of pale circles above a dark hillside",
                caption="The learning community meets in person twice a year and online every month.",
            ),
            key_figures(
                "So far",
                ("12", "councils taking part"),
                ("18", "monthly sessions held"),
                ("40+", "changes tested in practice"),
            ),
            call_to_action(
                "Is your council interested?",
                "Find out about learning communities",
                text="New councils join each spring. There is no fee.",
                url="https://www.humanlearning.systems/learning-communities/",
            ),
        ],
    },
    {
        "slug": "social-pedagogy-practitioners",
        "title": "Social pedagogy practitioners build a community of practice",
        "summary": "Practitioners using social pedagogy in children's services, youth work and adult care "
        "formed a community of practice to share how they bring head, heart and hands into their "
        "relationships with the people they support.",
        "organisation": "pedagogy-in-practice",
        "themes": ["human", "learning"],
        "sectors": ["children-and-young-people", "social-care"],
        "regions": ["scotland", "north-west-england"],
        "tags": ["social pedagogy", "community of practice", "relational practice"],
        "period_start": date(2021, 11, 1),
        "period_end": None,
        "contact_name": "Morag Campbell",
        "contact_role": "Network convenor",
        "contact_email": "morag.campbell@example.org",
        "days_ago": 300,
        "related": ["co-produced-residential-care"],
        "translate": [],
        "body": [
            heading("What social pedagogy offers"),
            paragraph(
                "Social pedagogy is a tradition of working with people that puts relationships at the heart "
                "of the work. It asks practitioners to bring their whole selves, using <i>head, heart and "
                "hands</i> together.",
                "In the UK it is practised in pockets, often by people who trained abroad or learned it on "
                "short courses, and many feel they are working against the grain.",
            ),
            heading("Learning from each other"),
            paragraph(
                "The community meets online every six weeks. Members take turns to share a story from "
                "practice, and the group reflects on it using ideas such as the common third: an activity "
                "shared by worker and young person that builds trust on equal terms."
            ),
            quote(
                "It is a relief to be with people who do not think it is unprofessional to care.",
                "A residential care worker",
                "Community of practice member",
            ),
            image(
                "garden",
                "Abstract illustration of green hills under a pale sun",
                caption="Gardening together is a common third: the shared task makes talking easier.",
            ),
        ],
    },
    {
        "slug": "system-stewardship-civil-society",
        "title": "System stewardship in civil society: a funder changes its role",
        "summary": "The Common Ground Foundation stopped funding isolated projects against fixed outcomes "
        "and began to act as a steward: convening partners, paying for learning and trusting local "
        "organisations to adapt.",
        "organisation": "common-ground-foundation",
        "themes": ["systems", "learning"],
        "sectors": ["community"],
        "regions": ["north-east-england"],
        "tags": ["system stewardship", "trust-based funding", "learning culture"],
        "period_start": date(2020, 1, 1),
        "period_end": None,
        "hero_decorative": True,
        "contact_name": "Olu Adeyemi",
        "contact_role": "Director of learning",
        "contact_email": "olu.adeyemi@example.org",
        "days_ago": 220,
        "related": ["appreciative-inquiry-alliance", "national-test-and-learn-programme"],
        "translate": [],
        "body": [
            heading("From grant-maker to steward"),
            paragraph(
                "For years the foundation funded projects for three years, asked for quarterly outcome "
                "reports and then moved on. Grantees spent their energy proving success instead of learning "
                "what worked.",
                "Trustees decided that if they wanted healthier local systems, the foundation had to behave "
                "differently itself.",
            ),
            heading("What stewardship looks like in practice"),
            paragraph(
                "<ul><li>Grants are unrestricted and last at least five years.</li>"
                "<li>Reports are replaced by learning conversations twice a year.</li>"
                "<li>The foundation pays for partners to meet, reflect and plan together.</li></ul>"
            ),
            key_figures(
                "Our commitment",
                ("£4.2m", "committed to long-term, flexible grants"),
                ("31", "organisations in the learning network"),
                ("5 years", "the shortest grant we now make"),
            ),
            quote(
                "We stopped asking partners to prove they were succeeding and started asking what they were "
                "learning. The conversations became far more useful.",
                "Chief executive",
                "Common Ground Foundation",
                name="Ruth Okafor",
                identified_as="full_name",
                given_on=date(2024, 11, 4),
            ),
            call_to_action(
                "See more systems stories",
                "Browse the case study library",
                page="case-studies",
            ),
        ],
    },
    {
        "slug": "relational-early-help",
        "title": "Early help rebuilt around one trusted worker",
        "summary": "Northmoor Borough Council replaced a maze of referrals for families who need early help "
        "with a single key worker who stays with each family, holds a flexible budget and brings in other "
        "services when needed.",
        "organisation": "northmoor-borough-council",
        "themes": ["human", "systems"],
        "sectors": ["children-and-young-people", "housing"],
        "regions": ["north-east-england"],
        "tags": ["early help", "key worker", "relational practice"],
        "period_start": date(2021, 6, 1),
        "period_end": None,
        "contact_name": "Karen Doyle",
        "contact_role": "Head of early help",
        "contact_email": "karen.doyle@example.org",
        "days_ago": 150,
        "related": ["co-produced-residential-care"],
        "translate": [],
        "body": [
            heading("Too many doors"),
            paragraph(
                "A family asking for help might be assessed by four services in a month and have to repeat "
                "their story each time. Each service had its own narrow eligibility test, and families who "
                "did not fit were passed on."
            ),
            heading("One worker, one relationship"),
            paragraph(
                "Now each family is matched with a key worker who can spend from a small flexible budget "
                "without asking permission, for example to fix a boiler or pay for a school trip. The worker "
                "calls in specialists when needed, but the relationship stays with them."
            ),
            key_figures(
                "In the first year",
                ("340", "families supported by a key worker"),
                ("61%", "fewer repeat referrals"),
                ("£180", "average spend from the flexible budget"),
            ),
            quote("She did not give up on us. That is the difference.", "A parent in Northmoor"),
            call_to_action(
                "More stories from councils",
                "Browse the case study library",
                page="case-studies",
            ),
        ],
    },
    {
        "slug": "homelessness-learning-cycles",
        "title": "Learning cycles replace targets in a homelessness service",
        "summary": "Riverside City Council dropped target-driven monitoring of its homelessness contracts "
        "and introduced quarterly learning cycles where providers, commissioners and people with lived "
        "experience review what is working.",
        "organisation": "riverside-city-council",
        "themes": ["learning", "systems"],
        "sectors": ["homelessness", "housing"],
        "regions": ["west-midlands"],
        "tags": ["learning cycles", "commissioning", "performance"],
        "period_start": date(2020, 10, 1),
        "period_end": date(2024, 3, 31),
        "contact_name": "Marcus Hill",
        "contact_role": "Commissioning manager",
        "contact_email": "marcus.hill@example.org",
        "days_ago": 480,
        "related": ["local-authority-learning-community", "appreciative-inquiry-alliance"],
        "translate": [],
        "body": [
            heading("When targets backfire"),
            paragraph(
                "The old contract rewarded providers for moving people into accommodation within twelve "
                "weeks. Providers hit the target, but many placements broke down and people returned to "
                "the streets.",
                "Staff admitted privately that they chose the people most likely to succeed and steered "
                "away from those with the most complex needs.",
            ),
            heading("A different kind of accountability"),
            paragraph(
                "Under the new arrangement, providers gather stories and data that help them understand "
                "people's journeys. Every quarter, everyone involved meets to look at the evidence, agree "
                "what to change and decide what to learn next."
            ),
            key_figures(
                "Three years in",
                ("4", "learning cycles a year"),
                ("70%", "of tenancies still going after a year, up from 45%"),
            ),
            document(
                "riverside-learning-report",
                "Learning cycle report: year one",
                "What the partnership learned in its first four cycles, including what it stopped doing.",
            ),
            image(
                "city-walk",
                "Abstract illustration of a low sun over dark rolling hills",
                caption="Outreach workers now stay with the same people from the street to a settled home.",
                credit="Riverside City Council",
            ),
        ],
    },
    {
        "slug": "emergency-department-relational-team",
        "title": "A relational team for people who often come to the emergency department",
        "summary": "Valley Health brought together nurses, a social worker and a peer mentor to get to know "
        "people who frequently attend the emergency department, and to help with the problems that bring "
        "them there.",
        "organisation": "valley-health",
        "themes": ["human", "systems"],
        "sectors": ["health", "social-care"],
        "regions": ["north-east-england"],
        "tags": ["health inequalities", "peer support", "relational practice"],
        "period_start": date(2022, 2, 1),
        "period_end": None,
        "contact_name": "Dr Sarah Lin",
        "contact_role": "Consultant in emergency medicine",
        "contact_email": "sarah.lin@example.org",
        "days_ago": 185,
        "related": ["mental-health-community-conversations"],
        "translate": [],
        "body": [
            heading("Seeing the person behind the attendance"),
            paragraph(
                "A small group of people accounted for a large share of emergency visits. Each visit was "
                "treated as a new episode, and staff rarely had time to ask what was happening in someone's "
                "life."
            ),
            heading("Time to build trust"),
            paragraph(
                "The new team has no fixed caseload and no discharge deadline. They visit people at home, "
                "go with them to appointments and work with housing and benefits services on the causes of "
                "each crisis."
            ),
            quote(
                "I used to come to A&E because it was the only place open at night where someone would "
                "talk to me.",
                "A person supported by the team",
            ),
            key_figures(
                "Twelve months on",
                ("45%", "fewer emergency attendances among the people supported"),
                ("28", "people supported in depth"),
            ),
            video(
                "valley-film",
                "The team explains how it works",
                "Nurse: We stopped asking why people keep coming back and started asking what they need.",
            ),
        ],
    },
    {
        "slug": "integrated-care-commissioning-for-learning",
        "title": "Commissioning community health services for learning",
        "summary": "An integrated care board rewrote its community health contracts so that providers are "
        "accountable for learning and improvement rather than activity counts, and funded a shared "
        "learning partner.",
        "organisation": "coastal-icb",
        "themes": ["systems", "learning"],
        "sectors": ["health"],
        "regions": ["south-west-england"],
        "tags": ["commissioning", "contracts", "learning culture"],
        "period_start": date(2023, 4, 1),
        "period_end": None,
        "contact_name": "James Whitaker",
        "contact_role": "Director of strategic commissioning",
        "contact_email": "james.whitaker@example.org",
        "days_ago": 95,
        "related": ["homelessness-learning-cycles"],
        "translate": [],
        "body": [
            heading("Contracts that counted the wrong things"),
            paragraph(
                "Community health contracts measured numbers of contacts and waiting times. Providers could "
                "meet every target while patients felt rushed and nobody learned why some people kept being "
                "readmitted."
            ),
            heading("Paying for learning"),
            paragraph(
                "The new contracts ask each provider to hold regular learning reviews with patients and "
                "staff and to share what they find. A learning partner helps the whole system spot patterns "
                "across providers."
            ),
            document(
                "icb-contract-principles",
                "Principles for learning-based contracts",
                "Eight principles the board used when it rewrote its contracts.",
            ),
            call_to_action(
                "Compare with a council",
                "Read about Riverside's learning cycles",
                page="homelessness-learning-cycles",
            ),
        ],
    },
    {
        "slug": "national-test-and-learn-programme",
        "title": "A national test-and-learn programme with ten places",
        "summary": "A government department worked alongside ten local areas to test new ways of supporting "
        "people with multiple needs, swapping detailed funding conditions for shared learning and regular, "
        "honest conversations.",
        "organisation": "department-for-communities",
        "themes": ["systems", "learning"],
        "sectors": ["community", "employment-and-money"],
        "regions": ["london", "north-east-england"],
        "tags": ["national government", "test and learn", "place-based working"],
        "period_start": date(2022, 9, 1),
        "period_end": None,
        "contact_name": "Eleanor Marsh",
        "contact_role": "Deputy director, public service reform",
        "contact_email": "eleanor.marsh@example.org",
        "days_ago": 45,
        "related": ["system-stewardship-civil-society", "community-justice-learning-partners"],
        "translate": [],
        "body": [
            heading("Letting go of control from the centre"),
            paragraph(
                "National programmes usually arrive with a fixed model, strict eligibility and a list of "
                "indicators to report. Local areas spend months bending their plans to fit.",
                "This programme reversed the flow: places set their own approach, and the department's job "
                "was to learn with them and remove obstacles.",
            ),
            heading("What the department changed"),
            paragraph(
                "<ul><li>Funding came with a few shared learning questions instead of targets.</li>"
                "<li>Civil servants joined local learning sessions in person.</li>"
                "<li>Barriers in national rules were logged and taken back to policy teams.</li></ul>"
            ),
            key_figures(
                "Progress",
                ("10", "places in the programme"),
                ("23", "barriers in national rules identified"),
                ("8", "barriers removed or eased so far"),
            ),
            quote(
                "Our job became listening and unblocking rather than checking.",
                "A programme lead in the department",
            ),
            image(
                "notebook",
                "Abstract illustration of overlapping circles in a dusk sky above hills",
                caption="Places mapped their local systems at the start of the programme.",
            ),
        ],
    },
    {
        "slug": "community-justice-learning-partners",
        "title": "Learning partners for community justice in Scotland",
        "summary": "Community justice partnerships in four areas of Scotland worked with learning partners "
        "to understand the experience of people leaving short prison sentences and redesign support around "
        "relationships.",
        "organisation": "public-service-reform-unit",
        "themes": ["learning", "human"],
        "sectors": ["criminal-justice"],
        "regions": ["scotland"],
        "tags": ["community justice", "learning partner", "lived experience"],
        "period_start": date(2021, 1, 1),
        "period_end": date(2023, 12, 31),
        "contact_name": "Iain Fraser",
        "contact_role": "Learning partner",
        "contact_email": "iain.fraser@example.org",
        "days_ago": 330,
        "related": ["youth-justice-relational-practice"],
        "translate": [],
        "body": [
            heading("Leaving prison with nowhere to go"),
            paragraph(
                "People released from short sentences often leave with no home, no income and no one to "
                "meet them. Many are back in custody within months."
            ),
            heading("Listening before redesigning"),
            paragraph(
                "Learning partners spent time with people in the weeks before and after release, and with "
                "the staff who work with them. They reported what they heard to partnership meetings every "
                "two months."
            ),
            # Consent that ends three weeks after the demo is loaded: "ends soon" in the report.
            quote(
                "Somebody was waiting at the gate. That one thing changed the whole first week.",
                "A man released from a short sentence",
                given_on=date(2024, 6, 12),
                valid_until=DaysFromLoad(21),
            ),
            key_figures(
                "The learning",
                ("4", "local partnerships took part"),
                ("60", "people shared their experience of release"),
            ),
            call_to_action(
                "Learn with the HLS community",
                "Visit the Human Learning Systems site",
                url="https://www.humanlearning.systems/",
            ),
        ],
    },
    {
        "slug": "tenancy-sustainment-wales",
        "title": "Tenancy support that listens first",
        "summary": "Tŷ Cymunedol Housing replaced its arrears-led approach with relationship-based tenancy "
        "support, so officers get to know tenants and help early, before problems turn into evictions.",
        "organisation": "ty-cymunedol-housing",
        "themes": ["human", "learning"],
        "sectors": ["housing", "employment-and-money"],
        "regions": ["wales"],
        "tags": ["tenancy sustainment", "Welsh language", "relational practice"],
        "period_start": date(2022, 4, 1),
        "period_end": None,
        "contact_name": "Rhian Morgan",
        "contact_role": "Tenancy support manager",
        "contact_email": "rhian.morgan@example.org",
        "days_ago": 78,
        "related": ["trauma-informed-debt-advice"],
        "translate": ["cy"],
        "body": [
            heading("Arrears were a symptom"),
            paragraph(
                "Housing officers used to meet tenants mainly when rent was overdue. By then debts had grown "
                "and trust was low.",
                "Looking back over five years of evictions, the association found that most tenants had "
                "shown signs of difficulty long before the arrears began.",
            ),
            heading("Getting to know tenants"),
            paragraph(
                "Every new tenant now has a welcome visit in the language of their choice, and officers keep "
                "in touch regularly through the first year. They can refer tenants straight to money advice, "
                "and they meet every month to reflect on difficult cases together."
            ),
            key_figures(
                "Since the change",
                ("52%", "fewer notices seeking possession"),
                ("1 in 3", "tenants choose to speak Welsh with their officer"),
            ),
            # Agreed for two years only: the demo loads with this consent already ended, so the quote is
            # hidden from visitors and the consent report lists it.
            quote(
                "It felt like they were on my side, not chasing me.",
                "A tenant",
                given_on=date(2023, 5, 2),
                valid_until=DaysFromLoad(-10),
            ),
        ],
    },
    {
        "slug": "youth-justice-relational-practice",
        "title": "Restorative, relationship-based youth justice",
        "summary": "A youth justice partnership in Northern Ireland trained its staff in restorative and "
        "relational practice, giving each young person one consistent worker and involving families in "
        "putting harm right.",
        "organisation": "lagan-youth-justice",
        "themes": ["human", "learning"],
        "sectors": ["criminal-justice", "children-and-young-people"],
        "regions": ["northern-ireland"],
        "tags": ["restorative practice", "young people", "relational practice"],
        "period_start": date(2020, 6, 1),
        "period_end": None,
        "contact_name": "Ciara Byrne",
        "contact_role": "Practice development lead",
        "contact_email": "ciara.byrne@example.org",
        "days_ago": 265,
        "related": ["community-justice-learning-partners", "co-produced-residential-care"],
        "translate": [],
        "body": [
            heading("Consistency matters"),
            paragraph(
                "Young people in the justice system used to meet a different professional at every stage. "
                "Each handover cost trust, and young people learned to tell adults as little as possible."
            ),
            heading("Putting harm right together"),
            paragraph(
                "Restorative conferences bring together young people, the people they have harmed and their "
                "families to agree how to make amends. Workers now stay with a young person from first "
                "contact to the end of their order."
            ),
            image(
                "community-hall",
                "Abstract illustration of a warm sky over two bands of hills",
                caption="Restorative conferences take place in community venues chosen by the family.",
                credit="Lagan Youth Justice Partnership",
            ),
            key_figures(
                "What we see",
                ("1", "worker for each young person, from start to finish"),
                ("74%", "of people harmed who took part said they felt heard"),
            ),
            call_to_action(
                "Related work with young people",
                "Read the Lighthouse story",
                page="co-produced-residential-care",
            ),
        ],
    },
    {
        "slug": "employment-support-without-sanctions",
        "title": "Employment support built on trust rather than sanctions",
        "summary": "Pathways Employment Trust runs voluntary employment support in which people set their "
        "own goals, advisers keep in touch after someone starts work, and nobody loses money for missing "
        "an appointment.",
        "organisation": "pathways-employment-trust",
        "themes": ["human"],
        "sectors": ["employment-and-money"],
        "regions": ["north-west-england"],
        "tags": ["employment", "strengths-based", "trauma-informed"],
        "period_start": date(2021, 2, 1),
        "period_end": date(2024, 1, 31),
        "contact_name": "Lee Sutton",
        "contact_role": "Service manager",
        "contact_email": "lee.sutton@example.org",
        "days_ago": 420,
        "related": ["trauma-informed-debt-advice"],
        "translate": [],
        "body": [
            heading("Why voluntary matters"),
            paragraph(
                "Many people came to Pathways after bad experiences of mandatory programmes. They had "
                "learned to say what advisers wanted to hear and to keep their real worries to themselves."
            ),
            heading("Starting from strengths"),
            paragraph(
                "Advisers begin by asking what people are good at and what they care about. Plans are short, "
                "written together and changed whenever life changes."
            ),
            quote(
                "Nobody threatened to stop my money. So for once I told the truth about what was hard.",
                "A Pathways participant",
            ),
            key_figures(
                "Results",
                ("58%", "of participants in work or training after a year"),
                ("9 in 10", "would recommend Pathways to a friend"),
            ),
            call_to_action(
                "A related approach to debt",
                "Read the Good Cents story",
                page="trauma-informed-debt-advice",
            ),
        ],
    },
    {
        "slug": "mental-health-community-conversations",
        "title": "Community conversations reshape mental health support",
        "summary": "Valley Health held open conversations in libraries, places of worship and community "
        "centres about what helps people stay well, then moved part of its mental health budget into "
        "community-led support.",
        "organisation": "valley-health",
        "themes": ["human", "systems"],
        "sectors": ["health", "community"],
        "regions": ["north-east-england"],
        "tags": ["mental health", "co-production", "community"],
        "period_start": date(2023, 1, 1),
        "period_end": None,
        "contact_name": "Naveed Akhtar",
        "contact_role": "Community mental health lead",
        "contact_email": "naveed.akhtar@example.org",
        "days_ago": 5,
        "related": ["emergency-department-relational-team"],
        "translate": [],
        "body": [
            heading("Asking a different question"),
            paragraph(
                "Instead of asking people what they thought of existing services, the trust asked what helps "
                "them stay well. The answers were about friendship, faith, green space and feeling useful."
            ),
            heading("Following the answers"),
            paragraph(
                "The trust moved part of its budget into small grants for community groups, and its staff "
                "now spend time in community venues rather than waiting for referrals."
            ),
            video(
                "valley-community-film",
                "Community groups talk about staying well",
                "Volunteer: People come for the cooking and stay for the company.",
            ),
            key_figures(
                "First eighteen months",
                ("40", "community conversations held"),
                ("£250k", "moved into community-led support"),
            ),
            call_to_action(
                "See the emergency department story",
                "Read about the relational team",
                page="emergency-department-relational-team",
            ),
        ],
    },
]
