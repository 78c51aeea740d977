# string.Template as people use it: mail merges, config files, safe fills.
from string import Template

letter = Template("""Dear $name,
your order #${order}x ships on $date. Total: $$${total}.
""")
customers = [
    {"name": "Ada", "order": 1001, "date": "Monday", "total": "12.50"},
    {"name": "Grace", "order": 1002, "date": "Friday", "total": "7.00"},
]
for c in customers:
    print(letter.substitute(c), end="")
print(letter.substitute(customers[0], name="Dr. Lovelace"), end="")
print(letter.get_identifiers(), letter.is_valid())

config = Template("host=$host port=$port user=${user}")
print(config.safe_substitute(host="localhost"))
try:
    config.substitute(host="localhost", port=80)
except KeyError as e:
    print("missing:", e)

for text in ["cost: $5", "a $ b", "line one\nline ${two", "$$ fine $x"]:
    t = Template(text)
    print(repr(text), t.is_valid(), t.get_identifiers(), repr(t.safe_substitute(x="X")))
    try:
        print(repr(t.substitute(x="X")))
    except ValueError as e:
        print("ValueError:", e)


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %amount%% (%{amount})").substitute(who="Bob", amount=3))
print(Template.delimiter, Template.idpattern, Template.braceidpattern)
