/**
 * The layout plan of every sample, as JSON, against its committed snapshot: any change to a layout
 * decision shows here, once, for all writers. After an intended change: `npx vitest run -u test/plan`
 * and read the diff of test/plan/__snapshots__/.
 */
import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../src/build/pipeline.ts';
import { isBatchFile } from '../../src/build/batch-files.ts';
import { planJson } from '../../src/plan/json.ts';
import { buildFile, planOf } from '../helpers/build.ts';

describe('layout plan of each sample', () => {
  for (const sample of findDocuments('data').filter((f) => !isBatchFile(f))) {
    it(sample, async () => {
      const name = sample.replace(/^data\//, '').replace(/\//g, '__').replace(/\.\w+$/, '.plan.json');
      await expect(planJson(planOf(buildFile(sample)))).toMatchFileSnapshot(`__snapshots__/${name}`);
    });
  }
});
