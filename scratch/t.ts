import { loadProfile } from '../src/load/load-profile.js';
const src = `format: clausecheck/v1
account:
  id: "123"
  contacts:
    emial: x@y.com
  billing:
    balance: 1e3
orders:
  - id: o1
    kind: payg
    billing: prepaid
    placed_at: 2026-02-30
    amount: "12.5"
  - kind: subscription
backups:
  - resource: i-nope
`;
const r = loadProfile('t.yaml', Buffer.from(src));
for (const e of r.errors) console.log(`${r.file}:${e.line}:${e.column}  ${e.message}  (${e.path.join('.')})`);
