// Generated from data/datapackage.json by `npm run types`. Do not edit by hand.
// Empty cells are null; list cells are arrays (empty when the cell is empty).

/** Every publisher a source comes from, classified by what kind of publisher it is. The kind decides what a source can carry: a fact (an event, measure, figure, deal term, deposit's control or relation) needs at least one source from an official body, an international organisation, a wire service or an established outlet, unless it is a claim its own side's publisher reports. Sources point here by id. */
export interface PublisherRow {
  /** Stable id, 'pub-' then a slug of the name (pub-reuters, pub-ofac). Never reused. */
  id: string;
  /** The publisher's name as readers know it; pages show this name for every source it published. */
  name: string;
  /** The web domains it publishes on, without 'www.', separated by ';' (reuters.com;in.reuters.com). A source's URL must be on one of them or on a subdomain of one. */
  domains: string[];
  /** What kind of publisher it is: official (a government, legislature, court, regulator or official gazette publishing its own acts and statements), international-organisation (UN, IEA, IMF ...), wire (a news agency that is not state-controlled), established-outlet (a newsroom with a record of editorial standards and corrections), specialist (trade and industry press, data providers), law-firm, think-tank (research institutes, including trackers such as the Kiel Institute), encyclopedia (and its mirrors), company (a company's own site), other-outlet (a smaller or regional newsroom: never enough for a fact on its own), aggregator (a site that reposts or rewrites others' reports: reprint_of required), partisan (an outlet known for partisan or conspiratorial content), state-media (state-controlled media: carries only its own state's side). */
  kind: "official" | "international-organisation" | "wire" | "established-outlet" | "specialist" | "law-firm" | "think-tank" | "encyclopedia" | "company" | "other-outlet" | "aggregator" | "partisan" | "state-media";
  /** ISO 3166-1 alpha-2 code of the country it is based in, EU for EU institutions, INT for international organisations and encyclopedias; empty if not known. For official bodies and state media, the state whose side it speaks for. */
  country: string | null;
  /** Id of the actor this publisher is, if it is also an actor in the story (the Kremlin's site is act-kremlin). A figure or claim by that actor may rest on its own pages. */
  actor: string | null;
  /** Why it has this kind, in a few words. */
  reason: string;
  /** A page that supports the classification where it is not obvious (the publisher's own about page, an encyclopedia entry). http or https only. */
  reason_url: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** Every publication a row cites: the page a fact was read on, its publisher and dates. Rows in other tables point here by id; each source points to its publisher in publishers.csv. */
export interface SourceRow {
  /** Stable id, 'src-' then a lowercase slug (publisher, date, topic). Never reused. */
  id: string;
  /** Id of the publisher of the page cited, in publishers.csv; pages show that publisher's name, and its kind decides what the source can carry. */
  publisher: string;
  /** The page's own title or headline. Where the headline could not be read, a short description of the page (maintainer_notes say so). */
  title: string;
  /** Where the page is: the address its publisher gives it (for EU acts, the ELI), http or https, on one of the publisher's domains. One row per page. */
  url: string;
  /** When the page was published (YYYY, YYYY-MM or YYYY-MM-DD). Empty if the page carries no date. */
  published: string | null;
  /** The day someone on this team last read the page itself, YYYY-MM-DD. It changes only when someone reads the page again; empty when read_directly is false. */
  accessed: string | null;
  /** true if someone on this team read the page itself; false if its content was only checked in other pages that quote it (maintainer_notes say which). A source not read directly never carries a fact on its own. */
  read_directly: boolean;
  /** Language of the page, ISO 639-1 (en, uk, ru, de ...). */
  language: string | null;
  /** If the page republishes another publisher's report (wire copy on a partner site, an aggregator's repost), the id of that original publisher in publishers.csv. Required when the publisher is an aggregator. Empty if the page is the original. */
  reprint_of: string | null;
  /** A web-archive copy of the page, if one is known. http or https only. */
  archive_url: string | null;
  /** The source's reuse terms where known (e.g. public domain as a US government work). */
  reuse: string | null;
  /** What a reader should know about this row, shown on its page: a caveat, how a date or figure is to be read. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** People, governments, agencies, legislatures, companies, media and international bodies in the story. */
export interface ActorRow {
  /** Stable id, 'act-' then a slug of the name (act-scott-bessent, act-ofac). */
  id: string;
  /** Name as most English-language sources write it. */
  name: string;
  /** What sort of actor this is. */
  kind: "person" | "government" | "agency" | "legislature" | "company" | "media" | "organization" | "international-body";
  /** ISO 3166-1 alpha-2 code of the country the actor belongs to; EU for European Union bodies; INT for international bodies. */
  country: string;
  /** Role or title at the time of the events cited, with dates in words where they matter. */
  role: string | null;
  /** Id of the actor this one sits within (OFAC within the Treasury). Empty if none. */
  parent: string | null;
  /** Ids of the sources that support this row, separated by ';'. At least one. */
  sources: string[];
  /** What a reader should know about this row, shown on its page: a caveat, how a date or figure is to be read. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** Dated events from 2014 on: sanctions, relief talks, the minerals deal, the war and energy. */
export interface EventRow {
  /** Stable id: 'evt-', the date as first recorded, then a slug (evt-2025-02-12-trump-putin-call). Kept even if the date is later corrected. */
  id: string;
  /** When it happened, to the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Last day of an event that spans days, same format. Empty for a single-day event. */
  end: string | null;
  /** One line in our own words. */
  headline: string;
  /** Two or three sentences in our own words: what happened and why it matters here. */
  summary: string;
  /** Which thread of the story the event belongs to. */
  track: "sanctions" | "relief-diplomacy" | "minerals-deal" | "war" | "energy";
  /** 3 = a turning point, 2 = notable, 1 = context. */
  importance: number;
  /** Ids of the sources that support this row, separated by ';'. At least one. */
  sources: string[];
  /** What a reader should know about this row, shown on its page: a caveat, how a date or figure is to be read. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** Who took part in each event, and how. */
export interface EventActorRow {
  /** Id of the event. */
  event: string;
  /** Id of the actor. */
  actor: string;
  /** The actor's part: initiator (did it), participant, target (it was done to them), host, spokesperson (announced or commented), reporter (broke the news). */
  role: "initiator" | "participant" | "target" | "host" | "spokesperson" | "reporter";
  /** Ids of the sources that name this actor in this event. */
  sources: string[];
}

/** Editorial periods of the story, shaded behind the timeline. Each era starts on the date of the event it names and runs until the next era starts; the events carry the sources, so eras cite none. */
export interface EraRow {
  /** Stable id, 'era-' then a slug. */
  id: string;
  /** Short name shown on the timeline. */
  name: string;
  /** A shorter name for the timeline's narrow drawings (a phone, a 320-px embed), used where the full name does not fit over its era; the full name stays in the chart's description and tooltip. Empty: the full name only. */
  short_name: string | null;
  /** Id of the event that opens the era; the era starts on its date. */
  start_event: string;
  /** One or two sentences in our own words on what defines the era. */
  description: string;
}

/** The guided account at /story/, one row per step in reading order: what the step says, the events it rests on, and what the graphic beside it shows. The events carry the sources, so steps cite none of their own. */
export interface StoryStepRow {
  /** Stable id, 'step-' then a slug; the step's address is /story/#<id>. */
  id: string;
  /** The day the step is set on: the graphic shows the record as of this day (YYYY-MM-DD). */
  date: string;
  /** Short heading of the step, in our own words. */
  title: string;
  /** What the step tells, in one to three sentences of our own words; every fact in it comes from the events it cites. */
  text: string;
  /** Ids of the events the text rests on, separated by ';'; the step links to each. */
  events: string[];
  /** What the graphic shows: timeline (a window of the timeline), network (the actor network as of the date, around focus), chart (a chart by id). */
  view: "timeline" | "network" | "chart";
  /** For view timeline: the first day of the window shown. */
  window_start: string | null;
  /** For view timeline: the last day of the window shown. */
  window_end: string | null;
  /** For view network: the actor the step is about, drawn highlighted. */
  focus: string | null;
  /** For view chart: the id of the chart shown (as at /embed/<chart>/), drawn with deposit control as of the date. */
  chart: "minerals-deal-terms" | "minerals-deposits-map" | "minerals-money" | "minerals-in-the-ground" | "minerals-occupied-estimates" | "minerals-claims-vs-assessments" | "minerals-china-processing" | "events-by-year" | null;
  /** Ids of the marks to highlight in the chart (rows the chart draws), separated by ';'. */
  highlight: string[];
}

/** Typed, dated links between two actors: who called, met, sanctioned or signed with whom. */
export interface RelationRow {
  /** Stable id, 'rel-' then a slug. */
  id: string;
  /** Id of the actor the relation starts from (the one who called, sanctioned, appointed ...). */
  from: string;
  /** Id of the other actor. */
  to: string;
  /** What links them. */
  type: "met" | "called" | "negotiated-with" | "mediated" | "sanctioned" | "eased-sanctions-on" | "signed-with" | "appointed" | "heads" | "member-of" | "reported-on" | "offered-deal-to" | "demanded-from" | "threatened" | "invested-in" | "criticized";
  /** true if the relation has a direction (A sanctioned B); false if it is mutual (A met B). */
  directed: boolean;
  /** When the relation began (or the day it happened). */
  start: string;
  /** When it ended; empty if it is ongoing, unknown, or a one-day contact recorded by start alone. */
  end: string | null;
  /** What happened between them, in our own words. */
  summary: string;
  /** Id of the event this relation is part of, if any. */
  event: string | null;
  /** Ids of the sources that support this row, separated by ';'. At least one. */
  sources: string[];
  /** What a reader should know about this row, shown on its page: a caveat, how a date or figure is to be read. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** Sanctions measures and proposed or granted relief: who imposed what, by which instrument, on whom, and whether it still stands. */
export interface MeasureRow {
  /** Stable id, 'msr-' then a slug. */
  id: string;
  /** Short name in our words. */
  name: string;
  /** Id of the actor that imposed or proposed it. */
  authority: string;
  /** The legal instrument: executive order number, EU package or regulation, OFAC directive or general licence, statute. */
  instrument: string;
  /** What the measure does. */
  type: "national-emergency" | "blocking" | "sectoral" | "price-cap" | "import-ban" | "export-control" | "investment-ban" | "visa-ban" | "swift-disconnection" | "asset-immobilisation" | "secondary-tariff" | "statute" | "general-licence" | "delisting" | "relief-proposal" | "other";
  /** Who or what it applies to, in our words. */
  target: string;
  /** Where it stands as of the last update: active, lifted, proposed, suspended, expired or superseded. */
  status: "active" | "lifted" | "proposed" | "suspended" | "expired" | "superseded";
  /** When it was imposed, issued or proposed. */
  start: string;
  /** When it was lifted or ended; empty if it still stands. */
  end: string | null;
  /** Id of the event that announced it, if any. */
  event: string | null;
  /** What it does, in our own words. */
  summary: string;
  /** Ids of the sources that support this row, separated by ';'. At least one. */
  sources: string[];
  /** What a reader should know about this row, shown on its page: a caveat, how a date or figure is to be read. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** The minerals and commodities the figures refer to. A vocabulary, not a set of claims, so it cites no sources. */
export interface MineralRow {
  /** Stable id, 'min-' then a slug (min-rare-earths). */
  id: string;
  /** Name as used on the site. */
  name: string;
  /** Chemical symbol or usual abbreviation (Li, REE), if any. */
  symbol: string | null;
  /** One line on what it is and what it is used for, in our own words. */
  description: string | null;
}

/** Reserves, resources, production and shares by country, mineral and year, each exactly as its source states it. A missing figure is a row with no value and a reason, never a zero. */
export interface MineralStatRow {
  /** Stable id, 'ms-' then a slug. */
  id: string;
  /** ISO 3166-1 alpha-2 code (RU, UA, CN, US ...) or WORLD. */
  country: string;
  /** Id of the mineral. */
  mineral: string;
  /** What is measured. Reserves and resources are different bases and are never charted on one axis. */
  metric: "reserves" | "resources" | "mine-production" | "refined-production" | "share-of-world-reserves" | "share-of-world-production" | "share-of-world-refining" | "import-reliance" | "deposit-count";
  /** The year (or date) the figure refers to, not the year it was published. */
  year: string;
  /** The publication edition the figure comes from, where it has one (USGS Mineral Commodity Summaries 2025). */
  edition: string | null;
  /** The figure, in the unit given. Empty when no figure exists; then missing_reason says why. */
  value: number | null;
  /** Only when the source itself qualifies the number: about (the source says approximately), more-than, less-than, at-least, up-to. Empty means the source states the number as is. */
  qualifier: "about" | "more-than" | "less-than" | "at-least" | "up-to" | null;
  /** Unit as the source gives it: t, kt, Mt, %, count. */
  unit: string;
  /** What the tonnage counts: rare-earth oxide equivalent, lithium content, ore, contained metal ... */
  basis: string;
  /** Id of the actor whose figure this is (USGS, a ministry), when that matters for comparing claims. */
  claimant: string | null;
  /** Why there is no figure (e.g. USGS publishes none for this country). Only when value is empty. */
  missing_reason: string | null;
  /** Ids of the sources that support this row, separated by ';'. At least one. */
  sources: string[];
  /** What a reader should know about this row, shown on its page: a caveat, how a date or figure is to be read. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** Named mineral deposits: where they are and how precisely we know it. Who controls the ground, and since when, is in deposit_control. */
export interface DepositRow {
  /** Stable id, 'dep-' then a slug of the name. */
  id: string;
  /** Name as English-language sources usually write it; other spellings in notes. */
  name: string;
  /** The name as map labels and lists print it, where the full name is longer ("Kruta Balka" for the Kruta Balka lithium deposit); empty: the full name. */
  short_name: string | null;
  /** ISO 3166-1 alpha-2 code of the country the deposit lies in under international law. */
  country: string;
  /** Oblast or region. */
  region: string;
  /** Ids of the minerals it holds, separated by ';'. */
  minerals: string[];
  /** Latitude in decimal degrees (WGS 84), if known. */
  lat: number | null;
  /** Longitude in decimal degrees (WGS 84), if known. */
  lon: number | null;
  /** How exact the location is: point (a source gives the deposit's coordinates), settlement (centre of the nearest named settlement), region (centre of the oblast), unknown (no location drawn). */
  location_precision: "point" | "settlement" | "region" | "unknown";
  /** Key facts in our own words (size, licence holder, status of work). */
  summary: string | null;
  /** Ids of the sources for the deposit's existence, minerals and location. */
  sources: string[];
  /** What a reader should know about this row, shown on its page: other spellings of the name, a caveat on location or control. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** Who controls the ground of each deposit, as a history: one row per reported state, each with the date it refers to and its sources. A state holds from its date until the deposit's next state; the latest is the deposit's control today. Rows of one deposit are listed in date order. */
export interface DepositControlRow {
  /** Id of the deposit in deposits.csv. */
  deposit_id: string;
  /** The date the state refers to: the day a source reports it, at the precision the source gives. No two states of one deposit share a date, and each comes after the one before it. */
  as_of: string;
  /** Who controls the ground from as_of: ukraine, russia, contested (fighting over it is reported), unknown (no source we accept says). */
  control: "ukraine" | "russia" | "contested" | "unknown";
  /** Ids of the sources for this state, separated by ';'. */
  sources: string[];
  /** What a reader should know about this state, shown beside it: a caveat on what the sources say. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how the state and its date were derived from the sources. */
  maintainer_notes: string | null;
}

/** Money and shares around the deal: aid as claimed, appropriated and tracked; demands; the fund's capital; frozen Russian assets; Russian oil and gas revenue; estimates of resources under occupation. */
export interface FigureRow {
  /** Stable id, 'fig-' then a slug. */
  id: string;
  /** Which comparison the figure belongs to. */
  topic: "us-aid" | "international-aid" | "demand" | "fund" | "frozen-assets" | "oil-gas-revenue" | "occupied-resources" | "resource-value" | "other";
  /** What the figure measures, in our own words. */
  label: string;
  /** claim (said by a politician or party), appropriated (voted by a legislature), committed, tracked (counted by an independent tracker), estimate (by an analyst), official (an official statistic), term (a term of an agreement). */
  kind: "claim" | "appropriated" | "committed" | "tracked" | "estimate" | "official" | "term";
  /** Id of the actor who made the claim or produced the figure. */
  claimant: string | null;
  /** The figure, in unit × scale. */
  value: number;
  /** Upper end, when the source gives a range (then value is the lower end). */
  value_high: number | null;
  /** Only when the source itself qualifies the number: about (the source says approximately), more-than, less-than, at-least, up-to. Empty means the source states the number as is. */
  qualifier: "about" | "more-than" | "less-than" | "at-least" | "up-to" | null;
  /** Currency code (USD, EUR, RUB), % or another unit. */
  unit: string;
  /** Multiplier for value: thousand, million, billion, trillion; empty for none. */
  scale: "thousand" | "million" | "billion" | "trillion" | null;
  /** When the figure was stated or the date it is valid for. */
  as_of: string;
  /** Start of the period the figure covers, if it covers one. */
  period_start: string | null;
  /** End of that period. */
  period_end: string | null;
  /** For shares and values of resources: what is counted (metals; rare earths and critical minerals; all minerals and energy). */
  basket: string | null;
  /** Whose money it is, where the charts group by it: aid given by the United States, Europe or all donors; export revenue paid by EU buyers or by all buyers. Empty: not grouped by payer. */
  paid_by: "united-states" | "europe" | "eu" | "all" | null;
  /** A figure that is not a total of its topic, so a chart keeps it off the totals' axis: interest (earned on the assets, not the assets), difference (a gap between two totals, which is not a total). Empty: a total. */
  part: "interest" | "difference" | null;
  /** Ids of the sources that support this row, separated by ';'. At least one. */
  sources: string[];
  /** What a reader should know about this row, shown on its page: a caveat, how a date or figure is to be read. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** Terms of the US–Ukraine minerals agreement as they changed from the first draft to the signed text. */
export interface DealTermRow {
  /** Stable id, 'term-' then a slug. */
  id: string;
  /** Which term. */
  topic: "revenue-share" | "debt" | "governance" | "us-contribution" | "scope" | "capital" | "security-guarantees" | "ownership" | "other";
  /** Which text: first-draft, revised-draft, framework-agreement, signed-agreement. */
  version: "first-draft" | "revised-draft" | "framework-agreement" | "signed-agreement";
  /** Date of that version. */
  version_date: string;
  /** The term in our own words. */
  text: string;
  /** Ids of the sources that support this row, separated by ';'. At least one. */
  sources: string[];
  /** What a reader should know about this row, shown on its page: a caveat, how a date or figure is to be read. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** Places where sources disagree about a row. The claims table holds each side. */
export interface DisputeRow {
  /** Stable id, 'dsp-' then a slug. */
  id: string;
  /** The table of the row in dispute. */
  subject_table: "actors" | "events" | "relations" | "measures" | "mineral_stats" | "deposits" | "figures" | "deal_terms";
  /** Id of the row in dispute, in subject_table. */
  subject_id: string;
  /** What the sources disagree about, in our words. */
  question: string;
  /** What a reader should know about this row, shown on its page: a caveat, how a date or figure is to be read. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** One side of a dispute: who says what, and where. */
export interface ClaimRow {
  /** Stable id, 'clm-' then a slug. */
  id: string;
  /** Id of the dispute. */
  dispute: string;
  /** Who says it, as a reader would name them (Kyiv Independent; the Kremlin). */
  claimant: string;
  /** Id of the claimant in actors, if it is one. */
  claimant_actor: string | null;
  /** What they say, in our own words. */
  claim: string;
  /** The disputed value as this side gives it (a date, a number with its unit), if there is one. */
  value: string | null;
  /** Ids of the sources that support this row, separated by ';'. At least one. */
  sources: string[];
}

/** Reference points used to place deposits that have no coordinates of their own: an oblast's representative point (for deposits known only to their oblast) or a named settlement next to a deposit. A place is where we draw a deposit, not where the deposit is; every point cites the page it was read on. */
export interface PlaceRow {
  /** Stable id, 'plc-' then a slug of the name (plc-kirovohrad-oblast, plc-irshansk). */
  id: string;
  /** Name as English-language sources usually write it. */
  name: string;
  /** oblast: the representative point an encyclopedia gives for the whole oblast (deposits whose location_precision is region and whose region matches are drawn there); settlement: the centre of a named town or village next to the deposits listed in deposits. */
  kind: "oblast" | "settlement";
  /** The oblast the place lies in, written exactly as in deposits.region (Kirovohrad Oblast). */
  region: string;
  /** Latitude in decimal degrees (WGS 84), as the cited page gives it. */
  lat: number;
  /** Longitude in decimal degrees (WGS 84), as the cited page gives it. */
  lon: number;
  /** For a settlement: ids of the deposits (location_precision settlement) that lie next to it, separated by ';'. Empty for an oblast, whose deposits are matched by region. */
  deposits: string[];
  /** Ids of the sources that give the coordinates, separated by ';'. At least one. */
  sources: string[];
  /** What a reader should know about this row, shown on its page: a caveat, how a date or figure is to be read. In our own words; research notes go in maintainer_notes. */
  notes: string | null;
  /** For maintainers only, never shown on a page: how a date was derived, where a fact was checked, which publisher a reprint reproduces, what is still uncertain. */
  maintainer_notes: string | null;
}

/** The public log of the data: one row per kind of change in each data version, oldest first, with the rows it concerns and a line for readers. The latest version here is the data version in datapackage.json, CITATION.cff and on every page. The validator checks a pull request's new rows against what the pull request changed. */
export interface ChangeRow {
  /** The data version this change made, MAJOR.MINOR.PATCH: a removal or a change of the schema raises MAJOR, an addition or update MINOR, a correction PATCH. */
  version: string;
  /** The day the change was published (YYYY-MM-DD). */
  date: string;
  /** addition (new rows), update (rows brought up to date with later facts), correction (a wrong value put right), removal (rows taken out; see redirects.csv) or schema (columns or tables changed). */
  kind: "addition" | "update" | "correction" | "removal" | "schema";
  /** Ids of the rows this change concerns, separated by ;. A change to an event's actors counts as a change to the event. May be empty for a change of the schema or one that touches a whole table. */
  rows: string[];
  /** What changed, in one line for readers: it is shown on /changes/ and, for a correction, on the page of each row it names. */
  description: string;
}

/** Every id that was published and is no longer in its table: where it went (a renamed or merged row) or, with no replacement, that it was removed, when and why. Ids are permanent addresses: the site keeps a page at each old address that forwards to the new one or says what was removed. */
export interface RedirectRow {
  /** The id that is no longer in its table. */
  id: string;
  /** The table it was in. */
  table: "publishers" | "sources" | "actors" | "events" | "eras" | "story_steps" | "relations" | "measures" | "minerals" | "mineral_stats" | "deposits" | "figures" | "deal_terms" | "disputes" | "claims" | "places";
  /** What the row was, as readers knew it (an event's headline, an actor's name): shown at the old address. */
  label: string;
  /** The id in the same table that now holds its facts (after a rename or a merge). Empty when the row was removed. */
  replacement: string | null;
  /** The day it was renamed or removed (YYYY-MM-DD). */
  date: string;
  /** The data version in which it went, as in changes.csv. */
  version: string;
  /** Why, in a line for readers: shown on the page left at the old address. */
  reason: string;
}

/** Every id that has been published, so that the validator can require a redirect for any of them that disappears even where the repository's history is not at hand (a download, a shallow clone). npm run changes -- --write adds new ids. */
export interface PublishedIdRow {
  /** An id that has been published. (No pattern here: each id was checked in its own table when it was added.) */
  id: string;
  /** The table it belongs to. */
  table: "publishers" | "sources" | "actors" | "events" | "eras" | "story_steps" | "relations" | "measures" | "minerals" | "mineral_stats" | "deposits" | "figures" | "deal_terms" | "disputes" | "claims" | "places";
}

/** Every table, by resource name. */
export interface Tables {
  publishers: PublisherRow[];
  sources: SourceRow[];
  actors: ActorRow[];
  events: EventRow[];
  event_actors: EventActorRow[];
  eras: EraRow[];
  story_steps: StoryStepRow[];
  relations: RelationRow[];
  measures: MeasureRow[];
  minerals: MineralRow[];
  mineral_stats: MineralStatRow[];
  deposits: DepositRow[];
  deposit_control: DepositControlRow[];
  figures: FigureRow[];
  deal_terms: DealTermRow[];
  disputes: DisputeRow[];
  claims: ClaimRow[];
  places: PlaceRow[];
  changes: ChangeRow[];
  redirects: RedirectRow[];
  published_ids: PublishedIdRow[];
}

/** What each coded value is called on a page (the categories in datapackage.json). */
export const LABELS = {
  publishers: {
    kind: { "official": "official body", "international-organisation": "international organisation", "wire": "wire service", "established-outlet": "established news outlet", "specialist": "specialist or trade publication", "law-firm": "law firm", "think-tank": "think tank or research institute", "encyclopedia": "encyclopedia", "company": "company", "other-outlet": "other news outlet", "aggregator": "aggregator or reprint site", "partisan": "partisan site", "state-media": "state media" } satisfies Record<PublisherRow["kind"] & string, string>,
  },
  actors: {
    kind: { "person": "Person", "government": "Government", "agency": "Agency", "legislature": "Legislature", "company": "Company", "media": "Media", "organization": "Organization", "international-body": "International body" } satisfies Record<ActorRow["kind"] & string, string>,
  },
  events: {
    track: { "sanctions": "Sanctions", "relief-diplomacy": "Relief & diplomacy", "minerals-deal": "Minerals deal", "war": "War", "energy": "Energy" } satisfies Record<EventRow["track"] & string, string>,
  },
  relations: {
    type: { "met": "met", "called": "called", "negotiated-with": "negotiated with", "mediated": "mediated", "sanctioned": "sanctioned", "eased-sanctions-on": "eased sanctions on", "signed-with": "signed with", "appointed": "appointed", "heads": "heads", "member-of": "member of", "reported-on": "reported on", "offered-deal-to": "offered deal to", "demanded-from": "demanded from", "threatened": "threatened", "invested-in": "invested in", "criticized": "criticized" } satisfies Record<RelationRow["type"] & string, string>,
  },
  measures: {
    type: { "national-emergency": "National emergency", "blocking": "Blocking", "sectoral": "Sectoral", "price-cap": "Price cap", "import-ban": "Import ban", "export-control": "Export control", "investment-ban": "Investment ban", "visa-ban": "Visa ban", "swift-disconnection": "SWIFT disconnection", "asset-immobilisation": "Asset immobilisation", "secondary-tariff": "Secondary tariff", "statute": "Statute", "general-licence": "General licence", "delisting": "Delisting", "relief-proposal": "Relief proposal", "other": "Other" } satisfies Record<MeasureRow["type"] & string, string>,
    status: { "active": "Active", "lifted": "Lifted", "proposed": "Proposed", "suspended": "Suspended", "expired": "Expired", "superseded": "Superseded" } satisfies Record<MeasureRow["status"] & string, string>,
  },
  mineral_stats: {
    metric: { "reserves": "Reserves", "resources": "Resources", "mine-production": "Mine production", "refined-production": "Refined or smelter production", "share-of-world-reserves": "Share of world reserves", "share-of-world-production": "Share of world production", "share-of-world-refining": "Share of world refining", "import-reliance": "US import reliance", "deposit-count": "Number of deposits" } satisfies Record<MineralStatRow["metric"] & string, string>,
  },
  deposit_control: {
    control: { "ukraine": "Held by Ukraine", "russia": "Held by Russia", "contested": "Contested", "unknown": "Control unknown" } satisfies Record<DepositControlRow["control"] & string, string>,
  },
  figures: {
    kind: { "claim": "Claim", "appropriated": "Appropriated", "committed": "Committed", "tracked": "Tracked", "estimate": "Estimate", "official": "Official figure", "term": "Term of the deal" } satisfies Record<FigureRow["kind"] & string, string>,
    paid_by: { "united-states": "The United States", "europe": "Europe", "eu": "The EU", "all": "All donors or buyers" } satisfies Record<FigureRow["paid_by"] & string, string>,
    part: { "interest": "Interest earned", "difference": "Difference between two totals" } satisfies Record<FigureRow["part"] & string, string>,
  },
  deal_terms: {
    topic: { "revenue-share": "Revenue share", "debt": "Debt for past aid", "governance": "Governance", "us-contribution": "US contribution", "scope": "Scope", "capital": "Size of the fund", "security-guarantees": "Security guarantees", "ownership": "Who owns what", "other": "Other terms" } satisfies Record<DealTermRow["topic"] & string, string>,
    version: { "first-draft": "First US draft", "revised-draft": "Revised US draft", "framework-agreement": "Framework text", "signed-agreement": "Signed agreement" } satisfies Record<DealTermRow["version"] & string, string>,
  },
  changes: {
    kind: { "addition": "Added", "update": "Updated", "correction": "Corrected", "removal": "Removed", "schema": "Tables changed" } satisfies Record<ChangeRow["kind"] & string, string>,
  },
} as const;

export const TABLE_NAMES = ["publishers", "sources", "actors", "events", "event_actors", "eras", "story_steps", "relations", "measures", "minerals", "mineral_stats", "deposits", "deposit_control", "figures", "deal_terms", "disputes", "claims", "places", "changes", "redirects", "published_ids"] as const;
export type TableName = (typeof TABLE_NAMES)[number];
