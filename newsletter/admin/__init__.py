"""The newsletter in Wagtail's admin: the issue's edit form and email panel, "Start the next issue", an
issue's email page, the dashboard panel and Subscribers.

Everything here imports the models and nothing below imports it back: newsletter/wagtail_hooks.py loads
`hooks`, and the app's ready() gives the issue page its admin form and panel (`panels.attach_to_issue_page`).
(Django's admin autodiscovery imports this package too; it registers nothing there.)
"""
