"""Pictures used inside stories, the videos and the documents the case studies offer."""

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
