"""Replaces class names written out in full in Java code with imports, where that is safe
(SourceRulesTest forbids them). Usage: python3 tools/inline-names-to-imports.py src/main/java src/test/java
Prints how many it replaced and the ones it left (a clash of simple names): import those by hand."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
QUAL = re.compile(r'(?<![\w.])((?:java|javax|javafx|org|com|net|io|ch)\.(?:[a-z_]\w*\.)*)([A-Z]\w*)')

def blank(s):
    out = []; i = 0; n = len(s)
    while i < n:
        if s.startswith('//', i):
            e = s.find('\n', i); e = n if e < 0 else e
        elif s.startswith('/*', i):
            e = s.find('*/', i + 2); e = n if e < 0 else e + 2
        elif s.startswith('"""', i):
            e = s.find('"""', i + 3); e = n if e < 0 else e + 3
        elif s[i] in '"\'':
            q = s[i]; e = i + 1
            while e < n and s[e] != q and s[e] != '\n':
                e += 2 if s[e] == '\\' else 1
            e = min(n, e + 1)
        else:
            out.append(s[i]); i += 1; continue
        out.append(''.join('\n' if c == '\n' else ' ' for c in s[i:e])); i = e
    return ''.join(out)

def same_package_classes(path):
    d = os.path.dirname(path)
    return {f[:-5] for f in os.listdir(d) if f.endswith('.java')}

def process(path, root_dirs):
    src = open(path).read()
    code = blank(src)
    lines = code.split('\n')
    pkg = re.search(r'^package ([\w.]+);', src, re.M).group(1)
    imports = dict()  # simple -> fqn
    for m in re.finditer(r'^import (?!static)([\w.]+)\.(\w+);', src, re.M):
        imports[m.group(2)] = m.group(1) + '.' + m.group(2)
    wildcard = re.findall(r'^import (?!static)([\w.]+)\.\*;', src, re.M)
    local = same_package_classes(path)
    declared = set(re.findall(r'\b(?:class|interface|enum|record)\s+(\w+)', code))
    typevars = set(re.findall(r'<\s*([A-Z]\w*)\s*(?:extends|,|>)', code))
    edits = []  # (start, end, replacement)
    wanted = {}  # simple -> fqn
    skipped = []
    offset = 0
    for ln, line in enumerate(lines):
        st = line.strip()
        if st.startswith('import ') or st.startswith('package '):
            offset += len(line) + 1; continue
        for m in QUAL.finditer(line):
            pk, cls = m.group(1)[:-1], m.group(2)
            fqn = pk + '.' + cls
            ok = True
            if cls in imports and imports[cls] != fqn: ok = False
            if cls in wanted and wanted[cls] != fqn: ok = False
            if cls in local and pk != pkg: ok = False
            if cls in declared and not (pk == pkg): ok = False
            if cls in typevars: ok = False
            if pk == 'java.lang' : pass
            if wildcard and cls not in imports: ok = ok  # could clash; accept
            if not ok:
                skipped.append('%s:%d %s' % (path, ln + 1, fqn)); continue
            wanted[cls] = fqn
            edits.append((offset + m.start(), offset + m.end(), cls))
        offset += len(line) + 1
    if not edits:
        return skipped, 0
    s = src
    for a, b, r in sorted(edits, reverse=True):
        s = s[:a] + r + s[b:]
    open(path, 'w').write(s)
    import subprocess
    for cls, fqn in wanted.items():
        pk = fqn.rsplit('.', 1)[0]
        if pk == pkg or pk == 'java.lang' or cls in imports:
            continue
        subprocess.run(['python3', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'add-import.py'), path, fqn], check=True)
    return skipped, len(edits)

if __name__ == '__main__':
    total = 0; allskip = []
    for root in sys.argv[1:]:
        for d, _, fs in os.walk(root):
            for f in fs:
                if f.endswith('.java'):
                    sk, n = process(os.path.join(d, f), sys.argv[1:])
                    total += n; allskip += sk
    print('replaced', total)
    print('\n'.join(allskip))
