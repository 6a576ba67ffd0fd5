"""The register's tables as schema version 4 first created them, written out so that the
upgrade of an older file never changes with the models (a later change of these tables is
a step of its own). ``IF NOT EXISTS``: a file made to look older (as tests do) may
hold them already.
"""

from __future__ import annotations

import sqlite3

CREATE = """
CREATE TABLE IF NOT EXISTS register_items (
	id INTEGER NOT NULL,
	initiative_id INTEGER NOT NULL,
	kind VARCHAR(20) NOT NULL,
	number INTEGER NOT NULL,
	title VARCHAR(300) NOT NULL,
	status VARCHAR(20) NOT NULL,
	owner_id INTEGER,
	department_id INTEGER,
	opened_at DATETIME,
	due_at DATETIME,
	sent_at DATETIME,
	notes TEXT NOT NULL,
	requester_id INTEGER,
	description TEXT NOT NULL,
	meeting_type VARCHAR(20),
	ends_at DATETIME,
	place VARCHAR(300) NOT NULL,
	chair_id INTEGER,
	recorder_id INTEGER,
	urgency VARCHAR(20),
	impact_users TEXT NOT NULL,
	impact_business TEXT NOT NULL,
	cause TEXT NOT NULL,
	solution TEXT NOT NULL,
	resolution TEXT NOT NULL,
	result TEXT NOT NULL,
	lessons TEXT NOT NULL,
	discussed_at DATETIME,
	escalated_to_id INTEGER,
	escalated_at DATETIME,
	task_id INTEGER,
	planned_finish DATE,
	forecast_finish DATE,
	days_late INTEGER,
	impact TEXT NOT NULL,
	meeting_id INTEGER,
	provider_id INTEGER,
	resource_kind VARCHAR(20),
	amount VARCHAR(200) NOT NULL,
	purpose TEXT NOT NULL,
	period_from DATE,
	period_to DATE,
	answer VARCHAR(20),
	answered_at DATETIME,
	alternative TEXT NOT NULL,
	background TEXT NOT NULL,
	resources_needed TEXT NOT NULL,
	approved_by_id INTEGER,
	approved_at DATETIME,
	reason TEXT NOT NULL,
	decision VARCHAR(20),
	second_approver_id INTEGER,
	decided_at DATETIME,
	PRIMARY KEY (id),
	CONSTRAINT register_number UNIQUE (initiative_id, kind, number),
	CONSTRAINT register_kind CHECK (kind IN ('meeting','problem','risk','resource','collaboration','change')),
	CONSTRAINT register_number_positive CHECK (number > 0),
	FOREIGN KEY(initiative_id) REFERENCES initiatives (id) ON DELETE CASCADE,
	FOREIGN KEY(owner_id) REFERENCES people (id) ON DELETE SET NULL,
	FOREIGN KEY(department_id) REFERENCES departments (id) ON DELETE SET NULL,
	FOREIGN KEY(requester_id) REFERENCES people (id) ON DELETE SET NULL,
	FOREIGN KEY(chair_id) REFERENCES people (id) ON DELETE SET NULL,
	FOREIGN KEY(recorder_id) REFERENCES people (id) ON DELETE SET NULL,
	FOREIGN KEY(escalated_to_id) REFERENCES people (id) ON DELETE SET NULL,
	FOREIGN KEY(task_id) REFERENCES tasks (id) ON DELETE SET NULL,
	FOREIGN KEY(meeting_id) REFERENCES register_items (id) ON DELETE SET NULL,
	FOREIGN KEY(provider_id) REFERENCES departments (id) ON DELETE SET NULL,
	FOREIGN KEY(approved_by_id) REFERENCES people (id) ON DELETE SET NULL,
	FOREIGN KEY(second_approver_id) REFERENCES people (id) ON DELETE SET NULL
);

CREATE INDEX IF NOT EXISTS ix_register_items_initiative_id ON register_items (initiative_id);

CREATE TABLE IF NOT EXISTS register_agenda (
	id INTEGER NOT NULL,
	item_id INTEGER NOT NULL,
	position INTEGER NOT NULL,
	title VARCHAR(300) NOT NULL,
	presenter_id INTEGER,
	minutes_planned INTEGER,
	discussion TEXT NOT NULL,
	disagreements TEXT NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(item_id) REFERENCES register_items (id) ON DELETE CASCADE,
	FOREIGN KEY(presenter_id) REFERENCES people (id) ON DELETE SET NULL
);

CREATE INDEX IF NOT EXISTS ix_register_agenda_item_id ON register_agenda (item_id);

CREATE TABLE IF NOT EXISTS register_asks (
	id INTEGER NOT NULL,
	item_id INTEGER NOT NULL,
	position INTEGER NOT NULL,
	department_id INTEGER,
	need TEXT NOT NULL,
	by_date DATE,
	owner_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(item_id) REFERENCES register_items (id) ON DELETE CASCADE,
	FOREIGN KEY(department_id) REFERENCES departments (id) ON DELETE SET NULL,
	FOREIGN KEY(owner_id) REFERENCES people (id) ON DELETE SET NULL
);

CREATE INDEX IF NOT EXISTS ix_register_asks_item_id ON register_asks (item_id);

CREATE TABLE IF NOT EXISTS register_attendees (
	id INTEGER NOT NULL,
	item_id INTEGER NOT NULL,
	position INTEGER NOT NULL,
	person_id INTEGER,
	present BOOLEAN NOT NULL,
	confirmed BOOLEAN NOT NULL,
	confirmed_on DATE,
	PRIMARY KEY (id),
	FOREIGN KEY(item_id) REFERENCES register_items (id) ON DELETE CASCADE,
	FOREIGN KEY(person_id) REFERENCES people (id) ON DELETE SET NULL
);

CREATE INDEX IF NOT EXISTS ix_register_attendees_item_id ON register_attendees (item_id);

CREATE TABLE IF NOT EXISTS register_departments (
	item_id INTEGER NOT NULL,
	role VARCHAR(20) NOT NULL,
	department_id INTEGER NOT NULL,
	PRIMARY KEY (item_id, role, department_id),
	CONSTRAINT register_dept_role CHECK (role IN ('involved','impact','copied')),
	FOREIGN KEY(item_id) REFERENCES register_items (id) ON DELETE CASCADE,
	FOREIGN KEY(department_id) REFERENCES departments (id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS register_item_links (
	item_id INTEGER NOT NULL,
	other_id INTEGER NOT NULL,
	PRIMARY KEY (item_id, other_id),
	CONSTRAINT register_link_order CHECK (item_id < other_id),
	FOREIGN KEY(item_id) REFERENCES register_items (id) ON DELETE CASCADE,
	FOREIGN KEY(other_id) REFERENCES register_items (id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS ix_register_item_links_other ON register_item_links (other_id);

CREATE TABLE IF NOT EXISTS register_task_links (
	item_id INTEGER NOT NULL,
	task_id INTEGER NOT NULL,
	PRIMARY KEY (item_id, task_id),
	FOREIGN KEY(item_id) REFERENCES register_items (id) ON DELETE CASCADE,
	FOREIGN KEY(task_id) REFERENCES tasks (id) ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS ix_register_task_links_task ON register_task_links (task_id);

CREATE TABLE IF NOT EXISTS register_outcomes (
	id INTEGER NOT NULL,
	item_id INTEGER NOT NULL,
	agenda_id INTEGER,
	position INTEGER NOT NULL,
	kind VARCHAR(20) NOT NULL,
	text TEXT NOT NULL,
	owner_id INTEGER,
	due DATE,
	done BOOLEAN NOT NULL,
	task_id INTEGER,
	PRIMARY KEY (id),
	CONSTRAINT register_outcome_kind CHECK (kind IN ('decision','action')),
	FOREIGN KEY(item_id) REFERENCES register_items (id) ON DELETE CASCADE,
	FOREIGN KEY(agenda_id) REFERENCES register_agenda (id) ON DELETE SET NULL,
	FOREIGN KEY(owner_id) REFERENCES people (id) ON DELETE SET NULL,
	FOREIGN KEY(task_id) REFERENCES tasks (id) ON DELETE SET NULL
);

CREATE INDEX IF NOT EXISTS ix_register_outcomes_item_id ON register_outcomes (item_id);

CREATE INDEX IF NOT EXISTS ix_register_outcomes_task_id ON register_outcomes (task_id);
"""


def create_tables(conn: sqlite3.Connection) -> None:
    """Create the register's tables inside the caller's transaction (``executescript``
    would commit it first)."""
    for statement in CREATE.split(";\n"):
        if statement.strip():
            conn.execute(statement)
