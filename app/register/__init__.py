"""The coordination register: meetings and their minutes, problems with urgency clocks and
escalation, risk notices, resource, collaboration and change requests, in the workspace
file beside the forms, with the same single write path, undo, rules, prints and Excel.

Nothing is imported here, so that ``app.store.models`` can load ``app.register.models``.

Modules
-------
- ``models``: the tables (``RegisterItem`` with every kind's columns; ``RegisterAttendee``,
  ``RegisterAgendaItem``, ``RegisterOutcome`` (decision / action item, ``task_id`` of the
  task made from it), ``RegisterAsk`` (a collaboration request's ask of a department),
  ``RegisterDepartment`` (role involved / impact / copied), ``RegisterTaskLink``,
  ``RegisterItemLink``).
- ``kinds``: ``Kind`` (meeting, problem, risk, resource, collaboration, change), ``PREFIX``
  (HY WT FX ZY XZ BG), ``STATUSES[kind]`` (first = a new item's), ``CLOSED``, the choice
  tuples, ``number_text(kind, n)`` → "WT-007", ``parse_number("WT-007")`` → (kind, 7),
  ``label_key(choice, value)`` → catalogue key (``register.status.open``).
- ``fields``: ``FIELDS`` (key → ``Field``: type, kinds, choices, ``label_key``),
  ``fields_of(kind)`` in form order, ``field_of(kind, key)``. Field types: text, longtext,
  date, datetime, int, bool, choice, person (id; a name is looked up), department (id or
  name), departments (list of ids or names), task (id), meeting (id or "HY-003").
- ``clocks``: the one definition of each clock (``problem_due``, ``minutes_due``,
  ``risk_notice_due``, ``answer_due``, ``discussion_due``, ``action_due``,
  ``after_working_days``), ``item_clock(cal, ClockInput, now)`` → ``Clock(due, running,
  overdue)``, ``due_text(cal, clock, now, lang)`` → "due in 5 h" / "due Wed 3-11" /
  "overdue by 2 working days".
- ``service`` (every write; one transaction each, announcing ``ChangeArea.REGISTER``, and
  ``TASKS`` where tasks change; refusals are ``UserError`` / ``ValidationError``, nothing
  stored):
    - ``create_item(ws, initiative_id, kind, values=None, *, number=None, now=None) -> id``
      (kind's defaults: a title to overwrite, first status, opened now, a weekly meeting of
      an hour, a routine problem; next number of the kind unless ``number``)
    - ``set_field(ws, item_id, key, value) -> old`` / ``restore_field(...) -> old`` (undo;
      skips the rules between fields); ``get_value(ws, item_id, key)``
    - ``set_number(ws, item_id, number) -> old number``
    - ``delete_items(ws, ids) -> snapshots`` / ``restore_items(ws, snapshots)``
    - ``add_child(ws, item_id, child, values=None, index=None) -> child id`` with child in
      "attendee" (person, present, confirmed, confirmed_on), "agenda" (title, presenter,
      minutes_planned, discussion, disagreements), "outcome" (kind decision|action, text,
      owner, due, done, agenda), "ask" (department, need, by_date, owner);
      ``set_child_field(ws, child, child_id, key, value) -> old``;
      ``remove_child(ws, child, child_id) -> snapshot`` / ``restore_child(ws, snapshot)``;
      ``move_child(ws, child, child_id, new_index) -> old index``
    - ``link_task`` / ``unlink_task(ws, item_id, task_id) -> changed``;
      ``link_items`` / ``unlink_items(ws, item_id, other_id) -> changed``
    - ``action_to_task(ws, outcome_id) -> task id`` (undo: ``remove_action_task(ws,
      outcome_id) -> snapshot``, redo: ``restore_action_task(ws, snapshot)``)
    - ``create_risk_from_task(ws, task_id, now=None) -> item id`` (undo: ``delete_items``)
    - ``remove_children(ws, child, ids) -> snapshots`` / ``restore_children(ws, snapshots)``
- ``agenda``: ``propose_agenda(ws, meeting_id, now=None) -> [agenda ids]`` (late and
  at-risk tasks, problems and requests past or near their clocks, the previous meeting of
  the type's open action items; undo: ``service.remove_children(ws, "agenda", ids)``),
  ``proposed_titles(ws, meeting_id, now)``.
- ``ics``: ``export_ics(ws, meeting_id, out, lang=None, *, force=False) -> path``, an
  iCalendar invitation with the attendees' e-mail from Form 2.
- ``display``: an item's values as text (``field_text``, ``moment``, ``choice``).
- ``excel_io``: the register's sheets of the workbook (export and import by number, hooked
  into ``app.excel``'s export, plan, apply and undo).
- Printing (``app.printing``): sheet ``register`` (the list) among the printable sheets;
  ``printing.print_item(ws, item_id, out, lang, today)`` / ``collect_item_job`` one item's
  sheet (``app.printing.register_sheets``).
- Rules: ``app.rules.register`` (``USES_NOW``; ``rules.check_initiative(s, ini, now)``).
- Labels: ``fields.FIELDS[key].label_key_for(kind)``; the kinds ``register.kind.<kind>``,
  choices ``kinds.label_key(group, value)``; all in ``app/i18n/strings_register.py``.
- ``read``: ``register_rows(ws, initiative_id | None, now=None, lang=None, kind=None) ->
  [RegisterRow]`` (id, number, kind, title, status, urgency, opened, due, overdue,
  running, due_text, owner(_id), department(_id), tasks; ``as_json()`` is the command
  line's shape), ``overdue_count``, ``item_record(ws, item_id, now=None, lang=None) ->
  ItemRecord`` (values by field key, attendees, agenda, outcomes, asks as dicts, linked
  tasks and items, people and department names), ``find_item(ws, "WT-007",
  initiative_id=None) -> id``.
"""
