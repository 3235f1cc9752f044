"""Words that open a sentence or a clause in front of a model's name and are never the first word of the name
itself: advice ('Pick Name 3 27B if you want …', 'Choose Name Small 3.1 for …'), a verb of a headline or a
list item ('Outperforms Name 2 13B on …', 'Places Name 4.5 second'), a little word ('Just Name 3.1 Flash-Lite
is cheaper', 'Our Name 4.7 run'), the same function words of other languages ('Das Name 2.5', 'Obwohl Name
4 …'), and a heading or a table's label glued in front of it on a flattened line ('Introduction Name K2',
'Performance Name 2.6'). A name we know is found whatever stands before it; a name never seen before is read
from its shape (`name_templates`), and a capitalised word right before it would otherwise be taken as its
first word, making a second model ('Pick Name 3 27B') beside the real one and the page's comparisons
ambiguous. A listed word stops only a name's first word, and only where another capitalised word follows
it: inside a name ('Name Local 3'), after its version ('Name 3 Local', 'Name 2 Lightweight': variants) or
right before its version ('Select 2 Pro') it stays the name's own. The words are data:
patterns/lead_stops.jsonl.
"""

from __future__ import annotations

from extractors.facts.patterns import kind_words

# the words as a plain alternation for the first head word's stop list (`name_templates._HEAD_REST`)
LEAD_STOPS = "|".join(kind_words("lead_stops.jsonl", "advice", "verb", "function", "foreign", "heading"))
