"""From a reader's words to facts: keyword search (search.py), questions (ask.py, on the shared
reader of reader/), the direct answer from a fact's typed fields (answers.py), meaning (meaning.py),
the words they read (words.py) and the evidence beside an answer (evidence.py)."""
