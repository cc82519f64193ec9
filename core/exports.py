"""Spreadsheet exports from the admin that a spreadsheet program cannot run as formulas.

Every "Download CSV" in the Wagtail admin (our model viewsets, snippets, Wagtail's own reports,
wagtail-localize's translations report, form submissions) goes through Wagtail's SpreadsheetExportMixin,
which writes cells as they are: Wagtail treats formula injection as the spreadsheet's problem (its
security policy says so) and does nothing for CSV. A visitor can put text into some of those cells (a
sign-up's form address, a form submission, a page title an editor pasted), and a cell that starts with
`=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google
Sheets. So, as OWASP advises, such a cell is written with a single quote in front: shown as text, never
run. XLSX needs nothing: Wagtail already stores every string cell as text there.

Our own index views use FormulaSafeExportMixin, the extension point Wagtail offers. Wagtail's reports are
views it wires into its own URLs, with no setting or hook to swap them, so `install()` (called once from
core's AppConfig.ready) puts the same method on SpreadsheetExportMixin itself. Remove it when Wagtail
escapes CSV cells on its own.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value):
    """`value` with a single quote in front if a spreadsheet would read it as a formula; anything else,
    including numbers and dates (never formulas), unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _escaped_preprocess(preprocess_field_value):
    def preprocess_field_value_escaped(self, field, value, export_format):
        value = preprocess_field_value(self, field, value, export_format)
        # After Wagtail's own conversion, so a page, user or lazy string is checked as the text it becomes.
        return escape_formula(value) if export_format == self.FORMAT_CSV else value

    preprocess_field_value_escaped.escapes_formulas = True
    return preprocess_field_value_escaped


class FormulaSafeExportMixin:
    """For an index view with `list_export`: its CSV cells never start a formula."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return escape_formula(value) if export_format == self.FORMAT_CSV else value


def install():
    """Escape the CSV cells of every export built on Wagtail's SpreadsheetExportMixin. Idempotent."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    current = SpreadsheetExportMixin.preprocess_field_value
    if not getattr(current, "escapes_formulas", False):
        SpreadsheetExportMixin.preprocess_field_value = _escaped_preprocess(current)
