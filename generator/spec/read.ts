// Finding and reading the files of a spec directory. Only regular files are read (a FIFO named
// x.yaml would block forever, a device would never end); symbolic links are followed to files
// and directories, loops and dangling links are reported; every file must be UTF-8 text.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { byCode } from '../model/order.js';

export const API_FILE = 'api.yaml';
const YAML_NAME = /\.ya?ml$/;

/** The spec's YAML files (sorted, so that nothing depends on directory order) and what was refused. */
export interface SpecDirScan {
  files: string[];
  diagnostics: Diagnostic[];
}

const fileProblem = (file: string, message: string, fix?: string): Diagnostic => ({
  severity: 'error',
  rule: 'spec-file',
  message,
  ...(fix ? { fix } : {}),
  file,
});

/** What kind of thing a non-regular, non-directory entry is, in words. */
function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return code ?? String((e as Error)?.message ?? e);
  }
}

/**
 * Lists the YAML files below `dir`. Entries that cannot be spec files are reported, not skipped
 * silently: a `*.yaml` that is a FIFO, socket or device, a dangling or looping symbolic link, a
 * directory reached twice through links, an `api.yaml` that is a directory, an unreadable folder.
 */
export function scanSpecDir(dir: string, display: (p: string) => string = (p) => p): SpecDirScan {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  let top: Stats;
  try {
    top = statSync(dir);
  } catch (e) {
    diagnostics.push(
      fileProblem(
        display(dir),
        `cannot read the spec directory: ${reason(e)}`,
        'pass --spec <dir>, a directory with an api.yaml inside',
      ),
    );
    return { files, diagnostics };
  }
  if (!top.isDirectory()) {
    const fix = YAML_NAME.test(dir)
      ? 'pass the directory that holds this file, not the file'
      : 'pass --spec <dir>, a directory with an api.yaml inside';
    diagnostics.push(fileProblem(display(dir), 'the spec directory is not a directory', fix));
    return { files, diagnostics };
  }
  const seen = new Map<string, string>(); // real path of each directory walked → the path it was reached by
  const walk = (d: string, depth: number): void => {
    const real = realpathSync(d);
    const first = seen.get(real);
    if (first !== undefined) {
      diagnostics.push(
        fileProblem(
          display(d),
          `symbolic link loop: this directory is ${display(first)} again; not read twice`,
          'remove the link',
        ),
      );
      return;
    }
    seen.set(real, d);
    let names: string[];
    try {
      names = readdirSync(d).sort(byCode);
    } catch (e) {
      diagnostics.push(fileProblem(display(d), `cannot list this directory: ${reason(e)}`));
      return;
    }
    for (const name of names) {
      const full = join(d, name);
      const isYaml = YAML_NAME.test(name);
      let s: Stats;
      try {
        s = lstatSync(full);
        if (s.isSymbolicLink()) s = statSync(full);
      } catch (e) {
        // Only a link can fail here: its target is missing, loops, or cannot be reached.
        const code = (e as NodeJS.ErrnoException).code;
        const what =
          code === 'ENOENT'
            ? 'a dangling symbolic link (its target does not exist)'
            : `a symbolic link that cannot be followed (${reason(e)})`;
        // Not only *.yaml: a link to a directory could hold spec files, so none is skipped silently.
        diagnostics.push(fileProblem(display(full), `cannot read ${what}`, 'fix or remove the link'));
        continue;
      }
      if (s.isDirectory()) {
        if (depth === 0 && name === API_FILE) {
          diagnostics.push(
            fileProblem(
              display(full),
              `${API_FILE} is a directory; it must be a file`,
              `replace it with the spec's ${API_FILE} file (apiVersion, root, package)`,
            ),
          );
          continue;
        }
        walk(full, depth + 1);
      } else if (!isYaml) {
        continue;
      } else if (s.isFile()) {
        files.push(full);
      } else {
        diagnostics.push(
          fileProblem(
            display(full),
            `refusing to read it: it is ${kindOf(s)}, not a regular file`,
            'spec files must be regular files; remove it or rename it so that it does not end in .yaml',
          ),
        );
      }
    }
  };
  walk(dir, 0);
  files.sort(byCode);
  return { files, diagnostics };
}

/**
 * Reads one spec file as UTF-8 text. The file is opened without blocking and read only when it is
 * (still) a regular file; bytes that are not UTF-8, a UTF-16/32 byte-order mark and characters
 * YAML does not allow raw (NUL and other control characters) are errors with their line and column.
 */
export function readSpecText(path: string, shown: string): { text?: string; diagnostics: Diagnostic[] } {
  let buf: Buffer;
  try {
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const s = fstatSync(fd);
      if (!s.isFile())
        return { diagnostics: [fileProblem(shown, `refusing to read it: it is ${kindOf(s)}, not a regular file`)] };
      buf = Buffer.allocUnsafe(s.size);
      let n = 0;
      while (n < buf.length) {
        const got = readSync(fd, buf, n, buf.length - n, n);
        if (got === 0) break;
        n += got;
      }
      buf = buf.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { diagnostics: [fileProblem(shown, `cannot read it: ${reason(e)}`)] };
  }
  return decodeSpecText(buf, shown);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Characters YAML 1.2 does not allow raw in a file (c-printable's complement, tab/LF/CR aside). */
const NOT_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

/** Decodes a spec file's bytes, or says where and why they are not the UTF-8 text YAML needs. */
export function decodeSpecText(buf: Uint8Array, shown: string): { text?: string; diagnostics: Diagnostic[] } {
  const at = (offset: number, message: string, fix: string): { diagnostics: Diagnostic[] } => {
    const { line, col } = bytePosition(buf, offset);
    return { diagnostics: [{ severity: 'error', rule: 'encoding', message, fix, loc: { file: shown, line, col } }] };
  };
  const toUtf8 = 'save the file as UTF-8 (without a byte-order mark, or with the UTF-8 one)';
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    const wide = buf[0] === 0xff && buf[2] === 0 && buf[3] === 0;
    return at(
      0,
      `the file is ${wide ? 'UTF-32' : 'UTF-16'} (it starts with its byte-order mark); spec files are UTF-8`,
      toUtf8,
    );
  }
  if (buf[0] === 0 && buf[1] === 0 && buf[2] === 0xfe && buf[3] === 0xff) {
    return at(0, 'the file is UTF-32 (it starts with its byte-order mark); spec files are UTF-8', toUtf8);
  }
  let text: string;
  try {
    text = UTF8.decode(buf);
  } catch {
    const bad = firstInvalidUtf8(buf);
    const byte = buf[bad]!.toString(16).toUpperCase().padStart(2, '0');
    const latin1 = buf[bad]! >= 0xa0 ? ` (in Latin-1 it would be '${String.fromCharCode(buf[bad]!)}')` : '';
    return at(bad, `byte 0x${byte} is not UTF-8${latin1}; the file is in another encoding`, toUtf8);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const m = NOT_PRINTABLE.exec(text);
  if (m) {
    const code = m[0].charCodeAt(0);
    const offset =
      Buffer.byteLength(text.slice(0, m.index)) + (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0);
    const u = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    const utf16 =
      code === 0 && text.includes('\u0000', m.index + 1)
        ? '; NUL bytes between characters mean the file is UTF-16 or UTF-32'
        : '';
    return at(
      offset,
      `control character ${u} is not allowed raw in a YAML file${utf16}`,
      code === 0 && utf16
        ? toUtf8
        : `write it as an escape in a double-quoted string ("\\u${code.toString(16).padStart(4, '0')}") or remove it`,
    );
  }
  return { text, diagnostics: [] };
}

/** Line and column (1-based, in characters) of a byte offset of UTF-8 text valid before it. */
function bytePosition(buf: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (buf[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  const before = Buffer.from(buf.buffer, buf.byteOffset + start, offset - start).toString('utf8');
  // Columns count characters as the YAML parser sees them: after the UTF-8 byte-order mark.
  return { line, col: before.replace(/^\uFEFF/, '').length + 1 };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // no overlong forms
      if (c === 0xed) hi = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined) return i;
      if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) return i;
    }
    i += n + 1;
  }
  return b.length;
}
