"""Demo content for `manage.py load_demo_content`: the words, the translations and the pictures."""
