"""The shared vocabulary: themes, sectors, regions and organisations (core's taxonomy snippets)."""

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
