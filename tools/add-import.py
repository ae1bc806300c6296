"""Adds one import to a Java file, among the others. Usage: add-import.py FILE FQN (used by inline-names-to-imports.py)."""
import sys,re
f, fqn = sys.argv[1], sys.argv[2]
s = open(f).read()
if re.search(r'^import '+re.escape(fqn)+';', s, re.M): sys.exit(0)
lines = s.split('\n')
imps = [i for i,l in enumerate(lines) if l.startswith('import ') and not l.startswith('import static')]
if imps:
    # insert in sorted position among non-static imports
    pos = imps[-1]+1
    for i in imps:
        if lines[i][7:-1] > fqn: pos = i; break
    lines.insert(pos, 'import %s;' % fqn)
else:
    p = [i for i,l in enumerate(lines) if l.startswith('package ')][0]
    lines[p+1:p+1] = ['', 'import %s;' % fqn]
open(f,'w').write('\n'.join(lines))
