#!/usr/bin/env python3
"""Independent verifier of the Sổ điểm audit chain (audit.jsonl), written only from the format
note (src/domain/audit/FORMAT.md, restating shared/design/verifiable-records.md). Python 3 standard
library only; it reads no code of the project.

usage: python3 verify_chain.py FILE.jsonl [--head SEQ:HASH]
prints "OK <count> <head hash>" (exit 0) or "BROKEN seq=<n> <problem>: <detail>" (exit 1), where
problem is changed | missing | inserted | reordered.
"""
import hashlib
import json
import re
import sys
import unicodedata
from decimal import Decimal

KEYS = sorted(["v", "seq", "at", "kind", "actor", "basis", "classId", "studentId", "subject",
               "term", "field", "cell", "old", "new", "reason", "ref", "prev", "hash"])
ZEROS = "0" * 64
HEX64 = re.compile(r"^[0-9a-f]{64}$")
AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def enc_string(s):
    out = ['"']
    for ch in unicodedata.normalize("NFC", s):
        if ch in SHORT:
            out.append(SHORT[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def enc_number(x):
    """ECMAScript Number::toString: shortest round-trip digits, JS placement of the point."""
    if isinstance(x, int) and abs(x) < 2 ** 53:
        return str(x)
    x = float(x)
    if x != x or x in (float("inf"), float("-inf")):
        raise ValueError("not a finite number")
    if x == 0:
        return "0"
    if x < 0:
        return "-" + enc_number(-x)
    _, digits, exp = Decimal(repr(x)).as_tuple()
    d = "".join(map(str, digits)).lstrip("0")  # leading zeros do not move the point
    stripped = d.rstrip("0")
    exp += len(d) - len(stripped)  # trailing zeros move into the exponent
    d = stripped
    k = len(d)
    n = exp + k
    if k <= n <= 21:
        return d + "0" * (n - k)
    if 0 < n <= 21:
        return d[:n] + "." + d[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + d
    e = n - 1
    es = ("+" if e >= 0 else "-") + str(abs(e))
    return (d if k == 1 else d[0] + "." + d[1:]) + "e" + es


def canonical(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return enc_number(v)
    if isinstance(v, str):
        return enc_string(v)
    if isinstance(v, list):
        return "[" + ",".join(canonical(x) for x in v) + "]"
    if isinstance(v, dict):
        items = sorted((unicodedata.normalize("NFC", k), val) for k, val in v.items())
        return "{" + ",".join(enc_string(k) + ":" + canonical(val) for k, val in items) + "}"
    raise ValueError("not JSON")


def sha256_hex(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash(entry):
    return sha256_hex(canonical({k: v for k, v in entry.items() if k != "hash"}))


def well_formed(e):
    if not isinstance(e, dict) or sorted(e.keys()) != KEYS:
        return False
    strs = ["actor", "classId", "studentId", "subject", "field", "cell", "reason", "ref"]
    return (e["v"] == 1 and type(e["seq"]) is int and e["seq"] >= 1
            and isinstance(e["at"], str) and AT.match(e["at"]) is not None
            and isinstance(e["kind"], str)
            and e["basis"] in ("event", "protection", "system", "request")
            and all(e[k] is None or isinstance(e[k], str) for k in strs)
            and (e["term"] is None or type(e["term"]) in (int, float))
            and isinstance(e["prev"], str) and HEX64.match(e["prev"]) is not None
            and isinstance(e["hash"], str) and HEX64.match(e["hash"]) is not None)


def verify(lines, head=None):
    """Returns ("OK", count, head_hash) or ("BROKEN", seq, problem, detail)."""
    parsed = []
    for line in lines:
        try:
            e = json.loads(line)
        except ValueError:
            e = None
        parsed.append(e if well_formed(e) else None)
    positions = {}
    for i, e in enumerate(parsed):
        if e is not None:
            positions.setdefault(e["seq"], []).append(i)
    prev_hash = ZEROS
    for i, e in enumerate(parsed):
        want = i + 1
        if e is None:
            return ("BROKEN", want, "changed", "line %d is not a well-formed entry" % want)
        seq = e["seq"]
        if seq > want:
            if any(j > i for j in positions.get(want, [])):
                return ("BROKEN", want, "reordered", "seq %d appears later in the file" % want)
            return ("BROKEN", want, "missing", "seq %d is absent" % want)
        if seq < want:
            if any(j < i for j in positions.get(seq, [])):
                return ("BROKEN", seq, "inserted", "seq %d appears twice" % seq)
            return ("BROKEN", seq, "reordered", "seq %d out of order" % seq)
        if i + 1 < len(parsed) and parsed[i + 1] is not None and parsed[i + 1]["seq"] == seq:
            return ("BROKEN", seq, "inserted", "seq %d appears twice" % seq)
        h = entry_hash(e)
        if h != e["hash"]:
            if entry_hash(dict(e, seq=seq - 1)) == e["hash"]:
                return ("BROKEN", seq - 1, "inserted", "entries renumbered after an insertion")
            if entry_hash(dict(e, seq=seq + 1)) == e["hash"]:
                return ("BROKEN", seq, "missing", "entries renumbered after a removal")
            return ("BROKEN", seq, "changed", "content does not match its hash")
        if e["prev"] != prev_hash:
            if i == 0:
                return ("BROKEN", seq, "changed", "first prev is not 64 zeros")
            return ("BROKEN", seq - 1, "changed", "entry %d was rewritten (prev of %d differs)"
                    % (seq - 1, seq))
        if canonical(e) != lines[i]:
            return ("BROKEN", seq, "changed", "line is not in canonical form")
        prev_hash = e["hash"]
    count = len(parsed)
    if head is not None:
        hseq, hhash = head
        if count < hseq:
            return ("BROKEN", count + 1, "missing", "chain ends before the recorded head")
        if hseq > 0 and parsed[hseq - 1]["hash"] != hhash:
            return ("BROKEN", hseq, "changed", "head hash differs from the recorded head")
    return ("OK", count, prev_hash)


def main(argv):
    head = None
    if "--head" in argv:
        at = argv.index("--head")
        s, h = argv[at + 1].split(":")
        head = (int(s), h)
        argv = argv[:at] + argv[at + 2:]
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-4], file=sys.stderr)
        return 2
    with open(argv[0], "rb") as f:
        text = f.read().decode("utf-8")
    if text.endswith("\n"):
        text = text[:-1]
    lines = [] if text == "" else text.split("\n")
    result = verify(lines, head)
    if result[0] == "OK":
        print("OK %d %s" % (result[1], result[2]))
        return 0
    print("BROKEN seq=%d %s: %s" % result[1:])
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
