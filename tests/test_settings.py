from __future__ import annotations

from pathlib import Path

import pytest

from schema.settings import ConfigError, Settings, load_settings, load_sources


def test_defaults_then_file_then_env(tmp_path: Path) -> None:
    user = tmp_path / "newskb.toml"
    user.write_text('delay_seconds = 2.5\nconcurrency_per_host = 3\ndb_path = "x.duckdb"\n')
    s = load_settings(user, env={})
    assert (s.delay_seconds, s.concurrency_per_host, s.db_path) == (2.5, 3, Path("x.duckdb"))
    s = load_settings(user, env={"NEWSKB_DELAY_SECONDS": "0", "NEWSKB_DB": "y.duckdb"})
    assert (s.delay_seconds, s.concurrency_per_host, s.db_path) == (0.0, 3, Path("y.duckdb"))
    assert load_settings(None, env={}) == Settings() or not Path("newskb.toml").exists()


def test_settings_are_frozen() -> None:
    with pytest.raises(AttributeError):
        Settings().delay_seconds = 3  # type: ignore[misc]


def test_bad_settings_name_the_input(tmp_path: Path) -> None:
    bad = tmp_path / "newskb.toml"
    bad.write_text("delay_seconds = 'soon'\n")
    with pytest.raises(ConfigError, match=r"newskb\.toml.*delay_seconds"):
        load_settings(bad, env={})
    bad.write_text("nonsense = 1\n")
    with pytest.raises(ConfigError, match="unknown setting 'nonsense'"):
        load_settings(bad, env={})
    with pytest.raises(ConfigError, match="NEWSKB_RETRIES"):
        load_settings(None, env={"NEWSKB_RETRIES": "many"})


def test_sources_file(tmp_path: Path) -> None:
    f = tmp_path / "sources.toml"
    f.write_text(
        '[[source]]\nname = "a"\nkind = "feed"\nlocation = "https://example.org/feed.xml"\n'
        'schedule = "0 * * * *"\ndelay = 2\n'
        '[[source]]\nname = "b"\nkind = "path"\nlocation = "archive"\nreliability = "vendor"\n'
    )
    a, b = load_sources(f)
    assert a.schedule == "0 * * * *" and a.delay_seconds == 2.0
    assert b.location == str((tmp_path / "archive").resolve()) and b.reliability == "vendor"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[source]\nname=", "not valid TOML"),
        ('[[source]]\nname = "a"\nkind = "ftp"\nlocation = "x"\n', "'kind' must be one of"),
        ('[[source]]\nkind = "feed"\nlocation = "x"\n', "'name' is required"),
        ('[[source]]\nname = "a"\nkind = "feed"\nlocation = "x"\ncolour = 1\n', "unknown key"),
        ('[[source]]\nname = "a"\nkind = "feed"\nlocation = "x"\nschedule = "hourly"\n', "cron"),
    ],
)
def test_malformed_sources_name_the_file(tmp_path: Path, text: str, message: str) -> None:
    f = tmp_path / "sources.toml"
    f.write_text(text)
    with pytest.raises(ConfigError, match=message) as info:
        load_sources(f)
    assert str(f) in str(info.value)
