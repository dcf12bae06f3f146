"""Issue 15: `lofte --help`, every subcommand's --help and every usage error are
wholly Swedish, argparse's own words included."""

from __future__ import annotations

import argparse
import gettext
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from lofte_desktop.cli import argparse_sv, build_parser
from lofte_desktop.entry.cli import main
from lofte_desktop.runtime.paths import resources_dir

ENGLISH = (
    "usage:",
    "options:",
    "optional arguments",
    "positional arguments",
    "show this help message and exit",
    "show program's version",
    "the following arguments are required",
    "invalid choice",
    "choose from",
    "expected one argument",
    "expected at least one",
    "unrecognized arguments",
    "error:",
    "ambiguous option",
    "not allowed with",
    "argument --",
)


def commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser in the tree with the words that reach it ("plan", "add")."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))


ALL = sorted(path for path, _ in commands(build_parser()))


def english_in(text: str) -> list[str]:
    return [w for w in ENGLISH if w in text]


def test_the_tree_has_the_nested_commands() -> None:
    for path in [(), ("plan", "add"), ("sync", "import"), ("db", "connect")]:
        assert path in ALL
    assert len(ALL) > 30


@pytest.mark.parametrize("path", ALL, ids=lambda p: " ".join(p) or "lofte")
def test_help_is_swedish(
    path: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main([*path, "--help"])
    out, err = capsys.readouterr()
    assert done.value.code == 0
    assert out.startswith("användning: lofte")
    assert "visa den här hjälpen och avsluta" in out
    assert english_in(out + err) == []


@pytest.mark.parametrize("path", ALL, ids=lambda p: " ".join(p) or "lofte")
def test_usage_errors_are_swedish_with_exit_code_2(
    path: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    for args in ([*path, "--no-such-flag"], [*path], [*path, "nonsense-word"]):
        try:
            code = main(args)
        except SystemExit as exc:
            code = exc.code  # type: ignore[assignment]
        out, err = capsys.readouterr()
        if code == 2:  # a usage error: say why
            assert err.startswith(("användning: lofte", "lofte: ")), (args, err)
        assert english_in(out + err) == [], (args, out + err)


def test_typical_errors_read_well(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["log"])
    assert (
        "lofte log: fel: följande måste anges: --type, --date"
        in capsys.readouterr().err
    )
    with pytest.raises(SystemExit):
        main(["nope"])
    assert "ogiltigt val: 'nope' (välj bland 'init'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["log", "--type"])
    assert "argumentet --type: ett värde behövs" in capsys.readouterr().err


def po_entries(path: Path) -> dict[str, str]:
    """msgid → msgstr (the first plural form) of a .po file."""
    entries: dict[str, str] = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        ids = re.findall(r'^msgid "(.*)"$', block, re.M)
        strs = re.findall(r'^msgstr(?:\[0\])? "(.*)"$', block, re.M)
        if ids and strs and ids[0]:  # the file has no escapes but \n
            entries[ids[0].replace("\\n", "\n")] = strs[0].replace("\\n", "\n")
    return entries


def test_the_compiled_catalogue_matches_its_source() -> None:
    folder = resources_dir() / "translations"
    source = po_entries(folder / "argparse_sv.po")
    compiled = argparse_sv.catalogue()
    assert isinstance(compiled, gettext.GNUTranslations)
    assert len(source) >= 20
    for msgid, msgstr in source.items():
        assert compiled.gettext(msgid) == msgstr, msgid


def test_every_argparse_text_a_user_can_meet_is_translated() -> None:
    """argparse's user-facing strings in this Python, found in its source."""
    import inspect

    src = inspect.getsource(argparse)
    found = set(re.findall(r"""_\(\s*(['"])(.*?)\1\s*\)""", src, re.S))
    programmer = (  # mistakes in the program, not in what the user typed
        "callable",
        "dest=",
        "cannot",
        "mode %r",
        "must start",
        "__call__",
        "mutually exclusive arguments",
        "conflict_resolution",
        "invalid argument for positionals",
    )
    wanted = {m for _, m in found if not any(p in m for p in programmer)}
    compiled = argparse_sv.catalogue()
    missing = [
        m
        for m in wanted
        if compiled.gettext(m.replace("\\n", "\n")) == m.replace("\\n", "\n")
    ]
    assert sorted(missing) == []


def test_the_bundle_ships_the_catalogue() -> None:
    """The bundled self-test (make dist) requires the file; the spec ships the
    folder, and skips only sources."""
    import fnmatch

    from lofte_desktop.entry import selftest

    assert "resources/translations/argparse_sv.mo" in selftest.REQUIRED
    spec = (resources_dir().parent / "app.spec").read_text(encoding="utf-8")
    assert 'tree("resources/translations")' in spec
    skip = re.search(r"^RESOURCE_SKIP = \((.*?)\)", spec, re.M)
    assert skip is not None
    patterns = re.findall(r'"([^"]+)"', skip.group(1))
    assert not any(fnmatch.fnmatch(argparse_sv.CATALOGUE, p) for p in patterns)
