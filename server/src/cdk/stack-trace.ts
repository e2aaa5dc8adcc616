/**
 * Parses the stack traces CDK records in a cloud assembly (`aws:cdk:creationStack` metadata and
 * `validation-report.json` stackTraces).
 *
 * CDK renders frames "just my code": library frames are folded into lines such as
 * `...new Bucket2 in aws-cdk-lib...` and `...node internals...`, and user frames look like
 * `new DemoStack (/app/src/demo-stack.ts:18:21)` or `<anonymous> (/app/src/app.ts:11:1)`, sometimes with a
 * leading `at `. Frames of a non-JavaScript host (Python through jsii) may carry a line and no column.
 */

/** One user frame of a recorded stack trace. */
export interface StackFrame {
  /** `new DemoStack`, `<anonymous>`, or undefined when the frame has no function name. */
  readonly functionName: string | undefined;
  /** The file as recorded (absolute on the machine that synthesized). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units, when recorded. */
  readonly column: number | undefined;
}

const FRAME = /^\s*(?:at\s+)?(?:(.*?)\s+\((.+?):(\d+)(?::(\d+))?\)|(.+?):(\d+)(?::(\d+))?)\s*$/;

/**
 * Parses one recorded frame. Returns undefined for folded library or runtime lines
 * (`...new Bucket2 in aws-cdk-lib...`, `...node internals...`) and anything unrecognized.
 */
export function parseStackFrame(text: string): StackFrame | undefined {
  if (/^\s*\.\.\./.test(text)) return undefined;
  const match = FRAME.exec(text);
  if (match === null) return undefined;
  const [, fn, fileA, lineA, colA, fileB, lineB, colB] = match;
  let file = fileA ?? fileB;
  const line = Number(lineA ?? lineB);
  const columnText = colA ?? colB;
  if (file === undefined || !Number.isInteger(line) || line < 1) return undefined;
  if (file.startsWith('file://')) {
    file = decodeURIComponent(file.slice('file://'.length)).replace(/^\/([A-Za-z]:)/, '$1');
  }
  return {
    functionName: fn !== undefined && fn.length > 0 ? fn : undefined,
    file,
    line,
    column: columnText === undefined ? undefined : Number(columnText),
  };
}

/** True for frames that are not the user's code: runtimes, dependencies, the CDK library itself. */
export function isLibraryFrame(frame: StackFrame): boolean {
  return (
    frame.file.startsWith('node:') ||
    frame.file.startsWith('internal/') ||
    /[/\\]node_modules[/\\]/.test(frame.file) ||
    /[/\\](site-packages|dist-packages)[/\\]/.test(frame.file) ||
    /[/\\]jsii[/\\]_kernel[/\\]/.test(frame.file)
  );
}

/** The user frames of a recorded trace, innermost first. */
export function userFrames(trace: readonly string[]): StackFrame[] {
  const frames: StackFrame[] = [];
  for (const line of trace) {
    // validation-report.json stores a whole trace as one string with embedded newlines.
    for (const part of line.split('\n')) {
      const frame = parseStackFrame(part);
      if (frame !== undefined && !isLibraryFrame(frame)) frames.push(frame);
    }
  }
  return frames;
}
