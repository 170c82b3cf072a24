// Makes embed code live, in a chart's "Embed this chart" panel and on the /embed/ gallery: the
// options (one set per panel, or one for the whole gallery) rewrite every code in their scope, the
// column width picks the fixed iframe's height, buttons copy, and a preview shows the snippet run
// by the very loader it names (public/embed.js).
import { embedHeightFor, iframeSnippet, pymSnippet, responsiveSnippet, type EmbedHeights, type EmbedSettings, type EmbedTarget, type EmbedTheme, type EmbedWidth } from "./embed-snippet.ts";

declare global {
  interface Window {
    SMTEmbed?: { scan: () => void };
  }
}

// Addresses are absolute when the site was built with SITE_URL; otherwise complete them here.
const absolute = (url: string) => new URL(url, location.href).href;

function readSettings(options: HTMLElement): EmbedSettings {
  const checked = (selector: string) => options.querySelector<HTMLInputElement>(selector)?.checked ?? false;
  return {
    theme: (options.querySelector<HTMLInputElement>("input[type=radio]:checked")?.value ?? "auto") as EmbedTheme,
    plain: checked("[data-embed-plain]"),
    transparent: checked("[data-embed-transparent]"),
    target: checked("[data-embed-blank]") ? "blank" : "top",
  };
}

function loadPreview(frame: HTMLElement, code: string, loaderUrl: string): void {
  // The snippet's own placeholder, built with DOM calls (never innerHTML) and handed to the loader.
  const placeholder = new DOMParser().parseFromString(code, "text/html").querySelector("[data-smt-embed]");
  if (!placeholder) return;
  frame.replaceChildren(document.importNode(placeholder, true));
  if (window.SMTEmbed) {
    window.SMTEmbed.scan();
  } else if (!document.querySelector("script[data-smt-loader]")) {
    const script = document.createElement("script");
    script.src = loaderUrl;
    script.async = true;
    script.dataset.smtLoader = "";
    document.head.append(script);
  }
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const code = document.getElementById(button.dataset.embedCopy!) as HTMLTextAreaElement;
  const status = button.parentElement!.querySelector<HTMLElement>("[data-embed-status]")!;
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = "Copied. Paste it into your article's HTML.";
  } catch {
    // Clipboard refused (permissions, insecure page): select the code so Ctrl+C / Cmd+C works.
    code.focus();
    code.select();
    status.textContent = "Code selected: press Ctrl+C (Cmd+C on a Mac) to copy.";
  }
}

/** One chart's codes; returns how to redraw them for new settings. */
function setUpCodes(block: HTMLElement, open: () => boolean): (settings: EmbedSettings) => void {
  const data = block.dataset;
  const target: EmbedTarget = {
    embedUrl: absolute(data.embedUrl!),
    pageUrl: absolute(data.pageUrl!),
    loaderUrl: absolute(data.loaderUrl!),
    title: data.title ?? "",
    heights: JSON.parse(data.heights!) as EmbedHeights,
  };
  const widths = block.querySelector<HTMLElement>("[data-embed-widths]");
  const preview = block.querySelector<HTMLElement>("[data-embed-preview]");
  const previewFrame = block.querySelector<HTMLElement>("[data-embed-preview-frame]");
  if (widths) widths.hidden = false;
  if (preview && preview instanceof HTMLDetailsElement) preview.hidden = false;
  for (const el of block.querySelectorAll<HTMLElement>("[data-embed-js]")) el.hidden = false;

  let settings: EmbedSettings | null = null;
  let shown = "";
  const width = () => Number(widths?.querySelector<HTMLInputElement>("input:checked")?.value ?? 640) as EmbedWidth;
  const code = (kind: string) => block.querySelector<HTMLTextAreaElement>(`[data-embed-code="${kind}"]`);

  function showPreview(): void {
    const responsive = code("responsive")?.value ?? "";
    if (!preview || !previewFrame || responsive === shown) return;
    shown = responsive;
    if (!(preview instanceof HTMLDetailsElement)) preview.hidden = false;
    loadPreview(previewFrame, responsive, target.loaderUrl);
  }

  function render(): void {
    if (!settings) return;
    const s = settings;
    const set = (kind: string, text: string) => {
      const el = code(kind);
      if (el) el.value = text;
    };
    set("responsive", responsiveSnippet(target, s));
    set("iframe", iframeSnippet(target, s, width()));
    set("pym", pymSnippet(target, s));
    for (const size of block.querySelectorAll<HTMLElement>("[data-embed-size]")) {
      size.textContent = `${embedHeightFor(target, s, Number(size.dataset.embedSize) as EmbedWidth)} px`;
    }
    const note = block.querySelector<HTMLElement>("[data-embed-size-note]");
    if (note) note.hidden = s.plain;
    for (const status of block.querySelectorAll<HTMLElement>("[data-embed-status]")) status.textContent = "";
    if (open()) showPreview();
  }

  widths?.addEventListener("change", render);
  for (const button of block.querySelectorAll<HTMLButtonElement>("[data-embed-copy]")) button.addEventListener("click", () => copy(button));
  // Selecting all on focus makes the code quick to copy by keyboard too.
  for (const el of block.querySelectorAll<HTMLTextAreaElement>("[data-embed-code]")) el.addEventListener("focus", () => el.select());
  if (preview instanceof HTMLDetailsElement) preview.addEventListener("toggle", () => preview.open && showPreview());
  block.closest("details[data-chart-embed]")?.addEventListener("toggle", () => open() && showPreview());

  return (next) => {
    settings = next;
    render();
  };
}

/** Make one panel's (or the gallery's) codes live; embed-codes-start.ts calls it when it is needed. */
export function setUpScope(scope: HTMLElement): void {
  const options = scope.querySelector<HTMLElement>("[data-embed-options]")!;
  options.hidden = false;
  for (const hint of scope.querySelectorAll<HTMLElement>("[data-embed-nojs]")) hint.hidden = true;
  // In a panel the preview runs while the panel is open; in the gallery, while its own disclosure is.
  const renders = [...scope.querySelectorAll<HTMLElement>("[data-embed-codes]")].map((block) => {
    const preview = block.querySelector<HTMLElement>("[data-embed-preview]");
    const panel = block.closest<HTMLDetailsElement>("details[data-chart-embed]");
    const open = () => (preview instanceof HTMLDetailsElement ? preview.open : (panel?.open ?? false));
    return setUpCodes(block, open);
  });
  const renderAll = () => {
    const settings = readSettings(options);
    for (const render of renders) render(settings);
  };
  options.addEventListener("change", renderAll);
  renderAll();
}
