"""The home page's words."""

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
