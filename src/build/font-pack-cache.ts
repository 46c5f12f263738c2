/**
 * The PDF writer's shared font subsets (writers/pdf/font-pack.ts) kept between runs in the cache folder
 * (kept-values.ts), under the hash of the program and of the font file: a run whose documents only use
 * their characters then neither parses nor subsets the fonts (nor loads fontkit). A damaged or foreign
 * file is not used (the writer checks it and makes the subset again); VAN_BAN_CACHE=0 keeps nothing.
 */
import type { PackStore } from '../writers/pdf/font-pack.ts';
import { keptFiles } from './kept-values.ts';

/** Four faces for each of the last few versions of the program. */
const KEPT_FONT_PACKS = 16;

/** The store in `folder` (the build's cache folder, `cacheFolder()`); none when the cache is off. */
export const fontPackStore = (folder: string | undefined): PackStore | undefined => (folder ? keptFiles('phong-pdf', folder, KEPT_FONT_PACKS) : undefined);
