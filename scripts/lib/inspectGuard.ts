// The last line of defence of `npm run inspect`: whatever goes wrong inside ends as a report
// on stderr and exit code 3, never as a stack trace with exit code 1, which a calling script
// would take for "nothing valid in the files".

export const INTERNAL_FAILURE = 3;

export function guarded(main: (argv: string[]) => number, argv: string[], writeError: (text: string) => void): number {
  try {
    return main(argv);
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    const files = argv.filter((a) => !a.startsWith("--")).join(", ");
    writeError(`inspect: internal failure while reading ${files || "the input"}: ${error.name}: ${error.message}\n`);
    if (process.env.SUPPLY_ATLAS_DEBUG) writeError(`${error.stack ?? ""}\n`);
    writeError("inspect: this is a bug in Supply Atlas, not a problem in the files; please report it together with the files\n");
    return INTERNAL_FAILURE;
  }
}
