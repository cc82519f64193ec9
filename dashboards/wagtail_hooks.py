from wagtail import hooks

from dashboards.panels import panels_for


@hooks.register("construct_homepage_panels")
def add_role_panels(request, panels):
    panels.extend(panels_for(request))
