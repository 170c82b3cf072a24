// PNG downloads and share cards drawn in a process of their own during a build. resvg draws in
// native memory (an image of up to 24 million pixels, src/export/png.ts), which the C library
// keeps once the astro process has grown into it: at a hundred times today's data the chart PNGs
// left the astro process 200-270 MB larger for the rest of the build, and at its end that process
// and Pagefind's indexer together are the build's highest moment. The drawing process is ended
// once the pages are written (close), and its memory goes with it.
//
// The routes ask for a PNG through src/export/png.ts (pngOf), which uses this process when a build
// has started it and draws in place otherwise (astro dev, tests).

import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { PngDrawer } from "../export/png.ts";

interface Waiting {
  done: (png: Uint8Array) => void;
  fail: (error: Error) => void;
}

type Reply = { id: number; png: Uint8Array } | { id: number; error: string };

export interface PngProcess {
  draw: PngDrawer;
  /** Ends the process once it has answered what it was asked; resolves when it has exited. */
  close: () => Promise<void>;
}

/** Starts nothing until the first PNG is asked for; `root` is the project folder. */
export function pngProcess(root: string): PngProcess {
  const script = join(root, "src", "build", "png-child.ts");
  const waiting = new Map<number, Waiting>();
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let next = 0;

  // While nothing is asked of it, the process must not keep the build running.
  const hold = (on: boolean) => {
    if (!child) return;
    if (on) {
      child.ref();
      child.channel?.ref();
    } else {
      child.unref();
      child.channel?.unref();
    }
  };

  function start(): ChildProcess {
    // Not this process's own Node options (a profiler's, say): the drawing process needs none.
    const started = fork(script, [], { execArgv: [], serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] });
    started.on("message", (reply: Reply) => {
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      if ("error" in reply) job.fail(new Error(reply.error));
      else job.done(reply.png);
      if (waiting.size === 0) hold(false);
    });
    exited = new Promise((resolve) =>
      started.once("exit", (code, signal) => {
        child = undefined;
        const why = new Error(`the PNG drawing process ended (${signal ?? `exit code ${code}`}) before it answered`);
        for (const job of waiting.values()) job.fail(why);
        waiting.clear();
        resolve();
      }),
    );
    return started;
  }

  return {
    draw(svg, scale) {
      child ??= start();
      hold(true);
      const id = next++;
      const answer = new Promise<Uint8Array>((done, fail) => waiting.set(id, { done, fail }));
      child.send({ id, svg, scale });
      return answer;
    },
    async close() {
      if (child?.connected) child.disconnect();
      await exited;
    },
  };
}
