#!/usr/bin/env python3
"""Prints a .docx's text as after Word's "Accept all" (accept) or "Reject all" (reject).

Usage: docx-sides.py FILE.docx accept|reject
Paragraphs whose mark is removed join the next one; empty paragraphs are left out.
"""
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def text(node, dropped, out):
    for child in node:
        tag = child.tag
        if tag == W + "pPr" or tag == W + dropped:
            continue
        if tag in (W + "t", W + "delText"):
            out.append(child.text or "")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "tab":
            out.append("\t")
        else:
            text(child, dropped, out)


def side(path, mode):
    dropped = "del" if mode == "accept" else "ins"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paragraphs, pending = [], ""
    for p in root.iter(W + "p"):
        out = [pending]
        text(p, dropped, out)
        joined = "".join(out)
        ppr = p.find(W + "pPr")
        rpr = ppr.find(W + "rPr") if ppr is not None else None
        if rpr is not None and rpr.find(W + dropped) is not None:
            pending = joined
            continue
        pending = ""
        if joined:
            paragraphs.append(joined)
    if pending:
        paragraphs.append(pending)
    return "\n".join(paragraphs) + "\n"


if __name__ == "__main__":
    sys.stdout.write(side(sys.argv[1], sys.argv[2]))
