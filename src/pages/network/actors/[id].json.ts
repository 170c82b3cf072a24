// One actor's details for the network's side panel, fetched when the reader selects the actor.
import type { APIRoute } from "astro";
import { getModel } from "../../../data/site.ts";
import { actorDetails } from "../../../views/network/actor-details.ts";

export function getStaticPaths() {
  return getModel().tables.actors.map((a) => ({ params: { id: a.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(actorDetails(getModel(), params.id!)), { headers: { "Content-Type": "application/json" } });
