"""kaesong: an offline fact explorer for the 2020 demolition of the Inter-Korean Joint Liaison Office."""

__version__ = "0.1.0"
