import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _crossdesk_home(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CROSSDESK_HOME", str(tmp_path_factory.mktemp("home")))
