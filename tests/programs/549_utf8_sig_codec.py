# The utf-8-sig codec: a BOM written first, skipped when read; error positions count from after it.
import os
with open('/tmp/lead/sig.txt', 'w', encoding='utf-8-sig') as f:
    f.write('héllo\n')
with open('/tmp/lead/sig.txt', 'rb') as f: print(f.read())
with open('/tmp/lead/sig.txt', encoding='utf-8-sig') as f: print(repr(f.read()))
with open('/tmp/lead/sig.txt', encoding='utf-8') as f: print(repr(f.read()))
print(b'\xef\xbb\xbfx'.decode('utf-8-sig'), 'x'.encode('UTF_8_SIG'))
try: b'\xef\xbb\xbfab\xff'.decode('utf-8-sig')
except Exception as e: print(e)
os.remove('/tmp/lead/sig.txt')
