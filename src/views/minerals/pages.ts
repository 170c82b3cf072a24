// Which minerals have a page and a chart of their own. Kept apart from the registry list so chart
// builders can name a mineral's page without importing the registry.

/**
 * Minerals with a chart and a page of their own (/minerals/<slug>/, minerals-in-the-ground-<slug>):
 * those the side-by-side chart compares and those with USGS figures for Russia or Ukraine. A list
 * in code, because ids are permanent addresses; figures added to data/ for these minerals appear
 * in their charts by themselves.
 */
export const MINERAL_PAGES: readonly { mineral: string; slug: string }[] = [
  { mineral: "min-rare-earths", slug: "rare-earths" },
  { mineral: "min-lithium", slug: "lithium" },
  { mineral: "min-graphite", slug: "graphite" },
  { mineral: "min-titanium", slug: "titanium" },
  { mineral: "min-manganese", slug: "manganese" },
  { mineral: "min-nickel", slug: "nickel" },
  { mineral: "min-iron-ore", slug: "iron-ore" },
  { mineral: "min-gallium", slug: "gallium" },
  { mineral: "min-zirconium", slug: "zirconium" },
  { mineral: "min-aluminium", slug: "aluminium" },
  { mineral: "min-niobium", slug: "niobium" },
];

export const mineralPagePath = (mineral: string): string | null => {
  const page = MINERAL_PAGES.find((m) => m.mineral === mineral);
  return page ? `/minerals/${page.slug}/` : null;
};
