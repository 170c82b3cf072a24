// The pages the mineral charts live on beyond the overview, one topic each, in reading order. The
// overview (/minerals/) introduces each with its charts' takeaways and links here; each page's
// charts set their `page` to it, so an embed's credit leads back to the right place.

export interface MineralTopic {
  slug: string;
  title: string;
  description: string;
  lede: string;
  charts: readonly string[];
}

export const MINERAL_TOPICS = {
  ground: {
    slug: "ground",
    title: "In the ground",
    description: "Russia and Ukraine in world terms as USGS counts them, the claims governments and companies make beside that, and who processes the minerals.",
    lede: "How big each country is in world terms as the US Geological Survey counts it, what governments and companies claim beside it, and where the minerals are refined.",
    charts: ["minerals-in-the-ground", "minerals-claims-vs-assessments", "minerals-china-processing"],
  },
  occupation: {
    slug: "occupation",
    title: "Under occupation",
    description: "How much of Ukraine's mineral wealth lies in Russian-held ground, by whose estimate, what it is said to be worth, and where the named deposits are.",
    lede: "How much of Ukraine's mineral wealth lies in Russian-held ground, by whose estimate and what they count, what it is said to be worth, and where the named deposits are.",
    charts: ["minerals-occupied-estimates", "minerals-occupied-value", "minerals-deposits-map"],
  },
  money: {
    slug: "money",
    title: "The money",
    description: "Aid to Ukraine as said, voted and counted; the $500bn demand against the fund's capital; frozen Russian assets; Russia's oil and gas revenue.",
    lede: "Each chart keeps to one currency per axis, exactly as the sources state it: we convert none. Every bar names who says it, what it counts and when.",
    charts: ["minerals-money", "minerals-money-kiel", "minerals-money-fund", "minerals-money-frozen-assets", "minerals-money-russia-revenue"],
  },
  deal: {
    slug: "deal",
    title: "The deal, draft by draft",
    description: "The US–Ukraine minerals agreement's terms, from the first US draft through the revised drafts and the February framework to the signed text.",
    lede: "What the first US draft asked for, what the signed agreement says, and how the texts in between moved.",
    charts: ["minerals-deal-terms", "minerals-deal-drafts"],
  },
} as const satisfies Record<string, MineralTopic>;
