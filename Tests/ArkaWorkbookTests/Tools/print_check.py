#!/usr/bin/env python3
"""Prints Arka workbooks through LibreOffice and reports what a reader of the paper would see.

  print_check.py pdf OUTDIR FILE.xlsx...
  print_check.py setup FILE.xlsx

`pdf` converts every FILE to PDF in one headless LibreOffice run (a fresh profile in OUTDIR),
then prints, as JSON, per workbook: its pages, each page's text (pdftotext, layout kept), and
the smallest font size each page prints text at, in points.

`setup` prints, as JSON, each sheet's print setup as the file states it (read with openpyxl):
orientation, paper, fit or scale, repeated rows, header and footer, column widths and the
heights of the rows that have one.

How the font size is measured: the page's content streams (and the form XObjects they draw)
are decompressed and read operator by operator, keeping the graphics state (q/Q, cm), the text
matrix (BT, Tm) and the font size (Tf). Each operator that shows text (Tj, TJ, ', ") is drawn
at Tf times the length of the text space's y axis under the text matrix and the current
transformation matrix: the height of the glyphs on paper, whatever mix of Tf, Tm and cm the
producer used (LibreOffice writes the size in Tf at scale 1; fit-to-page scales Tf). A page
whose streams show no text reports no size, and the test calls that a failure.

Exit 0 when it ran, 77 when soffice or pdftotext is missing, 2 when a conversion failed.
"""
import json, math, os, re, shutil, subprocess, sys, tempfile, zlib

# ---- a small PDF object reader: enough for LibreOffice's output (no object streams needed,
# but a cross-reference stream or object stream is handled too).

TOKEN = re.compile(rb"""
    (?P<ws>[\x00\t\n\x0c\r ]+|%[^\r\n]*) |
    (?P<dict><<|>>) |
    (?P<array>[\[\]]) |
    (?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*) |
    (?P<hex><[0-9A-Fa-f\x00\t\n\x0c\r ]*>) |
    (?P<str>\() |
    (?P<num>[+-]?(?:\d+\.?\d*|\.\d+)) |
    (?P<word>[^\x00\t\n\x0c\r ()<>\[\]{}/%]+) |
    (?P<brace>[{}])
""", re.X)


class Ref:
    def __init__(self, num):
        self.num = num

    def __repr__(self):
        return "Ref(%d)" % self.num


class Op:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Op(%s)" % self.name


def literal(data, i):
    """Reads a literal string starting after its '('; returns (bytes, index after ')')."""
    depth, out = 1, bytearray()
    while i < len(data):
        c = data[i]
        if c == 0x5C:  # backslash
            i += 1
            if i < len(data):
                out.append(data[i])
        elif c == 0x28:
            depth += 1
            out.append(c)
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
            out.append(c)
        else:
            out.append(c)
        i += 1
    return bytes(out), i


def tokens(data, i=0):
    """Yields (value, end) for every object or operator of a content stream or object body."""
    while i < len(data):
        m = TOKEN.match(data, i)
        if not m:
            i += 1
            continue
        kind, text = m.lastgroup, m.group()
        i = m.end()
        if kind == "ws" or kind == "brace":
            continue
        if kind == "str":
            value, i = literal(data, i)
            yield value, i
        elif kind == "hex":
            digits = re.sub(rb"\s", b"", text[1:-1])
            yield bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode()), i
        elif kind == "num":
            yield float(text), i
        elif kind == "name":
            yield text[1:].decode("latin1"), i
        elif kind in ("dict", "array"):
            yield Op(text.decode()), i
        else:
            yield Op(text.decode("latin1")), i


def parse_object(data, i=0):
    """Parses the one object that starts at `i` (a dictionary, array, number, name, string or
    `n g R` reference); returns (value, end)."""
    stream = tokens(data, i)
    buffered = []

    def next_token():
        return buffered.pop() if buffered else next(stream, (None, len(data)))

    def value():
        token, end = next_token()
        if isinstance(token, Op) and token.name in ("[", "<<"):
            items = []
            while True:
                item, end = value()
                if item is None or (isinstance(item, Op) and item.name in ("]", ">>")):
                    break
                items.append(item)
            if token.name == "[":
                return items, end
            return {items[k]: items[k + 1] for k in range(0, len(items) - 1, 2)}, end
        if isinstance(token, float):
            second = next_token()
            if isinstance(second[0], float):
                third = next_token()
                if isinstance(third[0], Op) and third[0].name == "R":
                    return Ref(int(token)), third[1]
                buffered.append(third)
            buffered.append(second)
        return token, end

    return value()


class PDF:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        self.objects = {}
        for m in re.finditer(rb"(\d+)\s+(\d+)\s+obj\b", self.data):
            self.objects.setdefault(int(m.group(1)), m.end())
        self.cache = {}
        self.compressed = {}
        for number in list(self.objects):
            value = self.get(number)
            if isinstance(value, tuple) and value[0].get("Type") == "ObjStm":
                self.unpack_object_stream(value)

    def unpack_object_stream(self, stream):
        head, body = stream
        data = self.decode(stream)
        first = int(head["First"])
        numbers = [int(v) for v, _ in tokens(data[:first])]
        for k in range(0, len(numbers) - 1, 2):
            self.compressed[numbers[k]] = data[first + numbers[k + 1]:]

    def get(self, number):
        if isinstance(number, Ref):
            number = number.num
        if number in self.cache:
            return self.cache[number]
        if number in self.objects:
            start = self.objects[number]
            value, end = parse_object(self.data, start)
            rest = self.data[end:end + 20].lstrip()
            if isinstance(value, dict) and rest.startswith(b"stream"):
                s = self.data.index(b"stream", end) + len(b"stream")
                if self.data[s:s + 2] == b"\r\n":
                    s += 2
                elif self.data[s:s + 1] in (b"\n", b"\r"):
                    s += 1
                length = self.resolve(value.get("Length"))
                if isinstance(length, float):
                    raw = self.data[s:s + int(length)]
                else:
                    raw = self.data[s:self.data.index(b"endstream", s)]
                value = (value, raw)
        elif number in self.compressed:
            value, _ = parse_object(self.compressed[number])
        else:
            value = None
        self.cache[number] = value
        return value

    def resolve(self, value):
        while isinstance(value, Ref):
            value = self.get(value)
        return value

    def decode(self, stream):
        head, raw = stream
        filters = self.resolve(head.get("Filter"))
        if filters is None:
            return raw
        if not isinstance(filters, list):
            filters = [filters]
        for f in filters:
            if f == "FlateDecode":
                raw = zlib.decompress(raw)
            else:
                raise ValueError("unsupported filter " + str(f))
        return raw

    def pages(self):
        root = None
        for m in re.finditer(rb"/Root\s+(\d+)\s+\d+\s+R", self.data):
            root = int(m.group(1))
        catalog = self.get(root)
        if isinstance(catalog, tuple):
            catalog = catalog[0]
        out = []

        def walk(node, inherited):
            node = self.resolve(node)
            if isinstance(node, tuple):
                node = node[0]
            resources = node.get("Resources", inherited)
            if node.get("Type") == "Pages":
                for kid in self.resolve(node.get("Kids")) or []:
                    walk(kid, resources)
            else:
                out.append((node, self.resolve(resources) or {}))

        walk(catalog["Pages"], {})
        return out


def multiply(m, n):
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F]


def text_sizes(pdf, content, resources, ctm, sizes, depth=0):
    """Adds to `sizes` the printed size of every text-showing operator of a content stream."""
    if depth > 8:
        return
    operands, stack = [], []
    tm = [1, 0, 0, 1, 0, 0]
    font_size = 0.0
    nested = []
    for value, _ in tokens(content):
        if not isinstance(value, Op):
            operands.append(value)
            continue
        name = value.name
        if name in ("[", "<<"):
            nested.append(len(operands))
            operands.append(name)
            continue
        if name in ("]", ">>"):
            start = nested.pop() if nested else 0
            items = operands[start + 1:]
            del operands[start:]
            operands.append(items)
            continue
        if nested:
            operands.append(value)
            continue
        if name == "q":
            stack.append((ctm, font_size))
        elif name == "Q" and stack:
            ctm, font_size = stack.pop()
        elif name == "cm" and len(operands) >= 6:
            ctm = multiply([float(x) for x in operands[-6:]], ctm)
        elif name == "BT":
            tm = [1, 0, 0, 1, 0, 0]
        elif name == "Tm" and len(operands) >= 6:
            tm = [float(x) for x in operands[-6:]]
        elif name == "Tf" and operands:
            font_size = float(operands[-1])
        elif name in ("Tj", "TJ", "'", '"'):
            shown = operands[-1] if operands else b""
            if isinstance(shown, list):
                shown = b"".join(x for x in shown if isinstance(x, bytes))
            if shown:
                m = multiply(tm, ctm)
                sizes.append(abs(font_size) * math.hypot(m[2], m[3]))
        elif name == "Do" and operands:
            xobjects = pdf.resolve(resources.get("XObject")) or {}
            target = pdf.resolve(xobjects.get(operands[-1]))
            if isinstance(target, tuple) and target[0].get("Subtype") == "Form":
                head = target[0]
                matrix = [float(x) for x in (pdf.resolve(head.get("Matrix")) or [1, 0, 0, 1, 0, 0])]
                inner = pdf.resolve(head.get("Resources")) or resources
                text_sizes(pdf, pdf.decode(target), inner, multiply(matrix, ctm), sizes, depth + 1)
        elif name == "BI":
            pass
        operands = []


def page_font_sizes(path):
    pdf = PDF(path)
    result = []
    for page, resources in pdf.pages():
        contents = pdf.resolve(page.get("Contents"))
        streams = contents if isinstance(contents, list) else [page.get("Contents")]
        data = b"\n".join(pdf.decode(pdf.resolve(s)) for s in streams if s is not None)
        sizes = []
        text_sizes(pdf, data, resources, [1, 0, 0, 1, 0, 0], sizes)
        result.append(round(min(sizes), 3) if sizes else None)
    return result


def main(outdir, files):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftotext"):
        print("LibreOffice (soffice) and pdftotext (poppler-utils) are needed")
        return 77
    outdir = os.path.abspath(outdir)
    files = [os.path.abspath(f) for f in files]
    profile = os.path.join(outdir, "profile")
    os.makedirs(profile, exist_ok=True)
    pdfs = os.path.join(outdir, "pdf")
    os.makedirs(pdfs, exist_ok=True)
    subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", pdfs] + files,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    report = {}
    for path in files:
        pdf = os.path.join(pdfs, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        if not os.path.exists(pdf):
            print(json.dumps({"error": "LibreOffice wrote no PDF for " + path}))
            return 2
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8", "replace")
        pages = text.split("\f")
        if pages and not pages[-1].strip():
            pages = pages[:-1]
        report[path] = {"pdf": pdf, "pages": pages, "font_sizes": page_font_sizes(pdf)}
    print(json.dumps(report))
    return 0


def setup(path):
    import openpyxl
    from openpyxl.utils import get_column_letter
    book = openpyxl.load_workbook(path)
    out = {}
    for sheet in book.worksheets:
        page = sheet.page_setup
        properties = sheet.sheet_properties.pageSetUpPr
        widths = {}
        for index in range(1, sheet.max_column + 1):
            letter = get_column_letter(index)
            dimension = sheet.column_dimensions.get(letter)
            widths[letter] = dimension.width if dimension is not None and dimension.customWidth else None
        heights = {str(r): d.height for r, d in sheet.row_dimensions.items() if d.height is not None}
        out[sheet.title] = {
            "orientation": page.orientation,
            "paper": page.paperSize,
            "fit_to_page": bool(properties is not None and properties.fitToPage),
            "fit_to_width": page.fitToWidth,
            "fit_to_height": page.fitToHeight,
            "scale": page.scale,
            "print_title_rows": sheet.print_title_rows,
            "header": sheet.oddHeader.left.text, "header_center": sheet.oddHeader.center.text,
            "header_right": sheet.oddHeader.right.text,
            "footer": sheet.oddFooter.left.text, "footer_center": sheet.oddFooter.center.text,
            "widths": widths,
            "heights": heights,
            "max_row": sheet.max_row,
            "max_column": sheet.max_column,
        }
    return out


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "setup":
        print(json.dumps(setup(sys.argv[2])))
        sys.exit(0)
    if len(sys.argv) < 4 or sys.argv[1] != "pdf":
        print(__doc__)
        sys.exit(64)
    sys.exit(main(sys.argv[2], sys.argv[3:]))
