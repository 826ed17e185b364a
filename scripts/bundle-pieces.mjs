/**
 * How scripts/bundle.mjs turns one of esbuild's ES-module chunks into a piece of the bundle: a
 * CommonJS module body (dynamic imports become requires, which the loader resolves) and the esbuild
 * helpers it uses, which its file defines once for all its pieces. Each step checks esbuild's output
 * has the shape it expects (the build stops when an esbuild update changes it).
 */
import { transform } from 'esbuild';

/** esbuild's `__export` as it converts a module, and as the bundle defines it: its getters may become plain properties. */
const EXPORT_HELPER = /^var __export = \(target, all\) => \{\n {2}for \(var (name\d*) in all\)\n {4}__defProp\(target, \1, \{ get: all\[\1\], enumerable: true \}\);\n\};\n$/;
const SETTLE_HELPER = 'var __settle = (target, names) => {\n  for (const name of names) __defProp(target, name, { value: target[name], enumerable: true });\n};\n';

/** The helpers that start a converted module (`var __export = …`, `__copyProps`...), by name, and the rest of it. */
function splitHelpers(code) {
  const lines = code.split('\n');
  const helpers = new Map();
  let at = 0;
  let current;
  for (; at < lines.length && (/^var __\w+ = /.test(lines[at]) || (current && /^[ })]/.test(lines[at]))); at++) {
    current = /^var (__\w+) = /.exec(lines[at])?.[1] ?? current;
    helpers.set(current, `${helpers.get(current) ?? ''}${lines[at]}\n`);
  }
  return { helpers, body: lines.slice(at).join('\n') };
}

/**
 * The exports whose bindings are functions or classes the module never assigns again: once the
 * module has run they become plain properties of its exports object, so that a call through an
 * import is a property load, not a getter call (about 4% of the instructions of a 200-profile
 * check went to those getters). Any other export keeps esbuild's getter, which reads the live
 * binding.
 */
function settledExports(code) {
  const block = /\n__export\(stdin_exports, \{\n([\s\S]*?)\n\}\);\n/.exec(code);
  if (!block) return [];
  const names = [];
  for (const line of block[1].split('\n')) {
    const entry = /^ {2}("(?:[^"\\]|\\.)*"|[\w$]+): \(\) => ([\w$]+),?$/.exec(line);
    if (!entry) continue; // a re-export (`import_x.y`) reads another module's binding
    const binding = entry[2].replace(/\$/g, '\\$');
    const declared = new RegExp(`(?:^|[^\\w$.])(?:(?:async\\s+)?function\\*?\\s+${binding}\\s*\\(|class\\s+${binding}\\b|var\\s+${binding}\\s*=\\s*(?:async\\s*)?(?:function\\b|class\\b|\\([^()]*\\)\\s*=>|[\\w$]+\\s*=>))`).test(code);
    const assignments = [...code.matchAll(new RegExp(`(?<![\\w$.])${binding}\\s*(?:[-+*/%&|^]|\\*\\*|<<|>>>?|&&|\\|\\||\\?\\?)?=(?![=>])|(?<![\\w$.])${binding}\\s*(?:\\+\\+|--)|(?:\\+\\+|--)\\s*${binding}(?![\\w$])`, 'g'))];
    const reassigned = assignments.some((m) => !/\bvar\s+$/.test(code.slice(Math.max(0, m.index - 8), m.index)));
    if (declared && !reassigned) names.push(entry[1].startsWith('"') ? JSON.parse(entry[1]) : entry[1]);
  }
  return names;
}

/** One of esbuild's ES-module chunks as a piece: its CommonJS body, minified, and its helpers by name. */
export async function toPiece(name, text) {
  const { code: linked } = await transform(text, { format: 'cjs', target: 'node20', supported: { 'dynamic-import': false }, legalComments: 'none', logLevel: 'warning' });
  // The exports object itself (its getters read the piece's live bindings), not esbuild's copy of
  // it whose getters read those getters: half the work on every use of an import.
  const copied = 'module.exports = __toCommonJS(stdin_exports);';
  if (linked.split(copied).length > 2 || (linked.includes('stdin_exports') && !linked.includes(copied))) throw new Error(`bundle: esbuild's CommonJS exports changed in ${name}; update scripts/bundle-pieces.mjs`);
  const { helpers, body } = splitHelpers(linked.replace(copied, 'module.exports = __defProp(stdin_exports, "__esModule", { value: true });'));
  if (helpers.has('__export')) {
    if (!EXPORT_HELPER.test(helpers.get('__export'))) throw new Error(`bundle: esbuild's __export helper changed in ${name}; update scripts/bundle-pieces.mjs`);
    helpers.set('__export', helpers.get('__export').replace('enumerable: true }', 'enumerable: true, configurable: true }'));
  }
  const settled = settledExports(linked);
  if (settled.length) helpers.set('__settle', SETTLE_HELPER);
  const ending = settled.length ? `\n__settle(stdin_exports, ${JSON.stringify(settled)});\n` : '';
  const { code } = await transform(`${body}${ending}`, { minifyWhitespace: true, legalComments: 'none', logLevel: 'warning' });
  return { helpers, code };
}
