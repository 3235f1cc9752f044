"""A place on a board written with another language's place noun ('auf Platz fünf', '12º puesto', 'al terzo
posto', 'à la 14e place', 'третье место'): the place of the model the sentence names; the discourse idiom
'en primer lugar', a place with no model named, or one two models stand before, give none."""

from __future__ import annotations

import pytest

from tests.extracts import ranks


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("In der Zorvex-Bestenliste steht Tarrow-9 derzeit auf Platz fünf.", "de", {("Tarrow-9", "5")}),
        ("Tarrow-9 steht auf Rang 4, knapp vor Brill 5 Mini.", "de", {("Tarrow-9", "4")}),
        ("En la clasificación de Zorvex Arena, Tarrow-9 ocupa el tercer puesto.", "es", {("Tarrow-9", "3")}),
        (
            "Según la tabla de Zorvex Arena, Tarrow-9 queda en el 12º puesto.",
            "es",
            {("Tarrow-9", "12")},
        ),
        ("No ranking da Zorvex Arena, Tarrow-9 aparece em 7º lugar.", "pt", {("Tarrow-9", "7")}),
        ("Il modello Tarrow-9 si piazza al terzo posto nella classifica Zorvex.", "it", {("Tarrow-9", "3")}),
        ("À la 14e place du classement Zorvex, on retrouve Tarrow-9.", "fr", {("Tarrow-9", "14")}),
        ("Tarrow-9 занимает третье место в рейтинге Zorvex Arena.", "ru", {("Tarrow-9", "3")}),
    ],
)
def test_a_place_noun_with_its_number_is_the_named_models_place(
    sentence: str, language: str, expected: set[tuple[str, str]]
) -> None:
    assert ranks("Zorvex notes\n" + sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("En primer lugar, Tarrow-9 cuesta menos que Brill 5 Mini.", "es"),
        ("Em segundo lugar, Tarrow-9 roda em menos memória.", "pt"),
        ("Deutschland liegt auf Platz 3 der Länder mit den meisten Rechenzentren.", "de"),
        ("Tarrow-9 a dépassé Brill 5 Mini, prenant ainsi la troisième place du classement.", "fr"),
        ("Tarrow-9 stand früher auf Platz 2 der Zorvex-Arena.", "de"),
        ("Tarrow-9 reserva 5 puestos de trabajo para su equipo.", "es"),
    ],
)
def test_idioms_places_of_no_model_and_unclear_holders_give_no_rank(sentence: str, language: str) -> None:
    assert ranks("Zorvex notes\n" + sentence, language) == set()
