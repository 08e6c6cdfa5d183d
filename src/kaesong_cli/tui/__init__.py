"""kaesong browse: a full-screen, keyboard-first explorer (Textual) over the same core as the
commands. pages.py says what each page shows (no Textual); app.py draws it; app.tcss styles it.
Nothing outside this package imports Textual."""
