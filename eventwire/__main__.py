"""``python -m eventwire``: the command line."""

from eventwire.cli.main import main

if __name__ == "__main__":
    main()
