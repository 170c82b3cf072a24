import { describe, expect, it } from "vitest";
import { withLinkTargets } from "../../src/embed/link-targets.ts";

describe("link targets in embeds", () => {
  it("sends every link without a target to the top window, SVG links included, and keeps chosen targets", () => {
    const svg = `<svg><a href="/events/x/" tabindex="-1"><circle/></a><a class="n" href="/actors/y/" target="_blank"><path/></a><animate/><a>t</a></svg>`;
    expect(withLinkTargets(svg)).toBe(`<svg><a target="_top" href="/events/x/" tabindex="-1"><circle/></a><a class="n" href="/actors/y/" target="_blank"><path/></a><animate/><a target="_top">t</a></svg>`);
  });
});
