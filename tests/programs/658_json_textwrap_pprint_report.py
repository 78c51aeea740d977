# A small issue tracker: records round-trip through JSON (with a custom
# encoder and an object hook), descriptions are wrapped with textwrap, and
# the summary is pretty-printed.
import json
import pprint
import textwrap


class Issue:
    def __init__(self, number, title, labels, body, votes):
        self.number = number
        self.title = title
        self.labels = labels
        self.body = body
        self.votes = votes

    def __repr__(self):
        return f"Issue({self.number}, {self.title!r})"


class IssueEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Issue):
            return {"__issue__": True, **vars(o)}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def as_issue(d):
    if d.pop("__issue__", False):
        return Issue(**d)
    return d


issues = [
    Issue(1, "Crash on start-up", {"bug", "urgent"},
          "The interpreter crashes when the configuration file is missing. "
          "Expected a friendly error message instead of a stack trace.", 12),
    Issue(2, "Support for sub-interpreters", {"feature"},
          "Each sub-interpreter should own its GIL -- see PEP 684 for the "
          "design. This is a long-standing request from embedders.", 40),
    Issue(3, "Docs: typo in README", set(), "Line 12 says 'teh'.", 1),
]

text = json.dumps({"issues": issues, "version": 2}, cls=IssueEncoder,
                  indent=2, sort_keys=True)
print(text)
compact = json.dumps(issues, cls=IssueEncoder, separators=(",", ":"))
print(len(compact), compact[:60])

loaded = json.loads(text, object_hook=as_issue)
print(loaded["issues"], loaded["version"])
for issue in loaded["issues"]:
    print(f"#{issue.number} {issue.title} [{', '.join(issue.labels)}]")
    print(textwrap.indent(textwrap.fill(issue.body, 50), "    | "))
    print(textwrap.shorten(issue.body, 30, placeholder=" ..."))

summary = {
    "by_label": {label: [i.number for i in loaded["issues"] if label in i.labels]
                 for label in sorted({l for i in loaded["issues"] for l in i.labels})},
    "votes": {i.title: i.votes for i in loaded["issues"]},
    "total": sum(i.votes for i in loaded["issues"]),
}
pprint.pprint(summary, width=40)
pprint.pp(summary, width=60, depth=1)
print(pprint.pformat(json.loads(compact), width=70, compact=True))

try:
    json.dumps({"when": object()}, cls=IssueEncoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(text[:-3], object_hook=as_issue)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno)
