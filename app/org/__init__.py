"""Departments, people and initiatives: the organisation every form refers to."""
