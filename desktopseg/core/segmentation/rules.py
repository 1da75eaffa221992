"""Conditions over a customer list's own columns, and "your own groups" made of them.

A condition is read by a small hand-written tokenizer and recursive-descent parser; nothing
is ever handed to ``eval``. What a condition may hold (the allow-list):

- column names as written in the file (``Income``, ``Kidhome``); names with spaces or other
  marks in double quotes or backticks (``"AnnualIncome (k$)"``);
- numbers (``40``, ``2.5``) and texts in single quotes (``'Married'``);
- ``+ - * /`` (also ``×`` and ``÷``) between numbers and columns, brackets;
- comparisons ``= == != <> < <= > >=``; ``in ('a', 'b')``; ``between 1 and 5``;
  ``contains 'text'``; ``is empty`` / ``is not empty``;
- ``and``, ``or``, ``not``.

Anything else (calls, attribute access, ``__import__(...)``, unknown marks) is refused with a
RuleError that points at the place with a caret. Meaning on data: texts compare without
regard to case or surrounding spaces; a value that is missing matches no comparison (use
``is empty`` for it); numbers are read from text columns where they can be; dividing by zero
gives a missing value.

Grammar::

    condition := disjunct ("or" disjunct)*
    disjunct  := negation ("and" negation)*
    negation  := "not" negation | test
    test      := sum [ compare sum | ["not"] "in" "(" literal ("," literal)* ")"
                     | ["not"] "between" sum "and" sum | ["not"] "contains" sum
                     | "is" ["not"] "empty" ]
    sum       := product (("+" | "-") product)*
    product   := unary (("*" | "/") unary)*
    unary     := "-" unary | atom
    atom      := number | text | column | "(" condition ")"
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from desktopseg.core.errors import UserError
from desktopseg.core.i18n import N_, _

KEYWORDS = frozenset({"and", "or", "not", "in", "between", "contains", "is", "empty"})
_COMPARE = ("==", "!=", "<>", "<=", ">=", "=", "<", ">")
_ARITH = {"+": "+", "-": "-", "*": "*", "/": "/", "×": "*", "÷": "/", "−": "-"}
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+")
_WORD = re.compile(r"[^\W\d]\w*")
#: Most characters a condition may have (a guard against pasted files, not a real limit).
MAX_LENGTH = 2000
#: Deepest nesting of brackets and "not"s (recursion would otherwise end in a crash).
MAX_DEPTH = 50


@dataclass
class RuleError(UserError):
    """A condition that can't be read; ``position`` is the 0-based place of the problem."""

    condition: str = ""
    position: int = 0
    group: str = ""

    def __post_init__(self) -> None:
        if not self.hint and self.condition:
            self.hint = self.pointer()
        super().__post_init__()

    def pointer(self) -> str:
        """Return the condition and a caret under the place of the problem (two lines)."""
        return f"  {self.condition}\n  {' ' * self.position}^"

    def __str__(self) -> str:
        head = self.message
        if self.group:
            head = _("Group '{group}': {message}").format(group=self.group, message=head)
        return f"{head}\n{self.hint}" if self.hint else head


@dataclass(frozen=True)
class Token:
    """One piece of a condition: kind is number, text, name, word, op, '(' , ')', ',', end."""

    kind: str
    value: Any
    pos: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; RuleError at the first character that has no place."""
    if len(text) > MAX_LENGTH:
        raise RuleError(_("The condition is too long ({n} characters; at most {m}).").format(
            n=len(text), m=MAX_LENGTH), condition=text[:80], position=0)
    out: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "'\"`":
            end = text.find(ch, i + 1)
            while end != -1 and end + 1 < n and text[end + 1] == ch:  # '' is a quote inside
                end = text.find(ch, end + 2)
            if end == -1:
                raise RuleError(_("This quote is never closed."), condition=text, position=i)
            body = text[i + 1:end].replace(ch * 2, ch)
            out.append(Token("text" if ch == "'" else "name" if ch == "`" else "dquoted",
                             body, i))
            i = end + 1
            continue
        m = _NUMBER.match(text, i)
        if m and not (ch == "." and out and out[-1].kind in ("name", "word", ")")):
            out.append(Token("number", float(m.group()), i))
            i = m.end()
            if i < n and (text[i].isalpha() or text[i] == "_"):
                raise RuleError(_("A number can't run into letters here."), condition=text,
                                position=i)
            continue
        m = _WORD.match(text, i)
        if m:
            word = m.group()
            kind = "word" if word.casefold() in KEYWORDS else "name"
            out.append(Token(kind, word.casefold() if kind == "word" else word, i))
            i = m.end()
            continue
        two = text[i:i + 2]
        if two in ("==", "!=", "<>", "<=", ">="):
            out.append(Token("op", two, i))
            i += 2
            continue
        if ch in "=<>":
            out.append(Token("op", ch, i))
        elif ch in _ARITH:
            out.append(Token("op", _ARITH[ch], i))
        elif ch in "(),":
            out.append(Token(ch, ch, i))
        elif ch == ".":
            out.append(Token(".", ch, i))  # refused by the parser, which knows the context
        else:
            raise RuleError(_("'{ch}' can't be used in a condition.").format(ch=ch),
                            condition=text, position=i)
        i += 1
    out.append(Token("end", None, n))
    return out


# ---------------------------------------------------------------------------------------------
# The parsed condition: a small tree of plain nodes
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    """A part of a parsed condition. ``op`` says which; ``args`` its parts; ``value`` a leaf."""

    op: str  # column | number | text | neg | + - * / | cmp | in | between | contains | empty
    #        | and | or | not
    args: tuple[Node, ...] = ()
    value: Any = None
    pos: int = 0

    @property
    def is_test(self) -> bool:
        """Whether this part is true or false for a customer (rather than a value)."""
        return self.op in ("cmp", "in", "between", "contains", "empty", "and", "or", "not")

    def columns(self) -> list[str]:
        """Return the columns the condition reads, in order of appearance."""
        found = [self.value] if self.op == "column" else []
        for a in self.args:
            found += [c for c in a.columns() if c not in found]
        return found


_DOT = N_("Looking inside a value with '.' is not allowed; only column names, numbers and "
           "texts can be used.")


class _Parser:
    def __init__(self, text: str, columns: list[str]) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.i = 0
        self.columns = [str(c) for c in columns]
        self.depth = 0

    # -- helpers
    def peek(self, ahead: int = 0) -> Token:
        return self.tokens[min(self.i + ahead, len(self.tokens) - 1)]

    def take(self) -> Token:
        tok = self.peek()
        self.i += 1
        return tok

    def is_word(self, word: str, ahead: int = 0) -> bool:
        tok = self.peek(ahead)
        return tok.kind == "word" and tok.value == word

    def fail(self, message: str, pos: int | None = None) -> RuleError:
        return RuleError(message, condition=self.text,
                         position=self.peek().pos if pos is None else pos)

    def expect_word(self, word: str) -> Token:
        if not self.is_word(word):
            raise self.fail(_("Expected '{word}' here.").format(word=word))
        return self.take()

    def nested(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.fail(_("The condition is nested too deeply."))

    # -- grammar
    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise self.fail(_("The condition is empty."))
        node = self.condition()
        tok = self.peek()
        if tok.kind != "end":
            if tok.kind == ".":
                raise self.fail(_(_DOT))
            if tok.kind == "(":
                raise self.fail(_("Calling functions is not allowed; only column names, "
                                  "numbers, texts and the words and/or/not/in/between/"
                                  "contains/is empty."))
            raise self.fail(_("Unexpected '{what}' here: join conditions with 'and' or "
                              "'or'.").format(what=self.text[tok.pos:tok.pos + 12].split()[0]))
        self.need_test(node)
        return node

    def need_test(self, node: Node) -> None:
        if not node.is_test:
            raise self.fail(_("This is a value, not a condition: compare it with something "
                              "(for example '> 0')."), node.pos)

    def need_value(self, node: Node) -> None:
        if node.is_test:
            raise self.fail(_("A condition can't be used as a number or text here."), node.pos)

    def condition(self) -> Node:
        self.nested()
        node = self.disjunct()
        while self.is_word("or"):
            tok = self.take()
            right = self.disjunct()
            self.need_test(node)
            self.need_test(right)
            node = Node("or", (node, right), pos=tok.pos)
        self.depth -= 1
        return node

    def disjunct(self) -> Node:
        node = self.negation()
        while self.is_word("and"):
            tok = self.take()
            right = self.negation()
            self.need_test(node)
            self.need_test(right)
            node = Node("and", (node, right), pos=tok.pos)
        return node

    def negation(self) -> Node:
        if self.is_word("not"):
            tok = self.take()
            self.nested()
            inner = self.negation()
            self.depth -= 1
            self.need_test(inner)
            return Node("not", (inner,), pos=tok.pos)
        return self.test()

    def test(self) -> Node:
        left = self.sum()
        tok = self.peek()
        negate = False
        if self.is_word("not") and self.peek(1).kind == "word" and self.peek(1).value in (
                "in", "between", "contains"):
            self.take()
            negate = True
            tok = self.peek()
        if tok.kind == "op" and tok.value in _COMPARE:
            self.take()
            self.need_value(left)
            right = self.sum()
            self.need_value(right)
            op = {"==": "=", "<>": "!="}.get(tok.value, tok.value)
            return Node("cmp", (left, right), value=op, pos=tok.pos)
        if self.is_word("in"):
            self.take()
            self.need_value(left)
            if self.peek().kind != "(":
                raise self.fail(_("'in' needs a list in brackets, for example in ('a', 'b')."))
            self.take()
            items = [self.literal()]
            while self.peek().kind == ",":
                self.take()
                items.append(self.literal())
            if self.peek().kind != ")":
                raise self.fail(_("Expected ',' or ')' to go on with the list."))
            self.take()
            node = Node("in", (left, *items), pos=tok.pos)
        elif self.is_word("between"):
            self.take()
            self.need_value(left)
            low = self.sum()
            self.expect_word("and")
            high = self.sum()
            self.need_value(low)
            self.need_value(high)
            node = Node("between", (left, low, high), pos=tok.pos)
        elif self.is_word("contains"):
            self.take()
            self.need_value(left)
            what = self.sum()
            self.need_value(what)
            node = Node("contains", (left, what), pos=tok.pos)
        elif self.is_word("is"):
            self.take()
            self.need_value(left)
            empty_negated = False
            if self.is_word("not"):
                self.take()
                empty_negated = True
            self.expect_word("empty")
            node = Node("empty", (left,), pos=tok.pos)
            return Node("not", (node,), pos=tok.pos) if empty_negated else node
        else:
            return left
        return Node("not", (node,), pos=tok.pos) if negate else node

    def sum(self) -> Node:
        node = self.product()
        while self.peek().kind == "op" and self.peek().value in ("+", "-"):
            tok = self.take()
            right = self.product()
            self.need_value(node)
            self.need_value(right)
            node = Node(tok.value, (node, right), pos=tok.pos)
        return node

    def product(self) -> Node:
        node = self.unary()
        while self.peek().kind == "op" and self.peek().value in ("*", "/"):
            tok = self.take()
            right = self.unary()
            self.need_value(node)
            self.need_value(right)
            node = Node(tok.value, (node, right), pos=tok.pos)
        return node

    def unary(self) -> Node:
        tok = self.peek()
        if tok.kind == "op" and tok.value == "-":
            self.take()
            self.nested()
            inner = self.unary()
            self.depth -= 1
            self.need_value(inner)
            return Node("neg", (inner,), pos=tok.pos)
        return self.atom()

    def literal(self) -> Node:
        tok = self.peek()
        sign = 1.0
        if tok.kind == "op" and tok.value == "-" and self.peek(1).kind == "number":
            self.take()
            sign = -1.0
            tok = self.peek()
        if tok.kind == "number":
            self.take()
            return Node("number", value=sign * tok.value, pos=tok.pos)
        if tok.kind in ("text", "dquoted"):
            self.take()
            return Node("text", value=tok.value, pos=tok.pos)
        raise self.fail(_("A list after 'in' holds numbers and texts in quotes only."))

    def atom(self) -> Node:
        tok = self.peek()
        if tok.kind == "number":
            self.take()
            return Node("number", value=tok.value, pos=tok.pos)
        if tok.kind == "text":
            self.take()
            return Node("text", value=tok.value, pos=tok.pos)
        if tok.kind == "(":
            self.take()
            node = self.condition()
            if self.peek().kind != ")":
                raise self.fail(_("Expected ')' to close the bracket opened here."), tok.pos)
            self.take()
            return node
        if tok.kind in ("name", "dquoted"):
            self.take()
            nxt = self.peek()
            if nxt.kind == "(":
                raise self.fail(_("Calling functions is not allowed ('{name}(…)'); only "
                                  "column names, numbers and texts.").format(name=tok.value),
                                nxt.pos)
            if nxt.kind == ".":
                raise self.fail(_(_DOT), nxt.pos)
            column = self.column(tok)
            if column is None:  # a double-quoted word that is no column is a text
                return Node("text", value=tok.value, pos=tok.pos)
            return Node("column", value=column, pos=tok.pos)
        if tok.kind == "end":
            raise self.fail(_("The condition stops too early: something is missing at the "
                              "end."))
        if tok.kind == "word":
            raise self.fail(_("'{word}' can't stand here; a column name, number or text is "
                              "needed.").format(word=tok.value))
        if tok.kind == ".":
            raise self.fail(_(_DOT))
        raise self.fail(_("A column name, number or text is needed here."))

    def column(self, tok: Token) -> str | None:
        name = str(tok.value)
        if name in self.columns:
            return name
        folded = [c for c in self.columns if c.casefold() == name.casefold()]
        if len(folded) == 1:
            return folded[0]
        squashed = [c for c in self.columns if _squash(c) == _squash(name)]
        if len(squashed) == 1:
            return squashed[0]
        if tok.kind == "dquoted":
            return None
        close = difflib.get_close_matches(name, self.columns, n=3, cutoff=0.6)
        if name.startswith("_"):
            raise self.fail(_("'{name}' is not a column of this file, and names of the "
                              "program's insides can't be used.").format(name=name), tok.pos)
        msg = _("There is no column called '{name}'.").format(name=name)
        if close:
            msg += " " + _("Did you mean {names}?").format(
                names=", ".join(f"'{c}'" for c in close))
        else:
            msg += " " + _("Texts go in single quotes ('Married'); names with spaces in "
                           "double quotes.")
        raise self.fail(msg, tok.pos)


def _squash(name: str) -> str:
    """Return a name without case, spaces and marks: 'Annual Income (k$)' ~ 'annualincomek'."""
    return re.sub(r"\W|_", "", name.casefold())


def parse(condition: str, columns: list[str] | pd.Index) -> Node:
    """Parse ``condition`` against the file's ``columns``; RuleError when it can't be read."""
    return _Parser(str(condition), list(columns)).parse()


# ---------------------------------------------------------------------------------------------
# Evaluating a parsed condition on a table
# ---------------------------------------------------------------------------------------------


class _Values:
    """The values of one part for every row: numbers (float, NaN missing) or texts."""

    def __init__(self, table: pd.DataFrame) -> None:
        self.table = table
        self.numbers_of: dict[str, np.ndarray] = {}
        self.texts_of: dict[str, np.ndarray] = {}

    def numbers(self, column: str) -> np.ndarray:
        if column not in self.numbers_of:
            self.numbers_of[column] = as_numbers(self.table[column])
        return self.numbers_of[column]

    def texts(self, column: str) -> np.ndarray:
        if column not in self.texts_of:
            self.texts_of[column] = as_texts(self.table[column])
        return self.texts_of[column]

    def numeric_column(self, column: str) -> bool:
        col = self.table[column]
        if col.dtype.kind in "biuf":
            return True
        known = as_texts(col)
        known = known[known != ""] if len(known) else known
        return bool(len(known)) and bool(np.isfinite(self.numbers(column)).sum() == len(known))


def as_numbers(col: pd.Series) -> np.ndarray:
    """Numbers of a column (text read as numbers where it can be; NaN otherwise)."""
    if col.dtype.kind in "biuf":
        return col.to_numpy(dtype=float, na_value=np.nan)
    if col.dtype.kind == "b":
        return col.astype(float).to_numpy()
    text = col.astype("string").str.strip().str.replace(",", "", regex=False)
    return pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def as_texts(col: pd.Series) -> np.ndarray:
    """Texts of a column, trimmed and case-folded; missing values are ''."""
    if col.dtype.kind in "iuf":
        nums = col.to_numpy(dtype=float, na_value=np.nan)
        out = np.array([("" if v != v else (str(int(v)) if v == int(v) else repr(v)))
                        for v in nums.tolist()], dtype=object)
        return out
    s = col.astype("string").str.strip().str.casefold().fillna("")
    return s.to_numpy(dtype=object)


def _is_text(node: Node, values: _Values) -> bool:
    """Whether a value part is a text (compared as text) rather than a number."""
    if node.op == "text":
        return True
    if node.op == "column":
        return not values.numeric_column(node.value)
    return False


def _number(node: Node, values: _Values, n: int) -> np.ndarray:
    if node.op == "number":
        return np.full(n, float(node.value))
    if node.op == "text":
        try:
            return np.full(n, float(str(node.value).replace(",", "")))
        except ValueError:
            return np.full(n, np.nan)
    if node.op == "column":
        return values.numbers(node.value)
    if node.op == "neg":
        return -_number(node.args[0], values, n)
    a, b = (_number(x, values, n) for x in node.args)
    with np.errstate(all="ignore"):
        if node.op == "+":
            out = a + b
        elif node.op == "-":
            out = a - b
        elif node.op == "*":
            out = a * b
        else:
            out = np.where(b == 0, np.nan, a / np.where(b == 0, 1, b))
    out[~np.isfinite(out)] = np.nan
    return out


def _text(node: Node, values: _Values, n: int) -> np.ndarray:
    if node.op == "text":
        return np.full(n, str(node.value).strip().casefold(), dtype=object)
    if node.op == "column":
        return values.texts(node.value)
    nums = _number(node, values, n)
    return as_texts(pd.Series(nums))


def _test(node: Node, values: _Values, n: int) -> np.ndarray:
    op = node.op
    if op == "and":
        return _test(node.args[0], values, n) & _test(node.args[1], values, n)
    if op == "or":
        return _test(node.args[0], values, n) | _test(node.args[1], values, n)
    if op == "not":
        return ~_test(node.args[0], values, n)
    if op == "empty":
        target = node.args[0]
        if target.op == "column":
            return values.texts(target.value) == ""
        return np.isnan(_number(target, values, n))
    if op == "contains":
        hay = _text(node.args[0], values, n)
        needle = _text(node.args[1], values, n)
        return np.array([bool(h) and nd in h for h, nd in zip(hay, needle, strict=True)],
                        dtype=bool)
    if op == "between":
        x, lo, hi = (_number(a, values, n) for a in node.args)
        with np.errstate(invalid="ignore"):
            return (x >= lo) & (x <= hi)
    if op == "in":
        target, items = node.args[0], node.args[1:]
        out = np.zeros(n, dtype=bool)
        texts = [str(i.value).strip().casefold() for i in items if i.op == "text"]
        nums = [float(i.value) for i in items if i.op == "number"]
        if texts:
            t = _text(target, values, n)
            out |= pd.Series(t).isin(texts).to_numpy() & (t != "")
        if nums:
            out |= np.isin(_number(target, values, n), nums)
        return out
    if op == "cmp":
        left, right = node.args
        if _is_text(left, values) and _is_text(right, values):
            a, b = _text(left, values, n), _text(right, values, n)
            known = (a != "") & (b != "")
            cmp = _compare(a, b, node.value)
            return known & cmp
        a, b = _number(left, values, n), _number(right, values, n)
        with np.errstate(invalid="ignore"):
            return ~np.isnan(a) & ~np.isnan(b) & _compare(a, b, node.value)
    raise AssertionError(f"not a test: {op}")  # the parser only builds the ones above


def _compare(a: np.ndarray, b: np.ndarray, op: str) -> np.ndarray:
    if op == "=":
        return np.asarray(a == b, dtype=bool)
    if op == "!=":
        return np.asarray(a != b, dtype=bool)
    if op == "<":
        return np.asarray(a < b, dtype=bool)
    if op == "<=":
        return np.asarray(a <= b, dtype=bool)
    if op == ">":
        return np.asarray(a > b, dtype=bool)
    return np.asarray(a >= b, dtype=bool)


def evaluate(condition: str | Node, table: pd.DataFrame) -> pd.Series:
    """Return True/False per row of ``table`` for ``condition`` (parsed first if a text)."""
    node = parse(condition, table.columns) if isinstance(condition, str) else condition
    mask = _test(node, _Values(table), len(table))
    return pd.Series(mask, index=table.index, dtype=bool)


# ---------------------------------------------------------------------------------------------
# Rule sets: named groups in order, first match wins, everyone else
# ---------------------------------------------------------------------------------------------


@dataclass
class RuleGroup:
    """One named group and the condition that puts a customer in it."""

    name: str
    when: str


@dataclass
class RuleSet:
    """Your own groups: ``groups`` in order (first match wins) and the name for the rest."""

    name: str = ""
    groups: list[RuleGroup] = field(default_factory=list)
    otherwise: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the RULES.json shape: {"name", "segments": [{"name", "when"}], "otherwise"}."""
        return {"name": self.name,
                "segments": [{"name": g.name, "when": g.when} for g in self.groups],
                "otherwise": self.otherwise or everyone_else()}

    @classmethod
    def from_dict(cls, data: Any, source: str = "") -> RuleSet:
        """Read the RULES.json shape; UserError saying what is wrong with it."""
        where = {"file": source} if source else {}
        if not isinstance(data, dict) or not isinstance(data.get("segments"), list):
            raise UserError(_("A rules file needs a list of groups under \"segments\"."),
                            hint=_("For example: {example}").format(
                                example='{"name": "My groups", "segments": [{"name": '
                                '"Families", "when": "Kidhome + Teenhome > 0"}], '
                                '"otherwise": "Everyone else"}'), **where)
        groups = []
        for i, item in enumerate(data["segments"], start=1):
            if (not isinstance(item, dict) or not str(item.get("name") or "").strip()
                    or not isinstance(item.get("when"), str)):
                raise UserError(_("Group {i} in the rules needs a \"name\" and a \"when\" "
                                  "condition.").format(i=i), **where)
            groups.append(RuleGroup(str(item["name"]).strip(), item["when"]))
        names = [g.name for g in groups]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise UserError(_("Each group needs its own name; used twice: {names}.").format(
                names=", ".join(twice)), **where)
        return cls(name=str(data.get("name") or ""), groups=groups,
                   otherwise=str(data.get("otherwise") or "").strip())

    @classmethod
    def load(cls, path: str | Path) -> RuleSet:
        """Read a RULES.json file."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise UserError(_("The rules file can't be read: {why}").format(
                why=exc.strerror or exc), file=path) from None
        except json.JSONDecodeError as exc:
            raise UserError(_("The rules file is not valid JSON (line {line}, column "
                              "{col}).").format(line=exc.lineno, col=exc.colno),
                            file=path) from None
        return cls.from_dict(data, str(path))

    def other_name(self) -> str:
        """Return the name of the group for customers no condition matches."""
        return self.otherwise or everyone_else()


def everyone_else() -> str:
    """Return the default name of the last group."""
    return _("Everyone else")


@dataclass
class RuleOutcome:
    """The group of every row and how many each group got."""

    labels: pd.Series
    counts: dict[str, int]  # every group in order, then "everyone else"; zero counts kept
    matched: dict[str, int]  # rows each condition matches on its own (before first-match-wins)


def compile_rules(rules: RuleSet, columns: list[str] | pd.Index) -> list[Node]:
    """Parse every condition; a RuleError names the group whose condition is wrong."""
    nodes = []
    for g in rules.groups:
        try:
            nodes.append(parse(g.when, columns))
        except RuleError as exc:
            exc.group = g.name
            raise
    return nodes


def apply_rules(rules: RuleSet, table: pd.DataFrame) -> RuleOutcome:
    """Put every row of ``table`` in the first group whose condition it meets."""
    nodes = compile_rules(rules, table.columns)
    values = _Values(table)
    n = len(table)
    labels = np.full(n, rules.other_name(), dtype=object)
    free = np.ones(n, dtype=bool)
    counts: dict[str, int] = {}
    matched: dict[str, int] = {}
    for g, node in zip(rules.groups, nodes, strict=True):
        hit = _test(node, values, n)
        matched[g.name] = int(hit.sum())
        take = hit & free
        labels[take] = g.name
        counts[g.name] = int(take.sum())
        free &= ~hit
    counts[rules.other_name()] = int(free.sum())
    return RuleOutcome(pd.Series(labels, index=table.index, dtype=object), counts, matched)
