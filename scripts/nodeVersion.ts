// The Node.js KPI Guard needs, as package.json's "engines" states it, and the plain sentence
// npm start prints on an older one. What sets the floor:
// - vm.constants.DONT_CONTEXTIFY (the add-on's ordinary global scope): Node 20.18 / 22.8
// - import.meta.dirname (scripts and tests): Node 20.11
// - Vite, under the test runner: ^20.19.0 || >=22.12.0 (its own "engines"); the highest floor.

export const REQUIRED_NODE = '^20.19.0 || >=22.12.0';

/** Whether `version` ("20.19.1", "v22.12.0") satisfies REQUIRED_NODE. */
export function nodeSatisfies(version: string): boolean {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 12;
  return major > 22;
}

/** A sentence for the user when this Node is too old, else null. */
export function nodeProblem(version: string): string | null {
  if (nodeSatisfies(version)) return null;
  return `KPI Guard needs Node.js 20.19 or later on Node 20, or 22.12 or later; this is Node.js ${version.replace(/^v/, '')}. Install a current LTS (https://nodejs.org) and run npm start again.`;
}
