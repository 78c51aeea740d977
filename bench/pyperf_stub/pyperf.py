"""A small stand-in for the ``pyperf`` module, for bench/pyperformance.py.

pyperformance's benchmarks start with ``import pyperf`` and hand their work
to a ``pyperf.Runner``.  The real pyperf spawns worker processes, calibrates
loop counts and computes statistics; this stand-in does none of that.  It
runs each benchmark exactly once, in-process, and prints a short line per
benchmark so that the outputs of two interpreters can be compared:

    bench_func      -> "<name>: result <repr of the return value>"
    bench_time_func -> "<name>: timed <type of the returned time>"

Command-line options of the benchmark (``runner.argparser.add_argument``) are
parsed from ``sys.argv`` by a minimal argparse-like parser, since weft has no
argparse.  Only the standard library subset that weft provides is used.
"""

import sys
import time

perf_counter = time.perf_counter

__version__ = "0.0-stub"
VERSION = (0, 0)

# Longest result repr printed in full; longer ones are cut and their length
# and a checksum are printed instead.
_MAX_REPR = 200


class ArgumentError(Exception):
    pass


class Namespace:
    """Attribute bag returned by ``_ArgParser.parse_args``."""

    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __contains__(self, key):
        return key in self.__dict__

    def __repr__(self):
        items = sorted(self.__dict__.items())
        return "Namespace(%s)" % ", ".join("%s=%r" % kv for kv in items)


class _Option:
    def __init__(self, flags, kwargs):
        self.flags = list(flags)
        self.positional = not self.flags[0].startswith("-")
        self.action = kwargs.pop("action", "store")
        self.type = kwargs.pop("type", None)
        self.nargs = kwargs.pop("nargs", None)
        self.choices = kwargs.pop("choices", None)
        self.help = kwargs.pop("help", None)
        self.metavar = kwargs.pop("metavar", None)
        self.required = kwargs.pop("required", False)
        if "const" in kwargs:
            self.const = kwargs.pop("const")
        else:
            self.const = None
        dest = kwargs.pop("dest", None)
        if "default" in kwargs:
            self.default = kwargs.pop("default")
        elif self.action == "store_true":
            self.default = False
        elif self.action == "store_false":
            self.default = True
        elif self.action == "count":
            self.default = 0
        else:
            self.default = None
        if kwargs:
            raise TypeError("add_argument(): unsupported keyword(s) %s"
                            % ", ".join(sorted(kwargs)))
        if self.action not in ("store", "store_true", "store_false",
                               "store_const", "append", "count"):
            raise ValueError("add_argument(): unsupported action %r"
                             % (self.action,))
        if dest is None:
            if self.positional:
                dest = self.flags[0]
            else:
                longs = [f for f in self.flags if f.startswith("--")]
                dest = (longs or self.flags)[0].lstrip("-")
            dest = dest.replace("-", "_")
        self.dest = dest

    def takes_value(self):
        return self.action in ("store", "append")

    def convert(self, text):
        value = text
        if self.type is not None:
            try:
                value = self.type(text)
            except (TypeError, ValueError):
                name = getattr(self.type, "__name__", repr(self.type))
                raise ArgumentError("argument %s: invalid %s value: %r"
                                    % (self.display(), name, text))
        if self.choices is not None and value not in self.choices:
            raise ArgumentError(
                "argument %s: invalid choice: %r (choose from %s)"
                % (self.display(), value,
                   ", ".join(repr(c) for c in self.choices)))
        return value

    def display(self):
        if self.positional:
            return self.metavar or self.dest
        return "/".join(self.flags)


class _ArgParser:
    """The subset of ``argparse.ArgumentParser`` the benchmarks use."""

    def __init__(self, prog=None, description=None):
        self.prog = prog
        self.description = description
        self._options = []

    def add_argument(self, *flags, **kwargs):
        if not flags:
            raise TypeError("add_argument() needs a name or flags")
        option = _Option(flags, kwargs)
        self._options.append(option)
        return option

    def _find(self, flag):
        for option in self._options:
            if not option.positional and flag in option.flags:
                return option
        # Unambiguous prefixes of long options, as argparse allows.
        if flag.startswith("--"):
            hits = [o for o in self._options if not o.positional
                    and any(f.startswith(flag) for f in o.flags)]
            if len(hits) == 1:
                return hits[0]
        return None

    def format_help(self):
        prog = self.prog or sys.argv[0]
        lines = ["usage: %s [options]" % prog]
        if self.description:
            lines += ["", self.description]
        lines.append("")
        for option in self._options:
            name = option.display()
            if option.takes_value() and not option.positional:
                name += " " + (option.metavar or option.dest.upper())
            lines.append("  %-24s %s" % (name, option.help or ""))
        return "\n".join(lines) + "\n"

    def error(self, message):
        sys.stderr.write("%s: error: %s\n" % (self.prog or sys.argv[0],
                                              message))
        sys.exit(2)

    def parse_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        if namespace is None:
            namespace = Namespace()
        for option in self._options:
            if not hasattr(namespace, option.dest):
                setattr(namespace, option.dest, option.default)
        try:
            self._parse_into(list(args), namespace)
        except ArgumentError as exc:
            self.error(str(exc))
        return namespace

    def _parse_into(self, args, namespace):
        positionals = [o for o in self._options if o.positional]
        seen = set()
        rest = []
        i = 0
        only_positional = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positional or not arg.startswith("-") or arg == "-":
                rest.append(arg)
                continue
            if arg == "--":
                only_positional = True
                continue
            if arg in ("-h", "--help"):
                sys.stdout.write(self.format_help())
                sys.exit(0)
            value = None
            flag = arg
            if arg.startswith("--") and "=" in arg:
                flag, value = arg.split("=", 1)
            option = self._find(flag)
            if option is None:
                raise ArgumentError("unrecognized arguments: %s" % arg)
            seen.add(option.dest)
            if option.takes_value():
                if value is None:
                    if i >= len(args):
                        raise ArgumentError("argument %s: expected one "
                                            "argument" % option.display())
                    value = args[i]
                    i += 1
                converted = option.convert(value)
                if option.action == "append":
                    current = getattr(namespace, option.dest)
                    current = list(current) if current else []
                    current.append(converted)
                    setattr(namespace, option.dest, current)
                else:
                    setattr(namespace, option.dest, converted)
            else:
                if value is not None:
                    raise ArgumentError("argument %s: ignored explicit "
                                        "argument %r"
                                        % (option.display(), value))
                if option.action == "store_true":
                    setattr(namespace, option.dest, True)
                elif option.action == "store_false":
                    setattr(namespace, option.dest, False)
                elif option.action == "store_const":
                    setattr(namespace, option.dest, option.const)
                elif option.action == "count":
                    setattr(namespace, option.dest,
                            (getattr(namespace, option.dest) or 0) + 1)
        for option in positionals:
            if option.nargs in ("*", "+"):
                values = [option.convert(a) for a in rest]
                rest = []
                if option.nargs == "+" and not values:
                    raise ArgumentError("the following arguments are "
                                        "required: %s" % option.display())
                setattr(namespace, option.dest, values)
            elif rest:
                setattr(namespace, option.dest, option.convert(rest.pop(0)))
            elif option.nargs != "?":
                raise ArgumentError("the following arguments are required: %s"
                                    % option.display())
        if rest:
            raise ArgumentError("unrecognized arguments: %s" % " ".join(rest))
        missing = [o.display() for o in self._options
                   if not o.positional and o.required and o.dest not in seen]
        if missing:
            raise ArgumentError("the following arguments are required: %s"
                                % ", ".join(missing))


def _checksum(text):
    # A small deterministic checksum (no hashlib needed).
    value = 0
    for ch in text:
        value = (value * 131 + ord(ch)) % 4294967291
    return value


def _describe(result):
    text = repr(result)
    # Default object reprs carry addresses, which differ between runs.
    while " at 0x" in text:
        start = text.index(" at 0x")
        end = start + len(" at 0x")
        while end < len(text) and text[end] in "0123456789abcdefABCDEF":
            end += 1
        text = text[:start] + text[end:]
    if len(text) <= _MAX_REPR:
        return text
    return "%s... (%d chars, checksum %d)" % (text[:_MAX_REPR], len(text),
                                              _checksum(text))


class Runner:
    """Runs each benchmark once; accepts (and ignores) pyperf's tuning."""

    def __init__(self, values=None, processes=None, loops=0, min_time=0.1,
                 metadata=None, show_name=True, program_args=None,
                 add_cmdline_args=None, _argparser=None, **kwargs):
        self.metadata = dict(metadata) if metadata else {}
        self.show_name = show_name
        self._add_cmdline_args = add_cmdline_args
        self.argparser = _argparser if _argparser is not None else _ArgParser()
        self.args = None
        self._names = set()

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
        return self.args

    def _start(self, name):
        if not isinstance(name, str):
            raise TypeError("benchmark name must be a str")
        if name in self._names:
            raise ValueError("duplicated benchmark name: %r" % name)
        self._names.add(name)
        self.parse_args()

    def bench_func(self, name, func, *args, **kwargs):
        kwargs.pop("inner_loops", None)
        kwargs.pop("metadata", None)
        if kwargs:
            raise TypeError("bench_func(): unexpected keyword(s) %s"
                            % ", ".join(sorted(kwargs)))
        self._start(name)
        result = func(*args)
        sys.stdout.flush()
        print("%s: result %s" % (name, _describe(result)))
        return None

    def bench_time_func(self, name, time_func, *args, **kwargs):
        kwargs.pop("inner_loops", None)
        kwargs.pop("metadata", None)
        if kwargs:
            raise TypeError("bench_time_func(): unexpected keyword(s) %s"
                            % ", ".join(sorted(kwargs)))
        self._start(name)
        elapsed = time_func(1, *args)
        sys.stdout.flush()
        print("%s: timed %s" % (name, type(elapsed).__name__))
        return None

    def bench_command(self, name, command):
        raise NotImplementedError("pyperf stub: bench_command")

    def bench_async_func(self, name, coro_func, *args, **kwargs):
        raise NotImplementedError("pyperf stub: bench_async_func")
