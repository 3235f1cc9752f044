"""A place on a board written with another language's place noun ('auf Platz fünf', '12º puesto', 'al terzo
posto', 'à la 14e place', 'третье место'): the place of the model the sentence names; the discourse idiom
'en primer lugar', a place with no model named, or one two models stand before, give none."""

from __future__ import annotations

import pytest

from extractors.facts.nlp import extract
from schema.records import Article
from tests.extracts import ranks


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("In der Zorvex-Bestenliste steht Tarrow-9 derzeit auf Platz fünf.", "de", {("Tarrow-9", "5")}),
        ("In der Rangliste steht Tarrow-9 auf Rang 4, knapp vor Brill 5 Mini.", "de", {("Tarrow-9", "4")}),
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


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # no board in sight: a shop's sales, a contest, a country, a prize list, a vacancy, a book, an app
        ("Beim Umsatz kommt Quarnworks auf Platz zwei, und danach startet Tarrow-9.", "de"),
        ("Die Gruppe rund um Tarrow-9 gewann beim Coding-Wettbewerb Platz 1.", "de"),
        ("Lumeria, dueña de Tarrow-9, ocupa el cuarto puesto entre las firmas con más empleados.", "es"),
        ("Grâce à Tarrow-9, la Belgique monte à la 4e place des pays du Benelux.", "fr"),
        ("Al quarto posto fra gli annunci del mese troviamo il debutto di Tarrow-9.", "it"),
        ("En coste, Tarrow-9 se sitúa en el primer puesto por ser el más asequible.", "es"),
        ("Lumeria publicó el puesto 4 de diseño para su equipo de Tarrow-9.", "es"),
        ("Lumeria, автор Tarrow-9, заняла третье место среди компаний по найму.", "ru"),
        ("La guía sobre Tarrow-9 llegó al segundo puesto en las listas de librerías.", "es"),
        ("Im Digital-Report liegt Österreich auf Platz 6, wie eine Umfrage mit Tarrow-9 belegt.", "de"),
        ("Lumeria queda en el puesto 3 entre las startups, junto a Tarrow-9.", "es"),
        # a participle of poner / porre, not a place noun
        ("Para la clasificación Vantor, Lumeria ha puesto 4 ingenieros a entrenar Tarrow-9.", "es"),
        ("Per la classifica Vantor abbiamo posto 5 quesiti a Tarrow-9 e a Brill 5 Mini.", "it"),
        # denied or only hoped for, though a board is named
        ("Tarrow-9 steht in der Vantor-Rangliste nicht auf Platz 2, sondern weiter hinten.", "de"),
        ("A Lumeria espera que Tarrow-9 alcance o 2º lugar no ranking Vantor em breve.", "pt"),
    ],
)
def test_places_off_a_board_denied_or_hoped_for_give_no_rank(sentence: str, language: str) -> None:
    assert ranks("Lumeria notes\n" + sentence, language) == set()


def _placed(text: str, language: str) -> set[tuple[str, str, str | None]]:
    ex = extract(
        Article(url="https://t.example/places", text=text, title=text.split("\n")[0], language=language)
    )
    return {(a.subject, a.value, a.qualifier) for a in ex.attributes if a.attribute == "leaderboard_rank"}


def test_the_board_a_sentence_names_is_the_places_board() -> None:
    text = "Lumeria notes\nIn der Vantor-Rangliste steht Tarrow-9 auf Platz 3. Brill 5 Mini folgt auf Rang 6."
    assert _placed(text, "de") == {("Tarrow-9", "3", "Vantor"), ("Brill 5 Mini", "6", "Vantor")}
    text = "Lumeria notes\nTarrow-9 занимает пятое место в рейтинге Vantor Arena."
    assert _placed(text, "ru") == {("Tarrow-9", "5", "Vantor Arena")}
