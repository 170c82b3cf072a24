// Validator problems as GitHub Actions workflow commands, so that on a pull request each one is
// shown on the changed line of the file, in the "Files changed" view:
//   ::error file=data/events.csv,line=14,col=41,title=…::<message> (expected …)
// Values are escaped as the Actions runner reads them: in the message %, CR and LF; in properties
// also : and , (which separate them). A note becomes a ::notice, which stops nothing.

import type { Problem } from "./validate.ts";

const escapeData = (s: string) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (s: string) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

export function formatAnnotation(p: Problem): string {
  const command = p.severity === "note" ? "notice" : "error";
  const properties = [
    `file=${escapeProperty(p.file)}`,
    `line=${p.line}`,
    `col=${p.column}`,
    `title=${escapeProperty(p.severity === "note" ? "Data note" : "Data problem")}`,
  ].join(",");
  return `::${command} ${properties}::${escapeData(`${p.message} (expected ${p.expected})`)}`;
}
