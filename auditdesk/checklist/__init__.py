"""Walk-through checklists: templates and the logic of answering them (no Qt, no store).

- ``template``: the YAML format, ``load_template``, ``export_template_yaml``,
  ``merge_templates``, ``template_to_entities``.
- ``validation`` and ``references``: every check behind ``TemplateError``.
- ``conditions``: show-when conditions and finding hints.
- ``answers``: ``parse_answer`` (yes/no, numbers in vi/en, choices, units).
- ``units``, ``text``, ``yamlio``: pint, message and YAML helpers.
- ``logic``: visibility, completion, filters and search, opportunity drafts.
"""
