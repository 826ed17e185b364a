import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileSections, updateProfileDoc } from '../src/model/profile-docs.js';

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');

describe('docs/profile-format.md', () => {
  it('holds the field reference generated from the zod model', () => {
    const doc = read('docs/profile-format.md');
    expect(updateProfileDoc(doc), 'docs/profile-format.md drifted: run npm run docs').toBe(doc);
  });

  it('documents every mapping of the profile, each field with a type and a meaning', () => {
    const sections = profileSections();
    expect(sections.map((s) => s.path)).toEqual(
      expect.arrayContaining(['', 'account', 'account.billing.bills[]', 'orders[]', 'orders[].term', 'backups[].copies[]', 'claims[]']),
    );
    const orders = sections.find((s) => s.path === 'orders[]')!;
    expect(orders.fields.find((f) => f.key === 'kind')).toEqual({
      key: 'kind',
      type: '`subscription` \\| `payg` \\| `resource-package`',
      presence: 'default `subscription`',
      meaning: 'what was bought: a prepaid subscription, a pay-as-you-go resource or a resource package',
    });
    expect(orders.fields.find((f) => f.key === 'id')).toMatchObject({ type: 'string', presence: 'required' });
    const balance = sections.find((s) => s.path === 'account.billing')!.fields.find((f) => f.key === 'balance');
    expect(balance).toMatchObject({ type: 'money, may be negative', presence: '' });
    for (const section of sections) for (const field of section.fields) expect(field.meaning.length, `${section.path}.${field.key}`).toBeGreaterThan(5);
  });
});
