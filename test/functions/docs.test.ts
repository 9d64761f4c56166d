import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, readmeWithReference } from '../../scripts/formulaDocs';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';

describe('the README formula reference', () => {
  it('matches the table of custom functions (run `npm run docs` after changing it)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(readmeWithReference(readme));
  });

  it('documents every function with an example that calls it', () => {
    for (const spec of CUSTOM_FUNCTIONS)
      expect(spec.example.startsWith(`=${spec.name}(`)).toBe(true);
  });
});
