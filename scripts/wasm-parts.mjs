// What each part of a wasm module costs, as twiggy's "dominators" would group it but with no tool to install:
// reads the module's code section and its name section (cargo's output before wasm-bindgen and wasm-opt keeps
// the function names) and sums the function bodies by crate, and for our own crates by their top module. The
// gzip column compresses each group's bodies together: an estimate of what the group adds to the shipped file
// (wasm-opt shrinks every group after this, roughly in proportion).
// Usage: node scripts/wasm-parts.mjs <module.wasm> [rows]
import fs from 'node:fs';
import zlib from 'node:zlib';

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/wasm-parts.mjs <module.wasm> [rows]');
  process.exit(2);
}
const buf = fs.readFileSync(file);
if (buf.readUInt32LE(0) !== 0x6d736100) {
  console.error(`${file}: not a wasm module`);
  process.exit(1);
}

let p = 8;
const leb = () => {
  let r = 0;
  let s = 0;
  let b;
  do {
    b = buf[p++];
    r += (b & 0x7f) * 2 ** s;
    s += 7;
  } while (b & 0x80);
  return r;
};
const skipLimits = () => {
  const flags = buf[p++];
  leb();
  if (flags & 1) leb();
};

let importedFns = 0;
const bodies = []; // [offset, length] of each defined function's body
const names = new Map();
let dataBytes = 0;
while (p < buf.length) {
  const id = buf[p++];
  const len = leb();
  const end = p + len;
  if (id === 2) {
    // Imports: only imported functions shift the function index space.
    for (let n = leb(); n > 0; n--) {
      p += leb();
      p += leb();
      const kind = buf[p++];
      if (kind === 0) {
        leb();
        importedFns++;
      } else if (kind === 1) {
        p++;
        skipLimits();
      } else if (kind === 2) skipLimits();
      else if (kind === 3) p += 2;
      else if (kind === 4) p += 1 + (leb(), 0);
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const l = leb();
      bodies.push([p, l]);
      p += l;
    }
  } else if (id === 11) {
    dataBytes = len;
  } else if (id === 0) {
    const nameLen = leb();
    const name = buf.subarray(p, p + nameLen).toString();
    p += nameLen;
    if (name === 'name') {
      while (p < end) {
        const sub = buf[p++];
        const subLen = leb();
        const subEnd = p + subLen;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) {
            const idx = leb();
            const l = leb();
            names.set(idx, buf.subarray(p, p + l).toString());
            p += l;
          }
        }
        p = subEnd;
      }
    }
  }
  p = end;
}
if (names.size === 0) {
  console.error(`${file}: no function names (use cargo's output, before wasm-bindgen and wasm-opt strip them)`);
  process.exit(1);
}

/** The path of a legacy-mangled Rust symbol (`_ZN4core3fmt5write17h…E`), or [] for anything else. */
const path = (symbol) => {
  let q = symbol.replace(/^_ZN/, '');
  if (q === symbol) return [];
  const parts = [];
  for (let m; (m = /^(\d+)/.exec(q)); ) {
    const l = Number(m[1]);
    q = q.slice(m[1].length);
    parts.push(q.slice(0, l));
    q = q.slice(l);
  }
  return parts;
};
const OWN = new Set(['spandrel_core', 'spandrel_app']);
const group = (symbol) => {
  if (!symbol) return '(unnamed)';
  const parts = path(symbol);
  if (parts.length === 0) return symbol.startsWith('__wbindgen_describe') ? 'wasm-bindgen descriptors' : '(other)';
  let head = parts[0];
  // A generic of another crate instantiated for one of our types (`drop_in_place<spandrel_core::model::…>`,
  // an iterator over our values): counted with that module of ours, marked as such.
  if (!OWN.has(head)) {
    const own = /(spandrel_core|spandrel_app)\.\.([a-z_][a-z_0-9]*)/.exec(symbol);
    if (own) return `${own[1]}::${own[2]} (generics)`;
  }
  // `<T as Trait>::f` instances: the crate of the type, else of the trait.
  if (head.startsWith('_$LT$')) {
    const m = /^_\$LT\$([a-z_][a-z_0-9]*)\.\./.exec(head) || /\$u20\$as\$u20\$([a-z_][a-z_0-9]*)\.\./.exec(head);
    return m ? `${m[1]} (trait impls)` : '(generic impls)';
  }
  return OWN.has(head) && parts[1] && !/^h[0-9a-f]{16}$/.test(parts[1]) ? `${head}::${parts[1]}` : head;
};

const groups = new Map();
let total = 0;
bodies.forEach(([off, len], i) => {
  const g = group(names.get(i + importedFns));
  const e = groups.get(g) || { bytes: 0, chunks: [] };
  e.bytes += len;
  e.chunks.push(buf.subarray(off, off + len));
  groups.set(g, e);
  total += len;
});
const rows = [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, Number(rowsArg) || 30);
const gz = (chunks) => zlib.gzipSync(Buffer.concat(chunks), { level: 9 }).length;
console.log(`${file}: ${bodies.length} functions, code ${total} B, data ${dataBytes} B`);
console.log(`${'part'.padEnd(40)} ${'code B'.padStart(9)} ${'share'.padStart(6)} ${'gzip B'.padStart(9)}`);
for (const [name, e] of rows) {
  console.log(`${name.slice(0, 40).padEnd(40)} ${String(e.bytes).padStart(9)} ${((100 * e.bytes) / total).toFixed(1).padStart(5)}% ${String(gz(e.chunks)).padStart(9)}`);
}
