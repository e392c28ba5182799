// Transcripts in the users' guide: a page asks for one with a comment naming a session of scripts/guide-sessions/
// and the range of its input lines, followed by a ```text block that this module fills with what the bot answered:
//
//   <!-- transcript: nam-thi-dua 26-35 notices=2 -->
//   ```text
//   …
//   ```
//
// The terminal chat echoes each input line as "> line", so input line N is the N-th "> " line of the output; the
// range runs from that line to the line before the one after the last. notices=N keeps the first N notices of a run
// (the "  ✉ To …" lines with what follows them) and marks the rest "  […]", so an announcement to twenty people does not
// fill the page.

/** A transcript request read from a page. */
export interface TranscriptRequest {
  session: string;
  from: number;
  to: number;
  notices?: number;
}

// the block is empty (```text then ```) or holds lines up to the first closing fence that starts a line
export const TRANSCRIPT_MARKER = /<!-- transcript: ([a-z0-9-]+) (\d+)-(\d+)(?: notices=(\d+))? -->\n```text\n(?:(?!```)[^\n]*\n)*```/g;

/** The page with every transcript block filled from the sessions' outputs (by session name). */
export function fillTranscripts(page: string, outputOf: (session: string) => string): string {
  return page.replace(TRANSCRIPT_MARKER, (_match, session: string, from: string, to: string, notices?: string) => {
    const request: TranscriptRequest = { session, from: Number(from), to: Number(to), notices: notices ? Number(notices) : undefined };
    const marker = `<!-- transcript: ${session} ${from}-${to}${notices ? ` notices=${notices}` : ""} -->`;
    return `${marker}\n\`\`\`text\n${transcript(outputOf(session), request)}\n\`\`\``;
  });
}

/** The lines of a session's output for the input lines from..to, with long runs of notices cut. */
export function transcript(output: string, request: TranscriptRequest): string {
  const lines = output.replace(/\n$/, "").split("\n");
  const prompts = lines.flatMap((line, index) => (line.startsWith("> ") ? [index] : []));
  const start = prompts[request.from - 1];
  if (start === undefined || request.to < request.from || request.to > prompts.length) {
    throw new Error(`${request.session}: no input lines ${request.from}-${request.to} (the session has ${prompts.length})`);
  }
  const end = prompts[request.to] ?? lines.length;
  const slice = lines.slice(start, end);
  return (request.notices === undefined ? slice : cutNotices(slice, request.notices)).join("\n");
}

function cutNotices(lines: string[], keep: number): string[] {
  const out: string[] = [];
  let inRun = 0;
  let inNotice = false;
  for (const line of lines) {
    if (line.startsWith("  ✉ ")) {
      inRun += 1;
      inNotice = true;
      if (inRun <= keep) out.push(line);
      else if (inRun === keep + 1) out.push("  […]");
      continue;
    }
    if (inNotice && line.startsWith("    ")) {
      if (inRun <= keep) out.push(line);
      continue;
    }
    inNotice = false;
    inRun = 0;
    out.push(line);
  }
  return out;
}
