/**
 * The layout plan as JSON, to read or compare it: lengths rounded to a thousandth of a point (of a mm
 * for the page), images shown by their hash and size instead of their bytes, and anything short enough
 * written on one line.
 */
import type { LayoutPlan } from './types.ts';

const LINE = 100;
const round = (value: number): number => Math.round(value * 1000) / 1000;

/** The plan as plain data: rounded numbers, byte arrays replaced by their length. */
function plain(value: unknown): unknown {
  if (typeof value === 'number') return round(value);
  if (value instanceof Uint8Array) return `${value.length} byte`;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)]));
  return value;
}

function format(value: unknown, depth: number): string {
  const flat = JSON.stringify(value);
  if (flat.length + depth <= LINE || value === null || typeof value !== 'object') return flat;
  const pad = ' '.repeat(depth + 1);
  const close = ' '.repeat(depth);
  if (Array.isArray(value)) return `[\n${value.map((v) => pad + format(v, depth + 1)).join(',\n')}\n${close}]`;
  const entries = Object.entries(value).map(([k, v]) => `${pad}${JSON.stringify(k)}: ${format(v, depth + 1)}`);
  return `{\n${entries.join(',\n')}\n${close}}`;
}

export const planJson = (plan: LayoutPlan): string => `${format(plain(plan), 0)}\n`;
