/** PDF writer: the plan's sections set in lines, paginated, and drawn with pdf-lib. */
import type { Fonts } from '../../layout/fonts.ts';
import type { LayoutPlan } from '../../plan/types.ts';
import { sectionFlow } from './flow.ts';
import { paginate } from './paginate.ts';
import type { PackStore } from './font-pack.ts';
import { renderSections } from './render.ts';

/** `store`: where the shared font subsets are kept between runs (font-pack.ts); without it they are made once per process. */
export async function writePdf(plan: LayoutPlan, fonts: Fonts, store?: PackStore): Promise<Uint8Array> {
  const typeset = { fonts, lines: plan.lines };
  const sections = plan.sections.map((section) => {
    const { box, chunks } = sectionFlow(section, typeset);
    return { box, page: section.page, pages: paginate(chunks, box.bodyHeight) };
  });
  const { year, month, day } = plan.info.date;
  return renderSections(
    sections,
    {
      title: plan.info.title,
      author: plan.info.author,
      // The document's own date, not the clock: the same plan gives the same bytes.
      date: new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)),
    },
    fonts,
    plan.images,
    store,
  );
}
