"""The newsletter archive, its issues (with their own block builders) and its subscribers."""

from datetime import datetime, time

from demo.content.helpers import AfterGoLive, PageRef, call_to_action, image, paragraph, quote


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
