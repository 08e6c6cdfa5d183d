"""From a reader's words to statements: keyword search (search.py), questions (ask.py), meaning
(meaning.py), the words both read (words.py) and the evidence beside an answer (evidence.py)."""
