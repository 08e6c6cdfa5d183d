"""`kaesong` and `python -m kaesong_cli`: the fast path for plain reading commands, Typer for the rest."""

import sys


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    from .fastpath import parse

    call = parse(args)
    if call is not None:
        from .runner import run

        sys.exit(run(**call))
    from .cli import app

    app(args=args, prog_name="kaesong")


if __name__ == "__main__":
    main()
