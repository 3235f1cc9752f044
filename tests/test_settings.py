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


SRC = '[[source]]\nname = "a"\nkind = "feed"\nlocation = "https://example.org/feed.xml"\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[source]\nname=", "not valid TOML"),
        ('[[source]]\nname = "a"\nkind = "ftp"\nlocation = "x"\n', "'kind' must be one of"),
        ('[[source]]\nkind = "feed"\nlocation = "x"\n', "'name' is required"),
        (f"{SRC}colour = 1\n", "unknown key"),
        (f'{SRC}schedule = "hourly"\n', "cron"),
        (f'{SRC}schedule = "61 * * * *"\n', r"source #1 \(a\): 'schedule'.*cron"),
        (f'{SRC}schedule = "0 0 * * * *"\n', "five-field cron"),
        (f'{SRC}schedule = "0 0 31 2 *"\n', "cron"),
        ('[[sources]]\nname = "a"\nkind = "feed"\nlocation = "https://e.org/f"\n', "unknown top-level key"),
        (f'{SRC}[[sources]]\nname = "b"\n', r"unknown top-level key.*'sources'"),
        ("", "no sources"),
        ("source = []\n", "no sources"),
        (f'{SRC}enabled = "false"\n', r"\(a\): 'enabled' must be true or false"),
        (f"{SRC}enabled = 0\n", "'enabled' must be true or false"),
        (f"{SRC}concurrency = true\n", r"\(a\): 'concurrency'"),
        (f"{SRC}delay = true\n", r"\(a\): 'delay'"),
        (f"{SRC}delay = nan\n", "'delay'"),
        (f"{SRC}delay = -1\n", "'delay'"),
        (f"{SRC}concurrency = 0\n", "'concurrency'"),
        (
            '[[source]]\nname = "a"\nkind = "feed"\nlocation = "example.com/feed"\n',
            r"\(a\): 'location'.*http",
        ),
        ('[[source]]\nname = "a"\nkind = "url"\nlocation = "file:///etc/passwd"\n', r"\(a\): 'location'"),
        ('[[source]]\nname = "a"\nkind = "sitemap"\nlocation = "https://"\n', r"\(a\): 'location'"),
        ('[[source]]\nname = "a"\nkind = "feed"\nlocation = "ftp://e.org/feed"\n', "'location'"),
    ],
)
def test_malformed_sources_name_the_file(tmp_path: Path, text: str, message: str) -> None:
    f = tmp_path / "sources.toml"
    f.write_text(text)
    with pytest.raises(ConfigError, match=message) as info:
        load_sources(f)
    assert str(f) in str(info.value)


def test_source_fields_are_typed(tmp_path: Path) -> None:
    f = tmp_path / "sources.toml"
    f.write_text(
        f'{SRC}enabled = false\nconcurrency = 2\nschedule = "*/15 * * * *"\n'
        '[[source]]\nname = "b"\nkind = "url"\nlocation = "HTTP://Example.org/page"\n'
    )
    a, b = load_sources(f)
    assert (a.enabled, a.concurrency, a.schedule, b.enabled) == (False, 2, "*/15 * * * *", True)


def test_missing_config_from_the_environment_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=r"nope\.toml.*no such settings file.*NEWSKB_CONFIG"):
        load_settings(None, env={"NEWSKB_CONFIG": str(missing)})
    with pytest.raises(ConfigError, match=r"nope\.toml: no such settings file"):
        load_settings(missing, env={})
    good = tmp_path / "ok.toml"
    good.write_text("retries = 7\n")
    assert load_settings(None, env={"NEWSKB_CONFIG": str(good)}).retries == 7


def test_a_section_that_is_not_a_table(tmp_path: Path) -> None:
    f = tmp_path / "newskb.toml"
    f.write_text('newskb = "fast"\n')
    with pytest.raises(ConfigError, match=r"newskb\.toml: 'newskb' must be a table"):
        load_settings(f, env={})
    f.write_text("[newskb]\nretries = 1\n")
    assert load_settings(f, env={}).retries == 1


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("max_bytes", "0"),
        ("max_pages_per_source", "0"),
        ("concurrency_per_host", "0"),
        ("concurrency_total", "-1"),
        ("max_redirects", "-1"),
        ("delay_seconds", "-0.5"),
        ("connect_timeout", "-1"),
        ("read_timeout", "-1"),
        ("total_timeout", "-1"),
        ("busy_timeout", "-1"),
        ("review_busy_timeout", "-1"),
        ("recheck_hours", "-1"),
        ("backoff_base", "-1"),
        ("backoff_max", "-1"),
        ("retries", "-1"),
        ("candidate_threshold", "1.5"),
        ("candidate_threshold", "-0.1"),
    ],
)
def test_out_of_range_settings_name_origin_and_key(tmp_path: Path, key: str, value: str) -> None:
    f = tmp_path / "newskb.toml"
    f.write_text(f"{key} = {value}\n")
    with pytest.raises(ConfigError, match=rf"newskb\.toml: {key} = .*out of range"):
        load_settings(f, env={})
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    var = "NEWSKB_" + key.upper()
    with pytest.raises(ConfigError, match=rf"^{var}: {key} = .*out of range"):
        load_settings(None, env={"NEWSKB_CONFIG": str(empty), var: value})


def test_edge_values_are_accepted_and_bools_are_not_numbers(tmp_path: Path) -> None:
    f = tmp_path / "newskb.toml"
    f.write_text("max_redirects = 0\nretries = 0\ndelay_seconds = 0\ncandidate_threshold = 1.0\n")
    s = load_settings(f, env={})
    assert (s.max_redirects, s.retries, s.delay_seconds, s.candidate_threshold) == (0, 0, 0.0, 1.0)
    f.write_text("retries = true\n")
    with pytest.raises(ConfigError, match=r"newskb\.toml: retries = True"):
        load_settings(f, env={})
    f.write_text("max_redirects = 2.5\n")
    with pytest.raises(ConfigError, match="max_redirects"):
        load_settings(f, env={})
    with pytest.raises(ConfigError, match="NEWSKB_DELAY_SECONDS"):
        load_settings(None, env={"NEWSKB_DELAY_SECONDS": "nan"})
