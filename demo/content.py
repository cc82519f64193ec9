"""The demo site's words: taxonomy, home page, the case study library and twenty case studies, the
resources library with fifteen resources, and the newsletter with its issues.

Everything here is plain data. `load_demo_content` turns it into snippets, images, documents and pages,
finding existing things by slug or title so running it again changes nothing. Stories about the
partners named in the community's own write-up are retold in our own words; the councils, NHS bodies
and government teams are fictional but realistic.
"""

from dataclasses import dataclass
from datetime import date, datetime, time

# --- References resolved by the command once the things they point at exist --------------------------


@dataclass(frozen=True)
class ImageRef:
    key: str


@dataclass(frozen=True)
class DocumentRef:
    key: str


@dataclass(frozen=True)
class PageRef:
    """A page by slug: the case study library, an English case study or (in newsletter issues) an English
    resource or the resources library."""

    slug: str


@dataclass(frozen=True)
class AfterGoLive:
    """A moment some days after a scheduled issue goes live, in UK time: its events move with the schedule."""

    days: int
    at: time


# --- Body block helpers: each returns one raw StreamField block -------------------------------------


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(*paragraphs):
    """Each argument is one paragraph of inline HTML, or an already complete block such as a <ul>."""
    html = "".join(p if p.startswith("<ul>") else f"<p>{p}</p>" for p in paragraphs)
    return {"type": "paragraph", "value": html}


def image(key, alt_text="", caption="", credit="", decorative=False):
    value = {"image": ImageRef(key), "decorative": decorative, "alt_text": "" if decorative else alt_text}
    return {"type": "image", "value": {"image": value, "caption": caption, "credit": credit}}


@dataclass(frozen=True)
class DaysFromLoad:
    """A date this many days after the day the demo is loaded (before it, when negative)."""

    days: int


# When the people quoted agreed to it, unless a quote says otherwise: for a case study, when the work
# ended (or, for work still going on, when the story was written); for a resource, its publication date;
# for a newsletter issue, the week before it went out. Filled in by load_demo_content.
CONSENT_GATHERED = date(2025, 2, 10)


def quote(
    text, attribution="", role="", *, name="", identified_as="anonymous", given_on=None, valid_until=None
):
    """A quote with its consent record. The people quoted in the demo are anonymous unless they speak for
    an organisation in public (a chief executive, say), as a real site's would be."""
    consent = {"identified_as": identified_as, "given_on": given_on, "valid_until": valid_until}
    return {
        "type": "quote",
        "value": {"quote": text, "name": name, "attribution": attribution, "role": role, "consent": consent},
    }


def key_figures(title, *figures):
    # Plain list items: Wagtail gives each its block id when the page is saved.
    items = [{"figure": f, "label": label} for f, label in figures]
    return {"type": "key_figures", "value": {"heading": title, "figures": items}}


def video(key, title, transcript=""):
    return {"type": "video", "value": {"video": VIDEOS[key]["url"], "title": title, "transcript": transcript}}


def document(key, title="", description=""):
    return {
        "type": "document",
        "value": {"document": DocumentRef(key), "title": title, "description": description},
    }


def call_to_action(title, button_label, text="", page=None, url=""):
    """Exactly one of `page` (a slug) and `url`, as the block's own validation demands."""
    if bool(page) == bool(url):
        raise ValueError(f"Call to action {title!r} needs exactly one of page and url.")
    return {
        "type": "call_to_action",
        "value": {
            "heading": title,
            "text": text,
            "button_label": button_label,
            "page": PageRef(page) if page else None,
            "url": url,
        },
    }


def newsletter_signup(heading, text=""):
    return {"type": "newsletter_signup", "value": {"heading": heading, "text": text}}


def hero_alt(letter):
    """Alt text that tells the truth about the generated pictures: abstract, with one large letter."""
    return f"Abstract illustration of hills under a low sun, with a large letter {letter}"


# --- Taxonomy --------------------------------------------------------------------------------------

THEMES = [
    {
        "slug": "human",
        "name": "Human",
        "description": "Building real relationships with the people services support, and responding to "
        "each person's strengths, needs and circumstances.",
    },
    {
        "slug": "learning",
        "name": "Learning",
        "description": "Using continuous learning, not targets, as the way to improve: trying things, "
        "noticing what happens and adapting.",
    },
    {
        "slug": "systems",
        "name": "Systems",
        "description": "Recognising that outcomes come from whole systems, not single organisations, "
        "and looking after the health of those systems.",
    },
]

SECTORS = [
    {
        "slug": "housing",
        "name": "Housing",
        "description": "Homes, tenancies and the support that helps people keep them.",
    },
    {
        "slug": "health",
        "name": "Health",
        "description": "NHS and community health services, physical and mental.",
    },
    {
        "slug": "social-care",
        "name": "Social care",
        "description": "Care and support for adults at home and in the community.",
    },
    {
        "slug": "children-and-young-people",
        "name": "Children and young people",
        "description": "Early help, children's social care, youth work and residential care.",
    },
    {
        "slug": "criminal-justice",
        "name": "Criminal justice",
        "description": "Policing, courts, prisons, probation and youth justice.",
    },
    {
        "slug": "employment-and-money",
        "name": "Employment and money",
        "description": "Work, benefits, debt advice and financial inclusion.",
    },
    {
        "slug": "community",
        "name": "Community",
        "description": "Neighbourhoods, voluntary groups and civil society.",
    },
    {
        "slug": "homelessness",
        "name": "Homelessness",
        "description": "Preventing homelessness and supporting people without a home.",
    },
]

REGIONS = [
    {
        "slug": "north-east-england",
        "name": "North East England",
        "description": "From Northumberland to Teesside.",
    },
    {"slug": "north-west-england", "name": "North West England", "description": "From Cumbria to Cheshire."},
    {
        "slug": "london",
        "name": "London",
        "description": "Greater London and its thirty-three local authorities.",
    },
    {
        "slug": "south-west-england",
        "name": "South West England",
        "description": "From Gloucestershire to Cornwall.",
    },
    {
        "slug": "west-midlands",
        "name": "West Midlands",
        "description": "Birmingham, the Black Country and the counties around them.",
    },
    {
        "slug": "scotland",
        "name": "Scotland",
        "description": "Work across Scotland's local partnerships and national bodies.",
    },
    {"slug": "wales", "name": "Wales", "description": "Work in Wales, often in Welsh as well as English."},
    {
        "slug": "northern-ireland",
        "name": "Northern Ireland",
        "description": "Work across Northern Ireland's councils and trusts.",
    },
]

# `initials` draw the generated logo. Websites are illustrative and are never fetched.
ORGANISATIONS = [
    {
        "slug": "collaborate",
        "name": "Collaborate CIC",
        "kind": "social_enterprise",
        "website": "https://collaboratecic.com",
        "initials": "C",
        "description": "A social business that helps public services work together differently.",
    },
    {
        "slug": "empowerment",
        "name": "Empowerment",
        "kind": "charity",
        "website": "https://www.empowermentcharity.org.uk",
        "initials": "E",
        "description": "A charity supporting people facing disadvantage to take control of their lives.",
    },
    {
        "slug": "good-cents",
        "name": "Good Cents",
        "kind": "social_enterprise",
        "website": "https://www.goodcents.org.uk",
        "initials": "GC",
        "description": "A debt advice service built around trust and safety.",
    },
    {
        "slug": "lighthouse",
        "name": "Lighthouse",
        "kind": "charity",
        "website": "https://www.lighthousecare.org.uk",
        "initials": "L",
        "description": "Residential care homes for young people, run with the young people who live in them.",
    },
    {
        "slug": "plymouth-alliance",
        "name": "Plymouth Alliance",
        "kind": "other",
        "website": "https://www.plymouthalliance.org.uk",
        "initials": "PA",
        "description": "An alliance of organisations supporting people with multiple and complex needs.",
    },
    {
        "slug": "wellbeing-teams",
        "name": "Wellbeing Teams",
        "kind": "social_enterprise",
        "website": "https://wellbeingteams.org",
        "initials": "WT",
        "description": "Small, self-managing teams providing care and support at home.",
    },
    {
        "slug": "northmoor-borough-council",
        "name": "Northmoor Borough Council",
        "kind": "local_authority",
        "website": "https://www.northmoor.gov.uk",
        "initials": "NB",
        "description": "A borough council serving towns and villages in the north east.",
    },
    {
        "slug": "riverside-city-council",
        "name": "Riverside City Council",
        "kind": "local_authority",
        "website": "https://www.riverside-city.gov.uk",
        "initials": "RC",
        "description": "A city council in the West Midlands.",
    },
    {
        "slug": "valley-health",
        "name": "Valley Health NHS Foundation Trust",
        "kind": "nhs",
        "website": "https://www.valleyhealth.nhs.uk",
        "initials": "VH",
        "description": "An NHS trust providing hospital, community and mental health services.",
    },
    {
        "slug": "coastal-icb",
        "name": "Coastal Integrated Care Board",
        "kind": "nhs",
        "website": "https://www.coastal.icb.nhs.uk",
        "initials": "CI",
        "description": "The NHS body that plans and pays for health services along the coast.",
    },
    {
        "slug": "department-for-communities",
        "name": "Department for Communities and Public Service",
        "kind": "national_government",
        "website": "https://www.gov.uk/government/organisations/communities-and-public-service",
        "initials": "DC",
        "description": "A government department responsible for communities and public service reform.",
    },
    {
        "slug": "public-service-reform-unit",
        "name": "Public Service Reform Unit",
        "kind": "national_government",
        "website": "https://www.gov.scot/public-service-reform",
        "initials": "PS",
        "description": "A national team supporting reform of public services in Scotland.",
    },
    {
        "slug": "common-ground-foundation",
        "name": "Common Ground Foundation",
        "kind": "funder",
        "website": "https://www.commongroundfoundation.org.uk",
        "initials": "CG",
        "description": "An independent foundation funding community organisations for the long term.",
    },
    {
        "slug": "pedagogy-in-practice",
        "name": "Pedagogy in Practice Network",
        "kind": "other",
        "website": "https://www.pedagogyinpractice.org.uk",
        "initials": "PP",
        "description": "A network of practitioners who use social pedagogy in their work.",
    },
    {
        "slug": "ty-cymunedol-housing",
        "name": "Tŷ Cymunedol Housing",
        "kind": "charity",
        "website": "https://www.tycymunedol.cymru",
        "initials": "TC",
        "description": "A community housing association in west Wales.",
    },
    {
        "slug": "lagan-youth-justice",
        "name": "Lagan Youth Justice Partnership",
        "kind": "other",
        "website": "https://www.laganyouthjustice.org",
        "initials": "LY",
        "description": "A partnership of statutory and voluntary bodies working with young people in the justice system.",
    },
    {
        "slug": "pathways-employment-trust",
        "name": "Pathways Employment Trust",
        "kind": "charity",
        "website": "https://www.pathwaystrust.org.uk",
        "initials": "PE",
        "description": "A charity offering voluntary, strengths-based employment support.",
    },
]

# --- Media -----------------------------------------------------------------------------------------

# Pictures used inside stories (the hero pictures are drawn per case study).
BODY_IMAGES = {
    "kitchen-table": "Illustration: a conversation at home",
    "workshop-wall": "Illustration: themes on a workshop wall",
    "circle-conversation": "Illustration: a circle of people talking",
    "garden": "Illustration: gardening together",
    "city-walk": "Illustration: outreach in the city",
    "notebook": "Illustration: mapping the system",
    "community-hall": "Illustration: a restorative meeting",
}

VIDEOS = {
    "empowerment-film": {
        "url": "https://www.youtube.com/watch?v=hlsDemoEmp1",
        "title": "The Lived Experience Team: our first year",
    },
    "lighthouse-film": {
        "url": "https://www.youtube.com/watch?v=hlsDemoLgh1",
        "title": "A day at Lighthouse",
    },
    "wellbeing-film": {
        "url": "https://www.youtube.com/watch?v=hlsDemoWbt1",
        "title": "A week in a Wellbeing Team",
    },
    "hls-week-film": {
        "url": "https://www.youtube.com/watch?v=hlsDemoWk22",
        "title": "HLS Week 2022 highlights",
    },
    "valley-film": {
        "url": "https://www.youtube.com/watch?v=hlsDemoVal1",
        "title": "Valley Health relational team",
    },
    "valley-community-film": {
        "url": "https://www.youtube.com/watch?v=hlsDemoVal2",
        "title": "Community conversations about mental health",
    },
    "hls-week-talk": {
        "url": "https://www.youtube.com/watch?v=hlsDemoTlk1",
        "title": "Why Human Learning Systems? The HLS Week 2022 opening talk",
    },
}

DOCUMENTS = {
    "good-cents-guide": {
        "title": "Trauma-informed debt advice: a short guide",
        "filename": "trauma-informed-debt-advice-guide.pdf",
        "paragraphs": [
            "This guide is for advice teams who want to make their service safer for people whose money "
            "problems are bound up with difficult experiences.",
            "1. Offer choice from the first contact: where to meet, who to meet and how fast to go.",
            "2. Explain what will happen next, every time, and keep promises small enough to keep.",
            "3. Never close a case because someone has gone quiet. Ask why, and leave the door open.",
            "4. Give advisers reflective supervision so they can stay steady in hard conversations.",
        ],
    },
    "edi-resource": {
        "title": "Equity, diversity and inclusion: questions for HLS practitioners",
        "filename": "equity-diversity-inclusion-questions.pdf",
        "paragraphs": [
            "Human: Who do we find it easy to build relationships with, and who do we not reach? "
            "What would change if the people we support chose who supports them?",
            "Learning: Whose knowledge counts when we decide what is working? How do we hear from "
            "people who do not fill in surveys or come to meetings?",
            "Systems: Where does power sit in our system, and who is never in the room when decisions "
            "are made? What would it take to share that power?",
        ],
    },
    "hls-week-programme": {
        "title": "HLS Week 2022 programme",
        "filename": "hls-week-2022-programme.pdf",
        "paragraphs": [
            "Monday: Why Human Learning Systems? An open introduction for the curious.",
            "Tuesday: Relationships first - stories from councils, charities and the NHS.",
            "Wednesday: Learning as strategy - replacing targets with learning cycles.",
            "Thursday: Healthy systems - stewardship, commissioning and funding.",
            "Friday: Diversity in the New World - equity and HLS in the charity sector.",
        ],
    },
    "riverside-learning-report": {
        "title": "Riverside learning cycles: year one report",
        "filename": "riverside-learning-cycles-year-one.txt",
        "paragraphs": [
            "In its first year the Riverside homelessness partnership held four learning cycles.",
            "We stopped reporting placements made within twelve weeks, because it rewarded quick moves "
            "that often broke down.",
            "We started asking, for a sample of people each quarter, what helped and what got in the way. "
            "The most common answer was having the same worker throughout.",
        ],
    },
    "icb-contract-principles": {
        "title": "Principles for learning-based contracts",
        "filename": "learning-based-contract-principles.pdf",
        "paragraphs": [
            "1. Hold providers to account for learning and improvement, not activity counts.",
            "2. Agree a small number of shared learning questions at the start.",
            "3. Review evidence together, including the experience of patients and staff.",
            "4. Fund time for reflection as part of the contract, not as an extra.",
            "5. Expect plans to change, and make changing them simple.",
            "6. Share what is learned across every provider in the system.",
            "7. Involve people who use services in deciding what good looks like.",
            "8. Keep contracts long enough for relationships to form.",
        ],
    },
}

# --- Pages -----------------------------------------------------------------------------------------

HOME = {
    "hero_heading": "Public service for the real world",
    "intro": "Human Learning Systems is a way of running public services that starts with people's real "
    "lives. Councils, charities, NHS bodies and government teams across the UK are using it to build "
    "relationships, learn continuously and look after the systems that shape people's outcomes. Explore "
    "their stories below.",
    "search_description": "Stories from councils, charities, NHS bodies and government teams using "
    "Human Learning Systems to make public service more human.",
    "featured": [
        "lived-experience-team-system-change",
        "trauma-informed-debt-advice",
        "home-care-living-wage",
    ],
}

INDEX = {
    "title": "Case studies",
    "slug": "case-studies",
    "intro": "Real stories of organisations putting Human Learning Systems into practice. Filter by theme, "
    "sector, region or organisation to find work like yours.",
    "search_description": "A library of case studies showing Human Learning Systems in practice across "
    "the UK.",
}

# `days_ago`: how long before the first run each story counts as published, so "newest first" is
# meaningful. `translate`: the locales a translation is made for (see translations.py).
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

# --- Resources library ---------------------------------------------------------------------------------

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

# --- Newsletter --------------------------------------------------------------------------------------


def featured_case_study(slug, note=""):
    return {"type": "featured_case_study", "value": {"page": PageRef(slug), "note": note}}


def featured_resource(slug, note=""):
    return {"type": "featured_resource", "value": {"page": PageRef(slug), "note": note}}


def news_item(title, *paragraphs, link="", link_label=""):
    """Each paragraph is inline HTML. A link needs words that say where it goes."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    value = {"heading": title, "text": text, "link": link, "link_label": link_label}
    return {"type": "news_item", "value": value}


def event(title, start, end=None, place="", online=False, link="", description=""):
    """`start` and `end` are UK times: a naive datetime, or AfterGoLive in an issue still to go out."""
    value = {
        "title": title,
        "start": start,
        "end": end,
        "place": place,
        "online": online,
        "link": link,
        "description": description,
    }
    return {"type": "event", "value": value}


NEWSLETTER_INDEX = {
    "title": "Newsletter",
    "slug": "newsletter",
    "intro": "About once a month, the best of what the Human Learning Systems community is learning, in one "
    "short read: new case studies and resources, news from councils, charities and NHS teams, and open "
    "events where you can meet people doing the work. Every issue is here, with RSS and Atom feeds.",
    "search_description": "The Human Learning Systems newsletter: new stories, resources, news and events "
    "from people making public service more human, roughly once a month.",
}

NEWSLETTER_HERO_ALT = "Abstract illustration of rolling hills under a low sun"
LEARNING_COMMUNITIES_URL = "https://www.humanlearning.systems/learning-communities/"
EVENTS_URL = "https://www.humanlearning.systems/events/"

# `published_at`: when the issue went out, in UK time; None for the issue still to go out, which is
# scheduled `go_live_in_days` after the loader first runs, at GO_LIVE_TIME. `hero`: "image" for a picture
# with alt text, "decorative" for one screen readers skip, None for none. `translate`: as for case studies.
# An issue features only resources published before it went out (case studies are dated by `days_ago`).
GO_LIVE_TIME = time(9, 0)

NEWSLETTER_ISSUES = [
    {
        "issue_number": 1,
        "slug": "looking-back-on-hls-week-2022",
        "title": "Issue 1: Looking back on HLS Week 2022",
        "intro": "Welcome to the first issue of the Human Learning Systems newsletter. We look back at HLS Week "
        "2022, share the talk that opened it and invite you to join one of the new learning communities.",
        "published_at": datetime(2022, 11, 9, 9, 0),
        "hero": "image",
        "translate": [],
        "body": [
            paragraph(
                "In May, more than 500 people met online for HLS Week 2022. Over 25 events, more than 50 "
                "practitioners talked openly about what working in a Human Learning Systems way looks like day "
                "to day: the relationships, the learning and the systems that make it possible, and what still "
                "gets in the way.",
                "Most sessions were hosted by people doing the work rather than by keynote speakers: council "
                "officers, charity workers, commissioners and people with lived experience of public services. "
                "This newsletter sets out to keep that spirit going between events.",
            ),
            featured_case_study(
                "hls-week-2022",
                "How the week came together, what people talked about and what we would do again.",
            ),
            featured_resource(
                "hls-week-opening-talk",
                "A friendly introduction to share with a colleague who is new to Human Learning Systems.",
            ),
            quote(
                "We came expecting to hear about a framework. We left having met people who are quietly "
                "changing how their services work.",
                "A participant in HLS Week 2022",
            ),
            news_item(
                "Four learning communities are open to new members",
                "Since HLS Week, four learning communities have started to meet: one for local authorities, "
                "one for social pedagogy practitioners, one for system stewards in civil society and one for "
                "anyone curious. Each meets online once a month, and newcomers are always welcome.",
                link=LEARNING_COMMUNITIES_URL,
                link_label="Find a learning community",
            ),
            news_item(
                "Equity on the agenda",
                "The week closed with <i>Diversity in the New World</i>, a conversation about the systemic "
                "barriers people of colour face in the charity sector and how HLS approaches could help to "
                "remove them. We will return to equity in a future issue.",
            ),
            event(
                "Learning community for the curious: an open session",
                datetime(2022, 12, 7, 12, 30),
                datetime(2022, 12, 7, 13, 30),
                online=True,
                link=LEARNING_COMMUNITIES_URL,
                description="An informal hour for anyone wondering what Human Learning Systems could mean for "
                "their work. No preparation needed.",
            ),
            call_to_action(
                "Read stories from the community",
                "Browse the case studies",
                text="Councils, charities, NHS bodies and government teams share what they changed and what "
                "they learned.",
                page="case-studies",
            ),
        ],
    },
    {
        "issue_number": 2,
        "slug": "equity-diversity-and-inclusion",
        "title": "Issue 2: Equity, diversity and inclusion",
        "intro": "This issue is about equity. A new guide asks who our relationships reach, whose knowledge "
        "counts and who holds power, and practitioners share how they are working on those questions.",
        "published_at": datetime(2023, 5, 10, 9, 0),
        "hero": "decorative",
        "translate": [],
        "body": [
            paragraph(
                "Public services have a duty to make sure everyone can get the support they need, in a society "
                "that is growing more diverse and more unequal. Working in a Human Learning Systems way can "
                "help, because support starts from each person's strengths, needs and circumstances rather "
                "than a standard offer.",
                "But relational work does not become fair by itself. We all find some relationships easier to "
                "build than others, and the people who are hardest to reach are often the ones services have "
                "let down before.",
            ),
            featured_resource(
                "equity-in-practice",
                "Questions to take to your next team meeting, set out under the human, learning and systems "
                "parts of the approach.",
            ),
            featured_case_study(
                "equity-diversity-inclusion-resource",
                "How Collaborate turned practitioners' experience, including two conversations at HLS Week "
                "2022, into the guide.",
            ),
            quote(
                "Learning in every conversation is how we start to hear the people our usual ways of working "
                "leave out.",
                "A practitioner",
                "HLS Week 2022 conversation on equity",
            ),
            news_item(
                "People with lived experience changing the system from inside",
                "Empowerment now employs a team of people who have used local services to work alongside "
                "managers and commissioners. Their first year shows how much a system can learn when the "
                "people it serves help to run it.",
            ),
            event(
                "Equity in HLS: a conversation for practitioners",
                datetime(2023, 6, 14, 14, 0),
                datetime(2023, 6, 14, 15, 30),
                place="The Exchange, Birmingham",
                online=True,
                link=EVENTS_URL,
                description="Bring a question about who your service reaches and who it misses. We will work "
                "through a few together, using the new guide.",
            ),
            call_to_action(
                "Share your practice",
                "Tell us about your work",
                text="Are you working on equity in a Human Learning Systems way? We would love to feature your "
                "story in a future issue.",
                url="https://www.humanlearning.systems/contact/",
            ),
        ],
    },
    {
        "issue_number": 3,
        "slug": "what-we-have-learned-so-far",
        "title": "Issue 3: What we have learned so far",
        "intro": "A new report gathers what councils, charities, NHS bodies and government teams have learned "
        "from working in a Human Learning Systems way. Plus learning cycles in a homelessness service and a "
        "date for your diary.",
        "published_at": datetime(2023, 12, 6, 9, 0),
        "hero": "image",
        "translate": [],
        "body": [
            paragraph(
                "As the year ends, we have been listening back to the conversations behind our new report. "
                "Three findings came up again and again:",
                "<ul><li>Change starts with relationships between people, not with a new structure.</li>"
                "<li>Learning needs protected time, or it is the first thing to go.</li>"
                "<li>Funders and commissioners shape what is possible more than anyone else in a system.</li>"
                "</ul>",
            ),
            featured_resource(
                "hls-in-practice-report",
                "The full report, with stories from every kind of organisation and an honest chapter on what "
                "gets in the way.",
            ),
            featured_case_study(
                "homelessness-learning-cycles",
                "A council that stopped counting placements and started asking what helped: the report's "
                "second finding in practice.",
            ),
            image(
                "circle-conversation",
                "Abstract illustration of a ring of pale circles above a dark hillside",
                caption="The local authority learning community met in person for the first time this autumn.",
            ),
            news_item(
                "Councils learning together",
                "Officers from twelve councils now meet every month in the local authority learning community, "
                "bringing real dilemmas about commissioning, performance and teams. There is room for a few "
                "more councils in the new year.",
                link=LEARNING_COMMUNITIES_URL,
                link_label="Find a learning community",
            ),
            event(
                "Launching the report: an open conversation",
                datetime(2024, 1, 17, 10, 0),
                datetime(2024, 1, 17, 11, 30),
                online=True,
                link=EVENTS_URL,
                description="The authors and three practitioners quoted in the report talk about what "
                "surprised them. Questions are welcome.",
            ),
            quote(
                "Stop asking whether you hit the target. Ask what you learned, and who needs to hear it.",
                "A commissioner quoted in the report",
            ),
            call_to_action(
                "Borrow what helps",
                "Browse the resources library",
                text="Guides, toolkits, reports and templates from people putting the approach into practice.",
                page="resources",
            ),
        ],
    },
    {
        "issue_number": 4,
        "slug": "relationships-first",
        "title": "Issue 4: Relationships first",
        "intro": "Good Cents advisers talk about trauma-informed debt advice in a new podcast episode, a "
        "template helps teams run their own learning reviews, and the social pedagogy community meets in "
        "Glasgow.",
        "published_at": datetime(2024, 9, 18, 9, 0),
        "hero": "image",
        "translate": [],
        "body": [
            paragraph(
                "Many of the stories we hear start in the same place: a service that had become good at "
                "processing people, and a team that decided to get to know them instead. This issue follows "
                "that thread, from debt advice to the regular learning reviews that keep a relational service "
                "honest."
            ),
            featured_resource(
                "relationships-first-podcast",
                "Honest and at times moving: two advisers on what changed when they stopped closing cases.",
            ),
            featured_case_study(
                "trauma-informed-debt-advice",
                "The story behind the podcast: how Good Cents rebuilt its service around safety and choice.",
            ),
            featured_resource(
                "learning-review-template",
                "Riverside City Council's template for a team's regular learning review, ready to copy.",
            ),
            quote(
                "We used to close a case when someone went quiet. Now we ask why they went quiet.",
                "A debt adviser",
                "Good Cents",
            ),
            news_item(
                "Home care on the living wage",
                "Wellbeing Teams pays every home care worker at least the real living wage and trusts small "
                "teams to organise their own work. Their story was one of the most read on the site this "
                "summer.",
            ),
            event(
                "Head, heart and hands: a social pedagogy gathering",
                datetime(2024, 10, 24, 10, 0),
                datetime(2024, 10, 24, 16, 0),
                place="Partick Burgh Hall, Glasgow",
                link=EVENTS_URL,
                description="A day for practitioners using social pedagogy in children's services, youth work "
                "and adult care. Lunch is provided.",
            ),
            call_to_action(
                "Run your own learning review",
                "Open the learning review template",
                page="learning-review-template",
            ),
        ],
    },
    {
        "issue_number": 5,
        "slug": "commissioning-for-learning",
        "title": "Issue 5: Commissioning for learning",
        "intro": "Two years into contracts that reward learning rather than activity, an integrated care board "
        "shares what changed. Plus a podcast on community justice and a workshop for commissioners.",
        "published_at": datetime(2025, 6, 4, 9, 0),
        "hero": "decorative",
        "translate": [],
        "body": [
            paragraph(
                "Commissioners tell us the same thing at almost every event: they would like to work "
                "differently, but contracts lock everyone into counting activity. This issue is for them.",
                "Coastal ICB has now run community health contracts built around learning for two years, and "
                "its report is candid about what worked, what did not and what it would do differently.",
            ),
            featured_resource(
                "commissioning-for-learning-report",
                "Read the chapter on what changed for patients first, then the one on what the board got "
                "wrong.",
            ),
            featured_case_study(
                "integrated-care-commissioning-for-learning",
                "How the contracts were rewritten, and why the board paid for a shared learning partner.",
            ),
            featured_resource(
                "learning-partners-podcast",
                "Listening before redesigning, from the people who have been through short prison sentences.",
            ),
            news_item(
                "Ten places test and learn",
                "A government department has swapped detailed funding conditions for shared learning in ten "
                "local areas supporting people with multiple needs. The first places are now sharing what they "
                "have tried.",
            ),
            event(
                "Commissioning for learning: a workshop",
                datetime(2025, 7, 9, 13, 30),
                datetime(2025, 7, 9, 16, 30),
                place="Friends Meeting House, Manchester",
                link=EVENTS_URL,
                description="For commissioners and procurement leads in councils, integrated care boards and "
                "funders. Bring a contract you would like to change.",
            ),
            quote(
                "The contract used to tell us what to count. Now it asks what we are learning, and that changes "
                "every conversation.",
                "community nursing lead",
                "Coastal ICB area",
                name="Dawn",
                identified_as="first_name",
            ),
            call_to_action(
                "Commissioning differently?",
                "Join the local authority learning community",
                text="Commissioners from twelve councils meet every month to work through real contracts "
                "together.",
                url=LEARNING_COMMUNITIES_URL,
            ),
        ],
    },
    {
        "issue_number": 6,
        "slug": "someone-who-knows-your-name",
        "title": "Issue 6: Someone who knows your name",
        "intro": "A new film follows Valley Health's relational team in the emergency department, community "
        "conversations reshape mental health support, and an online session for health teams.",
        "published_at": datetime(2026, 3, 4, 9, 0),
        "hero": "image",
        "translate": [],
        "body": [
            paragraph(
                "Some people come to the emergency department again and again, and each time they meet a "
                "stranger. Valley Health asked what would change if they met someone who already knew them. "
                "A year on, a short film shows the answer."
            ),
            featured_resource(
                "relational-team-film",
                "Twelve minutes with the nurses and peer support workers of the relational team.",
            ),
            featured_case_study(
                "emergency-department-relational-team",
                "The story of how the team was formed, and what it changed for the people it supports.",
            ),
            featured_case_study(
                "mental-health-community-conversations",
                "Valley Health again: open conversations in libraries and places of worship that moved part of "
                "a mental health budget into community-led support.",
            ),
            image(
                "city-walk",
                "Abstract illustration of a low sun over dark rolling hills",
                caption="The relational team keeps in touch with people between visits, wherever they are.",
            ),
            news_item(
                "HLS Week returns",
                "Planning has started for the next HLS Week. If you would like to host a session about your own "
                "practice, successes and mistakes alike, we would love to hear from you.",
                link="https://www.humanlearning.systems/contact/",
                link_label="Offer to host a session",
            ),
            event(
                "Relational practice in health: an online learning session",
                datetime(2026, 3, 26, 12, 30),
                datetime(2026, 3, 26, 13, 30),
                online=True,
                link=EVENTS_URL,
                description="Members of the relational team answer questions about starting something similar "
                "in your own hospital or practice.",
            ),
            quote(
                "The first time someone said my name before I said it, I stopped bracing myself.",
                "A patient",
                "Valley Health",
            ),
            call_to_action(
                "Stories from health services",
                "Browse the case studies",
                text="Filter the library by the health sector to find work like yours.",
                page="case-studies",
            ),
        ],
    },
    {
        "issue_number": 7,
        "slug": "listening-first-in-welsh-and-english",
        "title": "Issue 7: Listening first, in Welsh and English",
        "intro": "This issue comes from Wales. Tŷ Cymunedol Housing shares its guide to welcome visits in the "
        "tenant's own language, and we look at how listening first has changed its work.",
        "published_at": datetime(2026, 7, 1, 9, 0),
        "hero": "image",
        "translate": ["cy"],
        "body": [
            paragraph(
                "For this issue we visited Tŷ Cymunedol Housing, a housing association that decided arrears "
                "were a symptom rather than the problem. Its officers now meet every new tenant in Welsh or "
                "English, as the tenant chooses, and stay in touch through the first year."
            ),
            featured_resource(
                "welcome-visits-guide",
                "A practical guide to the first visit, with a conversation plan you can adapt.",
            ),
            featured_case_study(
                "tenancy-sustainment-wales",
                "How the association moved from chasing arrears to helping early, and what has changed since.",
            ),
            image(
                "kitchen-table",
                "Abstract illustration of two soft circles side by side above rolling hills",
                caption="Welcome visits take place at home, in the language the tenant chooses.",
            ),
            quote("Hearing Welsh at the door made me feel at home before I had unpacked.", "A tenant"),
            news_item(
                "The newsletter in Welsh",
                "From this issue you can read the newsletter in Welsh as well as English. Tell us which "
                "stories you would like to read in Welsh next.",
                link="https://www.humanlearning.systems/contact/",
                link_label="Write to the newsletter team",
            ),
            event(
                "Tenancy support that listens: a visit and conversation",
                datetime(2026, 9, 17, 10, 0),
                datetime(2026, 9, 17, 13, 0),
                place="Aberystwyth",
                online=True,
                link=EVENTS_URL,
                description="Meet the tenancy support team, hear from tenants and try a welcome visit "
                "conversation for yourself. In Welsh and English.",
            ),
            call_to_action(
                "More stories from the community",
                "Browse the case studies",
                text="Councils, charities, NHS bodies and government teams share what they changed and what "
                "they learned.",
                page="case-studies",
            ),
        ],
    },
    {
        "issue_number": 8,
        "slug": "stewarding-healthy-systems",
        "title": "Issue 8: Stewarding healthy systems",
        "intro": "What does it take to look after the health of a whole system? A funder that changed its role, "
        "a template for learning conversations and an invitation to our next open session.",
        "published_at": None,
        "go_live_in_days": 14,
        "hero": "decorative",
        "translate": [],
        "body": [
            paragraph(
                "Outcomes come from whole systems, not single organisations. So who looks after the system? "
                "In this issue, people who have taken on that role of steward share what it asks of them: "
                "convening partners, paying for learning and trusting others to adapt."
            ),
            featured_case_study(
                "system-stewardship-civil-society",
                "A foundation that stopped funding isolated projects and became a steward instead.",
            ),
            featured_resource(
                "funder-learning-conversation-template",
                "The agenda the foundation uses for the yearly conversation that replaced its grant reports.",
            ),
            featured_case_study(
                "local-authority-learning-community",
                "Councils doing the same work on their side of the table, month by month.",
            ),
            news_item(
                "A learning community for system stewards",
                "The learning community for system stewards in civil society is opening to a second group of "
                "funders, infrastructure bodies and local partnerships.",
                link=LEARNING_COMMUNITIES_URL,
                link_label="Find a learning community",
            ),
            event(
                "System stewardship: an open session",
                AfterGoLive(22, time(12, 30)),
                AfterGoLive(22, time(13, 30)),
                online=True,
                link=EVENTS_URL,
                description="An hour with funders and commissioners who have changed their role. Bring your "
                "questions.",
            ),
            quote(
                "Our job stopped being to check on people and became making it easier for them to learn.",
                "A programme manager at a foundation",
            ),
            call_to_action(
                "Tried something like this?",
                "Tell us about your work",
                text="We are always looking for stories of stewardship for future issues.",
                url="https://www.humanlearning.systems/contact/",
            ),
        ],
    },
]


# Newsletter subscribers, so the admin's list, filters and export have something to show. They confirmed
# when the demo was loaded, so the issues already out are not sent to them; the scheduled issue is.
# example.org addresses receive nothing, even where a real mail server is configured.
SUBSCRIBERS = [
    {"email": "amira.hussain@example.org", "language": "ur", "status": "confirmed"},
    {"email": "bethan.jones@example.org", "language": "cy", "status": "confirmed"},
    {"email": "callum.reid@example.org", "language": "en", "status": "confirmed"},
    {"email": "dee.okafor@example.org", "language": "en", "status": "confirmed"},
    {"email": "eleri.pritchard@example.org", "language": "cy", "status": "pending"},
    {"email": "finn.walsh@example.org", "language": "en", "status": "unsubscribed"},
]
SUBSCRIBER_CONSENT = (
    "We will email you the Human Learning Systems newsletter, about once a month, in the language you "
    "choose. We keep only your email address and language, and use them for nothing else. Every email has "
    "a link to unsubscribe at once."
)


# --- The inclusive-language list: a starter set, in English; editors add their own -------------------

INCLUSIVE_TERMS = [
    {
        "term": "service users",
        "suggestion": "people who use services",
        "why": "It describes people by the services they use. Say who they are, or what they do.",
    },
    {
        "term": "hard to reach",
        "suggestion": "people services do not reach, or seldom-heard groups",
        "why": "It puts the difficulty on people rather than on services that have not yet found them.",
    },
    {
        "term": "the vulnerable",
        "suggestion": "people in vulnerable situations",
        "why": "It makes a person's circumstances into who they are. Vulnerability usually comes from a "
        "situation, and can change.",
    },
    {
        "term": "beneficiaries",
        "suggestion": "people we work with",
        "why": "It casts people as passive receivers of help rather than partners in the work.",
    },
    {
        "term": "BAME",
        "suggestion": "name the ethnic groups you mean, or ‘people from ethnic minority backgrounds’",
        "why": "It groups very different people together, and many of them do not use it about themselves.",
    },
    {
        "term": "wheelchair-bound",
        "suggestion": "wheelchair user",
        "why": "A wheelchair gives people freedom to move; it does not bind them.",
    },
    {
        "term": "suffers from",
        "suggestion": "lives with, or has",
        "why": "It assumes how someone feels about their condition. Describe the condition, not suffering.",
    },
    {
        "term": "the elderly",
        "suggestion": "older people",
        "why": "It treats older people as one group apart. ‘Older people’ is the plainer, preferred term.",
    },
]
