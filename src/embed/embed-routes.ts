/** Charts whose embed is a route of its own (src/pages/embed/<id>/index.astro) rather than one of
 * src/pages/embed/[chart].astro's: there, the page imports the stylesheet only that chart needs. */
export const OWN_EMBED_ROUTES: ReadonlySet<string> = new Set(["timeline", "actor-network"]);
