// The build's PNG drawing process (png-process.ts starts it): answers each message
// { id, svg, scale } with { id, png } or { id, error }, and ends when the build disconnects.
import { svgToPng } from "../export/png.ts";

interface Job {
  id: number;
  svg: string;
  scale: number;
}

process.on("message", (job: Job) => {
  try {
    process.send!({ id: job.id, png: svgToPng(job.svg, job.scale) });
  } catch (error) {
    process.send!({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
