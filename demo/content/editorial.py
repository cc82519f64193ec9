"""The editorial features' content: when quotes' consent was gathered, and the inclusive-language list."""

from datetime import date

# When the people quoted agreed to it, unless a quote says otherwise: for a case study, when the work
# ended (or, for work still going on, when the story was written); for a resource, its publication date;
# for a newsletter issue, the week before it went out. Filled in by load_demo_content.
CONSENT_GATHERED = date(2025, 2, 10)


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
