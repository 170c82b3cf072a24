// Makes "Embed this chart" live: theme and plain options rewrite the code, a button copies it, and
// opening the panel shows a preview made by the very loader the snippet uses (public/embed.js).
import { iframeSnippet, pymSnippet, responsiveSnippet, type EmbedSettings, type EmbedTarget, type EmbedTheme } from "../lib/embed-snippet.ts";

type Kind = "responsive" | "iframe" | "pym";
const SNIPPETS: Record<Kind, (t: EmbedTarget, s: EmbedSettings) => string> = { responsive: responsiveSnippet, iframe: iframeSnippet, pym: pymSnippet };

declare global {
  interface Window {
    SMTEmbed?: { scan: () => void };
  }
}

// Addresses are absolute when the site was built with SITE_URL; otherwise complete them here.
const absolute = (url: string) => new URL(url, location.href).href;

function setUp(panel: HTMLDetailsElement): void {
  const data = panel.dataset;
  const target: EmbedTarget = {
    embedUrl: absolute(data.embedUrl!),
    pageUrl: absolute(data.pageUrl!),
    loaderUrl: absolute(data.loaderUrl!),
    title: data.title ?? "",
    height: Number(data.height) || 480,
  };
  const options = panel.querySelector<HTMLElement>("[data-embed-options]")!;
  const plain = panel.querySelector<HTMLInputElement>("[data-embed-plain]")!;
  const status = panel.querySelector<HTMLElement>("[data-embed-status]")!;
  const preview = panel.querySelector<HTMLElement>("[data-embed-preview]")!;
  const previewFrame = panel.querySelector<HTMLElement>("[data-embed-preview-frame]")!;
  options.hidden = false;
  panel.querySelector<HTMLElement>("[data-embed-js]")!.hidden = false;
  panel.querySelector<HTMLElement>("[data-embed-nojs]")!.hidden = true;

  const settings = (): EmbedSettings => ({
    theme: (options.querySelector<HTMLInputElement>("input[type=radio]:checked")?.value ?? "auto") as EmbedTheme,
    plain: plain.checked,
  });

  let shown = "";
  function render(): void {
    const current = settings();
    for (const code of panel.querySelectorAll<HTMLTextAreaElement>("[data-embed-code]")) {
      code.value = SNIPPETS[code.dataset.embedCode as Kind](target, current);
    }
    status.textContent = "";
    if (panel.open) showPreview();
  }

  function showPreview(): void {
    const code = panel.querySelector<HTMLTextAreaElement>('[data-embed-code="responsive"]')!.value;
    if (code === shown) return;
    shown = code;
    preview.hidden = false;
    // The snippet's own placeholder, built with DOM calls (never innerHTML) and handed to the loader.
    const doc = new DOMParser().parseFromString(code, "text/html");
    const placeholder = doc.querySelector("[data-smt-embed]");
    if (!placeholder) return;
    previewFrame.replaceChildren(document.importNode(placeholder, true));
    if (window.SMTEmbed) {
      window.SMTEmbed.scan();
    } else if (!document.querySelector("script[data-smt-loader]")) {
      const script = document.createElement("script");
      script.src = target.loaderUrl;
      script.async = true;
      script.dataset.smtLoader = "";
      document.head.append(script);
    }
  }

  async function copy(button: HTMLButtonElement): Promise<void> {
    const code = document.getElementById(button.dataset.embedCopy!) as HTMLTextAreaElement;
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

  options.addEventListener("change", render);
  panel.addEventListener("toggle", () => panel.open && showPreview());
  panel.querySelector<HTMLButtonElement>("[data-embed-copy]")!.addEventListener("click", (e) => copy(e.currentTarget as HTMLButtonElement));
  // Selecting all on focus makes the code quick to copy by keyboard too.
  for (const code of panel.querySelectorAll<HTMLTextAreaElement>("[data-embed-code]")) code.addEventListener("focus", () => code.select());
  render();
}

for (const panel of document.querySelectorAll<HTMLDetailsElement>("details[data-chart-embed]")) setUp(panel);
