/** The Node versions package.json promises are the ones every installed package and the start-up check accept. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_REQUIRED, nodeSupported } from '../src/cli/start.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };

/** The lowest version of `major` a range like "^20.19.0 || >=22.12.0" or ">=18" allows, or undefined. */
function lowestOf(range: string, major: number): [number, number] | undefined {
  const lows = range.split('||').flatMap((part) => {
    const m = /(\^|>=|~)?\s*v?(\d+)(?:\.(\d+|x))?/.exec(part.trim());
    if (!m) return [];
    const [low, minor] = [Number(m[2]), m[3] === undefined || m[3] === 'x' ? 0 : Number(m[3])];
    if (m[1] === '>=') return low < major ? [[major, 0] as [number, number]] : low === major ? [[major, minor] as [number, number]] : [];
    return low === major ? [[major, minor] as [number, number]] : [];
  });
  return lows.sort((a, b) => a[1] - b[1])[0];
}

function installedEngines(): { name: string; node: string }[] {
  const dirs = readdirSync('node_modules').flatMap((d) => (d.startsWith('@') ? readdirSync(join('node_modules', d)).map((s) => join(d, s)) : [d]));
  return dirs
    .map((d) => join('node_modules', d, 'package.json'))
    .filter((p) => existsSync(p))
    .map((p) => JSON.parse(readFileSync(p, 'utf8')) as { name: string; engines?: { node?: string } })
    .filter((p) => typeof p.engines?.node === 'string')
    .map((p) => ({ name: p.name, node: p.engines!.node! }));
}

describe('engines', () => {
  it('package.json and the start-up check say the same', () => {
    expect(pkg.engines.node).toBe(NODE_REQUIRED);
    expect(['20.0.0', '20.9.0', '20.18.3', '21.7.0', '22.11.0'].map(nodeSupported)).toEqual([false, false, false, false, false]);
    expect(['20.19.0', '20.20.2', '22.12.0', '24.1.0'].map(nodeSupported)).toEqual([true, true, true, true]);
  });

  it('no installed package needs a newer Node 20 or 22 than package.json promises', () => {
    const tooNew = installedEngines().flatMap(({ name, node }) =>
      [20, 22].flatMap((major) => {
        const ours = lowestOf(NODE_REQUIRED, major)!;
        const theirs = lowestOf(node, major);
        return theirs && (theirs[1] > ours[1]) ? [`${name} (${node}) for Node ${major}`] : [];
      }),
    );
    expect(tooNew).toEqual([]);
  });

  it('the PDF library uses import attributes ("with { type: \'json\' }"), which Node has only from 20.10', () => {
    const font = readFileSync('node_modules/@cantoo/pdf-lib/es/packages/standard-fonts/Font.js', 'utf8');
    expect(font).toMatch(/with \{ ?type: ?['"]json['"] ?\}/);
    expect(nodeSupported('20.9.0')).toBe(false);
  });
});
