// The README's formula reference, written from the one table of custom functions.
// `npm run docs` rewrites it; a test fails when README.md and the table disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUSTOM_FUNCTIONS, type CustomFunctionSpec } from '../src/functions/table';

const START = '<!-- formulas:start -->';
const END = '<!-- formulas:end -->';
export const README = join(import.meta.dirname, '..', 'README.md');

function signature(spec: CustomFunctionSpec): string {
  const params = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${spec.name}(${params.join(', ')})`;
}

export function formulaReference(): string {
  return CUSTOM_FUNCTIONS.map((spec) => {
    const params = spec.params.map(
      (p) => `| \`${p.name}\` | ${p.optional ? 'optional' : 'required'} | ${p.description} |`,
    );
    return [
      `### \`${signature(spec)}\``,
      '',
      spec.summary,
      '',
      '| parameter | | meaning |',
      '|---|---|---|',
      ...params,
      '',
      `Returns: ${spec.returns} Example: \`${spec.example}\``,
    ].join('\n');
  }).join('\n\n');
}

export function readmeWithReference(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${formulaReference()}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(README, readmeWithReference(readFileSync(README, 'utf8')));
  console.log('README.md formula reference updated from src/functions/table.ts');
}
