"""The resources library, its resources and the files they offer."""

from datetime import date

from demo.content.helpers import call_to_action, heading, key_figures, paragraph, quote, video
from demo.content.media import VIDEOS

RESOURCE_INDEX = {
    "title": "Resources",
    "slug": "resources",
    "intro": "Guides, toolkits, reports, templates, films and podcasts made by people putting Human Learning "
    "Systems into practice. Filter by type, theme, sector or region, borrow what helps and adapt it to your "
    "own work.",
    "search_description": "Free guides, toolkits, reports and templates for councils, charities, NHS bodies "
    "and government teams working in a Human Learning Systems way.",
}


# Words that appear only inside a resource's file, never in its title, summary or description, so
# searching for them shows that search reads the file itself: resource slug -> phrase.
SEARCHABLE_PHRASES = {
    "starting-a-learning-cycle": "ninety-minute sense-making session",
    "reflective-practice-toolkit": "the three-question reflection huddle",
    "hls-in-practice-report": "quiet scaffolding of trust",
    "learning-review-template": "what surprised us this quarter",
    "equity-in-practice": "equity impact walk-through",
    "appreciative-inquiry-toolkit": "best-day interview pairs",
    "commissioning-for-learning-report": "twelve-month learning contract pilot",
    "funder-learning-conversation-template": "no-surprises learning letter",
}


def _phrase(slug):
    return SEARCHABLE_PHRASES[slug]


# The files the resources offer. A .pdf, .docx or .txt file name decides how each one is written.
RESOURCE_DOCUMENTS = {
    "learning-cycle-guide": {
        "title": "Starting a learning cycle: a guide for teams",
        "filename": "starting-a-learning-cycle.pdf",
        "paragraphs": [
            "A learning cycle has four steps: ask a question that matters, notice what happens, make sense "
            "of it together and adapt. Most teams find their rhythm in the third cycle, not the first.",
            "Step 1. Choose one question with the people you support, such as: what helps people keep "
            "their tenancy in the first six months?",
            "Step 2. Gather a few numbers you already have and five or six stories told in people's own "
            "words. Write down what surprised you as you go.",
            f"Step 3. End every cycle with a {_phrase('starting-a-learning-cycle')}: front-line staff, a "
            "manager and at least two people who use the service look at what was gathered and ask what "
            "it means.",
            "Step 4. Agree one or two changes to try next, and who needs to hear about them.",
            "Repeat every three months. Keep the notes short: a learning cycle is for thinking together, "
            "not for producing reports.",
        ],
    },
    "reflective-practice-toolkit": {
        "title": "A toolkit for reflective practice",
        "filename": "reflective-practice-toolkit.pdf",
        "paragraphs": [
            "Exercise 1, five minutes, on your own: after a visit, write one sentence about how the person "
            "seemed and one about how you felt. Notice the difference.",
            f"Exercise 2, ten minutes, as a team: {_phrase('reflective-practice-toolkit')}. At handover "
            "each person answers three questions in turn: what went well, what was hard and what will we "
            "try tomorrow? Nobody interrupts and nobody fixes.",
            "Exercise 3, in supervision: bring one moment you keep thinking about. Your supervisor asks "
            "what you knew, what you felt and what you did, then what else you could have done.",
            "The common third: find an activity you enjoy together with a young person, such as cooking "
            "or fixing a bike, and let the relationship grow around it.",
        ],
    },
    "hls-in-practice-report": {
        "title": "Human Learning Systems in practice: full report",
        "filename": "hls-in-practice-report.pdf",
        "paragraphs": [
            "Summary. Across councils, charities, NHS bodies and government teams, people described the "
            "same pattern: relationships improved first, learning followed, and systems changed last.",
            f"Finding 1. What holds this work together is a {_phrase('hls-in-practice-report')}: small, "
            "repeated acts by managers and funders that tell front-line staff they are allowed to use "
            "their judgement.",
            "Finding 2. Learning needs protected time. Teams that held regular learning reviews kept going; "
            "teams that relied on goodwill stopped when pressure rose.",
            "Finding 3. Commissioners and funders set the limits of what everyone else can do. Where "
            "contracts rewarded learning, providers shared their failures; where contracts counted "
            "activity, they hid them.",
            "Finding 4. People who use services were most often missing from decisions about the system as "
            "a whole, even where they shaped their own support.",
        ],
    },
    "learning-review-template": {
        "title": "Learning review template",
        "filename": "learning-review-template.docx",
        "paragraphs": [
            "Team: ________   Date: ________   Who took part: ________",
            "1. What did we set out to learn? Write the question in plain words.",
            "2. What did we notice? Add a few numbers and at least three short stories in people's own "
            "words.",
            f"3. {_phrase('learning-review-template').capitalize()}? Note anything that went against what "
            "you expected, good or bad.",
            "4. What will we change, and what will we stop doing?",
            "5. Who needs to hear about this, inside and outside the team, and who will tell them?",
        ],
    },
    "equity-in-practice": {
        "title": "Equity in practice: a guide for practitioners",
        "filename": "equity-in-practice-guide.docx",
        "paragraphs": [
            "Human. List the ten people you worked with most closely last month. Who is not on the list? "
            "Ask whether the way you offer support makes it easier for some people to say yes.",
            "Learning. When you review what is working, check whose experience you heard and whose you "
            "guessed. Pay people with lived experience for their time and expertise.",
            "Systems. Map who makes decisions about your service and who is affected by them. Where they "
            "are different people, agree one decision you will share.",
            f"Before you change a service, hold an {_phrase('equity-in-practice')}: follow the route a "
            "person takes from first contact to support, once for each group your data says fares worst, "
            "and note every point where the route is harder for them.",
            "Come back to these questions every few months. Equity is a practice, not a checklist.",
        ],
    },
    "appreciative-inquiry-toolkit": {
        "title": "Appreciative inquiry for partnerships: a toolkit",
        "filename": "appreciative-inquiry-toolkit.pdf",
        "paragraphs": [
            "Session 1, discover: bring together workers, managers and people using services from every "
            "partner organisation.",
            f"Set up {_phrase('appreciative-inquiry-toolkit')}: two people from different organisations "
            "interview each other about a day when support went really well. What happened? Who made it "
            "possible? What did it feel like?",
            "Session 2, dream: groups read the interview notes and draw out the themes that come up again "
            "and again.",
            "Session 3, design: turn the themes into a handful of shared principles, written so that "
            "anyone in the partnership could recognise them in practice.",
            "Session 4, deliver: each organisation chooses one thing it will do differently, and the "
            "partnership meets again after three months to hear how it went.",
        ],
    },
    "commissioning-for-learning-report": {
        "title": "Commissioning for learning: two-year report",
        "filename": "commissioning-for-learning-report.pdf",
        "paragraphs": [
            f"Before the new contracts, the board ran a {_phrase('commissioning-for-learning-report')} "
            "with two community providers, to check that learning reviews could replace activity "
            "reporting without losing sight of safety.",
            "Each provider now holds a learning review every quarter with patients and staff and shares "
            "what it finds with the board and with the other providers.",
            "Patients told us they felt less rushed and were asked about what mattered to them more often. "
            "Staff said the reviews were the first time their observations had reached the board.",
            "What we would do differently: involve patients in writing the learning questions from the "
            "start, and give providers more help with the first reviews.",
        ],
    },
    "funder-learning-conversation": {
        "title": "Template for a learning conversation between funders and grantees",
        "filename": "funder-learning-conversation-template.docx",
        "paragraphs": [
            "Before the conversation. The grantee chooses where and when to meet and who comes. There is "
            "nothing to prepare in writing.",
            "1. What have you learned this year about the people and places you work with?",
            "2. What has been hard, and what did you try?",
            "3. What could we, the funder, do differently to help?",
            f"After the conversation. The programme officer writes a {_phrase('funder-learning-conversation-template')}"
            " within two weeks: a one-page summary the grantee checks and changes before anything is "
            "shared with trustees.",
        ],
    },
}


# `document` names a file in RESOURCE_DOCUMENTS; `external_url` is for everything else. `cover`: "image"
# for a generated cover (drawn like the case study pictures, with the same kind of alt text), "decorative"
# for one screen readers skip, None for no cover.
# `related`: case studies (by slug) that used the resource. `translate`: as for case studies.
RESOURCES = [
    {
        "slug": "reflective-practice-toolkit",
        "title": "A toolkit for reflective practice",
        "summary": "Short exercises that help practitioners and their teams pause, notice what is happening in "
        "their relationships with people and learn from it, whether they have five minutes between visits or "
        "an hour in supervision.",
        "resource_type": "toolkit",
        "document": "reflective-practice-toolkit",
        "external_url": "",
        "cover": "image",
        "publication_date": date(2021, 6, 7),
        "organisation": "pedagogy-in-practice",
        "themes": ["human", "learning"],
        "sectors": ["social-care", "children-and-young-people"],
        "regions": ["scotland"],
        "tags": ["reflective practice", "supervision", "social pedagogy"],
        "related": ["social-pedagogy-practitioners", "co-produced-residential-care"],
        "translate": [],
        "body": [
            heading("Why reflection matters"),
            paragraph(
                "Relational work is demanding. Without time to think, practitioners fall back on procedure "
                "and lose sight of the person in front of them. Reflection turns everyday experience into "
                "learning."
            ),
            heading("How to use the toolkit"),
            paragraph(
                "<ul><li>Quick exercises for one person at the end of a shift.</li>"
                "<li>Team exercises for handovers and meetings.</li>"
                "<li>Prompts for reflective supervision.</li></ul>"
            ),
            call_to_action(
                "See reflective practice at work",
                "Read about the social pedagogy community",
                page="social-pedagogy-practitioners",
            ),
        ],
    },
    {
        "slug": "wellbeing-teams-website",
        "title": "Wellbeing Teams: how self-managing care teams work",
        "summary": "Wellbeing Teams' own website explains how small neighbourhood teams recruit colleagues, "
        "plan their own rotas and agree with each person how their time together is spent, with role "
        "descriptions and stories from team members.",
        "resource_type": "website",
        "document": None,
        "external_url": "https://wellbeingteams.org/how-we-work",
        "cover": None,
        "publication_date": date(2021, 9, 13),
        "organisation": "wellbeing-teams",
        "themes": ["human", "systems"],
        "sectors": ["social-care", "health"],
        "regions": ["north-west-england"],
        "tags": ["self-management", "living wage", "home care"],
        "related": ["home-care-living-wage"],
        "translate": [],
        "body": [
            heading("What you will find there"),
            paragraph(
                "Descriptions of each role in a team, the values the teams recruit for, and short stories from "
                "team members and the people they support. Useful for anyone designing care around "
                "relationships rather than time slots."
            ),
        ],
    },
    {
        "slug": "starting-a-learning-cycle",
        "title": "Starting a learning cycle: a guide for teams",
        "summary": "A step-by-step guide for teams who want to replace a target with a learning cycle: choosing "
        "a question that matters, gathering stories and data, making sense of them together and deciding what "
        "to change.",
        "resource_type": "guide",
        "document": "learning-cycle-guide",
        "external_url": "",
        "cover": "image",
        "publication_date": date(2022, 3, 14),
        "organisation": "collaborate",
        "themes": ["learning", "systems"],
        "sectors": ["community", "housing"],
        "regions": [],
        "tags": ["learning cycles", "getting started", "learning culture"],
        "related": ["local-authority-learning-community", "homelessness-learning-cycles"],
        "translate": ["ur"],
        "body": [
            heading("Who this guide is for"),
            paragraph(
                "Front-line teams, managers and commissioners who feel that their current measures tell them "
                "little about what really helps people. You need no special training or budget to begin."
            ),
            heading("What is inside"),
            paragraph(
                "<ul><li>How to choose a learning question with the people you support.</li>"
                "<li>Simple ways to collect stories alongside numbers.</li>"
                "<li>A plan for your first three cycles, with examples from councils and charities.</li></ul>"
            ),
            quote(
                "We stopped asking whether we had hit the target and started asking what we had learned. The "
                "conversations changed overnight.",
                "A housing team manager",
            ),
        ],
    },
    {
        "slug": "hls-week-opening-talk",
        "title": "Why Human Learning Systems? The HLS Week 2022 opening talk",
        "summary": "The talk that opened HLS Week 2022: a short, friendly introduction to the human, learning "
        "and systems parts of the approach, with examples from councils and charities, for anyone new to "
        "Human Learning Systems.",
        "resource_type": "video",
        "document": None,
        "external_url": VIDEOS["hls-week-talk"]["url"],
        "cover": "image",
        "publication_date": date(2022, 6, 20),
        "organisation": "collaborate",
        "themes": ["human", "learning", "systems"],
        "sectors": ["community"],
        "regions": ["london"],
        "tags": ["HLS Week", "introduction", "events"],
        "related": ["hls-week-2022"],
        "translate": [],
        "body": [
            heading("About the talk"),
            paragraph(
                "HLS Week 2022 brought more than 500 people together across 25 events. This opening talk set "
                "the scene: why targets and markets so often let people down, and what changes when public "
                "service starts from relationships, learning and the health of whole systems."
            ),
            video(
                "hls-week-talk",
                "Why Human Learning Systems? The HLS Week 2022 opening talk",
                "Speaker: Public service is made of relationships. So let us start there.\n"
                "Speaker: Learning is not a project that ends. It is how we do the work.",
            ),
        ],
    },
    {
        "slug": "appreciative-inquiry-toolkit",
        "title": "Appreciative inquiry for partnerships: a toolkit",
        "summary": "Everything a partnership needs to run its own appreciative inquiry: session plans, "
        "interview questions, a guide to drawing out themes and tips for turning shared stories into shared "
        "principles.",
        "resource_type": "toolkit",
        "document": "appreciative-inquiry-toolkit",
        "external_url": "",
        "cover": "image",
        "publication_date": date(2022, 10, 10),
        "organisation": "plymouth-alliance",
        "themes": ["learning", "systems"],
        "sectors": ["homelessness", "health"],
        "regions": ["south-west-england"],
        "tags": ["appreciative inquiry", "empathy", "partnership working"],
        "related": ["appreciative-inquiry-alliance"],
        "translate": [],
        "body": [
            heading("Start from what already works"),
            paragraph(
                "Partnerships often begin by listing problems. Appreciative inquiry starts instead with "
                "stories of support at its best, told by workers, managers and people using services.",
                "The toolkit draws on the Plymouth Alliance's experience of bringing nine organisations "
                "together.",
            ),
            call_to_action(
                "See it in action",
                "Read the Plymouth Alliance story",
                page="appreciative-inquiry-alliance",
            ),
        ],
    },
    {
        "slug": "pedagogy-network-resource-hub",
        "title": "The Pedagogy in Practice Network's resource hub",
        "summary": "The network's website collects introductions to social pedagogy, recordings of practice "
        "sessions and details of the regular online meetups where practitioners share dilemmas and learn from "
        "each other.",
        "resource_type": "website",
        "document": None,
        "external_url": "https://www.pedagogyinpractice.org.uk/resources",
        "cover": None,
        "publication_date": date(2023, 2, 6),
        "organisation": "pedagogy-in-practice",
        "themes": ["human", "learning"],
        "sectors": ["children-and-young-people", "social-care"],
        "regions": ["scotland", "north-west-england"],
        "tags": ["social pedagogy", "community of practice"],
        "related": ["social-pedagogy-practitioners"],
        "translate": [],
        "body": [
            heading("Good for"),
            paragraph(
                "Practitioners new to social pedagogy, and teams who want to meet others using relational "
                "approaches in care, education and youth work."
            ),
        ],
    },
    {
        "slug": "equity-in-practice",
        "title": "Equity in practice: a guide for practitioners",
        "summary": "A practical guide to equity, diversity and inclusion for anyone working in a Human Learning "
        "Systems way: who our relationships reach, whose knowledge counts when we learn, and how to share "
        "power across a system.",
        "resource_type": "guide",
        "document": "equity-in-practice",
        "external_url": "",
        "cover": "image",
        "publication_date": date(2023, 4, 28),
        "organisation": "collaborate",
        "themes": ["human", "learning", "systems"],
        "sectors": ["community", "social-care"],
        "regions": [],
        "tags": ["equity", "diversity", "inclusion", "power"],
        "related": ["equity-diversity-inclusion-resource", "lived-experience-team-system-change"],
        "translate": ["cy", "ur"],
        "body": [
            heading("Why this guide"),
            paragraph(
                "Relational, learning-led work should help services respond to each person's circumstances. "
                "Without deliberate attention, though, it can repeat old inequalities: relationships form "
                "with the people who are easiest to reach, and learning hears the voices that are already "
                "loudest."
            ),
            heading("What it covers"),
            paragraph(
                "<ul><li>Human: building relationships across difference and noticing who is missing.</li>"
                "<li>Learning: making sure that people who are often overlooked help decide what is "
                "working.</li>"
                "<li>Systems: seeing where power sits and finding ways to share it.</li></ul>"
            ),
            quote(
                "Responding to diversity is not an extra. It is what makes an approach human.",
                "A participant in an HLS Week conversation",
            ),
        ],
    },
    {
        "slug": "hls-in-practice-report",
        "title": "Human Learning Systems in practice: what we have learned so far",
        "summary": "A report drawing on conversations with councils, charities, NHS bodies and government "
        "teams about what changes when they work in a Human Learning Systems way, what gets in the way and "
        "what helps the approach spread.",
        "resource_type": "report",
        "document": "hls-in-practice-report",
        "external_url": "",
        "cover": "image",
        "publication_date": date(2023, 11, 20),
        "organisation": "collaborate",
        "themes": ["human", "learning", "systems"],
        "sectors": ["community", "health", "social-care"],
        "regions": ["london", "north-east-england", "scotland", "wales"],
        "tags": ["evidence", "learning culture", "system change"],
        "related": [
            "local-authority-learning-community",
            "system-stewardship-civil-society",
            "national-test-and-learn-programme",
        ],
        "translate": [],
        "body": [
            heading("About the report"),
            paragraph(
                "Over two years we spoke with people at every level of public service who are using Human "
                "Learning Systems. This report brings together what they told us."
            ),
            key_figures(
                "Behind the report",
                ("60+", "organisations took part"),
                ("4", "nations of the UK represented"),
            ),
            heading("Main findings"),
            paragraph(
                "<ul><li>Relationships improve first, often before any measure moves.</li>"
                "<li>Learning needs protected time, not only good intentions.</li>"
                "<li>Funders and commissioners shape what is possible for everyone else.</li></ul>"
            ),
        ],
    },
    {
        "slug": "learning-review-template",
        "title": "Learning review template",
        "summary": "A ready-to-use template for a team's regular learning review: what you set out to learn, "
        "what you saw, what people told you, what you will change and who needs to hear about it.",
        "resource_type": "template",
        "document": "learning-review-template",
        "external_url": "",
        "cover": "image",
        "publication_date": date(2024, 2, 12),
        "organisation": "riverside-city-council",
        "themes": ["learning"],
        "sectors": ["homelessness", "housing"],
        "regions": ["west-midlands", "wales"],
        "tags": ["learning review", "learning cycles", "templates"],
        "related": ["homelessness-learning-cycles", "tenancy-sustainment-wales"],
        "translate": ["cy"],
        "body": [
            heading("How to use it"),
            paragraph(
                "Fill in the template together at the end of each learning cycle, ideally with people who use "
                "the service in the room. It takes about an hour. Keep each review short and honest: it is a "
                "record of learning, not a performance report."
            ),
            heading("What the sections cover"),
            paragraph(
                "<ul><li>The question you set out to explore.</li>"
                "<li>What you noticed, in numbers and in stories.</li>"
                "<li>What you will change, and who needs to know.</li></ul>"
            ),
        ],
    },
    {
        "slug": "relationships-first-podcast",
        "title": "Relationships first: a podcast episode on trauma-informed debt advice",
        "summary": "Two Good Cents advisers talk honestly about what changed when they stopped closing cases "
        "for not engaging, and what reflective supervision gives them in hard conversations. About 35 "
        "minutes.",
        "resource_type": "podcast",
        "document": None,
        "external_url": "https://www.goodcents.org.uk/podcast/relationships-first",
        "cover": "decorative",
        "publication_date": date(2024, 9, 3),
        "organisation": "good-cents",
        "themes": ["human", "learning"],
        "sectors": ["employment-and-money"],
        "regions": ["west-midlands"],
        "tags": ["podcast", "trauma-informed", "financial inclusion"],
        "related": ["trauma-informed-debt-advice"],
        "translate": [],
        "body": [
            heading("In this episode"),
            paragraph(
                "<ul><li>Why a brown envelope can feel like a threat.</li>"
                "<li>Offering choice from the very first contact.</li>"
                "<li>How advisers look after themselves and each other.</li></ul>",
                "A full transcript is available on the Good Cents website.",
            ),
        ],
    },
    {
        "slug": "learning-partners-podcast",
        "title": "Learning partners in community justice: a podcast episode",
        "summary": "A learning partner and a man who left prison after a short sentence talk about listening "
        "before redesigning, and what changed when someone was waiting at the gate. About 40 minutes.",
        "resource_type": "podcast",
        "document": None,
        "external_url": "https://podcasts.publicservicereform.scot/episodes/learning-partners",
        "cover": "image",
        "publication_date": date(2025, 1, 27),
        "organisation": "public-service-reform-unit",
        "themes": ["learning", "human"],
        "sectors": ["criminal-justice"],
        "regions": ["scotland"],
        "tags": ["podcast", "learning partner", "community justice"],
        "related": ["community-justice-learning-partners"],
        "translate": [],
        "body": [
            heading("In this episode"),
            paragraph(
                "How learning partners worked alongside four community justice partnerships, what they heard "
                "from people in the weeks around release, and how partnership meetings used it to change "
                "support."
            ),
        ],
    },
    {
        "slug": "commissioning-for-learning-report",
        "title": "Commissioning for learning: two years of new contracts",
        "summary": "An integrated care board reports on two years of community health contracts that hold "
        "providers to account for learning rather than activity counts: what changed for patients and staff, "
        "and what the board would do differently.",
        "resource_type": "report",
        "document": "commissioning-for-learning-report",
        "external_url": "",
        "cover": "image",
        "publication_date": date(2025, 5, 19),
        "organisation": "coastal-icb",
        "themes": ["systems", "learning"],
        "sectors": ["health"],
        "regions": ["south-west-england"],
        "tags": ["commissioning", "contracts", "evidence"],
        "related": ["integrated-care-commissioning-for-learning"],
        "translate": [],
        "body": [
            heading("What the report covers"),
            paragraph(
                "How the contracts were written, how providers and the board review evidence together, and "
                "what patients and staff say has changed. The final chapter is frank about what did not work."
            ),
            key_figures(
                "At a glance",
                ("6", "providers under the new contracts"),
                ("8", "quarterly learning reviews each"),
            ),
        ],
    },
    {
        "slug": "funder-learning-conversation-template",
        "title": "Template for a learning conversation between funders and grantees",
        "summary": "A simple agenda and record for the yearly conversation that replaces a grant report: what "
        "the organisation has learned, what has been hard, and what the funder could do differently to help.",
        "resource_type": "template",
        "document": "funder-learning-conversation",
        "external_url": "",
        "cover": "image",
        "publication_date": date(2025, 9, 15),
        "organisation": "common-ground-foundation",
        "themes": ["systems", "learning"],
        "sectors": ["community"],
        "regions": ["north-east-england"],
        "tags": ["trust-based funding", "system stewardship", "templates"],
        "related": ["system-stewardship-civil-society"],
        "translate": [],
        "body": [
            heading("Instead of a report"),
            paragraph(
                "Common Ground Foundation stopped asking grantees for written reports. Instead, a programme "
                "officer and the organisation meet once a year and use this template to record the "
                "conversation. Grantees see and agree the notes."
            ),
        ],
    },
    {
        "slug": "relational-team-film",
        "title": "A relational team in the emergency department: the film",
        "summary": "A twelve-minute film following peer support workers and nurses in Valley Health's "
        "relational team as they get to know people who often come to the emergency department, and what "
        "changes when someone stays with them.",
        "resource_type": "video",
        "document": None,
        "external_url": "https://www.valleyhealth.nhs.uk/films/relational-team",
        "cover": "image",
        "publication_date": date(2026, 2, 9),
        "organisation": "valley-health",
        "themes": ["human", "systems"],
        "sectors": ["health", "social-care"],
        "regions": ["north-east-england"],
        "tags": ["health inequalities", "peer support", "film"],
        "related": ["emergency-department-relational-team", "mental-health-community-conversations"],
        "translate": [],
        "body": [
            heading("About the film"),
            paragraph(
                "Filmed over six weeks with the team's permission and the consent of everyone shown. "
                "Subtitles and an audio-described version are available."
            ),
            quote(
                "We are not here to move people on. We are here to find out what is going on.",
                "A peer support worker",
            ),
        ],
    },
    {
        "slug": "welcome-visits-guide",
        "title": "Welcome visits in the tenant's own language: a guide for housing officers",
        "summary": "How Tŷ Cymunedol Housing plans the first visit to every new tenant in Welsh or English, as "
        "the tenant chooses, and keeps in touch through the first year so that problems are spotted early.",
        "resource_type": "guide",
        "document": None,
        "external_url": "https://www.tycymunedol.cymru/adnoddau/ymweliadau-croeso",
        "cover": "image",
        "publication_date": date(2026, 6, 15),
        "organisation": "ty-cymunedol-housing",
        "themes": ["human", "learning"],
        "sectors": ["housing"],
        "regions": ["wales"],
        "tags": ["tenancy sustainment", "Welsh language", "relational practice"],
        "related": ["tenancy-sustainment-wales"],
        "translate": ["cy"],
        "body": [
            heading("Why the first visit matters"),
            paragraph(
                "The first visit sets the tone for the whole tenancy. Officers go to listen, not to check: how "
                "the move went, what the tenant is worried about and what would help."
            ),
            heading("What the guide covers"),
            paragraph(
                "<ul><li>Offering Welsh or English from the first letter.</li>"
                "<li>A conversation plan for the first visit.</li>"
                "<li>Keeping in touch through the first year.</li></ul>"
            ),
            quote(
                "Hearing Welsh at the door made me feel at home before I had unpacked.",
                "A tenant",
            ),
        ],
    },
]
