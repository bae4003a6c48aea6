/** The exit statuses of the command line: 0 done, 1 failed on our side, 2 the input (flags, file, names) is not right. */
export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INPUT_PROBLEM = 2;

export type ExitStatus = typeof EXIT_SUCCESS | typeof EXIT_FAILURE | typeof EXIT_INPUT_PROBLEM;
